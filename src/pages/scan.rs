//! `/scan`: reading someone's QR code.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn ScanPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <h1>{t.t(Text::NavScan)}</h1>
        <p class="lead">{t.t(Text::ScanComing)}</p>
    }
}
