//! Turning a code's payload bytes into text.
//!
//! rqrr writes byte-mode data as-is and Kanji-mode data as Shift_JIS, and it
//! skips ECI designators, so the charset has to be guessed, as ZXing does:
//! UTF-8 when the bytes are valid UTF-8, else Shift_JIS when they decode
//! cleanly (Japanese codes are the common non-UTF-8 case), else ISO-8859-1,
//! the QR standard's default byte charset.

/// Decodes a QR payload into a `String` (never fails: Latin-1 accepts any byte).
pub(crate) fn payload_to_string(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let (sjis, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    if !had_errors {
        return sjis.into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        assert_eq!(payload_to_string("名片 card".as_bytes()), "名片 card");
    }

    #[test]
    fn shift_jis_is_recognised() {
        // "モバイル" in Shift_JIS.
        let bytes = [0x83, 0x82, 0x83, 0x6f, 0x83, 0x43, 0x83, 0x8b];
        assert_eq!(payload_to_string(&bytes), "モバイル");
    }

    #[test]
    fn other_bytes_fall_back_to_latin1() {
        assert_eq!(payload_to_string(&[0x43, 0x61, 0x66, 0xe9, 0x80, 0xff]), "Caf\u{e9}\u{80}\u{ff}");
    }
}
