//! Ways to reach someone that a QR code can carry without being a card:
//! `tel:`, `mailto:` and `MATMSG:` (e-mail), `sms:`, `smsto:` and `SMSTO:`.

use super::fields::{tagged_fields, unescape};
use super::link::strip_prefix_ignore_case;
use super::qr_text::decode_qr_text;
use super::ScannedPayload;
use percent_encoding::percent_decode_str;

/// `tel:NUMBER` → [`ScannedPayload::Phone`].
pub(super) fn read_tel(text: &str) -> Option<ScannedPayload> {
    let rest = strip_prefix_ignore_case(text, "tel:")?;
    let number = percent_decoded(rest.trim_start_matches('/'));
    let number = number.trim();
    (!number.is_empty()).then(|| ScannedPayload::Phone {
        number: number.to_owned(),
    })
}

/// `mailto:a@x,b@y?subject=…&body=…&cc=…` (RFC 6068) → [`ScannedPayload::Email`].
pub(super) fn read_mailto(text: &str) -> Option<ScannedPayload> {
    let rest = strip_prefix_ignore_case(text, "mailto:")?;
    let (addresses, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut to = address_list(&percent_decoded(addresses));
    let (mut subject, mut body) = (String::new(), String::new());
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            "to" | "cc" | "bcc" => to.extend(address_list(&value)),
            "subject" if subject.is_empty() => subject = value,
            "body" if body.is_empty() => body = value,
            _ => {}
        }
    }
    Some(ScannedPayload::Email { to, subject, body })
}

/// `MATMSG:TO:a@x;SUB:…;BODY:…;;` (DoCoMo) → [`ScannedPayload::Email`].
pub(super) fn read_matmsg(text: &str) -> Option<ScannedPayload> {
    let body_fields = strip_prefix_ignore_case(text, "MATMSG:")?;
    let (mut to, mut subject, mut body) = (Vec::new(), String::new(), String::new());
    for (name, value) in tagged_fields(body_fields) {
        let value = unescape(value);
        match name.as_str() {
            "TO" => to.extend(address_list(&value)),
            "SUB" if subject.is_empty() => subject = value,
            "BODY" if body.is_empty() => body = value,
            _ => {}
        }
    }
    Some(ScannedPayload::Email { to, subject, body })
}

/// `sms:NUMBER?body=…` (RFC 5724; iOS writes `&body=`), `smsto:NUMBER:BODY`
/// and `SMSTO:NUMBER:BODY` (ZXing) → [`ScannedPayload::Sms`].
pub(super) fn read_sms(text: &str) -> Option<ScannedPayload> {
    let rest = strip_prefix_ignore_case(text, "smsto:")
        .or_else(|| strip_prefix_ignore_case(text, "sms:"))?;
    let rest = rest.trim_start_matches('/');
    let colon = rest.find(':');
    let query = rest.find(['?', '&']);
    let (number, body) = if let Some(c) = colon.filter(|&c| query.is_none_or(|q| c < q)) {
        // ZXing's form: the message is plain text, colons, `?` and all.
        (percent_decoded(&rest[..c]), rest[c + 1..].to_owned())
    } else if let Some(q) = query {
        let body = query_pairs(&rest[q + 1..])
            .into_iter()
            .find(|(key, _)| key == "body")
            .map(|(_, value)| value)
            .unwrap_or_default();
        (percent_decoded(&rest[..q]), body)
    } else {
        (percent_decoded(rest), String::new())
    };
    let number = number.trim().to_owned();
    (!number.is_empty() || !body.is_empty()).then_some(ScannedPayload::Sms { number, body })
}

/// A percent-encoded URI part as text; the bytes go through the same
/// charset detection as the QR code (some Chinese generators encode GBK).
fn percent_decoded(part: &str) -> String {
    let bytes: Vec<u8> = percent_decode_str(part).collect();
    decode_qr_text(&bytes)
}

/// `key=value&…`, keys lower-cased, both percent-decoded.
fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent_decoded(key).to_ascii_lowercase(),
                percent_decoded(value),
            )
        })
        .collect()
}

fn address_list(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(to: &[&str], subject: &str, body: &str) -> Option<ScannedPayload> {
        Some(ScannedPayload::Email {
            to: to.iter().map(|s| s.to_string()).collect(),
            subject: subject.into(),
            body: body.into(),
        })
    }

    fn sms(number: &str, body: &str) -> Option<ScannedPayload> {
        Some(ScannedPayload::Sms {
            number: number.into(),
            body: body.into(),
        })
    }

    #[test]
    fn tel() {
        let phone = |n: &str| Some(ScannedPayload::Phone { number: n.into() });
        assert_eq!(
            read_tel("tel:+86-138-0013-8000"),
            phone("+86-138-0013-8000")
        );
        assert_eq!(read_tel("TEL:+1%20555%200100"), phone("+1 555 0100"));
        assert_eq!(read_tel("tel://10086"), phone("10086"));
        assert_eq!(read_tel("tel:"), None);
        assert_eq!(read_tel("telephone"), None);
    }

    #[test]
    fn mailto() {
        assert_eq!(
            read_mailto("mailto:zhangwei@example.cn"),
            email(&["zhangwei@example.cn"], "", "")
        );
        assert_eq!(
            read_mailto("MAILTO:a@x.com,b@y.com?subject=%E4%BD%A0%E5%A5%BD%20there&body=Line%201%0ALine%202&cc=c@z.com"),
            email(&["a@x.com", "b@y.com", "c@z.com"], "你好 there", "Line 1\nLine 2")
        );
        assert_eq!(
            read_mailto("mailto:?to=a%40x.com&SUBJECT=a+b%26c"),
            email(&["a@x.com"], "a+b&c", "")
        );
        // GBK percent-encoded, as some Chinese generators write it.
        assert_eq!(
            read_mailto("mailto:li@x.cn?subject=%D5%C5%CE%B0"),
            email(&["li@x.cn"], "张伟", "")
        );
        assert_eq!(read_mailto("mailto:%zz?body=%"), email(&["%zz"], "", "%"));
    }

    #[test]
    fn matmsg() {
        assert_eq!(
            read_matmsg(
                "MATMSG:TO:li.na@example.cn;SUB:会后跟进\\; 资料;BODY:你好，附上资料\\: 见附件;;"
            ),
            email(
                &["li.na@example.cn"],
                "会后跟进; 资料",
                "你好，附上资料: 见附件"
            )
        );
        assert_eq!(read_matmsg("MATMSG:;;"), email(&[], "", ""));
    }

    #[test]
    fn sms_forms() {
        assert_eq!(
            read_sms("sms:+8613800138000?body=%E4%BD%A0%E5%A5%BD"),
            sms("+8613800138000", "你好")
        );
        assert_eq!(read_sms("sms:+15550100&body=Hi"), sms("+15550100", "Hi"));
        assert_eq!(
            read_sms("sms:+15550100,+15550101"),
            sms("+15550100,+15550101", "")
        );
        assert_eq!(
            read_sms("SMSTO:10086:CXLL: 查询流量 100%"),
            sms("10086", "CXLL: 查询流量 100%")
        );
        assert_eq!(read_sms("smsto:+15550100?body=ok"), sms("+15550100", "ok"));
        assert_eq!(
            read_sms("SMSTO:10086:How are you? Fish & chips"),
            sms("10086", "How are you? Fish & chips")
        );
        assert_eq!(read_sms("sms:"), None);
        assert_eq!(read_sms("smsto::only body"), sms("", "only body"));
    }
}
