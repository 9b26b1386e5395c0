//! Browser tests for the app shell and preferences, run in headless Chromium
//! by `cargo test --target wasm32-unknown-unknown --test 'browser_*'`.
#![cfg(target_arch = "wasm32")]

use mingpian::i18n::Locale;
use mingpian::settings;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos run the effects a change scheduled.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn language_choice_survives_in_local_storage() {
    settings::set_chosen_locale(Some(Locale::ZhHans));
    assert_eq!(settings::chosen_locale(), Some(Locale::ZhHans));
    assert_eq!(settings::effective_locale(settings::chosen_locale()), Locale::ZhHans);

    settings::set_chosen_locale(None);
    assert_eq!(settings::chosen_locale(), None);
}

#[wasm_bindgen_test]
fn device_language_is_read_from_the_browser() {
    let languages = settings::browser_languages();
    assert!(!languages.is_empty(), "navigator.languages is empty");
    assert_eq!(
        settings::effective_locale(None),
        Locale::negotiate(languages.iter().map(String::as_str))
    );
}

#[wasm_bindgen_test]
async fn shell_renders_navigation_and_switches_language_from_settings() {
    settings::set_chosen_locale(Some(Locale::En));
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let start_url = window.location().href().unwrap();
    // Open the Settings route directly, as a deep link would.
    window
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/settings"))
        .unwrap();

    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let app = leptos::mount::mount_to(host.clone(), mingpian::app::App);
    next_task().await;

    let texts = |selector: &str| -> Vec<String> {
        let nodes = host.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| nodes.item(i).unwrap().text_content().unwrap().trim().to_owned())
            .collect()
    };
    assert_eq!(texts("nav a"), ["Contacts", "Scan", "My card", "Settings"]);
    assert_eq!(texts("h1"), ["Settings"]);
    let lang = || document.document_element().unwrap().get_attribute("lang");
    assert_eq!(lang().as_deref(), Some("en"));

    // Picking 简体中文 re-renders in place, without a reload, and is kept.
    let chinese: web_sys::HtmlElement = host
        .query_selector_all("label.choice")
        .unwrap()
        .item(2)
        .unwrap()
        .unchecked_into();
    assert_eq!(chinese.text_content().unwrap().trim(), "简体中文");
    chinese.click();
    next_task().await;
    assert_eq!(texts("nav a"), ["联系人", "扫一扫", "我的名片", "设置"]);
    assert_eq!(texts("h1"), ["设置"]);
    assert_eq!(lang().as_deref(), Some("zh-CN"));
    assert_eq!(settings::chosen_locale(), Some(Locale::ZhHans));

    drop(app);
    host.remove();
    settings::set_chosen_locale(None);
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start_url))
        .unwrap();
}
