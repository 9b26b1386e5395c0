//! The interface's strings, each key with its English and Simplified Chinese
//! text side by side so translators see both at once.

use super::Locale;

/// Declares [`Text`], its list of keys, and the per-language lookup. A row
/// with a missing translation does not compile.
macro_rules! messages {
    ($( $(#[$doc:meta])* $key:ident => $en:literal, $zh:literal; )*) => {
        /// A user-visible string of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text { $( $(#[$doc])* $key, )* }

        impl Text {
            /// Every key, for completeness checks.
            pub const ALL: &'static [Text] = &[ $( Text::$key, )* ];
        }

        pub(super) fn text(locale: Locale, key: Text) -> &'static str {
            match locale {
                Locale::En => match key { $( Text::$key => $en, )* },
                Locale::ZhHans => match key { $( Text::$key => $zh, )* },
            }
        }
    };
}

messages! {
    AppName => "Mingpian", "名片";
    AppTagline => "Business cards for people who meet people", "为常参加活动的人准备的名片夹";
    SkipToContent => "Skip to content", "跳到主要内容";
    MainNavigation => "Main navigation", "主导航";

    NavContacts => "Contacts", "联系人";
    NavScan => "Scan", "扫一扫";
    NavMyCard => "My card", "我的名片";
    NavSettings => "Settings", "设置";

    ContactsEmptyTitle => "No contacts yet", "还没有联系人";
    ContactsComing => "People you scan will be listed here with their remarks, tags and where you met them.",
        "扫码添加的人会列在这里，附带备注、标签和认识的场合。";
    ScanComing => "Point the camera at someone's QR code to save them as a contact. The scanner is coming in the next release.",
        "用摄像头对准对方的二维码即可保存为联系人。扫码功能将在下一个版本推出。";
    MyCardComing => "Your own card, shown as a QR code any phone camera can read, is coming in the next release.",
        "你的名片将以二维码展示，任何手机相机都能识别。此功能将在下一个版本推出。";

    SettingsLanguage => "Language", "语言";
    SettingsLanguageAuto => "Same as this device", "跟随系统";
    SettingsOffline => "Offline use", "离线使用";
    SettingsOfflineReady => "Installed for offline use: the app works without a network.",
        "已可离线使用：没有网络也能打开本应用。";
    SettingsOfflinePending => "Preparing offline use…", "正在准备离线使用…";
    SettingsOfflineUnavailable => "This browser cannot keep the app for offline use.",
        "此浏览器不支持离线保存本应用。";
    SettingsPrivacy => "Privacy", "隐私";
    SettingsPrivacyText => "Everything stays on this phone. Mingpian has no account and no server, and sends nothing unless you share it.",
        "所有数据只保存在这台手机上。名片没有账号、没有服务器，除非你主动分享，否则不会发送任何内容。";
    SettingsAbout => "About", "关于";
    SettingsVersion => "Version", "版本";

    UpdateAvailable => "A new version is available", "有新版本可用";
    UpdateReload => "Reload", "重新加载";
    UpdateLater => "Not now", "稍后";

    NotFoundTitle => "Page not found", "找不到页面";
    NotFoundText => "There is nothing at this address.", "这个地址没有内容。";
    NotFoundBack => "Go to Contacts", "前往联系人";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brand names may read the same in both languages; nothing else may.
    const SAME_IN_BOTH: &[Text] = &[];

    #[test]
    fn every_key_has_text_in_every_language() {
        for &key in Text::ALL {
            for locale in Locale::ALL {
                let s = text(locale, key);
                assert!(!s.trim().is_empty(), "{key:?} is empty in {locale:?}");
            }
        }
    }

    #[test]
    fn chinese_is_translated_not_copied() {
        for &key in Text::ALL {
            if SAME_IN_BOTH.contains(&key) {
                continue;
            }
            let zh = text(Locale::ZhHans, key);
            assert_ne!(zh, text(Locale::En, key), "{key:?} is not translated");
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{key:?} has no Chinese characters: {zh}"
            );
        }
    }

    #[test]
    fn navigation_names_are_exact() {
        // End-to-end tests and users' muscle memory rely on these names.
        assert_eq!(text(Locale::En, Text::NavContacts), "Contacts");
        assert_eq!(text(Locale::En, Text::NavScan), "Scan");
        assert_eq!(text(Locale::En, Text::NavMyCard), "My card");
        assert_eq!(text(Locale::En, Text::NavSettings), "Settings");
    }
}
