//! The contact list, windowed: only the rows on screen (plus a margin) are
//! in the DOM, so 10,000 contacts scroll as smoothly as 10. Every row has
//! the same height, which makes the visible range simple arithmetic.

use std::sync::Arc;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::context::{use_base_path, use_i18n};
use crate::i18n::Text;
use crate::model::{find_tag, Contact, ListRow, Tag};

/// Must match `.list-row { height }` in the stylesheet.
const ROW_HEIGHT: f64 = 64.0;
/// Rows rendered beyond each edge of the screen, so fast flicks show no gaps.
const OVERSCAN: usize = 8;

#[component]
pub fn ContactListView(
    contacts: Signal<Vec<Contact>>,
    tags: Signal<Vec<Tag>>,
    rows: Signal<Arc<Vec<ListRow>>>,
) -> impl IntoView {
    let t = use_i18n();
    let base = use_base_path();
    let list = NodeRef::<Div>::new();
    let scroll_y = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(800.0_f64);
    let measure = move || {
        if let Some(window) = web_sys::window() {
            scroll_y.set(window.scroll_y().unwrap_or(0.0));
            viewport.set(window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0));
        }
    };
    let scroll_handle = window_event_listener(ev::scroll, move |_| measure());
    let resize_handle = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || {
        scroll_handle.remove();
        resize_handle.remove();
    });
    Effect::new(move |_| measure());

    // Where the list starts on the page, so scroll offsets map to rows.
    let list_top = move || {
        scroll_y.track();
        list.get()
            .map(|el| el.get_bounding_client_rect().top() + scroll_y.get_untracked())
            .unwrap_or(0.0)
    };
    let window_range = Memo::new(move |_| {
        let total = rows.with(|r| r.len());
        let offset = (scroll_y.get() - list_top()).max(0.0);
        let first = ((offset / ROW_HEIGHT) as usize).saturating_sub(OVERSCAN).min(total);
        let count = (viewport.get() / ROW_HEIGHT).ceil() as usize + 2 * OVERSCAN;
        (first, (first + count).min(total))
    });
    let contact_count = Memo::new(move |_| rows.with(|r| r.iter().filter(|r| matches!(r, ListRow::Contact(_))).count()));

    let visible = move || {
        let (first, last) = window_range.get();
        // Owned row data first, so the views hold no borrows of the signals.
        let rows_now = rows.get();
        // Position among contacts (not section rows), for aria-posinset.
        let mut position = rows_now[..first].iter().filter(|r| matches!(r, ListRow::Contact(_))).count();
        let lines: Vec<Line> = contacts.with(|contacts_now| {
            tags.with(|tags_now| {
                rows_now[first..last]
                    .iter()
                    .map(|row| match *row {
                        ListRow::Section(letter) => Line::Section(letter),
                        ListRow::Contact(i) => {
                            position += 1;
                            Line::Contact(ContactLine::new(&contacts_now[i], tags_now, position))
                        }
                    })
                    .collect()
            })
        });
        lines
            .into_iter()
            .map(|line| match line {
                Line::Section(letter) => view! {
                    <div class="list-row section-row" aria-hidden="true">{letter.to_string()}</div>
                }
                .into_any(),
                // Text nodes only: scanned and imported text is never parsed as HTML.
                Line::Contact(line) => view! {
                    <div class="list-row" role="listitem" aria-setsize=move || contact_count.get() aria-posinset=line.position>
                        <A href=base.href(&format!("/contact/{}", line.id)) attr:class="contact-row">
                            <span class="contact-name">{line.name}</span>
                            <span class="contact-detail">
                                {line.detail}
                                {line.chips.into_iter().map(|(name, colour)| view! {
                                    <span class="tag-chip"><span class="chip-dot" style:background-color=colour aria-hidden="true"></span>{name}</span>
                                }).collect_view()}
                            </span>
                        </A>
                    </div>
                }
                .into_any(),
            })
            .collect_view()
    };

    let letters = Memo::new(move |_| {
        rows.with(|rows| {
            rows.iter()
                .enumerate()
                .filter_map(|(at, r)| match r {
                    ListRow::Section(letter) => Some((*letter, at)),
                    ListRow::Contact(_) => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let jump = move |row: usize| {
        if let Some(window) = web_sys::window() {
            let top = list.get_untracked().map(|el| el.get_bounding_client_rect().top()).unwrap_or(0.0)
                + window.scroll_y().unwrap_or(0.0);
            window.scroll_to_with_x_and_y(0.0, top + row as f64 * ROW_HEIGHT - 8.0);
        }
    };

    view! {
        <div class="list-with-index">
            <div
                node_ref=list
                class="contact-list"
                role="list"
                aria-label=t.t(Text::ContactsListLabel)
                style:height=move || format!("{}px", rows.with(|r| r.len()) as f64 * ROW_HEIGHT)
            >
                <div class="list-window" style:transform=move || format!("translateY({}px)", window_range.get().0 as f64 * ROW_HEIGHT)>
                    {visible}
                </div>
            </div>
            <Show when=move || letters.with(|l| l.len() > 1)>
                <nav class="side-index" aria-label=t.t(Text::JumpToLetter)>
                    <For each=move || letters.get() key=|(letter, at)| (*letter, *at) let:entry>
                        <button
                            type="button"
                            aria-label=move || t.locale.get().fill(Text::JumpTo, &[("letter", &entry.0.to_string())])
                            on:click=move |_| jump(entry.1)
                        >
                            {entry.0.to_string()}
                        </button>
                    </For>
                </nav>
            </Show>
        </div>
    }
}

enum Line {
    Section(char),
    Contact(ContactLine),
}

/// What one contact row shows.
struct ContactLine {
    id: String,
    name: String,
    detail: String,
    chips: Vec<(String, String)>,
    position: usize,
}

impl ContactLine {
    fn new(contact: &Contact, tags: &[Tag], position: usize) -> ContactLine {
        let detail = [contact.title.trim(), contact.organization.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let chips = contact
            .tags
            .iter()
            .filter_map(|id| find_tag(tags, id))
            .map(|tag| (tag.name.clone(), tag.colour.clone()))
            .collect();
        ContactLine { id: contact.id.as_str().to_owned(), name: contact.display_name(), detail, chips, position }
    }
}
