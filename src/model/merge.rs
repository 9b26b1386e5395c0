//! The whole address book as plain data, and restoring one book into
//! another without duplicates.

use super::{Broadcast, BroadcastId, Contact, ContactId, Event, EventId, Photo, PhotoId, Tag, TagId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Every record the app stores, as a backup holds it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Book {
    #[serde(rename = "contacts")]
    pub contacts: Vec<Contact>,
    #[serde(rename = "tags")]
    pub tags: Vec<Tag>,
    #[serde(rename = "events")]
    pub events: Vec<Event>,
    #[serde(rename = "photos")]
    pub photos: Vec<Photo>,
    /// Messages sent to tag sets, with who got them (absent in older backups).
    #[serde(rename = "broadcasts")]
    pub broadcasts: Vec<Broadcast>,
}

/// What [`Book::merge`] changed, so the store writes only those records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub contacts_added: Vec<ContactId>,
    /// Replaced by the incoming copy, which had the higher revision.
    pub contacts_updated: Vec<ContactId>,
    /// Incoming copies that lost to the local one (same or older revision).
    pub contacts_kept: usize,
    pub tags_added: Vec<TagId>,
    /// Incoming tag id → the local tag with the same name it became.
    pub tags_unified: Vec<(TagId, TagId)>,
    pub events_added: Vec<EventId>,
    /// Incoming event id → the local event for the same occasion.
    pub events_unified: Vec<(EventId, EventId)>,
    pub photos_added: Vec<PhotoId>,
    /// New broadcasts, and ones replaced by a copy updated later.
    pub broadcasts_changed: Vec<BroadcastId>,
}

impl MergeReport {
    /// Whether the merge changed nothing (e.g. the same backup restored twice).
    pub fn is_empty(&self) -> bool {
        self.contacts_added.is_empty()
            && self.contacts_updated.is_empty()
            && self.tags_added.is_empty()
            && self.events_added.is_empty()
            && self.photos_added.is_empty()
            && self.broadcasts_changed.is_empty()
    }
}

impl Book {
    /// Restores `incoming` (a backup, another device's book) into this one.
    ///
    /// - Tags: same id → the local tag stays; same name under another id →
    ///   unified into the local tag, and incoming contacts point to it.
    /// - Events: likewise, "same" meaning [`Event::same_occasion`].
    /// - Photos: by id; a local photo is never replaced (ids name content).
    /// - Contacts: same id → the copy with the higher (revision, updated)
    ///   wins, ties keep the local copy; new ids are added.
    /// - Broadcasts: by id, the later `updated` wins; their audience's tags
    ///   and event follow the unification above.
    ///
    /// Merging the same book twice changes nothing the second time.
    pub fn merge(&mut self, incoming: Book) -> MergeReport {
        let mut report = MergeReport::default();

        let mut tag_map: HashMap<TagId, TagId> = HashMap::new();
        for tag in incoming.tags {
            if self.tags.iter().any(|t| t.id == tag.id) {
                continue;
            }
            let key = Tag::name_key(&tag.name);
            if let Some(local) = self.tags.iter().find(|t| Tag::name_key(&t.name) == key) {
                tag_map.insert(tag.id.clone(), local.id.clone());
                report.tags_unified.push((tag.id, local.id.clone()));
            } else {
                report.tags_added.push(tag.id.clone());
                self.tags.push(tag);
            }
        }

        let mut event_map: HashMap<EventId, EventId> = HashMap::new();
        for event in incoming.events {
            if self.events.iter().any(|e| e.id == event.id) {
                continue;
            }
            if let Some(local) = self.events.iter().find(|e| e.same_occasion(&event)) {
                event_map.insert(event.id.clone(), local.id.clone());
                report.events_unified.push((event.id, local.id.clone()));
            } else {
                report.events_added.push(event.id.clone());
                self.events.push(event);
            }
        }

        for photo in incoming.photos {
            if !self.photos.iter().any(|p| p.id == photo.id) {
                report.photos_added.push(photo.id.clone());
                self.photos.push(photo);
            }
        }

        let mut index: HashMap<ContactId, usize> = self
            .contacts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        for mut contact in incoming.contacts {
            remap_tags(&mut contact, &tag_map);
            if let Some(event) = contact.event.as_mut() {
                if let Some(local) = event_map.get(event) {
                    *event = local.clone();
                }
            }
            match index.get(&contact.id) {
                Some(&i) if contact.is_newer_than(&self.contacts[i]) => {
                    if !report.contacts_updated.contains(&contact.id) {
                        report.contacts_updated.push(contact.id.clone());
                    }
                    self.contacts[i] = contact;
                }
                Some(_) => report.contacts_kept += 1,
                None => {
                    index.insert(contact.id.clone(), self.contacts.len());
                    report.contacts_added.push(contact.id.clone());
                    self.contacts.push(contact);
                }
            }
        }

        for mut broadcast in incoming.broadcasts {
            for tag in broadcast.audience.tags.iter_mut() {
                if let Some(local) = tag_map.get(tag) {
                    *tag = local.clone();
                }
            }
            if let Some(event) = broadcast.audience.event.as_mut() {
                if let Some(local) = event_map.get(event) {
                    *event = local.clone();
                }
            }
            match self.broadcasts.iter_mut().find(|b| b.id == broadcast.id) {
                Some(local) if broadcast.updated > local.updated => {
                    report.broadcasts_changed.push(broadcast.id.clone());
                    *local = broadcast;
                }
                Some(_) => {}
                None => {
                    report.broadcasts_changed.push(broadcast.id.clone());
                    self.broadcasts.push(broadcast);
                }
            }
        }
        report
    }
}

fn remap_tags(contact: &mut Contact, tag_map: &HashMap<TagId, TagId>) {
    let mut tags: Vec<TagId> = Vec::with_capacity(contact.tags.len());
    for tag in contact.tags.drain(..) {
        let tag = tag_map.get(&tag).cloned().unwrap_or(tag);
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    contact.tags = tags;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CalendarDate;

    fn contact(id: &str, revision: u64, updated: i64, alias: &str) -> Contact {
        let mut c = Contact::new(id, 0);
        c.revision = revision;
        c.updated = updated;
        c.alias = alias.into();
        c
    }

    fn local_book() -> Book {
        let mut rustconf = Event::new("e-local", "RustConf");
        rustconf.starts = CalendarDate::new(2025, 9, 2);
        let mut anna = contact("c1", 2, 200, "Anna (local)");
        anna.tags = vec!["t-local-vip".into()];
        Book {
            contacts: vec![anna, contact("c2", 5, 500, "Bo (local, newer)")],
            tags: vec![Tag::new("t-local-vip", "VIP")],
            events: vec![rustconf],
            photos: vec![Photo {
                id: "p1".into(),
                mime: "image/jpeg".into(),
                bytes: vec![1],
            }],
            ..Book::default()
        }
    }

    fn incoming_book() -> Book {
        let mut rustconf = Event::new("e-remote", "rustconf");
        rustconf.starts = CalendarDate::new(2025, 9, 2);
        let mut anna = contact("c1", 3, 300, "Anna (remote, newer)");
        anna.tags = vec!["t-remote-vip".into(), "t-local-vip".into(), "t-new".into()];
        anna.event = Some("e-remote".into());
        let mut cy = contact("c3", 1, 100, "Cy");
        cy.tags = vec!["t-remote-vip".into()];
        cy.event = Some("e-other".into());
        Book {
            contacts: vec![anna, contact("c2", 4, 900, "Bo (remote, older)"), cy],
            tags: vec![
                Tag::new("t-remote-vip", " vip "),
                Tag::new("t-new", "Investor"),
            ],
            events: vec![rustconf, Event::new("e-other", "Web Summit")],
            photos: vec![
                Photo {
                    id: "p1".into(),
                    mime: "image/png".into(),
                    bytes: vec![9],
                },
                Photo {
                    id: "p2".into(),
                    mime: "image/png".into(),
                    bytes: vec![2],
                },
            ],
            ..Book::default()
        }
    }

    #[test]
    fn merges_without_duplicates() {
        let mut book = local_book();
        let report = book.merge(incoming_book());

        assert_eq!(report.contacts_added, vec![ContactId::from("c3")]);
        assert_eq!(report.contacts_updated, vec![ContactId::from("c1")]);
        assert_eq!(report.contacts_kept, 1);
        assert_eq!(book.contacts.len(), 3);
        let alias = |id: &str| {
            book.contacts
                .iter()
                .find(|c| c.id.as_str() == id)
                .unwrap()
                .alias
                .clone()
        };
        assert_eq!(alias("c1"), "Anna (remote, newer)");
        assert_eq!(alias("c2"), "Bo (local, newer)");

        // " vip " is the local "VIP": one tag, and references point to it.
        assert_eq!(
            report.tags_unified,
            vec![(TagId::from("t-remote-vip"), TagId::from("t-local-vip"))]
        );
        assert_eq!(report.tags_added, vec![TagId::from("t-new")]);
        assert_eq!(book.tags.len(), 2);
        let anna = &book.contacts[0];
        assert_eq!(
            anna.tags,
            vec![TagId::from("t-local-vip"), TagId::from("t-new")]
        );
        assert_eq!(anna.event, Some(EventId::from("e-local")));
        assert_eq!(book.contacts[2].tags, vec![TagId::from("t-local-vip")]);
        assert_eq!(book.contacts[2].event, Some(EventId::from("e-other")));

        assert_eq!(
            report.events_unified,
            vec![(EventId::from("e-remote"), EventId::from("e-local"))]
        );
        assert_eq!(report.events_added, vec![EventId::from("e-other")]);
        assert_eq!(book.events.len(), 2);

        assert_eq!(report.photos_added, vec![PhotoId::from("p2")]);
        assert_eq!(book.photos[0].bytes, vec![1], "local photo is not replaced");
    }

    #[test]
    fn merging_twice_changes_nothing_more() {
        let mut book = local_book();
        book.merge(incoming_book());
        let after_first = book.clone();
        let report = book.merge(incoming_book());
        assert!(report.is_empty(), "{report:?}");
        assert_eq!(book, after_first);
    }

    #[test]
    fn merging_into_an_empty_book_copies_everything() {
        let mut book = Book::default();
        let report = book.merge(incoming_book());
        assert_eq!(book, incoming_book());
        assert_eq!(report.contacts_added.len(), 3);
        assert!(report.tags_unified.is_empty());
    }

    #[test]
    fn same_revision_tie_breaks_on_updated_time() {
        let mut book = Book {
            contacts: vec![contact("c1", 2, 100, "old")],
            ..Book::default()
        };
        book.merge(Book {
            contacts: vec![contact("c1", 2, 150, "new")],
            ..Book::default()
        });
        assert_eq!(book.contacts[0].alias, "new");
        let report = book.merge(Book {
            contacts: vec![contact("c1", 2, 150, "same")],
            ..Book::default()
        });
        assert_eq!(book.contacts[0].alias, "new");
        assert_eq!(report.contacts_kept, 1);
    }

    #[test]
    fn broadcasts_merge_by_id_and_follow_unified_tags() {
        use crate::model::{Audience, Broadcast};
        let mut local = Book { tags: vec![Tag::new("t-mine", "leads")], ..Book::default() };
        let mut kept = Broadcast { id: "b-same".into(), updated: 50, message: "local".into(), ..Broadcast::default() };
        local.broadcasts.push(kept.clone());
        let mut newer = kept.clone();
        newer.updated = 60;
        newer.message = "incoming".into();
        kept.updated = 40;
        let incoming = Book {
            tags: vec![Tag::new("t-theirs", "Leads")],
            broadcasts: vec![
                newer,
                Broadcast {
                    id: "b-new".into(),
                    audience: Audience { tags: vec!["t-theirs".into()], ..Audience::default() },
                    ..Broadcast::default()
                },
            ],
            ..Book::default()
        };
        let report = local.merge(incoming.clone());
        assert_eq!(report.broadcasts_changed, vec![BroadcastId::from("b-same"), BroadcastId::from("b-new")]);
        assert_eq!(local.broadcasts[0].message, "incoming");
        assert_eq!(local.broadcasts[1].audience.tags, vec![TagId::from("t-mine")]);
        // The same backup again, or an older copy, changes nothing.
        assert!(local.merge(incoming).is_empty());
        let older = Book { broadcasts: vec![kept], ..Book::default() };
        assert!(local.merge(older).is_empty());
    }
}
