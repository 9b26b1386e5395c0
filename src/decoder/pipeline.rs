//! The strategy: which views of the image to build and which passes to run on
//! each, cheapest and most successful first, stopping as soon as it is safe.

use super::binarize::{binarize, Threshold};
use super::gray::{crop, invert, resize, GrayImage, GrayView};
use super::reader::{read, Input, Miss, PassResult, Read, MIN_SIDE};
use super::resample::reread;
use super::text::payload_to_string;
use super::{Corner, DecodedCode, EccLevel};

/// Long side of the "full resolution" view of very large photos.
const FULL_RESOLUTION_CAP: usize = 2048;

/// One rqrr pass over a view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pass {
    /// rqrr's own thresholding of the luma.
    Native,
    /// rqrr's own thresholding of the negative (white-on-black codes).
    NativeInverted,
    /// Block-mean adaptive threshold.
    BlockMean,
    /// Block-mean threshold, dark and light swapped.
    BlockMeanInverted,
    /// Sauvola adaptive threshold.
    Sauvola,
    /// Global Otsu threshold.
    Otsu,
}

/// The knobs of the pipeline. [`super::Effort`] picks a preset; benchmarks
/// switch single stages off to measure what each one gains.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The first view is shrunk so its long side is at most this.
    pub first_long_side: usize,
    /// Passes run on every view, in order.
    pub passes: Vec<Pass>,
    /// Re-sample grids rqrr located but could not decode (see `resample`).
    pub reread_misses: bool,
    /// Run rqrr again at full resolution on a crop around such grids.
    pub crop_misses: bool,
    /// After the first view: the image at full resolution (if the first view was shrunk).
    pub full_resolution: bool,
    /// After that: the image enlarged (small modules).
    pub enlarged: bool,
    /// After that: the image at half size (blur, noise, huge modules).
    pub halved: bool,
    /// Stop after the first pass that decodes something and leaves no located grid undecoded.
    pub stop_early: bool,
}

/// Maps coordinates of a view back to the caller's image.
#[derive(Clone, Copy, Debug)]
struct ToSource {
    sx: f32,
    sy: f32,
    ox: f32,
    oy: f32,
}

impl ToSource {
    const IDENTITY: ToSource = ToSource {
        sx: 1.0,
        sy: 1.0,
        ox: 0.0,
        oy: 0.0,
    };

    fn apply(&self, (x, y): (f32, f32)) -> (f32, f32) {
        (self.ox + x * self.sx, self.oy + y * self.sy)
    }

    /// The inverse, for mapping a source-coordinate quad into this view.
    fn unapply(&self, (x, y): (f32, f32)) -> (f32, f32) {
        ((x - self.ox) / self.sx, (y - self.oy) / self.sy)
    }
}

/// Codes found so far, distinct by text.
struct Found {
    codes: Vec<DecodedCode>,
}

impl Found {
    fn add(&mut self, read: &Read, map: ToSource) {
        let text = payload_to_string(&read.payload);
        if self.codes.iter().any(|c| c.text == text) {
            return;
        }
        let corners = read.corners.map(|p| {
            let (x, y) = map.apply(p);
            Corner { x, y }
        });
        self.codes.push(DecodedCode {
            text,
            corners,
            version: read.version as u8,
            ecc_level: EccLevel::from_rqrr(read.ecc_level),
        });
    }
}

/// Runs `plan` over the whole image.
pub(crate) fn run(src: GrayView<'_>, plan: &Plan) -> Vec<DecodedCode> {
    let mut found = Found { codes: Vec::new() };
    let long = src.width().max(src.height());

    // View 1: shrunk to the plan's working size (or the image itself).
    let first_owned;
    let (first, first_map) = if long > plan.first_long_side {
        let f = long as f32 / plan.first_long_side as f32;
        first_owned = scaled(src, 1.0 / f);
        (first_owned.0.view(), first_owned.1)
    } else {
        (src, ToSource::IDENTITY)
    };
    let shrunk = long > plan.first_long_side;
    if scan_view(src, first, first_map, plan, &mut found) {
        return found.codes;
    }

    if plan.full_resolution && shrunk {
        // Small codes in big photos need the detail; beyond 2048 px the
        // passes get slow and sensor noise dominates, so cap there.
        let done = if long > FULL_RESOLUTION_CAP {
            let (img, map) = scaled(src, FULL_RESOLUTION_CAP as f32 / long as f32);
            scan_view(src, img.view(), map, plan, &mut found)
        } else {
            scan_view(src, src, ToSource::IDENTITY, plan, &mut found)
        };
        if done {
            return found.codes;
        }
    }

    if plan.enlarged && long <= 1000 {
        // Small codes: two to three pixels per module is too few for rqrr's
        // finder detection; bilinear enlargement gives it clean runs.
        let factor = if long < 300 { 3.0 } else { 2.0 };
        let (img, map) = scaled(src, factor);
        if scan_view(src, img.view(), map, plan, &mut found) {
            return found.codes;
        }
    }

    if plan.halved && src.width().min(src.height()) >= 4 * MIN_SIDE * 2 {
        let (img, map) = scaled(src, 0.5);
        if scan_view(src, img.view(), map, plan, &mut found) {
            return found.codes;
        }
    }
    found.codes
}

fn scaled(src: GrayView<'_>, factor: f32) -> (GrayImage, ToSource) {
    let w = ((src.width() as f32 * factor).round() as usize).max(1);
    let h = ((src.height() as f32 * factor).round() as usize).max(1);
    let img = resize(src, w, h);
    let map = ToSource {
        sx: src.width() as f32 / w as f32,
        sy: src.height() as f32 / h as f32,
        ox: 0.0,
        oy: 0.0,
    };
    (img, map)
}

/// Adaptive window radius: a few modules of a code filling part of the view.
fn radius_for(view: GrayView<'_>) -> usize {
    (view.width().min(view.height()) / 16).clamp(6, 40)
}

/// Runs the plan's passes over one view. Returns `true` when the caller may stop.
fn scan_view(
    src: GrayView<'_>,
    view: GrayView<'_>,
    map: ToSource,
    plan: &Plan,
    found: &mut Found,
) -> bool {
    let radius = radius_for(view);
    let mut block_mean = None;
    for &pass in &plan.passes {
        let result = match pass {
            Pass::Native => read(Input::Gray(view)),
            Pass::NativeInverted => read(Input::Gray(invert(view).view())),
            Pass::BlockMean | Pass::BlockMeanInverted => {
                let bm = block_mean.get_or_insert_with(|| {
                    binarize(view, Threshold::BlockMean { radius, offset: 3 })
                });
                if pass == Pass::BlockMean {
                    read(Input::Bitmap(bm))
                } else {
                    read(Input::Bitmap(&bm.inverted()))
                }
            }
            Pass::Sauvola => read(Input::Bitmap(&binarize(
                view,
                Threshold::Sauvola { radius, k: 0.2 },
            ))),
            Pass::Otsu => read(Input::Bitmap(&binarize(view, Threshold::Otsu))),
        };
        let unresolved = absorb(src, view, map, plan, &result, found);
        // Another pass could still find a second code, but only if this one
        // left a located grid undecoded; most images hold one code.
        if plan.stop_early && !found.codes.is_empty() && !unresolved {
            return true;
        }
    }
    false
}

/// Records a pass's reads and gives its misses a second chance.
/// Returns `true` if some located grid stayed undecoded.
fn absorb(
    src: GrayView<'_>,
    view: GrayView<'_>,
    map: ToSource,
    plan: &Plan,
    result: &PassResult,
    found: &mut Found,
) -> bool {
    for r in &result.reads {
        found.add(r, map);
    }
    let mut unresolved = false;
    for miss in &result.misses {
        if overlaps_found(miss, map, found) {
            continue;
        }
        if plan.reread_misses {
            if let Some(r) = reread(view, miss) {
                found.add(&r, map);
                continue;
            }
        }
        if plan.crop_misses {
            if let Some((r, m)) = crop_and_read(src, miss, map) {
                found.add(&r, m);
                continue;
            }
        }
        unresolved = true;
    }
    unresolved
}

/// A miss lying on a code already decoded (another pass read it) needs no more work.
fn overlaps_found(miss: &Miss, map: ToSource, found: &Found) -> bool {
    let (cx, cy) = centre(&miss.bounds.map(|p| map.apply(p)));
    found.codes.iter().any(|c| {
        let q = c.corners.map(|k| (k.x, k.y));
        let (qx, qy) = centre(&q);
        let r = (q[0].0 - q[2].0).hypot(q[0].1 - q[2].1) / 2.0;
        (cx - qx).hypot(cy - qy) < r
    })
}

fn centre(q: &[(f32, f32); 4]) -> (f32, f32) {
    (
        q.iter().map(|p| p.0).sum::<f32>() / 4.0,
        q.iter().map(|p| p.1).sum::<f32>() / 4.0,
    )
}

/// Full-resolution look at the area of a located but undecoded grid: the
/// shrunk view may have merged modules. Tries rqrr's thresholding and a
/// block mean on the crop (enlarged if its modules are small), then a re-read.
fn crop_and_read(src: GrayView<'_>, miss: &Miss, map: ToSource) -> Option<(Read, ToSource)> {
    let q = miss.bounds.map(|p| map.apply(p));
    let (min_x, max_x) = q.iter().fold((f32::MAX, f32::MIN), |a, p| (a.0.min(p.0), a.1.max(p.0)));
    let (min_y, max_y) = q.iter().fold((f32::MAX, f32::MIN), |a, p| (a.0.min(p.1), a.1.max(p.1)));
    if !(min_x.is_finite() && max_x.is_finite() && min_y.is_finite() && max_y.is_finite()) {
        return None;
    }
    let margin = ((max_x - min_x).max(max_y - min_y) * 0.25).max(8.0);
    let x0 = (min_x - margin).max(0.0) as usize;
    let y0 = (min_y - margin).max(0.0) as usize;
    let x1 = ((max_x + margin).max(0.0) as usize).min(src.width());
    let y1 = ((max_y + margin).max(0.0) as usize).min(src.height());
    if x1 <= x0 + MIN_SIDE || y1 <= y0 + MIN_SIDE {
        return None;
    }
    let cropped = crop(src, x0, y0, x1 - x0, y1 - y0);
    let crop_map = ToSource {
        sx: 1.0,
        sy: 1.0,
        ox: x0 as f32,
        oy: y0 as f32,
    };
    // Enlarge crops whose modules are under ~4 px.
    let modules_px = (max_x - min_x).max(max_y - min_y) / (miss.size + 1) as f32;
    let (work, work_map) = if modules_px < 4.0 {
        let (img, m) = scaled(cropped.view(), 2.0);
        (img, ToSource { sx: m.sx, sy: m.sy, ox: x0 as f32, oy: y0 as f32 })
    } else {
        (cropped, crop_map)
    };
    let view = work.view();
    let attempts = [
        read(Input::Gray(view)),
        read(Input::Bitmap(&binarize(
            view,
            Threshold::BlockMean {
                radius: radius_for(view),
                offset: 3,
            },
        ))),
    ];
    for result in &attempts {
        if let Some(r) = result.reads.first() {
            return Some((r.clone(), work_map));
        }
        for m in &result.misses {
            if let Some(r) = reread(view, m) {
                return Some((r, work_map));
            }
        }
    }
    // Last resort: the miss re-sampled directly at full resolution.
    let full = Miss {
        bounds: miss.bounds.map(|p| work_map.unapply(map.apply(p))),
        size: miss.size,
    };
    reread(view, &full).map(|r| (r, work_map))
}
