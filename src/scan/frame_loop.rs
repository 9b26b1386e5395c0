//! The live scanning loop: on every animation frame, if no frame is being
//! decoded, the video's current frame goes to the decoder worker (and, where
//! the browser has one, to its `BarcodeDetector`). At most one frame per
//! reader is in flight, so a slow decode skips frames instead of queueing
//! them and the page never waits on the decoder. The first text read by
//! either reader is reported once; the loop then holds until
//! [`FrameLoop::resume`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlVideoElement;

use super::barcode_detector::BarcodeDetector;
use super::decoder_client::decode_frame;
use super::frame_grabber::FrameGrabber;
use crate::decoder::Effort;

struct State {
    video: HtmlVideoElement,
    grabber: FrameGrabber,
    detector: RefCell<Option<Rc<BarcodeDetector>>>,
    on_code: Box<dyn Fn(String)>,
    running: Cell<bool>,
    /// A code was reported and the user has not asked for the next one.
    holding: Cell<bool>,
    decoding: Cell<bool>,
    detecting: Cell<bool>,
    /// Bumped by `resume`, so an answer for a frame grabbed before the hold
    /// cannot be reported after it.
    round: Cell<u32>,
    animation_frame: Cell<Option<i32>>,
    tick: RefCell<Option<Closure<dyn FnMut()>>>,
}

/// A running loop over one video element. Stops on [`FrameLoop::stop`]
/// (or when dropped).
pub struct FrameLoop {
    state: Rc<State>,
}

impl FrameLoop {
    /// Starts reading `video`; `on_code` gets each code's text, once per hold.
    pub fn start(video: HtmlVideoElement, on_code: impl Fn(String) + 'static) -> Result<FrameLoop, String> {
        let state = Rc::new(State {
            video,
            grabber: FrameGrabber::new()?,
            detector: RefCell::new(None),
            on_code: Box::new(on_code),
            running: Cell::new(true),
            holding: Cell::new(false),
            decoding: Cell::new(false),
            detecting: Cell::new(false),
            round: Cell::new(0),
            animation_frame: Cell::new(None),
            tick: RefCell::new(None),
        });
        let weak = Rc::downgrade(&state);
        *state.tick.borrow_mut() = Some(Closure::new(move || {
            if let Some(state) = weak.upgrade() {
                state.animation_frame.set(None);
                on_animation_frame(&state);
                schedule(&state);
            }
        }));
        schedule(&state);
        let for_detector = Rc::downgrade(&state);
        spawn_local(async move {
            if let Some(detector) = BarcodeDetector::for_qr_codes().await {
                if let Some(state) = for_detector.upgrade() {
                    *state.detector.borrow_mut() = Some(Rc::new(detector));
                }
            }
        });
        Ok(FrameLoop { state })
    }

    /// Reads codes again after a reported one.
    pub fn resume(&self) {
        self.state.round.set(self.state.round.get().wrapping_add(1));
        self.state.holding.set(false);
    }

    pub fn stop(&self) {
        self.state.running.set(false);
        if let Some(id) = self.state.animation_frame.take() {
            if let Some(window) = web_sys::window() {
                let _ = window.cancel_animation_frame(id);
            }
        }
    }
}

impl Drop for FrameLoop {
    fn drop(&mut self) {
        self.stop();
        // Breaks the closure's reference to its own state.
        self.state.tick.borrow_mut().take();
    }
}

fn schedule(state: &Rc<State>) {
    if !state.running.get() || state.animation_frame.get().is_some() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    let tick = state.tick.borrow();
    let Some(tick) = tick.as_ref() else { return };
    if let Ok(id) = window.request_animation_frame(tick.as_ref().unchecked_ref()) {
        state.animation_frame.set(Some(id));
    }
}

fn on_animation_frame(state: &Rc<State>) {
    if state.holding.get() || state.video.paused() {
        return;
    }
    if !state.decoding.get() {
        if let Some(frame) = state.grabber.grab(&state.video) {
            state.decoding.set(true);
            let state = Rc::clone(state);
            let round = state.round.get();
            spawn_local(async move {
                // A crash (the worker is replaced) or a busy worker only
                // costs this frame: the next one is another chance.
                let codes = decode_frame(frame, Effort::Camera).await.unwrap_or_default();
                state.decoding.set(false);
                if let Some(code) = codes.into_iter().find(|c| !c.text.trim().is_empty()) {
                    report(&state, round, code.text);
                }
            });
        }
    }
    let detector = state.detector.borrow().clone();
    if let (Some(detector), false) = (detector, state.detecting.get()) {
        state.detecting.set(true);
        let state = Rc::clone(state);
        let round = state.round.get();
        spawn_local(async move {
            let texts = detector.detect(state.video.as_ref()).await;
            state.detecting.set(false);
            if let Some(text) = texts.into_iter().next() {
                report(&state, round, text);
            }
        });
    }
}

/// First answer wins: later answers for the same hold are dropped.
fn report(state: &State, round: u32, text: String) {
    if !state.running.get() || state.holding.get() || state.round.get() != round {
        return;
    }
    state.holding.set(true);
    (state.on_code)(text);
}
