//! "Email everyone at once": when the message is the same for everyone,
//! one `mailto:` per batch with the addresses in Bcc, split so each link
//! stays short enough for mail apps. Opening a draft marks its people sent.

use leptos::prelude::*;

use crate::components::local_number;

use crate::components::BroadcastSession;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{bcc_drafts, Channel, ContactId, MessageTemplate, RecipientState, MAILTO_LIMIT};

/// What the Bcc section offers for the broadcast as it stands.
#[derive(Clone, Debug, PartialEq)]
enum BccOffer {
    /// Nobody pending has an email address.
    Nothing,
    /// Placeholders make each message different.
    Personalised,
    TooLong { length: usize },
    Drafts(Vec<(String, Vec<ContactId>)>),
}

#[component]
pub fn BroadcastBcc(session: BroadcastSession) -> impl IntoView {
    let t = use_i18n();
    let offer = Memo::new(move |_| {
        session.broadcast.with(|b| {
            let Some(b) = b else { return BccOffer::Nothing };
            let pending: Vec<(ContactId, String)> = b
                .recipients
                .iter()
                .filter(|r| r.state == RecipientState::Pending)
                .filter_map(|r| session.reach(&r.contact).email.map(|email| (r.contact.clone(), email)))
                .collect();
            if pending.is_empty() {
                return BccOffer::Nothing;
            }
            if MessageTemplate::parse(&b.message).is_personalised() {
                return BccOffer::Personalised;
            }
            let addresses: Vec<&str> = pending.iter().map(|(_, a)| a.as_str()).collect();
            match bcc_drafts(&addresses, &b.subject, &b.message, MAILTO_LIMIT) {
                Ok(drafts) => BccOffer::Drafts(
                    drafts
                        .into_iter()
                        .map(|d| (d.link, d.recipients.iter().map(|&i| pending[i].0.clone()).collect()))
                        .collect(),
                ),
                Err(too_long) => BccOffer::TooLong { length: too_long.length },
            }
        })
    });

    view! {
        <Show when=move || offer.with(|o| *o != BccOffer::Nothing)>
            <section class="card" aria-labelledby="bcc-title">
                <h2 id="bcc-title">{t.t(Text::BccTitle)}</h2>
                {move || match offer.get() {
                    BccOffer::Nothing => ().into_any(),
                    BccOffer::Personalised => view! { <p class="help">{t.t(Text::BccPersonalised)}</p> }.into_any(),
                    BccOffer::TooLong { length } => view! {
                        <p class="notice warning">{move || t.locale.get().fill(Text::BccTooLong, &[
                            ("length", &length.to_string()), ("limit", &MAILTO_LIMIT.to_string()),
                        ])}</p>
                    }.into_any(),
                    BccOffer::Drafts(drafts) => {
                        let total = drafts.len();
                        view! {
                            <p class="help">{t.t(Text::BccHelp)}</p>
                            <ul class="bcc-drafts">
                                {drafts.into_iter().enumerate().map(|(n, (link, people))| {
                                    let count = people.len();
                                    view! {
                                        <li>
                                            <a class="button" href=link
                                                on:click=move |_| session.mark(people.clone(), RecipientState::Sent, Some(Channel::Email))>
                                                {move || t.locale.get().fill(Text::BccDraft, &[
                                                    ("n", &(n + 1).to_string()), ("total", &total.to_string()), ("count", &local_number(t.locale.get(), count)),
                                                ])}
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
        </Show>
    }
}
