//! `/scan`: reading someone's QR code at a tea break. Camera up, code read,
//! contact saved before the conversation moves on.
//!
//! The page ties the pieces together: the current event, the live
//! viewfinder, scanning from a picture, the result sheet, and booth mode
//! (each new code saved at once, with an undo).

use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::JsCast;

use crate::address_book::{describe_store_error, use_address_book};
use crate::components::scan_save::{save_scanned, undo_save};
use crate::components::{saved_name, ScanEventPicker, ScanPicture, ScanResultSheet, ScanViewfinder, Scanned};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{find_duplicate, scan_text, Contact, ScanNotes, ScannedPayload};
use crate::settings;

/// A short message under the viewfinder, with an undo in booth mode.
#[derive(Clone, Debug, PartialEq)]
struct Toast {
    message: String,
    undo: Option<Contact>,
    /// Tells toasts apart, so an old timer does not hide a newer one.
    serial: u32,
}

/// How long booth mode shows a saved contact before reading the next code.
const BOOTH_PAUSE: Duration = Duration::from_millis(1200);
/// How long the code of a closed sheet is ignored if still in view.
const SAME_CODE_QUIET_MS: f64 = 4000.0;
const TOAST_TIME: Duration = Duration::from_secs(8);

fn vibrate() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    // Safari has no `vibrate`: calling it would throw.
    if js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false) {
        navigator.vibrate_with_duration(60);
    }
}

fn focus_sheet() {
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("scan-sheet-heading"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}

#[component]
pub fn ScanPage() -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let current_event = RwSignal::new(settings::current_event());
    let booth = RwSignal::new(settings::booth_mode());
    let sheet = RwSignal::new(None::<Scanned>);
    let toast = RwSignal::new(None::<Toast>);
    // Reading rests from a code handled without a sheet (booth mode, the
    // same code again) until the next may be read.
    let booth_busy = RwSignal::new(false);
    let last_booth_code = StoredValue::new(None::<String>);
    let serial = StoredValue::new(0u32);
    let last_closed = StoredValue::new(None::<(String, f64)>);

    let event_now = move || {
        let id = current_event.get_untracked()?;
        book.events.get_untracked().into_iter().find(|e| e.id == id)
    };
    let show_toast = move |message: String, undo: Option<Contact>| {
        let mine = serial.try_update_value(|n| {
            *n += 1;
            *n
        });
        let Some(mine) = mine else { return };
        toast.set(Some(Toast { message, undo, serial: mine }));
        set_timeout(
            move || {
                if toast.try_get_untracked().flatten().is_some_and(|t| t.serial == mine) {
                    toast.set(None);
                }
            },
            TOAST_TIME,
        );
    };
    let booth_next = move |after: Duration| {
        set_timeout(move || { let _ = booth_busy.try_set(false); }, after);
    };

    let booth_save = move |text: String, payload: ScannedPayload| {
        let ScannedPayload::Contacts(cards) = payload else { return };
        let Some(card) = cards.into_iter().next() else { return };
        booth_busy.set(true);
        // The same code held in front of the camera is saved once.
        if last_booth_code.get_value().as_deref() == Some(text.as_str()) {
            booth_next(BOOTH_PAUSE);
            return;
        }
        last_booth_code.set_value(Some(text));
        let locale = t.locale.get_untracked();
        if let Some((existing, _)) = find_duplicate(&book.contacts.get_untracked(), &card.contact) {
            show_toast(locale.fill(Text::ScanBoothAlready, &[("name", &saved_name(locale, existing))]), None);
            booth_next(BOOTH_PAUSE);
            return;
        }
        let tags = book.tags.get_untracked();
        let notes = ScanNotes::at_event(event_now().as_ref(), &tags);
        spawn_local(async move {
            match save_scanned(&card, &notes, &tags).await {
                Ok(contact) => {
                    let message = locale.fill(Text::ScanSaved, &[("name", &saved_name(locale, &contact))]);
                    show_toast(message, Some(contact));
                }
                Err(e) => {
                    last_booth_code.set_value(None);
                    show_toast(describe_store_error(locale, &e), None);
                }
            }
            booth_next(BOOTH_PAUSE);
        });
    };

    let on_code = Callback::new(move |text: String| {
        if sheet.get_untracked().is_some() || booth_busy.get_untracked() {
            return;
        }
        // The code just saved or dismissed is usually still in view: it does
        // not reopen until another code is read or a moment has passed.
        let now = js_sys::Date::now();
        if last_closed.get_value().is_some_and(|(code, at)| code == text && now - at < SAME_CODE_QUIET_MS) {
            booth_busy.set(true);
            booth_next(Duration::from_millis(500));
            return;
        }
        vibrate();
        let payload = scan_text(&text);
        if booth.get_untracked() && matches!(payload, ScannedPayload::Contacts(_)) {
            booth_save(text, payload);
            return;
        }
        sheet.set(Some(Scanned { text, payload }));
        focus_sheet();
    });
    let on_close = Callback::new(move |message: Option<String>| {
        if let Some(closed) = sheet.get_untracked() {
            last_closed.set_value(Some((closed.text, js_sys::Date::now())));
        }
        sheet.set(None);
        if let Some(message) = message {
            show_toast(message, None);
        }
    });
    // A picture is picked on purpose: it always opens, even if its code was
    // the one just closed.
    let on_picture = Callback::new(move |text: String| {
        last_closed.set_value(None);
        on_code.run(text);
    });
    let undo = move |contact: Contact| {
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            match undo_save(&contact).await {
                // The code is still remembered: held in view, it is not saved again.
                Ok(()) => {
                    show_toast(locale.fill(Text::ScanUndone, &[("name", &saved_name(locale, &contact))]), None);
                }
                Err(e) => show_toast(describe_store_error(locale, &e), None),
            }
        });
    };
    let holding = Signal::derive(move || sheet.get().is_some() || booth_busy.get());

    view! {
        <h1>{t.t(Text::NavScan)}</h1>
        <p class="lead">{t.t(Text::ScanIntro)}</p>
        <ScanEventPicker current=current_event/>
        <label class="choice scan-booth">
            <input type="checkbox"
                prop:checked=move || booth.get()
                on:change=move |e| {
                    let on = event_target_checked(&e);
                    booth.set(on);
                    settings::set_booth_mode(on);
                    last_booth_code.set_value(None);
                }/>
            <span>{t.t(Text::ScanBoothMode)}</span>
        </label>
        <ScanViewfinder on_code holding/>
        <div class="scan-toast" role="status" aria-live="polite">
            {move || toast.get().map(|shown| {
                let undo_button = shown.undo.clone().map(|contact| view! {
                    <button type="button" class="button" on:click=move |_| undo(contact.clone())>{t.t(Text::ScanUndo)}</button>
                });
                view! { <p class="notice">{shown.message}" "{undo_button}</p> }
            })}
        </div>
        {move || sheet.get().map(|scanned| view! {
            <ScanResultSheet scanned event=event_now() on_close/>
        })}
        <ScanPicture on_code=on_picture/>
    }
}
