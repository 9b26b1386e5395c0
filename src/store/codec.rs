//! Records cross into IndexedDB as plain JS objects (so key paths and
//! indexes see their fields), converted with serde.
//!
//! Through JSON text rather than `serde-wasm-bindgen`: one `JSON.parse` /
//! `JSON.stringify` crossing per record instead of one JS call per field.
//! On 10,000 contacts this made the bulk import and the list load markedly
//! faster (see README › Performance).

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::error::{StoreError, StoreResult};

pub fn to_js<T: Serialize + ?Sized>(value: &T) -> StoreResult<JsValue> {
    let text = serde_json::to_string(value).map_err(|e| StoreError::Other(format!("cannot store record: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|e| StoreError::Other(format!("cannot store record: {e:?}")))
}

pub fn from_js<T: DeserializeOwned>(value: JsValue) -> StoreResult<T> {
    let text: String = js_sys::JSON::stringify(&value)
        .map_err(|e| StoreError::Corrupt(format!("{e:?}")))?
        .into();
    serde_json::from_str(&text).map_err(|e| StoreError::Corrupt(e.to_string()))
}
