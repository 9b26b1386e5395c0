//! A card photo full screen, to read the small print. Closes with Close or
//! Escape and gives focus back to what opened it.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;

#[component]
pub fn ContactPhotoViewer(
    /// The object URL of the photo.
    #[prop(into)]
    url: Signal<Option<String>>,
    /// The image's text alternative.
    #[prop(into)]
    alt: Signal<String>,
    open: RwSignal<bool>,
    return_focus: NodeRef<html::Button>,
) -> impl IntoView {
    let t = use_i18n();
    let close_button = NodeRef::<html::Button>::new();

    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open {
            request_animation_frame(move || {
                if let Some(button) = close_button.get_untracked() {
                    let _ = button.focus();
                }
            });
        } else if was_open == Some(true) {
            if let Some(button) = return_focus.get_untracked() {
                let _ = button.focus();
            }
        }
        is_open
    });
    let keys = window_event_listener(ev::keydown, move |event| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                open.set(false);
            }
            // Close is the only control: keep Tab inside the dialog.
            "Tab" => {
                event.prevent_default();
                if let Some(button) = close_button.get_untracked() {
                    let _ = button.focus();
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <Show when=move || open.get() && url.with(Option::is_some)>
            <div class="photo-viewer" role="dialog" aria-modal="true" aria-label=t.t(Text::ContactPhotoViewerLabel)>
                <img src=move || url.get().unwrap_or_default() alt=move || alt.get()/>
                <button type="button" class="button primary photo-viewer-close" node_ref=close_button on:click=move |_| open.set(false)>
                    {t.t(Text::ContactClose)}
                </button>
            </div>
        </Show>
    }
}
