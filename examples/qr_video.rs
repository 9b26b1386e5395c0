//! Writes a QR code as a fake camera for the end-to-end tests: a `.y4m`
//! video Chromium plays through `--use-file-for-fake-video-capture`, or a
//! `.png` picture for "scan from a picture".
//!
//! ```text
//! cargo run --example qr_video -- OUT.y4m TEXT [--lead-in 2] [--seconds 6] [--fps 15]
//! cargo run --example qr_video -- OUT.png TEXT
//! ```
//!
//! The video is 640×480, white, blank for the lead-in (so a test knows
//! when the code appears), then the code centred with its quiet zone.
//! YUV4MPEG2, 4:2:0 planes (Chromium loops the file).

use std::io::{BufWriter, Write};

use qrcode::{Color, QrCode};

const WIDTH: usize = 640;
const HEIGHT: usize = 480;
const QUIET_ZONE: usize = 4;

/// The code as luma (0 black, 255 white) in a `WIDTH`×`HEIGHT` frame.
fn code_frame(text: &str) -> Vec<u8> {
    let code = QrCode::new(text.as_bytes()).expect("text too long for a QR code");
    let modules = code.width();
    let colors = code.to_colors();
    let module_px = (HEIGHT * 3 / 4) / (modules + 2 * QUIET_ZONE);
    assert!(module_px >= 2, "code too dense for {WIDTH}x{HEIGHT}");
    let side = modules * module_px;
    let (left, top) = ((WIDTH - side) / 2, (HEIGHT - side) / 2);
    let mut luma = vec![255u8; WIDTH * HEIGHT];
    for y in 0..side {
        for x in 0..side {
            if colors[(y / module_px) * modules + x / module_px] == Color::Dark {
                luma[(top + y) * WIDTH + left + x] = 0;
            }
        }
    }
    luma
}

fn option(args: &[String], name: &str, default: f64) -> f64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| v.parse().unwrap_or_else(|_| panic!("{name} wants a number")))
        .unwrap_or(default)
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(out), Some(text)) = (args.first(), args.get(1)) else {
        eprintln!("usage: qr_video OUT.y4m|OUT.png TEXT [--lead-in S] [--seconds S] [--fps N]");
        std::process::exit(2);
    };
    let code = code_frame(text);

    if out.ends_with(".png") {
        image::GrayImage::from_raw(WIDTH as u32, HEIGHT as u32, code)
            .expect("frame size")
            .save(out)
            .map_err(std::io::Error::other)?;
        return Ok(());
    }

    let fps = option(&args, "--fps", 15.0).round().max(1.0) as usize;
    let lead_in = (option(&args, "--lead-in", 2.0) * fps as f64).round() as usize;
    let frames = (option(&args, "--seconds", 6.0) * fps as f64).round() as usize;
    let blank = vec![255u8; WIDTH * HEIGHT];
    let chroma = vec![128u8; (WIDTH / 2) * (HEIGHT / 2) * 2];
    let mut file = BufWriter::new(std::fs::File::create(out)?);
    writeln!(file, "YUV4MPEG2 W{WIDTH} H{HEIGHT} F{fps}:1 Ip A1:1 C420jpeg")?;
    for frame in 0..frames.max(lead_in + 1) {
        file.write_all(b"FRAME\n")?;
        file.write_all(if frame < lead_in { &blank } else { &code })?;
        file.write_all(&chroma)?;
    }
    file.flush()
}
