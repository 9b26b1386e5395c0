//! "At: WAIC 2026 Shanghai" on the Scan page: the event new contacts are
//! filed under. Pick one from the book or start one on the spot (name, date
//! defaulting to today); a tag of the same name comes with it. The choice
//! survives restarts (`settings::current_event`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::address_book::{describe_store_error, use_address_book};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{event_tag, CalendarDate, Event, EventId};
use crate::settings;
use crate::store::{new_id, now, Store};

/// Today in the device's time zone (an event "today" in Shanghai starts at
/// midnight there, not in UTC).
pub fn local_today() -> CalendarDate {
    let offset_minutes = js_sys::Date::new_0().get_timezone_offset();
    CalendarDate::from_millis_utc(now() - (offset_minutes * 60_000.0) as i64)
}

#[component]
pub fn ScanEventPicker(current: RwSignal<Option<EventId>>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let editing = RwSignal::new(false);
    let creating = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);

    let current_event = Memo::new(move |_| {
        let id = current.get()?;
        book.events.get().into_iter().find(|e| e.id == id)
    });
    let choose = move |id: Option<EventId>| {
        settings::set_current_event(id.as_ref());
        current.set(id);
    };
    let on_select = move |event: web_sys::Event| {
        let value = event_target_value(&event);
        choose((!value.is_empty()).then(|| EventId::new(value)));
        editing.set(false);
    };
    let open_new = move |_| {
        name.set(String::new());
        date.set(local_today().to_string());
        error.set(None);
        creating.set(true);
    };
    let create = move |event: web_sys::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked().trim().to_owned();
        if typed.is_empty() {
            return;
        }
        let mut created = Event::new(new_id(), typed);
        created.starts = CalendarDate::parse(&date.get_untracked()).or(Some(local_today()));
        let locale = t.locale.get_untracked();
        let tags = book.tags.get_untracked();
        spawn_local(async move {
            let saved = async {
                let store = Store::shared().await?;
                store.put_event(&created).await?;
                if let Err(tag) = event_tag(&created, &tags, new_id) {
                    store.put_tag(&tag).await?;
                }
                Ok::<_, crate::store::StoreError>(())
            };
            match saved.await {
                Ok(()) => {
                    book.events.update(|events| {
                        if !events.iter().any(|e| e.id == created.id) {
                            events.push(created.clone());
                        }
                    });
                    choose(Some(created.id));
                    creating.set(false);
                    editing.set(false);
                }
                Err(e) => error.set(Some(describe_store_error(locale, &e))),
            }
        });
    };

    view! {
        <section class="scan-event" aria-labelledby="scan-event-heading">
            <p id="scan-event-heading" class="scan-event-now">
                {move || match current_event.get() {
                    Some(event) => t.locale.get().fill(Text::ScanEventAt, &[("event", &event.name)]),
                    None => t.locale.get().text(Text::ScanEventNone).to_owned(),
                }}
            </p>
            {move || (!editing.get() && !creating.get()).then(|| view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| editing.set(true)>{t.t(Text::ScanEventChange)}</button>
                    <button type="button" class="button" on:click=open_new>{t.t(Text::ScanEventNew)}</button>
                </div>
            })}
            {move || editing.get().then(|| view! {
                <div class="scan-event-edit">
                    <label class="field">
                        <span>{t.t(Text::ScanEventChoice)}</span>
                        <select on:change=on_select>
                            <option value="" selected=move || current_event.get().is_none()>{t.t(Text::ScanEventNoneOption)}</option>
                            {move || {
                                let mut events = book.events.get();
                                events.sort_by(|a, b| b.starts.cmp(&a.starts).then_with(|| a.name.cmp(&b.name)));
                                let selected = current.get();
                                events.into_iter().map(|e| {
                                    let is_current = selected.as_ref() == Some(&e.id);
                                    let label = match e.starts {
                                        Some(day) => format!("{} ({day})", e.name),
                                        None => e.name.clone(),
                                    };
                                    view! { <option value=e.id.0.clone() selected=is_current>{label}</option> }
                                }).collect_view()
                            }}
                        </select>
                    </label>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| editing.set(false)>{t.t(Text::ScanEventDone)}</button>
                        <button type="button" class="button" on:click=open_new>{t.t(Text::ScanEventNew)}</button>
                    </div>
                </div>
            })}
            {move || creating.get().then(|| view! {
                <form class="scan-event-new" on:submit=create>
                    <label class="field">
                        <span>{t.t(Text::ScanEventName)}</span>
                        <input type="text" required=true autocomplete="off"
                            prop:value=move || name.get()
                            on:input=move |e| name.set(event_target_value(&e))/>
                    </label>
                    <label class="field">
                        <span>{t.t(Text::ScanEventDate)}</span>
                        <input type="date"
                            prop:value=move || date.get()
                            on:input=move |e| date.set(event_target_value(&e))/>
                    </label>
                    {move || error.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
                    <div class="button-row">
                        <button type="submit" class="button primary">{t.t(Text::ScanEventStart)}</button>
                        <button type="button" class="button" on:click=move |_| { creating.set(false); editing.set(false); }>
                            {t.t(Text::ScanCancel)}
                        </button>
                    </div>
                </form>
            })}
        </section>
    }
}
