//! A button that asks once before acting: pressed, it becomes "Delete
//! Li Na? [Delete] [Cancel]" — an alert dialog that takes the focus;
//! Cancel or Escape puts it back on the button.

use leptos::html;
use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn ConfirmButton(
    /// The button's label, e.g. "Delete this message".
    label: Text,
    /// The question asked, e.g. "Delete Li Na?".
    #[prop(into)]
    question: Signal<String>,
    /// The confirming button's label, e.g. "Delete".
    confirm: Text,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let t = use_i18n();
    let asking = RwSignal::new(false);
    let confirm_button = NodeRef::<html::Button>::new();
    let ask_button = NodeRef::<html::Button>::new();
    let question_id = format!("confirm-{}", label_id(label));

    let ask = move |_| {
        asking.set(true);
        request_animation_frame(move || {
            if let Some(button) = confirm_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let cancel = move || {
        asking.set(false);
        request_animation_frame(move || {
            if let Some(button) = ask_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };

    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button danger" node_ref=ask_button on:click=ask>{t.t(label)}</button>
            }
        >
            <div class="confirm" role="alertdialog" aria-labelledby=question_id.clone()
                on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); cancel(); }>
                <p id=question_id.clone()>{move || question.get()}</p>
                <div class="button-row">
                    <button type="button" class="button danger-solid" node_ref=confirm_button
                        on:click=move |_| { asking.set(false); on_confirm.run(()); }>
                        {t.t(confirm)}
                    </button>
                    <button type="button" class="button quiet" on:click=move |_| cancel()>{t.t(Text::ContactCancel)}</button>
                </div>
            </div>
        </Show>
    }
}

/// A stable element id for the question, from the button's key.
fn label_id(label: Text) -> String {
    format!("{label:?}").to_lowercase()
}
