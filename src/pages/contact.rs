//! `/contact/:id`: one person — read, edit, card photo, delete with undo.
//! The contact shown is the address book's copy, so a change saved in
//! another tab appears here at once; editing works on a snapshot.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::address_book::{describe_store_error, use_address_book, BookStatus};
use crate::components::{ContactCardPhoto, ContactDeleteButton, ContactEditor, ContactUndo, ContactView, DeletedContact};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{Contact, ContactId};

#[component]
pub fn ContactPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let params = use_params_map();
    let id = Memo::new(move |_| ContactId::new(params.read().get("id").unwrap_or_default()));
    let found = Memo::new(move |_| {
        let id = id.get();
        book.contacts.with(|all| all.iter().find(|c| c.id == id).cloned())
    });
    let exists = Memo::new(move |_| found.with(Option::is_some));
    // Memos, so a reload that changes nothing does not rebuild an open editor.
    let status = Memo::new(move |_| book.status.get());
    let editing = RwSignal::new(false);
    let deleted = RwSignal::new(None::<DeletedContact>);
    // A different contact (new URL) opens in view mode. Only on a real
    // change: setting a signal re-renders even when the value is the same.
    Effect::new(move |previous: Option<ContactId>| {
        let current = id.get();
        if previous.is_some_and(|p| p != current) {
            editing.set(false);
            deleted.set(None);
        }
        current
    });
    let contact = Signal::derive(move || found.get().unwrap_or_default());

    move || {
        if deleted.with(Option::is_some) {
            return view! { <ContactUndo deleted/> }.into_any();
        }
        match status.get() {
            BookStatus::Loading => view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }.into_any(),
            BookStatus::Failed(error) => {
                view! { <p class="notice error" role="alert">{move || describe_store_error(t.locale.get(), &error)}</p> }.into_any()
            }
            BookStatus::Outdated => view! { <p class="notice error" role="alert">{t.t(Text::ErrorOutdated)}</p> }.into_any(),
            BookStatus::Ready if !exists.get() => view! {
                <h1>{t.t(Text::ContactNotFoundTitle)}</h1>
                <p>{t.t(Text::ContactNotFoundText)}</p>
                <p><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
            }
            .into_any(),
            BookStatus::Ready if editing.get() => {
                let initial: Contact = found.get_untracked().unwrap_or_default();
                view! { <ContactEditor initial on_close=Callback::new(move |_| editing.set(false))/> }.into_any()
            }
            BookStatus::Ready => view! {
                <p class="back-link"><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
                <ContactView contact/>
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| editing.set(true)>{t.t(Text::ContactEdit)}</button>
                </div>
                <ContactCardPhoto contact/>
                <section class="card danger-zone" aria-label=t.t(Text::ContactDelete)>
                    <ContactDeleteButton contact deleted/>
                </section>
            }
            .into_any(),
        }
    }
}
