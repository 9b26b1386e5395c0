//! Contacts, tags and events: reads and single-purpose writes.

use crate::model::{Contact, ContactId, Event, EventId, Photo, Tag, TagId};

use super::changes::{self, Change};
use super::error::{StoreError, StoreResult};
use super::photos;
use super::records;
use super::schema::{CONTACTS, CONTACTS_BY_EVENT, CONTACTS_BY_TAG, EVENTS, PHOTOS, TAGS};
use super::Store;

impl Store {
    pub async fn contacts(&self) -> StoreResult<Vec<Contact>> {
        let tx = self.read(&[CONTACTS])?;
        records::all(&tx.object_store(CONTACTS)?).await
    }

    pub async fn contact(&self, id: &ContactId) -> StoreResult<Option<Contact>> {
        let tx = self.read(&[CONTACTS])?;
        records::get(&tx.object_store(CONTACTS)?, id.as_str()).await
    }

    /// Contacts carrying `tag` (through the multi-entry tag index).
    pub async fn contacts_with_tag(&self, tag: &TagId) -> StoreResult<Vec<Contact>> {
        let tx = self.read(&[CONTACTS])?;
        records::by_index(&tx.object_store(CONTACTS)?, CONTACTS_BY_TAG, tag.as_str()).await
    }

    pub async fn contacts_at_event(&self, event: &EventId) -> StoreResult<Vec<Contact>> {
        let tx = self.read(&[CONTACTS])?;
        records::by_index(&tx.object_store(CONTACTS)?, CONTACTS_BY_EVENT, event.as_str()).await
    }

    pub async fn tags(&self) -> StoreResult<Vec<Tag>> {
        let tx = self.read(&[TAGS])?;
        records::all(&tx.object_store(TAGS)?).await
    }

    pub async fn events(&self) -> StoreResult<Vec<Event>> {
        let tx = self.read(&[EVENTS])?;
        records::all(&tx.object_store(EVENTS)?).await
    }

    /// Saves a new contact with its photos and any tags created for it on the
    /// spot, all or nothing. Fails with `Constraint` if the id exists.
    pub async fn add_contact(&self, contact: &Contact, photos: &[Photo], new_tags: &[Tag]) -> StoreResult<()> {
        let tx = self.write(&[CONTACTS, PHOTOS, TAGS])?;
        let tags = tx.object_store(TAGS)?;
        for tag in new_tags {
            records::put(&tags, tag)?;
        }
        let photo_store = tx.object_store(PHOTOS)?;
        for photo in photos {
            photos::put(&photo_store, photo)?;
        }
        records::add(&tx.object_store(CONTACTS)?, contact).await?;
        tx.commit().await?;
        changes::announce(Change::Contacts);
        Ok(())
    }

    /// Saves an edit. `edited.revision` must be the revision the edit
    /// started from: if the stored contact has moved on (another tab saved
    /// it), nothing is written and `Conflict` says so. On success the saved
    /// contact, with its new revision, is returned.
    pub async fn update_contact(&self, edited: &Contact, new_tags: &[Tag], now: crate::model::Millis) -> StoreResult<Contact> {
        let tx = self.write(&[CONTACTS, TAGS])?;
        let contacts = tx.object_store(CONTACTS)?;
        let stored: Contact = records::get(&contacts, edited.id.as_str())
            .await?
            .ok_or(StoreError::NotFound)?;
        if stored.revision != edited.revision {
            return Err(StoreError::Conflict { current: stored.revision });
        }
        let mut saved = edited.clone();
        saved.touch(now);
        let tags = tx.object_store(TAGS)?;
        for tag in new_tags {
            records::put(&tags, tag)?;
        }
        records::put(&contacts, &saved)?;
        tx.commit().await?;
        changes::announce(Change::Contacts);
        Ok(saved)
    }

    /// Replaces (or, with `None`, removes) a contact's card photo in one
    /// transaction: the new photo is stored, the contact points at it, and
    /// the old photo record is deleted — or nothing happens. Revision-checked
    /// like [`update_contact`](Self::update_contact).
    pub async fn set_card_photo(
        &self,
        base: &Contact,
        photo: Option<&Photo>,
        now: crate::model::Millis,
    ) -> StoreResult<Contact> {
        let tx = self.write(&[CONTACTS, PHOTOS])?;
        let contacts = tx.object_store(CONTACTS)?;
        let stored: Contact = records::get(&contacts, base.id.as_str())
            .await?
            .ok_or(StoreError::NotFound)?;
        if stored.revision != base.revision {
            return Err(StoreError::Conflict { current: stored.revision });
        }
        let photo_store = tx.object_store(PHOTOS)?;
        if let Some(old) = &stored.card_photo {
            records::delete(&photo_store, old.as_str())?;
        }
        if let Some(photo) = photo {
            photos::put(&photo_store, photo)?;
        }
        let mut saved = stored;
        saved.card_photo = photo.map(|p| p.id.clone());
        saved.touch(now);
        records::put(&contacts, &saved)?;
        tx.commit().await?;
        changes::announce(Change::Contacts);
        Ok(saved)
    }

    /// Deletes a contact and its photos together.
    pub async fn delete_contact(&self, id: &ContactId) -> StoreResult<()> {
        let tx = self.write(&[CONTACTS, PHOTOS])?;
        let contacts = tx.object_store(CONTACTS)?;
        let stored: Contact = records::get(&contacts, id.as_str())
            .await?
            .ok_or(StoreError::NotFound)?;
        let photo_store = tx.object_store(PHOTOS)?;
        for photo in stored.photo_ids() {
            records::delete(&photo_store, photo.as_str())?;
        }
        records::delete(&contacts, id.as_str())?;
        tx.commit().await?;
        changes::announce(Change::Contacts);
        Ok(())
    }

    /// Creates or renames/recolours a tag; contacts refer to it by id, so a
    /// rename shows everywhere at once.
    pub async fn put_tag(&self, tag: &Tag) -> StoreResult<()> {
        let tx = self.write(&[TAGS])?;
        records::put(&tx.object_store(TAGS)?, tag)?;
        tx.commit().await?;
        changes::announce(Change::Tags);
        Ok(())
    }

    /// Deletes a tag and removes it from every contact, in one transaction.
    /// Returns how many contacts lost the tag.
    pub async fn delete_tag(&self, id: &TagId, now: crate::model::Millis) -> StoreResult<usize> {
        let tx = self.write(&[TAGS, CONTACTS])?;
        let contacts = tx.object_store(CONTACTS)?;
        let tagged: Vec<Contact> = records::by_index(&contacts, CONTACTS_BY_TAG, id.as_str()).await?;
        for mut contact in tagged.iter().cloned() {
            contact.remove_tag(id);
            contact.touch(now);
            records::put(&contacts, &contact)?;
        }
        records::delete(&tx.object_store(TAGS)?, id.as_str())?;
        tx.commit().await?;
        changes::announce(Change::Tags);
        Ok(tagged.len())
    }

    pub async fn put_event(&self, event: &Event) -> StoreResult<()> {
        let tx = self.write(&[EVENTS])?;
        records::put(&tx.object_store(EVENTS)?, event)?;
        tx.commit().await?;
        changes::announce(Change::Events);
        Ok(())
    }
}
