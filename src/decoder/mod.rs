//! QR decoding pipeline on grayscale buffers (pure Rust around rqrr). No web-sys here.
