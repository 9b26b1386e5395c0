//! Copies the current video frame into pixels for the decoder: one canvas,
//! created once and reused for every frame, the frame scaled down to at
//! most 1280 px on its long side (a QR code held up to the camera stays
//! far above the decoder's minimum module size, and a 4K camera does not
//! cost 33 MB per frame).

use js_sys::{Object, Reflect, Uint8Array, Uint8ClampedArray};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement};

use super::decoder_client::Frame;

/// Longest side of a grabbed frame, in pixels.
pub const MAX_FRAME_SIDE: u32 = 1280;

pub struct FrameGrabber {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

/// The size a `width`×`height` video frame is grabbed at.
pub fn grab_size(width: u32, height: u32) -> (u32, u32) {
    let long = width.max(height).max(1);
    if long <= MAX_FRAME_SIDE {
        return (width, height);
    }
    let scale = f64::from(MAX_FRAME_SIDE) / f64::from(long);
    let side = |v: u32| ((f64::from(v) * scale).round() as u32).max(1);
    (side(width), side(height))
}

impl FrameGrabber {
    pub fn new() -> Result<FrameGrabber, String> {
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let canvas: HtmlCanvasElement = document
            .create_element("canvas")
            .map_err(|e| format!("{e:?}"))?
            .unchecked_into();
        // Tells the browser we read pixels back every frame, so it keeps
        // the canvas in memory rather than on the GPU.
        let options = Object::new();
        let _ = Reflect::set(&options, &"willReadFrequently".into(), &JsValue::TRUE);
        let context: CanvasRenderingContext2d = canvas
            .get_context_with_context_options("2d", &options)
            .map_err(|e| format!("{e:?}"))?
            .ok_or("no 2d canvas")?
            .unchecked_into();
        Ok(FrameGrabber { canvas, context })
    }

    /// The video's current frame as RGBA, or `None` while it has none yet.
    pub fn grab(&self, video: &HtmlVideoElement) -> Option<Frame> {
        // HAVE_CURRENT_DATA: there is a frame to draw.
        if video.ready_state() < 2 || video.video_width() == 0 {
            return None;
        }
        let (width, height) = grab_size(video.video_width(), video.video_height());
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let (w, h) = (f64::from(width), f64::from(height));
        self.context
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w, h)
            .ok()?;
        let data = self.context.get_image_data(0.0, 0.0, w, h).ok()?;
        // The typed array as JS holds it: its buffer is transferred to the
        // worker without a copy through wasm memory.
        let clamped: Uint8ClampedArray = Reflect::get(&data, &"data".into()).ok()?.unchecked_into();
        Some(Frame::Rgba { width, height, bytes: Uint8Array::new(&clamped.buffer()) })
    }
}
