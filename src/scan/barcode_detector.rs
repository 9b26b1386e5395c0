//! The browser's own QR reader (`BarcodeDetector`, Chrome on Android and
//! macOS), used beside our decoder where it exists: it is fast and reads
//! some codes rqrr misses. Where it is absent (desktop Linux, Firefox,
//! Safari) the worker decoder stands alone.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub struct BarcodeDetector {
    detector: JsValue,
    detect: Function,
}

impl BarcodeDetector {
    /// A detector for QR codes, or `None` if this browser has none.
    pub async fn for_qr_codes() -> Option<BarcodeDetector> {
        let class: Function = Reflect::get(&js_sys::global(), &"BarcodeDetector".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let formats = Reflect::get(&class, &"getSupportedFormats".into()).ok()?.dyn_into::<Function>().ok()?;
        let promise: js_sys::Promise = formats.call0(&class).ok()?.dyn_into().ok()?;
        let supported = Array::from(&JsFuture::from(promise).await.ok()?);
        if !supported.iter().any(|f| f.as_string().as_deref() == Some("qr_code")) {
            return None;
        }
        let options = Object::new();
        Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into())).ok()?;
        let detector = Reflect::construct(&class, &Array::of1(&options)).ok()?;
        let detect = Reflect::get(&detector, &"detect".into()).ok()?.dyn_into().ok()?;
        Some(BarcodeDetector { detector, detect })
    }

    /// The texts of the QR codes in `source` (a video element, canvas,
    /// image…); empty when it sees none or fails.
    pub async fn detect(&self, source: &JsValue) -> Vec<String> {
        let Ok(promise) = self.detect.call1(&self.detector, source) else { return Vec::new() };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else { return Vec::new() };
        let Ok(found) = JsFuture::from(promise).await else { return Vec::new() };
        Array::from(&found)
            .iter()
            .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
            .filter(|text| !text.is_empty())
            .collect()
    }
}
