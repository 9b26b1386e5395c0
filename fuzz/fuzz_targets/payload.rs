//! Any bytes a QR code may carry: reading them never panics, contacts
//! always keep the payload, and the only links offered are safe ones.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mingpian::model::{read_scanned, safe_link, ScannedPayload};

fuzz_target!(|data: &[u8]| {
    let scanned = read_scanned(data);
    if let Some(link) = scanned.link() {
        assert_eq!(
            safe_link(&link).as_deref(),
            Some(link.as_str()),
            "unsafe link {link:?}"
        );
    }
    if let ScannedPayload::Contacts(cards) = &scanned {
        assert!(!cards.is_empty());
        assert!(cards.iter().all(|c| c.contact.raw_payload.is_some()));
    }
});
