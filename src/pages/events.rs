//! `/events`: where the user met people. Each event with its dates, place,
//! notes, the contacts met there, and the WeChat group codes collected.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::address_book::{use_address_book, BookStatus};
use crate::components::{local_date_range, EventEditor, EventGroupCodes, OrganiseLinks};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{Contact, Event, EventId};
use crate::store::new_id;

#[component]
pub fn EventsPage() -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let creating = RwSignal::new(false);
    let events = move || {
        let mut all = book.events.get();
        // Latest first; undated events last.
        all.sort_by(|a, b| b.starts.is_some().cmp(&a.starts.is_some()).then(b.starts.cmp(&a.starts)).then_with(|| a.name.cmp(&b.name)));
        all.into_iter().map(|e| e.id).collect::<Vec<_>>()
    };
    let loading = move || book.status.with(|s| *s == BookStatus::Loading);

    view! {
        <p class="back-link"><A href=base.href("/")>{t.t(Text::ContactBackToContacts)}</A></p>
        <h1>{t.t(Text::EventsTitle)}</h1>
        <OrganiseLinks/>
        <Show when=move || creating.get() fallback=move || view! {
            <button type="button" class="button primary" on:click=move |_| creating.set(true)>{t.t(Text::EventsNew)}</button>
        }>
            <EventEditor initial=Event::new(EventId::new(new_id()), "") is_new=true on_close=Callback::new(move |_| creating.set(false))/>
        </Show>
        <Show when=move || !loading() fallback=move || view! { <p role="status">{t.t(Text::ContactsLoading)}</p> }>
            <Show when=move || book.events.with(|all| !all.is_empty())
                fallback=move || view! { <p class="empty-state">{t.t(Text::EventsEmpty)}</p> }>
                <For each=events key=|id| id.clone() let:id>
                    <EventEntry id/>
                </For>
            </Show>
        </Show>
    }
}

#[component]
fn EventEntry(id: EventId) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let editing = RwSignal::new(false);
    let lookup = id.clone();
    let found = Memo::new(move |_| book.events.with(|all| all.iter().find(|e| e.id == lookup).cloned()));
    let event = Signal::derive(move || found.get().unwrap_or_default());
    let met_there = move || {
        let id = event.with(|e| e.id.clone());
        let mut people: Vec<Contact> = book.contacts.with(|all| all.iter().filter(|c| c.event.as_ref() == Some(&id)).cloned().collect());
        people.sort_by_key(|c| c.display_name().to_lowercase());
        people
    };
    let heading_id = format!("event-{id}");
    let labelled_by = heading_id.clone();

    view! {
        <article class="card event-entry" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || event.with(|e| e.name.clone())}</h2>
            <p class="event-when">{move || {
                let (starts, ends) = event.with(|e| (e.starts, e.ends));
                local_date_range(t.locale.get(), starts, ends)
            }}</p>
            {move || event.with(|e| (!e.place.is_empty()).then(|| e.place.clone())).map(|place| view! { <p class="event-place">{place}</p> })}
            {move || event.with(|e| (!e.notes.is_empty()).then(|| e.notes.clone())).map(|notes| view! { <p class="contact-description">{notes}</p> })}
            <Show when=move || editing.get() fallback=move || view! {
                <button type="button" class="button"
                    aria-label=move || t.locale.get().fill(Text::EventsEditAria, &[("name", &event.with(|e| e.name.clone()))])
                    on:click=move |_| editing.set(true)>{t.t(Text::EventsEdit)}</button>
            }>
                <EventEditor initial=event.get_untracked() is_new=false on_close=Callback::new(move |_| editing.set(false))/>
            </Show>
            <h3>{t.t(Text::EventsPeople)}</h3>
            {move || {
                let people = met_there();
                if people.is_empty() {
                    view! { <p class="help">{t.t(Text::EventsNobody)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="event-people">
                            {people.into_iter().map(|c| {
                                let href = base.href(&format!("/contact/{}", js_sys::encode_uri_component(c.id.as_str())));
                                view! { <li><A href=href>{c.display_name()}</A></li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <EventGroupCodes event/>
        </article>
    }
}
