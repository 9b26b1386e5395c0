//! Small user preferences kept in localStorage through `gloo-storage`.
//!
//! Anything large (contacts, photos) belongs in IndexedDB, not here.

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Locale;

const LOCALE_KEY: &str = "mingpian.locale";
const CURRENT_EVENT_KEY: &str = "mingpian.scan.current_event";
const BOOTH_MODE_KEY: &str = "mingpian.scan.booth_mode";
const MESSAGE_DRAFT_KEY: &str = "mingpian.message.draft";

/// The language the user picked in Settings, or `None` to follow the device.
pub fn chosen_locale() -> Option<Locale> {
    LocalStorage::get(LOCALE_KEY).ok()
}

pub fn set_chosen_locale(locale: Option<Locale>) {
    match locale {
        // A full or blocked storage only loses the preference; the app still works.
        Some(locale) => {
            let _ = LocalStorage::set(LOCALE_KEY, locale);
        }
        None => LocalStorage::delete(LOCALE_KEY),
    }
}

/// The languages the browser prefers, best first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The language to show: the user's choice, else the device's.
pub fn effective_locale(choice: Option<Locale>) -> Locale {
    choice.unwrap_or_else(|| {
        let tags = browser_languages();
        Locale::negotiate(tags.iter().map(String::as_str))
    })
}

/// The event the scanner files new contacts under, kept across restarts
/// (a conference lasts days; the app is closed and reopened many times).
pub fn current_event() -> Option<crate::model::EventId> {
    LocalStorage::get(CURRENT_EVENT_KEY).ok()
}

pub fn set_current_event(event: Option<&crate::model::EventId>) {
    match event {
        Some(event) => {
            let _ = LocalStorage::set(CURRENT_EVENT_KEY, event);
        }
        None => LocalStorage::delete(CURRENT_EVENT_KEY),
    }
}

/// Whether the scanner saves every new code at once (booth mode).
pub fn booth_mode() -> bool {
    LocalStorage::get(BOOTH_MODE_KEY).unwrap_or(false)
}

pub fn set_booth_mode(on: bool) {
    let _ = LocalStorage::set(BOOTH_MODE_KEY, on);
}

/// A message being written but not yet started, so closing the app or
/// leaving the composer does not lose it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MessageDraft {
    pub subject: String,
    pub message: String,
    pub audience: crate::model::Audience,
}

pub fn message_draft() -> Option<MessageDraft> {
    LocalStorage::get(MESSAGE_DRAFT_KEY).ok()
}

pub fn set_message_draft(draft: Option<&MessageDraft>) {
    match draft {
        Some(draft) => {
            let _ = LocalStorage::set(MESSAGE_DRAFT_KEY, draft);
        }
        None => LocalStorage::delete(MESSAGE_DRAFT_KEY),
    }
}
