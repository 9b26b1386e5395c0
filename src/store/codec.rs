//! Records cross into IndexedDB as plain JS objects (so key paths and
//! indexes see their fields), converted with serde.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

use super::error::{StoreError, StoreResult};

pub fn to_js<T: Serialize + ?Sized>(value: &T) -> StoreResult<JsValue> {
    // JSON-compatible: maps become objects, not ES `Map`s, so a record reads
    // the same in devtools and in any later schema migration.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StoreError::Other(format!("cannot store record: {e}")))
}

pub fn from_js<T: DeserializeOwned>(value: JsValue) -> StoreResult<T> {
    serde_wasm_bindgen::from_value(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}
