//! Decoder frame benchmark (not a test): the median time to decode one
//! 1280×720 camera frame in headless Chromium's wasm, with and without a
//! code in view, exactly as the decoder worker does it (`decode_rgba`,
//! `Effort::Camera`, RGBA as a canvas gives it). Goal: ≤ 25 ms per frame.
//! Prints a Markdown row; run by `scripts/bench.sh decoder` (release build).
#![cfg(target_arch = "wasm32")]

use mingpian::decoder::{decode_rgba, Effort};
use wasm_bindgen_test::*;

#[path = "decoder_scene.rs"]
#[allow(dead_code)]
mod scene;

wasm_bindgen_test_configure!(run_in_browser);

const FRAMES: usize = 10;
const ROUNDS: usize = 3;

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Desk-like 1280×720 frames as RGBA, half the set with a business-card code
/// in perspective (the same scenes as `examples/decoder_bench.rs`).
fn frames(with_code: bool) -> Vec<Vec<u8>> {
    let code = scene::render("MECARD:N:Wang,Fang;ORG:Mingpian;TEL:+8613800138000;EMAIL:fang@example.com;;", 6);
    (0..FRAMES)
        .map(|i| {
            let mut f = scene::background(1280, 720, i as u64 + 1);
            if with_code {
                let dx = (i % 5) as f64 * 40.0;
                let quad = [(420.0 + dx, 150.0), (820.0 + dx, 170.0), (800.0 + dx, 580.0), (430.0 + dx, 560.0)];
                scene::warp_into(&mut f, &code, quad);
                scene::add_noise(&mut f, 4, i as u64 + 99);
            }
            f.px.iter().flat_map(|&v| [v, v, v, 255]).collect()
        })
        .collect()
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

/// Median ms per frame, and how many frames decoded.
fn measure(frames: &[Vec<u8>]) -> (f64, usize) {
    let mut times = Vec::new();
    let mut decoded = 0;
    for _ in 0..ROUNDS {
        for rgba in frames {
            let start = now_ms();
            let codes = decode_rgba(1280, 720, rgba, Effort::Camera).expect("frame size");
            times.push(now_ms() - start);
            decoded += usize::from(!codes.is_empty());
        }
    }
    (median(times), decoded)
}

#[wasm_bindgen_test]
fn camera_frame_decode_time() {
    let with_code = frames(true);
    let without = frames(false);
    // One untimed pass: the first call pays for allocating the buffers.
    let _ = measure(&with_code[..1]);
    let (code_ms, decoded) = measure(&with_code);
    let (empty_ms, false_hits) = measure(&without);
    let total = FRAMES * ROUNDS;
    console_log!("| wasm (headless Chromium), 1280×720, Effort::Camera | with a code: {code_ms:.1} ms (read {decoded}/{total}) | without: {empty_ms:.1} ms (false reads {false_hits}) | goal ≤ 25 ms |");
    assert_eq!(false_hits, 0, "a frame without a code decoded something");
}
