//! Containing panics raised inside rqrr.
//!
//! rqrr 0.11 still panics on some real images (for instance its
//! `assert!(scan >= 1)` in the timing-pattern scan when three finder-like
//! blobs have no transitions between them, or NaN distances in its
//! neighbour ranking). Natively the panic is caught and the pass simply
//! finds nothing. On `wasm32-unknown-unknown` panics abort: the Wasm
//! instance traps with `RuntimeError: unreachable` and must not be used
//! again, so the Web Worker has to catch that error, drop the instance and
//! re-instantiate the module (the frame is lost, the next one is decoded).
//! The pipeline also avoids what it can before calling rqrr (no images
//! smaller than a code, no out-of-range coordinates).

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`, returning `None` if it panicked (natively; on wasm32 a panic aborts).
pub(crate) fn contained<T>(f: impl FnOnce() -> T) -> Option<T> {
    // AssertUnwindSafe: on a panic every value the closure touched is dropped
    // or discarded with the pass, so no broken state is observed afterwards.
    catch_unwind(AssertUnwindSafe(f)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_value_or_none() {
        assert_eq!(contained(|| 2 + 2), Some(4));
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let r: Option<()> = contained(|| panic!("inside rqrr"));
        std::panic::set_hook(hook);
        assert_eq!(r, None);
    }
}
