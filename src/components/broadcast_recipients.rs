//! Everyone a broadcast was for, with where each stands: sent (when, how),
//! skipped, or still to send — and the way to change it.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::channel_names::channel_name;
use crate::components::row_limit::{RowLimit, ShowMoreRows};
use crate::components::{local_day, BroadcastSession};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{Recipient, RecipientState};

#[component]
pub fn BroadcastRecipients(session: BroadcastSession) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let limit = RowLimit::new();
    let rows = move || {
        session.broadcast.with(|b| b.iter().flat_map(|b| b.recipients.iter().take(limit.get()).cloned()).collect::<Vec<_>>())
    };
    let total = Signal::derive(move || session.broadcast.with(|b| b.as_ref().map_or(0, |b| b.recipients.len())));

    view! {
        <section class="card" aria-labelledby="recipients-title">
            <h2 id="recipients-title">{t.t(Text::RecipientsTitle)}</h2>
            <ul class="recipient-list" aria-labelledby="recipients-title">
                <For each=rows key=|r: &Recipient| (r.contact.clone(), r.state, r.at) let:recipient>
                    {
                        let exists = session.people.with_untracked(|p| p.contains_key(&recipient.contact));
                        let reachable = session.reach(&recipient.contact).is_reachable();
                        let Recipient { contact, name, state, channel, at } = recipient;
                        let label = move || {
                            let locale = t.locale.get();
                            let date = at.map(|at| local_day(locale, at)).unwrap_or_default();
                            match (state, channel) {
                                (RecipientState::Pending, _) => locale.text(Text::RecipientPending).to_owned(),
                                (RecipientState::Skipped, _) => locale.text(Text::RecipientSkipped).to_owned(),
                                (RecipientState::Sent, Some(channel)) => locale.fill(Text::RecipientSent, &[
                                    ("date", &date), ("channel", channel_name(locale, channel)),
                                ]),
                                (RecipientState::Sent, None) => locale.fill(Text::RecipientSentOn, &[("date", &date)]),
                            }
                        };
                        let who = if exists {
                            let name = name.clone();
                            view! { <A href=base.href(&format!("/contact/{contact}"))>{name}</A> }.into_any()
                        } else {
                            let name = name.clone();
                            view! { <span>{move || t.locale.get().fill(Text::RecipientDeleted, &[("name", &name)])}</span> }.into_any()
                        };
                        let action = match state {
                            RecipientState::Pending if reachable => {
                                let (contact, name) = (contact.clone(), name.clone());
                                Some(view! {
                                    <button type="button" class="button quiet" on:click=move |_| session.focus.set(Some(contact.clone()))>
                                        {move || t.locale.get().fill(Text::RecipientSendNow, &[("name", &name)])}
                                    </button>
                                }.into_any())
                            }
                            RecipientState::Pending => None,
                            _ => {
                                let (contact, name) = (contact.clone(), name.clone());
                                Some(view! {
                                    <button type="button" class="button quiet" on:click=move |_| {
                                        session.mark(vec![contact.clone()], RecipientState::Pending, None);
                                    }>
                                        {move || t.locale.get().fill(Text::RecipientReset, &[("name", &name)])}
                                    </button>
                                }.into_any())
                            }
                        };
                        view! {
                            <li class="recipient" class:done=state != RecipientState::Pending>
                                {who}
                                <span class="recipient-state">{label}</span>
                                {action}
                            </li>
                        }
                    }
                </For>
            </ul>
            <ShowMoreRows limit total/>
        </section>
    }
}
