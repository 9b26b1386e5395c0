//! The My card page's state: the user's cards, the one being edited, and
//! keeping them in the store (one setting, [`MY_CARDS_SETTING`]).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::describe_store_error;
use crate::i18n::{Locale, Text};
use crate::model::{MyCard, MyCards, MY_CARDS_SETTING};
use crate::store::{new_id, Store, StoreError};

#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    Loading,
    Ready,
    Failed(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    Saving,
    Saved,
    Failed(String),
}

/// Shared by the page's components; cheap to copy.
#[derive(Clone, Copy)]
pub struct MyCardState {
    pub cards: RwSignal<MyCards>,
    /// Id of the card being edited and shown.
    pub selected: RwSignal<String>,
    pub load: RwSignal<LoadStatus>,
    pub save: RwSignal<SaveStatus>,
    /// The card being edited, if any.
    pub current: Memo<Option<MyCard>>,
    locale: RwSignal<Locale>,
    /// A write is under way; later changes wait for it, so writes land in
    /// order and the last one holds the latest cards.
    writing: StoredValue<bool>,
    /// Changed while a write was under way: write again when it finishes.
    dirty: StoredValue<bool>,
}

impl MyCardState {
    /// Loads the stored cards; with none, starts a first blank card
    /// (stored once the user types into it).
    pub fn start(locale: RwSignal<Locale>) -> MyCardState {
        let cards = RwSignal::new(MyCards::default());
        let selected = RwSignal::new(String::new());
        let current = Memo::new(move |_| selected.with(|id| cards.with(|c| c.get(id).cloned())));
        let state = MyCardState {
            cards,
            selected,
            load: RwSignal::new(LoadStatus::Loading),
            save: RwSignal::new(SaveStatus::Idle),
            current,
            locale,
            writing: StoredValue::new(false),
            dirty: StoredValue::new(false),
        };
        spawn_local(async move {
            match load().await {
                Ok(mut stored) => {
                    if stored.cards.is_empty() {
                        let label = locale.get_untracked().text(Text::MyCardFirstLabel);
                        stored.add(MyCard::new(new_id(), label));
                    }
                    let first = stored.default_card().map(|c| c.id.clone()).unwrap_or_default();
                    state.cards.try_set(stored);
                    state.selected.try_set(first);
                    state.load.try_set(LoadStatus::Ready);
                }
                Err(error) => {
                    let text = describe_store_error(locale.get_untracked(), &error);
                    state.load.try_set(LoadStatus::Failed(text));
                }
            }
        });
        state
    }

    /// Changes the card being edited, then saves.
    pub fn edit(self, change: impl FnOnce(&mut MyCard)) {
        self.edit_card(&self.selected.get_untracked(), change);
    }

    /// Changes card `id` (e.g. one the user has since switched away from), then saves.
    pub fn edit_card(self, id: &str, change: impl FnOnce(&mut MyCard)) {
        self.cards.update(|cards| {
            if let Some(card) = cards.get_mut(id) {
                change(card);
            }
        });
        self.persist();
    }

    /// Adds a blank card named for its place ("Personal", "Card 3") and edits it.
    pub fn add_card(self) {
        let locale = self.locale.get_untracked();
        let n = self.cards.with_untracked(|c| c.cards.len()) + 1;
        let label = match n {
            1 => locale.text(Text::MyCardFirstLabel).to_owned(),
            2 => locale.text(Text::MyCardSecondLabel).to_owned(),
            _ => locale.fill(Text::MyCardNthLabel, &[("n", &n.to_string())]),
        };
        let id = new_id();
        self.cards.update(|c| c.add(MyCard::new(id.clone(), label)));
        self.selected.set(id);
        self.persist();
    }

    pub fn delete_selected(self) {
        let id = self.selected.get_untracked();
        self.cards.update(|c| c.remove(&id));
        let next = self.cards.with_untracked(|c| c.default_card().map(|c| c.id.clone()));
        match next {
            Some(next) => self.selected.set(next),
            // Never leave the page without a card to type into.
            None => self.add_card(),
        }
        self.persist();
    }

    pub fn make_default(self) {
        let id = self.selected.get_untracked();
        self.cards.update(|c| c.set_default(&id));
        self.persist();
    }

    fn persist(self) {
        if self.writing.get_value() {
            self.dirty.set_value(true);
            return;
        }
        self.writing.set_value(true);
        self.save.set(SaveStatus::Saving);
        spawn_local(async move {
            let outcome = loop {
                self.dirty.set_value(false);
                let value = self.cards.with_untracked(MyCards::to_value);
                if let Err(error) = write(value).await {
                    break SaveStatus::Failed(describe_store_error(self.locale.get_untracked(), &error));
                }
                if !self.dirty.get_value() {
                    break SaveStatus::Saved;
                }
            };
            self.writing.set_value(false);
            self.save.try_set(outcome);
        });
    }
}

async fn load() -> Result<MyCards, StoreError> {
    let store = Store::shared().await?;
    Ok(store
        .setting(MY_CARDS_SETTING)
        .await?
        .map(MyCards::from_value)
        .unwrap_or_default())
}

async fn write(value: serde_json::Value) -> Result<(), StoreError> {
    Store::shared().await?.set_setting(MY_CARDS_SETTING, value).await
}
