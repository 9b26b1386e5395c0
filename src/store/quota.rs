//! Asking the browser to keep our data, and how much we use.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::StorageManager;

/// How storage stands, for Settings.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StorageStatus {
    /// The browser promised not to evict our data under storage pressure.
    pub persistent: bool,
    pub used_bytes: Option<f64>,
    pub quota_bytes: Option<f64>,
}

fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    (!present.is_undefined()).then(|| navigator.storage())
}

/// Asks for persistent storage (browsers may grant it silently, ask the
/// user, or refuse); returns whether storage is now persistent.
pub async fn request_persistence() -> bool {
    let Some(manager) = manager() else { return false };
    match manager.persist() {
        Ok(promise) => JsFuture::from(promise).await.map(|v| v.is_truthy()).unwrap_or(false),
        Err(_) => false,
    }
}

pub async fn status() -> StorageStatus {
    let Some(manager) = manager() else { return StorageStatus::default() };
    let persistent = match manager.persisted() {
        Ok(promise) => JsFuture::from(promise).await.map(|v| v.is_truthy()).unwrap_or(false),
        Err(_) => false,
    };
    let estimate = match manager.estimate() {
        Ok(promise) => JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED),
        Err(_) => JsValue::UNDEFINED,
    };
    let number = |name: &str| js_sys::Reflect::get(&estimate, &name.into()).ok().and_then(|v| v.as_f64());
    StorageStatus { persistent, used_bytes: number("usage"), quota_bytes: number("quota") }
}
