//! `/`: the address book — search, filter by tags and event, A–Z with
//! pinyin sections or recently met.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::address_book::{describe_store_error, use_address_book, BookStatus};
use crate::components::{use_list_query_url, ContactFilters, ContactListView, MessageTheseContacts, OrganiseLinks};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{ContactList, ListQuery, ListRow};

#[component]
pub fn ContactsPage() -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let url = use_list_query_url();

    // Rebuilt only when the book changes; each keystroke reuses it. The
    // contacts are read in place (no copy of the book per page).
    // A new list always counts as changed (it has no cheap equality).
    let prepared = Memo::new_with_compare(
        move |_| {
            Arc::new(book.tags.with(|tags| {
                book.events.with(|events| book.contacts.with(|c| ContactList::new(c, tags, events)))
            }))
        },
        |_, _| true,
    );
    // The search index is built once the list is on screen (after the next
    // frame), not before it, so opening the page does not wait for it.
    Effect::new(move |_| {
        let list = prepared.get();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Only if the book did not change meanwhile (and the page is still open).
                    if prepared.try_with_untracked(|now| Arc::ptr_eq(now, &list)) == Some(true) {
                        book.contacts.with_untracked(|c| list.prepare_search(c));
                    }
                },
                Duration::ZERO,
            )
        });
    });
    let rows = Memo::new(move |_| {
        let query = url.query.get();
        Arc::new(book.contacts.with(|c| prepared.with(|list| list.rows(c, &query))))
    });
    let shown = Memo::new(move |_| rows.with(|r| r.iter().filter(|r| matches!(r, ListRow::Contact(_))).count()));
    let count = move || {
        let n = shown.get();
        let locale = t.locale.get();
        if n == 1 {
            locale.text(Text::ContactsCountOne).to_owned()
        } else {
            locale.fill(Text::ContactsCountMany, &[("n", &n.to_string())])
        }
    };

    view! {
        <h1>{t.t(Text::NavContacts)}</h1>
        <OrganiseLinks/>
        {move || match book.status.get() {
            BookStatus::Loading => view! { <p class="lead" role="status">{t.t(Text::ContactsLoading)}</p> }.into_any(),
            BookStatus::Failed(error) => view! {
                <p class="notice error" role="alert">{move || describe_store_error(t.locale.get(), &error)}</p>
            }.into_any(),
            BookStatus::Outdated => view! {
                <p class="notice error" role="alert">{t.t(Text::ErrorOutdated)}</p>
            }.into_any(),
            BookStatus::Ready if book.contacts.with(Vec::is_empty) => view! {
                <section class="empty-state">
                    <h2>{t.t(Text::ContactsEmptyTitle)}</h2>
                    <p>{t.t(Text::ContactsEmptyText)}</p>
                </section>
            }.into_any(),
            BookStatus::Ready => view! {
                <ContactFilters url/>
                <p class="count" role="status">{count}</p>
                <MessageTheseContacts query=url.query/>
                <Show
                    when=move || shown.get() != 0
                    fallback=move || view! {
                        <div class="empty-state">
                            <p>{t.t(Text::ContactsNoMatch)}</p>
                            <button type="button" class="button" on:click=move |_| url.set(ListQuery::default())>
                                {t.t(Text::ClearFilters)}
                            </button>
                        </div>
                    }
                >
                    <ContactListView
                        contacts=book.contacts.into()
                        tags=book.tags.into()
                        rows=Signal::derive(move || rows.get())
                    />
                </Show>
            }.into_any(),
        }}
    }
}
