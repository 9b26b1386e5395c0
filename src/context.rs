//! App-wide values the UI reads through Leptos context.

use leptos::prelude::*;

use crate::i18n::{Locale, Text};

/// The interface language, switchable at run time.
#[derive(Clone, Copy)]
pub struct I18n {
    pub locale: RwSignal<Locale>,
}

impl I18n {
    /// A reactive string: re-renders when the language changes.
    pub fn t(self, key: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.locale.get().text(key)
    }

    /// Like [`t`](Self::t), as an owned `String` (for labels built by helpers).
    pub fn t_owned(self, key: Text) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.locale.get().text(key).to_owned()
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Where the app is mounted, e.g. `""` at a host's root or `"/mingpian"`
/// under a sub-path (Trunk's `public_url`), read from `<base href>`.
#[derive(Clone, Debug)]
pub struct BasePath(pub String);

impl BasePath {
    pub fn from_document() -> BasePath {
        let path = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        BasePath(Self::directory_of(&path).to_owned())
    }

    /// `/mingpian/` and `/mingpian/index.html` both mount at `/mingpian`.
    fn directory_of(path: &str) -> &str {
        let directory = path.rfind('/').map_or("", |slash| &path[..slash]);
        directory.trim_end_matches('/')
    }

    /// An in-app link: `route` starts with `/`.
    pub fn href(&self, route: &str) -> String {
        format!("{}{}", self.0, route)
    }
}

pub fn use_base_path() -> BasePath {
    expect_context::<BasePath>()
}
