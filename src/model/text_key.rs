//! How text is compared when searching and sorting: case and accents
//! ignored ("garcia" finds "García"), and Chinese characters also readable
//! as pinyin ("zhangwei", "zw" find 张伟), the way WeChat's search works.

use pinyin::ToPinyin;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower-cased, accents removed, full-width ASCII made half-width, runs of
/// white space collapsed. Chinese characters are kept as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        // Full-width forms (ｚｈａｎｇ, １３８) are common in Chinese input.
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        out.extend(c.to_lowercase());
        last_space = false;
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `text` has Chinese characters, i.e. whether a pinyin reading adds
/// anything.
pub fn has_han(text: &str) -> bool {
    text.chars().any(|c| c.to_pinyin().is_some())
}

/// `text` read aloud in pinyin: each Chinese character becomes its (first)
/// plain reading; other characters are folded and kept. Returns the full
/// reading without spaces ("zhangwei") and the initials ("zw").
pub fn romanize(text: &str) -> (String, String) {
    let mut full = String::with_capacity(text.len() * 3);
    let mut initials = String::new();
    let mut at_word_start = true;
    for c in fold(text).chars() {
        if let Some(reading) = c.to_pinyin() {
            let plain = reading.plain();
            full.push_str(plain);
            initials.extend(plain.chars().next());
            at_word_start = true;
        } else if c.is_alphanumeric() {
            full.push(c);
            if at_word_start {
                initials.push(c);
            }
            at_word_start = false;
        } else {
            at_word_start = true;
        }
    }
    (full, initials)
}

/// The key lists sort by: the pinyin/folded reading, so 张伟 files under Z
/// between "Zhang Min" and "Zoe", then the original text to break ties.
pub fn sort_key(text: &str) -> String {
    let (full, _) = romanize(text);
    format!("{full}\u{0}{text}")
}

/// The A–Z section a name is listed under; `#` for names that start with
/// neither a Latin letter nor a Chinese character.
pub fn section_letter(text: &str) -> char {
    match romanize(text).0.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        _ => '#',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_width_and_spaces() {
        assert_eq!(fold("  María   GARCÍA "), "maria garcia");
        assert_eq!(fold("Müller"), "muller");
        assert_eq!(fold("ｚｈａｎｇ　１３８"), "zhang 138");
        assert_eq!(fold("张伟"), "张伟");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn reads_chinese_as_pinyin() {
        assert_eq!(romanize("张伟"), ("zhangwei".into(), "zw".into()));
        assert_eq!(romanize("李娜, Acme"), ("lina acme".replace(' ', ""), "lna".into()));
        assert_eq!(romanize("Li Na"), ("lina".into(), "ln".into()));
        assert!(has_han("Dr. 王"));
        assert!(!has_han("Wang"));
    }

    #[test]
    fn chinese_names_sort_among_latin_ones_by_pinyin() {
        let mut names = vec!["Zoe", "张伟", "Anna", "王芳", "Zhang Min", "李娜"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, ["Anna", "李娜", "王芳", "Zhang Min", "张伟", "Zoe"]);
    }

    #[test]
    fn sections() {
        assert_eq!(section_letter("张伟"), 'Z');
        assert_eq!(section_letter("anna"), 'A');
        assert_eq!(section_letter("Émile"), 'E');
        assert_eq!(section_letter("123 Corp"), '#');
        assert_eq!(section_letter(""), '#');
    }
}
