//! Handing text to the rest of the phone: the clipboard, and the system
//! share sheet (Web Share). Both are feature-detected: they are missing
//! outside secure contexts and on some desktop browsers.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `navigator.clipboard.writeText`; false where the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = navigator() else { return false };
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(JsValue::is_object)
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    match clipboard {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}

/// What became of a share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shared {
    Done,
    /// The user closed the share sheet.
    Cancelled,
    Failed(String),
}

/// Whether `navigator.share` exists here.
pub fn can_share() -> bool {
    navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"share".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the share sheet with `text`.
pub async fn share_text(title: &str, text: &str) -> Shared {
    let Some(navigator) = navigator() else { return Shared::Failed("no navigator".into()) };
    let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else {
        return Shared::Failed("sharing is not supported here".into());
    };
    let data = js_sys::Object::new();
    if !title.is_empty() {
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    }
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    let promise = match share.call1(&navigator, &data) {
        Ok(promise) => js_sys::Promise::from(promise),
        Err(error) => return Shared::Failed(describe(&error)),
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(error) if error_name(&error) == "AbortError" => Shared::Cancelled,
        Err(error) => Shared::Failed(describe(&error)),
    }
}

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

fn error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| error_name(error))
}
