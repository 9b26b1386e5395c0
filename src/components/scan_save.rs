//! Saving what the scanner read: a new contact (with any tags created on
//! the spot and an embedded photo) in one store transaction, or the scan
//! folded into a contact already in the book.

use crate::address_book::keep_data_persistent;
use crate::model::{file_scanned_card, merge_scanned, Contact, ImportedCard, PhotoId, ScanNotes, Tag};
use crate::store::{new_id, now, Store, StoreError};

/// Saves `card` as a new contact with `notes`; returns what was stored.
pub async fn save_scanned(card: &ImportedCard, notes: &ScanNotes, tags: &[Tag]) -> Result<Contact, StoreError> {
    let mut filed = file_scanned_card(card, notes, tags, new_id().into(), now(), new_id);
    let photos: Vec<_> = card
        .portrait
        .clone()
        .map(|data| data.into_photo(PhotoId::new(new_id())))
        .into_iter()
        .collect();
    filed.contact.portrait = photos.first().map(|p| p.id.clone());
    let store = Store::shared().await?;
    store.add_contact(&filed.contact, &photos, &filed.new_tags).await?;
    keep_data_persistent();
    Ok(filed.contact)
}

/// Adds what `card` says to `existing` (see `merge_scanned`); fails with
/// `Conflict` if `existing` changed meanwhile.
pub async fn update_with_scan(
    existing: &Contact,
    card: &ImportedCard,
    notes: &ScanNotes,
    tags: &[Tag],
) -> Result<Contact, StoreError> {
    let filed = file_scanned_card(card, notes, tags, existing.id.clone(), now(), new_id);
    let merged = merge_scanned(existing, &filed.contact);
    let store = Store::shared().await?;
    store.update_contact(&merged, &filed.new_tags, now()).await
}

/// Removes a contact saved a moment ago (booth mode's undo).
pub async fn undo_save(contact: &Contact) -> Result<(), StoreError> {
    Store::shared().await?.delete_contact(&contact.id).await
}
