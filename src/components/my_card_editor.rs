//! My card › the form: which card, and what it says. Every keystroke
//! updates the card (and so its QR code) and is saved.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::my_card_state::{MyCardState, SaveStatus};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{CardFormat, MyCard};

/// The radio group of cards, with New / Make default / Delete.
#[component]
pub fn MyCardPicker(state: MyCardState) -> impl IntoView {
    let t = use_i18n();
    let entries = Memo::new(move |_| {
        state.cards.with(|c| {
            c.cards
                .iter()
                .enumerate()
                .map(|(i, card)| {
                    let label = card.label.trim();
                    let label = if label.is_empty() {
                        t.locale.get().fill(Text::MyCardNthLabel, &[("n", &(i + 1).to_string())])
                    } else {
                        label.to_owned()
                    };
                    (card.id.clone(), label, card.is_default)
                })
                .collect::<Vec<_>>()
        })
    });
    let is_default = move || state.current.with(|c| c.as_ref().is_some_and(|c| c.is_default));
    let only_one = move || state.cards.with(|c| c.cards.len() < 2);
    let delete = move |_| {
        let label = state.current.with_untracked(|c| c.as_ref().map(|c| c.label.clone()).unwrap_or_default());
        let question = t.locale.get_untracked().fill(Text::MyCardDeleteConfirm, &[("label", &label)]);
        let confirmed = web_sys::window().is_some_and(|w| w.confirm_with_message(&question).unwrap_or(false));
        if confirmed {
            state.delete_selected();
        }
    };

    view! {
        <section class="card my-card-picker">
            <fieldset>
                <legend>{t.t(Text::MyCardYourCards)}</legend>
                <div class="my-card-choices">
                    <For each=move || entries.get() key=|entry| entry.clone() let:entry>
                        {
                            let (id, label, default) = entry;
                            let checked_id = id.clone();
                            view! {
                                <label class="choice my-card-choice">
                                    <input
                                        type="radio"
                                        name="my-card"
                                        prop:checked=move || state.selected.with(|s| *s == checked_id)
                                        on:change=move |_| state.selected.set(id.clone())
                                    />
                                    <span>{label}</span>
                                    {default.then(|| view! { <span class="my-card-badge">{t.t(Text::MyCardDefaultMark)}</span> })}
                                </label>
                            }
                        }
                    </For>
                </div>
            </fieldset>
            <div class="button-row">
                <button type="button" class="button" on:click=move |_| state.add_card()>{t.t(Text::MyCardNew)}</button>
                <Show
                    when=is_default
                    fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| state.make_default()>{t.t(Text::MyCardMakeDefault)}</button>
                    }
                >
                    <p class="help my-card-default-note">{t.t(Text::MyCardIsDefault)}</p>
                </Show>
                <button type="button" class="button quiet" prop:disabled=only_one on:click=delete>{t.t(Text::MyCardDelete)}</button>
            </div>
        </section>
    }
}

/// Reads one text field of the card being edited.
type Getter = fn(&MyCard) -> &String;
/// Writes one text field.
type Setter = fn(&mut MyCard) -> &mut String;
/// A list field (phones, emails, links).
type ListGetter = fn(&MyCard) -> &Vec<String>;
type ListSetter = fn(&mut MyCard) -> &mut Vec<String>;

/// The card's details.
#[component]
pub fn MyCardEditor(state: MyCardState) -> impl IntoView {
    let t = use_i18n();
    let field = move |label: Text, get: Getter, set: Setter, kind: &'static str, autocomplete: &'static str| {
        view! {
            <label class="field">
                <span>{t.t(label)}</span>
                <input
                    type=kind
                    autocomplete=autocomplete
                    prop:value=move || state.current.with(|c| c.as_ref().map(|c| get(c).clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.edit(move |c| *set(c) = value);
                    }
                />
            </label>
        }
    };
    let short_code = move || state.current.with(|c| c.as_ref().is_some_and(|c| c.format == CardFormat::Mecard));
    let save_text = move || {
        let locale = t.locale.get();
        match state.save.get() {
            SaveStatus::Idle => None,
            SaveStatus::Saving => Some(view! { <p class="help my-card-save">{locale.text(Text::MyCardSaving)}</p> }.into_any()),
            SaveStatus::Saved => Some(view! { <p class="help my-card-save">{locale.text(Text::MyCardSaved)}</p> }.into_any()),
            SaveStatus::Failed(text) => Some(view! { <p class="notice error" role="alert">{text}</p> }.into_any()),
        }
    };

    view! {
        <section class="card my-card-editor" aria-labelledby="my-card-details-heading">
            <h2 id="my-card-details-heading">{t.t(Text::MyCardDetails)}</h2>
            {field(Text::MyCardLabel, |c| &c.label, |c| &mut c.label, "text", "off")}
            <div class="my-card-name-row">
                {field(Text::MyCardGivenName, |c| &c.given_name, |c| &mut c.given_name, "text", "given-name")}
                {field(Text::MyCardFamilyName, |c| &c.family_name, |c| &mut c.family_name, "text", "family-name")}
            </div>
            {field(Text::MyCardTitle, |c| &c.title, |c| &mut c.title, "text", "organization-title")}
            {field(Text::MyCardOrganization, |c| &c.organization, |c| &mut c.organization, "text", "organization")}
            <ListField state label=Text::MyCardPhone add=Text::MyCardAddPhone remove=Text::MyCardRemovePhone
                get=|c| &c.phones set=|c| &mut c.phones kind="tel" autocomplete="tel" slug="phone"/>
            <ListField state label=Text::MyCardEmail add=Text::MyCardAddEmail remove=Text::MyCardRemoveEmail
                get=|c| &c.emails set=|c| &mut c.emails kind="email" autocomplete="email" slug="email"/>
            {field(Text::MyCardWechatId, |c| &c.wechat_id, |c| &mut c.wechat_id, "text", "off")}
            <ListField state label=Text::MyCardLink add=Text::MyCardAddLink remove=Text::MyCardRemoveLink
                get=|c| &c.links set=|c| &mut c.links kind="url" autocomplete="url" slug="link"/>
            {field(Text::MyCardAbout, |c| &c.about, |c| &mut c.about, "text", "off")}
            <label class="choice">
                <input
                    type="checkbox"
                    aria-describedby="my-card-short-help"
                    prop:checked=short_code
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.edit(move |c| c.format = if on { CardFormat::Mecard } else { CardFormat::Vcard });
                    }
                />
                <span>{t.t(Text::MyCardShortCode)}</span>
            </label>
            <p class="help" id="my-card-short-help">{t.t(Text::MyCardShortCodeHelp)}</p>
            {save_text}
        </section>
    }
}

/// A list of inputs (one per phone, email or link) with Add and Remove.
/// At least one input is always shown, so the first entry needs no click.
#[component]
fn ListField(
    state: MyCardState,
    label: Text,
    add: Text,
    remove: Text,
    get: ListGetter,
    set: ListSetter,
    kind: &'static str,
    autocomplete: &'static str,
    /// Names the inputs' ids, to move focus to a new one.
    slug: &'static str,
) -> impl IntoView {
    let t = use_i18n();
    let rows = Memo::new(move |_| state.current.with(|c| c.as_ref().map_or(0, |c| get(c).len())).max(1));
    let input_id = move |i: usize| format!("my-card-{slug}-{i}");
    let add_row = move |_| {
        let index = rows.get_untracked();
        state.edit(move |c| {
            let list = set(c);
            // The always-shown first input may not exist in the data yet.
            while list.len() <= index {
                list.push(String::new());
            }
        });
        let id = input_id(index);
        request_animation_frame(move || focus_by_id(&id));
    };

    view! {
        <div class="my-card-list">
            {move || (0..rows.get()).map(|i| {
                let n = (i + 1).to_string();
                let name = {
                    let n = n.clone();
                    move || t.locale.get().fill(label, &[("n", &n)])
                };
                let remove_name = move || t.locale.get().fill(remove, &[("n", &n)]);
                view! {
                    <div class="my-card-list-row">
                        <label class="field">
                            <span>{name}</span>
                            <input
                                id=input_id(i)
                                type=kind
                                autocomplete=autocomplete
                                prop:value=move || state.current.with(|c| c.as_ref().and_then(|c| get(c).get(i).cloned()).unwrap_or_default())
                                on:input=move |ev| {
                                    let value = event_target_value(&ev);
                                    state.edit(move |c| {
                                        let list = set(c);
                                        while list.len() <= i {
                                            list.push(String::new());
                                        }
                                        list[i] = value;
                                    });
                                }
                            />
                        </label>
                        <Show when=move || { rows.get() > 1 }>
                            <button
                                type="button"
                                class="button quiet my-card-remove"
                                aria-label=remove_name.clone()
                                title=remove_name.clone()
                                on:click=move |_| {
                                    state.edit(move |c| {
                                        let list = set(c);
                                        if i < list.len() {
                                            list.remove(i);
                                        }
                                    });
                                    // Focus stays in the list rather than falling to the page.
                                    let id = input_id(i.saturating_sub(1));
                                    request_animation_frame(move || focus_by_id(&id));
                                }
                            >
                                "×"
                            </button>
                        </Show>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="button quiet my-card-add" on:click=add_row>{t.t(add)}</button>
        </div>
    }
}

fn focus_by_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
