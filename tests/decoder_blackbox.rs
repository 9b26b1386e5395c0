//! The decoder on the 179 real photos of `../shared/data/qr-blackbox`
//! (ZXing's black-box set). Asserts at least 150 hits in picture mode.
//!
//! Skips with a message when the folder is absent (a plain clone has no
//! `shared/`). In a debug build the whole set takes over a minute, so plain
//! `cargo test` checks every 6th photo against the same hit rate (150 / 179)
//! and says so; the full set runs with
//! `cargo test --release --test decoder_blackbox`.

use std::path::{Path, PathBuf};

use mingpian::decoder::{decode, Effort};

const MIN_HITS: usize = 150;

fn normalise(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = s.split('\n').map(|l| l.trim_end_matches(' ')).collect();
    lines.join("\n").trim_end().to_string()
}

fn dataset() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/qr-blackbox");
    dir.is_dir().then_some(dir)
}

#[test]
fn blackbox_photos_picture_mode() {
    // Debug builds: a fixed sample, so `cargo test` stays quick.
    let stride = if cfg!(debug_assertions) { 6 } else { 1 };
    let Some(dir) = dataset() else {
        println!("decoder_blackbox skipped: ../shared/data/qr-blackbox is absent");
        return;
    };
    let (mut total, mut hits, mut index) = (0, 0, 0);
    let mut missed = Vec::new();
    for set in 1..=6 {
        let folder = dir.join(format!("qrcode-{set}"));
        let mut pngs: Vec<PathBuf> = std::fs::read_dir(&folder)
            .map(|it| it.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        pngs.retain(|p| p.extension().is_some_and(|e| e == "png"));
        pngs.sort();
        for png in pngs {
            let Ok(expected) = std::fs::read_to_string(png.with_extension("txt")) else {
                continue;
            };
            index += 1;
            if (index - 1) % stride != 0 {
                continue;
            }
            let img = image::open(&png).expect("readable PNG").to_luma8();
            let (w, h) = (img.width() as usize, img.height() as usize);
            let codes = decode(w, h, img.as_raw(), Effort::Picture).expect("valid buffer");
            total += 1;
            if codes.iter().any(|c| normalise(&c.text) == normalise(&expected)) {
                hits += 1;
            } else {
                missed.push(png.display().to_string());
            }
        }
    }
    println!("black-box: {hits} / {total} decoded; missed: {missed:#?}");
    if stride == 1 {
        assert!(total >= 179, "expected 179 images, found {total}");
        assert!(hits >= MIN_HITS, "{hits} / {total} < {MIN_HITS}");
    } else {
        println!(
            "debug build: checked every {stride}th photo only; \
             run `cargo test --release --test decoder_blackbox` for all 179"
        );
        assert!(total >= 179 / stride, "expected ~{} images, found {total}", 179 / stride);
        assert!(hits * 179 >= MIN_HITS * total, "{hits} / {total} is below {MIN_HITS} / 179");
    }
}
