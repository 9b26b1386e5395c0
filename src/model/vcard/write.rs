//! [`Contact`] → vCard 3.0, the version iPhone and Android address books
//! and camera apps read most reliably.

use super::text::{encode_base64, escape};
use crate::model::{find_tag, Contact, PhoneKind, Photo, PlaceKind, Tag, VcardProperty};

/// Product id written into every card.
const PRODID: &str = "-//Mingpian//Mingpian 名片//EN";
/// RFC 2425/6350: lines SHOULD be at most 75 octets, not counting the line break.
const MAX_LINE_OCTETS: usize = 75;

/// Writes one contact as a vCard 3.0 card (CRLF line ends, folded).
///
/// `tags` resolves the contact's tag ids to names for `CATEGORIES`; ids
/// with no tag are left out. `portrait` is the photo `contact.portrait`
/// refers to, embedded as base64 if given. App-only data (ids, revision,
/// event, card photo) is not part of a vCard and is not written.
pub fn write_vcard(contact: &Contact, tags: &[Tag], portrait: Option<&Photo>) -> String {
    let mut out = CardWriter {
        text: String::new(),
        next_group: 0,
        taken_groups: Vec::new(),
    };
    out.taken_groups = contact
        .vcard_extra
        .iter()
        .map(|p| p.group.to_ascii_lowercase())
        .collect();
    out.line("BEGIN:VCARD");
    out.line("VERSION:3.0");
    out.line(&format!("PRODID:{PRODID}"));

    let n = &contact.name;
    out.line(&format!(
        "N:{}",
        [&n.family, &n.given, &n.additional, &n.prefix, &n.suffix]
            .map(|s| escape(s))
            .join(";")
    ));
    // FN is required; a card with no name gets what lists would show.
    let formatted = if n.formatted.trim().is_empty() {
        contact.display_name()
    } else {
        n.formatted.clone()
    };
    out.line(&format!("FN:{}", escape(&formatted)));
    if !contact.alias.is_empty() {
        out.line(&format!("NICKNAME:{}", escape(&contact.alias)));
        out.line(&format!("X-MINGPIAN-ALIAS:{}", escape(&contact.alias)));
    }
    if !contact.organization.is_empty() || !contact.department.is_empty() {
        out.line(&format!(
            "ORG:{};{}",
            escape(&contact.organization),
            escape(&contact.department)
        ));
    }
    if !contact.title.is_empty() {
        out.line(&format!("TITLE:{}", escape(&contact.title)));
    }
    for phone in &contact.phones {
        let kind = match phone.kind {
            PhoneKind::Cell => "CELL",
            PhoneKind::Work => "WORK,VOICE",
            PhoneKind::Home => "HOME,VOICE",
            PhoneKind::Fax => "FAX",
            PhoneKind::Other => "VOICE",
        };
        out.labelled(
            &format!("TEL;TYPE={kind}:{}", escape(&phone.number)),
            &phone.label,
        );
    }
    for email in &contact.emails {
        let kind = place_type(email.kind)
            .map(|k| format!(",{k}"))
            .unwrap_or_default();
        out.labelled(
            &format!("EMAIL;TYPE=INTERNET{kind}:{}", escape(&email.address)),
            &email.label,
        );
    }
    for adr in &contact.addresses {
        let kind = place_type(adr.kind)
            .map(|k| format!(";TYPE={k}"))
            .unwrap_or_default();
        let parts = [
            &adr.po_box,
            &adr.extended,
            &adr.street,
            &adr.locality,
            &adr.region,
            &adr.postal_code,
            &adr.country,
        ]
        .map(|s| escape(s))
        .join(";");
        out.labelled(&format!("ADR{kind}:{parts}"), &adr.label);
    }
    if !contact.wechat_id.is_empty() {
        out.line(&format!("X-WECHAT:{}", escape(&contact.wechat_id)));
    }
    // Before other URLs: on import the first WeChat-looking link becomes the QR link.
    if !contact.wechat_qr.is_empty() {
        out.labelled(&format!("URL:{}", escape(&contact.wechat_qr)), "WeChat");
    }
    for url in &contact.urls {
        out.labelled(&format!("URL:{}", escape(&url.url)), &url.label);
    }
    if !contact.linkedin.is_empty() {
        out.line(&format!(
            "X-SOCIALPROFILE;TYPE=linkedin:{}",
            escape(&contact.linkedin)
        ));
    }
    for profile in &contact.profiles {
        out.line(&format!(
            "X-SOCIALPROFILE;TYPE={}:{}",
            param_value(&profile.service),
            escape(&profile.url)
        ));
    }
    if !contact.description.is_empty() {
        out.line(&format!("NOTE:{}", escape(&contact.description)));
    }
    let tag_names: Vec<String> = contact
        .tags
        .iter()
        .filter_map(|id| find_tag(tags, id))
        .map(|t| escape(&t.name))
        .collect();
    if !tag_names.is_empty() {
        out.line(&format!("CATEGORIES:{}", tag_names.join(",")));
    }
    if let Some(photo) = portrait.filter(|p| !p.bytes.is_empty()) {
        let subtype = photo
            .mime
            .rsplit('/')
            .next()
            .unwrap_or("jpeg")
            .to_ascii_uppercase();
        out.line(&format!(
            "PHOTO;ENCODING=b;TYPE={}:{}",
            param_value(&subtype),
            encode_base64(&photo.bytes)
        ));
    }
    for prop in &contact.vcard_extra {
        out.line(&extra_line(prop));
    }
    out.line("END:VCARD");
    out.text
}

/// Several contacts in one `.vcf` file; `photos` is searched for each
/// contact's portrait.
pub fn write_vcards<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    tags: &[Tag],
    photos: &[Photo],
) -> String {
    contacts
        .into_iter()
        .map(|c| {
            let portrait = c
                .portrait
                .as_ref()
                .and_then(|id| photos.iter().find(|p| &p.id == id));
            write_vcard(c, tags, portrait)
        })
        .collect()
}

struct CardWriter {
    text: String,
    next_group: usize,
    /// Groups used by kept properties, so ours do not collide with theirs.
    taken_groups: Vec<String>,
}

impl CardWriter {
    fn line(&mut self, line: &str) {
        fold_into(&mut self.text, line);
    }

    /// A property with an Apple-style label: `itemN.PROP` + `itemN.X-ABLabel`,
    /// which iPhone, macOS and Google Contacts all read.
    fn labelled(&mut self, line: &str, label: &str) {
        if label.trim().is_empty() {
            self.line(line);
            return;
        }
        let group = loop {
            self.next_group += 1;
            let candidate = format!("item{}", self.next_group);
            if !self.taken_groups.contains(&candidate) {
                break candidate;
            }
        };
        self.line(&format!("{group}.{line}"));
        self.line(&format!("{group}.X-ABLabel:{}", escape(label)));
    }
}

fn place_type(kind: PlaceKind) -> Option<&'static str> {
    match kind {
        PlaceKind::Work => Some("WORK"),
        PlaceKind::Home => Some("HOME"),
        PlaceKind::Other => None,
    }
}

/// A parameter value, quoted when it holds characters that end a parameter.
/// Double quotes cannot appear in a 3.0 parameter value at all, so they go.
fn param_value(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    if clean.contains([';', ':', ',']) {
        format!("\"{clean}\"")
    } else {
        clean
    }
}

/// A kept property, written back as it came. Its value is already escaped
/// text; only raw line breaks (from quoted-printable) need escaping.
fn extra_line(prop: &VcardProperty) -> String {
    let mut line = String::new();
    if !prop.group.is_empty() {
        line.push_str(&prop.group);
        line.push('.');
    }
    line.push_str(&prop.name);
    for param in &prop.params {
        line.push(';');
        line.push_str(&param.name);
        if !param.values.is_empty() {
            line.push('=');
            // vCard 2.1's BASE64 is spelled "b" in 3.0.
            let values: Vec<String> = param
                .values
                .iter()
                .map(|v| {
                    if param.name.eq_ignore_ascii_case("ENCODING")
                        && v.eq_ignore_ascii_case("BASE64")
                    {
                        "b".to_owned()
                    } else {
                        param_value(v)
                    }
                })
                .collect();
            line.push_str(&values.join(","));
        }
    }
    line.push(':');
    line.push_str(
        &prop
            .value
            .replace("\r\n", "\\n")
            .replace(['\r', '\n'], "\\n"),
    );
    line
}

/// Appends `line` folded at 75 octets (continuations start with a space,
/// which counts), never splitting a UTF-8 character, then CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vcard::read_vcards_str;

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("NOTE:{}", "张伟🎉a".repeat(40));
        fold_into(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= MAX_LINE_OCTETS,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn minimal_contact_is_valid_3_0() {
        let c = Contact::new("c1", 0);
        let text = write_vcard(&c, &[], None);
        assert_eq!(
            text,
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:{PRODID}\r\nN:;;;;\r\nFN:\r\nEND:VCARD\r\n"
            )
        );
    }

    #[test]
    fn groups_avoid_kept_groups() {
        let mut c = Contact::new("c1", 0);
        c.vcard_extra.push(VcardProperty {
            group: "item1".into(),
            name: "X-ABDATE".into(),
            params: vec![],
            value: "2020-01-01".into(),
        });
        c.urls.push(crate::model::WebLink {
            url: "https://a.example".into(),
            label: "Blog".into(),
        });
        let text = write_vcard(&c, &[], None);
        assert!(
            text.contains("item2.URL:https://a.example\r\nitem2.X-ABLabel:Blog\r\n"),
            "{text}"
        );
        assert!(text.contains("item1.X-ABDATE:2020-01-01\r\n"), "{text}");
        let back = read_vcards_str(&text).unwrap().remove(0).contact;
        assert_eq!(back.urls, c.urls);
        assert_eq!(back.vcard_extra, c.vcard_extra);
    }

    #[test]
    fn param_values_are_quoted_or_cleaned() {
        assert_eq!(param_value("github"), "github");
        assert_eq!(param_value("a;b"), "\"a;b\"");
        assert_eq!(param_value("x\"y\n"), "xy");
    }
}
