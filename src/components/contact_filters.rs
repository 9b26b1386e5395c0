//! The controls above the Contacts list: search, tag filter (all/any),
//! event, order.

use leptos::prelude::*;

use crate::address_book::use_address_book;
use crate::components::list_query_url::ListQueryUrl;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{EventId, ListOrder, TagMode};

#[component]
pub fn ContactFilters(url: ListQueryUrl) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let query = url.query;
    let selected = move |id: &crate::model::TagId| query.with(|q| q.filter.tags.contains(id));

    view! {
        <div class="list-controls">
            <label class="field search-field">
                <span>{t.t(Text::SearchLabel)}</span>
                <input
                    type="search"
                    placeholder=t.t(Text::SearchHint)
                    autocomplete="off"
                    prop:value=move || query.with(|q| q.search.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        url.update(|q| q.search = text);
                    }
                />
            </label>
            <Show when=move || book.tags.with(|tags| !tags.is_empty())>
                <fieldset class="tag-filter">
                    <legend>{t.t(Text::FilterTags)}</legend>
                    <div class="chips">
                        <For each=move || book.tags.get() key=|tag| (tag.id.clone(), tag.name.clone(), tag.colour.clone()) let:tag>
                            {
                                let id = tag.id.clone();
                                let pressed_id = id.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="chip"
                                        aria-pressed=move || selected(&pressed_id).to_string()
                                        on:click=move |_| {
                                            let id = id.clone();
                                            url.update(move |q| {
                                                if let Some(at) = q.filter.tags.iter().position(|t| *t == id) {
                                                    q.filter.tags.remove(at);
                                                } else {
                                                    q.filter.tags.push(id);
                                                }
                                            });
                                        }
                                    >
                                        <span class="chip-dot" style:background-color=tag.colour.clone() aria-hidden="true"></span>
                                        {tag.name.clone()}
                                    </button>
                                }
                            }
                        </For>
                    </div>
                    <Show when=move || query.with(|q| q.filter.tags.len() > 1)>
                        <div class="mode-choice">
                            {[(TagMode::All, Text::TagModeAll), (TagMode::Any, Text::TagModeAny)].map(|(mode, label)| view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="tag-mode"
                                        prop:checked=move || query.with(|q| q.filter.mode == mode)
                                        on:change=move |_| url.update(|q| q.filter.mode = mode)
                                    />
                                    <span>{t.t(label)}</span>
                                </label>
                            })}
                        </div>
                    </Show>
                </fieldset>
            </Show>
            <div class="inline-fields">
                <Show when=move || book.events.with(|events| !events.is_empty())>
                    <label class="field">
                        <span>{t.t(Text::FilterEvent)}</span>
                        <select
                            prop:value=move || query.with(|q| q.filter.event.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default())
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                url.update(|q| q.filter.event = (!value.is_empty()).then(|| EventId::new(value)));
                            }
                        >
                            <option value="">{t.t(Text::FilterAnyEvent)}</option>
                            <For each=move || book.events.get() key=|e| (e.id.clone(), e.name.clone()) let:event>
                                <option value=event.id.as_str().to_owned()>{event.name.clone()}</option>
                            </For>
                        </select>
                    </label>
                </Show>
                <label class="field">
                    <span>{t.t(Text::SortLabel)}</span>
                    <select
                        prop:value=move || query.with(|q| if q.order == ListOrder::RecentlyMet { "recent" } else { "az" })
                        on:change=move |ev| {
                            let recent = event_target_value(&ev) == "recent";
                            url.update(|q| q.order = if recent { ListOrder::RecentlyMet } else { ListOrder::Alphabetical });
                        }
                    >
                        <option value="az">{t.t(Text::SortAlphabetical)}</option>
                        <option value="recent">{t.t(Text::SortRecentlyMet)}</option>
                    </select>
                </label>
            </div>
        </div>
    }
}
