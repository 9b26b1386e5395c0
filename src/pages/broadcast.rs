//! `/broadcast/:id`: one saved broadcast — what it says, who it is for,
//! how far it got — and the ways to carry on sending it. Reopening the app
//! comes back here exactly where it stopped: every outcome is saved as it
//! happens.

use leptos::prelude::*;

use crate::components::local_number;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::address_book::{describe_store_error, use_address_book};
use crate::broadcast_list::use_broadcast_list;
use crate::components::{local_day, BroadcastBcc, ConfirmButton, BroadcastQueue, BroadcastRecipients, BroadcastSession};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::{Locale, Text};
use crate::model::{Audience, Broadcast, BroadcastId, Event, Tag};
use crate::store::Store;

#[component]
pub fn BroadcastPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let list = use_broadcast_list();
    let params = use_params_map();
    let id = Signal::derive(move || BroadcastId::new(params.with(|p| p.get("id").unwrap_or_default())));
    let session = BroadcastSession::new(id);
    let exists = Memo::new(move |_| session.broadcast.with(Option::is_some));

    view! {
        <p class="back-link"><A href=base.href("/broadcasts")>{t.t(Text::BroadcastBack)}</A></p>
        <Show when=move || list.loaded.with(Option::is_some)
            fallback=move || view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }>
            <Show when=move || exists.get()
                fallback=move || view! { <h1>{t.t(Text::BroadcastsTitle)}</h1><p class="empty-state">{t.t(Text::BroadcastNotFound)}</p> }>
                <BroadcastSummary session/>
                {move || session.error.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
                <BroadcastBcc session/>
                <BroadcastQueue session/>
                <BroadcastRecipients session/>
                <BroadcastDelete session/>
            </Show>
        </Show>
    }
}

/// Title, date, audience, the message as written, and the counts.
#[component]
fn BroadcastSummary(session: BroadcastSession) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let field = move |f: fn(&Broadcast) -> String| move || session.broadcast.with(|b| b.as_ref().map(f).unwrap_or_default());
    let written = move || {
        let locale = t.locale.get();
        session.broadcast.with(|b| {
            b.as_ref().map(|b| locale.fill(Text::BroadcastWritten, &[("date", &local_day(locale, b.created))])).unwrap_or_default()
        })
    };
    let audience = move || {
        let locale = t.locale.get();
        session.broadcast.with(|b| {
            b.as_ref()
                .map(|b| book.tags.with(|tags| book.events.with(|events| describe_audience(locale, &b.audience, tags, events))))
                .unwrap_or_default()
        })
    };
    let counts = move || {
        let locale = t.locale.get();
        session.broadcast.with(|b| {
            b.as_ref()
                .map(|b| {
                    let p = b.progress();
                    locale.fill(Text::BroadcastSummary, &[
                        ("sent", &local_number(locale, p.sent)),
                        ("skipped", &local_number(locale, p.skipped)),
                        ("pending", &local_number(locale, p.pending)),
                    ])
                })
                .unwrap_or_default()
        })
    };

    view! {
        <h1>{field(Broadcast::about)}</h1>
        <p class="meta">{written}</p>
        <For each=audience key=|line| line.clone() let:line>
            <p class="meta">{line}</p>
        </For>
        <p class="count" role="status">{counts}</p>
        <details class="message-as-written">
            <summary>{t.t(Text::BroadcastMessage)}</summary>
            <div class="message-preview">{field(|b| b.message.clone())}</div>
        </details>
    }
}

/// "Tags (all of): leads, New York" and "Event: WAIC 2026".
fn describe_audience(locale: Locale, audience: &Audience, tags: &[Tag], events: &[Event]) -> Vec<String> {
    let mut lines = Vec::new();
    if !audience.tags.is_empty() {
        let names: Vec<&str> = audience
            .tags
            .iter()
            .filter_map(|id| tags.iter().find(|t| &t.id == id).map(|t| t.name.as_str()))
            .collect();
        let key = if audience.match_any { Text::BroadcastAudienceAny } else { Text::BroadcastAudienceAll };
        lines.push(locale.fill(key, &[("tags", &names.join(if locale == Locale::ZhHans { "、" } else { ", " }))]));
    }
    if let Some(event) = audience.event.as_ref().and_then(|id| events.iter().find(|e| &e.id == id)) {
        lines.push(locale.fill(Text::BroadcastAudienceEvent, &[("event", &event.name)]));
    }
    lines
}

/// "Delete this message", confirmed once.
#[component]
fn BroadcastDelete(session: BroadcastSession) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let navigate = use_navigate();
    let failed = RwSignal::new(None::<String>);
    let question = Signal::derive(move || t.locale.get().text(Text::BroadcastDeleteQuestion).to_owned());
    let confirm = Callback::new(move |()| {
        let Some(id) = session.broadcast.with_untracked(|b| b.as_ref().map(|b| b.id.clone())) else { return };
        let locale = t.locale.get_untracked();
        let (navigate, target) = (navigate.clone(), base.href("/broadcasts"));
        spawn_local(async move {
            let deleted = async { Store::shared().await?.delete_broadcast(&id).await };
            match deleted.await {
                Ok(()) => navigate(&target, Default::default()),
                Err(error) => {
                    failed.try_set(Some(describe_store_error(locale, &error)));
                }
            }
        });
    });
    view! {
        <div class="card danger-zone">
            <ConfirmButton label=Text::BroadcastDelete question confirm=Text::BroadcastDeleteConfirm on_confirm=confirm/>
            {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
        </div>
    }
}
