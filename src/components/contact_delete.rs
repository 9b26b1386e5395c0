//! Deleting a contact: asked for once, then undoable. The deleted contact
//! and its photos are kept in memory so Undo can put them back exactly.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::confirm_button::ConfirmButton;
use crate::address_book::{describe_store_error, use_address_book};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::{Locale, Text};
use crate::model::{Contact, Photo};
use crate::store::{Store, StoreResult};

/// A contact just deleted, with everything needed to restore it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedContact {
    pub contact: Contact,
    pub photos: Vec<Photo>,
}

/// "Delete", then "Delete Li Na? [Delete] [Cancel]".
#[component]
pub fn ContactDeleteButton(
    #[prop(into)] contact: Signal<Contact>,
    /// Set once the contact is gone.
    deleted: RwSignal<Option<DeletedContact>>,
) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let failed = RwSignal::new(None::<String>);
    let question = Signal::derive(move || {
        let name = contact.with(Contact::display_name);
        t.locale.get().fill(Text::ContactDeleteQuestion, &[("name", &name)])
    });
    let confirm = Callback::new(move |()| {
        let target = contact.get_untracked();
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            match delete_keeping_copy(target).await {
                Ok(gone) => {
                    deleted.set(Some(gone));
                    book.reload().await;
                }
                Err(error) => {
                    failed.try_set(Some(describe_store_error(locale, &error)));
                }
            }
        });
    });

    view! {
        <ConfirmButton label=Text::ContactDelete question confirm=Text::ContactDeleteConfirm on_confirm=confirm/>
        {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
    }
}

/// Reads the photos, then deletes the contact (photos included).
async fn delete_keeping_copy(contact: Contact) -> StoreResult<DeletedContact> {
    let store = Store::shared().await?;
    let mut photos = Vec::new();
    for id in contact.photo_ids() {
        if let Some(photo) = store.photo(id).await? {
            photos.push(photo);
        }
    }
    store.delete_contact(&contact.id).await?;
    Ok(DeletedContact { contact, photos })
}

/// Shown in place of a deleted contact: what happened, Undo, and the way back.
#[component]
pub fn ContactUndo(deleted: RwSignal<Option<DeletedContact>>) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let failed = RwSignal::new(None::<String>);
    let name = move || deleted.with(|d| d.as_ref().map(|d| d.contact.display_name()).unwrap_or_default());
    let undo = move |_| {
        let Some(gone) = deleted.get_untracked() else { return };
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            match restore(locale, &gone).await {
                Ok(()) => {
                    book.reload().await;
                    deleted.set(None);
                }
                Err(message) => failed.set(Some(message)),
            }
        });
    };
    view! {
        <h1>{t.t(Text::ContactDeletedTitle)}</h1>
        <p><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
        <div class="toast" role="status">
            <span>{move || t.locale.get().fill(Text::ContactDeletedToast, &[("name", &name())])}</span>
            <button type="button" class="button primary" on:click=undo>{t.t(Text::ContactUndo)}</button>
        </div>
        {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
    }
}

async fn restore(locale: Locale, gone: &DeletedContact) -> Result<(), String> {
    let store = Store::shared().await.map_err(|e| describe_store_error(locale, &e))?;
    store
        .add_contact(&gone.contact, &gone.photos, &[])
        .await
        .map_err(|e| describe_store_error(locale, &e))
}
