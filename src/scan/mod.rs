//! Reading QR codes in the browser: the decoder runs in a Web Worker
//! (`src/bin/decoder_worker.rs`) reached through [`decoder_client`]; images
//! and video frames become pixels in [`pixels`]; the live camera is
//! [`camera`], read frame by frame by [`frame_loop`].

mod barcode_detector;
mod camera;
mod decoder_client;
mod frame_grabber;
mod frame_loop;
mod pixels;

pub use barcode_detector::BarcodeDetector;
pub use camera::{list_cameras, Camera, CameraDevice, CameraProblem};
pub use decoder_client::{decode_frame, DecodeFailure, Frame};
pub use frame_grabber::{grab_size, FrameGrabber, MAX_FRAME_SIDE};
pub use frame_loop::FrameLoop;
pub use pixels::{decode_image, image_pixels};
