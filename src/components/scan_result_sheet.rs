//! What a scanned code holds, shown right after it is read. A contact gets
//! the current event's tag already applied, more tags, an alias and a
//! description, and "Save contact"; someone already in the book is offered
//! to open or update instead. Other codes (links, Wi-Fi, text, WeChat Pay)
//! are only shown; a web link opens on an explicit tap and only through
//! `safe_link`.
//!
//! Everything scanned is rendered as Leptos text nodes, never as HTML.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::{describe_store_error, use_address_book};
use crate::components::scan_save::{save_scanned, update_with_scan};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::{Locale, Text};
use crate::model::{
    find_duplicate, find_tag, find_tag_by_name, safe_link, Contact, Event, ImportedCard, ScanNotes,
    ScannedPayload, TagId, WifiSecurity,
};

/// A code as read: its text and what it was recognised as.
#[derive(Clone, Debug, PartialEq)]
pub struct Scanned {
    pub text: String,
    pub payload: ScannedPayload,
}

/// The name to announce for a saved contact.
pub fn saved_name(locale: Locale, contact: &Contact) -> String {
    let name = contact.display_name();
    if name.is_empty() {
        locale.text(Text::ScanUnnamed).to_owned()
    } else {
        name
    }
}

fn kind_heading(payload: &ScannedPayload) -> Text {
    match payload {
        ScannedPayload::Contacts(_) => Text::ScanResultContact,
        ScannedPayload::WeChatPay { .. } => Text::ScanResultWeChatPay,
        ScannedPayload::Url { .. } => Text::ScanResultUrl,
        ScannedPayload::Phone { .. } => Text::ScanResultPhone,
        ScannedPayload::Email { .. } => Text::ScanResultEmail,
        ScannedPayload::Sms { .. } => Text::ScanResultSms,
        ScannedPayload::Wifi(_) => Text::ScanResultWifi,
        ScannedPayload::Text(_) | ScannedPayload::Binary { .. } | ScannedPayload::Empty => Text::ScanResultText,
    }
}

/// `on_close` gets what to announce (e.g. "Saved Li Na."), or `None` when
/// the user discards the scan.
#[component]
pub fn ScanResultSheet(scanned: Scanned, event: Option<Event>, on_close: Callback<Option<String>>) -> impl IntoView {
    let t = use_i18n();
    let heading = kind_heading(&scanned.payload);
    let raw = scanned.text.clone();
    let body = match scanned.payload.clone() {
        ScannedPayload::Contacts(cards) => {
            view! { <ContactResult cards event on_close/> }.into_any()
        }
        other => view! { <OtherResult payload=other/> }.into_any(),
    };
    let is_contact = matches!(scanned.payload, ScannedPayload::Contacts(_));

    view! {
        <section class="scan-sheet card" role="dialog" aria-modal="false" aria-labelledby="scan-sheet-heading">
            <h2 id="scan-sheet-heading" tabindex="-1">{t.t(heading)}</h2>
            {body}
            <details class="scan-raw">
                <summary>{t.t(Text::ScanRaw)}</summary>
                <pre>{raw}</pre>
            </details>
            {(!is_contact).then(|| view! {
                <div class="button-row">
                    <button type="button" class="button primary" on:click=move |_| on_close.run(None)>
                        {t.t(Text::ScanAgain)}
                    </button>
                </div>
            })}
        </section>
    }
}

#[component]
fn OtherResult(payload: ScannedPayload) -> impl IntoView {
    let t = use_i18n();
    let link = payload.link().and_then(|l| safe_link(&l));
    match payload {
        ScannedPayload::WeChatPay { .. } => view! { <p class="notice">{t.t(Text::ScanWeChatPayNote)}</p> }.into_any(),
        ScannedPayload::Url { url, host } => {
            // Only web pages open from here, and only on a tap naming the host.
            let web = link.filter(|l| {
                let lower = l.to_ascii_lowercase();
                lower.starts_with("https://") || lower.starts_with("http://")
            });
            let host_for_label = host.clone();
            view! {
                <p class="scan-host">{move || t.locale.get().fill(Text::ScanUrlHost, &[("host", &host)])}</p>
                <p class="scan-url">{url}</p>
                {web.map(|href| view! {
                    <a class="button" href=href target="_blank" rel="noopener noreferrer">
                        {move || t.locale.get().fill(Text::ScanOpenHost, &[("host", &host_for_label)])}
                    </a>
                })}
            }
            .into_any()
        }
        ScannedPayload::Phone { number } => view! {
            <p class="scan-value">{number}</p>
            {link.map(|href| view! { <a class="button" href=href>{t.t(Text::ScanOpenLink)}</a> })}
        }
        .into_any(),
        ScannedPayload::Email { to, subject, body } => view! {
            <p class="scan-value">{to.join(", ")}</p>
            {(!subject.is_empty()).then(|| view! { <p><strong>{subject}</strong></p> })}
            {(!body.is_empty()).then(|| view! { <p class="scan-body">{body}</p> })}
            {link.map(|href| view! { <a class="button" href=href>{t.t(Text::ScanOpenLink)}</a> })}
        }
        .into_any(),
        ScannedPayload::Sms { number, body } => view! {
            <p class="scan-value">{number}</p>
            {(!body.is_empty()).then(|| view! { <p class="scan-body">{body}</p> })}
            {link.map(|href| view! { <a class="button" href=href>{t.t(Text::ScanOpenLink)}</a> })}
        }
        .into_any(),
        ScannedPayload::Wifi(network) => {
            let open = network.security == WifiSecurity::Open || network.password.is_empty();
            view! {
                <dl class="scan-fields">
                    <dt>{t.t(Text::ScanWifiName)}</dt>
                    <dd>{network.ssid}</dd>
                    <dt>{t.t(Text::ScanWifiPassword)}</dt>
                    <dd>{if open { None } else { Some(network.password) }}
                        {open.then(|| t.t(Text::ScanWifiOpen))}</dd>
                </dl>
            }
            .into_any()
        }
        ScannedPayload::Text(text) => view! { <p class="scan-body">{text}</p> }.into_any(),
        ScannedPayload::Binary { size } => view! {
            <p>{move || t.locale.get().fill(Text::ScanResultBinary, &[("size", &size.to_string())])}</p>
        }
        .into_any(),
        ScannedPayload::Empty | ScannedPayload::Contacts(_) => view! { <p>{t.t(Text::ScanResultEmpty)}</p> }.into_any(),
    }
}

/// The parsed card, as a list of labelled fields.
fn card_fields(contact: &Contact) -> Vec<(Text, String)> {
    let mut fields = Vec::new();
    let mut add = |label: Text, value: String| {
        if !value.trim().is_empty() {
            fields.push((label, value));
        }
    };
    add(Text::ScanFieldName, contact.name.display());
    add(Text::ScanFieldOrganization, contact.organization.clone());
    add(Text::ScanFieldTitle, contact.title.clone());
    for phone in &contact.phones {
        add(Text::ScanFieldPhone, phone.number.clone());
    }
    for email in &contact.emails {
        add(Text::ScanFieldEmail, email.address.clone());
    }
    add(Text::ScanFieldWeChat, contact.wechat_id.clone());
    add(Text::ScanFieldLinkedIn, contact.linkedin.clone());
    for url in &contact.urls {
        add(Text::ScanFieldWeb, url.url.clone());
    }
    for address in &contact.addresses {
        add(Text::ScanFieldAddress, address.one_line());
    }
    fields
}

#[derive(Clone, Copy, PartialEq)]
enum Saving {
    Idle,
    Busy,
}

#[component]
fn ContactResult(cards: Vec<ImportedCard>, event: Option<Event>, on_close: Callback<Option<String>>) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let count = cards.len();
    let card = cards.into_iter().next().unwrap_or_default();
    let fields = card_fields(&card.contact);
    let wechat_qr = card.contact.wechat_qr.clone();

    let initial = ScanNotes::at_event(event.as_ref(), &book.tags.get_untracked());
    let event_id = initial.event.clone();
    let chosen_tags = RwSignal::new(initial.tags);
    let new_tag_names = RwSignal::new(initial.new_tag_names);
    let alias = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let typed_tag = RwSignal::new(String::new());
    let saving = RwSignal::new(Saving::Idle);
    let error = RwSignal::new(None::<String>);
    let duplicate = find_duplicate(&book.contacts.get_untracked(), &card.contact).map(|(c, _)| c.clone());
    let card = StoredValue::new(card);

    let notes = move || ScanNotes {
        event: event_id.clone(),
        tags: chosen_tags.get_untracked(),
        new_tag_names: new_tag_names.get_untracked(),
        alias: alias.get_untracked(),
        description: description.get_untracked(),
    };
    let notes = StoredValue::new(notes);

    let add_tag = move || {
        let name = typed_tag.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        match find_tag_by_name(&book.tags.get_untracked(), &name) {
            Some(tag) => chosen_tags.update(|ids| {
                if !ids.contains(&tag.id) {
                    ids.push(tag.id.clone());
                }
            }),
            None => new_tag_names.update(|names| {
                if !names.iter().any(|n| crate::model::Tag::name_key(n) == crate::model::Tag::name_key(&name)) {
                    names.push(name);
                }
            }),
        }
        typed_tag.set(String::new());
    };

    let finish = move |result: Result<Contact, crate::store::StoreError>, done: Text| {
        let locale = t.locale.get_untracked();
        match result {
            Ok(contact) => on_close.run(Some(locale.fill(done, &[("name", &saved_name(locale, &contact))]))),
            Err(e) => {
                saving.set(Saving::Idle);
                error.set(Some(describe_store_error(locale, &e)));
            }
        }
    };
    // Both save buttons: nothing while a save runs, else what the save needs.
    let begin_save = move || {
        if saving.get_untracked() == Saving::Busy {
            return None;
        }
        saving.set(Saving::Busy);
        error.set(None);
        Some((card.get_value(), notes.with_value(|n| n()), book.tags.get_untracked()))
    };
    let save_new = move |_| {
        let Some((card, notes, tags)) = begin_save() else { return };
        spawn_local(async move {
            finish(save_scanned(&card, &notes, &tags).await, Text::ScanSaved);
        });
    };
    let existing = StoredValue::new(duplicate.clone());
    let update_existing = move |_| {
        let Some(existing) = existing.get_value() else { return };
        let Some((card, notes, tags)) = begin_save() else { return };
        spawn_local(async move {
            finish(update_with_scan(&existing, &card, &notes, &tags).await, Text::ScanUpdated);
        });
    };

    let tag_chips = move || {
        let tags = book.tags.get();
        let known = chosen_tags.get().into_iter().map(|id| {
            let name = find_tag(&tags, &id).map(|tag| tag.name.clone()).unwrap_or_default();
            (Some(id), name)
        });
        let typed = new_tag_names.get().into_iter().map(|name| (None::<TagId>, name));
        known
            .chain(typed)
            .filter(|(_, name)| !name.is_empty())
            .map(|(id, name)| {
                let label = name.clone();
                let remove = move |_| match &id {
                    Some(id) => chosen_tags.update(|ids| ids.retain(|i| i != id)),
                    None => new_tag_names.update(|names| names.retain(|n| n != &name)),
                };
                view! {
                    <li class="scan-tag">
                        <span>{label.clone()}</span>
                        <button type="button" class="scan-tag-remove"
                            aria-label=move || t.locale.get().fill(Text::ScanRemoveTag, &[("name", &label)])
                            on:click=remove>"×"</button>
                    </li>
                }
            })
            .collect_view()
    };
    let duplicate_view = duplicate.map(|existing| {
        let name = saved_name(t.locale.get_untracked(), &existing);
        let href = base.href(&format!("/contact/{}", existing.id));
        let open_name = name.clone();
        view! {
            <div class="notice scan-duplicate" role="status">
                <p>{move || t.locale.get().fill(Text::ScanDuplicate, &[("name", &name)])}</p>
                <div class="button-row">
                    <a class="button" href=href>{move || t.locale.get().fill(Text::ScanOpenExisting, &[("name", &open_name)])}</a>
                    <button type="button" class="button primary" on:click=update_existing
                        disabled=move || saving.get() == Saving::Busy>{t.t(Text::ScanUpdateExisting)}</button>
                </div>
            </div>
        }
    });
    let is_duplicate = duplicate_view.is_some();

    view! {
        {(count > 1).then(|| view! {
            <p class="help">{move || t.locale.get().fill(Text::ScanMoreCards, &[("n", &count.to_string())])}</p>
        })}
        <dl class="scan-fields">
            {fields.into_iter().map(|(label, value)| view! {
                <dt>{t.t(label)}</dt>
                <dd>{value}</dd>
            }).collect_view()}
        </dl>
        {(!wechat_qr.is_empty()).then(|| view! { <p class="scan-wechat">{t.t(Text::ScanWeChatCode)}</p> })}
        {duplicate_view}
        <form class="scan-notes" on:submit=move |e: web_sys::SubmitEvent| e.prevent_default()>
            <fieldset class="scan-tags">
                <legend>{t.t(Text::ScanTags)}</legend>
                <ul class="scan-tag-list">{tag_chips}</ul>
                <div class="scan-add-tag">
                    <label class="field">
                        <span>{t.t(Text::ScanAddTag)}</span>
                        <input type="text" list="scan-known-tags" autocomplete="off"
                            prop:value=move || typed_tag.get()
                            on:input=move |e| typed_tag.set(event_target_value(&e))
                            on:keydown=move |e: web_sys::KeyboardEvent| if e.key() == "Enter" { e.prevent_default(); add_tag(); }/>
                    </label>
                    <button type="button" class="button" on:click=move |_| add_tag()>{t.t(Text::ScanAddTagButton)}</button>
                    <datalist id="scan-known-tags">
                        {move || book.tags.get().into_iter().map(|tag| view! { <option value=tag.name/> }).collect_view()}
                    </datalist>
                </div>
            </fieldset>
            <label class="field">
                <span>{t.t(Text::ScanAlias)}</span>
                <input type="text" autocomplete="off" prop:value=move || alias.get() on:input=move |e| alias.set(event_target_value(&e))/>
            </label>
            <label class="field">
                <span>{t.t(Text::ScanDescription)}</span>
                <textarea rows="3" prop:value=move || description.get() on:input=move |e| description.set(event_target_value(&e))></textarea>
            </label>
            {move || error.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
            {move || (saving.get() == Saving::Busy).then(|| view! { <p role="status">{t.t(Text::ScanSaving)}</p> })}
            <div class="button-row">
                <button type="button" class=if is_duplicate { "button" } else { "button primary" }
                    disabled=move || saving.get() == Saving::Busy on:click=save_new>
                    {if is_duplicate { t.t(Text::ScanSaveAsNew) } else { t.t(Text::ScanSaveContact) }}
                </button>
                <button type="button" class="button quiet" on:click=move |_| on_close.run(None)>{t.t(Text::ScanAgain)}</button>
            </div>
        </form>
    }
}
