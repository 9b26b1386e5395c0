//! The controls above the Contacts list: search, tag filter (all/any),
//! event, order.

use leptos::prelude::*;

use crate::components::filter_fields::{EventFilterSelect, TagFilterFieldset};
use crate::components::list_query_url::ListQueryUrl;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::ListOrder;

#[component]
pub fn ContactFilters(url: ListQueryUrl) -> impl IntoView {
    let t = use_i18n();
    let query = url.query;
    let filter = Signal::derive(move || query.with(|q| q.filter.clone()));
    let set_filter = Callback::new(move |filter| url.update(|q| q.filter = filter));

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
            <TagFilterFieldset filter on_change=set_filter mode_group="tag-mode"/>
            <div class="inline-fields">
                <EventFilterSelect filter on_change=set_filter/>
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
