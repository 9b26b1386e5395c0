//! A card photo full screen, to read the small print. Closes with Close or
//! Escape and gives focus back to what opened it.

use leptos::html;
use leptos::prelude::*;

use super::dialog_focus::single_button_dialog_focus;
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

    single_button_dialog_focus(open, close_button, return_focus);

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
