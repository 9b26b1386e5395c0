//! Turning an image file (a screenshot of someone's QR code, a photo) into
//! pixels the decoder reads.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

use super::decoder_client::{decode_frame, DecodeFailure, Frame};
use crate::decoder::{DecodedCode, Effort};

/// Photos larger than this (long side) are scaled down first: QR modules
/// stay well above the decoder's minimum, and a 48-megapixel photo does not
/// cost 200 MB of RGBA.
const MAX_SIDE: f64 = 2048.0;

/// Decodes every QR code in an image file, thoroughly.
pub async fn decode_image(image: &Blob) -> Result<Vec<DecodedCode>, DecodeFailure> {
    let frame = image_pixels(image).await.map_err(DecodeFailure::Unavailable)?;
    decode_frame(frame, Effort::Picture).await
}

/// The RGBA pixels of an image file, scaled to at most [`MAX_SIDE`].
pub async fn image_pixels(image: &Blob) -> Result<Frame, String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.create_image_bitmap_with_blob(image).map_err(|e| format!("{e:?}"))?;
    let bitmap: ImageBitmap = JsFuture::from(promise)
        .await
        .map_err(|_| "not an image this browser can read".to_owned())?
        .unchecked_into();
    let scale = (MAX_SIDE / f64::from(bitmap.width().max(bitmap.height()).max(1))).min(1.0);
    let width = ((f64::from(bitmap.width()) * scale).round() as u32).max(1);
    let height = ((f64::from(bitmap.height()) * scale).round() as u32).max(1);

    let document = window.document().ok_or("no document")?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| format!("{e:?}"))?
        .ok_or("no 2d canvas")?
        .unchecked_into();
    // Transparent screenshots would read as black-on-black: paint white first.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(width), f64::from(height))
        .map_err(|e| format!("{e:?}"))?;
    bitmap.close();
    let data = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .map_err(|e| format!("{e:?}"))?;
    // Read `data` as the JS typed array: `ImageData::data()` would copy it
    // into wasm memory only to copy it out again for the worker.
    let clamped = js_sys::Reflect::get(&data, &"data".into()).map_err(|e| format!("{e:?}"))?;
    let bytes = Uint8Array::new(&clamped.unchecked_into::<js_sys::Uint8ClampedArray>().buffer());
    Ok(Frame::Rgba { width, height, bytes })
}
