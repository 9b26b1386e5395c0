//! vCard (2.1, 3.0, 4.0) → [`ImportedCard`]s.

use super::lines::{properties, RawProperty};
use super::text::{
    decode_base64, decode_charset, decode_quoted_printable, normalise_file, split_unescape,
    unescape,
};
use crate::model::photo::sniff_image_mime;
use crate::model::{
    Contact, Email, Phone, PhoneKind, PhotoData, PlaceKind, PostalAddress, ProfileLink, VcardParam,
    VcardProperty, WebLink,
};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One card read from a vCard file or QR code: a [`Contact`] with empty id,
/// revision 0 and zero timestamps (the caller fills them in), plus what
/// needs the caller's ids before it can be attached.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportedCard {
    pub contact: Contact,
    /// `CATEGORIES`, as names: the caller maps them to (new or existing) tag ids.
    pub tag_names: Vec<String>,
    /// An embedded `PHOTO`: the caller stores it and sets `contact.portrait`.
    pub portrait: Option<PhotoData>,
}

/// Why bytes could not be read as vCards at all. Problems inside a card
/// (a malformed line, an undecodable photo) are not errors: the rest of
/// the card is still worth having.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VcardError {
    /// Nothing but whitespace.
    Empty,
    /// Binary data (NUL bytes), e.g. an image picked by mistake.
    NotText,
    /// Text, but no `BEGIN:VCARD` in it.
    NoCard,
}

impl fmt::Display for VcardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            VcardError::Empty => "the file is empty",
            VcardError::NotText => "this is binary data, not a vCard text file",
            VcardError::NoCard => "no vCard found (no BEGIN:VCARD line)",
        })
    }
}

impl std::error::Error for VcardError {}

/// Reads every card in a vCard file or QR payload. Never panics; cards
/// missing `END:VCARD` at the end of the input (truncated QR codes) are kept.
pub fn read_vcards(input: &[u8]) -> Result<Vec<ImportedCard>, VcardError> {
    let input = normalise_file(input);
    if input.iter().all(u8::is_ascii_whitespace) {
        return Err(VcardError::Empty);
    }
    if input.contains(&0) {
        return Err(VcardError::NotText);
    }
    let mut cards = Vec::new();
    let mut open: Option<Vec<RawProperty>> = None;
    let mut saw_begin = false;
    for prop in properties(&input) {
        let value_is = |v: &str| prop.value.trim_ascii().eq_ignore_ascii_case(v.as_bytes());
        if prop.is("BEGIN") && value_is("VCARD") {
            saw_begin = true;
            // A BEGIN inside an open card: the previous one was cut short.
            if let Some(props) = open.replace(Vec::new()) {
                cards.push(build_card(props));
            }
        } else if prop.is("END") && value_is("VCARD") {
            if let Some(props) = open.take() {
                cards.push(build_card(props));
            }
        } else if let Some(props) = open.as_mut() {
            props.push(prop);
        }
    }
    if let Some(props) = open.take() {
        if !props.is_empty() {
            cards.push(build_card(props));
        }
    }
    if !saw_begin {
        return Err(VcardError::NoCard);
    }
    Ok(cards)
}

/// [`read_vcards`] for text already in a `String` (a decoded QR code).
pub fn read_vcards_str(input: &str) -> Result<Vec<ImportedCard>, VcardError> {
    read_vcards(input.as_bytes())
}

/// Property names dropped on import: card structure, or written afresh on export.
const STRUCTURAL: [&str; 4] = ["BEGIN", "END", "VERSION", "PRODID"];

fn build_card(props: Vec<RawProperty>) -> ImportedCard {
    let mut card = ImportedCard::default();
    let c = &mut card.contact;
    let mut nickname = None;
    let mut explicit_alias = None;
    // URLs are sorted out last, so explicit WeChat/LinkedIn properties win
    // over links that merely look like theirs.
    let mut urls: Vec<WebLink> = Vec::new();
    // Groups whose X-ABLabel a known property has taken as its label.
    let mut labelled_groups: HashSet<String> = HashSet::new();

    // Apple-style labels: `item1.X-ABLabel` names what `item1.TEL` is.
    let mut group_labels: HashMap<String, String> = HashMap::new();
    for prop in props
        .iter()
        .filter(|p| p.is("X-ABLABEL") && !p.group.is_empty())
    {
        group_labels
            .entry(prop.group.to_ascii_lowercase())
            .or_insert_with(|| apple_label(&text_value(prop)));
    }
    let label_of = |prop: &RawProperty| -> String {
        group_labels
            .get(&prop.group.to_ascii_lowercase())
            .cloned()
            .unwrap_or_default()
    };

    for prop in &props {
        let name = prop.name.to_ascii_uppercase();
        if STRUCTURAL.contains(&name.as_str()) {
            continue;
        }
        let mut took_label = false;
        match name.as_str() {
            "FN" => c.name.formatted = unescape(&text_value(prop)).trim().to_owned(),
            "N" => {
                let mut parts = split_unescape(&text_value(prop), ';')
                    .into_iter()
                    .map(|s| s.trim().to_owned());
                c.name.family = parts.next().unwrap_or_default();
                c.name.given = parts.next().unwrap_or_default();
                c.name.additional = parts.next().unwrap_or_default();
                c.name.prefix = parts.next().unwrap_or_default();
                c.name.suffix = parts.next().unwrap_or_default();
            }
            "NICKNAME" => {
                let names: Vec<String> = split_unescape(&text_value(prop), ',')
                    .into_iter()
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect();
                nickname.get_or_insert(names.join(", "));
            }
            "X-MINGPIAN-ALIAS" => {
                explicit_alias.get_or_insert(unescape(&text_value(prop)));
            }
            "ORG" => {
                let mut parts = split_unescape(&text_value(prop), ';')
                    .into_iter()
                    .map(|s| s.trim().to_owned());
                c.organization = parts.next().unwrap_or_default();
                c.department = parts
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            "TITLE" => c.title = unescape(&text_value(prop)).trim().to_owned(),
            "TEL" => {
                let number = strip_scheme(unescape(&text_value(prop)).trim(), "tel:");
                if !number.is_empty() {
                    let label = label_of(prop);
                    let (kind, label) = phone_kind(prop, label);
                    took_label = true;
                    c.phones.push(Phone {
                        kind,
                        number,
                        label,
                    });
                }
            }
            "EMAIL" => {
                let address = strip_scheme(unescape(&text_value(prop)).trim(), "mailto:");
                if !address.is_empty() {
                    let (kind, label) = place_kind(prop, label_of(prop));
                    took_label = true;
                    c.emails.push(Email {
                        kind,
                        address,
                        label,
                    });
                }
            }
            "URL" => {
                let url = unescape(&text_value(prop)).trim().to_owned();
                if !url.is_empty() {
                    took_label = true;
                    urls.push(WebLink {
                        url,
                        label: label_of(prop),
                    });
                }
            }
            "ADR" => {
                let mut parts = split_unescape(&text_value(prop), ';')
                    .into_iter()
                    .map(|s| s.trim().to_owned());
                let (kind, label) = place_kind(prop, label_of(prop));
                took_label = true;
                let address = PostalAddress {
                    kind,
                    label,
                    po_box: parts.next().unwrap_or_default(),
                    extended: parts.next().unwrap_or_default(),
                    street: parts.next().unwrap_or_default(),
                    locality: parts.next().unwrap_or_default(),
                    region: parts.next().unwrap_or_default(),
                    postal_code: parts.next().unwrap_or_default(),
                    country: parts.next().unwrap_or_default(),
                };
                if !address.is_empty() {
                    c.addresses.push(address);
                }
            }
            "NOTE" => {
                let note = unescape(&text_value(prop)).trim().to_owned();
                if !note.is_empty() {
                    if !c.description.is_empty() {
                        c.description.push_str("\n\n");
                    }
                    c.description.push_str(&note);
                }
            }
            "CATEGORIES" => {
                for tag in split_unescape(&text_value(prop), ',') {
                    let tag = tag.trim();
                    if !tag.is_empty() && !card.tag_names.iter().any(|t| t == tag) {
                        card.tag_names.push(tag.to_owned());
                    }
                }
            }
            "X-WECHAT" | "X-WEIXIN" => {
                let value = unescape(&text_value(prop)).trim().to_owned();
                if is_web_link(&value) {
                    set_once(&mut c.wechat_qr, value);
                } else {
                    set_once(&mut c.wechat_id, value);
                }
            }
            "X-LINKEDIN" => set_once(
                &mut c.linkedin,
                unescape(&text_value(prop)).trim().to_owned(),
            ),
            "X-SOCIALPROFILE" | "SOCIALPROFILE" => {
                let service = ["SERVICE-TYPE", "X-SERVICE-TYPE", "TYPE"]
                    .iter()
                    .find_map(|p| prop.param(p))
                    .unwrap_or("")
                    .to_lowercase();
                let mut value = unescape(&text_value(prop)).trim().to_owned();
                if value.is_empty() {
                    value = prop.param("X-USER").unwrap_or("").to_owned();
                }
                match service.as_str() {
                    "linkedin" => set_once(&mut c.linkedin, value),
                    "wechat" | "weixin" if !is_web_link(&value) => {
                        set_once(&mut c.wechat_id, strip_scheme(&value, "x-apple:"))
                    }
                    _ if !value.is_empty() => c.profiles.push(ProfileLink {
                        service,
                        url: value,
                    }),
                    _ => {}
                }
            }
            "IMPP" if is_wechat_impp(prop) => {
                let value = unescape(&text_value(prop)).trim().to_owned();
                let id = ["x-apple:", "weixin:", "wechat:"]
                    .iter()
                    .fold(value, |v, scheme| strip_scheme(&v, scheme));
                set_once(&mut c.wechat_id, id);
            }
            "PHOTO" if card.portrait.is_none() => match embedded_photo(prop) {
                Some(photo) => card.portrait = Some(photo),
                // A photo by URL, or one we cannot decode: keep it as it was.
                None => c.vcard_extra.push(keep_verbatim(prop)),
            },
            "X-ABLABEL" => continue, // decided below, once we know who used it
            _ => c.vcard_extra.push(keep_verbatim(prop)),
        }
        if took_label && !prop.group.is_empty() {
            labelled_groups.insert(prop.group.to_ascii_lowercase());
        }
    }
    // Labels nobody took (e.g. on an X-ABDATE) stay with their property.
    for prop in props.iter().filter(|p| p.is("X-ABLABEL")) {
        if !labelled_groups.contains(&prop.group.to_ascii_lowercase()) {
            c.vcard_extra.push(keep_verbatim(prop));
        }
    }
    for link in urls {
        let lower_label = link.label.to_lowercase();
        if c.wechat_qr.is_empty()
            && (is_wechat_link(&link.url)
                || ["wechat", "weixin", "微信"].contains(&lower_label.as_str()))
        {
            c.wechat_qr = link.url;
        } else if c.linkedin.is_empty() && is_linkedin_link(&link.url) {
            c.linkedin = link.url;
        } else {
            c.urls.push(link);
        }
    }
    c.alias = explicit_alias
        .or(nickname)
        .unwrap_or_default()
        .trim()
        .to_owned();
    card
}

/// A property's value as text: transfer encoding undone, charset applied,
/// escapes still in place.
fn text_value(prop: &RawProperty) -> String {
    let bytes = if prop.is_quoted_printable() {
        decode_quoted_printable(&prop.value)
    } else {
        prop.value.clone()
    };
    decode_charset(&bytes, prop.param("CHARSET"))
}

/// The property as found, minus the transfer encoding and charset we undid.
fn keep_verbatim(prop: &RawProperty) -> VcardProperty {
    let params: Vec<VcardParam> = prop
        .params
        .iter()
        .filter(|p| {
            !(p.name.eq_ignore_ascii_case("CHARSET")
                || (p.name.eq_ignore_ascii_case("ENCODING") && !prop.is_base64()))
        })
        .cloned()
        .collect();
    VcardProperty {
        group: prop.group.clone(),
        name: prop.name.clone(),
        params,
        value: text_value(prop),
    }
}

/// Apple's built-in labels are written `_$!<Mobile>!$_`; show them plainly.
fn apple_label(raw: &str) -> String {
    let label = unescape(raw);
    let label = label.trim();
    label
        .strip_prefix("_$!<")
        .and_then(|l| l.strip_suffix(">!$_"))
        .unwrap_or(label)
        .to_owned()
}

fn phone_kind(prop: &RawProperty, label: String) -> (PhoneKind, String) {
    let has = |t: &str| prop.has_type(t);
    let label_lower = label.to_lowercase();
    let kind = if has("FAX") || label_lower.contains("fax") {
        PhoneKind::Fax
    } else if has("CELL")
        || has("MOBILE")
        || has("IPHONE")
        || ["mobile", "iphone", "手机"].contains(&label_lower.as_str())
    {
        PhoneKind::Cell
    } else if has("WORK") {
        PhoneKind::Work
    } else if has("HOME") {
        PhoneKind::Home
    } else {
        PhoneKind::Other
    };
    // A label that only restates the kind is not worth keeping.
    let redundant = [
        "mobile", "iphone", "work", "home", "workfax", "homefax", "fax", "other", "main", "手机",
    ];
    let label = if redundant.contains(&label_lower.as_str()) {
        String::new()
    } else {
        label
    };
    (kind, label)
}

fn place_kind(prop: &RawProperty, label: String) -> (PlaceKind, String) {
    let label_lower = label.to_lowercase();
    let kind = if prop.has_type("WORK") || label_lower == "work" {
        PlaceKind::Work
    } else if prop.has_type("HOME") || label_lower == "home" {
        PlaceKind::Home
    } else {
        PlaceKind::Other
    };
    let label = if ["work", "home", "other"].contains(&label_lower.as_str()) {
        String::new()
    } else {
        label
    };
    (kind, label)
}

fn embedded_photo(prop: &RawProperty) -> Option<PhotoData> {
    let (bytes, declared) = if prop.is_base64() {
        let declared = prop
            .param("MEDIATYPE")
            .or(prop.param("TYPE"))
            .map(str::to_owned);
        (decode_base64(&prop.value)?, declared)
    } else {
        // vCard 4.0: data:image/jpeg;base64,....
        let value = prop.value.trim_ascii();
        let rest = value
            .get(..5)
            .filter(|s| s.eq_ignore_ascii_case(b"data:"))
            .map(|_| &value[5..])?;
        let comma = rest.iter().position(|&b| b == b',')?;
        let header = String::from_utf8_lossy(&rest[..comma]).to_ascii_lowercase();
        let mime = header.strip_suffix(";base64")?.to_owned();
        (decode_base64(&rest[comma + 1..])?, Some(mime))
    };
    if bytes.is_empty() {
        return None;
    }
    let mime = match sniff_image_mime(&bytes) {
        Some(sniffed) => sniffed.to_owned(),
        None => match declared.map(|d| d.to_ascii_lowercase()) {
            Some(d) if d.contains('/') => d,
            Some(d) if !d.is_empty() => format!("image/{d}"),
            _ => "application/octet-stream".to_owned(),
        },
    };
    Some(PhotoData { mime, bytes })
}

fn is_wechat_impp(prop: &RawProperty) -> bool {
    let service = prop.param("X-SERVICE-TYPE").unwrap_or("").to_lowercase();
    let value = String::from_utf8_lossy(&prop.value).to_lowercase();
    service == "wechat"
        || service == "weixin"
        || value.starts_with("weixin:")
        || value.starts_with("wechat:")
}

fn set_once(field: &mut String, value: String) {
    if field.is_empty() {
        *field = value;
    }
}

fn strip_scheme(value: &str, scheme: &str) -> String {
    match value.get(..scheme.len()) {
        Some(head) if head.eq_ignore_ascii_case(scheme) => value[scheme.len()..].trim().to_owned(),
        _ => value.trim().to_owned(),
    }
}

fn is_web_link(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn host_of(url: &str) -> String {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.split_once("://").map(|(_, r)| r).unwrap_or(&lower);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .rsplit('@')
        .next()
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_owned()
}

fn host_is(url: &str, domain: &str) -> bool {
    let host = host_of(url);
    host == domain || host.ends_with(&format!(".{domain}"))
}

fn is_linkedin_link(url: &str) -> bool {
    host_is(url, "linkedin.com")
}

fn is_wechat_link(url: &str) -> bool {
    host_is(url, "u.wechat.com")
        || host_is(url, "weixin.qq.com")
        || url.to_ascii_lowercase().starts_with("weixin://")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> ImportedCard {
        let mut cards = read_vcards_str(text).unwrap();
        assert_eq!(cards.len(), 1, "{cards:?}");
        cards.remove(0)
    }

    #[test]
    fn errors_for_non_vcards() {
        assert_eq!(read_vcards(b""), Err(VcardError::Empty));
        assert_eq!(read_vcards(b" \r\n"), Err(VcardError::Empty));
        assert_eq!(
            read_vcards(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(VcardError::NotText)
        );
        assert_eq!(read_vcards(b"MECARD:N:Doe;;"), Err(VcardError::NoCard));
        assert_eq!(
            read_vcards_str("https://example.com"),
            Err(VcardError::NoCard)
        );
        assert!(VcardError::NoCard.to_string().contains("BEGIN:VCARD"));
    }

    #[test]
    fn reads_a_minimal_qr_card_without_end() {
        let card = one("BEGIN:VCARD\nVERSION:3.0\nFN:张伟\nTEL:+86 138 0013 8000");
        assert_eq!(card.contact.name.formatted, "张伟");
        assert_eq!(card.contact.phones[0].number, "+86 138 0013 8000");
        assert_eq!(card.contact.phones[0].kind, PhoneKind::Other);
    }

    #[test]
    fn maps_wechat_linkedin_and_profiles() {
        let card = one(concat!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Na\r\n",
            "URL:https://www.linkedin.com/in/lina\r\n",
            "X-SOCIALPROFILE;type=linkedin:https://linkedin.com/in/li-na-explicit\r\n",
            "X-WEIXIN:lina_wx\r\n",
            "URL:https://u.wechat.com/EMx3abc\r\n",
            "X-SOCIALPROFILE;type=twitter;x-user=lina:\r\n",
            "IMPP;X-SERVICE-TYPE=Skype:skype:lina\r\n",
            "END:VCARD\r\n"
        ));
        let c = card.contact;
        assert_eq!(c.linkedin, "https://linkedin.com/in/li-na-explicit");
        assert_eq!(
            c.urls,
            vec![WebLink::new("https://www.linkedin.com/in/lina")]
        );
        assert_eq!(c.wechat_id, "lina_wx");
        assert_eq!(c.wechat_qr, "https://u.wechat.com/EMx3abc");
        assert_eq!(
            c.profiles,
            vec![ProfileLink {
                service: "twitter".into(),
                url: "lina".into()
            }]
        );
        assert_eq!(c.vcard_extra.len(), 1);
        assert_eq!(c.vcard_extra[0].name, "IMPP");
    }

    #[test]
    fn alias_prefers_mingpian_property_over_nickname() {
        let card = one("BEGIN:VCARD\nNICKNAME:Wei,Big W\nEND:VCARD");
        assert_eq!(card.contact.alias, "Wei, Big W");
        let card = one("BEGIN:VCARD\nNICKNAME:Wei\nX-MINGPIAN-ALIAS:老张\\, 深圳\nEND:VCARD");
        assert_eq!(card.contact.alias, "老张, 深圳");
    }

    #[test]
    fn large_address_book() {
        let mut file = String::new();
        for i in 0..2000 {
            file.push_str(&format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:联系人 {i}\r\nitem{i}.TEL:{i}\r\nitem{i}.X-ABLabel:L{i}\r\nEND:VCARD\r\n"
            ));
        }
        // One card with many grouped properties: label lookup must not be quadratic.
        file.push_str("BEGIN:VCARD\r\n");
        for i in 0..20_000 {
            file.push_str(&format!(
                "g{i}.URL:https://e.example/{i}\r\ng{i}.X-ABLabel:x{i}\r\n"
            ));
        }
        file.push_str("END:VCARD\r\n");
        let cards = read_vcards_str(&file).unwrap();
        assert_eq!(cards.len(), 2001);
        assert_eq!(cards[1999].contact.phones[0].label, "L1999");
        assert_eq!(cards[2000].contact.urls.len(), 20_000);
        assert_eq!(cards[2000].contact.urls[19_999].label, "x19999");
        assert!(cards[2000].contact.vcard_extra.is_empty());
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        let samples: [&[u8]; 10] = [
            b"BEGIN:VCARD\nPHOTO;ENCODING=b:!!!!\nEND:VCARD",
            b"BEGIN:VCARD\nPHOTO:data:\nPHOTO:data:image/png;base64\nEND:VCARD",
            b"BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE:=\nFN;ENCODING=QUOTED-PRINTABLE:=E5=",
            b"BEGIN:VCARD\nX-;\"\"\"::\n;;;:\nTEL;TYPE=\"unclosed:1\n\xff\xfe\xfd:\x80",
            b"BEGIN:VCARD\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nBEGIN:VCARD",
            b"begin:vcard\nfn:\\\nn:\\;\\\nend:vcard",
            b"BEGIN:VCARD\r\r\r\n\n \n\t\nFN:x\nEND:VCARD",
            b"BEGIN:VCARD\nitem1.:x\n.TEL:1\na.b.c.TEL:2\nX-ABLabel:\nEND:VCARD",
            b"BEGIN:VCARD\nTEL;CHARSET=UTF-16:\xd8\x00\nEND:VCARD",
            b"\xef\xbb\xbfBEGIN:VCARD\nURL:http://[::1\nEND:VCARD",
        ];
        for sample in samples {
            let _ = read_vcards(sample);
        }
        // Every byte value, every prefix length of a realistic card.
        let card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=D5=C5;=CE=B0\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n\r\nEND:VCARD\r\n";
        for len in 0..card.len() {
            let _ = read_vcards(&card[..len]);
        }
        for b in 0..=255u8 {
            let mut bytes = card.to_vec();
            bytes[40] = b;
            let _ = read_vcards(&bytes);
        }
    }
}
