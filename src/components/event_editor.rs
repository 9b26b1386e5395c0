//! Creating or editing an event: name, first and last day, place, notes.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::{describe_store_error, keep_data_persistent, use_address_book};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{CalendarDate, Event};
use crate::store::Store;

#[component]
pub fn EventEditor(
    initial: Event,
    /// Whether this is a new event (changes the heading and button).
    is_new: bool,
    on_close: Callback<()>,
) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let name = RwSignal::new(initial.name.clone());
    let starts = RwSignal::new(initial.starts.map(|d| d.to_string()).unwrap_or_default());
    let ends = RwSignal::new(initial.ends.map(|d| d.to_string()).unwrap_or_default());
    let place = RwSignal::new(initial.place.clone());
    let notes = RwSignal::new(initial.notes.clone());
    let failed = RwSignal::new(None::<String>);
    let base = StoredValue::new(initial);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = t.locale.get_untracked();
        let mut event = base.get_value();
        event.name = name.get_untracked().trim().to_owned();
        event.starts = CalendarDate::parse(&starts.get_untracked());
        event.ends = CalendarDate::parse(&ends.get_untracked());
        event.place = place.get_untracked().trim().to_owned();
        event.notes = notes.get_untracked().trim_end().to_owned();
        if event.name.is_empty() {
            failed.set(Some(locale.text(Text::EventsNameMissing).to_owned()));
            return;
        }
        if let (Some(first), Some(last)) = (event.starts, event.ends) {
            if last < first {
                failed.set(Some(locale.text(Text::EventsEndsBeforeStart).to_owned()));
                return;
            }
        }
        // A one-day event keeps no separate last day.
        if event.ends == event.starts {
            event.ends = None;
        }
        spawn_local(async move {
            let outcome = match Store::shared().await {
                Ok(store) => store.put_event(&event).await,
                Err(error) => Err(error),
            };
            match outcome {
                Ok(()) => {
                    keep_data_persistent();
                    book.reload().await;
                    on_close.try_run(());
                }
                Err(error) => failed.set(Some(describe_store_error(locale, &error))),
            }
        });
    };

    let field = move |label: Text, kind: &'static str, value: RwSignal<String>| {
        view! {
            <label class="field">
                <span>{t.t(label)}</span>
                <input type=kind prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </label>
        }
    };

    view! {
        <form class="card event-editor" on:submit=save novalidate=true>
            <h2>{t.t(if is_new { Text::EventsNew } else { Text::EventsEditHeading })}</h2>
            {field(Text::EventsName, "text", name)}
            <div class="field-pair">
                {field(Text::EventsStarts, "date", starts)}
                {field(Text::EventsEnds, "date", ends)}
            </div>
            {field(Text::EventsPlace, "text", place)}
            <label class="field">
                <span>{t.t(Text::EventsNotes)}</span>
                <textarea rows="3" prop:value=move || notes.get() on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
            </label>
            {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
            <div class="button-row">
                <button type="submit" class="button primary">{t.t(if is_new { Text::EventsCreate } else { Text::EventsSave })}</button>
                <button type="button" class="button quiet" on:click=move |_| on_close.run(())>{t.t(Text::ContactCancel)}</button>
            </div>
        </form>
    }
}
