//! Reading QR codes in the browser: the decoder runs in a Web Worker
//! (`src/bin/decoder_worker.rs`) reached through [`decoder_client`]; images
//! and video frames become pixels in [`pixels`].

mod decoder_client;
mod pixels;

pub use decoder_client::{decode_frame, DecodeFailure, Frame};
pub use pixels::{decode_image, image_pixels};
