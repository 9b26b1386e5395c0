//! QR decoding pipeline on grayscale buffers (pure Rust around rqrr). No web-sys here.
//!
//! [`decode`] takes a row-major luma buffer and returns every distinct text it
//! could read, with the corners of each code so the UI can outline it.
//! [`Effort`] chooses between a fast pass for live camera frames and a
//! thorough search for a still picture.
//!
//! Stages (see `pipeline`): the image is shrunk to a working size; rqrr runs
//! with its own threshold and with adaptive ones (block mean, Sauvola, Otsu,
//! inverted); grids rqrr locates but cannot decode are re-sampled from the
//! grayscale image (`resample`) and re-read at full resolution on a crop;
//! in picture mode further views follow (full resolution, enlarged, halved).
//!
//! # Panics and the Web Worker
//! rqrr can panic on some inputs. Natively every rqrr call is wrapped in
//! `catch_unwind`, so [`decode`] never panics. On `wasm32-unknown-unknown`
//! panics abort: the call throws `WebAssembly.RuntimeError` (`unreachable`)
//! and that instance is poisoned. The worker that hosts the decoder must
//! catch the error, report "no code" for that frame, and instantiate the
//! module afresh before the next frame.
//!
//! Text: UTF-8 payloads are returned as-is; others are read as Shift_JIS when
//! valid, else ISO-8859-1 (see `text`).

mod binarize;
mod gray;
mod guard;
mod perspective;
mod pipeline;
mod reader;
mod resample;
mod text;

use serde::{Deserialize, Serialize};

pub use gray::{luma_from_rgba, GrayView};
pub use pipeline::{Pass, Plan};

/// How hard to look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Effort {
    /// One live camera frame: a view shrunk to 640 px, read with a block-mean
    /// and an Otsu threshold; more work (re-sampling, a full-resolution crop)
    /// only where rqrr located a grid it could not read. A frame without a
    /// code costs two rqrr passes; the next frame is another chance.
    #[default]
    Camera,
    /// A still picture: every threshold, inversion and scale until something decodes.
    Picture,
}

impl Effort {
    /// The pipeline settings this effort stands for.
    pub fn plan(self) -> Plan {
        match self {
            Effort::Camera => Plan {
                first_long_side: 640,
                passes: vec![Pass::BlockMean, Pass::Otsu],
                reread_misses: true,
                crop_misses: true,
                full_resolution: false,
                enlarged: false,
                halved: false,
                stop_early: true,
            },
            Effort::Picture => Plan {
                first_long_side: 1024,
                passes: vec![
                    Pass::Native,
                    Pass::BlockMean,
                    Pass::Sauvola,
                    Pass::Otsu,
                    Pass::BlockMeanInverted,
                    Pass::NativeInverted,
                ],
                reread_misses: true,
                crop_misses: true,
                full_resolution: true,
                enlarged: true,
                halved: true,
                stop_early: true,
            },
        }
    }
}

/// A point in the input image's pixel coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Corner {
    pub x: f32,
    pub y: f32,
}

/// Error-correction level of a decoded code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EccLevel {
    /// ~7 % of codewords recoverable.
    L,
    /// ~15 %.
    M,
    /// ~25 %.
    Q,
    /// ~30 %.
    H,
}

impl EccLevel {
    /// rqrr reports the two format bits as stored: 0 = M, 1 = L, 2 = H, 3 = Q.
    fn from_rqrr(bits: u16) -> Self {
        match bits & 3 {
            0 => EccLevel::M,
            1 => EccLevel::L,
            2 => EccLevel::H,
            _ => EccLevel::Q,
        }
    }
}

/// One decoded QR code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecodedCode {
    /// The payload as text.
    pub text: String,
    /// Top-left, top-right, bottom-right, bottom-left of the code (in the
    /// code's own orientation), in input pixel coordinates.
    pub corners: [Corner; 4],
    /// QR version, 1–40.
    pub version: u8,
    /// Error-correction level.
    pub ecc_level: EccLevel,
}

/// Why a buffer could not be decoded at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Width or height is zero.
    EmptyImage,
    /// The buffer does not hold `width * height` bytes.
    BufferSize { expected: usize, actual: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::EmptyImage => write!(f, "image has no pixels"),
            DecodeError::BufferSize { expected, actual } => {
                write!(f, "expected {expected} luma bytes, got {actual}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes every QR code in a `width` x `height` luma buffer (row-major, one
/// byte per pixel, 0 = black). Returns distinct texts in the order found;
/// an image without a readable code gives an empty vector.
pub fn decode(
    width: usize,
    height: usize,
    luma: &[u8],
    effort: Effort,
) -> Result<Vec<DecodedCode>, DecodeError> {
    let view = GrayView::new(width, height, luma)?;
    Ok(decode_view(view, &effort.plan()))
}

/// Same as [`decode`] for an RGBA buffer (a canvas `ImageData`).
pub fn decode_rgba(
    width: usize,
    height: usize,
    rgba: &[u8],
    effort: Effort,
) -> Result<Vec<DecodedCode>, DecodeError> {
    if rgba.len() != width.saturating_mul(height).saturating_mul(4) {
        return Err(DecodeError::BufferSize {
            expected: width.saturating_mul(height).saturating_mul(4),
            actual: rgba.len(),
        });
    }
    decode(width, height, &luma_from_rgba(rgba), effort)
}

/// Runs a custom [`Plan`] (benchmarks and tuning; the app uses [`decode`]).
pub fn decode_view(view: GrayView<'_>, plan: &Plan) -> Vec<DecodedCode> {
    pipeline::run(view, plan)
}
