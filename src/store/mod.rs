//! The address book's persistence: IndexedDB through `indexed_db_futures`.
//!
//! Every public write is one transaction: it commits whole or rolls back
//! whole (the crate aborts a transaction that is dropped without `commit`,
//! so an early `?` return can never leave half a change behind). After a
//! commit, other tabs are told through a `BroadcastChannel` (see
//! [`changes`]). The UI uses this module and never IndexedDB itself.

mod book;
mod broadcasts;
pub mod changes;
mod codec;
mod contacts;
mod error;
mod photos;
pub mod preload;
pub mod quota;
mod records;
pub mod schema;
mod shared;
mod snapshot;
mod tag_merge;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use wasm_bindgen::JsCast;

pub use book::ImportReport;
pub use changes::Change;
pub use error::{StoreError, StoreResult};

/// An open address book.
#[derive(Clone, Debug)]
pub struct Store {
    db: Database,
}

impl Store {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open() -> StoreResult<Store> {
        Store::open_named(schema::DATABASE, schema::VERSION).await
    }

    /// Opens `name` at schema `version`: tests use their own databases and
    /// older versions to exercise migrations.
    pub async fn open_named(name: &str, version: u32) -> StoreResult<Store> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_upgrade_needed(move |event, db| {
                let from = event.old_version() as u32;
                for step in (from + 1)..=version {
                    schema::upgrade(&db, step)?;
                }
                Ok(())
            })
            .await?;
        changes::close_on_version_change(&db);
        Ok(Store { db })
    }

    /// Closes the connection (e.g. so another tab's upgrade can proceed).
    pub fn close(self) {
        self.db.close();
    }

    pub fn name(&self) -> String {
        self.db.name()
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    /// Names of the object stores, for migration checks.
    pub fn store_names(&self) -> Vec<String> {
        self.db.object_store_names().collect()
    }

    fn read(&self, stores: &[&str]) -> StoreResult<Transaction<'_>> {
        Ok(self.db.transaction(stores).build()?)
    }

    /// A read-write transaction over `stores`. One that may change contacts
    /// also drops the start-up snapshot of them, in the same transaction, so
    /// the snapshot is never older than the contacts (see `snapshot`).
    fn write(&self, stores: &[&str]) -> StoreResult<Transaction<'_>> {
        let drops_snapshot = stores.contains(&schema::CONTACTS) && self.has_store(schema::CACHE);
        let mut scope = stores.to_vec();
        if drops_snapshot && !scope.contains(&schema::CACHE) {
            scope.push(schema::CACHE);
        }
        let tx = self.db.transaction(scope.as_slice()).with_mode(TransactionMode::Readwrite).build()?;
        if drops_snapshot {
            snapshot::drop_in(&tx)?;
        }
        Ok(tx)
    }

    /// Whether the open schema has `store` (older test databases lack some).
    fn has_store(&self, store: &str) -> bool {
        self.db.object_store_names().any(|name| name == store)
    }
}

/// A new random record id (a UUID from the browser's CSPRNG).
pub fn new_id() -> String {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::Crypto>().ok());
    match crypto {
        Some(crypto) => crypto.random_uuid(),
        // Only insecure contexts lack crypto.randomUUID; fall back to Math.random.
        None => format!(
            "{:016x}{:016x}",
            (js_sys::Math::random() * u64::MAX as f64) as u64,
            (js_sys::Math::random() * u64::MAX as f64) as u64
        ),
    }
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now() -> crate::model::Millis {
    js_sys::Date::now() as crate::model::Millis
}
