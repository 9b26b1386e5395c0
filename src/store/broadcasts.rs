//! Broadcasts: one message sent to a tag set, with each recipient's state.
//! Marking a recipient reads and writes the record in one transaction, so
//! two tabs working through the same queue never undo each other's marks.

use crate::model::{Broadcast, BroadcastId, Channel, ContactId, Millis, RecipientState};

use super::changes::{self, Change};
use super::error::{StoreError, StoreResult};
use super::records;
use super::schema::BROADCASTS;
use super::Store;

impl Store {
    /// Every broadcast, in no particular order.
    pub async fn broadcasts(&self) -> StoreResult<Vec<Broadcast>> {
        let tx = self.read(&[BROADCASTS])?;
        records::all(&tx.object_store(BROADCASTS)?).await
    }

    pub async fn broadcast(&self, id: &BroadcastId) -> StoreResult<Option<Broadcast>> {
        let tx = self.read(&[BROADCASTS])?;
        records::get(&tx.object_store(BROADCASTS)?, id.as_str()).await
    }

    /// Saves a new broadcast; fails with `Constraint` if the id exists.
    pub async fn add_broadcast(&self, broadcast: &Broadcast) -> StoreResult<()> {
        let tx = self.write(&[BROADCASTS])?;
        records::add(&tx.object_store(BROADCASTS)?, broadcast).await?;
        tx.commit().await?;
        changes::announce(Change::Broadcasts);
        Ok(())
    }

    /// Records the outcome for each of `contacts` (one, or everyone in a Bcc
    /// email) and returns the saved broadcast.
    pub async fn mark_recipients(
        &self,
        id: &BroadcastId,
        contacts: &[ContactId],
        state: RecipientState,
        channel: Option<Channel>,
        now: Millis,
    ) -> StoreResult<Broadcast> {
        let tx = self.write(&[BROADCASTS])?;
        let store = tx.object_store(BROADCASTS)?;
        let mut broadcast: Broadcast = records::get(&store, id.as_str()).await?.ok_or(StoreError::NotFound)?;
        let mut changed = false;
        for contact in contacts {
            changed |= broadcast.mark(contact, state, channel, now);
        }
        if changed {
            records::put(&store, &broadcast)?;
        }
        tx.commit().await?;
        if changed {
            changes::announce(Change::Broadcasts);
        }
        Ok(broadcast)
    }

    pub async fn delete_broadcast(&self, id: &BroadcastId) -> StoreResult<()> {
        let tx = self.write(&[BROADCASTS])?;
        records::delete(&tx.object_store(BROADCASTS)?, id.as_str())?;
        tx.commit().await?;
        changes::announce(Change::Broadcasts);
        Ok(())
    }
}
