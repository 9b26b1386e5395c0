//! Editing a contact: every field the user may change, on a draft copy.
//! Saving is revision-checked by the store: if the contact changed in
//! another tab meanwhile, nothing is overwritten and the user is offered
//! the newer version instead.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::contact_editor_rows::{bound_input, bound_select, list_rows, numbered};
use super::contact_tags_editor::ContactTagsEditor;
use super::contact_view::phone_kind_text;
use crate::address_book::{describe_store_error, keep_data_persistent, use_address_book};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{Contact, Email, EventId, Phone, PhoneKind, PlaceKind, PostalAddress, ProfileLink, Tag, WebLink};
use crate::store::{now, Store, StoreError};

#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Editing,
    Saving,
    /// Changed in another tab since editing began.
    Conflict,
    Failed(String),
}

const PHONE_KINDS: [(PhoneKind, &str); 5] = [
    (PhoneKind::Cell, "cell"),
    (PhoneKind::Work, "work"),
    (PhoneKind::Home, "home"),
    (PhoneKind::Fax, "fax"),
    (PhoneKind::Other, "other"),
];

const PLACE_KINDS: [(PlaceKind, &str); 3] =
    [(PlaceKind::Work, "work"), (PlaceKind::Home, "home"), (PlaceKind::Other, "other")];

#[component]
pub fn ContactEditor(
    /// The contact as it was when editing began (its revision is checked on save).
    initial: Contact,
    /// Called after saving, cancelling, or reloading after a conflict.
    on_close: Callback<()>,
) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let draft = RwSignal::new(initial);
    let new_tags = RwSignal::new(Vec::<Tag>::new());
    let state = RwSignal::new(SaveState::Editing);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.get_untracked() == SaveState::Saving {
            return;
        }
        let edited = draft.get_untracked();
        // Only tags still ticked are created.
        let created: Vec<Tag> = new_tags.get_untracked().into_iter().filter(|tag| edited.has_tag(&tag.id)).collect();
        let locale = t.locale.get_untracked();
        state.set(SaveState::Saving);
        spawn_local(async move {
            let result = match Store::shared().await {
                Ok(store) => store.update_contact(&tidy(edited), &created, now()).await,
                Err(error) => Err(error),
            };
            match result {
                Ok(_) => {
                    keep_data_persistent();
                    book.reload().await;
                    on_close.try_run(());
                }
                Err(StoreError::Conflict { .. }) => state.set(SaveState::Conflict),
                Err(error) => state.set(SaveState::Failed(describe_store_error(locale, &error))),
            }
        });
    };
    let reload = move |_| {
        spawn_local(async move {
            book.reload().await;
            on_close.try_run(());
        });
    };

    let text_field = move |label: Text, get: fn(&Contact) -> &String, set: fn(&mut Contact, String)| {
        view! {
            <label class="field">
                <span>{t.t(label)}</span>
                <input
                    type="text"
                    prop:value=move || draft.with(|c| get(c).clone())
                    on:input=move |ev| draft.update(|c| set(c, event_target_value(&ev)))
                />
            </label>
        }
    };

    let phones = list_rows(draft, |c| c.phones.len(), |c, i| { c.phones.remove(i); }, Text::ContactRemovePhone, move |i| view! {
        {bound_select(draft, numbered(Text::ContactPhoneKindN, i), &PHONE_KINDS, phone_kind_text,
            move |c| c.phones.get(i).map(|p| p.kind),
            move |c, kind| if let Some(p) = c.phones.get_mut(i) { p.kind = kind })}
        {bound_input(draft, numbered(Text::ContactPhoneN, i), "tel", "field grow",
            move |c| c.phones.get(i).map(|p| p.number.clone()),
            move |c, v| if let Some(p) = c.phones.get_mut(i) { p.number = v })}
    });
    let emails = list_rows(draft, |c| c.emails.len(), |c, i| { c.emails.remove(i); }, Text::ContactRemoveEmail, move |i| {
        bound_input(draft, numbered(Text::ContactEmailN, i), "email", "field grow",
            move |c| c.emails.get(i).map(|e| e.address.clone()),
            move |c, v| if let Some(e) = c.emails.get_mut(i) { e.address = v })
    });
    let links = list_rows(draft, |c| c.urls.len(), |c, i| { c.urls.remove(i); }, Text::ContactRemoveLink, move |i| {
        bound_input(draft, numbered(Text::ContactLinkN, i), "url", "field grow",
            move |c| c.urls.get(i).map(|u| u.url.clone()),
            move |c, v| if let Some(u) = c.urls.get_mut(i) { u.url = v })
    });
    let profiles = list_rows(draft, |c| c.profiles.len(), |c, i| { c.profiles.remove(i); }, Text::ContactRemoveProfile, move |i| view! {
        {bound_input(draft, numbered(Text::ContactProfileServiceN, i), "text", "field",
            move |c| c.profiles.get(i).map(|p| p.service.clone()),
            move |c, v| if let Some(p) = c.profiles.get_mut(i) { p.service = v })}
        {bound_input(draft, numbered(Text::ContactProfileUrlN, i), "url", "field grow",
            move |c| c.profiles.get(i).map(|p| p.url.clone()),
            move |c, v| if let Some(p) = c.profiles.get_mut(i) { p.url = v })}
    });
    let addresses = list_rows(draft, |c| c.addresses.len(), |c, i| { c.addresses.remove(i); }, Text::ContactRemoveAddress, move |i| {
        // Each part of the address, by its label and where it lives in the record.
        let part = move |label: Text, class: &'static str, get: fn(&PostalAddress) -> &String, set: fn(&mut PostalAddress, String)| {
            bound_input(draft, t.t_owned(label), "text", class,
                move |c| c.addresses.get(i).map(|a| get(a).clone()),
                move |c, v| if let Some(a) = c.addresses.get_mut(i) { set(a, v) })
        };
        view! {
            <fieldset class="address-editor grow">
                <legend>{numbered(Text::ContactAddressN, i)}</legend>
                {bound_select(draft, t.t_owned(Text::ContactAddressKind), &PLACE_KINDS, address_kind_text,
                    move |c| c.addresses.get(i).map(|a| a.kind),
                    move |c, kind| if let Some(a) = c.addresses.get_mut(i) { a.kind = kind })}
                {part(Text::ContactStreet, "field", |a| &a.street, |a, v| a.street = v)}
                <div class="field-pair">
                    {part(Text::ContactPostalCode, "field", |a| &a.postal_code, |a, v| a.postal_code = v)}
                    {part(Text::ContactCity, "field", |a| &a.locality, |a, v| a.locality = v)}
                </div>
                <div class="field-pair">
                    {part(Text::ContactRegion, "field", |a| &a.region, |a, v| a.region = v)}
                    {part(Text::ContactCountry, "field", |a| &a.country, |a, v| a.country = v)}
                </div>
            </fieldset>
        }
    });

    let events = move || {
        let mut all = book.events.get();
        all.sort_by(|a, b| b.starts.cmp(&a.starts).then_with(|| a.name.cmp(&b.name)));
        all
    };
    let chosen_event = move || draft.with(|c| c.event.as_ref().map(|e| e.to_string()).unwrap_or_default());

    view! {
        <h1>{move || {
            let name = draft.with(Contact::display_name);
            t.locale.get().fill(Text::ContactEditTitle, &[("name", &name)])
        }}</h1>
        <form class="contact-editor" on:submit=save novalidate=true>
            <section class="card" aria-labelledby="edit-who-heading">
                <h2 id="edit-who-heading">{t.t(Text::ContactWho)}</h2>
                {text_field(Text::ContactAlias, |c| &c.alias, |c, v| c.alias = v)}
                <p class="help">{t.t(Text::ContactAliasHelp)}</p>
                {text_field(Text::ContactFormattedName, |c| &c.name.formatted, |c, v| c.name.formatted = v)}
                <div class="field-pair">
                    {text_field(Text::ContactFamilyName, |c| &c.name.family, |c, v| c.name.family = v)}
                    {text_field(Text::ContactGivenName, |c| &c.name.given, |c, v| c.name.given = v)}
                </div>
                {text_field(Text::ContactOrganization, |c| &c.organization, |c, v| c.organization = v)}
                {text_field(Text::ContactDepartment, |c| &c.department, |c, v| c.department = v)}
                {text_field(Text::ContactTitle, |c| &c.title, |c, v| c.title = v)}
            </section>
            <section class="card" aria-labelledby="edit-reach-heading">
                <h2 id="edit-reach-heading">{t.t(Text::ContactReach)}</h2>
                {phones}
                <button type="button" class="button" on:click=move |_| draft.update(|c| c.phones.push(Phone::new(PhoneKind::Cell, "")))>
                    {t.t(Text::ContactAddPhone)}
                </button>
                {emails}
                <button type="button" class="button" on:click=move |_| draft.update(|c| c.emails.push(Email::new(PlaceKind::Work, "")))>
                    {t.t(Text::ContactAddEmail)}
                </button>
                {text_field(Text::ContactWechatId, |c| &c.wechat_id, |c, v| c.wechat_id = v)}
                {text_field(Text::ContactWechatLink, |c| &c.wechat_qr, |c, v| c.wechat_qr = v)}
                {text_field(Text::ContactLinkedin, |c| &c.linkedin, |c, v| c.linkedin = v)}
                {links}
                <button type="button" class="button" on:click=move |_| draft.update(|c| c.urls.push(WebLink::new("")))>
                    {t.t(Text::ContactAddLink)}
                </button>
                {profiles}
                <button type="button" class="button" on:click=move |_| draft.update(|c| c.profiles.push(ProfileLink::default()))>
                    {t.t(Text::ContactAddProfile)}
                </button>
                {addresses}
                <button type="button" class="button" on:click=move |_| draft.update(|c| c.addresses.push(PostalAddress::default()))>
                    {t.t(Text::ContactAddAddress)}
                </button>
            </section>
            <section class="card" aria-labelledby="edit-organise-heading">
                <h2 id="edit-organise-heading">{t.t(Text::ContactOrganise)}</h2>
                <ContactTagsEditor draft new_tags/>
                <label class="field">
                    <span>{t.t(Text::ContactEvent)}</span>
                    <select on:change=move |ev| {
                        let value = event_target_value(&ev);
                        draft.update(|c| c.event = (!value.is_empty()).then(|| EventId::new(value)));
                    }>
                        <option value="" selected=move || chosen_event().is_empty()>{t.t(Text::ContactNoEvent)}</option>
                        <For each=events key=|e| (e.id.clone(), e.name.clone()) let:event>
                            {
                                let value = event.id.to_string();
                                let selected_value = value.clone();
                                view! { <option value=value selected=move || chosen_event() == selected_value>{event.name.clone()}</option> }
                            }
                        </For>
                    </select>
                </label>
                <label class="field">
                    <span>{t.t(Text::ContactDescription)}</span>
                    <textarea
                        rows="5"
                        prop:value=move || draft.with(|c| c.description.clone())
                        on:input=move |ev| draft.update(|c| c.description = event_target_value(&ev))
                    ></textarea>
                </label>
            </section>
            {move || match state.get() {
                SaveState::Conflict => Some(view! {
                    <div class="notice error" role="alert">
                        <p>{t.t(Text::ContactConflict)}</p>
                        <button type="button" class="button primary" on:click=reload>{t.t(Text::ContactReload)}</button>
                    </div>
                }.into_any()),
                SaveState::Failed(message) => Some(view! { <p class="notice error" role="alert">{message}</p> }.into_any()),
                SaveState::Saving => Some(view! { <p role="status">{t.t(Text::ContactSaving)}</p> }.into_any()),
                SaveState::Editing => None,
            }}
            <div class="button-row sticky-actions">
                <button type="submit" class="button primary" disabled=move || matches!(state.get(), SaveState::Saving | SaveState::Conflict)>
                    {t.t(Text::ContactSave)}
                </button>
                <button type="button" class="button quiet" on:click=move |_| on_close.run(())>{t.t(Text::ContactCancel)}</button>
            </div>
        </form>
    }
}

fn address_kind_text(locale: crate::i18n::Locale, kind: PlaceKind) -> &'static str {
    locale.text(match kind {
        PlaceKind::Work => Text::ContactPhoneWork,
        PlaceKind::Home => Text::ContactPhoneHome,
        PlaceKind::Other => Text::ContactPhoneOther,
    })
}

/// Drops rows left empty and trims what was typed.
fn tidy(mut contact: Contact) -> Contact {
    contact.phones.retain(|p| !p.number.trim().is_empty());
    contact.emails.retain(|e| !e.address.trim().is_empty());
    contact.urls.retain(|u| !u.url.trim().is_empty());
    contact.profiles.retain(|p| !p.url.trim().is_empty());
    for profile in &mut contact.profiles {
        profile.service = profile.service.trim().to_owned();
        profile.url = profile.url.trim().to_owned();
    }
    for address in &mut contact.addresses {
        for part in [
            &mut address.street,
            &mut address.locality,
            &mut address.region,
            &mut address.postal_code,
            &mut address.country,
        ] {
            *part = part.trim().to_owned();
        }
    }
    contact.addresses.retain(|a| !a.is_empty());
    for phone in &mut contact.phones {
        phone.number = phone.number.trim().to_owned();
    }
    for email in &mut contact.emails {
        email.address = email.address.trim().to_owned();
    }
    for url in &mut contact.urls {
        url.url = url.url.trim().to_owned();
    }
    for field in [
        &mut contact.alias,
        &mut contact.name.formatted,
        &mut contact.name.family,
        &mut contact.name.given,
        &mut contact.organization,
        &mut contact.department,
        &mut contact.title,
        &mut contact.wechat_id,
        &mut contact.wechat_qr,
        &mut contact.linkedin,
    ] {
        *field = field.trim().to_owned();
    }
    contact.description = contact.description.trim_end().to_owned();
    contact
}
