//! Choosing contacts by tags (all of them or any of them) and by event:
//! the Contacts list's filter and a message's audience are the same choice,
//! kept in different places (the URL, the composer's draft).

use leptos::prelude::*;

use crate::address_book::use_address_book;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{ContactFilter, EventId, Tag, TagId, TagMode};

/// "Filter by tags": one toggle chip per tag, then all of / any of.
#[component]
pub fn TagFilterFieldset(
    #[prop(into)] filter: Signal<ContactFilter>,
    on_change: Callback<ContactFilter>,
    /// The radio group's name, unique on the page.
    mode_group: &'static str,
) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let change = move |edit: &dyn Fn(&mut ContactFilter)| {
        let mut next = filter.get_untracked();
        edit(&mut next);
        on_change.run(next);
    };
    let toggle = move |id: &TagId| {
        change(&|f: &mut ContactFilter| match f.tags.iter().position(|t| t == id) {
            Some(at) => {
                f.tags.remove(at);
            }
            None => f.tags.push(id.clone()),
        })
    };
    let tags_by_name = move || {
        let mut tags = book.tags.get();
        tags.sort_by_key(|tag| Tag::name_key(&tag.name));
        tags
    };

    view! {
        <Show when=move || book.tags.with(|tags| !tags.is_empty())>
            <fieldset class="tag-filter">
                <legend>{t.t(Text::FilterTags)}</legend>
                <div class="chips">
                    <For each=tags_by_name key=|tag| (tag.id.clone(), tag.name.clone(), tag.colour.clone()) let:tag>
                        {
                            let id = tag.id.clone();
                            let pressed_id = id.clone();
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-pressed=move || filter.with(|f| f.tags.contains(&pressed_id)).to_string()
                                    on:click=move |_| toggle(&id)
                                >
                                    <span class="chip-dot" style:background-color=tag.colour.clone() aria-hidden="true"></span>
                                    {tag.name.clone()}
                                </button>
                            }
                        }
                    </For>
                </div>
                <Show when=move || filter.with(|f| f.tags.len() > 1)>
                    <div class="mode-choice">
                        {[(TagMode::All, Text::TagModeAll), (TagMode::Any, Text::TagModeAny)].map(|(mode, label)| view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name=mode_group
                                    prop:checked=move || filter.with(|f| f.mode == mode)
                                    on:change=move |_| change(&|f: &mut ContactFilter| f.mode = mode)
                                />
                                <span>{t.t(label)}</span>
                            </label>
                        })}
                    </div>
                </Show>
            </fieldset>
        </Show>
    }
}

/// "Event": any event, or one of them.
#[component]
pub fn EventFilterSelect(#[prop(into)] filter: Signal<ContactFilter>, on_change: Callback<ContactFilter>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    view! {
        <Show when=move || book.events.with(|events| !events.is_empty())>
            <label class="field">
                <span>{t.t(Text::FilterEvent)}</span>
                <select
                    prop:value=move || filter.with(|f| f.event.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let mut next = filter.get_untracked();
                        next.event = (!value.is_empty()).then(|| EventId::new(value));
                        on_change.run(next);
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
