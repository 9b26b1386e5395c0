//! `/broadcasts`: every message sent to a tag set, newest first, with how
//! far each got; unfinished ones are resumed from here.

use leptos::prelude::*;

use crate::components::local_number;
use leptos_router::components::A;

use crate::broadcast_list::use_broadcast_list;
use crate::address_book::describe_store_error;
use crate::components::{local_day, OrganiseLinks};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::Broadcast;

#[component]
pub fn BroadcastsPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let list = use_broadcast_list();
    let new_href = base.href("/message");
    let empty = Memo::new(move |_| list.all.with(Vec::is_empty));

    view! {
        <p class="back-link"><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
        <h1>{t.t(Text::BroadcastsTitle)}</h1>
        <OrganiseLinks/>
        <p class="help">{t.t(Text::BroadcastsIntro)}</p>
        <p><A href=new_href attr:class="button primary">{t.t(Text::BroadcastsNew)}</A></p>
        {move || match list.loaded.get() {
            None => view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }.into_any(),
            Some(Err(error)) => view! {
                <p class="notice error" role="alert">{move || describe_store_error(t.locale.get(), &error)}</p>
            }.into_any(),
            Some(Ok(())) if empty.get() => view! {
                <p class="empty-state">{t.t(Text::BroadcastsEmpty)}</p>
            }.into_any(),
            Some(Ok(())) => view! {
                <ul class="broadcast-list" aria-label=t.t(Text::BroadcastsTitle)>
                    <For each=move || list.all.get() key=|b: &Broadcast| (b.id.clone(), b.updated) let:broadcast>
                        <BroadcastRow broadcast/>
                    </For>
                </ul>
            }.into_any(),
        }}
    }
}

#[component]
fn BroadcastRow(broadcast: Broadcast) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let progress = broadcast.progress();
    let created = broadcast.created;
    let about = broadcast.about();
    let status = move || {
        let locale = t.locale.get();
        let mut line = format!(
            "{} · {}",
            local_day(locale, created),
            locale.fill(Text::BroadcastsProgress, &[
                ("sent", &local_number(locale, progress.sent)),
                ("total", &local_number(locale, progress.total())),
            ])
        );
        if progress.is_finished() {
            line.push_str(" · ");
            line.push_str(locale.text(Text::BroadcastsFinished));
        }
        line
    };
    view! {
        <li class="broadcast-row">
            <A href=base.href(&format!("/broadcast/{}", broadcast.id))>{about}</A>
            <span class="meta">{status}</span>
        </li>
    }
}
