//! WeChat group QR codes kept on an event, as the links they encode, with
//! when each stops admitting people (WeChat: 7 days after it was made).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::contact_copy::ContactCopyButton;
use super::event_dates::local_day;
use crate::address_book::{describe_store_error, use_address_book};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{Event, GroupCode};
use crate::store::{now, Store};

#[component]
pub fn EventGroupCodes(#[prop(into)] event: Signal<Event>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let link = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let failed = RwSignal::new(None::<String>);
    let event_id = move || event.with(|e| e.id.to_string());

    let save = move |changed: Event| {
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            let outcome = match Store::shared().await {
                Ok(store) => store.put_event(&changed).await,
                Err(error) => Err(error),
            };
            match outcome {
                Ok(()) => {
                    failed.set(None);
                    book.reload().await;
                }
                Err(error) => failed.set(Some(describe_store_error(locale, &error))),
            }
        });
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let code = GroupCode::new(link.get_untracked(), note.get_untracked(), now());
        if code.link.is_empty() {
            failed.set(Some(t.locale.get_untracked().text(Text::EventsGroupLinkMissing).to_owned()));
            return;
        }
        let mut changed = event.get_untracked();
        changed.group_codes.push(code);
        link.set(String::new());
        note.set(String::new());
        save(changed);
    };
    let remove = move |index: usize| {
        let mut changed = event.get_untracked();
        if index < changed.group_codes.len() {
            changed.group_codes.remove(index);
            save(changed);
        }
    };

    let codes = move || {
        let locale = t.locale.get();
        let today = now();
        event.with(|e| {
            e.group_codes
                .iter()
                .enumerate()
                .map(|(index, code)| {
                    let expiry = local_day(locale, code.expires());
                    let status = if code.is_expired(today) {
                        locale.fill(Text::EventsGroupExpired, &[("date", &expiry)])
                    } else {
                        locale.fill(
                            Text::EventsGroupExpires,
                            &[("date", &expiry), ("added", &local_day(locale, code.added)), ("days", &code.days_left(today).to_string())],
                        )
                    };
                    let copy_text = code.link.clone();
                    let label = if code.note.is_empty() { code.link.clone() } else { code.note.clone() };
                    view! {
                        <li class="group-code" class:expired=code.is_expired(today)>
                            <p class="group-code-note">{code.note.clone()}</p>
                            <p class="breakable">{code.link.clone()}</p>
                            <p class="help">{status}</p>
                            <div class="button-row">
                                <ContactCopyButton text=Signal::derive(move || copy_text.clone()) label=Text::EventsGroupCopy/>
                                <button type="button" class="button quiet"
                                    aria-label=locale.fill(Text::EventsGroupRemoveAria, &[("name", &label)])
                                    on:click=move |_| remove(index)>{locale.text(Text::EventsGroupRemove)}</button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="group-codes" aria-label=t.t(Text::EventsGroupCodes)>
            <h3>{t.t(Text::EventsGroupCodes)}</h3>
            <p class="help">{t.t(Text::EventsGroupExpiryNote)}</p>
            <ul class="group-code-list">{codes}</ul>
            <form class="group-code-form" on:submit=add>
                <label class="field">
                    <span>{t.t(Text::EventsGroupLink)}</span>
                    <input type="url" autocomplete="off" id=move || format!("group-link-{}", event_id())
                        prop:value=move || link.get() on:input=move |ev| link.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{t.t(Text::EventsGroupNote)}</span>
                    <input type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                </label>
                <button type="submit" class="button">{t.t(Text::EventsGroupAdd)}</button>
            </form>
            {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
        </section>
    }
}
