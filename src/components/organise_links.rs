//! Links to the pages that organise contacts (Tags, Events, Messages), for the
//! Contacts page header.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;

#[component]
pub fn OrganiseLinks() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    view! {
        <nav class="organise-links" aria-label=t.t(Text::OrganiseLinksLabel)>
            <A href=base.href("/tags")>{t.t(Text::TagsTitle)}</A>
            <A href=base.href("/events")>{t.t(Text::EventsTitle)}</A>
            <A href=base.href("/broadcasts")>{t.t(Text::BroadcastsTitle)}</A>
        </nav>
    }
}
