//! `/message?tags=…&mode=…&event=…`: writing one message for everyone
//! under a combination of tags. The audience comes from the Contacts
//! filter that linked here (or the last draft); the text is kept as a
//! draft until sending starts, which saves the broadcast and opens its
//! queue.

use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::address_book::{describe_store_error, use_address_book, BookStatus};
use crate::broadcast_list::use_broadcast_list;
use crate::components::{EventFilterSelect, MessageEditor, MessageRecipients, TagFilterFieldset};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{Audience, Broadcast, Contact, ContactId, ListQuery};
use crate::settings::{self, MessageDraft};
use crate::store::{new_id, now, Store};

#[component]
pub fn ComposePage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let broadcasts = use_broadcast_list();
    let navigate = use_navigate();

    let draft = settings::message_draft().unwrap_or_default();
    let from_url = use_query_map().with_untracked(|p| {
        let keys = ["tags", "mode", "event"];
        ListQuery::from_params(keys.into_iter().filter_map(|k| p.get_str(k).map(|v| (k, v)))).filter
    });
    let audience = RwSignal::new(if from_url.is_empty() { draft.audience.clone() } else { Audience::from_filter(&from_url) });
    let subject = RwSignal::new(draft.subject);
    let message = RwSignal::new(draft.message);
    let unticked = RwSignal::new(HashSet::<ContactId>::new());
    let audience_filter = Signal::derive(move || audience.with(Audience::filter));
    let set_audience = Callback::new(move |filter| audience.set(Audience::from_filter(&filter)));
    let problem = RwSignal::new(None::<String>);
    let sending = RwSignal::new(false);

    Effect::new(move |_| {
        let draft = MessageDraft { subject: subject.get(), message: message.get(), audience: audience.get() };
        settings::set_message_draft(Some(&draft));
    });

    let matching = Memo::new(move |_| {
        audience.with(|a| book.contacts.with(|all| a.select(all).into_iter().cloned().collect::<Vec<Contact>>()))
    });
    let selected = Memo::new(move |_| {
        unticked.with(|u| matching.with(|m| m.iter().filter(|c| !u.contains(&c.id)).cloned().collect::<Vec<_>>()))
    });
    // What the recipients section shows; a memo, so the list is not rebuilt per change.
    let audience_state = Memo::new(move |_| {
        if audience.with(|a| a.tags.is_empty() && a.event.is_none()) {
            Text::ComposeNoAudience
        } else if matching.with(Vec::is_empty) {
            Text::ComposeNoMatch
        } else {
            Text::ComposeRecipientList
        }
    });

    let back = base.href("/broadcasts");
    let start = move |_| {
        let locale = t.locale.get_untracked();
        problem.set(None);
        let text = message.get_untracked();
        let people = selected.get_untracked();
        if text.trim().is_empty() {
            problem.set(Some(locale.text(Text::ComposeEmptyMessage).to_owned()));
            return;
        }
        if people.is_empty() {
            problem.set(Some(locale.text(Text::ComposeNoRecipients).to_owned()));
            return;
        }
        let people: Vec<&Contact> = people.iter().collect();
        let broadcast = Broadcast::new(new_id(), now(), &subject.get_untracked(), &text, audience.get_untracked(), &people);
        let target = base.href(&format!("/broadcast/{}", broadcast.id));
        let navigate = navigate.clone();
        sending.set(true);
        spawn_local(async move {
            let saved = async { Store::shared().await?.add_broadcast(&broadcast).await };
            match saved.await {
                Ok(()) => {
                    settings::set_message_draft(None);
                    broadcasts.reload().await;
                    navigate(&target, Default::default());
                }
                Err(error) => {
                    sending.try_set(false);
                    problem.try_set(Some(describe_store_error(locale, &error)));
                }
            }
        });
    };

    view! {
        <p class="back-link"><A href=back>{t.t(Text::BroadcastBack)}</A></p>
        <h1>{t.t(Text::ComposeTitle)}</h1>
        <section aria-labelledby="compose-audience">
            <h2 id="compose-audience">{t.t(Text::ComposeAudience)}</h2>
            <p class="help">{t.t(Text::ComposeAudienceHelp)}</p>
            <TagFilterFieldset filter=audience_filter on_change=set_audience mode_group="audience-tag-mode"/>
            <EventFilterSelect filter=audience_filter on_change=set_audience/>
            <Show when=move || book.status.with(|s| *s != BookStatus::Loading)
                fallback=move || view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }>
                {move || match audience_state.get() {
                    Text::ComposeRecipientList => view! { <MessageRecipients matching unticked/> }.into_any(),
                    empty => view! { <p class="empty-state">{t.t(empty)}</p> }.into_any(),
                }}
            </Show>
        </section>
        <section aria-labelledby="compose-message">
            <h2 id="compose-message">{t.t(Text::BroadcastMessage)}</h2>
            <MessageEditor subject message recipients=selected events=book.events/>
        </section>
        {move || problem.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        <div class="button-row">
            <button type="button" class="button primary" on:click=start prop:disabled=move || sending.get()>
                {t.t(Text::ComposeStart)}
            </button>
        </div>
    }
}
