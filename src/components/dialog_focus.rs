//! Keyboard and focus behaviour shared by the app's full-screen dialogs
//! whose only control is Close (card photo viewer, My card show mode).

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

/// While `open`: focus goes to `close_button`, Escape closes, and Tab stays
/// on Close (it is the only control). When it closes, focus returns to
/// `return_focus`. The listeners go away with the calling component.
pub fn single_button_dialog_focus(
    open: RwSignal<bool>,
    close_button: NodeRef<html::Button>,
    return_focus: NodeRef<html::Button>,
) {
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if is_open {
            request_animation_frame(move || {
                if let Some(button) = close_button.get_untracked() {
                    let _ = button.focus();
                }
            });
        } else if was_open == Some(true) {
            if let Some(button) = return_focus.get_untracked() {
                let _ = button.focus();
            }
        }
        is_open
    });
    let keys = window_event_listener(ev::keydown, move |event| {
        if !open.get_untracked() {
            return;
        }
        match event.key().as_str() {
            "Escape" => {
                event.prevent_default();
                open.set(false);
            }
            "Tab" => {
                event.prevent_default();
                if let Some(button) = close_button.get_untracked() {
                    let _ = button.focus();
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
}
