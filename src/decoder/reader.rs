//! One rqrr pass: locate grids in a prepared image and decode each of them.

use rqrr::{BitGrid, PreparedImage};

use super::binarize::Bitmap;
use super::gray::GrayView;
use super::guard::contained;

/// Smallest side worth handing to rqrr: a version-1 code is 21 modules.
pub(crate) const MIN_SIDE: usize = 21;

/// A corner in the coordinates of the image the pass ran on.
pub(crate) type Pt = (f32, f32);

/// A grid rqrr decoded.
#[derive(Clone, Debug)]
pub(crate) struct Read {
    pub payload: Vec<u8>,
    /// Top-left, top-right, bottom-right, bottom-left of the code.
    pub corners: [Pt; 4],
    pub version: usize,
    pub ecc_level: u16,
}

/// A grid rqrr located but could not decode: worth a second look.
#[derive(Clone, Debug)]
pub(crate) struct Miss {
    /// rqrr's bounds: grid coordinates (0,0), (n+1,0), (n+1,n+1), (0,n+1).
    pub bounds: [Pt; 4],
    /// Modules per side (21, 25, …).
    pub size: usize,
}

/// Everything one pass produced.
#[derive(Clone, Debug, Default)]
pub(crate) struct PassResult {
    pub reads: Vec<Read>,
    pub misses: Vec<Miss>,
}

/// What rqrr is given.
pub(crate) enum Input<'a> {
    /// rqrr thresholds the luma itself (its running row average).
    Gray(GrayView<'a>),
    /// Already thresholded by us.
    Bitmap(&'a Bitmap),
}

impl Input<'_> {
    fn size(&self) -> (usize, usize) {
        match self {
            Input::Gray(g) => (g.width(), g.height()),
            Input::Bitmap(b) => (b.width, b.height),
        }
    }
}

/// Runs rqrr's detector and decoder once. A panic inside rqrr yields an empty result.
pub(crate) fn read(input: Input<'_>) -> PassResult {
    let (w, h) = input.size();
    if w < MIN_SIDE || h < MIN_SIDE {
        return PassResult::default();
    }
    contained(|| {
        let mut prepared = match input {
            Input::Gray(g) => PreparedImage::prepare_from_greyscale(w, h, |x, y| g.get(x, y)),
            Input::Bitmap(b) => PreparedImage::prepare_from_bitmap(w, h, |x, y| b.dark[y * w + x]),
        };
        let mut result = PassResult::default();
        for grid in prepared.detect_grids() {
            let bounds = grid.bounds.map(|p| (p.x as f32, p.y as f32));
            let mut payload = Vec::new();
            match grid.decode_to(&mut payload) {
                Ok(meta) => result.reads.push(Read {
                    payload,
                    corners: bounds,
                    version: meta.version.0,
                    ecc_level: meta.ecc_level,
                }),
                Err(_) => result.misses.push(Miss {
                    bounds,
                    size: grid.grid.size(),
                }),
            }
        }
        result
    })
    .unwrap_or_default()
}

/// Decodes a module grid we sampled ourselves (`dark[y * size + x]`).
pub(crate) fn decode_modules(size: usize, dark: &[bool]) -> Option<(Vec<u8>, usize, u16)> {
    contained(|| {
        let grid = rqrr::Grid::new(rqrr::SimpleGrid::from_func(size, |x, y| dark[y * size + x]));
        let mut payload = Vec::new();
        let meta = grid.decode_to(&mut payload).ok()?;
        Some((payload, meta.version.0, meta.ecc_level))
    })
    .flatten()
}
