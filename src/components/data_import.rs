//! Settings › Import: a vCard file (any number of cards) or a Mingpian
//! backup. The file's content decides which, not its name.

use leptos::prelude::*;

use crate::components::local_number;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::address_book::{describe_store_error, keep_data_persistent};
use crate::context::use_i18n;
use crate::files;
use crate::i18n::{Locale, Text};
use crate::model::{parse_file, Backup};
use crate::store::{now, Store};

/// What the last import said, in the language it is shown in.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Working,
    Done(String),
    Failed(String),
}

#[component]
pub fn DataImport() -> impl IntoView {
    let t = use_i18n();
    let outcome = RwSignal::new(None::<Outcome>);
    let on_change = move |event: web_sys::Event| {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
        // Reset so picking the same file again fires `change` again.
        input.set_value("");
        outcome.set(Some(Outcome::Working));
        let locale = t.locale.get_untracked();
        spawn_local(async move {
            outcome.try_set(Some(import(locale, &file).await));
        });
    };

    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{t.t(Text::SettingsImport)}</h2>
            <p class="help">{t.t(Text::SettingsImportHelp)}</p>
            <label class="file-button">
                <span>{t.t(Text::SettingsImportPick)}</span>
                <input
                    type="file"
                    accept=".vcf,.vcard,.json,.txt,text/vcard,text/x-vcard,application/json,text/plain"
                    on:change=on_change
                />
            </label>
            {move || outcome.get().map(|o| match o {
                Outcome::Working => view! { <p role="status">{t.t(Text::ImportWorking)}</p> }.into_any(),
                Outcome::Done(message) => view! { <p class="notice" role="status">{message}</p> }.into_any(),
                Outcome::Failed(message) => view! { <p class="notice error" role="alert">{message}</p> }.into_any(),
            })}
        </section>
    }
}

async fn import(locale: Locale, file: &web_sys::File) -> Outcome {
    let failed = |reason: String| Outcome::Failed(locale.fill(Text::ImportFailed, &[("reason", &reason)]));
    let bytes = match files::read_bytes(file).await {
        Ok(bytes) => bytes,
        Err(reason) => return failed(reason),
    };
    let store = match Store::shared().await {
        Ok(store) => store,
        Err(error) => return Outcome::Failed(describe_store_error(locale, &error)),
    };
    // A backup is a JSON object; a vCard never starts with `{`.
    let is_json = bytes.iter().find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF) == Some(&b'{');
    let outcome = if is_json {
        let text = String::from_utf8_lossy(&bytes);
        let backup = match Backup::from_json(&text) {
            Ok(backup) => backup,
            Err(error) => return failed(error.to_string()),
        };
        match store.restore(backup.book, backup.settings).await {
            Ok(report) => Outcome::Done(locale.fill(
                Text::RestoreDone,
                &[
                    ("added", &local_number(locale, report.contacts_added.len())),
                    ("updated", &local_number(locale, report.contacts_updated.len())),
                ],
            )),
            Err(error) => Outcome::Failed(describe_store_error(locale, &error)),
        }
    } else {
        let cards = match parse_file(&bytes) {
            Ok(cards) if cards.is_empty() => return Outcome::Done(locale.text(Text::ImportNothing).to_owned()),
            Ok(cards) => cards,
            Err(error) => return failed(error.to_string()),
        };
        match store.import_cards(cards, now()).await {
            Ok(report) => {
                let mut message = locale.fill(Text::ImportDone, &[("added", &local_number(locale, report.added))]);
                if report.skipped_duplicates > 0 {
                    message.push(' ');
                    message.push_str(&locale.fill(Text::ImportSkipped, &[("n", &local_number(locale, report.skipped_duplicates))]));
                }
                Outcome::Done(message)
            }
            Err(error) => Outcome::Failed(describe_store_error(locale, &error)),
        }
    };
    if matches!(outcome, Outcome::Done(_)) {
        keep_data_persistent();
    }
    outcome
}
