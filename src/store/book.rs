//! Whole-book operations: importing cards, exporting everything, restoring
//! a backup. Each is a single transaction.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use indexed_db_futures::prelude::*;
use indexed_db_futures::query_source::QuerySource;
use serde_json::{Map, Value};

use crate::model::{Book, Contact, ImportedCard, Millis, MergeReport, Photo, PhotoId, Tag, TagId};

use super::changes::{self, Change};
use super::error::StoreResult;
use super::photos;
use super::records;
use super::schema::{ALL_STORES, BROADCASTS, CONTACTS, EVENTS, PHOTOS, SETTINGS, TAGS};
use super::{new_id, Store};

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    /// Cards already in the book (same name and same phone, email or WeChat).
    pub skipped_duplicates: usize,
    pub tags_created: usize,
    pub photos: usize,
}

/// A row of the settings store.
#[derive(Serialize, Deserialize)]
struct Setting {
    key: String,
    value: Value,
}

impl Store {
    /// Adds imported cards (from a .vcf or a scan) in one transaction: tag
    /// names become tags (reusing existing ones, case-insensitively),
    /// embedded photos become photo records, and a card already in the book
    /// is skipped, so importing the same file twice adds nothing.
    pub async fn import_cards(&self, cards: Vec<ImportedCard>, now: Millis) -> StoreResult<ImportReport> {
        let tx = self.write(&[CONTACTS, PHOTOS, TAGS])?;
        let contact_store = tx.object_store(CONTACTS)?;
        let tag_store = tx.object_store(TAGS)?;
        let photo_store = tx.object_store(PHOTOS)?;
        let existing: Vec<Contact> = records::all(&contact_store).await?;
        let mut tags: Vec<Tag> = records::all(&tag_store).await?;
        let mut seen: HashSet<String> = existing.iter().flat_map(identity_keys).collect();

        let mut report = ImportReport::default();
        for card in cards {
            let mut contact = card.contact;
            let keys = identity_keys(&contact);
            if !keys.is_empty() && keys.iter().any(|k| seen.contains(k)) {
                report.skipped_duplicates += 1;
                continue;
            }
            seen.extend(keys);
            let id = new_id();
            contact.id = id.into();
            contact.revision = 1;
            contact.created = now;
            contact.updated = now;
            for name in card.tag_names {
                let tag_id = resolve_tag(&mut tags, &name, &mut report.tags_created, &tag_store)?;
                contact.add_tag(tag_id);
            }
            if let Some(data) = card.portrait {
                let photo = data.into_photo(PhotoId::new(new_id()));
                photos::put(&photo_store, &photo)?;
                contact.portrait = Some(photo.id);
                report.photos += 1;
            }
            records::put(&contact_store, &contact)?;
            report.added += 1;
        }
        tx.commit().await?;
        changes::announce(Change::Contacts);
        Ok(report)
    }

    /// Everything, photos included, for a backup or an export.
    pub async fn export_book(&self) -> StoreResult<(Book, Map<String, Value>)> {
        let tx = self.read(&ALL_STORES)?;
        let contacts = records::all(&tx.object_store(CONTACTS)?).await?;
        let tags = records::all(&tx.object_store(TAGS)?).await?;
        let events = records::all(&tx.object_store(EVENTS)?).await?;
        let stored_photos = photos::all(&tx.object_store(PHOTOS)?).await?;
        let settings: Vec<Setting> = records::all(&tx.object_store(SETTINGS)?).await?;
        let broadcasts = records::all(&tx.object_store(BROADCASTS)?).await?;
        drop(tx);
        let mut photos = Vec::with_capacity(stored_photos.len());
        for photo in stored_photos {
            photos.push(photo.into_photo().await?);
        }
        let settings = settings.into_iter().map(|s| (s.key, s.value)).collect();
        Ok((Book { contacts, tags, events, photos, broadcasts }, settings))
    }

    /// Restores a backup into this book without duplicates (see
    /// [`Book::merge`]), writing only what the merge changed, all in one
    /// transaction. Settings the book already has are kept.
    pub async fn restore(&self, incoming: Book, settings: Map<String, Value>) -> StoreResult<MergeReport> {
        let tx = self.write(&ALL_STORES)?;
        let contact_store = tx.object_store(CONTACTS)?;
        let tag_store = tx.object_store(TAGS)?;
        let event_store = tx.object_store(EVENTS)?;
        let photo_store = tx.object_store(PHOTOS)?;
        let setting_store = tx.object_store(SETTINGS)?;
        let broadcast_store = tx.object_store(BROADCASTS)?;

        // Photos are compared by id only: their bytes stay in the database.
        let photo_ids = photo_store.get_all_keys::<String>().primitive()?.await?;
        let local_photos = photo_ids
            .map(|id| Ok(Photo { id: PhotoId::new(id?), ..Photo::default() }))
            .collect::<StoreResult<Vec<_>>>()?;
        let mut local = Book {
            contacts: records::all(&contact_store).await?,
            tags: records::all(&tag_store).await?,
            events: records::all(&event_store).await?,
            photos: local_photos,
            broadcasts: records::all(&broadcast_store).await?,
        };
        let local_settings: Vec<Setting> = records::all(&setting_store).await?;

        let report = local.merge(incoming);
        let changed_contacts: HashSet<_> =
            report.contacts_added.iter().chain(&report.contacts_updated).collect();
        for contact in local.contacts.iter().filter(|c| changed_contacts.contains(&c.id)) {
            records::put(&contact_store, contact)?;
        }
        for tag in local.tags.iter().filter(|t| report.tags_added.contains(&t.id)) {
            records::put(&tag_store, tag)?;
        }
        for event in local.events.iter().filter(|e| report.events_added.contains(&e.id)) {
            records::put(&event_store, event)?;
        }
        for photo in local.photos.iter().filter(|p| report.photos_added.contains(&p.id)) {
            photos::put(&photo_store, photo)?;
        }
        for broadcast in local.broadcasts.iter().filter(|b| report.broadcasts_changed.contains(&b.id)) {
            records::put(&broadcast_store, broadcast)?;
        }
        for (key, value) in settings {
            if !local_settings.iter().any(|s| s.key == key) {
                records::put(&setting_store, &Setting { key, value })?;
            }
        }
        tx.commit().await?;
        changes::announce(Change::Everything);
        Ok(report)
    }

    /// A setting too large for localStorage (e.g. the user's own cards).
    pub async fn setting(&self, key: &str) -> StoreResult<Option<Value>> {
        let tx = self.read(&[SETTINGS])?;
        let row: Option<Setting> = records::get(&tx.object_store(SETTINGS)?, key).await?;
        Ok(row.map(|r| r.value))
    }

    pub async fn set_setting(&self, key: &str, value: Value) -> StoreResult<()> {
        let tx = self.write(&[SETTINGS])?;
        records::put(&tx.object_store(SETTINGS)?, &Setting { key: key.to_owned(), value })?;
        tx.commit().await?;
        changes::announce(Change::Settings);
        Ok(())
    }
}

/// What identifies a person across imports: their name with each way to
/// reach them. Two cards sharing one of these are the same person.
fn identity_keys(contact: &Contact) -> Vec<String> {
    let name = contact.name.display().trim().to_lowercase();
    let mut keys = Vec::new();
    let reach = contact
        .phones
        .iter()
        .map(|p| p.number.chars().filter(|c| c.is_ascii_digit()).collect::<String>())
        .chain(contact.emails.iter().map(|e| e.address.trim().to_lowercase()))
        .chain([contact.wechat_id.trim().to_lowercase(), contact.wechat_qr.trim().to_owned()]);
    for way in reach.filter(|w| !w.is_empty()) {
        keys.push(format!("{name}\u{1f}{way}"));
    }
    keys
}

fn resolve_tag(
    tags: &mut Vec<Tag>,
    name: &str,
    created: &mut usize,
    store: &indexed_db_futures::object_store::ObjectStore<'_>,
) -> StoreResult<TagId> {
    if let Some(tag) = crate::model::find_tag_by_name(tags, name) {
        return Ok(tag.id.clone());
    }
    let tag = Tag::new(TagId::new(new_id()), name.trim());
    records::put(store, &tag)?;
    *created += 1;
    let id = tag.id.clone();
    tags.push(tag);
    Ok(id)
}
