//! Scan from a picture: the usual way to add a WeChat QR code someone sent
//! as an image, and the fallback when the camera cannot be used. The
//! picture goes to the same decoder worker, thoroughly (`Effort::Picture`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::context::use_i18n;
use crate::decoder::Effort;
use crate::i18n::Text;
use crate::scan::{decode_frame, image_pixels, DecodeFailure};

#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Idle,
    Working,
    NoCode,
    Unreadable,
}

/// `on_code` gets the text of the first code found in the picture.
#[component]
pub fn ScanPicture(on_code: Callback<String>) -> impl IntoView {
    let t = use_i18n();
    let reading = RwSignal::new(Reading::Idle);
    let on_change = move |event: web_sys::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
        // Picking the same picture again must scan it again.
        input.set_value("");
        reading.set(Reading::Working);
        spawn_local(async move {
            let frame = match image_pixels(&file).await {
                Ok(frame) => frame,
                Err(_) => return reading.set(Reading::Unreadable),
            };
            match decode_frame(frame, Effort::Picture).await {
                Ok(codes) => match codes.into_iter().find(|c| !c.text.trim().is_empty()) {
                    Some(code) => {
                        reading.set(Reading::Idle);
                        on_code.run(code.text);
                    }
                    None => reading.set(Reading::NoCode),
                },
                // The decoder stopped on this picture (and was restarted):
                // for the user, it simply has no code we can read.
                Err(DecodeFailure::Crashed) => reading.set(Reading::NoCode),
                Err(DecodeFailure::Unavailable(_)) => reading.set(Reading::Unreadable),
            }
        });
    };

    view! {
        <section class="card scan-picture" aria-labelledby="scan-picture-heading">
            <h2 id="scan-picture-heading">{t.t(Text::ScanPicture)}</h2>
            <p class="help">{t.t(Text::ScanPictureHelp)}</p>
            <label class="file-button">
                <span>{t.t(Text::ScanPicturePick)}</span>
                <input type="file" accept="image/*" on:change=on_change/>
            </label>
            {move || match reading.get() {
                Reading::Idle => ().into_any(),
                Reading::Working => view! { <p role="status">{t.t(Text::ScanPictureWorking)}</p> }.into_any(),
                Reading::NoCode => view! { <p class="notice error" role="alert">{t.t(Text::ScanPictureNoCode)}</p> }.into_any(),
                Reading::Unreadable => view! { <p class="notice error" role="alert">{t.t(Text::ScanPictureUnreadable)}</p> }.into_any(),
            }}
        </section>
    }
}
