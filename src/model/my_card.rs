//! The user's own cards ("My card"): what they fill in, the text their QR
//! code carries (vCard 3.0 or MECARD), and the QR code itself.
//!
//! Pure: no browser, no clock. The UI keeps every card in one setting
//! (`my_cards`) as [`MyCards`] JSON and draws [`QrMatrix`] as SVG.

use qrcode::{Color, EcLevel, QrCode};
use serde::{Deserialize, Serialize};

use super::{safe_link, wechat_link, web_host, PersonName, WeChatLink};
use crate::decoder::EccLevel;

/// The setting key all cards are stored under.
pub const MY_CARDS_SETTING: &str = "my_cards";

/// Codes up to this version are encoded at level M (15 % recoverable);
/// beyond it level L buys a smaller code. A card on a screen or freshly
/// printed is not scratched or creased, so bigger modules help a camera
/// more than extra redundancy does; version 10 (57 modules) is where a
/// typical card with a note starts to get there.
pub const COMFORTABLE_VERSION: u8 = 10;

/// Codes above this version get a warning. Version 15 is 77 modules, 85
/// with the quiet zone: on a phone held out (≈ 60 mm of code) that is
/// 0.7 mm a module, printed in a business card's 45 mm square 0.53 mm —
/// about the smallest module budget phones' camera apps read at a glance
/// from arm's length. Beyond it scanning needs steady hands and good light,
/// and older Android scanners start to fail.
pub const DENSE_VERSION: u8 = 15;

/// Modules of white around a code: the QR specification's quiet zone.
pub const QUIET_ZONE: usize = 4;

/// Which text a card's QR code carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardFormat {
    /// vCard 3.0: every field, read by every phone's camera app.
    #[default]
    #[serde(rename = "vcard")]
    Vcard,
    /// MECARD: about a third shorter, fewer fields (no title, no WeChat ID field).
    #[serde(rename = "mecard")]
    Mecard,
}

/// One of the user's own cards (e.g. "Work", "Personal").
///
/// Text fields use "" for "not given"; lists may hold blank entries while
/// the user is typing, and blanks are skipped when the card is encoded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MyCard {
    pub id: String,
    /// The user's name for this card ("Work"); not part of the code.
    pub label: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub given_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub family_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub organization: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phones: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub wechat_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// A short line about the user (vCard `NOTE`).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub about: String,
    /// The link the user's WeChat "My QR code" holds, re-drawn beside the card's code.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub wechat_link: String,
    pub is_default: bool,
    pub format: CardFormat,
}

/// A part of a card, for telling the user what makes a code long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardField {
    Name,
    Title,
    Organization,
    Phones,
    Emails,
    WechatId,
    Links,
    About,
}

impl MyCard {
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> MyCard {
        MyCard {
            id: id.into(),
            label: label.into(),
            ..MyCard::default()
        }
    }

    fn person_name(&self) -> PersonName {
        PersonName {
            family: self.family_name.trim().to_owned(),
            given: self.given_name.trim().to_owned(),
            ..PersonName::default()
        }
    }

    /// The name as a contact list would show it ("张伟", "Maria García"),
    /// else the organisation; empty for a card with neither.
    pub fn display_name(&self) -> String {
        let name = self.person_name().display();
        if name.is_empty() {
            self.organization.trim().to_owned()
        } else {
            name
        }
    }

    /// True when nothing that goes into the code has been filled in.
    pub fn is_blank(&self) -> bool {
        self.field_sizes().iter().all(|(_, size)| *size == 0)
    }

    /// The text the card's QR code carries, in its chosen format.
    pub fn qr_text(&self) -> String {
        match self.format {
            CardFormat::Vcard => self.to_vcard(),
            CardFormat::Mecard => self.to_mecard(),
        }
    }

    /// A minimal vCard 3.0 for a QR code: CRLF line ends, escaped values,
    /// UTF-8 without `CHARSET` (3.0 is UTF-8), and no folding — folding is
    /// only recommended, costs three bytes a line, and a few camera apps
    /// mis-join folds inside multi-byte characters.
    pub fn to_vcard(&self) -> String {
        self.vcard(false)
    }

    /// The card as a `.vcf` file to share: the QR's vCard plus the WeChat
    /// link, which a file has room for.
    pub fn to_vcf_file(&self) -> String {
        self.vcard(true)
    }

    fn vcard(&self, with_wechat_link: bool) -> String {
        let mut lines = vec!["BEGIN:VCARD".to_owned(), "VERSION:3.0".to_owned()];
        let (family, given) = (self.family_name.trim(), self.given_name.trim());
        lines.push(format!("N:{};{};;;", vcard_escape(family), vcard_escape(given)));
        // FN is required; phones show it as the contact's name.
        lines.push(format!("FN:{}", vcard_escape(&self.display_name())));
        if !self.organization.trim().is_empty() {
            lines.push(format!("ORG:{}", vcard_escape(self.organization.trim())));
        }
        if !self.title.trim().is_empty() {
            lines.push(format!("TITLE:{}", vcard_escape(self.title.trim())));
        }
        for phone in filled(&self.phones) {
            lines.push(format!("TEL;TYPE=CELL:{}", vcard_escape(phone)));
        }
        for email in filled(&self.emails) {
            lines.push(format!("EMAIL;TYPE=INTERNET:{}", vcard_escape(email)));
        }
        if !self.wechat_id.trim().is_empty() {
            // How iPhones store a WeChat account; Mingpian reads it back as the WeChat ID.
            lines.push(format!(
                "IMPP;X-SERVICE-TYPE=WeChat:x-apple:{}",
                vcard_escape(self.wechat_id.trim())
            ));
        }
        for link in filled(&self.links) {
            lines.push(format!("URL:{}", vcard_escape(link)));
        }
        if with_wechat_link && !self.wechat_link.trim().is_empty() {
            lines.push(format!("item1.URL:{}", vcard_escape(self.wechat_link.trim())));
            lines.push("item1.X-ABLabel:WeChat".to_owned());
        }
        if !self.about.trim().is_empty() {
            lines.push(format!("NOTE:{}", vcard_escape(self.about.trim())));
        }
        lines.push("END:VCARD".to_owned());
        let mut text = lines.join("\r\n");
        text.push_str("\r\n");
        text
    }

    /// The card as MECARD (`MECARD:N:Family,Given;TEL:…;;`). MECARD has no
    /// field for a WeChat ID, so it goes into the note.
    pub fn to_mecard(&self) -> String {
        // (field, already escaped value); empty values are left out.
        let mut fields: Vec<(&str, String)> = Vec::new();
        let (family, given) = (self.family_name.trim(), self.given_name.trim());
        let name = if family.is_empty() || given.is_empty() {
            mecard_escape(&self.display_name())
        } else {
            // The unescaped comma separates family from given name.
            format!("{},{}", mecard_escape(family), mecard_escape(given))
        };
        fields.push(("N", name));
        fields.push(("ORG", mecard_escape(self.organization.trim())));
        fields.push(("TITLE", mecard_escape(self.title.trim())));
        fields.extend(filled(&self.phones).map(|p| ("TEL", mecard_escape(p))));
        fields.extend(filled(&self.emails).map(|e| ("EMAIL", mecard_escape(e))));
        fields.extend(filled(&self.links).map(|l| ("URL", mecard_escape(l))));
        let mut note = self.about.trim().replace("\r\n", " ").replace(['\r', '\n'], " ");
        if !self.wechat_id.trim().is_empty() {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(&format!("(WeChat: {})", self.wechat_id.trim()));
        }
        fields.push(("NOTE", mecard_escape(&note)));
        let mut out = String::from("MECARD:");
        for (name, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
            out.push_str(&format!("{name}:{value};"));
        }
        out.push(';');
        out
    }

    /// Bytes each part of the card adds to the code, largest first, so the
    /// UI can say what to shorten.
    pub fn field_sizes(&self) -> Vec<(CardField, usize)> {
        let list = |items: &[String]| filled(items).map(str::len).sum::<usize>();
        let mut sizes = vec![
            (CardField::Name, self.family_name.trim().len() + self.given_name.trim().len()),
            (CardField::Title, self.title.trim().len()),
            (CardField::Organization, self.organization.trim().len()),
            (CardField::Phones, list(&self.phones)),
            (CardField::Emails, list(&self.emails)),
            (CardField::WechatId, self.wechat_id.trim().len()),
            (CardField::Links, list(&self.links)),
            (CardField::About, self.about.trim().len()),
        ];
        // Stable: equal sizes keep the form's order.
        sizes.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
        sizes
    }

    /// The parts worth shortening in a code that is too dense: the largest
    /// ones that together make up most of the text, at most three.
    pub fn fields_to_shorten(&self) -> Vec<CardField> {
        let sizes = self.field_sizes();
        let total: usize = sizes.iter().map(|(_, s)| s).sum();
        let mut picked = Vec::new();
        let mut covered = 0;
        for (field, size) in sizes {
            if size == 0 || picked.len() == 3 || covered * 2 > total {
                break;
            }
            picked.push(field);
            covered += size;
        }
        picked
    }
}

/// Non-blank entries of a list field, trimmed.
fn filled(items: &[String]) -> impl Iterator<Item = &str> {
    items.iter().map(|s| s.trim()).filter(|s| !s.is_empty())
}

/// vCard 3.0 value escaping: backslash, comma, semicolon, and line breaks as `\n`.
pub fn vcard_escape(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// MECARD value escaping: `\ ; , : "` take a backslash.
pub fn mecard_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | ';' | ',' | ':' | '"') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// All of the user's cards, as stored under [`MY_CARDS_SETTING`].
///
/// Invariant kept by every method: when there are cards, exactly one is the default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MyCards {
    pub cards: Vec<MyCard>,
}

impl MyCards {
    /// Reads the stored value; anything unreadable gives no cards rather
    /// than an error, so a damaged setting never locks the page.
    pub fn from_value(value: serde_json::Value) -> MyCards {
        let mut cards: MyCards = serde_json::from_value(value).unwrap_or_default();
        cards.cards.retain(|c| !c.id.is_empty());
        cards.fix_default();
        cards
    }

    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("cards are plain data")
    }

    pub fn get(&self, id: &str) -> Option<&MyCard> {
        self.cards.iter().find(|c| c.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut MyCard> {
        self.cards.iter_mut().find(|c| c.id == id)
    }

    /// The card shown first: the default one.
    pub fn default_card(&self) -> Option<&MyCard> {
        self.cards.iter().find(|c| c.is_default).or(self.cards.first())
    }

    /// Adds a card; the first one becomes the default.
    pub fn add(&mut self, mut card: MyCard) {
        card.is_default = false;
        self.cards.push(card);
        self.fix_default();
    }

    /// Removes a card; if it was the default, the first remaining one takes over.
    pub fn remove(&mut self, id: &str) {
        self.cards.retain(|c| c.id != id);
        self.fix_default();
    }

    pub fn set_default(&mut self, id: &str) {
        if self.get(id).is_none() {
            return;
        }
        for card in &mut self.cards {
            card.is_default = card.id == id;
        }
    }

    fn fix_default(&mut self) {
        let first_default = self.cards.iter().position(|c| c.is_default).unwrap_or(0);
        for (i, card) in self.cards.iter_mut().enumerate() {
            card.is_default = i == first_default;
        }
    }
}

/// Why a scanned picture cannot be used as the user's WeChat QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WechatQrProblem {
    /// No QR code could be read in the picture.
    NoCode,
    /// A WeChat Pay code: money, not a contact.
    Payment,
    /// A code, but not a WeChat contact code; holds what it said.
    NotWechat(String),
}

/// The link to keep from the codes found in a screenshot of WeChat's
/// "My QR code": a personal link (`https://u.wechat.com/…`) or the older
/// `http(s)://weixin.qq.com/r/…` form.
pub fn wechat_qr_link(texts: &[String]) -> Result<String, WechatQrProblem> {
    if texts.is_empty() {
        return Err(WechatQrProblem::NoCode);
    }
    if let Some(link) = texts.iter().find_map(|t| personal_wechat_link(t)) {
        return Ok(link);
    }
    if texts.iter().any(|t| wechat_link(t) == Some(WeChatLink::Pay)) {
        return Err(WechatQrProblem::Payment);
    }
    Err(WechatQrProblem::NotWechat(texts[0].clone()))
}

/// `text` if it is a WeChat personal contact link, trimmed.
pub fn personal_wechat_link(text: &str) -> Option<String> {
    let link = safe_link(text)?;
    let host = web_host(&link)?;
    let personal = match wechat_link(&link)? {
        WeChatLink::Personal => true,
        WeChatLink::GroupOrOfficialAccount => {
            let after_host = link.split_once("://").map_or("", |(_, rest)| rest);
            let path = after_host.find('/').map_or("", |i| &after_host[i..]);
            host == "weixin.qq.com" && path.to_ascii_lowercase().starts_with("/r/")
        }
        _ => false,
    };
    personal.then_some(link)
}

/// A QR code as a square of modules, with the version and level chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    version: u8,
    ecc: EccLevel,
    width: usize,
    dark: Vec<bool>,
}

/// The text does not fit in any QR code (more than 2,953 bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QrTooLong;

impl QrMatrix {
    /// Encodes `text` in the smallest code: level M up to
    /// [`COMFORTABLE_VERSION`], level L beyond it when that is smaller.
    pub fn encode(text: &str) -> Result<QrMatrix, QrTooLong> {
        let medium = QrCode::with_error_correction_level(text, EcLevel::M).ok();
        if let Some(code) = &medium {
            if version_of(code) <= COMFORTABLE_VERSION {
                return Ok(QrMatrix::from_code(code));
            }
        }
        let low = QrCode::with_error_correction_level(text, EcLevel::L).ok();
        match (medium, low) {
            (Some(m), Some(l)) if version_of(&m) <= version_of(&l) => Ok(QrMatrix::from_code(&m)),
            (_, Some(l)) => Ok(QrMatrix::from_code(&l)),
            (Some(m), None) => Ok(QrMatrix::from_code(&m)),
            (None, None) => Err(QrTooLong),
        }
    }

    fn from_code(code: &QrCode) -> QrMatrix {
        QrMatrix {
            version: version_of(code),
            ecc: match code.error_correction_level() {
                EcLevel::L => EccLevel::L,
                EcLevel::M => EccLevel::M,
                EcLevel::Q => EccLevel::Q,
                EcLevel::H => EccLevel::H,
            },
            width: code.width(),
            dark: code.to_colors().into_iter().map(|c| c == Color::Dark).collect(),
        }
    }

    /// QR version, 1–40.
    pub fn version(&self) -> u8 {
        self.version
    }

    pub fn ecc(&self) -> EccLevel {
        self.ecc
    }

    /// Modules on a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Modules on a side with the quiet zone: the SVG's view box.
    pub fn size_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// True above [`DENSE_VERSION`]: hard to scan comfortably.
    pub fn is_dense(&self) -> bool {
        self.version > DENSE_VERSION
    }

    /// Horizontal runs of dark modules as `(x, y, length)`, in module
    /// units with the quiet zone included. One rectangle per run keeps the
    /// SVG small and seamless.
    pub fn dark_runs(&self) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    runs.push((start + QUIET_ZONE, y + QUIET_ZONE, x - start));
                } else {
                    x += 1;
                }
            }
        }
        runs
    }

    /// The path data (`d`) of every dark module, in a view box of
    /// [`size_with_quiet_zone`](Self::size_with_quiet_zone) units.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for (x, y, len) in self.dark_runs() {
            d.push_str(&format!("M{x} {y}h{len}v1h-{len}z"));
        }
        d
    }

    /// A standalone SVG file: black on white, quiet zone included,
    /// `crispEdges` so modules are never blurred at any size.
    pub fn to_svg(&self) -> String {
        let size = self.size_with_quiet_zone();
        format!(
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?>"#,
                "\n",
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{px}" height="{px}" shape-rendering="crispEdges">"#,
                r##"<rect width="{size}" height="{size}" fill="#fff"/>"##,
                r##"<path fill="#000" d="{d}"/></svg>"##,
                "\n"
            ),
            size = size,
            px = size * 8,
            d = self.svg_path()
        )
    }

    /// A grayscale picture of the code (0 = black, 255 = white), quiet zone
    /// included, `scale` pixels a module: returns the side and the pixels.
    pub fn to_luma(&self, scale: usize) -> (usize, Vec<u8>) {
        let side = self.size_with_quiet_zone() * scale;
        let mut pixels = vec![255u8; side * side];
        for (x, y, len) in self.dark_runs() {
            for row in y * scale..(y + 1) * scale {
                let start = row * side + x * scale;
                pixels[start..start + len * scale].fill(0);
            }
        }
        (side, pixels)
    }
}

fn version_of(code: &QrCode) -> u8 {
    match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decoder::{decode, Effort};
    use crate::model::{parse_payload, read_vcards_str};

    fn sample() -> MyCard {
        MyCard {
            given_name: "Maria".into(),
            family_name: "García".into(),
            title: "Head of Partnerships".into(),
            organization: "Acme Robotics; Shanghai".into(),
            phones: vec!["+86 138 0013 8000".into(), "  ".into()],
            emails: vec!["maria@acme.example".into()],
            wechat_id: "maria_wx".into(),
            links: vec!["https://acme.example/maria".into()],
            about: "Robots, tea, and open source.\nAsk me about Shenzhen.".into(),
            ..MyCard::new("c1", "Work")
        }
    }

    fn chinese() -> MyCard {
        MyCard {
            given_name: "伟".into(),
            family_name: "张".into(),
            title: "产品经理".into(),
            organization: "上海名片科技有限公司".into(),
            phones: vec!["13800138000".into()],
            emails: vec!["zhangwei@example.cn".into()],
            about: "做硬件，也喝茶。欢迎交流！".into(),
            ..MyCard::new("c2", "工作")
        }
    }

    /// Draws the code, decodes it with the app's own decoder, returns the texts.
    fn round_trip(text: &str, scale: usize) -> (QrMatrix, Vec<String>) {
        let matrix = QrMatrix::encode(text).expect("fits");
        let (side, pixels) = matrix.to_luma(scale);
        let codes = decode(side, side, &pixels, Effort::Picture).expect("valid buffer");
        (matrix, codes.into_iter().map(|c| c.text).collect())
    }

    #[test]
    fn vcard_is_minimal_escaped_and_crlf() {
        let text = sample().to_vcard();
        assert_eq!(
            text,
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García;Maria;;;\r\nFN:Maria García\r\n\
             ORG:Acme Robotics\\; Shanghai\r\nTITLE:Head of Partnerships\r\n\
             TEL;TYPE=CELL:+86 138 0013 8000\r\nEMAIL;TYPE=INTERNET:maria@acme.example\r\n\
             IMPP;X-SERVICE-TYPE=WeChat:x-apple:maria_wx\r\nURL:https://acme.example/maria\r\n\
             NOTE:Robots\\, tea\\, and open source.\\nAsk me about Shenzhen.\r\nEND:VCARD\r\n"
        );
        assert!(!text.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn vcard_reads_back_with_the_apps_reader() {
        let mut card = sample();
        card.wechat_link = "https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc".into();
        let cards = read_vcards_str(&card.to_vcf_file()).expect("valid vCard");
        let c = &cards[0].contact;
        assert_eq!(c.name.family, "García");
        assert_eq!(c.name.given, "Maria");
        assert_eq!(c.organization, "Acme Robotics; Shanghai");
        assert_eq!(c.title, "Head of Partnerships");
        assert_eq!(c.phones.len(), 1);
        assert_eq!(c.emails[0].address, "maria@acme.example");
        assert_eq!(c.wechat_id, "maria_wx");
        assert_eq!(c.wechat_qr, card.wechat_link);
        assert_eq!(c.description, "Robots, tea, and open source.\nAsk me about Shenzhen.");
        // The QR's vCard leaves the WeChat link out: it has its own code.
        assert!(!card.to_vcard().contains("u.wechat.com"));
    }

    #[test]
    fn chinese_name_reads_family_first() {
        let card = chinese();
        assert_eq!(card.display_name(), "张伟");
        assert!(card.to_vcard().contains("\r\nN:张;伟;;;\r\nFN:张伟\r\n"));
    }

    #[test]
    fn mecard_is_escaped_and_reads_back() {
        let card = sample();
        let text = card.to_mecard();
        assert!(text.starts_with("MECARD:N:García,Maria;ORG:Acme Robotics\\; Shanghai;"));
        assert!(text.ends_with(";;"));
        assert!(text.contains("NOTE:Robots\\, tea\\, and open source. Ask me about Shenzhen. (WeChat\\: maria_wx);"));
        assert!(text.len() < card.to_vcard().len());
        let cards = parse_payload(&text);
        let c = &cards[0].contact;
        assert_eq!(c.name.family, "García");
        assert_eq!(c.organization, "Acme Robotics; Shanghai");
        assert_eq!(c.emails[0].address, "maria@acme.example");
    }

    #[test]
    fn mecard_with_one_name_part() {
        let card = MyCard {
            given_name: "Li".into(),
            phones: vec!["123".into()],
            ..MyCard::new("x", "x")
        };
        assert_eq!(card.to_mecard(), "MECARD:N:Li;TEL:123;;");
    }

    #[test]
    fn blank_card_and_sizes() {
        let mut card = MyCard::new("a", "Work");
        assert!(card.is_blank());
        card.phones.push("   ".into());
        assert!(card.is_blank());
        card.about = "x".repeat(300);
        card.given_name = "Al".into();
        assert!(!card.is_blank());
        assert_eq!(card.field_sizes()[0], (CardField::About, 300));
        assert_eq!(card.fields_to_shorten(), vec![CardField::About]);
    }

    #[test]
    fn cards_keep_one_default() {
        let mut cards = MyCards::default();
        cards.add(MyCard::new("a", "Work"));
        cards.add(MyCard::new("b", "Personal"));
        assert_eq!(cards.default_card().unwrap().id, "a");
        cards.set_default("b");
        assert!(!cards.get("a").unwrap().is_default);
        assert_eq!(cards.default_card().unwrap().id, "b");
        cards.remove("b");
        assert_eq!(cards.default_card().unwrap().id, "a");
        assert!(cards.get("a").unwrap().is_default);
        cards.set_default("missing");
        assert!(cards.get("a").unwrap().is_default);
    }

    #[test]
    fn cards_round_trip_through_json() {
        let mut cards = MyCards::default();
        cards.add(sample());
        cards.add(chinese());
        cards.cards[1].format = CardFormat::Mecard;
        let value = cards.to_value();
        assert_eq!(value["cards"][1]["format"], "mecard");
        assert_eq!(MyCards::from_value(value), cards);
        // Damaged or foreign values never fail the page.
        assert_eq!(MyCards::from_value(serde_json::json!("nonsense")), MyCards::default());
        let two_defaults = serde_json::json!({"cards": [
            {"id": "a", "label": "A", "is_default": true},
            {"id": "b", "label": "B", "is_default": true},
            {"id": "", "label": "no id"}
        ]});
        let read = MyCards::from_value(two_defaults);
        assert_eq!(read.cards.len(), 2);
        assert_eq!(read.cards.iter().filter(|c| c.is_default).count(), 1);
    }

    #[test]
    fn wechat_links_are_recognised() {
        let ok = |s: &str| wechat_qr_link(&[s.to_owned()]);
        assert_eq!(
            ok(" https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc "),
            Ok("https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc".into())
        );
        assert!(ok("http://weixin.qq.com/r/6y8oMBvEQpJ3rXBx9xEH").is_ok());
        assert!(ok("HTTPS://weixin.qq.com/r/abc").is_ok());
        assert_eq!(wechat_qr_link(&[]), Err(WechatQrProblem::NoCode));
        assert_eq!(ok("wxp://f2f0abc"), Err(WechatQrProblem::Payment));
        assert_eq!(
            ok("https://weixin.qq.com/g/AQYAAPqj4Pc0JJb4"),
            Err(WechatQrProblem::NotWechat("https://weixin.qq.com/g/AQYAAPqj4Pc0JJb4".into()))
        );
        assert!(matches!(ok("https://example.com/"), Err(WechatQrProblem::NotWechat(_))));
        assert!(matches!(ok("https://u.wechat.com.evil.example/x"), Err(WechatQrProblem::NotWechat(_))));
        // A personal link wins over other codes in the same picture.
        let mixed = ["hello".to_owned(), "https://u.wechat.com/kAbc".to_owned()];
        assert_eq!(wechat_qr_link(&mixed), Ok("https://u.wechat.com/kAbc".into()));
    }

    #[test]
    fn picks_smallest_version_at_m_then_l() {
        let short = QrMatrix::encode("https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc").unwrap();
        assert_eq!(short.ecc(), EccLevel::M);
        // 44 bytes: version 3-M holds 42, 4-M 62.
        assert_eq!(short.version(), 4);
        assert_eq!(short.width(), 33);
        // 400 bytes: version 15 at M, but 13 at L.
        let long = QrMatrix::encode(&"a".repeat(400)).unwrap();
        assert_eq!(long.ecc(), EccLevel::L);
        assert!(long.version() < 15, "version {}", long.version());
        assert!(!long.is_dense());
        let dense = QrMatrix::encode(&"b".repeat(1000)).unwrap();
        assert!(dense.is_dense());
        assert_eq!(QrMatrix::encode(&"c".repeat(3000)), Err(QrTooLong));
    }

    #[test]
    fn typical_cards_fit_comfortably() {
        let vcard = QrMatrix::encode(&sample().to_vcard()).unwrap();
        let mecard = QrMatrix::encode(&sample().to_mecard()).unwrap();
        let zh = QrMatrix::encode(&chinese().to_vcard()).unwrap();
        // A full card (345 bytes: name, title, organisation, phone, e-mail,
        // WeChat ID, link, two-line note) is version 12-L, well below the warning.
        assert_eq!((vcard.version(), vcard.ecc()), (12, EccLevel::L));
        assert!(!vcard.is_dense());
        assert!(mecard.version() < vcard.version());
        assert!(!zh.is_dense(), "zh version {}", zh.version());
    }

    #[test]
    fn svg_is_crisp_black_on_white_with_quiet_zone() {
        let m = QrMatrix::encode("hello").unwrap();
        let svg = m.to_svg();
        assert!(svg.contains(r#"viewBox="0 0 29 29""#), "{svg}");
        assert!(svg.contains(r#"shape-rendering="crispEdges""#));
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
        // Top-left finder pattern starts after the quiet zone.
        assert!(m.svg_path().starts_with("M4 4h7v1h-7z"));
        let dark: usize = m.dark_runs().iter().map(|r| r.2).sum();
        let expected = (0..21).flat_map(|y| (0..21).map(move |x| (x, y))).filter(|&(x, y)| m.is_dark(x, y)).count();
        assert_eq!(dark, expected);
    }

    #[test]
    fn codes_decode_back_to_the_same_text() {
        let mut long = sample();
        long.about = "Building robots that sort recycling. ".repeat(8);
        long.links.push("https://github.com/maria-garcia-robots".into());
        let mut zh_long = chinese();
        zh_long.about = "我们专注于服务机器人和智能硬件，欢迎来上海展台找我聊聊合作。".repeat(4);
        let texts = [
            sample().to_vcard(),
            sample().to_mecard(),
            chinese().to_vcard(),
            chinese().to_mecard(),
            long.to_vcard(),
            zh_long.to_vcard(),
            "https://u.wechat.com/EMx3-8Pl3eR7a9Dd9hUa0Wc".to_owned(),
        ];
        for text in texts {
            let (matrix, decoded) = round_trip(&text, 4);
            assert_eq!(decoded, vec![text.clone()], "version {}", matrix.version());
        }
    }

    #[test]
    fn dense_codes_still_decode() {
        let mut card = chinese();
        card.about = "这是一段很长的自我介绍，用来测试高版本二维码能否被正确识别。".repeat(10);
        let text = card.to_vcard();
        let (matrix, decoded) = round_trip(&text, 4);
        assert!(matrix.is_dense(), "version {}", matrix.version());
        assert_eq!(decoded, vec![text]);
    }
}
