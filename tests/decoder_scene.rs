//! Synthetic scenes for the decoder: QR codes generated with the `qrcode`
//! crate, rendered to pixels and degraded (perspective, blur, noise, low
//! contrast, inversion). Shared with `decoder_synthetic.rs` and
//! `examples/decoder_bench.rs` through `#[path]`; its own tests check the helpers.

/// An owned luma image.
#[derive(Clone, Debug)]
pub struct Gray {
    pub w: usize,
    pub h: usize,
    pub px: Vec<u8>,
}

impl Gray {
    pub fn filled(w: usize, h: usize, v: u8) -> Self {
        Gray {
            w,
            h,
            px: vec![v; w * h],
        }
    }
}

/// The module matrix of `text` (`true` = dark), and its side.
pub fn modules(text: &str, ec: qrcode::EcLevel) -> (usize, Vec<bool>) {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), ec).expect("encodable");
    let n = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    (n, dark)
}

/// Renders a code at `module_px` pixels per module with a 4-module quiet zone.
pub fn render(text: &str, module_px: usize) -> Gray {
    let (n, dark) = modules(text, qrcode::EcLevel::M);
    let side = (n + 8) * module_px;
    let mut g = Gray::filled(side, side, 255);
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = ((x / module_px) as isize - 4, (y / module_px) as isize - 4);
            if (0..n as isize).contains(&mx) && (0..n as isize).contains(&my) && dark[my as usize * n + mx as usize] {
                g.px[y * side + x] = 0;
            }
        }
    }
    g
}

/// Row-major 3x3 homography mapping the unit square onto `quad`.
fn square_to_quad(q: [(f64, f64); 4]) -> [f64; 9] {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = q;
    let (sx, sy) = (x0 - x1 + x2 - x3, y0 - y1 + y2 - y3);
    let (dx1, dx2, dy1, dy2) = (x1 - x2, x3 - x2, y1 - y2, y3 - y2);
    let den = dx1 * dy2 - dx2 * dy1;
    let g = (sx * dy2 - dx2 * sy) / den;
    let h = (dx1 * sy - sx * dy1) / den;
    [
        x1 - x0 + g * x1,
        x3 - x0 + h * x3,
        x0,
        y1 - y0 + g * y1,
        y3 - y0 + h * y3,
        y0,
        g,
        h,
        1.0,
    ]
}

fn invert3(m: [f64; 9]) -> [f64; 9] {
    let [a, b, c, d, e, f, g, h, i] = m;
    let det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    [
        (e * i - f * h) / det,
        (c * h - b * i) / det,
        (b * f - c * e) / det,
        (f * g - d * i) / det,
        (a * i - c * g) / det,
        (c * d - a * f) / det,
        (d * h - e * g) / det,
        (b * g - a * h) / det,
        (a * e - b * d) / det,
    ]
}

/// Draws `img` onto `canvas` so its corners land on `quad` (TL, TR, BR, BL),
/// with 2x2 supersampling for anti-aliased edges.
pub fn warp_into(canvas: &mut Gray, img: &Gray, quad: [(f64, f64); 4]) {
    let inv = invert3(square_to_quad(quad));
    let xs = quad.iter().map(|p| p.0);
    let ys = quad.iter().map(|p| p.1);
    let x0 = xs.clone().fold(f64::MAX, f64::min).max(0.0) as usize;
    let x1 = (xs.fold(f64::MIN, f64::max).ceil() as usize).min(canvas.w);
    let y0 = ys.clone().fold(f64::MAX, f64::min).max(0.0) as usize;
    let y1 = (ys.fold(f64::MIN, f64::max).ceil() as usize).min(canvas.h);
    for y in y0..y1 {
        for x in x0..x1 {
            let (mut sum, mut hits) = (0u32, 0u32);
            for (ox, oy) in [(0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)] {
                let (px, py) = (x as f64 + ox, y as f64 + oy);
                let w = inv[6] * px + inv[7] * py + inv[8];
                let u = (inv[0] * px + inv[1] * py + inv[2]) / w;
                let v = (inv[3] * px + inv[4] * py + inv[5]) / w;
                if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
                    let sx = ((u * img.w as f64) as usize).min(img.w - 1);
                    let sy = ((v * img.h as f64) as usize).min(img.h - 1);
                    sum += img.px[sy * img.w + sx] as u32;
                    hits += 1;
                }
            }
            if hits > 0 {
                let bg = canvas.px[y * canvas.w + x] as u32;
                canvas.px[y * canvas.w + x] = ((sum + bg * (4 - hits)) / 4) as u8;
            }
        }
    }
}

/// Rotates by `deg` degrees about the centre, on a canvas large enough to hold the result.
pub fn rotate(img: &Gray, deg: f64) -> Gray {
    let (s, c) = deg.to_radians().sin_cos();
    let (w, h) = (img.w as f64, img.h as f64);
    let side = (w.hypot(h).ceil() as usize) + 2;
    let mut out = Gray::filled(side, side, 255);
    let (cx, cy) = (side as f64 / 2.0, side as f64 / 2.0);
    let corner = |x: f64, y: f64| {
        let (dx, dy) = (x - w / 2.0, y - h / 2.0);
        (cx + dx * c - dy * s, cy + dx * s + dy * c)
    };
    warp_into(&mut out, img, [corner(0.0, 0.0), corner(w, 0.0), corner(w, h), corner(0.0, h)]);
    out
}

/// Box blur of the given radius, applied twice (close to a Gaussian).
pub fn blur(img: &Gray, radius: usize) -> Gray {
    let mut cur = img.clone();
    for _ in 0..2 {
        let mut tmp = cur.clone();
        for y in 0..cur.h {
            for x in 0..cur.w {
                let (a, b) = (x.saturating_sub(radius), (x + radius + 1).min(cur.w));
                let s: u32 = cur.px[y * cur.w + a..y * cur.w + b].iter().map(|&p| p as u32).sum();
                tmp.px[y * cur.w + x] = (s / (b - a) as u32) as u8;
            }
        }
        for y in 0..cur.h {
            for x in 0..cur.w {
                let (a, b) = (y.saturating_sub(radius), (y + radius + 1).min(cur.h));
                let s: u32 = (a..b).map(|yy| tmp.px[yy * cur.w + x] as u32).sum();
                cur.px[y * cur.w + x] = (s / (b - a) as u32) as u8;
            }
        }
    }
    cur
}

/// Small deterministic generator (xorshift) so scenes are reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform in `[0, n)`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Adds uniform noise of +/- `amp` levels.
pub fn add_noise(img: &mut Gray, amp: i32, seed: u64) {
    let mut rng = Rng::new(seed);
    for p in img.px.iter_mut() {
        let d = rng.below(2 * amp as u64 + 1) as i32 - amp;
        *p = (*p as i32 + d).clamp(0, 255) as u8;
    }
}

/// Maps 0..255 linearly onto `lo..hi`.
pub fn squeeze(img: &mut Gray, lo: u8, hi: u8) {
    for p in img.px.iter_mut() {
        *p = (lo as u32 + *p as u32 * (hi - lo) as u32 / 255) as u8;
    }
}

pub fn negative(img: &mut Gray) {
    for p in img.px.iter_mut() {
        *p = 255 - *p;
    }
}

/// A camera-like scene without a code: lighting gradient, a desk of random
/// rectangles, lines of "text" strokes, sensor noise.
pub fn background(w: usize, h: usize, seed: u64) -> Gray {
    let mut rng = Rng::new(seed);
    let mut g = Gray::filled(w, h, 0);
    for y in 0..h {
        for x in 0..w {
            g.px[y * w + x] = (90 + 100 * x / w + 40 * y / h) as u8;
        }
    }
    for _ in 0..25 {
        let (rw, rh) = (40 + rng.below(w as u64 / 3) as usize, 30 + rng.below(h as u64 / 3) as usize);
        let (rx, ry) = (rng.below((w - rw) as u64) as usize, rng.below((h - rh) as u64) as usize);
        let v = rng.below(256) as u8;
        for y in ry..ry + rh {
            g.px[y * w + rx..y * w + rx + rw].fill(v);
        }
    }
    for line in 0..12 {
        let y0 = 40 + line * (h - 80) / 12;
        let mut x = 60 + rng.below(60) as usize;
        while x + 12 < w - 60 {
            let (sw, sh) = (2 + rng.below(10) as usize, 6 + rng.below(10) as usize);
            for y in y0..(y0 + sh).min(h) {
                g.px[y * w + x..y * w + x + sw].fill(30);
            }
            x += sw + 2 + rng.below(8) as usize;
        }
    }
    add_noise(&mut g, 6, seed ^ 0xABCD);
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_has_quiet_zone_and_finder() {
        let g = render("hi", 3);
        assert_eq!(g.px[0], 255);
        // Top-left finder pattern starts after the 4-module quiet zone.
        assert_eq!(g.px[12 * g.w + 12], 0);
    }

    #[test]
    fn warp_preserves_content_centre() {
        let src = Gray::filled(10, 10, 0);
        let mut canvas = Gray::filled(50, 50, 255);
        warp_into(&mut canvas, &src, [(10.0, 10.0), (40.0, 12.0), (38.0, 40.0), (12.0, 38.0)]);
        assert_eq!(canvas.px[25 * 50 + 25], 0);
        assert_eq!(canvas.px[2 * 50 + 2], 255);
    }
}
