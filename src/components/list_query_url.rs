//! The Contacts list's search, filter and order live in the URL query, so
//! reload and the back button keep them. This reads them and writes them
//! back (replacing the history entry: typing is not a navigation).

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::context::use_base_path;
use crate::model::ListQuery;

#[derive(Clone, Copy)]
pub struct ListQueryUrl {
    pub query: Memo<ListQuery>,
    set: Callback<ListQuery>,
}

impl ListQueryUrl {
    pub fn set(self, query: ListQuery) {
        self.set.run(query);
    }

    /// Changes the query with `change` and writes it to the URL.
    pub fn update(self, change: impl FnOnce(&mut ListQuery)) {
        let mut query = self.query.get_untracked();
        change(&mut query);
        self.set(query);
    }
}

pub fn use_list_query_url() -> ListQueryUrl {
    let params = use_query_map();
    let query = Memo::new(move |_| {
        params.with(|p| {
            let keys = ["q", "tags", "mode", "event", "order"];
            ListQuery::from_params(keys.into_iter().filter_map(|k| p.get_str(k).map(|v| (k, v))))
        })
    });
    let navigate = use_navigate();
    let base = use_base_path();
    let set = Callback::new(move |query: ListQuery| {
        let search: String = query
            .to_params()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", js_sys::encode_uri_component(&v)))
            .collect::<Vec<_>>()
            .join("&");
        let path = if search.is_empty() { base.href("/") } else { format!("{}?{search}", base.href("/")) };
        navigate(&path, NavigateOptions { replace: true, scroll: false, ..Default::default() });
    });
    ListQueryUrl { query, set }
}
