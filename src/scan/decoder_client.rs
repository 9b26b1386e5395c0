//! The main thread's side of the decoder worker.
//!
//! One worker serves the whole page. Requests carry an id and their pixel
//! buffer is transferred, not copied. If the worker dies (a decoder panic
//! aborts its wasm), every pending request fails with
//! [`DecodeFailure::Crashed`] and the next request starts a fresh worker,
//! so scanning simply goes on with the next frame.

use std::cell::RefCell;
use std::collections::HashMap;

use futures::channel::oneshot;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions};

use crate::decoder::{DecodedCode, Effort};

/// Why a decode produced no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeFailure {
    /// The worker crashed on this input; it has been replaced.
    Crashed,
    /// The worker could not be started or rejected the request.
    Unavailable(String),
}

impl std::fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeFailure::Crashed => f.write_str("the decoder stopped on this image"),
            DecodeFailure::Unavailable(why) => write!(f, "the decoder is unavailable: {why}"),
        }
    }
}

/// Pixels to decode.
pub enum Frame {
    /// Canvas `ImageData` bytes, 4 per pixel.
    Rgba { width: u32, height: u32, bytes: Uint8Array },
    /// One luma byte per pixel.
    Luma { width: u32, height: u32, bytes: Uint8Array },
    /// Asks the worker to panic, to exercise crash recovery in tests.
    CrashTest,
}

type Reply = Result<Vec<DecodedCode>, DecodeFailure>;

struct Connection {
    worker: Worker,
    pending: HashMap<u32, oneshot::Sender<Reply>>,
    /// The worker's wasm is still loading: messages posted now would reach
    /// no handler and be lost, so they wait here for its `ready`.
    queued: Option<Vec<(Object, Array)>>,
}

thread_local! {
    static CONNECTION: RefCell<Option<Connection>> = const { RefCell::new(None) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

/// The worker's loader script: its name is hashed by Trunk, so the build
/// hook writes it into `<meta name="mingpian-decoder-worker">`.
fn worker_url() -> Result<String, DecodeFailure> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| DecodeFailure::Unavailable("no document".into()))?;
    document
        .query_selector("meta[name=mingpian-decoder-worker]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or_else(|| DecodeFailure::Unavailable("decoder worker not found in this build".into()))
}

fn start_worker() -> Result<Worker, DecodeFailure> {
    let options = WorkerOptions::new();
    options.set_name("mingpian-decoder");
    let worker = Worker::new_with_options(&worker_url()?, &options)
        .map_err(|e| DecodeFailure::Unavailable(format!("{e:?}")))?;

    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let Some(id) = Reflect::get(&data, &"id".into()).ok().and_then(|v| v.as_f64()) else {
            // The `ready` greeting: send what was asked meanwhile.
            CONNECTION.with_borrow_mut(|c| {
                if let Some(connection) = c.as_mut() {
                    for (message, transfer) in connection.queued.take().unwrap_or_default() {
                        let _ = connection.worker.post_message_with_transfer(&message, &transfer);
                    }
                }
            });
            return;
        };
        let reply = match Reflect::get(&data, &"codes".into()).ok().and_then(|v| v.as_string()) {
            Some(json) => serde_json::from_str(&json).map_err(|e| DecodeFailure::Unavailable(e.to_string())),
            None => Err(DecodeFailure::Unavailable(
                Reflect::get(&data, &"error".into()).ok().and_then(|v| v.as_string()).unwrap_or_default(),
            )),
        };
        let sender = CONNECTION.with_borrow_mut(|c| c.as_mut().and_then(|c| c.pending.remove(&(id as u32))));
        if let Some(sender) = sender {
            let _ = sender.send(reply);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    // An uncaught error in the worker (a wasm trap from a panic) leaves its
    // module in an unknown state: drop it and fail what was waiting.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        if let Some(connection) = CONNECTION.with_borrow_mut(Option::take) {
            connection.worker.terminate();
            for (_, sender) in connection.pending {
                let _ = sender.send(Err(DecodeFailure::Crashed));
            }
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Ok(worker)
}

/// Decodes `frame` in the worker. `Effort::Camera` for video frames (fast),
/// `Effort::Picture` for a still image (thorough).
pub async fn decode_frame(frame: Frame, effort: Effort) -> Reply {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    let message = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&message, &key.into(), value).map(|_| ());
    let transfer = Array::new();
    let filled = (|| -> Result<(), JsValue> {
        set("id", &id.into())?;
        set("effort", &(if effort == Effort::Picture { "picture" } else { "camera" }).into())?;
        match &frame {
            Frame::Rgba { width, height, bytes } | Frame::Luma { width, height, bytes } => {
                let format = if matches!(frame, Frame::Rgba { .. }) { "rgba" } else { "luma" };
                set("format", &format.into())?;
                set("width", &(*width).into())?;
                set("height", &(*height).into())?;
                let buffer = bytes.buffer();
                set("buffer", &buffer)?;
                transfer.push(&buffer);
            }
            Frame::CrashTest => set("format", &"crash-test".into())?,
        }
        Ok(())
    })();
    filled.map_err(|e| DecodeFailure::Unavailable(format!("{e:?}")))?;

    let (sender, receiver) = oneshot::channel();
    let posted = CONNECTION.with_borrow_mut(|slot| -> Result<(), DecodeFailure> {
        if slot.is_none() {
            *slot = Some(Connection { worker: start_worker()?, pending: HashMap::new(), queued: Some(Vec::new()) });
        }
        let connection = slot.as_mut().expect("connection just set");
        match connection.queued.as_mut() {
            Some(queue) => queue.push((message, transfer)),
            None => connection
                .worker
                .post_message_with_transfer(&message, &transfer)
                .map_err(|e| DecodeFailure::Unavailable(format!("{e:?}")))?,
        }
        connection.pending.insert(id, sender);
        Ok(())
    });
    posted?;
    receiver.await.unwrap_or(Err(DecodeFailure::Crashed))
}
