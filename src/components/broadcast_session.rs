//! The state of one broadcast being worked through: the saved record, the
//! recipients' contacts, who is up next, and recording each outcome.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::{describe_store_error, use_address_book};
use crate::broadcast_list::{use_broadcast_list, BroadcastList};
use crate::context::{use_i18n, I18n};
use crate::model::{Broadcast, BroadcastId, Channel, Contact, ContactId, ContactReach, RecipientState};
use crate::store::{now, Store};

#[derive(Clone, Copy)]
pub struct BroadcastSession {
    pub broadcast: Memo<Option<Broadcast>>,
    /// The recipients' contacts that still exist, by id.
    pub people: Memo<HashMap<ContactId, Contact>>,
    /// A recipient picked with "Send now", shown before the queue's order.
    pub focus: RwSignal<Option<ContactId>>,
    /// Position of the last recipient dealt with: the queue goes on after it.
    pub after: RwSignal<Option<usize>>,
    /// Position of the recipient the queue shows, if any is left.
    pub current: Memo<Option<usize>>,
    pub error: RwSignal<Option<String>>,
    i18n: I18n,
    list: BroadcastList,
}

impl BroadcastSession {
    pub fn new(id: Signal<BroadcastId>) -> BroadcastSession {
        let list = use_broadcast_list();
        let book = use_address_book();
        let broadcast = Memo::new(move |_| id.with(|id| list.get(id)));
        let people = Memo::new(move |_| -> HashMap<ContactId, Contact> {
            let wanted: HashSet<ContactId> = broadcast.with(|b| {
                b.iter().flat_map(|b| b.recipients.iter().map(|r| r.contact.clone())).collect()
            });
            book.contacts.with(|all| {
                all.iter().filter(|c| wanted.contains(&c.id)).map(|c| (c.id.clone(), c.clone())).collect()
            })
        });
        let focus = RwSignal::new(None);
        let after = RwSignal::new(None);
        let current = Memo::new(move |_| {
            broadcast.with(|b| {
                let b = b.as_ref()?;
                people.with(|people| {
                    let reachable = |id: &ContactId| people.get(id).is_some_and(|c| ContactReach::of(c).is_reachable());
                    let focused = focus.with(|f| {
                        f.as_ref().and_then(|f| {
                            b.recipients
                                .iter()
                                .position(|r| &r.contact == f && r.state == RecipientState::Pending && reachable(f))
                        })
                    });
                    focused.or_else(|| b.next_pending(after.get(), reachable))
                })
            })
        });
        BroadcastSession { broadcast, people, focus, after, current, error: RwSignal::new(None), i18n: use_i18n(), list }
    }

    pub fn reach(self, contact: &ContactId) -> ContactReach {
        self.people.with(|p| p.get(contact).map(ContactReach::of).unwrap_or_default())
    }

    /// Records `state` for `contacts` and moves the queue on past them.
    pub fn mark(self, contacts: Vec<ContactId>, state: RecipientState, channel: Option<Channel>) {
        let Some(id) = self.broadcast.with_untracked(|b| b.as_ref().map(|b| b.id.clone())) else { return };
        let locale = self.i18n.locale.get_untracked();
        let list = self.list;
        spawn_local(async move {
            let saved = async { Store::shared().await?.mark_recipients(&id, &contacts, state, channel, now()).await };
            match saved.await {
                Ok(saved) => {
                    if state != RecipientState::Pending {
                        let last = contacts.last().and_then(|c| saved.recipients.iter().position(|r| &r.contact == c));
                        self.after.try_set(last);
                    }
                    self.focus.try_set(None);
                    self.error.try_set(None);
                    list.all.try_update(|all| {
                        if let Some(old) = all.iter_mut().find(|b| b.id == saved.id) {
                            *old = saved;
                        }
                    });
                }
                Err(error) => {
                    self.error.try_set(Some(describe_store_error(locale, &error)));
                }
            }
        });
    }
}
