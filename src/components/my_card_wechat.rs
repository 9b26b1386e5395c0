//! My card › My WeChat QR: read the link out of a screenshot of WeChat's
//! "My QR code" (through the decoder worker, never on the main thread) and
//! keep it, so the page can draw it again crisply beside the card's code.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::my_card_state::MyCardState;
use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::model::{wechat_qr_link, WechatQrProblem};
use crate::scan;

#[component]
pub fn MyCardWechat(state: MyCardState) -> impl IntoView {
    let t = use_i18n();
    let message = RwSignal::new(None::<Result<String, String>>);
    let busy = RwSignal::new(false);
    let has_link = move || state.current.with(|c| c.as_ref().is_some_and(|c| !c.wechat_link.is_empty()));
    let picked = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Cleared so choosing the same file again still reads it.
        input.set_value("");
        let locale = t.locale.get_untracked();
        // The card being edited now, even if the user switches cards meanwhile.
        let card_id = state.selected.get_untracked();
        busy.set(true);
        message.set(Some(Ok(locale.text(Text::MyCardWechatReading).to_owned())));
        spawn_local(async move {
            let outcome = match scan::decode_image(&file).await {
                Ok(codes) => {
                    let texts: Vec<String> = codes.into_iter().map(|c| c.text).collect();
                    wechat_qr_link(&texts).map_err(|problem| describe_problem(locale, &problem))
                }
                Err(failure) => Err(locale.fill(Text::MyCardWechatFailed, &[("reason", &failure.to_string())])),
            };
            busy.set(false);
            message.set(Some(match outcome {
                Ok(link) => {
                    state.edit_card(&card_id, move |c| c.wechat_link = link);
                    Ok(locale.text(Text::MyCardWechatAdded).to_owned())
                }
                Err(text) => Err(text),
            }));
        });
    };
    let remove = move |_| {
        state.edit(|c| c.wechat_link.clear());
        message.set(None);
    };

    view! {
        <section class="card my-card-wechat" aria-labelledby="my-card-wechat-heading">
            <h2 id="my-card-wechat-heading">{t.t(Text::MyCardWechatHeading)}</h2>
            <p class="help">{t.t(Text::MyCardWechatHelp)}</p>
            <label class="file-button">
                <span>{t.t(Text::MyCardWechatPick)}</span>
                <input type="file" accept="image/*" prop:disabled=move || busy.get() on:change=picked/>
            </label>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
            })}
            <Show when=has_link>
                <div class="button-row">
                    <button type="button" class="button quiet" on:click=remove>{t.t(Text::MyCardWechatRemove)}</button>
                </div>
            </Show>
        </section>
    }
}

fn describe_problem(locale: Locale, problem: &WechatQrProblem) -> String {
    match problem {
        WechatQrProblem::NoCode => locale.text(Text::MyCardWechatNoCode).to_owned(),
        WechatQrProblem::Payment => locale.text(Text::MyCardWechatPayment).to_owned(),
        WechatQrProblem::NotWechat(text) => {
            // Shown as text only; long payloads are cut so the message stays readable.
            let shown: String = text.chars().take(80).collect();
            let shown = if shown.len() < text.len() { format!("{shown}…") } else { shown };
            locale.fill(Text::MyCardWechatNotWechat, &[("text", &shown)])
        }
    }
}

/// The element an event was fired on.
fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target().expect("change events have a target").unchecked_into()
}
