//! vCard import and export.
//!
//! Crate choice: hand-written. Candidates checked: `calcard`
//! (Stalwart) reads 2.1 QP+CHARSET and groups, but pulls chrono-tz, ahash
//! and getrandom 0.3, which does not build for wasm32-unknown-unknown
//! without extra cfg flags, and carries iCalendar/JSContact we do not need;
//! `vcard4` reads only vCard 4.0 (no 2.1 quoted-printable or charsets);
//! `ical` and `vobject` split lines into properties but decode neither
//! quoted-printable nor charsets, nor photos. What is left once line
//! splitting is done is the mapping to our model, which we need anyway, so
//! a small parser over bytes plus `encoding_rs` (charsets) and `base64`
//! costs less than any of them.

mod lines;
mod read;
mod text;
mod write;

pub use read::{read_vcards, read_vcards_str, ImportedCard, VcardError};
pub use write::{write_vcard, write_vcards};

#[cfg(test)]
mod fixture_tests;
#[cfg(test)]
mod round_trip_tests;
