//! Value decoding and encoding: quoted-printable, charsets, base64, and
//! vCard's backslash escapes.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use encoding_rs::Encoding;

/// Decodes quoted-printable (`=E5=BC=A0`). Malformed escapes are kept as
/// written rather than rejected: a readable value beats an error.
pub(super) fn decode_quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        let b = input[i];
        if b == b'=' {
            let hex = (
                input.get(i + 1).copied().and_then(hex_digit),
                input.get(i + 2).copied().and_then(hex_digit),
            );
            if let (Some(hi), Some(lo)) = hex {
                out.push(hi << 4 | lo);
                i += 3;
                continue;
            }
            // "=" before the end of a line: a soft break that survived unfolding.
            match (input.get(i + 1), input.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => {
                    i += 3;
                    continue;
                }
                (Some(b'\r' | b'\n') | None, _) => {
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

fn hex_digit(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Bytes → text. With a `CHARSET` that `encoding_rs` knows (UTF-8, GBK,
/// GB2312, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-1…) it is used.
/// Without one, UTF-8 if the bytes are UTF-8; otherwise GB18030 if they
/// decode cleanly as that (old Chinese phones wrote GBK without saying so),
/// and windows-1252 as the last resort, which never fails.
pub(super) fn decode_charset(bytes: &[u8], charset: Option<&str>) -> String {
    if let Some(encoding) = charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())) {
        let (text, _, _) = encoding.decode(bytes);
        return text.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    if let Some(text) =
        encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes)
    {
        return text.into_owned();
    }
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// Whole-file preparation: strips a UTF-8 BOM and turns UTF-16 files
/// (some Windows tools write them) into UTF-8.
pub(super) fn normalise_file(input: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(input) {
        if encoding == encoding_rs::UTF_8 {
            return std::borrow::Cow::Borrowed(&input[bom_len..]);
        }
        let (text, _) = encoding.decode_without_bom_handling(&input[bom_len..]);
        return std::borrow::Cow::Owned(text.into_owned().into_bytes());
    }
    std::borrow::Cow::Borrowed(input)
}

/// Lenient base64: whitespace anywhere, padding optional.
pub(super) fn decode_base64(text: &[u8]) -> Option<Vec<u8>> {
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    );
    let compact: Vec<u8> = text
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if compact.is_empty() {
        return None;
    }
    LENIENT.decode(&compact).ok()
}

pub(super) fn encode_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Undoes vCard text escapes: `\n` `\N` newline, `\,` `\;` `\:` `\\`.
/// An unknown escape keeps its backslash, as vCard 2.1 files often hold
/// Windows paths and stray backslashes.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('n' | 'N') => {
                out.push('\n');
                chars.next();
            }
            Some(&e @ (',' | ';' | ':' | '\\')) => {
                out.push(e);
                chars.next();
            }
            _ => out.push('\\'),
        }
    }
    // Bare CRs from QP-decoded "=0D=0A" line ends.
    out.replace("\r\n", "\n").replace('\r', "\n")
}

/// Splits at unescaped `sep` (`;` for structured values, `,` for lists),
/// then unescapes each part.
pub(super) fn split_unescape(text: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            current.push(c);
            if let Some(next) = chars.next() {
                current.push(next);
            }
        } else if c == sep {
            parts.push(unescape(&current));
            current.clear();
        } else {
            current.push(c);
        }
    }
    parts.push(unescape(&current));
    parts
}

/// Escapes text for a vCard value: backslash, newline, comma, semicolon.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable() {
        assert_eq!(
            decode_quoted_printable(b"=E5=BC=A0=E4=BC=9F"),
            "张伟".as_bytes()
        );
        assert_eq!(decode_quoted_printable(b"a=3Db=\r\nc"), b"a=bc");
        assert_eq!(decode_quoted_printable(b"50=% =ZZ ="), b"50=% =ZZ ");
        assert_eq!(decode_quoted_printable(b"=e5=bc=a0"), "张".as_bytes());
    }

    #[test]
    fn charsets() {
        let gbk = [0xD5, 0xC5, 0xCE, 0xB0]; // 张伟
        assert_eq!(decode_charset(&gbk, Some("GBK")), "张伟");
        assert_eq!(decode_charset(&gbk, Some("gb2312")), "张伟");
        assert_eq!(decode_charset(&gbk, None), "张伟");
        assert_eq!(
            decode_charset(&[0xB1, 0x69, 0xB0, 0xB6], Some("BIG5")),
            "張偉"
        );
        assert_eq!(
            decode_charset(&[0x93, 0x63, 0x92, 0x86], Some("Shift_JIS")),
            "田中"
        );
        assert_eq!(decode_charset(b"caf\xE9", Some("ISO-8859-1")), "café");
        assert_eq!(decode_charset(b"caf\xE9", None), "café");
        assert_eq!(
            decode_charset("张伟".as_bytes(), Some("x-unknown-charset")),
            "张伟"
        );
    }

    #[test]
    fn file_boms() {
        assert_eq!(&*normalise_file(b"\xEF\xBB\xBFBEGIN"), b"BEGIN");
        assert_eq!(&*normalise_file(b"\xFF\xFEB\0E\0"), b"BE");
        assert_eq!(&*normalise_file(b"BEGIN"), b"BEGIN");
    }

    #[test]
    fn base64_is_lenient_about_layout() {
        assert_eq!(decode_base64(b" aGVs\r\n bG8 "), Some(b"hello".to_vec()));
        assert_eq!(decode_base64(b"aGVsbG8="), Some(b"hello".to_vec()));
        assert_eq!(decode_base64(b"***"), None);
        assert_eq!(decode_base64(b""), None);
    }

    #[test]
    fn escapes_round_trip() {
        let text = "a,b;c\\d\nline2 张伟 🎉";
        assert_eq!(escape(text), "a\\,b\\;c\\\\d\\nline2 张伟 🎉");
        assert_eq!(unescape(&escape(text)), text);
        assert_eq!(unescape("C:\\path\\x"), "C:\\path\\x");
        assert_eq!(unescape("trailing\\"), "trailing\\");
        assert_eq!(escape("a\r\nb"), "a\\nb");
    }

    #[test]
    fn structured_split() {
        assert_eq!(
            split_unescape("Doe;John\\;Q;;Dr.;", ';'),
            ["Doe", "John;Q", "", "Dr.", ""]
        );
        assert_eq!(split_unescape("a\\,b,c", ','), ["a,b", "c"]);
        assert_eq!(split_unescape("", ';'), [""]);
    }
}
