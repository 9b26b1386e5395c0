//! The colours a tag can have. A small fixed palette rather than any CSS
//! colour: each has a light and a dark-theme shade with enough contrast,
//! and is drawn through a class (the CSP forbids inline styles).

use crate::i18n::Text;

/// One palette colour: the value stored in `Tag.colour`, its CSS class,
/// and its name for screen readers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagColour {
    pub value: &'static str,
    pub class: &'static str,
    pub name: Text,
}

pub const TAG_PALETTE: [TagColour; 8] = [
    TagColour { value: "#0f766e", class: "tag-colour-teal", name: Text::TagColourTeal },
    TagColour { value: "#1d4ed8", class: "tag-colour-blue", name: Text::TagColourBlue },
    TagColour { value: "#7e22ce", class: "tag-colour-purple", name: Text::TagColourPurple },
    TagColour { value: "#be123c", class: "tag-colour-red", name: Text::TagColourRed },
    TagColour { value: "#c2410c", class: "tag-colour-orange", name: Text::TagColourOrange },
    TagColour { value: "#a16207", class: "tag-colour-amber", name: Text::TagColourAmber },
    TagColour { value: "#15803d", class: "tag-colour-green", name: Text::TagColourGreen },
    TagColour { value: "#4b5563", class: "tag-colour-grey", name: Text::TagColourGrey },
];

/// The CSS class for a stored colour; unknown or empty colours (older
/// data, other apps) get the default look.
pub fn tag_colour_class(colour: &str) -> &'static str {
    TAG_PALETTE
        .iter()
        .find(|c| c.value.eq_ignore_ascii_case(colour.trim()))
        .map_or("tag-colour-default", |c| c.class)
}
