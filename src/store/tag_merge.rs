//! Merging two tags: every contact of one gets the other, and the first
//! tag goes away, in a single transaction.

use crate::model::{retag, Contact, Millis, Tag, TagId};

use super::changes::{self, Change};
use super::error::{StoreError, StoreResult};
use super::records;
use super::schema::{CONTACTS, CONTACTS_BY_TAG, TAGS};
use super::Store;

impl Store {
    /// Moves every contact tagged `from` to `into` (once each), then deletes
    /// `from`. Returns how many contacts changed. Both tags must exist
    /// (`NotFound` otherwise); merging a tag into itself changes nothing.
    pub async fn merge_tags(&self, from: &TagId, into: &TagId, now: Millis) -> StoreResult<usize> {
        if from == into {
            return Ok(0);
        }
        let tx = self.write(&[TAGS, CONTACTS])?;
        let tags = tx.object_store(TAGS)?;
        for id in [from, into] {
            let found: Option<Tag> = records::get(&tags, id.as_str()).await?;
            found.ok_or(StoreError::NotFound)?;
        }
        let contacts = tx.object_store(CONTACTS)?;
        let tagged: Vec<Contact> = records::by_index(&contacts, CONTACTS_BY_TAG, from.as_str()).await?;
        let mut changed = 0;
        for mut contact in tagged {
            if retag(&mut contact, from, into) {
                contact.touch(now);
                records::put(&contacts, &contact)?;
                changed += 1;
            }
        }
        records::delete(&tags, from.as_str())?;
        tx.commit().await?;
        changes::announce(Change::Tags);
        Ok(changed)
    }
}
