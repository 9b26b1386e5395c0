//! The saved broadcasts as the UI sees them: a reactive list, reloaded
//! whenever this tab or another one records a send.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::model::{newest_first, Broadcast, BroadcastId, ContactId, Millis};
use crate::store::{changes, Change, Store, StoreError};

#[derive(Clone, Copy)]
pub struct BroadcastList {
    /// Newest first.
    pub all: RwSignal<Vec<Broadcast>>,
    /// `None` while loading; the error if the store could not be read.
    pub loaded: RwSignal<Option<Result<(), StoreError>>>,
}

impl BroadcastList {
    pub fn start() -> BroadcastList {
        let list = BroadcastList { all: RwSignal::new(Vec::new()), loaded: RwSignal::new(None) };
        spawn_local(list.reload());
        changes::listen(move |change| {
            if matches!(change, Change::Broadcasts | Change::Everything) {
                spawn_local(list.reload());
            }
        });
        list
    }

    pub async fn reload(self) {
        let read = async { Store::shared().await?.broadcasts().await };
        match read.await {
            Ok(mut all) => {
                newest_first(&mut all);
                self.all.try_set(all);
                self.loaded.try_set(Some(Ok(())));
            }
            Err(error) => {
                self.loaded.try_set(Some(Err(error)));
            }
        }
    }

    pub fn get(self, id: &BroadcastId) -> Option<Broadcast> {
        self.all.with(|all| all.iter().find(|b| &b.id == id).cloned())
    }

    /// The broadcasts `contact` was sent, with when: for their page.
    pub fn reached(self, contact: &ContactId) -> Vec<(Millis, Broadcast)> {
        self.all.with(|all| {
            all.iter()
                .filter_map(|b| b.reached(contact).map(|(at, _)| (at, b.clone())))
                .collect()
        })
    }
}

pub fn use_broadcast_list() -> BroadcastList {
    expect_context::<BroadcastList>()
}
