//! MECARD (NTT DoCoMo's compact card, common on Japanese and Chinese
//! generators): `MECARD:N:Family,Given;TEL:…;EMAIL:…;;`.

use super::fields::{split_escaped, tagged_fields, unescape};
use super::link::strip_prefix_ignore_case;
use super::social::file_web_link;
use crate::model::{
    Email, ImportedCard, Phone, PhoneKind, PlaceKind, PostalAddress, VcardProperty,
};

/// Reads a `MECARD:` payload. `None` if it is not one or holds nothing.
pub(super) fn read_mecard(text: &str) -> Option<ImportedCard> {
    let body = strip_prefix_ignore_case(text, "MECARD:")?;
    let mut card = ImportedCard::default();
    let c = &mut card.contact;
    for (name, raw) in tagged_fields(body) {
        let value = unescape(raw).trim().to_owned();
        if value.is_empty() {
            continue;
        }
        match name.as_str() {
            "N" if c.name.is_empty() => {
                let parts = split_escaped(raw, ',');
                if let [family, given, ..] = parts.as_slice() {
                    c.name.family = unescape(family).trim().to_owned();
                    c.name.given = unescape(given).trim().to_owned();
                } else {
                    c.name.formatted = value;
                }
            }
            "SOUND" => {
                // The name's reading (kana for Japanese names): Apple's
                // phonetic properties, which phones understand on import.
                let parts = split_escaped(raw, ',');
                let names = ["X-PHONETIC-LAST-NAME", "X-PHONETIC-FIRST-NAME"];
                for (name, part) in names.iter().zip(&parts) {
                    push_extra(&mut c.vcard_extra, name, &unescape(part));
                }
            }
            "TEL" => c.phones.push(Phone::new(PhoneKind::Other, value)),
            "TEL-AV" => c.phones.push(Phone {
                label: "Video".into(),
                ..Phone::new(PhoneKind::Other, value)
            }),
            "EMAIL" => c.emails.push(Email::new(PlaceKind::Other, value)),
            "NOTE" | "MEMORY" => {
                if !c.description.is_empty() {
                    c.description.push_str("\n\n");
                }
                c.description.push_str(&value);
            }
            "ADR" => c.addresses.push(mecard_address(raw)),
            "URL" => file_web_link(c, value),
            "NICKNAME" if c.alias.is_empty() => c.alias = value,
            "ORG" if c.organization.is_empty() => c.organization = value,
            "TITLE" if c.title.is_empty() => c.title = value,
            "BDAY" => push_extra(&mut c.vcard_extra, "BDAY", &value),
            _ => keep_unknown(&mut c.vcard_extra, &name, &value),
        }
    }
    (card != ImportedCard::default()).then_some(card)
}

/// MECARD's `ADR` is vCard's seven parts joined by commas; most generators
/// write a free-form line instead, which goes to `street` whole.
fn mecard_address(raw: &str) -> PostalAddress {
    let parts: Vec<String> = split_escaped(raw, ',')
        .into_iter()
        .map(|p| unescape(p).trim().to_owned())
        .collect();
    match <[String; 7]>::try_from(parts) {
        Ok([po_box, extended, street, locality, region, postal_code, country]) => PostalAddress {
            po_box,
            extended,
            street,
            locality,
            region,
            postal_code,
            country,
            ..PostalAddress::default()
        },
        Err(_) => PostalAddress {
            street: unescape(raw).trim().to_owned(),
            ..PostalAddress::default()
        },
    }
}

/// Adds a property for the vCard export, its value escaped as vCard text.
pub(super) fn push_extra(extra: &mut Vec<VcardProperty>, name: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let mut escaped = String::with_capacity(value.len());
    for ch in value.chars() {
        match ch {
            '\\' | ',' | ';' => {
                escaped.push('\\');
                escaped.push(ch);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            _ => escaped.push(ch),
        }
    }
    extra.push(VcardProperty {
        name: name.to_owned(),
        value: escaped,
        ..VcardProperty::default()
    });
}

/// A field we have no place for, kept for the vCard export as `X-NAME`
/// when its name can be a vCard property name (the raw payload keeps all).
pub(super) fn keep_unknown(extra: &mut Vec<VcardProperty>, name: &str, value: &str) {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return;
    }
    let name = if name.starts_with("X-") {
        name.to_owned()
    } else {
        format!("X-{name}")
    };
    push_extra(extra, &name, value);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WebLink;

    #[test]
    fn full_mecard_with_escapes() {
        let card = read_mecard(concat!(
            "MECARD:N:张,伟;SOUND:zhang,wei;TEL:+8613800138000;TEL-AV:+8613900139000;",
            "EMAIL:zhang.wei@example.cn;NOTE:在 RustChina 认识\\; 喜欢 🦀\\, 也聊 WebAssembly\\: wasm;",
            "BDAY:19880512;ADR:,,科技园南区 1 号,深圳,广东,518057,中国;",
            "URL:https://zhangwei.example.cn;URL:https://u.wechat.com/EMx3abc;NICKNAME:老张;",
            "ORG:字节跳动;TITLE:高级工程师;X-CUSTOM:a\\,b;;"
        ))
        .unwrap();
        let c = &card.contact;
        assert_eq!(
            (c.name.family.as_str(), c.name.given.as_str()),
            ("张", "伟")
        );
        assert_eq!(c.display_name(), "老张");
        assert_eq!(c.name.display(), "张伟");
        assert_eq!(c.phones[0], Phone::new(PhoneKind::Other, "+8613800138000"));
        assert_eq!(c.phones[1].label, "Video");
        assert_eq!(c.emails[0].address, "zhang.wei@example.cn");
        assert_eq!(
            c.description,
            "在 RustChina 认识; 喜欢 🦀, 也聊 WebAssembly: wasm"
        );
        assert_eq!(
            c.addresses[0].one_line(),
            "科技园南区 1 号, 深圳, 广东, 518057, 中国"
        );
        assert_eq!(c.urls, vec![WebLink::new("https://zhangwei.example.cn")]);
        assert_eq!(c.wechat_qr, "https://u.wechat.com/EMx3abc");
        assert_eq!(
            (c.organization.as_str(), c.title.as_str()),
            ("字节跳动", "高级工程师")
        );
        let extra: Vec<(&str, &str)> = c
            .vcard_extra
            .iter()
            .map(|p| (p.name.as_str(), p.value.as_str()))
            .collect();
        assert_eq!(
            extra,
            vec![
                ("X-PHONETIC-LAST-NAME", "zhang"),
                ("X-PHONETIC-FIRST-NAME", "wei"),
                ("BDAY", "19880512"),
                ("X-CUSTOM", "a\\,b"),
            ]
        );
    }

    #[test]
    fn single_name_free_address_and_junk() {
        let card = read_mecard(
            "MECARD:N:Jane Doe;ADR:1 Main St\\, Springfield;EMAIL:jane@example.com;DÉ:x;;",
        )
        .unwrap();
        assert_eq!(card.contact.name.formatted, "Jane Doe");
        assert_eq!(card.contact.addresses[0].street, "1 Main St, Springfield");
        assert!(card.contact.vcard_extra.is_empty());
        assert_eq!(read_mecard("MECARD:;;"), None);
        assert_eq!(read_mecard("MECARD:N:;TEL:;;"), None);
        assert_eq!(read_mecard("BIZCARD:N:x;;"), None);
    }
}
