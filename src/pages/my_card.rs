//! `/card`: the user's own card, shown as a QR code.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn MyCardPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <h1>{t.t(Text::NavMyCard)}</h1>
        <p class="lead">{t.t(Text::MyCardComing)}</p>
    }
}
