//! One open connection for the whole page.

use std::cell::RefCell;

use super::{Store, StoreResult};

thread_local! {
    static SHARED: RefCell<Option<Store>> = const { RefCell::new(None) };
}

impl Store {
    /// The app's database, opened on first use and reused after.
    pub async fn shared() -> StoreResult<Store> {
        if let Some(store) = SHARED.with_borrow(Clone::clone) {
            return Ok(store);
        }
        let store = Store::open().await?;
        SHARED.with_borrow_mut(|slot| *slot = Some(store.clone()));
        Ok(store)
    }

    /// Forgets the shared connection (after another tab upgraded the schema).
    pub fn forget_shared() {
        if let Some(store) = SHARED.with_borrow_mut(Option::take) {
            store.close();
        }
    }
}
