//! The composer's recipient list: everyone the audience selects, each with
//! a tick box (untick to leave someone out) and how they can be reached.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::components::local_number;

use crate::components::channel_names::reach_summary;
use crate::components::row_limit::{RowLimit, ShowMoreRows};
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{Contact, ContactId, ContactReach};

#[component]
pub fn MessageRecipients(
    /// The contacts the audience selects, in list order.
    #[prop(into)]
    matching: Signal<Vec<Contact>>,
    /// Those the user left out.
    unticked: RwSignal<HashSet<ContactId>>,
) -> impl IntoView {
    let t = use_i18n();
    let count = move || {
        let total = matching.with(Vec::len);
        let left_out = matching.with(|m| unticked.with(|u| m.iter().filter(|c| u.contains(&c.id)).count()));
        let locale = t.locale.get();
        locale.fill(
            Text::ComposeRecipientCount,
            &[("n", &local_number(locale, total - left_out)), ("total", &local_number(locale, total))],
        )
    };
    let limit = RowLimit::new();
    let rows = move || matching.with(|m| m.iter().take(limit.get()).cloned().collect::<Vec<_>>());
    let select_all = move |_| unticked.set(HashSet::new());
    let select_none = move |_| unticked.set(matching.with(|m| m.iter().map(|c| c.id.clone()).collect()));

    view! {
        <p class="count" role="status">{count}</p>
        <div class="button-row">
            <button type="button" class="button quiet" on:click=select_all>{t.t(Text::ComposeSelectAll)}</button>
            <button type="button" class="button quiet" on:click=select_none>{t.t(Text::ComposeSelectNone)}</button>
        </div>
        <ul class="recipient-list" aria-label=t.t(Text::ComposeRecipientList)>
            <For each=rows key=|c| (c.id.clone(), c.revision) let:contact>
                {
                    let id = contact.id.clone();
                    let checked_id = id.clone();
                    let reach = ContactReach::of(&contact);
                    let reachable = reach.is_reachable();
                    view! {
                        <li class="recipient">
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || unticked.with(|u| !u.contains(&checked_id))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let id = id.clone();
                                        unticked.update(move |u| {
                                            if on { u.remove(&id); } else { u.insert(id); }
                                        });
                                    }
                                />
                                <span>{contact.display_name()}</span>
                            </label>
                            <span class="reach" class:no-channel=!reachable>
                                {move || reach_summary(t.locale.get(), &reach)}
                            </span>
                        </li>
                    }
                }
            </For>
        </ul>
        <ShowMoreRows limit total=Signal::derive(move || matching.with(Vec::len))/>
    }
}
