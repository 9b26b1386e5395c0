//! Any address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    view! {
        <h1>{t.t(Text::NotFoundTitle)}</h1>
        <p>{t.t(Text::NotFoundText)}</p>
        <p><A href=base.href("/")>{t.t(Text::NotFoundBack)}</A></p>
    }
}
