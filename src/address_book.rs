//! The address book as the UI sees it: reactive copies of the stored
//! contacts, tags and events, reloaded whenever this tab or another one
//! commits a change. Pages read these signals and write through the store.

use std::cell::Cell;
use std::future::Future;
use std::task::Context;
use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Locale, Text};
use crate::model::{Contact, Event, Tag};
use crate::store::{changes, preload, quota, Change, Store, StoreError};

#[derive(Clone, Debug, PartialEq)]
pub enum BookStatus {
    Loading,
    Ready,
    /// The store could not be opened or read.
    Failed(StoreError),
    /// Another tab upgraded the database; this page must reload.
    Outdated,
}

#[derive(Clone, Copy)]
pub struct AddressBook {
    pub contacts: RwSignal<Vec<Contact>>,
    pub tags: RwSignal<Vec<Tag>>,
    pub events: RwSignal<Vec<Event>>,
    pub status: RwSignal<BookStatus>,
}

impl AddressBook {
    /// Opens the store, loads the book and keeps it current.
    pub fn start() -> AddressBook {
        let book = AddressBook {
            contacts: RwSignal::new(Vec::new()),
            tags: RwSignal::new(Vec::new()),
            events: RwSignal::new(Vec::new()),
            status: RwSignal::new(BookStatus::Loading),
        };
        start_now(book.reload());
        changes::listen(move |change| match change {
            Change::SchemaUpgraded => {
                Store::forget_shared();
                book.status.set(BookStatus::Outdated);
            }
            // Broadcasts do not change contacts; their own list reloads them.
            Change::Broadcasts => {}
            Change::Settings | Change::Events => spawn_local(book.reload()),
            _ => {
                SNAPSHOT_STALE.set(true);
                spawn_local(book.reload());
            }
        });
        refresh_snapshot_when_hidden();
        book
    }

    pub async fn reload(self) {
        match load().await {
            Ok((contacts, tags, events)) => {
                // Only what changed, so pages do not redo work (the Contacts
                // page re-sorts and re-indexes 10,000 contacts) for nothing.
                set_if_changed(self.contacts, contacts);
                set_if_changed(self.tags, tags);
                set_if_changed(self.events, events);
                if self.status.with_untracked(|s| *s != BookStatus::Ready) {
                    self.status.set(BookStatus::Ready);
                }
            }
            Err(error) => self.status.set(BookStatus::Failed(error)),
        }
    }
}

/// Runs `task` up to its first wait right away, then in the background.
/// `spawn_local` alone would start it only after the current task, i.e.
/// after the whole app has been built and mounted; started here, the
/// IndexedDB open is under way while the app mounts, and the Contacts page
/// shows its first rows that much sooner.
fn start_now(task: impl Future<Output = ()> + 'static) {
    let mut task = Box::pin(task);
    let waker = futures::task::noop_waker();
    // Futures register the waker of their latest poll, so the executor's
    // own poll (in `spawn_local`, before any IndexedDB event can arrive:
    // those come in later tasks) takes over from this no-op one.
    if task.as_mut().poll(&mut Context::from_waker(&waker)).is_pending() {
        spawn_local(task);
    }
}

thread_local! {
    /// Whether the contacts' start-up snapshot may be missing (a write
    /// drops it): it is rebuilt when the page is next hidden.
    static SNAPSHOT_STALE: Cell<bool> = const { Cell::new(true) };
}

async fn load() -> Result<(Vec<Contact>, Vec<Tag>, Vec<Event>), StoreError> {
    // The first load takes what public/preload.js read during start-up;
    // should that have failed, the normal read below says why.
    if let Some(Ok(book)) = preload::take_preloaded_book().await {
        SNAPSHOT_STALE.set(!book.from_snapshot);
        if !book.from_snapshot {
            // Not now: the app is busy showing the list. A few seconds on,
            // so the next start is quick even if the page is never hidden.
            set_timeout(|| spawn_local(refresh_snapshot()), SNAPSHOT_DELAY);
        }
        return Ok((book.contacts, book.tags, book.events));
    }
    let store = Store::shared().await?;
    // All three reads at once: tags and events arrive while the contacts load.
    futures::future::try_join3(store.contacts(), store.tags(), store.events()).await
}

const SNAPSHOT_DELAY: Duration = Duration::from_secs(3);

async fn refresh_snapshot() {
    if !SNAPSHOT_STALE.get() {
        return;
    }
    if let Ok(store) = Store::shared().await {
        // Only a speed-up: if it fails, the next start reads record by record.
        if store.refresh_contacts_snapshot().await.is_ok() {
            SNAPSHOT_STALE.set(false);
        }
    }
}

/// Leaving the app (switching away, locking the phone) is the quiet
/// moment to rebuild the snapshot after this session's edits.
fn refresh_snapshot_when_hidden() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let watched = document.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if watched.visibility_state() == web_sys::VisibilityState::Hidden {
            spawn_local(refresh_snapshot());
        }
    });
    let _ = document.add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    // Listens for the life of the page.
    on_change.forget();
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|now| *now != value) {
        signal.set(value);
    }
}

pub fn use_address_book() -> AddressBook {
    expect_context::<AddressBook>()
}

/// After the first successful save, asks the browser to keep our data
/// through storage pressure (it may ask the user, or decide silently).
pub fn keep_data_persistent() {
    spawn_local(async {
        if !quota::status().await.persistent {
            quota::request_persistence().await;
        }
    });
}

/// A store error as the user should read it.
pub fn describe_store_error(locale: Locale, error: &StoreError) -> String {
    match error {
        StoreError::QuotaExceeded => locale.text(Text::ErrorQuota).to_owned(),
        StoreError::Conflict { .. } => locale.text(Text::ErrorConflict).to_owned(),
        StoreError::Unavailable(_) => locale.text(Text::ErrorUnavailable).to_owned(),
        StoreError::VersionChanged => locale.text(Text::ErrorOutdated).to_owned(),
        other => locale.fill(Text::ErrorGeneric, &[("reason", &other.to_string())]),
    }
}
