//! A projective map from the unit square onto a quadrilateral, used to sample
//! a detected code's modules ourselves (rqrr's own transform is private).

/// Maps `(u, v)` in the unit square to image coordinates of a quadrilateral.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Perspective {
    m: [f64; 8],
}

impl Perspective {
    /// The map sending (0,0), (1,0), (1,1), (0,1) to `quad[0..4]` (Heckbert's
    /// closed form). `None` when the quadrilateral is degenerate.
    pub fn unit_square_to(quad: [(f64, f64); 4]) -> Option<Self> {
        let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = quad;
        let sx = x0 - x1 + x2 - x3;
        let sy = y0 - y1 + y2 - y3;
        let m = if sx.abs() < 1e-9 && sy.abs() < 1e-9 {
            [x1 - x0, x2 - x1, x0, y1 - y0, y2 - y1, y0, 0.0, 0.0]
        } else {
            let (dx1, dx2) = (x1 - x2, x3 - x2);
            let (dy1, dy2) = (y1 - y2, y3 - y2);
            let den = dx1 * dy2 - dx2 * dy1;
            if den.abs() < 1e-12 {
                return None;
            }
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
            ]
        };
        // A quad with (almost) no area cannot hold a code.
        let area = ((x2 - x0) * (y3 - y1) - (x3 - x1) * (y2 - y0)).abs() / 2.0;
        (area >= 1.0 && m.iter().all(|v| v.is_finite())).then_some(Perspective { m })
    }

    /// Image point of unit-square point `(u, v)`.
    #[inline]
    pub fn map(&self, u: f64, v: f64) -> (f64, f64) {
        let m = &self.m;
        let w = m[6] * u + m[7] * v + 1.0;
        ((m[0] * u + m[1] * v + m[2]) / w, (m[3] * u + m[4] * v + m[5]) / w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_corners_of_a_skewed_quad() {
        let quad = [(10.0, 12.0), (90.0, 5.0), (110.0, 95.0), (3.0, 80.0)];
        let p = Perspective::unit_square_to(quad).unwrap();
        for (i, (u, v)) in [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
            .into_iter()
            .enumerate()
        {
            let (x, y) = p.map(u, v);
            assert!((x - quad[i].0).abs() < 1e-6 && (y - quad[i].1).abs() < 1e-6);
        }
    }

    #[test]
    fn rejects_degenerate_quads() {
        assert!(Perspective::unit_square_to([(0.0, 0.0); 4]).is_none());
    }
}
