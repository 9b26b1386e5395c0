//! Entry points for "what is in this file / this QR code?".
//!
//! [`read_scanned`] takes the bytes a QR code carried and says what they
//! are ([`ScannedPayload`]): contacts (vCard, MECARD, BIZCARD, WeChat and
//! LinkedIn links), WeChat Pay, a URL, phone, e-mail, SMS, Wi-Fi, or text.
//! [`parse_payload`] and [`parse_file`] keep only the contacts.

mod bizcard;
mod fields;
mod link;
mod mecard;
mod message;
mod qr_text;
mod scanned;
mod social;
mod wifi;

#[cfg(test)]
mod fixture_tests;

pub use link::{safe_link, web_host, SAFE_SCHEMES};
pub use qr_text::decode_qr_text;
pub use scanned::{read_scanned, scan_text, ScannedPayload};
pub use social::{linkedin_profile, wechat_link, WeChatLink};
pub use wifi::{WifiNetwork, WifiSecurity};

use super::vcard::{read_vcards, ImportedCard, VcardError};
use std::fmt;

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// It looked like a vCard but is not one we can read.
    Vcard(VcardError),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Vcard(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ParseError {}

/// Reads an imported file: a `.vcf` with any number of cards, or a text
/// file holding one QR payload (MECARD, BIZCARD, WeChat or LinkedIn link…,
/// in any charset [`decode_qr_text`] detects). Contacts from a `.vcf` carry
/// no `raw_payload`; those from a payload file keep its text there. A
/// payload that is not a contact (URL, Wi-Fi, text) yields no cards.
pub fn parse_file(bytes: &[u8]) -> Result<Vec<ImportedCard>, ParseError> {
    match read_vcards(bytes) {
        Ok(cards) => Ok(cards),
        Err(VcardError::NoCard) => Ok(read_scanned(bytes).into_contacts()),
        Err(e) => Err(ParseError::Vcard(e)),
    }
}

/// Reads a scanned QR code's text and keeps its contacts (see
/// [`scan_text`]). Every contact found keeps the payload verbatim in
/// `raw_payload`. Text that holds no contact yields no cards.
pub fn parse_payload(text: &str) -> Vec<ImportedCard> {
    scan_text(text).into_contacts()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_payload_keeps_raw_text() {
        let text = include_str!("../../tests/fixtures/vcard/qr_payload.txt");
        let cards = parse_payload(text);
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].contact.name.formatted, "赵敏");
        assert_eq!(cards[0].contact.wechat_id, "zhaomin_go");
        assert_eq!(cards[0].contact.raw_payload.as_deref(), Some(text));
    }

    #[test]
    fn files() {
        let cards = parse_file(include_bytes!("../../tests/fixtures/vcard/android.vcf")).unwrap();
        assert_eq!(cards.len(), 2);
        assert!(cards[0].contact.raw_payload.is_none());
        // Not a vCard, but a MECARD: a contact all the same.
        let cards =
            parse_file(include_bytes!("../../tests/fixtures/vcard/not_a_vcard.txt")).unwrap();
        assert_eq!(cards[0].contact.name.display(), "Min Zhao");
        assert_eq!(parse_file(b"\xff\xfe\xfd not utf-8 at all"), Ok(vec![]));
        assert_eq!(parse_file(b""), Err(ParseError::Vcard(VcardError::Empty)));
        assert_eq!(
            parse_file(b"\x89PNG\0\0"),
            Err(ParseError::Vcard(VcardError::NotText))
        );
        // A payload file in GBK, as a Chinese generator saves it.
        let (gbk, _, _) = encoding_rs::GBK.encode("MECARD:N:张,伟;TEL:13800138000;;\n");
        let cards = parse_file(&gbk).unwrap();
        assert_eq!(cards[0].contact.name.display(), "张伟");
        assert_eq!(
            cards[0].contact.raw_payload.as_deref(),
            Some("MECARD:N:张,伟;TEL:13800138000;;\n")
        );
    }
}
