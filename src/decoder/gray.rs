//! 8-bit luma images (borrowed and owned) and the resampling the pipeline needs.

use super::DecodeError;

/// A borrowed grayscale image: `width * height` luma bytes, row-major, 0 = black.
#[derive(Clone, Copy, Debug)]
pub struct GrayView<'a> {
    width: usize,
    height: usize,
    pixels: &'a [u8],
}

impl<'a> GrayView<'a> {
    /// Wraps a luma buffer, checking that its length matches the dimensions.
    pub fn new(width: usize, height: usize, pixels: &'a [u8]) -> Result<Self, DecodeError> {
        if width == 0 || height == 0 {
            return Err(DecodeError::EmptyImage);
        }
        match width.checked_mul(height) {
            Some(n) if n == pixels.len() => Ok(GrayView {
                width,
                height,
                pixels,
            }),
            _ => Err(DecodeError::BufferSize {
                expected: width.saturating_mul(height),
                actual: pixels.len(),
            }),
        }
    }

    /// Width in pixels.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> usize {
        self.height
    }

    /// The row-major luma bytes.
    pub fn pixels(&self) -> &'a [u8] {
        self.pixels
    }

    #[inline(always)]
    pub(crate) fn get(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }
}

/// An owned grayscale image (the output of scaling, cropping, inverting).
#[derive(Clone, Debug)]
pub(crate) struct GrayImage {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl GrayImage {
    pub fn view(&self) -> GrayView<'_> {
        GrayView {
            width: self.width,
            height: self.height,
            pixels: &self.pixels,
        }
    }
}

/// Converts RGBA bytes (a canvas `ImageData`) to luma with integer BT.601 weights.
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) as u8)
        .collect()
}

/// Resizes to `new_w` x `new_h`: area averaging when shrinking (it also removes
/// noise, which helps rqrr's one-sample-per-module reader), bilinear when growing
/// (smooth edges binarise into cleaner modules than pixel replication).
pub(crate) fn resize(src: GrayView<'_>, new_w: usize, new_h: usize) -> GrayImage {
    let (new_w, new_h) = (new_w.max(1), new_h.max(1));
    if new_w <= src.width && new_h <= src.height {
        shrink(src, new_w, new_h)
    } else {
        bilinear(src, new_w, new_h)
    }
}

fn shrink(src: GrayView<'_>, new_w: usize, new_h: usize) -> GrayImage {
    if src.width == 2 * new_w && src.height == 2 * new_h {
        return halve(src);
    }
    // Source column span of each destination column, computed once.
    let spans: Vec<(usize, usize)> = (0..new_w)
        .map(|x| {
            let a = x * src.width / new_w;
            let b = ((x + 1) * src.width / new_w).max(a + 1);
            (a, b)
        })
        .collect();
    let mut pixels = vec![0u8; new_w * new_h];
    let mut col_sums = vec![0u32; src.width];
    for (y, out) in pixels.chunks_exact_mut(new_w).enumerate() {
        let y0 = y * src.height / new_h;
        let y1 = ((y + 1) * src.height / new_h).max(y0 + 1);
        col_sums.fill(0);
        for row in src.pixels[y0 * src.width..y1 * src.width].chunks_exact(src.width) {
            for (s, &p) in col_sums.iter_mut().zip(row) {
                *s += p as u32;
            }
        }
        let rows = (y1 - y0) as u32;
        for (o, &(a, b)) in out.iter_mut().zip(&spans) {
            let sum: u32 = col_sums[a..b].iter().sum();
            *o = (sum / (rows * (b - a) as u32)) as u8;
        }
    }
    GrayImage {
        width: new_w,
        height: new_h,
        pixels,
    }
}

/// 2x2 averaging: the camera path's 1280x720 -> 640x360.
fn halve(src: GrayView<'_>) -> GrayImage {
    let (w, h) = (src.width / 2, src.height / 2);
    let mut pixels = vec![0u8; w * h];
    for (y, out) in pixels.chunks_exact_mut(w).enumerate() {
        let r0 = &src.pixels[2 * y * src.width..(2 * y + 1) * src.width];
        let r1 = &src.pixels[(2 * y + 1) * src.width..(2 * y + 2) * src.width];
        for ((o, a), b) in out.iter_mut().zip(r0.chunks_exact(2)).zip(r1.chunks_exact(2)) {
            *o = ((a[0] as u16 + a[1] as u16 + b[0] as u16 + b[1] as u16 + 2) / 4) as u8;
        }
    }
    GrayImage {
        width: w,
        height: h,
        pixels,
    }
}

fn bilinear(src: GrayView<'_>, new_w: usize, new_h: usize) -> GrayImage {
    let sx = src.width as f32 / new_w as f32;
    let sy = src.height as f32 / new_h as f32;
    let max_x = (src.width - 1) as f32;
    let max_y = (src.height - 1) as f32;
    let xs: Vec<(usize, usize, f32)> = (0..new_w)
        .map(|x| {
            let fx = ((x as f32 + 0.5) * sx - 0.5).clamp(0.0, max_x);
            let x0 = fx as usize;
            (x0, (x0 + 1).min(src.width - 1), fx - x0 as f32)
        })
        .collect();
    let mut pixels = Vec::with_capacity(new_w * new_h);
    for y in 0..new_h {
        let fy = ((y as f32 + 0.5) * sy - 0.5).clamp(0.0, max_y);
        let y0 = fy as usize;
        let y1 = (y0 + 1).min(src.height - 1);
        let ty = fy - y0 as f32;
        let r0 = &src.pixels[y0 * src.width..(y0 + 1) * src.width];
        let r1 = &src.pixels[y1 * src.width..(y1 + 1) * src.width];
        for &(x0, x1, tx) in &xs {
            let top = r0[x0] as f32 * (1.0 - tx) + r0[x1] as f32 * tx;
            let bottom = r1[x0] as f32 * (1.0 - tx) + r1[x1] as f32 * tx;
            pixels.push((top * (1.0 - ty) + bottom * ty + 0.5) as u8);
        }
    }
    GrayImage {
        width: new_w,
        height: new_h,
        pixels,
    }
}

/// Copies the rectangle `[x0, x0+w) x [y0, y0+h)`, clamped to the image.
pub(crate) fn crop(src: GrayView<'_>, x0: usize, y0: usize, w: usize, h: usize) -> GrayImage {
    let x0 = x0.min(src.width - 1);
    let y0 = y0.min(src.height - 1);
    let w = w.clamp(1, src.width - x0);
    let h = h.clamp(1, src.height - y0);
    let mut pixels = Vec::with_capacity(w * h);
    for y in y0..y0 + h {
        pixels.extend_from_slice(&src.pixels[y * src.width + x0..y * src.width + x0 + w]);
    }
    GrayImage {
        width: w,
        height: h,
        pixels,
    }
}

/// Photographic negative, for white-on-black codes fed to rqrr's own thresholding.
pub(crate) fn invert(src: GrayView<'_>) -> GrayImage {
    GrayImage {
        width: src.width,
        height: src.height,
        pixels: src.pixels.iter().map(|&p| 255 - p).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_rejects_wrong_length() {
        assert!(GrayView::new(2, 2, &[0; 3]).is_err());
        assert!(GrayView::new(0, 2, &[]).is_err());
        assert!(GrayView::new(2, 2, &[0; 4]).is_ok());
    }

    #[test]
    fn shrink_averages_blocks() {
        let px = [0, 100, 200, 255, 0, 100, 200, 255];
        let v = GrayView::new(4, 2, &px).unwrap();
        assert_eq!(resize(v, 2, 1).pixels, vec![50, 228]);
        let px = [0, 100, 200, 255, 0, 100];
        let v = GrayView::new(6, 1, &px).unwrap();
        assert_eq!(resize(v, 2, 1).pixels, vec![100, 118]);
    }

    #[test]
    fn grow_and_crop_keep_values_in_range() {
        let px = [0, 255, 255, 0];
        let v = GrayView::new(2, 2, &px).unwrap();
        let big = resize(v, 8, 8);
        assert_eq!((big.width, big.height), (8, 8));
        assert_eq!(big.pixels[0], 0);
        assert_eq!(big.pixels[7], 255);
        let c = crop(big.view(), 6, 6, 10, 10);
        assert_eq!((c.width, c.height), (2, 2));
    }
}
