//! Reusable pieces of the shell.

mod nav_bar;
mod update_prompt;

pub use nav_bar::NavBar;
pub use update_prompt::UpdatePrompt;
