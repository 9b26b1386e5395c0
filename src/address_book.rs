//! The address book as the UI sees it: reactive copies of the stored
//! contacts, tags and events, reloaded whenever this tab or another one
//! commits a change. Pages read these signals and write through the store.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{Locale, Text};
use crate::model::{Contact, Event, Tag};
use crate::store::{changes, quota, Change, Store, StoreError};

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
        spawn_local(book.reload());
        changes::listen(move |change| match change {
            Change::SchemaUpgraded => {
                Store::forget_shared();
                book.status.set(BookStatus::Outdated);
            }
            _ => spawn_local(book.reload()),
        });
        book
    }

    pub async fn reload(self) {
        match load().await {
            Ok((contacts, tags, events)) => {
                self.contacts.set(contacts);
                self.tags.set(tags);
                self.events.set(events);
                self.status.set(BookStatus::Ready);
            }
            Err(error) => self.status.set(BookStatus::Failed(error)),
        }
    }
}

async fn load() -> Result<(Vec<Contact>, Vec<Tag>, Vec<Event>), StoreError> {
    let store = Store::shared().await?;
    Ok((store.contacts().await?, store.tags().await?, store.events().await?))
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
