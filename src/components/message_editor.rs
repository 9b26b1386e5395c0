//! Writing the message: subject, text with placeholder buttons, warnings
//! about typos and empty values, and a preview for any recipient.

use leptos::html;
use leptos::prelude::*;

use crate::components::local_number;

use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{Contact, ContactId, Event, MessageTemplate, Placeholder};

/// The event name a contact was met at, for `{event}`.
pub fn event_name<'a>(events: &'a [Event], contact: &Contact) -> Option<&'a str> {
    let id = contact.event.as_ref()?;
    events.iter().find(|e| &e.id == id).map(|e| e.name.as_str())
}

const PREVIEW_CHOICES: usize = 300;

#[component]
pub fn MessageEditor(
    subject: RwSignal<String>,
    message: RwSignal<String>,
    /// The recipients currently selected, for warnings and the preview.
    #[prop(into)]
    recipients: Signal<Vec<Contact>>,
    #[prop(into)]
    events: Signal<Vec<Event>>,
) -> impl IntoView {
    let t = use_i18n();
    let text_area = NodeRef::<html::Textarea>::new();
    let template = Memo::new(move |_| message.with(|m| MessageTemplate::parse(m)));

    // Inserts at the caret (or over the selection) and puts the caret after it.
    let insert = move |token: &'static str| {
        let Some(area) = text_area.get_untracked() else { return };
        let value = area.value();
        let utf16: Vec<u16> = value.encode_utf16().collect();
        let start = area.selection_start().ok().flatten().map_or(utf16.len(), |s| s as usize).min(utf16.len());
        let end = area.selection_end().ok().flatten().map_or(start, |e| e as usize).clamp(start, utf16.len());
        let before = String::from_utf16_lossy(&utf16[..start]);
        let after = String::from_utf16_lossy(&utf16[end..]);
        let next = format!("{before}{token}{after}");
        let caret = (start + token.encode_utf16().count()) as u32;
        area.set_value(&next);
        message.set(next);
        let _ = area.focus();
        let _ = area.set_selection_range(caret, caret);
    };

    let unknown = move || {
        template.with(|tpl| {
            let list = tpl.unknown_placeholders();
            (!list.is_empty()).then(|| t.locale.get().fill(Text::ComposeUnknownPlaceholder, &[("list", &list.join(" "))]))
        })
    };
    let missing = move || {
        let locale = t.locale.get();
        template.with(|tpl| {
            recipients.with(|people| {
                events.with(|events| {
                    Placeholder::ALL
                        .into_iter()
                        .filter_map(|p| {
                            let n = people
                                .iter()
                                .filter(|c| tpl.missing(c, event_name(events, c)).contains(&p))
                                .count();
                            (n > 0).then(|| {
                                locale.fill(Text::ComposeMissingValue, &[("placeholder", p.token()), ("n", &local_number(locale, n))])
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    };

    let preview_for = RwSignal::new(None::<ContactId>);
    let preview_contact = move || {
        recipients.with(|people| {
            let chosen = preview_for.get();
            people
                .iter()
                .find(|c| Some(&c.id) == chosen.as_ref())
                .or_else(|| people.first())
                .cloned()
        })
    };
    let preview = move || {
        preview_contact().map(|c| {
            let event = events.with(|e| event_name(e, &c).map(str::to_owned));
            template.with(|tpl| tpl.render(&c, event.as_deref()))
        })
    };

    view! {
        <label class="field">
            <span>{t.t(Text::ComposeSubject)}</span>
            <input type="text" maxlength="200" prop:value=move || subject.get()
                on:input=move |ev| subject.set(event_target_value(&ev))/>
        </label>
        <label class="field">
            <span>{t.t(Text::ComposeMessage)}</span>
            <textarea rows="6" node_ref=text_area prop:value=move || message.get()
                on:input=move |ev| message.set(event_target_value(&ev))></textarea>
        </label>
        <div class="placeholder-bar" role="group" aria-label=t.t(Text::ComposeInsert)>
            <span aria-hidden="true">{t.t(Text::ComposeInsert)}</span>
            {Placeholder::ALL.map(|p| view! {
                <button type="button" class="chip" on:click=move |_| insert(p.token())>{p.token()}</button>
            })}
        </div>
        <p class="help">{t.t(Text::ComposePlaceholderHelp)}</p>
        {move || unknown().map(|text| view! { <p class="notice warning" role="status">{text}</p> })}
        <For each=missing key=|text| text.clone() let:text>
            <p class="notice warning">{text}</p>
        </For>
        <Show when=move || recipients.with(|r| !r.is_empty()) && message.with(|m| !m.trim().is_empty())>
            <div class="preview">
                <label class="field">
                    <span>{t.t(Text::ComposePreview)}</span>
                    <select
                        prop:value=move || preview_contact().map(|c| c.id.as_str().to_owned()).unwrap_or_default()
                        on:change=move |ev| preview_for.set(Some(ContactId::new(event_target_value(&ev))))
                    >
                        // The first few hundred are plenty to check a message by.
                        <For each=move || recipients.with(|r| r.iter().take(PREVIEW_CHOICES).cloned().collect::<Vec<_>>()) key=|c| c.id.clone() let:contact>
                            <option value=contact.id.as_str().to_owned()>{contact.display_name()}</option>
                        </For>
                    </select>
                </label>
                <div class="message-preview" role="region" aria-label=t.t(Text::ComposePreviewLabel)>{preview}</div>
            </div>
        </Show>
    }
}
