//! Any bytes given as a vCard file: reading them never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mingpian::model::read_vcards;

fuzz_target!(|data: &[u8]| {
    let _ = read_vcards(data);
});
