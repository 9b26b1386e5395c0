//! Picking a contact's tags while editing: tick existing ones or type a new
//! name. New tags exist only in the draft until the contact is saved; the
//! store then creates them in the same transaction.

use leptos::prelude::*;

use super::tag_palette::tag_colour_class;
use crate::address_book::use_address_book;
use crate::context::use_i18n;
use crate::i18n::Text;
use crate::model::{find_tag_by_name, Contact, Tag, TagId};
use crate::store::new_id;

#[component]
pub fn ContactTagsEditor(draft: RwSignal<Contact>, new_tags: RwSignal<Vec<Tag>>) -> impl IntoView {
    let t = use_i18n();
    let book = use_address_book();
    let typed = RwSignal::new(String::new());

    let choices = move || {
        let mut all = book.tags.get();
        all.extend(new_tags.get());
        all.sort_by_key(|tag| Tag::name_key(&tag.name));
        all
    };
    let toggle = move |id: TagId, on: bool| {
        draft.update(|c| {
            if on {
                c.add_tag(id);
            } else {
                c.remove_tag(&id);
            }
        })
    };
    let add_typed = move || {
        let name = typed.get_untracked().split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return;
        }
        let existing = book.tags.with_untracked(|tags| find_tag_by_name(tags, &name).map(|t| t.id.clone()))
            .or_else(|| new_tags.with_untracked(|tags| find_tag_by_name(tags, &name).map(|t| t.id.clone())));
        let id = existing.unwrap_or_else(|| {
            let tag = Tag::new(TagId::new(new_id()), name);
            let id = tag.id.clone();
            new_tags.update(|tags| tags.push(tag));
            id
        });
        draft.update(|c| {
            c.add_tag(id);
        });
        typed.set(String::new());
    };

    view! {
        <fieldset class="tag-picker">
            <legend>{t.t(Text::ContactTags)}</legend>
            <div class="tag-choices">
                <For each=choices key=|tag| (tag.id.clone(), tag.name.clone(), tag.colour.clone()) let:tag>
                    {
                        let id = tag.id.clone();
                        let checked_id = tag.id.clone();
                        view! {
                            <label class=format!("tag-choice {}", tag_colour_class(&tag.colour))>
                                <input
                                    type="checkbox"
                                    prop:checked=move || draft.with(|c| c.has_tag(&checked_id))
                                    on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))
                                />
                                <span>{tag.name.clone()}</span>
                            </label>
                        }
                    }
                </For>
            </div>
            <div class="inline-form">
                <label class="field grow">
                    <span>{t.t(Text::ContactNewTag)}</span>
                    <input
                        type="text"
                        enterkeyhint="done"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            // Enter adds the tag instead of submitting the whole form.
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add_typed();
                            }
                        }
                    />
                </label>
                <button type="button" class="button" on:click=move |_| add_typed()>{t.t(Text::ContactAddTag)}</button>
            </div>
        </fieldset>
    }
}
