//! Second look at a grid rqrr located but could not decode.
//!
//! rqrr reads each module from one pixel of its own binarised image, so blur,
//! noise or a bad global threshold flip modules beyond what error correction
//! repairs. Here the same grid is sampled again from the grayscale image:
//! each module is the mean of a 3x3 patch around its centre, and modules are
//! classified against thresholds computed over the code's own modules.

use super::binarize::otsu_level;
use super::gray::GrayView;
use super::perspective::Perspective;
use super::reader::{decode_modules, Miss, Read};

/// Offsets (in modules) of the samples averaged per module.
const PATCH: [f64; 3] = [-0.22, 0.0, 0.22];

/// Tries several classifications of the re-sampled modules; the first that decodes wins.
pub(crate) fn reread(img: GrayView<'_>, miss: &Miss) -> Option<Read> {
    let quad = miss.bounds.map(|(x, y)| (x as f64, y as f64));
    let persp = Perspective::unit_square_to(quad)?;
    let n = miss.size;
    // rqrr's bounds span n + 1 modules (see `Miss::bounds`).
    let span = (n + 1) as f64;
    let mut levels = Vec::with_capacity(n * n);
    let mut centers = Vec::with_capacity(n * n);
    for y in 0..n {
        for x in 0..n {
            let mut sum = 0u32;
            let mut count = 0u32;
            for dy in PATCH {
                for dx in PATCH {
                    let (px, py) = persp.map(
                        (x as f64 + 0.5 + dx) / span,
                        (y as f64 + 0.5 + dy) / span,
                    );
                    if let Some(v) = pixel(img, px, py) {
                        sum += v as u32;
                        count += 1;
                    }
                }
            }
            let (cx, cy) = persp.map((x as f64 + 0.5) / span, (y as f64 + 0.5) / span);
            centers.push(pixel(img, cx, cy).unwrap_or(255));
            levels.push(sum.checked_div(count).map_or(255, |v| v as u8));
        }
    }
    // Classifications, cheapest and most often right first.
    let global = otsu_level(&levels);
    let candidates = [
        classify_global(&levels, global),
        classify_local(&levels, n, 4, global),
        classify_global(&centers, otsu_level(&centers)),
        classify_local(&levels, n, 2, global),
    ];
    candidates.iter().find_map(|dark| {
        decode_modules(n, dark).map(|(payload, version, ecc_level)| Read {
            payload,
            corners: [
                persp.map(0.0, 0.0),
                persp.map(n as f64 / span, 0.0),
                persp.map(n as f64 / span, n as f64 / span),
                persp.map(0.0, n as f64 / span),
            ]
            .map(|(x, y)| (x as f32, y as f32)),
            version,
            ecc_level,
        })
    })
}

fn pixel(img: GrayView<'_>, x: f64, y: f64) -> Option<u8> {
    if x < 0.0 || y < 0.0 {
        return None;
    }
    let (xi, yi) = (x as usize, y as usize);
    (xi < img.width() && yi < img.height()).then(|| img.get(xi, yi))
}

fn classify_global(levels: &[u8], t: u8) -> Vec<bool> {
    levels.iter().map(|&v| v <= t).collect()
}

/// Dark when below the midpoint of the darkest and brightest module within
/// `radius` modules: survives glare or shadow across the code.
fn classify_local(levels: &[u8], n: usize, radius: usize, global: u8) -> Vec<bool> {
    let mut dark = Vec::with_capacity(n * n);
    for y in 0..n {
        for x in 0..n {
            let (mut lo, mut hi) = (255u8, 0u8);
            for yy in y.saturating_sub(radius)..(y + radius + 1).min(n) {
                for &v in &levels[yy * n + x.saturating_sub(radius)..yy * n + (x + radius + 1).min(n)] {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
            let v = levels[y * n + x];
            // A flat neighbourhood (all dark or all light) keeps the global decision.
            dark.push(if hi - lo < 24 {
                v <= global
            } else {
                (v as u16) * 2 < lo as u16 + hi as u16
            });
        }
    }
    dark
}
