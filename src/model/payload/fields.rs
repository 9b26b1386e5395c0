//! The `NAME:value;NAME:value;;` layout shared by MECARD, BIZCARD, MATMSG
//! and WIFI payloads, with their backslash escapes (`\;` `\:` `\,` `\\`).

/// Splits `text` at every `sep` not escaped by a backslash. Escapes stay
/// in the pieces, so they can be split again (MECARD `N:Family,Given`).
pub(super) fn split_escaped(text: &str, sep: char) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == sep {
            pieces.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// Undoes the backslash escapes. A backslash before any other character,
/// or at the very end, is kept: generators that do not escape write
/// Windows paths and emoticons too.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('\\', Some(&next @ (';' | ':' | ',' | '\\' | '"'))) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// The fields after a `MECARD:`-style prefix, as (upper-case name,
/// still-escaped value), in order. Fields without a colon and empty
/// fields (the closing `;;`) are skipped.
pub(super) fn tagged_fields(body: &str) -> Vec<(String, &str)> {
    split_escaped(body, ';')
        .into_iter()
        .filter_map(|field| {
            // Generators put line breaks between fields for readability.
            let field = field.trim_start_matches(['\r', '\n']);
            let colon = split_escaped(field, ':').first()?.len();
            let value = field.get(colon + 1..)?;
            let name = field[..colon].trim().to_ascii_uppercase();
            (!name.is_empty()).then_some((name, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_unescaped_separators_only() {
        assert_eq!(split_escaped(r"a\;b;c", ';'), vec![r"a\;b", "c"]);
        assert_eq!(split_escaped(r"a\\;b", ';'), vec![r"a\\", "b"]);
        assert_eq!(split_escaped("", ';'), vec![""]);
        assert_eq!(split_escaped("张,伟", ','), vec!["张", "伟"]);
    }

    #[test]
    fn unescapes() {
        assert_eq!(unescape(r#"a\;b\:c\,d\\e\"f"#), "a;b:c,d\\e\"f");
        assert_eq!(unescape(r"C:\Users\n"), r"C:\Users\n");
        assert_eq!(unescape("end\\"), "end\\");
    }

    #[test]
    fn fields_keep_colons_in_values() {
        let fields = tagged_fields("N:Doe;URL:https://x.example:8080/a;NOTE:a\\;b;;");
        assert_eq!(
            fields,
            vec![
                ("N".to_owned(), "Doe"),
                ("URL".to_owned(), "https://x.example:8080/a"),
                ("NOTE".to_owned(), "a\\;b"),
            ]
        );
        assert!(tagged_fields(";;no colon;:x;").is_empty());
    }
}
