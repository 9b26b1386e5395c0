//! What the user adds to a card they just scanned: where they met (the
//! current event, with its tag), more tags, an alias and a description.
//! Turning the two into the contact to save is pure, so it is tested here.

use super::{find_tag_by_name, Contact, ContactId, Event, EventId, ImportedCard, Millis, Tag, TagId};

/// The user's additions to a scanned card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanNotes {
    /// The event they met at, if one is set on the scanner.
    pub event: Option<EventId>,
    /// Tags already in the book, by id (the event's tag among them).
    pub tags: Vec<TagId>,
    /// Names typed for tags: existing ones are reused, others created.
    pub new_tag_names: Vec<String>,
    pub alias: String,
    pub description: String,
}

impl ScanNotes {
    /// Notes that file a contact under `event` with the event's tag: the
    /// existing tag of that name, else a new one created on save.
    pub fn at_event(event: Option<&Event>, existing_tags: &[Tag]) -> ScanNotes {
        let mut notes = ScanNotes { event: event.map(|e| e.id.clone()), ..ScanNotes::default() };
        if let Some(event) = event.filter(|e| !e.name.trim().is_empty()) {
            match find_tag_by_name(existing_tags, &event.name) {
                Some(tag) => notes.tags.push(tag.id.clone()),
                None => notes.new_tag_names.push(event.name.trim().to_owned()),
            }
        }
        notes
    }
}

/// A contact ready for `Store::add_contact`, and the tags to create with it
/// in the same transaction.
#[derive(Clone, Debug, PartialEq)]
pub struct FiledCard {
    pub contact: Contact,
    pub new_tags: Vec<Tag>,
}

/// Makes the contact to save from a scanned `card`: id `id`, created and
/// met at `now`, filed under `notes.event`, with every tag of `notes` and
/// the card's own `CATEGORIES`. Tag names match existing tags loosely
/// ([`Tag::name_key`]); each unknown name becomes one new tag with an id
/// from `new_id`. A non-empty alias or description from the user wins; a
/// description is kept below what the card itself said.
pub fn file_scanned_card(
    card: &ImportedCard,
    notes: &ScanNotes,
    existing_tags: &[Tag],
    id: ContactId,
    now: Millis,
    mut new_id: impl FnMut() -> String,
) -> FiledCard {
    let mut contact = card.contact.clone();
    contact.id = id;
    contact.revision = 1;
    contact.created = now;
    contact.updated = now;
    if notes.event.is_some() {
        contact.event = notes.event.clone();
        contact.met_at = Some(now);
    }
    if !notes.alias.trim().is_empty() {
        contact.alias = notes.alias.trim().to_owned();
    }
    let description = notes.description.trim();
    if !description.is_empty() {
        contact.description = if contact.description.trim().is_empty() {
            description.to_owned()
        } else {
            format!("{description}\n{}", contact.description.trim())
        };
    }
    for tag in &notes.tags {
        contact.add_tag(tag.clone());
    }
    let mut new_tags: Vec<Tag> = Vec::new();
    let names = notes.new_tag_names.iter().chain(card.tag_names.iter());
    for name in names.map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let known = find_tag_by_name(existing_tags, name).or_else(|| find_tag_by_name(&new_tags, name));
        let tag_id = match known {
            Some(tag) => tag.id.clone(),
            None => {
                let tag = Tag::new(new_id(), name);
                let tag_id = tag.id.clone();
                new_tags.push(tag);
                tag_id
            }
        };
        contact.add_tag(tag_id);
    }
    FiledCard { contact, new_tags }
}

/// The tag that files contacts under `event`: the existing tag with the
/// event's name, or a new one (returned as `Err` so the caller stores it).
pub fn event_tag(event: &Event, existing_tags: &[Tag], new_id: impl FnOnce() -> String) -> Result<Tag, Tag> {
    match find_tag_by_name(existing_tags, &event.name) {
        Some(tag) => Ok(tag.clone()),
        None => Err(Tag::new(new_id(), event.name.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scan_text;

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("new{n}")
        }
    }

    fn card(payload: &str) -> ImportedCard {
        scan_text(payload).into_contacts().remove(0)
    }

    #[test]
    fn files_under_the_event_with_its_tag_alias_and_description() {
        let tags = vec![Tag::new("t-waic", "WAIC 2026 Shanghai"), Tag::new("t-lead", "leads")];
        let notes = ScanNotes {
            event: Some("e1".into()),
            tags: vec!["t-waic".into()],
            new_tag_names: vec![" Leads ".into(), "robotics".into(), "Robotics".into()],
            alias: " 王总 ".into(),
            description: "Wants a demo in May".into(),
        };
        let scanned = card("MECARD:N:王,芳;ORG:星云科技;TEL:+8613800138000;NOTE:CTO;;");
        let filed = file_scanned_card(&scanned, &notes, &tags, "c1".into(), 5_000, counter());
        let c = &filed.contact;
        assert_eq!(c.id.as_str(), "c1");
        assert_eq!((c.revision, c.created, c.updated), (1, 5_000, 5_000));
        assert_eq!(c.event.as_ref().unwrap().as_str(), "e1");
        assert_eq!(c.met_at, Some(5_000));
        assert_eq!(c.alias, "王总");
        assert_eq!(c.description, "Wants a demo in May\nCTO");
        assert_eq!(c.organization, "星云科技");
        assert_eq!(c.tags, vec![TagId::from("t-waic"), "t-lead".into(), "new1".into()]);
        assert_eq!(filed.new_tags, vec![Tag::new("new1", "robotics")]);
        assert!(c.raw_payload.as_deref().unwrap().starts_with("MECARD:"));
    }

    #[test]
    fn without_an_event_nothing_is_dated() {
        let scanned = card("https://u.wechat.com/kFakeCode");
        let filed = file_scanned_card(&scanned, &ScanNotes::default(), &[], "c2".into(), 9, counter());
        assert_eq!(filed.contact.event, None);
        assert_eq!(filed.contact.met_at, None);
        assert!(filed.contact.tags.is_empty());
        assert!(filed.new_tags.is_empty());
        assert_eq!(filed.contact.wechat_qr, "https://u.wechat.com/kFakeCode");
    }

    #[test]
    fn vcard_categories_become_tags() {
        let scanned = card("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Li Na\r\nCATEGORIES:leads,press\r\nEND:VCARD\r\n");
        let tags = vec![Tag::new("t-lead", "Leads")];
        let filed = file_scanned_card(&scanned, &ScanNotes::default(), &tags, "c3".into(), 1, counter());
        assert_eq!(filed.contact.tags, vec![TagId::from("t-lead"), "new1".into()]);
        assert_eq!(filed.new_tags[0].name, "press");
    }

    #[test]
    fn notes_at_an_event_carry_its_tag() {
        let event = Event::new("e1", "WAIC 2026");
        let tags = vec![Tag::new("t1", "waic 2026")];
        let notes = ScanNotes::at_event(Some(&event), &tags);
        assert_eq!((notes.event.clone(), notes.tags.clone()), (Some("e1".into()), vec!["t1".into()]));
        let notes = ScanNotes::at_event(Some(&event), &[]);
        assert_eq!(notes.new_tag_names, vec!["WAIC 2026".to_owned()]);
        let scanned = card("MECARD:N:Doe,Jane;EMAIL:jane@example.com;;");
        let filed = file_scanned_card(&scanned, &notes, &[], "c".into(), 7, counter());
        assert_eq!(filed.new_tags, vec![Tag::new("new1", "WAIC 2026")]);
        assert_eq!(filed.contact.tags, vec![TagId::from("new1")]);
        assert_eq!(ScanNotes::at_event(None, &tags), ScanNotes::default());
    }

    #[test]
    fn event_tag_reuses_a_tag_of_the_same_name() {
        let event = Event::new("e1", "WAIC 2026");
        let tags = vec![Tag::new("t1", "waic 2026")];
        assert_eq!(event_tag(&event, &tags, || unreachable!()), Ok(tags[0].clone()));
        assert_eq!(event_tag(&event, &[], || "t9".into()), Err(Tag::new("t9", "WAIC 2026")));
    }
}
