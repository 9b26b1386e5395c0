//! The QR decoder's Web Worker (built by Trunk as a separate wasm module,
//! see `index.html`). Decoding runs here, off the main thread, so the UI
//! stays smooth; and if the decoder ever panics (wasm aborts), only this
//! worker dies: `scan::decoder_client` starts a fresh one.
//!
//! Protocol: `{id, width, height, format: "rgba"|"luma", effort:
//! "camera"|"picture", buffer: ArrayBuffer}` in; `{id, codes: "<JSON array
//! of DecodedCode>"}` or `{id, error: "..."}` out. `{ready: true}` is posted
//! once at start.

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Object, Reflect, Uint8Array};
    use mingpian::decoder::{decode, decode_rgba, Effort};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn field(message: &JsValue, name: &str) -> JsValue {
        Reflect::get(message, &name.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn reply(scope: &DedicatedWorkerGlobalScope, id: &JsValue, key: &str, value: &str) {
        let out = Object::new();
        let _ = Reflect::set(&out, &"id".into(), id);
        let _ = Reflect::set(&out, &key.into(), &value.into());
        let _ = scope.post_message(&out);
    }

    fn handle(scope: &DedicatedWorkerGlobalScope, message: JsValue) {
        let id = field(&message, "id");
        if field(&message, "format").as_string().as_deref() == Some("crash-test") {
            // Lets the browser tests prove that a decoder panic only costs a
            // worker restart, exactly as a real rqrr panic would.
            panic!("decoder worker crash test");
        }
        let width = field(&message, "width").as_f64().unwrap_or(0.0) as usize;
        let height = field(&message, "height").as_f64().unwrap_or(0.0) as usize;
        let effort = match field(&message, "effort").as_string().as_deref() {
            Some("picture") => Effort::Picture,
            _ => Effort::Camera,
        };
        let pixels = Uint8Array::new(&field(&message, "buffer")).to_vec();
        let result = match field(&message, "format").as_string().as_deref() {
            Some("rgba") => decode_rgba(width, height, &pixels, effort),
            _ => decode(width, height, &pixels, effort),
        };
        match result {
            Ok(codes) => match serde_json::to_string(&codes) {
                Ok(json) => reply(scope, &id, "codes", &json),
                Err(e) => reply(scope, &id, "error", &e.to_string()),
            },
            Err(e) => reply(scope, &id, "error", &e.to_string()),
        }
    }

    #[wasm_bindgen(start)]
    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let responder = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            handle(&responder, event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let ready = Object::new();
        let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("decoder_worker is a Web Worker: Trunk builds it for the browser.");
}
