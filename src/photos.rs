//! Photos of paper business cards, made small enough to keep: a phone
//! camera's 12-megapixel picture becomes a JPEG whose long side is at most
//! [`CARD_PHOTO_MAX_SIDE`] pixels, still sharp enough to read the small print.

use js_sys::{Function, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

use crate::model::{Photo, PhotoId};
use crate::store::new_id;

/// The longest side a stored card photo may have, in pixels.
pub const CARD_PHOTO_MAX_SIDE: u32 = 1600;
/// JPEG quality: text on a card stays crisp, the file stays a few hundred KB.
pub const CARD_PHOTO_QUALITY: f64 = 0.85;
const JPEG: &str = "image/jpeg";

/// Decodes the picture in `blob` (upright, as the camera held it),
/// downscales it to fit [`CARD_PHOTO_MAX_SIDE`] and re-encodes it as JPEG,
/// under a new photo id. The error says what the browser reported.
pub async fn prepare_card_photo(blob: &Blob) -> Result<Photo, String> {
    let window = web_sys::window().ok_or("no window")?;
    let decoding = window.create_image_bitmap_with_blob(blob).map_err(describe)?;
    let bitmap: ImageBitmap = JsFuture::from(decoding).await.map_err(describe)?.unchecked_into();
    let (width, height) = fit_within(bitmap.width(), bitmap.height(), CARD_PHOTO_MAX_SIDE);
    let encoded = draw_and_encode(&bitmap, width, height).await;
    // The decoded pixels can be tens of megabytes: free them now, not at GC.
    bitmap.close();
    let jpeg = encoded?;
    let buffer = JsFuture::from(jpeg.array_buffer()).await.map_err(describe)?;
    Ok(Photo {
        id: PhotoId::new(new_id()),
        mime: JPEG.to_owned(),
        bytes: Uint8Array::new(&buffer).to_vec(),
    })
}

/// The size `width`×`height` scaled down (never up) so its longer side is
/// at most `max_side`, keeping the aspect ratio; at least 1×1.
pub fn fit_within(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max_side || long == 0 {
        return (width.max(1), height.max(1));
    }
    let scale = f64::from(max_side) / f64::from(long);
    let scaled = |side: u32| ((f64::from(side) * scale).round() as u32).clamp(1, max_side);
    (scaled(width), scaled(height))
}

async fn draw_and_encode(bitmap: &ImageBitmap, width: u32, height: u32) -> Result<Blob, String> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").map_err(describe)?.unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(describe)?
        .ok_or("no 2d canvas")?
        .unchecked_into();
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
    context.set_image_smoothing_enabled(true);
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, f64::from(width), f64::from(height))
        .map_err(describe)?;
    let encoding = Promise::new(&mut |resolve: Function, reject: Function| {
        let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            let _ = if blob.is_null() {
                reject.call1(&JsValue::NULL, &"the picture could not be encoded".into())
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        let _ = canvas.to_blob_with_type_and_encoder_options(done.unchecked_ref(), JPEG, &CARD_PHOTO_QUALITY.into());
    });
    let blob = JsFuture::from(encoding).await.map_err(describe)?;
    Ok(blob.unchecked_into())
}

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser could not read this picture".to_owned())
}
