//! The address book as `public/preload.js` read it while the app was still
//! loading: taken once, at start-up, instead of a first read of our own.

use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::{Contact, Event, Tag};

use super::error::{StoreError, StoreResult};

const GLOBAL: &str = "__mingpianPreload";

/// What the preload read.
pub struct PreloadedBook {
    pub contacts: Vec<Contact>,
    pub tags: Vec<Tag>,
    pub events: Vec<Event>,
    /// Whether the contacts came from their snapshot (else it is missing
    /// and worth rebuilding).
    pub from_snapshot: bool,
}

/// The preloaded contacts, tags and events, if the preload ran and found a
/// database at the current version; `None` means "read it yourself". Later
/// calls always get `None`.
pub async fn take_preloaded_book() -> Option<StoreResult<PreloadedBook>> {
    let global = js_sys::global();
    let key = JsValue::from_str(GLOBAL);
    let promise = js_sys::Reflect::get(&global, &key).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(global.unchecked_ref::<js_sys::Object>(), &key);
    let texts = JsFuture::from(promise).await.ok().filter(JsValue::is_object)?;
    let store = |name: &str| -> StoreResult<String> {
        js_sys::Reflect::get(&texts, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| StoreError::Corrupt(format!("preloaded {name} missing")))
    };
    let from_snapshot = js_sys::Reflect::get(&texts, &"fromSnapshot".into()).ok().and_then(|v| v.as_bool()) == Some(true);
    let read = || -> StoreResult<_> {
        Ok(PreloadedBook {
            contacts: decode(&store("contacts")?)?,
            tags: decode(&store("tags")?)?,
            events: decode(&store("events")?)?,
            from_snapshot,
        })
    };
    Some(read())
}

fn decode<T: DeserializeOwned>(text: &str) -> StoreResult<Vec<T>> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}
