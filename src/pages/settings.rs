//! `/settings`: language, import and export, storage, offline status,
//! privacy and version.

use leptos::prelude::*;

use crate::components::{DataExport, DataImport, StorageStatus};
use crate::context::use_i18n;
use crate::i18n::{Locale, Text};
use crate::pwa::{OfflineStatus, Pwa};
use crate::settings;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let t = use_i18n();
    let pwa = expect_context::<Pwa>();
    // `None` follows the device's language.
    let choice = RwSignal::new(settings::chosen_locale());
    let choose = move |picked: Option<Locale>| {
        choice.set(picked);
        settings::set_chosen_locale(picked);
        t.locale.set(settings::effective_locale(picked));
    };
    let option = move |picked: Option<Locale>| {
        let label: Box<dyn Fn() -> &'static str + Send + Sync> = match picked {
            None => Box::new(t.t(Text::SettingsLanguageAuto)),
            // Each language is named in itself, whatever the interface language.
            Some(locale) => Box::new(move || locale.native_name()),
        };
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="language"
                    prop:checked=move || choice.get() == picked
                    on:change=move |_| choose(picked)
                />
                <span>{label}</span>
            </label>
        }
    };
    let offline_text = move || {
        t.locale.get().text(match pwa.offline.get() {
            OfflineStatus::Ready => Text::SettingsOfflineReady,
            OfflineStatus::Preparing => Text::SettingsOfflinePending,
            OfflineStatus::Unavailable => Text::SettingsOfflineUnavailable,
        })
    };

    view! {
        <h1>{t.t(Text::NavSettings)}</h1>
        <section class="card">
            <fieldset>
                <legend>{t.t(Text::SettingsLanguage)}</legend>
                {option(None)}
                {Locale::ALL.map(|locale| option(Some(locale)))}
            </fieldset>
        </section>
        <DataImport/>
        <DataExport/>
        <StorageStatus/>
        <section class="card" aria-labelledby="offline-heading">
            <h2 id="offline-heading">{t.t(Text::SettingsOffline)}</h2>
            <p>{offline_text}</p>
        </section>
        <section class="card" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{t.t(Text::SettingsPrivacy)}</h2>
            <p>{t.t(Text::SettingsPrivacyText)}</p>
        </section>
        <section class="card" aria-labelledby="about-heading">
            <h2 id="about-heading">{t.t(Text::SettingsAbout)}</h2>
            <p>{t.t(Text::SettingsVersion)} " " {env!("CARGO_PKG_VERSION")}</p>
        </section>
    }
}
