//! The root component: context, routes and the app shell.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::address_book::AddressBook;
use crate::broadcast_list::BroadcastList;
use crate::components::{NavBar, UpdatePrompt};
use crate::context::{use_i18n, BasePath, I18n};
use crate::i18n::Text;
use crate::pages::{
    BroadcastPage, BroadcastsPage, ComposePage, ContactPage, ContactsPage, EventsPage, MyCardPage, NotFoundPage, ScanPage, SettingsPage, TagsPage,
};
use crate::pwa::Pwa;
use crate::settings;

/// Mounts the app into `<body>` and marks when it became interactive (read
/// by the load benchmark).
pub fn mount() {
    leptos::mount::mount_to_body(App);
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("mingpian:interactive");
    }
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n {
        locale: RwSignal::new(settings::effective_locale(settings::chosen_locale())),
    };
    provide_context(i18n);
    let base = BasePath::from_document();
    provide_context(base.clone());
    provide_context(Pwa::start());
    provide_context(AddressBook::start());
    provide_context(BroadcastList::start());

    // Screen readers and the browser's translate offer follow <html lang>.
    Effect::new(move |_| {
        let locale = i18n.locale.get();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", locale.tag());
            }
            document.set_title(locale.text(Text::AppName));
        }
    });

    view! {
        <Router base=base.0>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let t = use_i18n();
    view! {
        <div class="shell">
            <header class="app-bar">
                <span class="brand">
                    <img src="icons/mark.svg" alt="" width="28" height="28"/>
                    <span class="brand-name">{t.t(Text::AppName)}</span>
                </span>
            </header>
            <UpdatePrompt/>
            <main id="main" class="page">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=ContactsPage/>
                    <Route path=path!("/scan") view=ScanPage/>
                    <Route path=path!("/card") view=MyCardPage/>
                    <Route path=path!("/settings") view=SettingsPage/>
                    <Route path=path!("/contact/:id") view=ContactPage/>
                    <Route path=path!("/tags") view=TagsPage/>
                    <Route path=path!("/events") view=EventsPage/>
                    <Route path=path!("/message") view=ComposePage/>
                    <Route path=path!("/broadcasts") view=BroadcastsPage/>
                    <Route path=path!("/broadcast/:id") view=BroadcastPage/>
                </Routes>
            </main>
            <NavBar/>
        </div>
    }
}
