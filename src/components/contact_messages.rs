//! On a contact's page: the broadcasts they were sent ("Messaged on
//! 12 Nov about “Demo day”"), each linking to the broadcast.

use leptos::prelude::*;
use leptos_router::components::A;

use super::event_dates::local_day;
use crate::broadcast_list::use_broadcast_list;
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::ContactId;

#[component]
pub fn ContactMessages(#[prop(into)] contact: Signal<ContactId>) -> impl IntoView {
    let t = use_i18n();
    let base = StoredValue::new(use_base_path());
    let list = use_broadcast_list();
    let reached = Memo::new(move |_| {
        contact.with(|id| list.reached(id)).into_iter().map(|(at, b)| (b.id.clone(), at, b.about())).collect::<Vec<_>>()
    });

    view! {
        <Show when=move || reached.with(|r| !r.is_empty())>
            <section class="card" aria-labelledby="contact-messages-heading">
                <h2 id="contact-messages-heading">{t.t(Text::ContactMessages)}</h2>
                <ul class="contact-messages">
                    <For each=move || reached.get() key=|row| row.clone() let:row>
                        {
                            let (id, at, about) = row;
                            let href = base.with_value(|b| b.href(&format!("/broadcast/{id}")));
                            view! {
                                <li><A href=href>{move || {
                                    let locale = t.locale.get();
                                    locale.fill(Text::ContactMessagedOn, &[("date", &local_day(locale, at)), ("about", &about)])
                                }}</A></li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
