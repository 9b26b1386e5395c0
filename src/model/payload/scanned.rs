//! What a scanned QR code holds, and the order in which formats are tried.

use super::bizcard::read_bizcard;
use super::link::{is_web_url, safe_link, strip_prefix_ignore_case, web_host};
use super::mecard::read_mecard;
use super::message::{read_mailto, read_matmsg, read_sms, read_tel};
use super::qr_text::decode_qr_text;
use super::social::{linkedin_profile, wechat_link, WeChatLink};
use super::wifi::{read_wifi, WifiNetwork};
use crate::model::vcard::{read_vcards_str, ImportedCard};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What a QR code holds, ready to become a contact or to be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum ScannedPayload {
    /// People: a vCard (any number of cards), MECARD, BIZCARD, a WeChat
    /// personal, group or official-account link (as `wechat_qr`), a
    /// LinkedIn profile (as `linkedin`). Every contact's `raw_payload` is
    /// the scanned text, verbatim.
    Contacts(Vec<ImportedCard>),
    /// A WeChat Pay request (`wxp://…`): recognised so it is never saved as
    /// a contact nor opened from here.
    WeChatPay {
        url: String,
    },
    /// Any other web page. `host` is lower case, for showing where it leads.
    Url {
        url: String,
        host: String,
    },
    Phone {
        number: String,
    },
    /// `mailto:` or `MATMSG:`: recipients (possibly none), subject, body.
    Email {
        to: Vec<String>,
        subject: String,
        body: String,
    },
    /// `sms:`, `smsto:`, `SMSTO:`. Several recipients stay comma separated.
    Sms {
        number: String,
        body: String,
    },
    /// A network to join: shown, never a contact.
    Wifi(WifiNetwork),
    /// Anything else, trimmed: offered as a new contact's description.
    Text(String),
    /// Bytes that are not text (NUL or many control bytes).
    Binary {
        size: usize,
    },
    /// Nothing, or only whitespace.
    Empty,
}

/// Reads the bytes a QR code carried: decodes them (UTF-8, GB18030,
/// Shift_JIS or Latin-1, see [`decode_qr_text`]) and recognises the
/// format. Never panics.
pub fn read_scanned(bytes: &[u8]) -> ScannedPayload {
    if looks_binary(bytes) {
        return ScannedPayload::Binary { size: bytes.len() };
    }
    scan_text(&decode_qr_text(bytes))
}

/// [`read_scanned`] for text already decoded.
///
/// Formats are tried from the most to the least specific:
/// 1. `BEGIN:VCARD` first: a card may contain any of the other formats
///    (URLs, `tel:`) in its properties;
/// 2. the tagged prefixes (`MECARD:`, `BIZCARD:`, `WIFI:`, `MATMSG:`,
///    `mailto:`, `tel:`, `smsto:`, `sms:`), which cannot be confused
///    with each other;
/// 3. WeChat links before other URLs: they are people (or payments, kept
///    apart so they never become contacts), though `http(s)` like the rest;
/// 4. LinkedIn profiles, then any other `http(s)` URL;
/// 5. a bare e-mail address or an unmistakable phone number;
/// 6. text.
///
/// A payload whose format is recognised but which holds nothing usable
/// (`MECARD:;;`) falls through to text.
pub fn scan_text(text: &str) -> ScannedPayload {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return ScannedPayload::Empty;
    }
    let with_raw = |mut cards: Vec<ImportedCard>| {
        for card in &mut cards {
            card.contact.raw_payload = Some(text.to_owned());
        }
        ScannedPayload::Contacts(cards)
    };
    if strip_prefix_ignore_case(trimmed, "BEGIN:VCARD").is_some() {
        if let Ok(cards) = read_vcards_str(trimmed) {
            if !cards.is_empty() {
                return with_raw(cards);
            }
        }
    }
    if let Some(card) = read_mecard(trimmed).or_else(|| read_bizcard(trimmed)) {
        return with_raw(vec![card]);
    }
    if let Some(network) = read_wifi(trimmed) {
        return ScannedPayload::Wifi(network);
    }
    let message = read_matmsg(trimmed)
        .or_else(|| read_mailto(trimmed))
        .or_else(|| read_tel(trimmed))
        .or_else(|| read_sms(trimmed));
    if let Some(message) = message {
        return message;
    }
    let one_token = !trimmed.chars().any(char::is_whitespace);
    if one_token {
        match wechat_link(trimmed) {
            Some(WeChatLink::Pay) => {
                return ScannedPayload::WeChatPay {
                    url: trimmed.to_owned(),
                }
            }
            Some(_) => {
                let mut card = ImportedCard::default();
                card.contact.wechat_qr = trimmed.to_owned();
                return with_raw(vec![card]);
            }
            None => {}
        }
        if let Some(profile) = linkedin_profile(trimmed) {
            let mut card = ImportedCard::default();
            card.contact.linkedin = profile;
            return with_raw(vec![card]);
        }
        if is_web_url(trimmed) {
            if let Some(host) = web_host(trimmed) {
                return ScannedPayload::Url {
                    url: trimmed.to_owned(),
                    host,
                };
            }
        }
        if is_email_address(trimmed) {
            return ScannedPayload::Email {
                to: vec![trimmed.to_owned()],
                subject: String::new(),
                body: String::new(),
            };
        }
    }
    if is_phone_number(trimmed) {
        return ScannedPayload::Phone {
            number: trimmed.to_owned(),
        };
    }
    ScannedPayload::Text(trimmed.to_owned())
}

impl ScannedPayload {
    /// A short stable name for the kind: `contacts`, `wechat_pay`, `url`,
    /// `phone`, `email`, `sms`, `wifi`, `text`, `binary`, `empty`.
    pub fn kind(&self) -> &'static str {
        match self {
            ScannedPayload::Contacts(_) => "contacts",
            ScannedPayload::WeChatPay { .. } => "wechat_pay",
            ScannedPayload::Url { .. } => "url",
            ScannedPayload::Phone { .. } => "phone",
            ScannedPayload::Email { .. } => "email",
            ScannedPayload::Sms { .. } => "sms",
            ScannedPayload::Wifi(_) => "wifi",
            ScannedPayload::Text(_) => "text",
            ScannedPayload::Binary { .. } => "binary",
            ScannedPayload::Empty => "empty",
        }
    }

    /// The contacts it holds; none for every other kind.
    pub fn into_contacts(self) -> Vec<ImportedCard> {
        match self {
            ScannedPayload::Contacts(cards) => cards,
            _ => Vec::new(),
        }
    }

    /// A link the UI may offer ("Open", "Call", "Write", "Text"), always one
    /// [`safe_link`] accepts: `http(s):`, `tel:`, `mailto:`, `sms:`. `None`
    /// for contacts, WeChat Pay, Wi-Fi, text, or anything unsafe.
    pub fn link(&self) -> Option<String> {
        let link = match self {
            ScannedPayload::Url { url, .. } => url.clone(),
            ScannedPayload::Phone { number } => format!("tel:{}", dialable(number)),
            ScannedPayload::Email { to, subject, body } => {
                let to: Vec<String> = to
                    .iter()
                    .map(|a| utf8_percent_encode(a, ADDRESS).to_string())
                    .collect();
                let mut link = format!("mailto:{}", to.join(","));
                let mut sep = '?';
                for (key, value) in [("subject", subject), ("body", body)] {
                    if !value.is_empty() {
                        link.push_str(&format!(
                            "{sep}{key}={}",
                            utf8_percent_encode(value, QUERY_VALUE)
                        ));
                        sep = '&';
                    }
                }
                link
            }
            ScannedPayload::Sms { number, body } => {
                let numbers: Vec<String> = number.split(',').map(dialable).collect();
                let mut link = format!("sms:{}", numbers.join(","));
                if !body.is_empty() {
                    link.push_str(&format!("?body={}", utf8_percent_encode(body, QUERY_VALUE)));
                }
                link
            }
            _ => return None,
        };
        safe_link(&link)
    }
}

/// Characters percent-encoded in a `mailto:` address.
const ADDRESS: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'@')
    .remove(b'.')
    .remove(b'-')
    .remove(b'_')
    .remove(b'+');
/// Characters percent-encoded in a query value (subject, body).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'.').remove(b'-').remove(b'_');

/// A phone number as a `tel:`/`sms:` link wants it: digits, `+`, `*`, `#`
/// (encoded), pauses; visual separators dropped.
fn dialable(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#' | 'p' | 'P' | 'w' | 'W'))
        .map(|c| {
            if c == '#' {
                "%23".to_owned()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// NUL bytes, or more than one byte in eight a control code: not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F)
        .count();
    bytes.contains(&0) || controls * 8 > bytes.len()
}

/// One address, nothing else: `name@domain.tld`.
fn is_email_address(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c))
}

/// A phone number and nothing else. Bare digits are often something else
/// (ticket or order numbers), so only `+`-prefixed international numbers
/// and Chinese mobile numbers (11 digits, `1[3-9]…`) count.
fn is_phone_number(text: &str) -> bool {
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || " -().+".contains(c))
    {
        return false;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let international = text.starts_with('+') && (7..=15).contains(&digits.len());
    let chinese_mobile = digits.len() == 11
        && digits.starts_with('1')
        && matches!(digits.as_bytes()[1], b'3'..=b'9')
        && !text.contains('+');
    international || chinese_mobile
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_addresses_and_numbers() {
        assert!(is_email_address("zhang.wei+events@example.com.cn"));
        for not in [
            "a@b", "@b.c", "a@.c", "a@b.", "a@b@c.d", "a b@c.d", "<a@b.c>", "a@b.c;",
        ] {
            assert!(!is_email_address(not), "{not}");
        }
        assert!(is_phone_number("+86 138 0013 8000"));
        assert!(is_phone_number("138-0013-8000"));
        assert!(is_phone_number("+1 (555) 010-0100"));
        for not in [
            "12345678",
            "2024",
            "+12",
            "23800138000",
            "138 0013 8000 ext",
            "+861380013800012345",
        ] {
            assert!(!is_phone_number(not), "{not}");
        }
    }

    #[test]
    fn binary() {
        assert!(looks_binary(b"a\0b"));
        assert!(looks_binary(b"\x01\x02\x03abc"));
        assert!(!looks_binary(b"line 1\r\nline 2\tx"));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn links_are_safe_and_encoded() {
        let email = ScannedPayload::Email {
            to: vec!["a@x.cn".into(), "b c@y.cn".into()],
            subject: "会后 & 跟进".into(),
            body: String::new(),
        };
        assert_eq!(
            email.link().as_deref(),
            Some("mailto:a@x.cn,b%20c@y.cn?subject=%E4%BC%9A%E5%90%8E%20%26%20%E8%B7%9F%E8%BF%9B")
        );
        let phone = ScannedPayload::Phone {
            number: "+86 (138) 0013-8000 #12".into(),
        };
        assert_eq!(phone.link().as_deref(), Some("tel:+8613800138000%2312"));
        let sms = ScannedPayload::Sms {
            number: "+1 555, 10086".into(),
            body: "hi there".into(),
        };
        assert_eq!(
            sms.link().as_deref(),
            Some("sms:+1555,10086?body=hi%20there")
        );
        let url = ScannedPayload::Url {
            url: "https://example.com".into(),
            host: "example.com".into(),
        };
        assert_eq!(url.link().as_deref(), Some("https://example.com"));
        assert_eq!(
            ScannedPayload::Text("javascript:alert(1)".into()).link(),
            None
        );
        assert_eq!(
            ScannedPayload::WeChatPay {
                url: "wxp://x".into()
            }
            .link(),
            None
        );
        assert_eq!(ScannedPayload::Contacts(vec![]).link(), None);
        assert_eq!(url.kind(), "url");
        assert_eq!(ScannedPayload::Empty.kind(), "empty");
    }
}
