//! A start-up snapshot of the contacts: the whole contacts store as one
//! JSON text in the `cache` store. Reading 10,000 records one by one from
//! IndexedDB takes longer than everything else the app does to open; one
//! text is read at once (`public/preload.js` does, while the app loads).
//!
//! Every transaction that may change contacts deletes the snapshot first
//! (in `Store::write`), so a snapshot that exists is never stale; it is
//! rebuilt — reading the contacts and writing the text in one transaction —
//! when the app finds it missing, at a quiet moment.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use wasm_bindgen::JsValue;

use super::error::{StoreError, StoreResult};
use super::schema::{CACHE, CONTACTS};
use super::Store;

/// The snapshot's key in the cache store (`public/preload.js` reads it).
pub const CONTACTS_SNAPSHOT: &str = "contacts";

pub(super) fn drop_in(tx: &Transaction<'_>) -> StoreResult<()> {
    tx.object_store(CACHE)?.delete(CONTACTS_SNAPSHOT).primitive()?;
    Ok(())
}

impl Store {
    /// Rebuilds the snapshot from the contacts as they are now.
    pub async fn refresh_contacts_snapshot(&self) -> StoreResult<()> {
        if !self.has_store(CACHE) {
            return Ok(());
        }
        // Not through `write`: this transaction must not drop what it writes.
        let tx = self
            .db
            .transaction([CONTACTS, CACHE])
            .with_mode(indexed_db_futures::transaction::TransactionMode::Readwrite)
            .build()?;
        let records = tx.object_store(CONTACTS)?.get_all::<JsValue>().primitive()?.await?;
        let array = js_sys::Array::new();
        for record in records {
            array.push(&record?);
        }
        let text = js_sys::JSON::stringify(&array).map_err(|e| StoreError::Other(format!("{e:?}")))?;
        let row = js_sys::Object::new();
        js_sys::Reflect::set(&row, &"key".into(), &CONTACTS_SNAPSHOT.into()).map_err(|e| StoreError::Other(format!("{e:?}")))?;
        js_sys::Reflect::set(&row, &"text".into(), &text).map_err(|e| StoreError::Other(format!("{e:?}")))?;
        tx.object_store(CACHE)?.put(JsValue::from(row)).primitive()?;
        tx.commit().await?;
        Ok(())
    }

    /// The snapshot's text, if there is one (for tests).
    pub async fn contacts_snapshot(&self) -> StoreResult<Option<String>> {
        if !self.has_store(CACHE) {
            return Ok(None);
        }
        let tx = self.read(&[CACHE])?;
        let row: Option<JsValue> = tx.object_store(CACHE)?.get(CONTACTS_SNAPSHOT).primitive()?.await?;
        Ok(row.and_then(|row| js_sys::Reflect::get(&row, &"text".into()).ok()).and_then(|t| t.as_string()))
    }
}
