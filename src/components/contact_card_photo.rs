//! The photo of someone's paper business card: shown small on their page,
//! full screen on request; taken with the camera or picked from the
//! gallery, shrunk before it is stored; replaced or removed.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, Url};

use super::contact_photo_viewer::ContactPhotoViewer;
use crate::address_book::{describe_store_error, keep_data_persistent, use_address_book};
use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::model::Contact;
use crate::photos::prepare_card_photo;
use crate::store::{now, Store, StoreError};

#[derive(Clone, Debug, PartialEq)]
enum Work {
    Idle,
    Preparing,
    Failed(String),
}

#[component]
pub fn ContactCardPhoto(#[prop(into)] contact: Signal<Contact>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let photo_id = Memo::new(move |_| contact.with(|c| c.card_photo.clone()));
    let url = RwSignal::new(None::<String>);
    let work = RwSignal::new(Work::Idle);
    let viewer_open = RwSignal::new(false);
    let thumb_button = NodeRef::<html::Button>::new();

    // Object URLs hold the Blob in memory until revoked: one at a time.
    let show_url = move |next: Option<String>| {
        if let Some(old) = url.try_get_untracked().flatten() {
            let _ = Url::revoke_object_url(&old);
        }
        url.set(next);
    };
    Effect::new(move |_| {
        let Some(id) = photo_id.get() else {
            show_url(None);
            return;
        };
        spawn_local(async move {
            let blob = match Store::shared().await {
                Ok(store) => store.photo_blob(&id).await.ok().flatten(),
                Err(_) => None,
            };
            // Another photo may have replaced this one while it loaded, or
            // the page may have gone (then nothing is shown, nothing leaks).
            if photo_id.try_get_untracked() != Some(Some(id)) {
                return;
            }
            show_url(blob.and_then(|b| Url::create_object_url_with_blob(&b).ok()));
        });
    });
    on_cleanup(move || {
        if let Some(old) = url.try_get_untracked().flatten() {
            let _ = Url::revoke_object_url(&old);
        }
    });

    let on_file = move |event: web_sys::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
        input.set_value("");
        let locale = t.locale.get_untracked();
        work.set(Work::Preparing);
        spawn_local(async move {
            let outcome = store_photo(locale, contact.get_untracked(), &file).await;
            if outcome.is_ok() {
                keep_data_persistent();
            }
            book.reload().await;
            work.set(match outcome {
                Ok(()) => Work::Idle,
                Err(message) => Work::Failed(message),
            });
        });
    };
    let remove = move |_| {
        let locale = t.locale.get_untracked();
        let edited = contact.get_untracked();
        spawn_local(async move {
            let outcome = match Store::shared().await {
                Ok(store) => store.set_card_photo(&edited, None, now()).await.map(|_| ()),
                Err(error) => Err(error),
            };
            book.reload().await;
            work.set(match outcome {
                Ok(()) => Work::Idle,
                Err(error) => Work::Failed(explain(locale, &error)),
            });
        });
    };

    let alt = Signal::derive(move || {
        let name = contact.with(Contact::display_name);
        t.locale.get().fill(Text::ContactPhotoAlt, &[("name", &name)])
    });
    let has_photo = move || photo_id.with(Option::is_some);

    view! {
        <section class="card" aria-labelledby="card-photo-heading">
            <h2 id="card-photo-heading">{t.t(Text::ContactCardPhoto)}</h2>
            {move || url.get().map(|src| view! {
                <button type="button" class="card-photo-thumb" node_ref=thumb_button on:click=move |_| viewer_open.set(true)
                    aria-label=move || t.locale.get().text(Text::ContactPhotoView)>
                    <img src=src alt=move || alt.get()/>
                </button>
            })}
            <Show when=move || !has_photo()>
                <p class="help">{t.t(Text::ContactPhotoHelp)}</p>
            </Show>
            <div class="button-row">
                <label class="button file-picker">
                    <span>{move || t.locale.get().text(if has_photo() { Text::ContactPhotoRetake } else { Text::ContactPhotoTake })}</span>
                    <input type="file" accept="image/*" capture="environment" class="visually-hidden" on:change=on_file/>
                </label>
                <label class="button file-picker">
                    <span>{t.t(Text::ContactPhotoPick)}</span>
                    <input type="file" accept="image/*" class="visually-hidden" on:change=on_file/>
                </label>
                <Show when=has_photo>
                    <button type="button" class="button quiet" on:click=remove>{t.t(Text::ContactPhotoRemove)}</button>
                </Show>
            </div>
            {move || match work.get() {
                Work::Preparing => Some(view! { <p role="status">{t.t(Text::ContactPhotoSaving)}</p> }.into_any()),
                Work::Failed(message) => Some(view! { <p class="notice error" role="alert">{message}</p> }.into_any()),
                Work::Idle => None,
            }}
            <ContactPhotoViewer url alt open=viewer_open return_focus=thumb_button/>
        </section>
    }
}

/// Shrinks the picture, stores it, and points the contact at it.
async fn store_photo(locale: Locale, contact: Contact, file: &web_sys::File) -> Result<(), String> {
    let photo = prepare_card_photo(file)
        .await
        .map_err(|reason| locale.fill(Text::ContactPhotoFailed, &[("reason", &reason)]))?;
    let store = Store::shared().await.map_err(|e| explain(locale, &e))?;
    // One transaction: the old photo goes, the new one and the link arrive.
    store.set_card_photo(&contact, Some(&photo), now()).await.map_err(|e| explain(locale, &e))?;
    Ok(())
}

fn explain(locale: Locale, error: &StoreError) -> String {
    match error {
        StoreError::Conflict { .. } => locale.text(Text::ContactConflictReloaded).to_owned(),
        other => describe_store_error(locale, other),
    }
}
