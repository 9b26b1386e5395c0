//! Thresholding a luma image into a dark/light bitmap for rqrr.
//!
//! rqrr's own thresholding (a running row average) fails on uneven lighting,
//! glare and low contrast; these alternatives are fed through
//! `PreparedImage::prepare_from_bitmap` instead.

use super::gray::GrayView;

/// A binary image: `true` = dark (a QR module), row-major.
#[derive(Clone, Debug)]
pub(crate) struct Bitmap {
    pub width: usize,
    pub height: usize,
    pub dark: Vec<bool>,
}

impl Bitmap {
    /// Swaps dark and light, for white-on-black codes.
    pub fn inverted(&self) -> Bitmap {
        Bitmap {
            width: self.width,
            height: self.height,
            dark: self.dark.iter().map(|d| !d).collect(),
        }
    }
}

/// How a pixel is classified as dark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Threshold {
    /// One global threshold chosen by Otsu's method: robust to blur, weak under gradients.
    Otsu,
    /// Dark when below the mean of a `(2r+1)²` window by more than `offset`:
    /// follows uneven lighting; the offset keeps flat areas from turning to noise.
    BlockMean { radius: usize, offset: i32 },
    /// Sauvola: the local mean lowered in proportion to local contrast, which
    /// keeps faint textures and glare light while still catching dark modules.
    Sauvola { radius: usize, k: f32 },
}

/// Applies `threshold` to `img`.
pub(crate) fn binarize(img: GrayView<'_>, threshold: Threshold) -> Bitmap {
    let dark = match threshold {
        Threshold::Otsu => {
            let t = otsu_level(img.pixels());
            img.pixels().iter().map(|&p| p <= t).collect()
        }
        Threshold::BlockMean { radius, offset } => block_mean(img, radius, offset),
        Threshold::Sauvola { radius, k } => sauvola(img, radius, k),
    };
    Bitmap {
        width: img.width(),
        height: img.height(),
        dark,
    }
}

/// The level that best splits the histogram into two classes (Otsu, 1979).
pub(crate) fn otsu_level(pixels: &[u8]) -> u8 {
    let mut hist = [0u64; 256];
    for &p in pixels {
        hist[p as usize] += 1;
    }
    let total = pixels.len() as f64;
    let sum_all: f64 = hist.iter().enumerate().map(|(i, &c)| i as f64 * c as f64).sum();
    let (mut w0, mut sum0) = (0.0f64, 0.0f64);
    let (mut best, mut best_var) = (127u8, -1.0f64);
    for (t, &c) in hist.iter().enumerate() {
        w0 += c as f64;
        if w0 == 0.0 {
            continue;
        }
        let w1 = total - w0;
        if w1 == 0.0 {
            break;
        }
        sum0 += t as f64 * c as f64;
        let m0 = sum0 / w0;
        let m1 = (sum_all - sum0) / w1;
        let var = w0 * w1 * (m0 - m1) * (m0 - m1);
        if var > best_var {
            best_var = var;
            best = t as u8;
        }
    }
    best
}

/// Summed-area table with one extra row and column of zeros.
struct Integral {
    stride: usize,
    sum: Vec<u32>,
    sq: Option<Vec<u64>>,
}

impl Integral {
    fn new(img: GrayView<'_>, squares: bool) -> Self {
        let (w, h) = (img.width(), img.height());
        let stride = w + 1;
        let mut sum = vec![0u32; stride * (h + 1)];
        let mut sq = squares.then(|| vec![0u64; stride * (h + 1)]);
        for (y, line) in img.pixels().chunks_exact(w).enumerate() {
            let mut row = 0u32;
            let mut row_sq = 0u64;
            for (x, &p) in line.iter().enumerate() {
                let p = p as u32;
                row += p;
                sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + row;
                if let Some(sq) = sq.as_mut() {
                    row_sq += (p * p) as u64;
                    sq[(y + 1) * stride + x + 1] = sq[y * stride + x + 1] + row_sq;
                }
            }
        }
        Integral { stride, sum, sq }
    }

    /// Sum over the inclusive window `[x0, x1] x [y0, y1]`.
    #[inline(always)]
    fn window(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> u32 {
        let s = self.stride;
        self.sum[(y1 + 1) * s + x1 + 1] + self.sum[y0 * s + x0]
            - self.sum[y0 * s + x1 + 1]
            - self.sum[(y1 + 1) * s + x0]
    }

    #[inline(always)]
    fn window_sq(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> u64 {
        let s = self.stride;
        let q = self.sq.as_ref().expect("integral built with squares");
        q[(y1 + 1) * s + x1 + 1] + q[y0 * s + x0] - q[y0 * s + x1 + 1] - q[(y1 + 1) * s + x0]
    }
}

/// Calls `f(x, y, x0, y0, x1, y1, area)` for every pixel with its clamped window.
fn for_each_window(
    w: usize,
    h: usize,
    radius: usize,
    mut f: impl FnMut(usize, usize, usize, usize, usize, usize, u32),
) {
    for y in 0..h {
        let y0 = y.saturating_sub(radius);
        let y1 = (y + radius).min(h - 1);
        for x in 0..w {
            let x0 = x.saturating_sub(radius);
            let x1 = (x + radius).min(w - 1);
            let area = ((x1 - x0 + 1) * (y1 - y0 + 1)) as u32;
            f(x, y, x0, y0, x1, y1, area);
        }
    }
}

fn block_mean(img: GrayView<'_>, radius: usize, offset: i32) -> Vec<bool> {
    // The hot path of camera mode, so integer-only and slice-based: running
    // column sums over the window's rows, then a prefix sum along the row.
    let (w, h) = (img.width(), img.height());
    let px = img.pixels();
    let offset = offset.max(0) as u32;
    let mut dark = vec![false; w * h];
    let mut col = vec![0u32; w];
    let mut prefix = vec![0u32; w + 1];
    for row in px.chunks_exact(w).take(radius.min(h - 1)) {
        for (c, &p) in col.iter_mut().zip(row) {
            *c += p as u32;
        }
    }
    for y in 0..h {
        // Window rows are y - radius ..= y + radius, clamped.
        if y + radius < h {
            for (c, &p) in col.iter_mut().zip(&px[(y + radius) * w..(y + radius + 1) * w]) {
                *c += p as u32;
            }
        }
        if y > radius {
            let gone = y - radius - 1;
            for (c, &p) in col.iter_mut().zip(&px[gone * w..(gone + 1) * w]) {
                *c -= p as u32;
            }
        }
        let rows = ((y + radius).min(h - 1) - y.saturating_sub(radius) + 1) as u32;
        for x in 0..w {
            prefix[x + 1] = prefix[x] + col[x];
        }
        let line = &px[y * w..(y + 1) * w];
        for (x, (&p, d)) in line.iter().zip(&mut dark[y * w..(y + 1) * w]).enumerate() {
            let x0 = x.saturating_sub(radius);
            let x1 = (x + radius).min(w - 1);
            let area = rows * (x1 - x0 + 1) as u32;
            // p < mean - offset  <=>  (p + offset) * area < window sum
            *d = (p as u32 + offset) * area < prefix[x1 + 1] - prefix[x0];
        }
    }
    dark
}

fn sauvola(img: GrayView<'_>, radius: usize, k: f32) -> Vec<bool> {
    let integral = Integral::new(img, true);
    let mut dark = vec![false; img.width() * img.height()];
    let w = img.width();
    for_each_window(w, img.height(), radius, |x, y, x0, y0, x1, y1, area| {
        let n = area as f32;
        let mean = integral.window(x0, y0, x1, y1) as f32 / n;
        let var = (integral.window_sq(x0, y0, x1, y1) as f32 / n - mean * mean).max(0.0);
        let t = mean * (1.0 + k * (var.sqrt() / 128.0 - 1.0));
        dark[y * w + x] = (img.get(x, y) as f32) < t;
    });
    dark
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn otsu_splits_two_levels() {
        let px: Vec<u8> = (0..100).map(|i| if i % 2 == 0 { 40 } else { 200 }).collect();
        let t = otsu_level(&px);
        assert!((40..200).contains(&t));
    }

    #[test]
    fn local_thresholds_follow_a_gradient() {
        // A dark dot on a bright-to-dim ramp: a global threshold loses it, local ones keep it.
        let (w, h) = (64, 16);
        let mut px: Vec<u8> = (0..w * h).map(|i| 250 - (i % w) as u8 * 3).collect();
        px[8 * w + 60] = 0;
        px[8 * w + 4] = 150;
        let v = GrayView::new(w, h, &px).unwrap();
        for t in [
            Threshold::BlockMean {
                radius: 4,
                offset: 5,
            },
            Threshold::Sauvola { radius: 4, k: 0.2 },
        ] {
            let bm = binarize(v, t);
            assert!(bm.dark[8 * w + 60], "{t:?}");
            assert!(bm.dark[8 * w + 4], "{t:?}");
            assert!(!bm.dark[2 * w + 30], "{t:?}");
        }
        let otsu = binarize(v, Threshold::Otsu);
        assert!(otsu.dark.iter().zip(&otsu.inverted().dark).all(|(a, b)| a != b));
    }
}
