//! `/`: the address book.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let t = use_i18n();
    view! {
        <h1>{t.t(Text::NavContacts)}</h1>
        <section class="empty-state">
            <h2>{t.t(Text::ContactsEmptyTitle)}</h2>
            <p>{t.t(Text::ContactsComing)}</p>
        </section>
    }
}
