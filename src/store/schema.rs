//! The database layout and its history. Each version's change is code in
//! [`upgrade`]; opening runs every step between the stored version and
//! [`VERSION`], so any older database is brought forward without losing a
//! record (tested in `tests/browser_store.rs`).

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyPath;

pub const DATABASE: &str = "mingpian";
pub const VERSION: u32 = 4;

pub const CONTACTS: &str = "contacts";
pub const PHOTOS: &str = "photos";
pub const TAGS: &str = "tags";
pub const EVENTS: &str = "events";
/// Settings too big for localStorage (e.g. the user's own cards), by key.
pub const SETTINGS: &str = "settings";
/// Messages sent to tag sets and who got them (version 3).
pub const BROADCASTS: &str = "broadcasts";
/// Derived data that only makes start-up faster, never exported (version 4):
/// see `snapshot`.
pub const CACHE: &str = "cache";

/// Contacts by tag id: `tags` is an array, one index entry per tag.
pub const CONTACTS_BY_TAG: &str = "by_tag";
pub const CONTACTS_BY_EVENT: &str = "by_event";
pub const CONTACTS_BY_UPDATED: &str = "by_updated";

/// Applies the step that brings the database to `version`.
pub fn upgrade(db: &Database, version: u32) -> indexed_db_futures::Result<()> {
    match version {
        1 => {
            let contacts = db
                .create_object_store(CONTACTS)
                .with_key_path(KeyPath::One("id"))
                .build()?;
            contacts
                .create_index(CONTACTS_BY_TAG, KeyPath::One("tags"))
                .with_multi_entry(true)
                .build()?;
            contacts
                .create_index(CONTACTS_BY_EVENT, KeyPath::One("event"))
                .build()?;
            contacts
                .create_index(CONTACTS_BY_UPDATED, KeyPath::One("updated"))
                .build()?;
            for store in [PHOTOS, TAGS, EVENTS] {
                db.create_object_store(store)
                    .with_key_path(KeyPath::One("id"))
                    .build()?;
            }
        }
        2 => {
            db.create_object_store(SETTINGS)
                .with_key_path(KeyPath::One("key"))
                .build()?;
        }
        3 => {
            db.create_object_store(BROADCASTS)
                .with_key_path(KeyPath::One("id"))
                .build()?;
        }
        4 => {
            db.create_object_store(CACHE)
                .with_key_path(KeyPath::One("key"))
                .build()?;
        }
        _ => {}
    }
    Ok(())
}

/// Every store, for transactions over the whole book (import, restore).
pub const ALL_STORES: [&str; 6] = [CONTACTS, PHOTOS, TAGS, EVENTS, SETTINGS, BROADCASTS];
