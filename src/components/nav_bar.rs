//! The main navigation: a tab bar at the bottom on phones, within thumb reach.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;

/// Icons are drawn inline (no icon font, nothing from another origin) and
/// hidden from screen readers: the visible label names the link.
#[component]
pub fn NavBar() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let tab = |route: &str, label: Text, icon: &'static str| {
        view! {
            <A href=base.href(route) exact=true>
                <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d=icon/>
                </svg>
                <span class="tab-label">{t.t(label)}</span>
            </A>
        }
    };
    view! {
        <nav class="tab-bar" aria-label=t.t(Text::MainNavigation)>
            {tab("/", Text::NavContacts, ICON_CONTACTS)}
            {tab("/scan", Text::NavScan, ICON_SCAN)}
            {tab("/card", Text::NavMyCard, ICON_CARD)}
            {tab("/settings", Text::NavSettings, ICON_SETTINGS)}
        </nav>
    }
}

const ICON_CONTACTS: &str = "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3.3 0-7 1.7-7 4.5V20h14v-2.5C16 14.7 12.3 13 9 13zm8-2a3 3 0 1 0 0-6M18.5 13.2c2 .6 3.5 2 3.5 4.3V20h-4";
const ICON_SCAN: &str = "M3 8V5a2 2 0 0 1 2-2h3M16 3h3a2 2 0 0 1 2 2v3M21 16v3a2 2 0 0 1-2 2h-3M8 21H5a2 2 0 0 1-2-2v-3M7 7h4v4H7zM13 13h4v4h-4zM13 7h4v4M7 13v4h4";
const ICON_CARD: &str = "M3 5h18v14H3zM7 10a2 2 0 1 0 4 0 2 2 0 0 0-4 0M5.5 16c.6-1.6 2-2.5 3.5-2.5s2.9.9 3.5 2.5M14 9h5M14 12h5M14 15h3";
const ICON_SETTINGS: &str = "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z";
