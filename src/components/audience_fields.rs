//! Choosing who a message goes to: tags (all of them or any of them) and
//! an event, over the address book's tags and events.

use leptos::prelude::*;

use crate::address_book::use_address_book;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{Audience, EventId, TagId};

#[component]
pub fn AudienceFields(audience: RwSignal<Audience>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let selected = move |id: &TagId| audience.with(|a| a.tags.contains(id));
    let toggle = move |id: TagId| {
        audience.update(|a| match a.tags.iter().position(|t| *t == id) {
            Some(at) => {
                a.tags.remove(at);
            }
            None => a.tags.push(id),
        })
    };
    let tags_sorted = move || {
        let mut tags = book.tags.get();
        tags.sort_by_key(|tag| crate::model::Tag::name_key(&tag.name));
        tags
    };

    view! {
        <Show when=move || book.tags.with(|tags| !tags.is_empty())>
            <fieldset class="tag-filter">
                <legend>{t.t(Text::FilterTags)}</legend>
                <div class="chips">
                    <For each=tags_sorted key=|tag| (tag.id.clone(), tag.name.clone(), tag.colour.clone()) let:tag>
                        {
                            let id = tag.id.clone();
                            let pressed_id = id.clone();
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-pressed=move || selected(&pressed_id).to_string()
                                    on:click=move |_| toggle(id.clone())
                                >
                                    <span class="chip-dot" style:background-color=tag.colour.clone() aria-hidden="true"></span>
                                    {tag.name.clone()}
                                </button>
                            }
                        }
                    </For>
                </div>
                <Show when=move || audience.with(|a| a.tags.len() > 1)>
                    <div class="mode-choice">
                        {[(false, Text::TagModeAll), (true, Text::TagModeAny)].map(|(any, label)| view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="audience-tag-mode"
                                    prop:checked=move || audience.with(|a| a.match_any == any)
                                    on:change=move |_| audience.update(|a| a.match_any = any)
                                />
                                <span>{t.t(label)}</span>
                            </label>
                        })}
                    </div>
                </Show>
            </fieldset>
        </Show>
        <Show when=move || book.events.with(|events| !events.is_empty())>
            <label class="field">
                <span>{t.t(Text::FilterEvent)}</span>
                <select
                    prop:value=move || audience.with(|a| a.event.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        audience.update(|a| a.event = (!value.is_empty()).then(|| EventId::new(value)));
                    }
                >
                    <option value="">{t.t(Text::FilterAnyEvent)}</option>
                    <For each=move || book.events.get() key=|e| (e.id.clone(), e.name.clone()) let:event>
                        <option value=event.id.as_str().to_owned()>{event.name.clone()}</option>
                    </For>
                </select>
            </label>
        </Show>
    }
}
