//! Decode QR codes in image files, one JSON line per image.
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-decoder cargo run --release --example decode -- [--camera] IMAGE...
//! {"path":"card.png","texts":["MECARD:N:…"],"ms":1.23}
//! ```
//!
//! `texts` holds every distinct code decoded; `ms` is the pipeline time,
//! file loading excluded. Picture effort unless `--camera` is given.
//! Unreadable files print `{"path": …, "error": …}` and make the exit status 1.

use std::time::Instant;

use mingpian::decoder::{decode, Effort};
use serde::Serialize;
use serde_json::json;

/// One output line; a struct so the keys keep this order.
#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    texts: Vec<&'a str>,
    ms: f64,
}

fn main() {
    let mut effort = Effort::Picture;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--camera" => effort = Effort::Camera,
            "--picture" => effort = Effort::Picture,
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: decode [--camera|--picture] IMAGE...");
        std::process::exit(2);
    }
    let mut failed = false;
    for path in paths {
        let img = match image::open(&path) {
            Ok(img) => img.to_luma8(),
            Err(e) => {
                println!("{}", json!({ "path": path, "error": e.to_string() }));
                failed = true;
                continue;
            }
        };
        let (w, h) = (img.width() as usize, img.height() as usize);
        let start = Instant::now();
        let codes = decode(w, h, img.as_raw(), effort).expect("buffer matches its dimensions");
        let ms = start.elapsed().as_secs_f64() * 1e3;
        let texts: Vec<&str> = codes.iter().map(|c| c.text.as_str()).collect();
        let ms = (ms * 100.0).round() / 100.0;
        let line = Line {
            path: &path,
            texts,
            ms,
        };
        println!("{}", serde_json::to_string(&line).expect("serialisable"));
    }
    if failed {
        std::process::exit(1);
    }
}
