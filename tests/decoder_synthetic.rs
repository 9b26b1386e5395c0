//! The decoder on synthetic codes generated here with the `qrcode` crate:
//! geometry (rotation, perspective, small modules), degradations (blur,
//! noise, low contrast, inversion), several codes, CJK text, empty frames.

use mingpian::decoder::{decode, decode_rgba, DecodeError, DecodedCode, Effort};

#[path = "decoder_scene.rs"]
#[allow(dead_code)]
mod scene;

use scene::{add_noise, blur, negative, render, rotate, squeeze, warp_into, Gray};

const CARD: &str = "MECARD:N:Li,Wei;ORG:Mingpian;TEL:+8613912345678;EMAIL:wei@example.com;;";

fn run(img: &Gray, effort: Effort) -> Vec<DecodedCode> {
    decode(img.w, img.h, &img.px, effort).expect("valid buffer")
}

fn texts(img: &Gray, effort: Effort) -> Vec<String> {
    run(img, effort).into_iter().map(|c| c.text).collect()
}

/// A code placed on a mid-gray canvas with some margin.
fn on_canvas(code: &Gray, margin: usize, bg: u8) -> Gray {
    let mut c = Gray::filled(code.w + 2 * margin, code.h + 2 * margin, bg);
    for y in 0..code.h {
        let dst = (y + margin) * c.w + margin;
        c.px[dst..dst + code.w].copy_from_slice(&code.px[y * code.w..(y + 1) * code.w]);
    }
    c
}

#[test]
fn clean_code_in_both_modes_with_corners() {
    let img = on_canvas(&render(CARD, 4), 20, 255);
    for effort in [Effort::Camera, Effort::Picture] {
        let codes = run(&img, effort);
        assert_eq!(codes.len(), 1, "{effort:?}");
        assert_eq!(codes[0].text, CARD);
        // The code proper starts after the margin and the 4-module quiet zone.
        let tl = codes[0].corners[0];
        assert!((tl.x - 36.0).abs() < 6.0 && (tl.y - 36.0).abs() < 6.0, "{tl:?}");
        assert!((1..=40).contains(&codes[0].version));
    }
}

#[test]
fn rotations() {
    let code = render(CARD, 4);
    for deg in [10.0, 45.0, 90.0, 135.0, 180.0, 250.0, 300.0] {
        let img = rotate(&code, deg);
        assert_eq!(texts(&img, Effort::Picture), vec![CARD], "{deg} degrees");
    }
}

#[test]
fn perspective() {
    let code = render(CARD, 5);
    let mut img = Gray::filled(400, 360, 200);
    warp_into(
        &mut img,
        &code,
        [(60.0, 40.0), (330.0, 70.0), (350.0, 320.0), (40.0, 300.0)],
    );
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
    assert_eq!(texts(&img, Effort::Camera), vec![CARD]);
}

#[test]
fn mild_blur() {
    let img = scene::blur(&on_canvas(&render(CARD, 5), 10, 255), 1);
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
}

#[test]
fn heavy_blur_with_large_modules() {
    let img = blur(&on_canvas(&render("https://mingpian.example/c/42", 8), 10, 255), 3);
    assert_eq!(texts(&img, Effort::Picture), vec!["https://mingpian.example/c/42"]);
}

#[test]
fn noise() {
    let mut img = on_canvas(&render(CARD, 5), 10, 255);
    add_noise(&mut img, 60, 7);
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
}

#[test]
fn low_contrast() {
    let mut img = on_canvas(&render(CARD, 4), 10, 255);
    squeeze(&mut img, 110, 150);
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
    assert_eq!(texts(&img, Effort::Camera), vec![CARD]);
}

#[test]
fn uneven_lighting() {
    let mut img = on_canvas(&render(CARD, 4), 10, 255);
    let w = img.w;
    for (i, p) in img.px.iter_mut().enumerate() {
        // Bright on the left, in shadow on the right.
        let shade = 255 - (i % w) * 150 / w;
        *p = (*p as usize * shade / 255) as u8;
    }
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
}

#[test]
fn inverted_white_on_black() {
    let mut img = on_canvas(&render(CARD, 4), 10, 255);
    negative(&mut img);
    assert_eq!(texts(&img, Effort::Picture), vec![CARD]);
}

#[test]
fn small_modules() {
    // Two pixels per module: too few for rqrr alone, enlarged by the pipeline.
    let img = on_canvas(&render("https://mingpian.example/contact?id=1234567", 2), 4, 255);
    assert_eq!(
        texts(&img, Effort::Picture),
        vec!["https://mingpian.example/contact?id=1234567"]
    );
}

#[test]
fn several_codes_in_one_image() {
    let words = ["first card", "second card", "third card"];
    let mut img = Gray::filled(620, 260, 255);
    for (i, w) in words.iter().enumerate() {
        let code = render(w, 6);
        let x0 = 10.0 + i as f64 * 205.0;
        let s = code.w as f64;
        warp_into(&mut img, &code, [(x0, 40.0), (x0 + s, 40.0), (x0 + s, 40.0 + s), (x0, 40.0 + s)]);
    }
    let mut found = texts(&img, Effort::Picture);
    found.sort();
    assert_eq!(found, vec!["first card", "second card", "third card"]);
    // Distinct: the camera mode reads them too, each once.
    let mut cam = texts(&img, Effort::Camera);
    cam.sort();
    assert_eq!(cam, found);
}

#[test]
fn cjk_text() {
    let text = "MECARD:N:王,芳;ORG:名片科技有限公司;ADR:北京市朝阳区;;";
    let img = on_canvas(&render(text, 4), 10, 255);
    assert_eq!(texts(&img, Effort::Camera), vec![text]);
}

#[test]
fn empty_and_featureless_frames_return_nothing() {
    let flat = Gray::filled(320, 240, 128);
    assert!(texts(&flat, Effort::Picture).is_empty());
    let scene = scene::background(640, 360, 3);
    assert!(texts(&scene, Effort::Camera).is_empty());
    let mut noise = Gray::filled(200, 200, 128);
    add_noise(&mut noise, 127, 11);
    assert!(texts(&noise, Effort::Picture).is_empty());
    let tiny = Gray::filled(5, 3, 0);
    assert!(texts(&tiny, Effort::Picture).is_empty());
}

#[test]
fn bad_buffers_are_errors_not_panics() {
    assert_eq!(decode(0, 10, &[], Effort::Camera), Err(DecodeError::EmptyImage));
    assert_eq!(
        decode(10, 10, &[0; 99], Effort::Camera),
        Err(DecodeError::BufferSize { expected: 100, actual: 99 })
    );
    assert!(decode_rgba(10, 10, &[0; 100], Effort::Camera).is_err());
}

#[test]
fn rgba_input() {
    let img = on_canvas(&render(CARD, 4), 10, 255);
    let rgba: Vec<u8> = img.px.iter().flat_map(|&p| [p, p, p, 255]).collect();
    let codes = decode_rgba(img.w, img.h, &rgba, Effort::Camera).unwrap();
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].text, CARD);
}

#[test]
fn camera_frame_with_a_code_in_a_scene() {
    let mut frame = scene::background(1280, 720, 5);
    let code = render(CARD, 6);
    warp_into(
        &mut frame,
        &code,
        [(460.0, 140.0), (860.0, 170.0), (840.0, 580.0), (470.0, 560.0)],
    );
    let codes = run(&frame, Effort::Camera);
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].text, CARD);
    // Corners come back in full-frame coordinates.
    let xs: Vec<f32> = codes[0].corners.iter().map(|c| c.x).collect();
    assert!(xs.iter().all(|&x| (440.0..900.0).contains(&x)), "{xs:?}");
}
