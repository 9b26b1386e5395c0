//! A button that copies a piece of a contact (their WeChat link or ID) to
//! the clipboard, and says whether it worked.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::context::use_i18n;
use crate::i18n::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copied {
    Yes,
    Failed,
}

#[component]
pub fn ContactCopyButton(
    /// What is copied (read when pressed).
    #[prop(into)]
    text: Signal<String>,
    /// The button's label, e.g. "Copy WeChat link".
    label: Text,
) -> impl IntoView {
    let t = use_i18n();
    let copied = RwSignal::new(None::<Copied>);
    let copy = move |_| {
        let value = text.get_untracked();
        spawn_local(async move {
            copied.set(Some(if write_to_clipboard(&value).await { Copied::Yes } else { Copied::Failed }));
        });
    };
    view! {
        <button type="button" class="button" on:click=copy>{t.t(label)}</button>
        <span class="copy-status" role="status">
            {move || copied.get().map(|c| t.locale.get().text(match c {
                Copied::Yes => Text::ContactCopied,
                Copied::Failed => Text::ContactCopyFailed,
            }))}
        </span>
    }
}

/// `navigator.clipboard.writeText`; false where the browser refuses.
async fn write_to_clipboard(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return false };
    // Absent outside secure contexts: checked before use rather than thrown.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    match clipboard {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}
