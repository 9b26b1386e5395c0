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
    SearchLabel => "Search", "搜索";
    SearchHint => "Name, company, pinyin, tag, phone…", "姓名、公司、拼音、标签、电话…";
    FilterTags => "Filter by tags", "按标签筛选";
    TagModeAll => "All of these tags", "同时包含这些标签";
    TagModeAny => "Any of these tags", "包含任一标签";
    FilterEvent => "Event", "活动";
    FilterAnyEvent => "Any event", "全部活动";
    SortLabel => "Sort", "排序";
    SortAlphabetical => "A–Z", "按字母";
    SortRecentlyMet => "Recently met", "最近认识";
    ContactsNoMatch => "No contacts match.", "没有符合条件的联系人。";
    ClearFilters => "Clear search and filters", "清除搜索和筛选";
    JumpToLetter => "Jump to letter", "按字母跳转";
    JumpTo => "Jump to {letter}", "跳到 {letter}";

    MyCardIntro => "What you fill in here becomes a QR code that any phone camera opens as “Add contact”. It updates as you type and stays on this phone.",
        "在这里填写的信息会生成二维码，任何手机相机扫码即可“添加联系人”。二维码随输入实时更新，信息只保存在这台手机上。";
    MyCardLoading => "Loading your cards…", "正在加载你的名片…";
    MyCardYourCards => "Your cards", "你的名片";
    MyCardDefaultMark => "default", "默认";
    MyCardNew => "New card", "新建名片";
    MyCardDelete => "Delete this card", "删除此名片";
    MyCardDeleteConfirm => "Delete the card “{label}”? This cannot be undone.", "删除名片“{label}”？此操作无法撤销。";
    MyCardMakeDefault => "Make this my default card", "设为默认名片";
    MyCardIsDefault => "This is your default card: it opens first.", "这是你的默认名片，打开时首先显示。";
    MyCardFirstLabel => "Work", "工作";
    MyCardSecondLabel => "Personal", "个人";
    MyCardNthLabel => "Card {n}", "名片 {n}";
    MyCardDetails => "Details", "名片信息";
    MyCardLabel => "Card name (only you see it)", "名片名称（仅自己可见）";
    MyCardGivenName => "Given name", "名";
    MyCardFamilyName => "Family name", "姓";
    MyCardTitle => "Job title", "职位";
    MyCardOrganization => "Company or organisation", "公司或机构";
    MyCardPhone => "Phone {n}", "电话 {n}";
    MyCardAddPhone => "Add a phone number", "添加电话号码";
    MyCardRemovePhone => "Remove phone {n}", "删除电话 {n}";
    MyCardEmail => "Email {n}", "邮箱 {n}";
    MyCardAddEmail => "Add an email address", "添加邮箱";
    MyCardRemoveEmail => "Remove email {n}", "删除邮箱 {n}";
    MyCardWechatId => "WeChat ID", "微信号";
    MyCardLink => "Link {n}", "链接 {n}";
    MyCardAddLink => "Add a link (website, LinkedIn…)", "添加链接（网站、领英等）";
    MyCardRemoveLink => "Remove link {n}", "删除链接 {n}";
    MyCardAbout => "A short line about you", "一句话介绍自己";
    MyCardShortCode => "Shorter code (MECARD format)", "更短的二维码（MECARD 格式）";
    MyCardShortCodeHelp => "Easier to scan from afar. Phone cameras read it too, but it carries a little less (the WeChat ID goes into the note).",
        "远距离也更容易识别。手机相机同样能读取，但包含的信息略少（微信号会写在备注里）。";
    MyCardSaving => "Saving…", "正在保存…";
    MyCardSaved => "Saved on this phone.", "已保存在这台手机上。";
    MyCardCodeHeading => "Your code", "你的二维码";
    MyCardCodeAlt => "QR code: contact card of {name}", "二维码：{name} 的名片";
    MyCardCodeInfo => "QR version {version}, error correction {level}, {bytes} bytes.", "二维码版本 {version}，纠错等级 {level}，共 {bytes} 字节。";
    MyCardCodeEmpty => "Fill in your name and a way to reach you to see your code.", "填写姓名和联系方式后即可看到二维码。";
    MyCardDense => "This code is dense (version {version}): some phones will need a steady hand and good light. To make it easier to scan, shorten: {fields}.",
        "此二维码较密（版本 {version}），部分手机需要拿稳、光线充足才能识别。为了更容易扫码，建议缩短：{fields}。";
    MyCardDenseTryShort => "Or switch on the shorter code below.", "也可以开启下方的“更短的二维码”。";
    MyCardTooLong => "There is too much text for one QR code. Shorten: {fields}.", "内容太多，无法放进一个二维码。请缩短：{fields}。";
    MyCardFieldName => "your name", "姓名";
    MyCardFieldTitle => "job title", "职位";
    MyCardFieldOrganization => "company", "公司";
    MyCardFieldPhones => "phone numbers", "电话";
    MyCardFieldEmails => "email addresses", "邮箱";
    MyCardFieldWechatId => "WeChat ID", "微信号";
    MyCardFieldLinks => "links", "链接";
    MyCardFieldAbout => "the line about you", "自我介绍";
    MyCardShow => "Show full screen", "全屏展示";
    MyCardShowLabel => "Your card, full screen", "全屏名片";
    MyCardClose => "Close", "关闭";
    MyCardScanToAdd => "Scan with the camera to add me", "用相机扫码添加我";
    MyCardScanWechat => "Scan in WeChat", "用微信扫一扫";
    MyCardNoWakeLock => "This browser cannot keep the screen on: tap it now and then.", "此浏览器无法保持屏幕常亮，请不时轻触屏幕。";
    MyCardWechatHeading => "My WeChat QR code", "我的微信二维码";
    MyCardWechatHelp => "In WeChat, open Me › your name › My QR Code and take a screenshot, then choose it here. Your card’s screen then shows both codes, so guests with and without WeChat can add you.",
        "在微信中打开“我 › 个人信息 › 我的二维码”并截图，然后在这里选择截图。之后名片页面会同时显示两个二维码，用不用微信的朋友都能加你。";
    MyCardWechatPick => "Choose a screenshot of your WeChat QR code", "选择微信二维码截图";
    MyCardWechatReading => "Reading the picture…", "正在识别图片…";
    MyCardWechatAdded => "WeChat QR code added.", "已添加微信二维码。";
    MyCardWechatNoCode => "No QR code was found in this picture. Try a sharp screenshot that shows the whole code.",
        "这张图片中没有找到二维码。请换一张清晰、完整显示二维码的截图。";
    MyCardWechatPayment => "This is a WeChat Pay code, not your contact code. Use the one under Me › My QR Code.",
        "这是微信支付码，不是你的名片二维码。请使用“我 › 我的二维码”中的二维码。";
    MyCardWechatNotWechat => "This is not a WeChat contact code. It says: {text}", "这不是微信名片二维码，其内容为：{text}";
    MyCardWechatFailed => "Could not read this picture: {reason}.", "无法读取这张图片：{reason}。";
    MyCardWechatRemove => "Remove WeChat QR code", "移除微信二维码";
    MyCardWechatCodeAlt => "QR code: WeChat contact of {name}", "二维码：{name} 的微信";
    MyCardShareHeading => "Save, share and print", "保存、分享与打印";
    MyCardSavePng => "Save code as PNG", "保存二维码（PNG）";
    MyCardSaveSvg => "Save code as SVG", "保存二维码（SVG）";
    MyCardShareVcf => "Share card as a contact file (.vcf)", "以联系人文件分享名片（.vcf）";
    MyCardPrint => "Print business card", "打印名片";
    MyCardPrintHelp => "Prints a business-card-sized card (85 × 55 mm) with your code.", "打印一张名片大小（85 × 55 毫米）、带二维码的卡片。";

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
    ScanIntro => "Point the camera at a QR code: a WeChat code, a business card, a badge.",
        "将摄像头对准二维码：微信二维码、名片或胸牌均可。";
    ScanViewfinder => "Camera viewfinder", "相机取景框";
    ScanStarting => "Starting the camera…", "正在打开摄像头…";
    ScanCameraDenied => "Camera access is blocked. Allow the camera for this site in the browser's settings, then press Retry. You can still scan a code from a picture below.",
        "摄像头权限被拒绝。请在浏览器设置中允许本网站使用摄像头，然后点“重试”。你仍可以在下方从图片中识别二维码。";
    ScanCameraAbsent => "No camera was found on this device. You can still scan a code from a picture below.",
        "这台设备上没有找到摄像头。你仍可以在下方从图片中识别二维码。";
    ScanCameraBusy => "The camera is being used by another app. Close that app, then press Retry. You can still scan a code from a picture below.",
        "摄像头正被其他应用占用。请关闭该应用后点“重试”。你仍可以在下方从图片中识别二维码。";
    ScanCameraFailed => "The camera could not start ({reason}). You can still scan a code from a picture below.",
        "摄像头无法启动（{reason}）。你仍可以在下方从图片中识别二维码。";
    ScanRetry => "Retry", "重试";
    ScanCameraChoice => "Camera", "摄像头";
    ScanCameraNumber => "Camera {n}", "摄像头 {n}";
    ScanTorch => "Torch", "手电筒";
    ScanBoothMode => "Booth mode: save every new code at once", "展位模式：扫到新码立即保存";
    ScanEventAt => "At: {event}", "活动：{event}";
    ScanEventNone => "No event set: contacts are saved without one.", "未设置活动：联系人将不关联活动保存。";
    ScanEventChoice => "Current event", "当前活动";
    ScanEventNoneOption => "No event", "不设活动";
    ScanEventNew => "New event", "新建活动";
    ScanEventName => "Event name", "活动名称";
    ScanEventDate => "Date", "日期";
    ScanEventStart => "Start this event", "开始此活动";
    ScanEventChange => "Change event", "更换活动";
    ScanEventDone => "Done", "完成";
    ScanCancel => "Cancel", "取消";
    ScanResultContact => "Contact", "联系人";
    ScanResultWeChatPay => "WeChat Pay code", "微信支付码";
    ScanResultUrl => "Web link", "网页链接";
    ScanResultPhone => "Phone number", "电话号码";
    ScanResultEmail => "E-mail", "电子邮件";
    ScanResultSms => "Text message", "短信";
    ScanResultWifi => "Wi-Fi network", "Wi-Fi 网络";
    ScanResultText => "Text", "文本";
    ScanResultBinary => "Binary data ({size} bytes), not text", "二进制数据（{size} 字节），不是文本";
    ScanResultEmpty => "This code is empty.", "这个二维码是空的。";
    ScanWeChatPayNote => "This is a payment code. Mingpian never opens payments: pay in WeChat itself.",
        "这是收付款码。名片不会打开任何支付，请直接在微信中付款。";
    ScanUrlHost => "Leads to {host}", "指向 {host}";
    ScanOpenHost => "Open {host}", "打开 {host}";
    ScanOpenLink => "Open", "打开";
    ScanWifiName => "Network", "网络名称";
    ScanWifiPassword => "Password", "密码";
    ScanWifiOpen => "No password", "无密码";
    ScanRaw => "What the code says", "二维码原文";
    ScanFieldName => "Name", "姓名";
    ScanFieldOrganization => "Organisation", "单位";
    ScanFieldTitle => "Title", "职位";
    ScanFieldPhone => "Phone", "电话";
    ScanFieldEmail => "E-mail", "邮箱";
    ScanFieldWeChat => "WeChat", "微信";
    ScanFieldLinkedIn => "LinkedIn", "领英";
    ScanFieldWeb => "Web", "网址";
    ScanFieldAddress => "Address", "地址";
    ScanWeChatCode => "WeChat QR code (add them in WeChat)", "微信二维码（在微信中添加对方）";
    ScanMoreCards => "This code holds {n} contacts; the first one is shown.", "这个二维码包含 {n} 位联系人，此处显示第一位。";
    ScanTags => "Tags", "标签";
    ScanAddTag => "Add a tag", "添加标签";
    ScanAddTagButton => "Add tag", "添加";
    ScanRemoveTag => "Remove tag {name}", "移除标签 {name}";
    ScanAlias => "Alias (your name for them)", "备注名";
    ScanDescription => "Description", "描述";
    ScanSaveContact => "Save contact", "保存联系人";
    ScanSaving => "Saving…", "正在保存…";
    ScanAgain => "Scan again", "重新扫描";
    ScanSaved => "Saved {name}.", "已保存 {name}。";
    ScanUpdated => "Updated {name}.", "已更新 {name}。";
    ScanUnnamed => "the contact", "该联系人";
    ScanDuplicate => "{name} is already in your contacts.", "{name} 已在你的联系人中。";
    ScanOpenExisting => "Open {name}", "打开 {name}";
    ScanUpdateExisting => "Update with this scan", "用本次扫描更新";
    ScanSaveAsNew => "Save as a new contact", "另存为新联系人";
    ScanUndo => "Undo", "撤销";
    ScanUndone => "Removed {name}.", "已移除 {name}。";
    ScanBoothAlready => "{name} is already in your contacts: not saved again.", "{name} 已在联系人中，未重复保存。";
    ScanPicture => "Scan from a picture", "从图片识别";
    ScanPictureHelp => "A screenshot or photo of a QR code, such as a WeChat code someone sent you.",
        "二维码的截图或照片，例如别人发给你的微信二维码。";
    ScanPicturePick => "Choose a picture", "选择图片";
    ScanPictureWorking => "Reading the picture…", "正在识别图片…";
    ScanPictureNoCode => "No QR code was found in this picture. Try a sharper picture, or one where the code fills more of it.",
        "这张图片中没有找到二维码。请换一张更清晰、二维码更大的图片再试。";
    ScanPictureUnreadable => "This file could not be read as a picture.", "无法将此文件作为图片读取。";
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

    OrganiseLinksLabel => "Organise contacts", "整理联系人";
    ContactBackToContacts => "Back to Contacts", "返回联系人";
    ContactNotFoundTitle => "Contact not found", "找不到该联系人";
    ContactNotFoundText => "This contact does not exist on this phone. It may have been deleted.", "这台手机上没有这位联系人，可能已被删除。";
    ContactEdit => "Edit", "编辑";
    ContactEditTitle => "Edit {name}", "编辑 {name}";
    ContactWho => "Who they are", "基本信息";
    ContactAlias => "Remark (your name for them)", "备注名（你给对方起的名字）";
    ContactAliasHelp => "Lists show the remark first, like WeChat.", "和微信一样，列表中会优先显示备注名。";
    ContactFormattedName => "Full name as on their card", "名片上的全名";
    ContactFamilyName => "Family name", "姓";
    ContactGivenName => "Given name", "名";
    ContactOrganization => "Company or organisation", "公司或机构";
    ContactDepartment => "Department", "部门";
    ContactTitle => "Job title", "职位";
    ContactReach => "Ways to reach them", "联系方式";
    ContactPhoneCell => "Mobile", "手机";
    ContactPhoneWork => "Work", "工作";
    ContactPhoneHome => "Home", "住宅";
    ContactPhoneFax => "Fax", "传真";
    ContactPhoneOther => "Other", "其他";
    ContactEmailLabel => "Email", "邮箱";
    ContactPhoneKindN => "Type of phone {n}", "电话 {n} 的类型";
    ContactPhoneN => "Phone {n}", "电话 {n}";
    ContactAddPhone => "Add a phone number", "添加电话号码";
    ContactRemovePhone => "Remove phone {n}", "删除电话 {n}";
    ContactEmailN => "Email {n}", "邮箱 {n}";
    ContactAddEmail => "Add an email address", "添加邮箱";
    ContactRemoveEmail => "Remove email {n}", "删除邮箱 {n}";
    ContactLinkN => "Other link {n}", "其他链接 {n}";
    ContactAddLink => "Add a link (website, profile…)", "添加链接（网站、主页等）";
    ContactRemoveLink => "Remove link {n}", "删除链接 {n}";
    ContactProfileServiceN => "Profile {n}: service (e.g. X, GitHub)", "社交主页 {n}：平台（如微博、GitHub）";
    ContactProfileUrlN => "Profile {n}: link", "社交主页 {n}：链接";
    ContactAddProfile => "Add a social profile", "添加社交主页";
    ContactRemoveProfile => "Remove profile {n}", "删除社交主页 {n}";
    ContactAddressN => "Address {n}", "地址 {n}";
    ContactAddressKind => "Type", "类型";
    ContactStreet => "Street", "街道";
    ContactPostalCode => "Postal code", "邮政编码";
    ContactCity => "City", "城市";
    ContactRegion => "State or province", "省/州";
    ContactCountry => "Country or region", "国家或地区";
    ContactAddAddress => "Add a postal address", "添加通讯地址";
    ContactRemoveAddress => "Remove address {n}", "删除地址 {n}";
    ContactWechatId => "WeChat ID", "微信号";
    ContactWechatLink => "WeChat link", "微信链接";
    ContactLinkedin => "LinkedIn", "领英";
    ContactWebsite => "Website", "网站";
    ContactCall => "Call", "拨打";
    ContactCallAria => "Call {number}", "拨打 {number}";
    ContactSms => "Text", "发短信";
    ContactSmsAria => "Send a text to {number}", "给 {number} 发短信";
    ContactMail => "Email", "写邮件";
    ContactMailAria => "Email {address}", "给 {address} 写邮件";
    ContactCopyWechatId => "Copy WeChat ID", "复制微信号";
    ContactCopyWechatLink => "Copy WeChat link", "复制微信链接";
    ContactCopied => "Copied.", "已复制。";
    ContactCopyFailed => "This browser did not allow copying. Select the text and copy it by hand.", "此浏览器不允许复制。请手动选中文字后复制。";
    ContactWechatHint => "To add them in WeChat: open WeChat › + › Scan, or paste the link in a chat with yourself and tap it.", "在微信中添加对方：打开微信 › “+” › 扫一扫，或者把链接粘贴到与自己的聊天中再点开。";
    ContactOrganise => "Tags and event", "标签与活动";
    ContactTags => "Tags", "标签";
    ContactNoTags => "No tags yet.", "还没有标签。";
    ContactNewTag => "New tag", "新标签";
    ContactAddTag => "Add tag", "添加标签";
    ContactEvent => "Met at", "相识于";
    ContactNoEvent => "No event", "未关联活动";
    ContactMetOn => "Added on {date}", "添加于 {date}";
    ContactDescription => "Notes", "备注";
    ContactRawPayload => "Scanned text, as read", "扫描到的原始内容";
    ContactSave => "Save", "保存";
    ContactSaving => "Saving…", "正在保存…";
    ContactCancel => "Cancel", "取消";
    ContactConflict => "This contact was changed in another window while you were editing. Your changes were not saved, and nothing was overwritten.", "你编辑期间，此联系人已在其他窗口中被修改。你的修改没有保存，也没有覆盖任何内容。";
    ContactReload => "Show the latest version", "显示最新版本";
    ContactConflictReloaded => "This contact was changed in another window. The latest version is shown now; please try again.", "此联系人已在其他窗口中被修改。现在显示的是最新版本，请重试。";
    ContactCardPhoto => "Photo of their card", "名片照片";
    ContactPhotoHelp => "Keep a picture of their paper card. It is shrunk to save space and stays on this phone.", "保存对方纸质名片的照片。照片会被压缩以节省空间，只保存在这台手机上。";
    ContactPhotoTake => "Take a photo of their card", "拍摄名片";
    ContactPhotoRetake => "Take a new photo", "重新拍摄";
    ContactPhotoPick => "Choose a picture of their card", "从相册选择名片照片";
    ContactPhotoRemove => "Remove photo", "删除照片";
    ContactPhotoSaving => "Saving the photo…", "正在保存照片…";
    ContactPhotoFailed => "Could not use this picture: {reason}.", "无法使用这张图片：{reason}。";
    ContactPhotoAlt => "Business card of {name}", "{name} 的名片";
    ContactPhotoView => "View the card photo full screen", "全屏查看名片照片";
    ContactPhotoViewerLabel => "Card photo, full screen", "全屏名片照片";
    ContactClose => "Close", "关闭";
    ContactDelete => "Delete contact", "删除联系人";
    ContactDeleteQuestion => "Delete {name} and the photo of their card?", "删除 {name} 及其名片照片？";
    ContactDeleteConfirm => "Delete", "删除";
    ContactDeletedTitle => "Contact deleted", "联系人已删除";
    ContactDeletedToast => "{name} was deleted.", "已删除 {name}。";
    ContactUndo => "Undo", "撤销";
    TagsTitle => "Tags", "标签";
    TagsIntro => "Tap a tag to see its contacts. Renaming a tag renames it on every contact.", "点按标签可查看相应联系人。重命名标签后，所有联系人上的该标签都会随之更新。";
    TagsEmpty => "No tags yet. Add tags on a contact’s page.", "还没有标签。可以在联系人页面添加标签。";
    TagsCountOne => "1 contact", "1 位联系人";
    TagsCountMany => "{n} contacts", "{n} 位联系人";
    TagsRename => "Rename", "重命名";
    TagsRenameAria => "Rename {name}", "重命名“{name}”";
    TagsNewName => "New name for {name}", "“{name}”的新名称";
    TagsSaveName => "Save name", "保存名称";
    TagsNameEmpty => "A tag needs a name.", "标签名称不能为空。";
    TagsNameTaken => "Another tag is already called “{name}”. To combine them, use Merge.", "已有名为“{name}”的标签。如需合并，请使用“合并”。";
    TagsColour => "Colour", "颜色";
    TagsColourAria => "Colour of {name}", "“{name}”的颜色";
    TagsColourLegend => "Colour of {name}", "“{name}”的颜色";
    TagColourTeal => "Teal", "青绿";
    TagColourBlue => "Blue", "蓝色";
    TagColourPurple => "Purple", "紫色";
    TagColourRed => "Red", "红色";
    TagColourOrange => "Orange", "橙色";
    TagColourAmber => "Amber", "琥珀色";
    TagColourGreen => "Green", "绿色";
    TagColourGrey => "Grey", "灰色";
    TagsMerge => "Merge", "合并";
    TagsMergeAria => "Merge {name} into another tag", "将“{name}”合并到其他标签";
    TagsMergeInto => "Merge {name} into", "将“{name}”合并到";
    TagsMergeChoose => "Choose a tag", "选择标签";
    TagsMergeQuestion => "Contacts tagged “{name}” ({n}) will be tagged “{into}” instead, and “{name}” will be deleted.", "标有“{name}”的联系人（{n} 位）都将改为“{into}”，并删除“{name}”。";
    TagsMergeConfirm => "Merge tags", "合并标签";
    TagsDelete => "Delete", "删除";
    TagsDeleteAria => "Delete the tag {name}", "删除标签“{name}”";
    TagsDeleteQuestion => "Delete the tag “{name}”? Contacts with it: {n}. They stay; only the tag is removed from them.", "删除标签“{name}”？带有此标签的联系人：{n} 位。联系人会保留，只移除此标签。";
    TagsDeleteConfirm => "Delete tag", "删除标签";
    EventsTitle => "Events", "活动";
    EventsEmpty => "No events yet. Create one for the next conference or meetup you go to.", "还没有活动。可以为下一次参加的会议或聚会创建一个。";
    EventsNew => "New event", "新建活动";
    EventsEditHeading => "Edit event", "编辑活动";
    EventsEdit => "Edit", "编辑";
    EventsEditAria => "Edit {name}", "编辑“{name}”";
    EventsName => "Name", "名称";
    EventsStarts => "First day", "开始日期";
    EventsEnds => "Last day (if more than one)", "结束日期（多天活动时填写）";
    EventsPlace => "Place", "地点";
    EventsNotes => "Notes", "备注";
    EventsCreate => "Create event", "创建活动";
    EventsSave => "Save event", "保存活动";
    EventsNameMissing => "Give the event a name.", "请填写活动名称。";
    EventsEndsBeforeStart => "The last day cannot be before the first day.", "结束日期不能早于开始日期。";
    EventsPeople => "People met there", "在这里认识的人";
    EventsNobody => "Nobody filed under this event yet.", "还没有联系人关联到这个活动。";
    EventsGroupCodes => "WeChat group codes", "微信群二维码";
    EventsGroupExpiryNote => "WeChat group QR codes stop working 7 days after they are created; the dates below count from when you saved each one.", "微信群二维码在生成 7 天后失效；下方日期从你保存时开始计算。";
    EventsGroupLink => "Group link (the text the QR code holds)", "群链接（二维码中的文字）";
    EventsGroupNote => "Note (which group)", "备注（是哪个群）";
    EventsGroupAdd => "Add group code", "添加群二维码";
    EventsGroupLinkMissing => "Paste the group’s link first.", "请先粘贴群链接。";
    EventsGroupExpires => "Saved {added}. Expires {date} ({days} days left).", "保存于 {added}，将于 {date} 失效（还剩 {days} 天）。";
    EventsGroupExpired => "Expired on {date}.", "已于 {date} 失效。";
    EventsGroupCopy => "Copy group link", "复制群链接";
    EventsGroupRemove => "Remove", "删除";
    EventsGroupRemoveAria => "Remove group code {name}", "删除群二维码“{name}”";

    BroadcastsTitle => "Messages", "群发消息";
    BroadcastsIntro => "Send one message to everyone under a set of tags, one person at a time: nobody sees who else got it. Mingpian keeps track of who has been sent it, so you can stop and carry on later.",
        "把同一条消息逐个发给某些标签下的所有人，彼此看不到还有谁收到。名片会记录已经发给了谁，可以随时中断、稍后继续。";
    BroadcastsEmpty => "No messages yet. Filter your contacts by tags and choose “Message these contacts”, or start a new message here.",
        "还没有群发消息。在联系人列表中按标签筛选后选择“给这些联系人发消息”，或在这里新建。";
    BroadcastsNew => "New message", "新建群发";
    BroadcastsProgress => "{sent} of {total} sent", "已发送 {sent}/{total}";
    BroadcastsFinished => "finished", "已完成";
    MessageTheseContacts => "Message these contacts", "给这些联系人发消息";

    ComposeTitle => "New message", "新建群发消息";
    ComposeAudience => "Recipients", "收件人";
    ComposeAudienceHelp => "Choose tags, an event, or both: the message goes to the contacts that match.",
        "选择标签、活动或两者：消息将发给符合条件的联系人。";
    ComposeNoAudience => "Choose at least one tag or an event.", "请至少选择一个标签或一个活动。";
    ComposeNoMatch => "No contacts match.", "没有符合条件的联系人。";
    ComposeRecipientCount => "{n} of {total} recipients selected", "已选择 {n}/{total} 位收件人";
    ComposeRecipientList => "Who gets it", "收件人名单";
    ComposeSelectAll => "Select all", "全选";
    ComposeShowAll => "Show {n} more", "再显示 {n} 位";
    ComposeSelectNone => "Select none", "全不选";
    ComposeSubject => "Subject (for email, and to find this message later)", "主题（用于邮件，也方便以后查找）";
    ComposeMessage => "Message", "消息内容";
    ComposeInsert => "Insert a placeholder", "插入占位符";
    ComposePlaceholderHelp => "{name}: the alias if set, else the name · {first_name}: the given name (a Chinese name in full) · {organisation}: company · {event}: where you met.",
        "{name}：备注名，没有则为姓名 · {first_name}：名字（中文姓名为全名） · {organisation}：公司 · {event}：认识的活动。";
    ComposeUnknownPlaceholder => "Not a placeholder, so it will be sent as typed: {list}", "不是占位符，将按原样发送：{list}";
    ComposeMissingValue => "{placeholder} is empty for {n} of the recipients; their message leaves it out.",
        "有 {n} 位收件人没有 {placeholder}，他们的消息中将省略这一项。";
    ComposePreview => "Preview for", "预览收件人";
    ComposePreviewLabel => "The message as they will get it", "对方将收到的消息";
    ComposeStart => "Start sending", "开始发送";
    ComposeEmptyMessage => "Write a message first.", "请先填写消息内容。";
    ComposeNoRecipients => "Select at least one recipient.", "请至少选择一位收件人。";

    ReachSms => "SMS", "短信";
    ReachEmail => "Email", "邮件";
    ReachWeChat => "WeChat", "微信";
    ReachShare => "Share", "分享";
    ReachNone => "No phone, email or WeChat", "没有电话、邮箱或微信";

    BroadcastBack => "All messages", "全部群发消息";
    BroadcastNotFound => "This message no longer exists.", "此消息已不存在。";
    BroadcastWritten => "Written {date}", "创建于 {date}";
    BroadcastAudienceAll => "Tags (all of): {tags}", "标签（同时包含）：{tags}";
    BroadcastAudienceAny => "Tags (any of): {tags}", "标签（包含任一）：{tags}";
    BroadcastAudienceEvent => "Event: {event}", "活动：{event}";
    BroadcastSummary => "{sent} sent · {skipped} skipped · {pending} to go", "已发送 {sent} · 已跳过 {skipped} · 待发送 {pending}";
    BroadcastDone => "Done: everyone who can be reached has been sent the message or skipped.", "完成：所有能联系到的人都已发送或跳过。";
    BroadcastMessage => "The message", "消息内容";
    BccTitle => "Email everyone at once (Bcc)", "邮件一次群发（密送）";
    BccHelp => "One email with every address in Bcc, so recipients don’t see each other. Opening a draft marks its recipients as sent.",
        "一封邮件，所有地址都放在密送中，收件人彼此看不到。打开草稿即把其中的收件人标为已发送。";
    BccDraft => "Open email draft {n} of {total} ({count} people)", "打开邮件草稿 {n}/{total}（{count} 人）";
    BccPersonalised => "The message has placeholders, so everyone gets their own text: send it one by one below.",
        "消息中有占位符，每个人收到的内容不同，请在下方逐个发送。";
    BccTooLong => "The message is too long for an email link ({length} of at most {limit} characters). Send it one by one, or shorten it.",
        "消息太长，无法放进邮件链接（{length} 个字符，上限 {limit}）。请逐个发送，或缩短消息。";
    QueueTitle => "One by one", "逐个发送";
    QueueCurrent => "{n} of {total}: {name}", "第 {n}/{total} 位：{name}";
    QueueSendSms => "Send SMS", "发短信";
    QueueSendEmail => "Send email", "发邮件";
    QueueCopyWeChat => "Copy for WeChat", "复制到微信";
    QueueShare => "Share…", "分享…";
    QueueSkip => "Skip", "跳过";
    QueueSentNext => "Sent — next", "已发送，下一位";
    QueueWeChatCopied => "Copied. In WeChat, open the chat with {name} (WeChat: {wechat}), paste and send, then come back here.",
        "已复制。在微信中打开与 {name} 的聊天（微信：{wechat}），粘贴并发送后回到这里。";
    QueueCopyFailed => "Could not copy. Select the message above and copy it yourself.", "无法复制，请手动选择上方消息并复制。";
    QueueShareFailed => "Sharing did not work: {reason}", "分享失败：{reason}";
    QueueUnreachable => "Can’t be reached ({n})", "无法联系（{n}）";
    QueueUnreachableHelp => "These contacts have no phone, email or WeChat. Add one on their page, or skip them.",
        "这些联系人没有电话、邮箱或微信。可在其详情页补充，或跳过他们。";
    QueueSkipUnreachable => "Skip them all", "全部跳过";
    RecipientsTitle => "Everyone", "全部收件人";
    RecipientPending => "To send", "待发送";
    RecipientSent => "Sent {date} ({channel})", "已于 {date} 发送（{channel}）";
    RecipientSentOn => "Sent {date}", "已于 {date} 发送";
    RecipientSkipped => "Skipped", "已跳过";
    RecipientDeleted => "{name} (deleted contact)", "{name}（联系人已删除）";
    RecipientSendNow => "Send to {name} now", "现在发给 {name}";
    RecipientReset => "Mark {name} as not sent", "把 {name} 标为未发送";
    BroadcastDelete => "Delete this message", "删除此消息";
    BroadcastDeleteQuestion => "Delete this message and the record of who was sent it?", "删除此消息及其发送记录？";
    BroadcastDeleteConfirm => "Delete", "删除";
    ContactMessages => "Messages sent", "群发记录";
    ContactMessagedOn => "Messaged on {date} about “{about}”", "{date} 群发：“{about}”";

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
