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
    ContactsEmptyText => "People you scan or import appear here. To bring in your existing contacts, import a vCard file in Settings.",
        "扫码或导入的联系人会显示在这里。要导入已有的联系人，请在“设置”中导入 vCard 文件。";
    ContactsLoading => "Loading contacts…", "正在加载联系人…";
    ContactsCountOne => "1 contact", "1 位联系人";
    ContactsCountMany => "{n} contacts", "{n} 位联系人";
    ContactsListLabel => "All contacts", "全部联系人";
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
    SettingsImport => "Import", "导入";
    SettingsImportHelp => "A vCard file (.vcf) from your phone, Google Contacts, Outlook or Thunderbird, or a Mingpian backup.",
        "来自手机、Google 通讯录、Outlook 或 Thunderbird 的 vCard 文件（.vcf），或名片的备份文件。";
    SettingsImportPick => "Choose a file to import", "选择要导入的文件";
    ImportWorking => "Importing…", "正在导入…";
    ImportDone => "Imported {added} contacts.", "已导入 {added} 位联系人。";
    ImportSkipped => "{n} were already in your contacts and were skipped.", "其中 {n} 位已在联系人中，已跳过。";
    ImportNothing => "This file has no contacts in it. Nothing was changed.", "这个文件里没有联系人，未做任何更改。";
    RestoreDone => "Backup restored: {added} contacts added, {updated} updated.", "备份已恢复：新增 {added} 位联系人，更新 {updated} 位。";
    ImportFailed => "Could not import this file: {reason}. Nothing was changed.", "无法导入此文件：{reason}。未做任何更改。";
    SettingsExport => "Export", "导出";
    ExportWhich => "Contacts to export", "要导出的联系人";
    ExportAll => "All contacts", "全部联系人";
    ExportVcard => "Export as vCard", "导出为 vCard";
    ExportCsv => "Export for spreadsheets (CSV)", "导出为表格（CSV）";
    ExportBackup => "Back up everything", "备份全部数据";
    ExportBackupHelp => "One file with every contact, tag, event, photo and setting. Keep it somewhere safe and restore it here with Import.",
        "一个文件包含所有联系人、标签、活动、照片和设置。请妥善保存，需要时在此处用“导入”恢复。";
    ExportNothing => "There are no contacts to export.", "没有可导出的联系人。";
    ExportDone => "Saved {file}.", "已保存 {file}。";
    SettingsStorage => "Storage", "存储";
    StoragePersistent => "This browser will keep your contacts even when space runs low.",
        "即使存储空间不足，此浏览器也会保留你的联系人。";
    StorageBestEffort => "The browser may clear this app's data if the phone runs out of space. Back up regularly.",
        "手机空间不足时，浏览器可能会清除本应用的数据。请定期备份。";
    StorageUsed => "Using {used} of {quota}.", "已使用 {used}，共 {quota}。";
    ErrorQuota => "The phone's storage is full. Free some space and try again. Your previous data is unchanged.",
        "手机存储空间已满。请释放空间后重试。原有数据未受影响。";
    ErrorConflict => "This contact was changed in another window. Reload it to see the latest version.",
        "此联系人已在其他窗口中被修改。请重新加载以查看最新版本。";
    ErrorUnavailable => "This browser cannot store contacts here (private browsing may block it).",
        "此浏览器无法在这里保存联系人（可能是无痕模式阻止了存储）。";
    ErrorGeneric => "Something went wrong: {reason}. Your previous data is unchanged.",
        "出现问题：{reason}。原有数据未受影响。";
    ErrorOutdated => "Mingpian was updated in another tab. Reload this page to continue.",
        "名片已在另一个标签页中更新。请重新加载此页面以继续。";
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
