//! One tag on the Tags page: its name and colour, how many contacts have
//! it, a link to them, and rename / recolour / merge / delete.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::components::local_number;
use leptos::task::spawn_local;
use leptos_router::components::A;

use super::tag_palette::{tag_colour_class, TAG_PALETTE};
use crate::address_book::{describe_store_error, use_address_book};
use crate::context::{use_base_path, use_i18n};
use crate::i18n::{Locale, Text};
use crate::model::{find_tag_by_name, Tag, TagId};
use crate::store::{now, Store, StoreError};

/// Which of the row's actions is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    None,
    Rename,
    Colour,
    Merge,
    Delete,
}

/// One write to the store, run once the shared connection is open.
type StoreWrite = Box<dyn FnOnce(Store) -> Pin<Box<dyn Future<Output = Result<(), StoreError>>>>>;

#[component]
pub fn TagRow(tag: Tag) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let book = use_address_book();
    let action = RwSignal::new(Action::None);
    let failed = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(tag.name.clone());
    let merge_into = RwSignal::new(String::new());

    let tag = StoredValue::new(tag);
    let name = move || tag.with_value(|t| t.name.clone());
    let count = Memo::new(move |_| {
        let id = tag.with_value(|t| t.id.clone());
        book.contacts.with(|all| all.iter().filter(|c| c.has_tag(&id)).count())
    });
    let count_text = move |locale: Locale| {
        let n = count.get();
        if n == 1 {
            locale.text(Text::TagsCountOne).to_owned()
        } else {
            locale.fill(Text::TagsCountMany, &[("n", &local_number(locale, n))])
        }
    };
    let fill_name = move |key: Text| move || t.locale.get().fill(key, &[("name", &name())]);
    let toggle = move |which: Action| {
        failed.set(None);
        action.update(|a| *a = if *a == which { Action::None } else { which });
    };

    // Runs a store write, then reloads the book (which rebuilds this row).
    let run = move |write: StoreWrite| {
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            let outcome = match Store::shared().await {
                Ok(store) => write(store).await,
                Err(error) => Err(error),
            };
            match outcome {
                Ok(()) => book.reload().await,
                Err(error) => failed.set(Some(describe_store_error(locale, &error))),
            }
        });
    };

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let locale = t.locale.get_untracked();
        let wanted = new_name.get_untracked().split_whitespace().collect::<Vec<_>>().join(" ");
        let mut renamed = tag.get_value();
        if wanted.is_empty() {
            failed.set(Some(locale.text(Text::TagsNameEmpty).to_owned()));
            return;
        }
        let clash = book.tags.with_untracked(|all| {
            find_tag_by_name(all, &wanted).filter(|other| other.id != renamed.id).map(|other| other.name.clone())
        });
        if let Some(other) = clash {
            failed.set(Some(locale.fill(Text::TagsNameTaken, &[("name", &other)])));
            return;
        }
        renamed.name = wanted;
        run(Box::new(move |store| Box::pin(async move { store.put_tag(&renamed).await })));
    };
    let recolour = move |colour: &'static str| {
        let mut recoloured = tag.get_value();
        recoloured.colour = colour.to_owned();
        run(Box::new(move |store| Box::pin(async move { store.put_tag(&recoloured).await })));
    };
    let merge = move |_| {
        let into = merge_into.get_untracked();
        if into.is_empty() {
            return;
        }
        let from = tag.with_value(|t| t.id.clone());
        run(Box::new(move |store| Box::pin(async move { store.merge_tags(&from, &TagId::new(into), now()).await.map(|_| ()) })));
    };
    let delete = move |_| {
        let id = tag.with_value(|t| t.id.clone());
        run(Box::new(move |store| Box::pin(async move { store.delete_tag(&id, now()).await.map(|_| ()) })));
    };

    let others = move || {
        let id = tag.with_value(|t| t.id.clone());
        let mut all: Vec<Tag> = book.tags.with(|tags| tags.iter().filter(|t| t.id != id).cloned().collect());
        all.sort_by_key(|t| Tag::name_key(&t.name));
        all
    };
    let merge_target_name = move || {
        let into = merge_into.get();
        book.tags.with(|all| all.iter().find(|t| t.id.as_str() == into).map(|t| t.name.clone()))
    };
    let list_href = base.href(&format!("/?tags={}", tag.with_value(|t| String::from(js_sys::encode_uri_component(t.id.as_str())))));
    let chip_class = format!("tag-chip {}", tag.with_value(|t| tag_colour_class(&t.colour)));
    let row_id = tag.with_value(|t| format!("tag-{}", t.id));
    let labelled_by = row_id.clone();

    view! {
        <li class="tag-row" aria-labelledby=labelled_by>
            <div class="tag-row-head">
                <A href=list_href attr:class=chip_class attr:id=row_id>{name()}</A>
                <span class="count">{move || count_text(t.locale.get())}</span>
            </div>
            <div class="button-row">
                <button type="button" class="button quiet" aria-expanded=move || (action.get() == Action::Rename).to_string()
                    aria-label=fill_name(Text::TagsRenameAria) on:click=move |_| toggle(Action::Rename)>{t.t(Text::TagsRename)}</button>
                <button type="button" class="button quiet" aria-expanded=move || (action.get() == Action::Colour).to_string()
                    aria-label=fill_name(Text::TagsColourAria) on:click=move |_| toggle(Action::Colour)>{t.t(Text::TagsColour)}</button>
                <button type="button" class="button quiet" aria-expanded=move || (action.get() == Action::Merge).to_string()
                    aria-label=fill_name(Text::TagsMergeAria) on:click=move |_| toggle(Action::Merge)>{t.t(Text::TagsMerge)}</button>
                <button type="button" class="button quiet" aria-expanded=move || (action.get() == Action::Delete).to_string()
                    aria-label=fill_name(Text::TagsDeleteAria) on:click=move |_| toggle(Action::Delete)>{t.t(Text::TagsDelete)}</button>
            </div>
            {move || match action.get() {
                Action::None => ().into_any(),
                Action::Rename => view! {
                    <form class="inline-form" on:submit=rename>
                        <label class="field grow">
                            <span>{fill_name(Text::TagsNewName)}</span>
                            <input type="text" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                        </label>
                        <button type="submit" class="button primary">{t.t(Text::TagsSaveName)}</button>
                    </form>
                }.into_any(),
                Action::Colour => view! {
                    <fieldset class="colour-picker">
                        <legend>{fill_name(Text::TagsColourLegend)}</legend>
                        {TAG_PALETTE.map(|colour| view! {
                            <label class=format!("colour-choice {}", colour.class)>
                                <input type="radio" name=move || format!("colour-{}", tag.with_value(|t| t.id.to_string()))
                                    prop:checked=tag.with_value(|t| t.colour.eq_ignore_ascii_case(colour.value))
                                    on:change=move |_| recolour(colour.value)/>
                                <span class="swatch" aria-hidden="true"></span>
                                <span>{t.t(colour.name)}</span>
                            </label>
                        })}
                    </fieldset>
                }.into_any(),
                Action::Merge => view! {
                    <div class="merge-form">
                        <label class="field">
                            <span>{fill_name(Text::TagsMergeInto)}</span>
                            <select on:change=move |ev| merge_into.set(event_target_value(&ev))>
                                <option value="" selected=move || merge_into.get().is_empty()>{t.t(Text::TagsMergeChoose)}</option>
                                <For each=others key=|t| (t.id.clone(), t.name.clone()) let:other>
                                    <option value=other.id.to_string()>{other.name.clone()}</option>
                                </For>
                            </select>
                        </label>
                        {move || merge_target_name().map(|into| view! {
                            <p>{move || t.locale.get().fill(Text::TagsMergeQuestion, &[
                                ("name", &name()), ("into", &into), ("n", &local_number(t.locale.get(), count.get())),
                            ])}</p>
                            <button type="button" class="button primary" on:click=merge>{t.t(Text::TagsMergeConfirm)}</button>
                        })}
                    </div>
                }.into_any(),
                Action::Delete => view! {
                    <div class="confirm" role="alertdialog" aria-label=fill_name(Text::TagsDeleteAria)>
                        <p>{move || t.locale.get().fill(Text::TagsDeleteQuestion, &[("name", &name()), ("n", &local_number(t.locale.get(), count.get()))])}</p>
                        <div class="button-row">
                            <button type="button" class="button danger-solid" on:click=delete>{t.t(Text::TagsDeleteConfirm)}</button>
                            <button type="button" class="button quiet" on:click=move |_| toggle(Action::Delete)>{t.t(Text::ContactCancel)}</button>
                        </div>
                    </div>
                }.into_any(),
            }}
            {move || failed.get().map(|message| view! { <p class="notice error" role="alert">{message}</p> })}
        </li>
    }
}
