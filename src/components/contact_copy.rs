//! A button that copies a piece of a contact (their WeChat link or ID) to
//! the clipboard, and says whether it worked.

use leptos::prelude::*;
use leptos::task::spawn_local;

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
            copied.set(Some(if crate::share::copy_text(&value).await { Copied::Yes } else { Copied::Failed }));
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
