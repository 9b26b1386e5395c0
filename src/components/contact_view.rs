//! A contact, read-only: who they are, one-tap ways to reach them, their
//! tags and event, the user's notes, and the raw scanned text. Everything
//! comes from cards and QR codes other people wrote, so it is rendered as
//! text, and only `safe_link` may turn any of it into a link.

use leptos::prelude::*;
use leptos_router::components::A;

use super::contact_copy::ContactCopyButton;
use super::contact_messages::ContactMessages;
use super::event_dates::local_day;
use super::tag_palette::tag_colour_class;
use crate::address_book::use_address_book;
use crate::context::{use_base_path, use_i18n};
use crate::i18n::{Locale, Text};
use crate::model::{find_tag, safe_link, Contact, Phone, PhoneKind, PlaceKind};

#[component]
pub fn ContactView(#[prop(into)] contact: Signal<Contact>) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();

    let heading = move || contact.with(Contact::display_name);
    let subtitle = move || {
        contact.with(|c| {
            let mut lines = Vec::new();
            let name = c.name.display();
            if !c.alias.trim().is_empty() && !name.is_empty() {
                lines.push(name);
            }
            let work: Vec<&str> = [c.title.trim(), c.department.trim(), c.organization.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            if !work.is_empty() {
                lines.push(work.join(" · "));
            }
            lines.into_iter().map(|line| view! { <p class="contact-subtitle">{line}</p> }).collect_view()
        })
    };

    let phones = move || {
        let locale = t.locale.get();
        contact.with(|c| c.phones.iter().filter(|p| !p.number.trim().is_empty()).map(|p| phone_row(locale, p)).collect_view())
    };
    let emails = move || {
        let locale = t.locale.get();
        contact.with(|c| {
            c.emails
                .iter()
                .filter(|e| !e.address.trim().is_empty())
                .map(|e| {
                    let address = e.address.trim().to_owned();
                    let label = place_kind_text(locale, e.kind);
                    let link = safe_link(&format!("mailto:{address}"));
                    view! {
                        <li class="reach-row">
                            <span class="reach-kind">{label}</span>
                            <span class="reach-value">{address.clone()}</span>
                            {link.map(|href| view! {
                                <a class="button" href=href aria-label=locale.fill(Text::ContactMailAria, &[("address", &address)])>
                                    {locale.text(Text::ContactMail)}
                                </a>
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let wechat = move || {
        let c = contact.get();
        let id = c.wechat_id.trim().to_owned();
        let link = c.wechat_qr.trim().to_owned();
        (!id.is_empty() || !link.is_empty()).then(|| {
            let id_row = (!id.is_empty()).then(|| {
                let copy_id = id.clone();
                view! {
                    <li class="reach-row">
                        <span class="reach-kind">{t.t(Text::ContactWechatId)}</span>
                        <span class="reach-value">{id}</span>
                        <ContactCopyButton text=Signal::derive(move || copy_id.clone()) label=Text::ContactCopyWechatId/>
                    </li>
                }
            });
            let link_row = (!link.is_empty()).then(|| {
                let copy_link = link.clone();
                view! {
                    <li class="reach-row">
                        <span class="reach-kind">{t.t(Text::ContactWechatLink)}</span>
                        <span class="reach-value breakable">{link}</span>
                        <ContactCopyButton text=Signal::derive(move || copy_link.clone()) label=Text::ContactCopyWechatLink/>
                        <p class="help reach-help">{t.t(Text::ContactWechatHint)}</p>
                    </li>
                }
            });
            view! { {id_row}{link_row} }
        })
    };
    let links = move || {
        let locale = t.locale.get();
        let c = contact.get();
        let mut rows: Vec<(String, String)> = Vec::new();
        if !c.linkedin.trim().is_empty() {
            rows.push((locale.text(Text::ContactLinkedin).to_owned(), c.linkedin.trim().to_owned()));
        }
        for link in c.urls.iter().filter(|u| !u.url.trim().is_empty()) {
            let label = if link.label.trim().is_empty() { locale.text(Text::ContactWebsite).to_owned() } else { link.label.trim().to_owned() };
            rows.push((label, link.url.trim().to_owned()));
        }
        for profile in c.profiles.iter().filter(|p| !p.url.trim().is_empty()) {
            rows.push((profile.service.trim().to_owned(), profile.url.trim().to_owned()));
        }
        rows.into_iter()
            .map(|(label, value)| {
                let shown = match safe_link(&value) {
                    Some(href) => view! { <a class="breakable" href=href target="_blank" rel="noopener noreferrer">{value}</a> }.into_any(),
                    None => view! { <span class="breakable">{value}</span> }.into_any(),
                };
                view! { <li class="reach-row"><span class="reach-kind">{label}</span><span class="reach-value">{shown}</span></li> }
            })
            .collect_view()
    };
    let addresses = move || {
        contact.with(|c| {
            c.addresses
                .iter()
                .filter(|a| !a.is_empty())
                .map(|a| view! { <li class="reach-row"><span class="reach-value">{a.one_line()}</span></li> })
                .collect_view()
        })
    };

    let tag_base = base.clone();
    let tags = move || {
        let tag_ids = contact.with(|c| c.tags.clone());
        book.tags.with(|all| {
            tag_ids
                .iter()
                .filter_map(|id| find_tag(all, id))
                .map(|tag| {
                    let href = tag_base.href(&format!("/?tags={}", js_sys::encode_uri_component(tag.id.as_str())));
                    let class = format!("tag-chip {}", tag_colour_class(&tag.colour));
                    let name = tag.name.clone();
                    view! { <li><A href=href attr:class=class>{name}</A></li> }
                })
                .collect_view()
        })
    };
    let has_tags = move || {
        let tag_ids = contact.with(|c| c.tags.clone());
        book.tags.with(|all| tag_ids.iter().any(|id| find_tag(all, id).is_some()))
    };
    let event = move || {
        let id = contact.with(|c| c.event.clone())?;
        let name = book.events.with(|all| all.iter().find(|e| e.id == id).map(|e| e.name.clone()))?;
        let href = base.href(&format!("/?event={}", js_sys::encode_uri_component(id.as_str())));
        Some(view! {
            <p><span class="reach-kind">{t.t(Text::ContactEvent)}</span> " " <A href=href>{name}</A></p>
        })
    };
    let met = move || {
        let locale = t.locale.get();
        contact.with(|c| c.met_at).map(|at| view! {
            <p class="help">{locale.fill(Text::ContactMetOn, &[("date", &local_day(locale, at))])}</p>
        })
    };
    let description = move || {
        let text = contact.with(|c| c.description.clone());
        (!text.trim().is_empty()).then(|| view! {
            <section class="card" aria-labelledby="contact-notes-heading">
                <h2 id="contact-notes-heading">{t.t(Text::ContactDescription)}</h2>
                <p class="contact-description">{text}</p>
            </section>
        })
    };
    let raw = move || {
        contact.with(|c| c.raw_payload.clone()).filter(|r| !r.is_empty()).map(|payload| view! {
            <details class="card raw-payload">
                <summary>{t.t(Text::ContactRawPayload)}</summary>
                <pre>{payload}</pre>
            </details>
        })
    };
    let reach_any = move || {
        contact.with(|c| {
            !c.phones.is_empty()
                || !c.emails.is_empty()
                || !c.wechat_id.trim().is_empty()
                || !c.wechat_qr.trim().is_empty()
                || !c.linkedin.trim().is_empty()
                || !c.urls.is_empty()
                || !c.profiles.is_empty()
                || c.addresses.iter().any(|a| !a.is_empty())
        })
    };

    view! {
        <header class="contact-header">
            <h1>{heading}</h1>
            {subtitle}
        </header>
        <Show when=reach_any>
            <section class="card" aria-labelledby="contact-reach-heading">
                <h2 id="contact-reach-heading">{t.t(Text::ContactReach)}</h2>
                <ul class="reach-list">{phones}{emails}{wechat}{links}{addresses}</ul>
            </section>
        </Show>
        <section class="card" aria-labelledby="contact-organise-heading">
            <h2 id="contact-organise-heading">{t.t(Text::ContactOrganise)}</h2>
            {move || if has_tags() {
                view! { <ul class="tag-chips" aria-label=t.t(Text::ContactTags)>{tags()}</ul> }.into_any()
            } else {
                view! { <p class="help">{t.t(Text::ContactNoTags)}</p> }.into_any()
            }}
            {event}
            {met}
        </section>
        {description}
        <ContactMessages contact=Signal::derive(move || contact.with(|c| c.id.clone()))/>
        {raw}
    }
}

fn phone_row(locale: Locale, phone: &Phone) -> impl IntoView {
    let number = phone.number.trim().to_owned();
    let dialable = dialable(&number);
    let label = if phone.label.trim().is_empty() { phone_kind_text(locale, phone.kind).to_owned() } else { phone.label.trim().to_owned() };
    let call = safe_link(&format!("tel:{dialable}"));
    // A fax cannot take a text message.
    let text = (phone.kind != PhoneKind::Fax).then(|| safe_link(&format!("sms:{dialable}"))).flatten();
    view! {
        <li class="reach-row">
            <span class="reach-kind">{label}</span>
            <span class="reach-value">{number.clone()}</span>
            {call.map(|href| view! {
                <a class="button" href=href aria-label=locale.fill(Text::ContactCallAria, &[("number", &number)])>{locale.text(Text::ContactCall)}</a>
            })}
            {text.map(|href| view! {
                <a class="button" href=href aria-label=locale.fill(Text::ContactSmsAria, &[("number", &number)])>{locale.text(Text::ContactSms)}</a>
            })}
        </li>
    }
}

/// The number as a `tel:` link wants it: digits and `+ * #` only (cards
/// write "+86 (138) 0013-8000"; spaces would make the link unsafe).
fn dialable(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#')).collect()
}

pub fn phone_kind_text(locale: Locale, kind: PhoneKind) -> &'static str {
    locale.text(match kind {
        PhoneKind::Cell => Text::ContactPhoneCell,
        PhoneKind::Work => Text::ContactPhoneWork,
        PhoneKind::Home => Text::ContactPhoneHome,
        PhoneKind::Fax => Text::ContactPhoneFax,
        PhoneKind::Other => Text::ContactPhoneOther,
    })
}

fn place_kind_text(locale: Locale, kind: PlaceKind) -> &'static str {
    locale.text(match kind {
        PlaceKind::Work => Text::ContactPhoneWork,
        PlaceKind::Home => Text::ContactPhoneHome,
        PlaceKind::Other => Text::ContactEmailLabel,
    })
}
