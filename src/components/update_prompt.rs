//! "A new version is available — Reload": shown when a new service worker
//! waits, and acted on only when the user says so.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::Text;
use crate::pwa::Pwa;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let t = use_i18n();
    let pwa = expect_context::<Pwa>();
    view! {
        // A live region so screen readers announce the prompt when it appears.
        <div class="update-region" role="status">
            <Show when=move || pwa.update_waiting.get()>
                <div class="update-prompt">
                    <span>{t.t(Text::UpdateAvailable)}</span>
                    <button type="button" class="button primary" on:click=move |_| pwa.apply_update()>
                        {t.t(Text::UpdateReload)}
                    </button>
                    <button type="button" class="button quiet" on:click=move |_| pwa.dismiss_update()>
                        {t.t(Text::UpdateLater)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
