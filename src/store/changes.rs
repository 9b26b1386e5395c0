//! Keeping tabs in step. After each commit the store announces what changed
//! on a `BroadcastChannel`; other tabs reload that data. When another tab
//! opens a newer schema, this tab's connection closes (so the upgrade is not
//! blocked) and the UI is told to reload.

use std::cell::RefCell;

use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "mingpian-data";

/// What another tab changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Contacts,
    Tags,
    Events,
    Settings,
    Broadcasts,
    Everything,
    /// The database was upgraded elsewhere: this tab must reload.
    SchemaUpgraded,
}

impl Change {
    fn as_str(self) -> &'static str {
        match self {
            Change::Contacts => "contacts",
            Change::Tags => "tags",
            Change::Events => "events",
            Change::Settings => "settings",
            Change::Broadcasts => "broadcasts",
            Change::Everything => "everything",
            Change::SchemaUpgraded => "schema",
        }
    }

    fn parse(s: &str) -> Option<Change> {
        [
            Change::Contacts,
            Change::Tags,
            Change::Events,
            Change::Settings,
            Change::Broadcasts,
            Change::Everything,
            Change::SchemaUpgraded,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

thread_local! {
    static CHANNEL_OUT: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    static LOCAL_LISTENERS: RefCell<Vec<Box<dyn Fn(Change)>>> = const { RefCell::new(Vec::new()) };
}

/// Tells other tabs (and listeners in this one) that `change` committed.
pub fn announce(change: Change) {
    CHANNEL_OUT.with_borrow_mut(|channel| {
        if channel.is_none() {
            *channel = BroadcastChannel::new(CHANNEL).ok();
        }
        if let Some(channel) = channel {
            let _ = channel.post_message(&JsValue::from_str(change.as_str()));
        }
    });
    notify_local(change);
}

fn notify_local(change: Change) {
    LOCAL_LISTENERS.with_borrow(|listeners| listeners.iter().for_each(|l| l(change)));
}

/// Calls `on_change` for every change committed in this tab or another one,
/// for the life of the page.
pub fn listen(on_change: impl Fn(Change) + 'static) {
    LOCAL_LISTENERS.with_borrow_mut(|listeners| {
        if listeners.is_empty() {
            listen_to_other_tabs();
        }
        listeners.push(Box::new(on_change));
    });
}

fn listen_to_other_tabs() {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else { return };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        if let Some(change) = event.data().as_string().as_deref().and_then(Change::parse) {
            notify_local(change);
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // The receiving channel must live as long as the page.
    std::mem::forget(channel);
}

/// Closes `db` when another tab needs to upgrade it, and says so.
pub(super) fn close_on_version_change(db: &Database) {
    let raw: web_sys::IdbDatabase = db.as_sys().clone().unchecked_into();
    let closing = raw.clone();
    let on_version_change = Closure::<dyn FnMut()>::new(move || {
        closing.close();
        notify_local(Change::SchemaUpgraded);
    });
    raw.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
}
