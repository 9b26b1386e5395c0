//! The repeating parts of the contact editor — phones, emails, links,
//! addresses, profiles — drawn by one helper, so each list only says what
//! its fields are. Rows are addressed by position in the draft.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::model::Contact;

/// One `editor-row` per item of a list in the draft, each ending with its
/// own "Remove … n" button.
pub fn list_rows<R, V>(
    draft: RwSignal<Contact>,
    count: fn(&Contact) -> usize,
    remove: fn(&mut Contact, usize),
    remove_label: Text,
    row: R,
) -> impl IntoView
where
    R: Fn(usize) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_i18n();
    let rows = Memo::new(move |_| draft.with(count));
    move || {
        (0..rows.get())
            .map(|i| {
                let n = (i + 1).to_string();
                view! {
                    <div class="editor-row">
                        {row(i)}
                        <button type="button" class="button quiet" on:click=move |_| draft.update(|c| remove(c, i))>
                            {move || t.locale.get().fill(remove_label, &[("n", &n)])}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}

/// A labelled input bound to one string of the draft; `get` answers `None`
/// when the row has gone (it was just removed).
pub fn bound_input(
    draft: RwSignal<Contact>,
    label: impl Fn() -> String + Send + Sync + 'static,
    input_type: &'static str,
    class: &'static str,
    get: impl Fn(&Contact) -> Option<String> + Send + Sync + 'static,
    set: impl Fn(&mut Contact, String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <label class=class>
            <span>{label}</span>
            <input
                type=input_type
                autocomplete="off"
                prop:value=move || draft.with(|c| get(c).unwrap_or_default())
                on:input=move |ev| draft.update(|c| set(c, event_target_value(&ev)))
            />
        </label>
    }
}

/// The label "`key` n" for row `i`, in the current language.
pub fn numbered(key: Text, i: usize) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let t = use_i18n();
    move || t.locale.get().fill(key, &[("n", &(i + 1).to_string())])
}

/// A labelled choice among `kinds` (value attribute, kind), bound to one
/// field of the draft; `text` names each kind in the current language.
pub fn bound_select<K>(
    draft: RwSignal<Contact>,
    label: impl Fn() -> String + Send + Sync + 'static,
    kinds: &'static [(K, &'static str)],
    text: fn(Locale, K) -> &'static str,
    get: impl Fn(&Contact) -> Option<K> + Copy + Send + Sync + 'static,
    set: impl Fn(&mut Contact, K) + Send + Sync + 'static,
) -> impl IntoView
where
    K: Copy + PartialEq + Send + Sync + 'static,
{
    let t = use_i18n();
    view! {
        <label class="field">
            <span>{label}</span>
            <select on:change=move |ev| {
                let value = event_target_value(&ev);
                if let Some((kind, _)) = kinds.iter().find(|(_, v)| *v == value) {
                    draft.update(|c| set(c, *kind));
                }
            }>
                {kinds.iter().map(|&(kind, value)| view! {
                    <option value=value selected=move || draft.with(get) == Some(kind)>
                        {move || text(t.locale.get(), kind)}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}
