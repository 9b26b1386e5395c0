//! `sms:` and `mailto:` links that open the phone's own apps with a message
//! filled in, and the Bcc email that carries one message to many people.
//!
//! Encoding follows RFC 6068 (mailto) and RFC 5724 (sms): UTF-8,
//! percent-encoded; spaces are `%20` (a `+` would stay a plus in mail apps);
//! line breaks in an email body are `%0D%0A`.

use std::collections::HashMap;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but RFC 3986's unreserved characters is encoded.
const VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');
/// In an address list `@` may stay as it is; `,` separates addresses.
const ADDRESS: &AsciiSet = &VALUE.remove(b'@');

/// A length every mail app opens: Outlook and older Windows handlers cut
/// links beyond about 2,000 characters; phones take more, but a draft that
/// silently loses recipients is worse than two drafts.
pub const MAILTO_LIMIT: usize = 2000;

fn encode(text: &str, set: &'static AsciiSet) -> String {
    utf8_percent_encode(text, set).to_string()
}

/// Line breaks as CRLF, which RFC 6068 asks of a mailto body.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n")
}

/// `sms:+8613800138000?body=…`. The number keeps only digits and a leading
/// `+`, as the Messages apps expect.
pub fn sms_link(number: &str, body: &str) -> String {
    let trimmed = number.trim();
    let mut digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if trimmed.starts_with('+') {
        digits.insert(0, '+');
    }
    let body = body.replace("\r\n", "\n");
    if body.is_empty() {
        format!("sms:{digits}")
    } else {
        format!("sms:{digits}?body={}", encode(&body, VALUE))
    }
}

/// `mailto:` to one address with a subject and body.
pub fn mailto_link(to: &str, subject: &str, body: &str) -> String {
    let mut link = format!("mailto:{}", encode(to.trim(), ADDRESS));
    link.push_str(&mail_fields(subject, body, '?'));
    link
}

fn mail_fields(subject: &str, body: &str, first: char) -> String {
    let mut fields = String::new();
    let mut sep = first;
    if !subject.trim().is_empty() {
        fields.push(sep);
        fields.push_str("subject=");
        fields.push_str(&encode(subject.trim(), VALUE));
        sep = '&';
    }
    if !body.is_empty() {
        fields.push(sep);
        fields.push_str("body=");
        fields.push_str(&encode(&crlf(body), VALUE));
    }
    fields
}

/// One email draft with many people in Bcc.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BccDraft {
    pub link: String,
    /// Positions (in the list given to [`bcc_drafts`]) of the people in it.
    pub recipients: Vec<usize>,
}

/// The subject and body do not fit in a link even with one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageTooLong {
    pub length: usize,
    pub limit: usize,
}

/// As few `mailto:?bcc=…` drafts as fit in `limit` characters each, every
/// address in exactly one of them (an address given twice is sent once; its
/// second owner rides in the same draft). Order is kept.
pub fn bcc_drafts(
    addresses: &[&str],
    subject: &str,
    body: &str,
    limit: usize,
) -> Result<Vec<BccDraft>, MessageTooLong> {
    let fields = mail_fields(subject, body, '&');
    let prefix = "mailto:?bcc=";
    let fixed = prefix.len() + fields.len();
    let mut drafts: Vec<BccDraft> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut list = String::new();
    // Address (lower-cased) → the draft it went into.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let flush = |list: &mut String, current: &mut Vec<usize>, drafts: &mut Vec<BccDraft>| {
        if !current.is_empty() {
            drafts.push(BccDraft {
                link: format!("{prefix}{list}{fields}"),
                recipients: std::mem::take(current),
            });
            list.clear();
        }
    };
    for (i, address) in addresses.iter().enumerate() {
        let key = address.trim().to_lowercase();
        if let Some(&draft) = seen.get(&key) {
            match drafts.get_mut(draft) {
                Some(done) => done.recipients.push(i),
                None => current.push(i),
            }
            continue;
        }
        let encoded = encode(address.trim(), ADDRESS);
        let extra = encoded.len() + usize::from(!list.is_empty());
        if fixed + encoded.len() > limit {
            return Err(MessageTooLong { length: fixed + encoded.len(), limit });
        }
        if fixed + list.len() + extra > limit {
            flush(&mut list, &mut current, &mut drafts);
        }
        if !list.is_empty() {
            list.push(',');
        }
        list.push_str(&encoded);
        current.push(i);
        seen.insert(key, drafts.len());
    }
    flush(&mut list, &mut current, &mut drafts);
    Ok(drafts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::percent_decode_str;

    fn decode(s: &str) -> String {
        percent_decode_str(s).decode_utf8().unwrap().into_owned()
    }

    #[test]
    fn sms_link_encodes_cjk_and_line_breaks() {
        let link = sms_link("+86 138-0013-8000", "你好 Li,\n见面 & 聊聊? 100%");
        assert_eq!(
            link,
            "sms:+8613800138000?body=%E4%BD%A0%E5%A5%BD%20Li%2C%0A%E8%A7%81%E9%9D%A2%20%26%20%E8%81%8A%E8%81%8A%3F%20100%25"
        );
        assert_eq!(decode(link.split_once("body=").unwrap().1), "你好 Li,\n见面 & 聊聊? 100%");
        assert_eq!(sms_link("(021) 555", ""), "sms:021555");
    }

    #[test]
    fn mailto_link_with_subject_and_body() {
        let link = mailto_link("li+events@acme.example", "Demo day", "Hi Li,\nsee you.");
        assert_eq!(link, "mailto:li%2Bevents@acme.example?subject=Demo%20day&body=Hi%20Li%2C%0D%0Asee%20you.");
        assert_eq!(mailto_link("a@b.example", "", ""), "mailto:a@b.example");
        assert_eq!(mailto_link("a@b.example", "", "x"), "mailto:a@b.example?body=x");
    }

    #[test]
    fn bcc_fits_everyone_in_one_draft_when_short() {
        let drafts = bcc_drafts(&["a@x.example", "b@y.example"], "Hello", "Body text", MAILTO_LIMIT).unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].link, "mailto:?bcc=a@x.example,b@y.example&subject=Hello&body=Body%20text");
        assert_eq!(drafts[0].recipients, [0, 1]);
    }

    #[test]
    fn bcc_splits_by_length_and_keeps_everyone_once() {
        let addresses: Vec<String> = (0..300).map(|i| format!("person.{i:03}@company-{}.example", i % 7)).collect();
        let refs: Vec<&str> = addresses.iter().map(String::as_str).collect();
        let body = "感谢参加 demo day！资料：https://example.com/slides?x=1&y=2\n".repeat(3);
        let drafts = bcc_drafts(&refs, "Demo day 演示日", &body, MAILTO_LIMIT).unwrap();
        assert!(drafts.len() > 1);
        let mut all: Vec<usize> = Vec::new();
        for draft in &drafts {
            assert!(draft.link.len() <= MAILTO_LIMIT, "{} > limit", draft.link.len());
            let (bcc, fields) = draft.link.trim_start_matches("mailto:?bcc=").split_once('&').unwrap();
            let listed: Vec<&str> = bcc.split(',').collect();
            assert_eq!(listed.len(), draft.recipients.len());
            for (address, i) in listed.iter().zip(&draft.recipients) {
                assert_eq!(*address, refs[*i]);
            }
            assert!(fields.starts_with("subject=Demo%20day%20"));
            assert!(decode(fields).contains("感谢参加 demo day！"));
            assert!(fields.contains("%0D%0A"));
            all.extend(&draft.recipients);
        }
        assert_eq!(all, (0..300).collect::<Vec<_>>());
        // Greedy packing: no draft could have taken the next one's first address.
        for pair in drafts.windows(2) {
            let next = refs[pair[1].recipients[0]];
            assert!(pair[0].link.len() + 1 + next.len() > MAILTO_LIMIT);
        }
    }

    #[test]
    fn bcc_sends_a_shared_address_once() {
        let drafts = bcc_drafts(&["Team@Acme.example", "b@x.example", "team@acme.example"], "", "Hi", 60).unwrap();
        let links: Vec<&str> = drafts.iter().map(|d| d.link.as_str()).collect();
        assert_eq!(links, ["mailto:?bcc=Team@Acme.example,b@x.example&body=Hi"]);
        assert_eq!(drafts[0].recipients, [0, 1, 2]);
    }

    #[test]
    fn a_message_too_long_for_any_link_is_refused() {
        let body = "x".repeat(MAILTO_LIMIT);
        assert_eq!(
            bcc_drafts(&["a@b.example"], "", &body, MAILTO_LIMIT),
            Err(MessageTooLong { length: "mailto:?bcc=a@b.example&body=".len() + MAILTO_LIMIT, limit: MAILTO_LIMIT })
        );
        assert_eq!(bcc_drafts(&[], "", "hi", MAILTO_LIMIT), Ok(vec![]));
    }
}
