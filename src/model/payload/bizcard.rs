//! BIZCARD (ZXing's card format):
//! `BIZCARD:N:Given;X:Family;T:Title;C:Company;A:Address;B:Work phone;M:Mobile;F:Fax;E:Email;;`.

use super::fields::{tagged_fields, unescape};
use super::link::strip_prefix_ignore_case;
use super::mecard::keep_unknown;
use crate::model::{Email, ImportedCard, Phone, PhoneKind, PlaceKind, PostalAddress};

/// Reads a `BIZCARD:` payload. `None` if it is not one or holds nothing.
pub(super) fn read_bizcard(text: &str) -> Option<ImportedCard> {
    let body = strip_prefix_ignore_case(text, "BIZCARD:")?;
    let mut card = ImportedCard::default();
    let c = &mut card.contact;
    for (name, raw) in tagged_fields(body) {
        let value = unescape(raw).trim().to_owned();
        if value.is_empty() {
            continue;
        }
        match name.as_str() {
            "N" if c.name.given.is_empty() => c.name.given = value,
            "X" if c.name.family.is_empty() => c.name.family = value,
            "T" if c.title.is_empty() => c.title = value,
            "C" if c.organization.is_empty() => c.organization = value,
            "A" => c.addresses.push(PostalAddress {
                kind: PlaceKind::Work,
                street: value,
                ..PostalAddress::default()
            }),
            "B" => c.phones.push(Phone::new(PhoneKind::Work, value)),
            "M" => c.phones.push(Phone::new(PhoneKind::Cell, value)),
            "F" => c.phones.push(Phone::new(PhoneKind::Fax, value)),
            "E" => c.emails.push(Email::new(PlaceKind::Work, value)),
            _ => keep_unknown(&mut c.vcard_extra, &name, &value),
        }
    }
    (card != ImportedCard::default()).then_some(card)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zxing_sample_and_cjk() {
        let card = read_bizcard(
            "BIZCARD:N:Sean;X:Owen;T:Software Engineer;C:Google;A:76 9th Avenue\\, New York\\, NY 10011;B:+12125551212;M:+12125551213;F:+12125551214;E:sean@google.com;;",
        )
        .unwrap();
        let c = &card.contact;
        assert_eq!(c.display_name(), "Sean Owen");
        assert_eq!(
            (c.title.as_str(), c.organization.as_str()),
            ("Software Engineer", "Google")
        );
        assert_eq!(c.addresses[0].street, "76 9th Avenue, New York, NY 10011");
        let kinds: Vec<PhoneKind> = c.phones.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![PhoneKind::Work, PhoneKind::Cell, PhoneKind::Fax]
        );
        assert_eq!(c.emails[0], Email::new(PlaceKind::Work, "sean@google.com"));

        let card = read_bizcard("BIZCARD:N:娜;X:李;C:敏捷出海咨询;M:13711112222;;").unwrap();
        assert_eq!(card.contact.display_name(), "李娜");
        assert_eq!(read_bizcard("BIZCARD:;;"), None);
    }
}
