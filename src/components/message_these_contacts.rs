//! "Message these contacts": from a tag or event filter on the Contacts
//! page to the composer, with the same audience.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::ListQuery;

#[component]
pub fn MessageTheseContacts(#[prop(into)] query: Signal<ListQuery>) -> impl IntoView {
    let t = use_i18n();
    let base = StoredValue::new(use_base_path());
    // The same audience, in the same query form the list itself uses.
    let href = move || {
        let audience = ListQuery { filter: query.with(|q| q.filter.clone()), ..ListQuery::default() };
        let params: Vec<String> = audience
            .to_params()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(&v)))
            .collect();
        base.with_value(|b| format!("{}?{}", b.href("/message"), params.join("&")))
    };
    view! {
        <Show when=move || query.with(|q| !q.filter.is_empty())>
            <p class="message-these"><A href=href attr:class="button">{t.t(Text::MessageTheseContacts)}</A></p>
        </Show>
    }
}
