//! `/tags`: every tag with how many contacts carry it; rename, recolour,
//! merge and delete. Each tag links to the Contacts list filtered by it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::address_book::{use_address_book, BookStatus};
use crate::components::{OrganiseLinks, TagRow};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::Tag;

#[component]
pub fn TagsPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let tags = move || {
        let mut all = book.tags.get();
        all.sort_by_key(|tag| Tag::name_key(&tag.name));
        all
    };
    let loading = move || book.status.with(|s| *s == BookStatus::Loading);

    view! {
        <p class="back-link"><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
        <h1>{t.t(Text::TagsTitle)}</h1>
        <OrganiseLinks/>
        <p class="help">{t.t(Text::TagsIntro)}</p>
        <Show when=move || !loading() fallback=move || view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }>
            <Show when=move || book.tags.with(|all| !all.is_empty())
                fallback=move || view! { <p class="empty-state">{t.t(Text::TagsEmpty)}</p> }>
                <ul class="tag-list" aria-label=t.t(Text::TagsTitle)>
                    // Keyed by what a row shows, so a rename or recolour rebuilds it fresh.
                    <For each=tags key=|tag| (tag.id.clone(), tag.name.clone(), tag.colour.clone()) let:tag>
                        <TagRow tag/>
                    </For>
                </ul>
            </Show>
        </Show>
    }
}
