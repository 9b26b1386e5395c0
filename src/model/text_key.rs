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
    fold_into(&mut out, text);
    out
}

/// [`fold`] of `text`, appended to `out` (so several texts can share one
/// buffer).
pub fn fold_into(out: &mut String, text: &str) {
    if !text.chars().all(folds_to_itself) {
        return fold_unicode_into(out, text);
    }
    // Most fields are plain ASCII or Chinese: no accents to strip, no
    // full-width forms, only ASCII case and spaces to fold.
    let start = out.len();
    let mut last_space = true;
    for c in text.chars() {
        // `char::is_whitespace` on ASCII: the ASCII white space and vertical tab.
        if c.is_ascii_whitespace() || c == '\u{0B}' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c.to_ascii_lowercase());
            last_space = false;
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// ASCII, and the CJK Unified Ideographs (which have no decomposition,
/// case or width to fold): the characters the quick path of [`fold_into`]
/// handles.
fn folds_to_itself(c: char) -> bool {
    c.is_ascii() || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// [`fold_into`] for any text: decomposed, marks dropped, widths and case
/// folded.
fn fold_unicode_into(out: &mut String, text: &str) {
    let start = out.len();
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
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
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
    romanize_folded_into(&fold(text), &mut full, &mut initials);
    (full, initials)
}

/// [`romanize`] of text that is already [`fold`]ed, appended to `full` and
/// `initials`. Returns whether it read any Chinese character (whether the
/// reading adds anything to the text itself).
pub fn romanize_folded_into(folded: &str, full: &mut String, initials: &mut String) -> bool {
    if !folded.is_ascii() {
        return romanize_unicode_into(folded, full, initials);
    }
    // No Chinese: the reading is the letters and digits, word by word.
    let mut at_word_start = true;
    for b in folded.bytes() {
        if b.is_ascii_alphanumeric() {
            full.push(b as char);
            if at_word_start {
                initials.push(b as char);
            }
            at_word_start = false;
        } else {
            at_word_start = true;
        }
    }
    false
}

fn romanize_unicode_into(folded: &str, full: &mut String, initials: &mut String) -> bool {
    let mut han = false;
    let mut at_word_start = true;
    for c in folded.chars() {
        if let Some(reading) = c.to_pinyin() {
            han = true;
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
    han
}

/// The key lists sort by: the pinyin/folded reading, so 张伟 files under Z
/// between "Zhang Min" and "Zoe", then the original text to break ties.
pub fn sort_key(text: &str) -> String {
    sort_key_and_section(text).0
}

/// The A–Z section a name is listed under; `#` for names that start with
/// neither a Latin letter nor a Chinese character.
pub fn section_letter(text: &str) -> char {
    sort_key_and_section(text).1
}

/// [`sort_key`] and [`section_letter`] together, reading the text once.
pub fn sort_key_and_section(text: &str) -> (String, char) {
    let mut key = String::with_capacity(text.len() * 3 + 1);
    let mut initials = String::new();
    romanize_folded_into(&fold(text), &mut key, &mut initials);
    let letter = match key.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => c.to_ascii_uppercase(),
        _ => '#',
    };
    key.push('\u{0}');
    key.push_str(text);
    (key, letter)
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
    fn ascii_fast_paths_agree_with_the_general_ones() {
        let all_ascii: String = (0u8..128).map(char::from).collect();
        for text in [all_ascii.as_str(), "  Wei  ZHANG\t\x0b-007 ", "a\x1cb", "", " ", "Li Na, Acme"] {
            let (mut fast, mut general) = (String::from("x"), String::from("x"));
            fold_into(&mut fast, text);
            fold_unicode_into(&mut general, text);
            assert_eq!(fast, general, "fold {text:?}");
            let (mut fast_full, mut fast_initials) = (String::new(), String::new());
            let (mut full, mut initials) = (String::new(), String::new());
            assert!(!romanize_folded_into(&fast[1..], &mut fast_full, &mut fast_initials));
            assert!(!romanize_unicode_into(&fast[1..], &mut full, &mut initials));
            assert_eq!((fast_full, fast_initials), (full, initials), "romanize {text:?}");
        }
        let ideographs: String = ('\u{4E00}'..='\u{9FFF}').collect();
        for text in [ideographs.as_str(), "张伟 Wei  ZHANG ", " 李娜,\tAcme"] {
            let (mut fast, mut general) = (String::new(), String::new());
            fold_into(&mut fast, text);
            fold_unicode_into(&mut general, text);
            assert_eq!(fast, general);
        }
        assert_eq!(sort_key_and_section("张伟"), (sort_key("张伟"), 'Z'));
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
