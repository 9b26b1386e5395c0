//! Small typed helpers over one object store inside a transaction.

use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::codec::{from_js, to_js};
use super::error::StoreResult;

pub async fn get<T: DeserializeOwned>(store: &ObjectStore<'_>, key: &str) -> StoreResult<Option<T>> {
    let value: Option<JsValue> = store.get(key.to_owned()).primitive()?.await?;
    value.map(from_js).transpose()
}

pub async fn all<T: DeserializeOwned>(store: &ObjectStore<'_>) -> StoreResult<Vec<T>> {
    let values = store.get_all::<JsValue>().primitive()?.await?;
    values.map(|value| from_js(value?)).collect()
}

/// Every record whose index `index` holds `key`.
pub async fn by_index<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
    index: &str,
    key: &str,
) -> StoreResult<Vec<T>> {
    let index = store.index(index)?;
    let values = index
        .get_all::<JsValue>()
        .with_query(key.to_owned())
        .primitive()?
        .await?;
    values.map(|value| from_js(value?)).collect()
}

/// Inserts or replaces; the request is issued now and settles with the
/// transaction's commit.
pub fn put<T: Serialize + ?Sized>(store: &ObjectStore<'_>, value: &T) -> StoreResult<()> {
    store.put(to_js(value)?).primitive()?;
    Ok(())
}

/// Inserts; the transaction fails with a constraint error if the key exists.
pub async fn add<T: Serialize + ?Sized>(store: &ObjectStore<'_>, value: &T) -> StoreResult<()> {
    store.add(to_js(value)?).primitive()?.await?;
    Ok(())
}

pub fn delete(store: &ObjectStore<'_>, key: &str) -> StoreResult<()> {
    store.delete(key.to_owned()).primitive()?;
    Ok(())
}
