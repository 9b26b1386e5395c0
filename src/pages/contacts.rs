//! `/`: the address book.

use leptos::prelude::*;

use crate::address_book::{describe_store_error, use_address_book, BookStatus};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::Contact;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let sorted = Memo::new(move |_| {
        let mut contacts = book.contacts.get();
        contacts.sort_by_cached_key(|c| c.display_name().to_lowercase());
        contacts
    });
    let count = move || {
        let n = sorted.with(Vec::len);
        let locale = t.locale.get();
        if n == 1 {
            locale.text(Text::ContactsCountOne).to_owned()
        } else {
            locale.fill(Text::ContactsCountMany, &[("n", &n.to_string())])
        }
    };

    view! {
        <h1>{t.t(Text::NavContacts)}</h1>
        {move || match book.status.get() {
            BookStatus::Loading => view! { <p class="lead" role="status">{t.t(Text::ContactsLoading)}</p> }.into_any(),
            BookStatus::Failed(error) => view! {
                <p class="notice error" role="alert">{move || describe_store_error(t.locale.get(), &error)}</p>
            }.into_any(),
            BookStatus::Outdated => view! {
                <p class="notice error" role="alert">{t.t(Text::ErrorOutdated)}</p>
            }.into_any(),
            BookStatus::Ready if sorted.with(Vec::is_empty) => view! {
                <section class="empty-state">
                    <h2>{t.t(Text::ContactsEmptyTitle)}</h2>
                    <p>{t.t(Text::ContactsEmptyText)}</p>
                </section>
            }.into_any(),
            BookStatus::Ready => view! {
                <p class="count" role="status">{count}</p>
                <ul class="contact-list" aria-label=t.t(Text::ContactsListLabel)>
                    <For each=move || sorted.get() key=|c| (c.id.clone(), c.revision) let:contact>
                        <ContactRow contact/>
                    </For>
                </ul>
            }.into_any(),
        }}
    }
}

#[component]
fn ContactRow(contact: Contact) -> impl IntoView {
    // Text nodes only: scanned and imported text is never parsed as HTML.
    let detail = [contact.title.trim(), contact.organization.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="contact-row">
            <span class="contact-name">{contact.display_name()}</span>
            {(!detail.is_empty()).then(|| view! { <span class="contact-detail">{detail}</span> })}
        </li>
    }
}
