//! "One by one": the next recipient with their personalised message and
//! the ways to send it — SMS or email opened with the text filled in, or
//! copied for WeChat — then on to the next. Recipients who cannot be
//! reached are listed apart.

use leptos::prelude::*;

use crate::components::local_number;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::address_book::use_address_book;
use crate::components::message_editor::event_name;
use crate::components::BroadcastSession;
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{mailto_link, sms_link, Channel, ContactId, MessageTemplate, RecipientState};
use crate::share::{can_share, copy_text, share_text, Shared};

/// After "Copy for WeChat": whether the copy worked, for whom.
#[derive(Clone, Debug, PartialEq)]
struct Copied {
    contact: ContactId,
    ok: bool,
}

#[component]
pub fn BroadcastQueue(session: BroadcastSession) -> impl IntoView {
    let t = use_i18n();
    let base = StoredValue::new(use_base_path());
    let book = use_address_book();
    let copied = RwSignal::new(None::<Copied>);
    let share_problem = RwSignal::new(None::<String>);

    // Everything the current recipient's card needs, recomputed as the queue moves.
    let card = Memo::new(move |_| {
        let i = session.current.get()?;
        session.broadcast.with(|b| {
            let b = b.as_ref()?;
            let recipient = b.recipients.get(i)?;
            let contact = session.people.with(|p| p.get(&recipient.contact).cloned())?;
            let event = book.events.with(|events| event_name(events, &contact).map(str::to_owned));
            let text = MessageTemplate::parse(&b.message).render(&contact, event.as_deref());
            Some(QueueCard {
                position: i,
                total: b.recipients.len(),
                contact: contact.id.clone(),
                name: contact.display_name(),
                reach: crate::model::ContactReach::of(&contact),
                subject: b.subject.clone(),
                text,
            })
        })
    });
    let unreachable = Memo::new(move |_| {
        session.broadcast.with(|b| {
            b.iter()
                .flat_map(|b| b.recipients.iter())
                .filter(|r| r.state == RecipientState::Pending && !session.reach(&r.contact).is_reachable())
                .map(|r| (r.contact.clone(), r.name.clone(), session.people.with(|p| p.contains_key(&r.contact))))
                .collect::<Vec<_>>()
        })
    });
    let sharing = can_share();

    let sent = move |contact: ContactId, channel: Channel| {
        copied.set(None);
        share_problem.set(None);
        session.mark(vec![contact], RecipientState::Sent, Some(channel));
    };

    view! {
        <section class="card" aria-labelledby="queue-title">
            <h2 id="queue-title">{t.t(Text::QueueTitle)}</h2>
            {move || match card.get() {
                None => view! {
                    <p class="notice success" role="status">{t.t(Text::BroadcastDone)}</p>
                }.into_any(),
                Some(card) => {
                    let QueueCard { position, total, contact, name, reach, subject, text } = card;
                    let heading = {
                        let name = name.clone();
                        move || t.locale.get().fill(Text::QueueCurrent, &[
                            ("n", &(position + 1).to_string()), ("total", &total.to_string()), ("name", &name),
                        ])
                    };
                    let sms = reach.sms.as_ref().map(|number| {
                        let (link, contact) = (sms_link(number, &text), contact.clone());
                        view! { <a class="button primary" href=link on:click=move |_| sent(contact.clone(), Channel::Sms)>{t.t(Text::QueueSendSms)}</a> }
                    });
                    let email = reach.email.as_ref().map(|address| {
                        let (link, contact) = (mailto_link(address, &subject, &text), contact.clone());
                        view! { <a class="button primary" href=link on:click=move |_| sent(contact.clone(), Channel::Email)>{t.t(Text::QueueSendEmail)}</a> }
                    });
                    let wechat = reach.wechat.clone().map(|wechat_id| {
                        let (contact, copy, text) = (contact.clone(), contact.clone(), text.clone());
                        let (name, done) = (name.clone(), contact.clone());
                        view! {
                            <button type="button" class="button" on:click=move |_| {
                                let (text, contact) = (text.clone(), copy.clone());
                                spawn_local(async move {
                                    let ok = copy_text(&text).await;
                                    copied.try_set(Some(Copied { contact, ok }));
                                });
                            }>{t.t(Text::QueueCopyWeChat)}</button>
                            {move || copied.get().filter(|c| c.contact == contact).map(|c| {
                                let (name, wechat_id, done) = (name.clone(), wechat_id.clone(), done.clone());
                                view! {
                                    <div class="wechat-hint" role="status">
                                        <p>{move || if c.ok {
                                            t.locale.get().fill(Text::QueueWeChatCopied, &[("name", &name), ("wechat", &wechat_id)])
                                        } else {
                                            t.locale.get().text(Text::QueueCopyFailed).to_owned()
                                        }}</p>
                                        <button type="button" class="button primary" on:click=move |_| sent(done.clone(), Channel::WeChat)>
                                            {t.t(Text::QueueSentNext)}
                                        </button>
                                    </div>
                                }
                            })}
                        }
                    });
                    let share = sharing.then(|| {
                        let (contact, subject, text) = (contact.clone(), subject.clone(), text.clone());
                        view! {
                            <button type="button" class="button" on:click=move |_| {
                                let (contact, subject, text) = (contact.clone(), subject.clone(), text.clone());
                                let locale = t.locale.get_untracked();
                                spawn_local(async move {
                                    match share_text(&subject, &text).await {
                                        Shared::Done => sent(contact, Channel::Share),
                                        Shared::Cancelled => {}
                                        Shared::Failed(reason) => {
                                            share_problem.try_set(Some(locale.fill(Text::QueueShareFailed, &[("reason", &reason)])));
                                        }
                                    }
                                });
                            }>{t.t(Text::QueueShare)}</button>
                        }
                    });
                    let skip = contact.clone();
                    view! {
                        <h3>{heading}</h3>
                        <div class="message-preview" role="region" aria-label=t.t(Text::ComposePreviewLabel)>{text.clone()}</div>
                        <div class="button-row">{sms}{email}{share}</div>
                        <div class="button-row">{wechat}</div>
                        {move || share_problem.get().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
                        <div class="button-row">
                            <button type="button" class="button quiet" on:click=move |_| {
                                copied.set(None);
                                session.mark(vec![skip.clone()], RecipientState::Skipped, None);
                            }>{t.t(Text::QueueSkip)}</button>
                        </div>
                    }.into_any()
                }
            }}
            <Show when=move || unreachable.with(|u| !u.is_empty())>
                <div class="unreachable">
                    <h3>{move || t.locale.get().fill(Text::QueueUnreachable, &[("n", &local_number(t.locale.get(), unreachable.with(Vec::len)))])}</h3>
                    <p class="help">{t.t(Text::QueueUnreachableHelp)}</p>
                    <ul>
                        <For each=move || unreachable.get() key=|(id, _, _)| id.clone() let:person>
                            {
                                let (id, name, exists) = person;
                                if exists {
                                    let href = base.with_value(|b| b.href(&format!("/contact/{id}")));
                                    view! { <li><A href=href>{name}</A></li> }.into_any()
                                } else {
                                    view! { <li>{move || t.locale.get().fill(Text::RecipientDeleted, &[("name", &name)])}</li> }.into_any()
                                }
                            }
                        </For>
                    </ul>
                    <button type="button" class="button" on:click=move |_| {
                        let all = unreachable.get_untracked().into_iter().map(|(id, _, _)| id).collect();
                        session.mark(all, RecipientState::Skipped, None);
                    }>{t.t(Text::QueueSkipUnreachable)}</button>
                </div>
            </Show>
        </section>
    }
}

#[derive(Clone, Debug, PartialEq)]
struct QueueCard {
    position: usize,
    total: usize,
    contact: ContactId,
    name: String,
    reach: crate::model::ContactReach,
    subject: String,
    text: String,
}
