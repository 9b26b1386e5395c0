//! Long lists (a tag can hold thousands of people) draw their first rows,
//! and the rest when asked: "Show 4,800 more".

use leptos::prelude::*;

use crate::components::local_number;
use crate::context::use_i18n;
use crate::i18n::Text;

/// Rows drawn before "Show … more".
const FIRST_ROWS: usize = 200;

/// How many rows of a list are drawn.
#[derive(Clone, Copy)]
pub struct RowLimit(RwSignal<usize>);

impl RowLimit {
    pub fn new() -> RowLimit {
        RowLimit(RwSignal::new(FIRST_ROWS))
    }

    /// Rows to draw now (tracked).
    pub fn get(self) -> usize {
        self.0.get()
    }
}

/// "Show N more" under a list of `total` rows, while some are not drawn.
#[component]
pub fn ShowMoreRows(limit: RowLimit, #[prop(into)] total: Signal<usize>) -> impl IntoView {
    let t = use_i18n();
    let hidden = move || total.get().saturating_sub(limit.get());
    view! {
        <Show when=move || hidden() != 0>
            <button type="button" class="button quiet" on:click=move |_| limit.0.set(usize::MAX)>
                {move || {
                    let locale = t.locale.get();
                    locale.fill(Text::ComposeShowAll, &[("n", &local_number(locale, hidden()))])
                }}
            </button>
        </Show>
    }
}
