//! "Is this person already in the book?" for a freshly scanned card, and
//! folding what the new scan says into the contact we already have.
//!
//! Scanning is repetitive at events (the same badge twice, a colleague's
//! card re-sent in WeChat), so the scanner offers to open or update the
//! existing contact instead of saving a second copy.

use super::{Contact, Email, Phone, WebLink};

/// Why a stored contact counts as the scanned person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DuplicateReason {
    /// The very same QR payload was scanned before.
    SamePayload,
    /// The same WeChat "My QR code" link.
    SameWeChat,
    /// A phone number with the same digits.
    SamePhone,
    /// An e-mail address, compared without case.
    SameEmail,
}

/// A test of whether two contacts are the same person.
type SameTest = fn(&Contact, &Contact) -> bool;

/// The first stored contact that is `scanned`, and why; strongest evidence
/// first (the whole payload, then WeChat, phone, e-mail).
pub fn find_duplicate<'a>(
    contacts: &'a [Contact],
    scanned: &Contact,
) -> Option<(&'a Contact, DuplicateReason)> {
    let checks: [(DuplicateReason, SameTest); 4] = [
        (DuplicateReason::SamePayload, same_payload),
        (DuplicateReason::SameWeChat, same_wechat),
        (DuplicateReason::SamePhone, same_phone),
        (DuplicateReason::SameEmail, same_email),
    ];
    checks.iter().find_map(|(reason, same)| {
        contacts
            .iter()
            .find(|c| c.id != scanned.id && same(c, scanned))
            .map(|c| (c, *reason))
    })
}

fn same_payload(a: &Contact, b: &Contact) -> bool {
    match (&a.raw_payload, &b.raw_payload) {
        (Some(x), Some(y)) => !x.trim().is_empty() && x.trim() == y.trim(),
        _ => false,
    }
}

fn same_wechat(a: &Contact, b: &Contact) -> bool {
    let key = |c: &Contact| c.wechat_qr.trim().trim_end_matches('/').to_ascii_lowercase();
    !key(a).is_empty() && key(a) == key(b)
}

/// Only the digits count ("+86 138-0013-8000" = "8613800138000"); numbers
/// shorter than 5 digits (extensions, "110") never match on their own.
pub fn phone_digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

fn same_phone(a: &Contact, b: &Contact) -> bool {
    let keys = |c: &Contact| -> Vec<String> {
        c.phones
            .iter()
            .map(|p| phone_digits(&p.number))
            .filter(|d| d.len() >= 5)
            .collect()
    };
    let theirs = keys(b);
    keys(a).iter().any(|d| theirs.contains(d))
}

fn email_key(address: &str) -> String {
    address.trim().to_lowercase()
}

fn same_email(a: &Contact, b: &Contact) -> bool {
    let theirs: Vec<String> = b
        .emails
        .iter()
        .map(|e| email_key(&e.address))
        .filter(|e| !e.is_empty())
        .collect();
    a.emails.iter().any(|e| theirs.contains(&email_key(&e.address)))
}

/// `existing` with what `scanned` adds: empty fields filled in, phones,
/// e-mails, links and tags it did not have appended. What the user already
/// wrote (alias, description, name) is never overwritten; a new description
/// is appended on its own line. Identity, revision and dates stay those of
/// `existing`, so the store's revision check still applies.
pub fn merge_scanned(existing: &Contact, scanned: &Contact) -> Contact {
    let mut merged = existing.clone();
    if merged.name.is_empty() {
        merged.name = scanned.name.clone();
    }
    let fill = |mine: &mut String, theirs: &str| {
        if mine.trim().is_empty() && !theirs.trim().is_empty() {
            *mine = theirs.to_owned();
        }
    };
    fill(&mut merged.alias, &scanned.alias);
    fill(&mut merged.organization, &scanned.organization);
    fill(&mut merged.department, &scanned.department);
    fill(&mut merged.title, &scanned.title);
    fill(&mut merged.wechat_id, &scanned.wechat_id);
    fill(&mut merged.wechat_qr, &scanned.wechat_qr);
    fill(&mut merged.linkedin, &scanned.linkedin);
    let note = scanned.description.trim();
    if !note.is_empty() && !merged.description.contains(note) {
        if !merged.description.trim().is_empty() {
            merged.description.push('\n');
        }
        merged.description.push_str(note);
    }

    for phone in &scanned.phones {
        let digits = phone_digits(&phone.number);
        if !merged.phones.iter().any(|p: &Phone| phone_digits(&p.number) == digits) {
            merged.phones.push(phone.clone());
        }
    }
    for email in &scanned.emails {
        let key = email_key(&email.address);
        if !merged.emails.iter().any(|e: &Email| email_key(&e.address) == key) {
            merged.emails.push(email.clone());
        }
    }
    for url in &scanned.urls {
        if !merged.urls.iter().any(|u: &WebLink| u.url.trim() == url.url.trim()) {
            merged.urls.push(url.clone());
        }
    }
    for address in &scanned.addresses {
        if !merged.addresses.contains(address) {
            merged.addresses.push(address.clone());
        }
    }
    for profile in &scanned.profiles {
        if !merged.profiles.contains(profile) {
            merged.profiles.push(profile.clone());
        }
    }
    for tag in &scanned.tags {
        merged.add_tag(tag.clone());
    }
    if merged.event.is_none() {
        merged.event = scanned.event.clone();
        merged.met_at = scanned.met_at.or(merged.met_at);
    }
    if scanned.raw_payload.is_some() {
        merged.raw_payload = scanned.raw_payload.clone();
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PhoneKind, PlaceKind, TagId};

    fn stored(id: &str) -> Contact {
        let mut c = Contact::new(id, 1_000);
        c.name.formatted = format!("Person {id}");
        c
    }

    fn scanned() -> Contact {
        Contact::new("", 2_000)
    }

    #[test]
    fn matches_phone_digits_whatever_the_punctuation() {
        let mut a = stored("a");
        a.phones.push(Phone::new(PhoneKind::Cell, "+86 138-0013-8000"));
        let book = vec![stored("x"), a];
        let mut s = scanned();
        s.phones.push(Phone::new(PhoneKind::Work, "8613800138000"));
        let (found, why) = find_duplicate(&book, &s).unwrap();
        assert_eq!(found.id.as_str(), "a");
        assert_eq!(why, DuplicateReason::SamePhone);
    }

    #[test]
    fn short_numbers_do_not_match() {
        let mut a = stored("a");
        a.phones.push(Phone::new(PhoneKind::Work, "ext 12"));
        let mut s = scanned();
        s.phones.push(Phone::new(PhoneKind::Work, "12"));
        assert!(find_duplicate(&[a], &s).is_none());
    }

    #[test]
    fn matches_email_without_case() {
        let mut a = stored("a");
        a.emails.push(Email::new(PlaceKind::Work, "Li.Na@Example.com "));
        let mut s = scanned();
        s.emails.push(Email::new(PlaceKind::Other, "li.na@example.com"));
        assert_eq!(find_duplicate(&[a], &s).unwrap().1, DuplicateReason::SameEmail);
    }

    #[test]
    fn matches_wechat_link_and_raw_payload() {
        let mut a = stored("a");
        a.wechat_qr = "https://u.wechat.com/ABCdef".into();
        let mut b = stored("b");
        b.raw_payload = Some("MECARD:N:王,芳;;".into());
        let book = vec![a, b];

        let mut s = scanned();
        s.wechat_qr = "https://u.wechat.com/ABCdef/".into();
        assert_eq!(find_duplicate(&book, &s).unwrap().1, DuplicateReason::SameWeChat);

        let mut s = scanned();
        s.raw_payload = Some("MECARD:N:王,芳;;\n".into());
        let (found, why) = find_duplicate(&book, &s).unwrap();
        assert_eq!((found.id.as_str(), why), ("b", DuplicateReason::SamePayload));
    }

    #[test]
    fn a_stranger_is_not_a_duplicate() {
        let mut a = stored("a");
        a.emails.push(Email::new(PlaceKind::Work, "a@example.com"));
        let mut s = scanned();
        s.name.formatted = "Person a".into();
        s.emails.push(Email::new(PlaceKind::Work, "b@example.com"));
        assert!(find_duplicate(&[a], &s).is_none());
        assert!(find_duplicate(&[], &s).is_none());
        // Empty fields never match each other.
        assert!(find_duplicate(&[stored("z")], &scanned()).is_none());
    }

    #[test]
    fn merge_fills_gaps_and_keeps_what_the_user_wrote() {
        let mut a = stored("a");
        a.revision = 4;
        a.alias = "Nana".into();
        a.description = "Likes tea".into();
        a.phones.push(Phone::new(PhoneKind::Cell, "+86 138 0013 8000"));
        a.tags.push(TagId::from("t1"));

        let mut s = scanned();
        s.name.formatted = "Someone else".into();
        s.alias = "Ignored".into();
        s.organization = "Acme".into();
        s.description = "Met at WAIC".into();
        s.phones.push(Phone::new(PhoneKind::Cell, "8613800138000"));
        s.phones.push(Phone::new(PhoneKind::Work, "+86 21 5555 0000"));
        s.emails.push(Email::new(PlaceKind::Work, "na@acme.cn"));
        s.tags = vec![TagId::from("t1"), TagId::from("t2")];
        s.event = Some("e1".into());
        s.met_at = Some(2_000);

        let m = merge_scanned(&a, &s);
        assert_eq!(m.id, a.id);
        assert_eq!(m.revision, 4);
        assert_eq!(m.name.formatted, "Person a");
        assert_eq!(m.alias, "Nana");
        assert_eq!(m.organization, "Acme");
        assert_eq!(m.description, "Likes tea\nMet at WAIC");
        assert_eq!(m.phones.len(), 2);
        assert_eq!(m.emails.len(), 1);
        assert_eq!(m.tags, vec![TagId::from("t1"), TagId::from("t2")]);
        assert_eq!(m.event.as_ref().map(|e| e.as_str()), Some("e1"));
        assert_eq!(m.met_at, Some(2_000));
        // Merging the same scan again changes nothing more.
        assert_eq!(merge_scanned(&m, &s), m);
    }
}
