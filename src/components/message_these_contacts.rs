//! "Message these contacts": from a tag or event filter on the Contacts
//! page to the composer, with the same audience.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{ListQuery, TagMode};

#[component]
pub fn MessageTheseContacts(#[prop(into)] query: Signal<ListQuery>) -> impl IntoView {
    let t = use_i18n();
    let base = StoredValue::new(use_base_path());
    let href = move || {
        query.with(|q| {
            let filter = &q.filter;
            let mut params = Vec::new();
            if !filter.tags.is_empty() {
                let ids: Vec<&str> = filter.tags.iter().map(|t| t.as_str()).collect();
                params.push(format!("tags={}", js_sys::encode_uri_component(&ids.join(","))));
                if filter.mode == TagMode::Any {
                    params.push("mode=any".to_owned());
                }
            }
            if let Some(event) = &filter.event {
                params.push(format!("event={}", js_sys::encode_uri_component(event.as_str())));
            }
            base.with_value(|b| format!("{}?{}", b.href("/message"), params.join("&")))
        })
    };
    view! {
        <Show when=move || query.with(|q| !q.filter.is_empty())>
            <p class="message-these"><A href=href attr:class="button">{t.t(Text::MessageTheseContacts)}</A></p>
        </Show>
    }
}
