//! QR bytes → text. QR codes carry bytes, not text, and rarely say which
//! charset: UTF-8 almost everywhere, but codes made in China often carry
//! GBK/GB18030, some Japanese ones Shift_JIS, and old Western generators
//! ISO-8859-1 (the QR standard's original default).
//!
//! Valid UTF-8 is UTF-8. Otherwise every candidate reads the bytes and
//! scores them: a sequence that cannot occur costs a lot, characters a
//! person would write (common hanzi, kana, accented letters next to
//! letters) earn points, rare ones (halfwidth katakana, GBK extension
//! characters) cost a little. The best score wins; ties go to the earlier
//! candidate, GB18030 first because our users are mostly in China.
//! Decoding itself never fails: bytes no candidate explains become U+FFFD.

use encoding_rs::{Encoding, GB18030, SHIFT_JIS, UTF_8, WINDOWS_1252};

/// How plausible bytes are in one charset: higher is likelier.
type Scorer = fn(&[u8]) -> i64;

/// A sequence the charset cannot contain.
const INVALID: i64 = -5;

/// The text in a QR code's bytes, in whichever charset fits them best.
/// A UTF-8 byte order mark is dropped.
pub fn decode_qr_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    detect_encoding(bytes)
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// The charset `bytes` are most plausibly written in.
pub(super) fn detect_encoding(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let candidates: [(&'static Encoding, Scorer); 4] = [
        (GB18030, gb18030_score),
        (UTF_8, utf8_score),
        (SHIFT_JIS, shift_jis_score),
        (WINDOWS_1252, latin_score),
    ];
    let mut best = (GB18030, i64::MIN);
    for (encoding, score) in candidates {
        let score = score(bytes);
        if score > best.1 {
            best = (encoding, score);
        }
    }
    best.0
}

/// Mostly-UTF-8 with a stray bad byte, or cut short mid-character (a
/// damaged or truncated code), is still UTF-8.
fn utf8_score(bytes: &[u8]) -> i64 {
    let mut score = 0;
    let mut chunks = bytes.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        score += chunk
            .valid()
            .chars()
            .map(|c| match c.len_utf8() {
                1 => 0,
                2 => 1,
                n => n as i64,
            })
            .sum::<i64>();
        let invalid = chunk.invalid();
        let cut_short = chunks.peek().is_none()
            && invalid.len() < 4
            && invalid.first().is_some_and(|&b| b >= 0xC2);
        if !invalid.is_empty() && !cut_short {
            score += INVALID;
        }
    }
    score
}

/// GB18030: two-byte characters `81–FE` + `40–7E|80–FE`, four-byte ones
/// `81–FE 30–39 81–FE 30–39`. GB2312's hanzi (`B0–F7` + `A1–FE`) are the
/// everyday ones; its symbol rows (`A1–A9`: fullwidth punctuation) are
/// common too; the rest of GBK is rare characters.
fn gb18030_score(bytes: &[u8]) -> i64 {
    let mut score = 0;
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied();
        match (lead, next) {
            (0x81..=0xFE, Some(0x30..=0x39)) => {
                let tail = (bytes.get(i + 2), bytes.get(i + 3));
                if matches!(tail, (Some(0x81..=0xFE), Some(0x30..=0x39))) {
                    i += 4; // valid but rare (emoji, minority scripts)
                } else {
                    score += INVALID;
                    i += 1;
                }
            }
            (0x81..=0xFE, Some(trail @ (0x40..=0x7E | 0x80..=0xFE))) => {
                score += match (lead, trail) {
                    (0xB0..=0xF7, 0xA1..=0xFE) => 2,
                    (0xA1..=0xA9, 0xA1..=0xFE) => 1,
                    _ => -1,
                };
                i += 2;
            }
            _ => {
                score += INVALID;
                i += 1;
            }
        }
    }
    score
}

/// Shift_JIS: single-byte halfwidth katakana `A1–DF` (rare today, and what
/// GBK hanzi look like when misread), two-byte characters `81–9F|E0–FC` +
/// `40–7E|80–FC`: punctuation (`81`), kana and fullwidth letters
/// (`82`, `83`) and level-1 kanji (`88–98`) are the everyday ones.
fn shift_jis_score(bytes: &[u8]) -> i64 {
    let mut score = 0;
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        match (lead, bytes.get(i + 1).copied()) {
            (0x00..=0x7F, _) => i += 1,
            (0xA1..=0xDF, _) => {
                score -= 1;
                i += 1;
            }
            (0x81..=0x9F | 0xE0..=0xFC, Some(0x40..=0x7E | 0x80..=0xFC)) => {
                score += match lead {
                    0x82 | 0x83 | 0x88..=0x98 => 2,
                    0x81 => 1,
                    0x84..=0x87 | 0x99..=0x9F | 0xE0..=0xEA => 0,
                    _ => -1, // vendor extensions, user-defined area
                };
                i += 2;
            }
            _ => {
                score += INVALID;
                i += 1;
            }
        }
    }
    score
}

/// ISO-8859-1 / windows-1252: every byte is valid, so only accented
/// letters next to ASCII letters ("Müller", "café") earn points.
fn latin_score(bytes: &[u8]) -> i64 {
    let is_letter = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphabetic);
    (0..bytes.len())
        .filter(|&i| {
            matches!(bytes[i], 0xC0..=0xFF if bytes[i] != 0xD7 && bytes[i] != 0xF7)
                && (is_letter(i.checked_sub(1).and_then(|p| bytes.get(p)))
                    || is_letter(bytes.get(i + 1)))
        })
        .count() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_stays_utf8() {
        for text in ["张伟", "山田太郎", "Müller", "😀 émoji", "plain", ""] {
            assert_eq!(decode_qr_text(text.as_bytes()), text);
        }
        assert_eq!(decode_qr_text(b"\xEF\xBB\xBFMECARD:N:x;;"), "MECARD:N:x;;");
    }

    #[test]
    fn real_gbk_bytes() {
        // 张伟 and 王小明，深圳市南山区科技园 as a Chinese phone writes them.
        assert_eq!(decode_qr_text(b"\xd5\xc5\xce\xb0"), "张伟");
        assert_eq!(
            decode_qr_text(b"\xcd\xf5\xd0\xa1\xc3\xf7\xa3\xac\xc9\xee\xdb\xda\xca\xd0\xc4\xcf\xc9\xbd\xc7\xf8\xbf\xc6\xbc\xbc\xd4\xb0"),
            "王小明，深圳市南山区科技园"
        );
        for text in [
            "MECARD:N:李,娜;TEL:13800138000;ADR:北京市朝阳区建国路88号;;",
            "联通",
            "欢迎光临！扫码加好友",
            "姓名：陈静 电话：021-5555 1234",
        ] {
            assert_eq!(decode_qr_text(&encode(text, GB18030)), text);
        }
    }

    #[test]
    fn real_shift_jis_bytes() {
        // 山田太郎, やまだ たろう, 株式会社テスト.
        assert_eq!(decode_qr_text(b"\x8eR\x93c\x91\xbe\x98Y"), "山田太郎");
        assert_eq!(
            decode_qr_text(b"\x82\xe2\x82\xdc\x82\xbe \x82\xbd\x82\xeb\x82\xa4"),
            "やまだ たろう"
        );
        assert_eq!(
            decode_qr_text(b"\x8a\x94\x8e\xae\x89\xef\x8e\xd0\x83e\x83X\x83g"),
            "株式会社テスト"
        );
        for text in [
            "MECARD:N:佐藤,花子;SOUND:さとう,はなこ;TEL:090-1234-5678;;",
            "東京都千代田区丸の内1-1",
            "こんにちは、世界",
        ] {
            assert_eq!(decode_qr_text(&encode(text, SHIFT_JIS)), text);
        }
    }

    #[test]
    fn latin1_and_damaged_utf8() {
        assert_eq!(decode_qr_text(b"M\xfcller"), "Müller");
        assert_eq!(decode_qr_text(b"caf\xe9"), "café");
        assert_eq!(decode_qr_text(b"\xc5ngstr\xf6m"), "Ångström");
        // A UTF-8 code cut short in the middle of 伟.
        assert_eq!(detect_encoding(b"\xe5\xbc\xa0\xe4\xbc"), UTF_8);
        assert!(decode_qr_text(b"\xe5\xbc\xa0\xe4\xbc").starts_with('张'));
        // One stray byte in otherwise UTF-8 text.
        assert_eq!(
            detect_encoding(
                "张伟 李娜 王芳\u{7f}"
                    .as_bytes()
                    .iter()
                    .copied()
                    .chain([0xFF])
                    .collect::<Vec<_>>()
                    .as_slice()
            ),
            UTF_8
        );
    }

    #[test]
    fn never_panics_on_any_short_input() {
        for a in 0..=255u8 {
            for b in [0x00, 0x30, 0x40, 0x7F, 0x80, 0xA1, 0xFE, 0xFF] {
                let _ = decode_qr_text(&[a]);
                let _ = decode_qr_text(&[a, b]);
                let _ = decode_qr_text(&[b, a, 0x30]);
                let _ = decode_qr_text(&[a, 0x30, b, 0x39]);
            }
        }
    }
}
