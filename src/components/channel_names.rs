//! Channels in words: "SMS · Email · WeChat", or that there is none.

use crate::i18n::{Locale, Text};
use crate::model::{Channel, ContactReach};

pub fn channel_name(locale: Locale, channel: Channel) -> &'static str {
    locale.text(match channel {
        Channel::Sms => Text::ReachSms,
        Channel::Email => Text::ReachEmail,
        Channel::WeChat => Text::ReachWeChat,
        Channel::Share => Text::ReachShare,
    })
}

/// The ways a contact can be reached, for a recipient list.
pub fn reach_summary(locale: Locale, reach: &ContactReach) -> String {
    let names: Vec<&str> = [Channel::Sms, Channel::Email, Channel::WeChat]
        .into_iter()
        .filter(|c| reach.has(*c))
        .map(|c| channel_name(locale, c))
        .collect();
    if names.is_empty() {
        locale.text(Text::ReachNone).to_owned()
    } else {
        names.join(" · ")
    }
}
