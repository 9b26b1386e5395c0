//! vCard text → content lines: unfolding, quoted-printable soft breaks,
//! then `group.NAME;PARAM=v:value` split into parts. Works on bytes because
//! vCard 2.1 files may carry GBK or Big5 bytes that are not UTF-8.

use crate::model::VcardParam;

/// One property as written in the file, its value not yet decoded.
#[derive(Debug, Clone)]
pub(super) struct RawProperty {
    /// 1-based line on which the property starts, for error messages and tests.
    #[allow(dead_code)]
    pub line: usize,
    pub group: String,
    /// As written (`X-ABLabel`); compare with [`RawProperty::is`].
    pub name: String,
    pub params: Vec<VcardParam>,
    pub value: Vec<u8>,
}

impl RawProperty {
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }

    /// All values of parameter `name` (case-insensitive), e.g. every TYPE.
    pub fn param_values(&self, name: &str) -> Vec<&str> {
        self.params
            .iter()
            .filter(|p| p.name.eq_ignore_ascii_case(name))
            .flat_map(|p| p.values.iter().map(String::as_str))
            .collect()
    }

    pub fn param(&self, name: &str) -> Option<&str> {
        self.param_values(name).into_iter().next()
    }

    pub fn has_type(&self, wanted: &str) -> bool {
        // `TYPE="work,voice"` (quoted, vCard 4.0) is two types too.
        self.param_values("TYPE")
            .into_iter()
            .flat_map(|t| t.split(','))
            .any(|t| t.trim().eq_ignore_ascii_case(wanted))
    }

    pub fn encoding(&self) -> Option<&str> {
        self.param("ENCODING")
    }

    pub fn is_quoted_printable(&self) -> bool {
        self.encoding().is_some_and(|e| {
            e.eq_ignore_ascii_case("QUOTED-PRINTABLE") || e.eq_ignore_ascii_case("Q")
        })
    }

    pub fn is_base64(&self) -> bool {
        self.encoding()
            .is_some_and(|e| e.eq_ignore_ascii_case("BASE64") || e.eq_ignore_ascii_case("B"))
    }
}

/// Physical lines, split at CRLF, LF or a lone CR, with their 1-based numbers.
fn physical_lines(input: &[u8]) -> Vec<(usize, &[u8])> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < input.len() {
        match input[i] {
            b'\n' => {
                lines.push((lines.len() + 1, &input[start..i]));
                start = i + 1;
            }
            b'\r' => {
                lines.push((lines.len() + 1, &input[start..i]));
                if input.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < input.len() {
        lines.push((lines.len() + 1, &input[start..]));
    }
    lines
}

/// Joins folded lines into logical lines and parses each into a property.
/// Lines that are not properties (no colon) are skipped: real exports
/// contain stray junk, and one bad line should not lose a whole address book.
pub(super) fn properties(input: &[u8]) -> Vec<RawProperty> {
    let mut out: Vec<RawProperty> = Vec::new();
    // (first line number, logical line, whether its value is base64)
    let mut current: Option<(usize, Vec<u8>, bool)> = None;
    let lines = physical_lines(input);
    let mut idx = 0;
    while idx < lines.len() {
        let (number, line) = lines[idx];
        idx += 1;
        if let Some((_, logical, base64)) = current.as_mut() {
            // RFC 2425/6350 folding: a line starting with space or tab continues the last.
            if let Some((&(b' ' | b'\t'), rest)) = line.split_first() {
                logical.extend_from_slice(rest);
                continue;
            }
            // vCard 2.1 base64 written without indentation (some old exporters):
            // a bare run of base64 characters continues a base64 value.
            if !line.is_empty()
                && !line.contains(&b':')
                && line
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
                && *base64
            {
                logical.extend_from_slice(line);
                continue;
            }
        }
        if let Some((start, logical, _)) = current.take() {
            out.extend(parse_line(start, &logical));
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut logical = line.to_vec();
        // Quoted-printable soft line breaks: a value ending in '=' goes on
        // on the next physical line, which is not indented.
        let quoted_printable = header_says_qp(&logical);
        while quoted_printable && logical.last() == Some(&b'=') && idx < lines.len() {
            logical.pop();
            let next = lines[idx].1;
            idx += 1;
            logical.extend_from_slice(next);
        }
        let base64 = header_says_base64(&logical);
        current = Some((number, logical, base64));
    }
    if let Some((start, logical, _)) = current.take() {
        out.extend(parse_line(start, &logical));
    }
    out
}

fn header_of(line: &[u8]) -> &[u8] {
    match find_value_colon(line) {
        Some(colon) => &line[..colon],
        None => line,
    }
}

fn header_says_qp(line: &[u8]) -> bool {
    let header = header_of(line).to_ascii_uppercase();
    contains(&header, b"QUOTED-PRINTABLE")
        || contains(&header, b"ENCODING=Q;")
        || header.ends_with(b"ENCODING=Q")
}

fn header_says_base64(line: &[u8]) -> bool {
    let header = header_of(line).to_ascii_uppercase();
    contains(&header, b"BASE64") || contains(&header, b"ENCODING=B")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Position of the colon that separates header from value: the first one
/// outside a double-quoted parameter value.
fn find_value_colon(line: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    // An unbalanced quote: fall back to the first colon rather than give up.
    line.iter().position(|&b| b == b':')
}

fn parse_line(line_number: usize, line: &[u8]) -> Option<RawProperty> {
    let colon = find_value_colon(line)?;
    let header = String::from_utf8_lossy(&line[..colon]);
    let value = line[colon + 1..].to_vec();
    let mut parts = split_params(&header).into_iter();
    let full_name = parts.next()?.trim().to_owned();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((group, name)) => (group.to_owned(), name.to_owned()),
        None => (String::new(), full_name),
    };
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return None;
    }
    let params = parts.filter_map(|p| parse_param(&p)).collect();
    Some(RawProperty {
        line: line_number,
        group,
        name,
        params,
        value,
    })
}

/// Splits `NAME;A=1;B="x;y"` at semicolons outside quotes.
fn split_params(header: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    for c in header.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                parts.last_mut().expect("never empty").push(c);
            }
            ';' if !quoted => parts.push(String::new()),
            _ => parts.last_mut().expect("never empty").push(c),
        }
    }
    parts
}

fn parse_param(text: &str) -> Option<VcardParam> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let Some((name, raw_values)) = text.split_once('=') else {
        // vCard 2.1 bare parameter: `TEL;CELL;VOICE:` means TYPE=CELL,VOICE;
        // a bare encoding name means ENCODING=…
        let upper = text.to_ascii_uppercase();
        let name = match upper.as_str() {
            "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" => "ENCODING",
            _ => "TYPE",
        };
        return Some(VcardParam {
            name: name.to_owned(),
            values: vec![text.to_owned()],
        });
    };
    let mut values = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in raw_values.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => values.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    values.push(current);
    let values = values
        .into_iter()
        .map(|v| unescape_param(v.trim()))
        .filter(|v| !v.is_empty())
        .collect();
    Some(VcardParam {
        name: name.trim().to_owned(),
        values,
    })
}

/// RFC 6868 parameter escapes: `^n` newline, `^'` double quote, `^^` caret.
fn unescape_param(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '^' {
            match chars.peek() {
                Some('n') | Some('N') => {
                    out.push('\n');
                    chars.next();
                }
                Some('\'') => {
                    out.push('"');
                    chars.next();
                }
                Some('^') => {
                    out.push('^');
                    chars.next();
                }
                _ => out.push('^'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(input: &str) -> Vec<String> {
        properties(input.as_bytes())
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    #[test]
    fn unfolds_lines_with_space_or_tab() {
        let props =
            properties(b"BEGIN:VCARD\r\nNOTE:hello\r\n  world\r\n\t again\r\nEND:VCARD\r\n");
        assert_eq!(props.len(), 3);
        assert_eq!(props[1].value, b"hello world again");
        assert_eq!(props[1].line, 2);
    }

    #[test]
    fn joins_quoted_printable_soft_breaks() {
        let props =
            properties(b"NOTE;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0=\r\n=E4=BC=9F\r\nTEL:1\r\n");
        assert_eq!(props[0].value, b"=E5=BC=A0=E4=BC=9F");
        assert_eq!(props[1].name, "TEL");
    }

    #[test]
    fn parses_groups_and_parameters() {
        let props = properties(
            b"item1.TEL;TYPE=\"work,voice\";pref:+1 555\nX-FOO;X-A=\"a;b:c\":v:w\nTEL;CELL;ENCODING=8BIT:2\n",
        );
        assert_eq!(props[0].group, "item1");
        assert_eq!(props[0].name, "TEL");
        assert!(
            props[0].has_type("WORK") && props[0].has_type("voice") && props[0].has_type("pref")
        );
        assert_eq!(props[0].value, b"+1 555");
        assert_eq!(props[1].param("X-A"), Some("a;b:c"));
        assert_eq!(props[1].value, b"v:w");
        assert!(props[2].has_type("cell"));
        assert_eq!(props[2].encoding(), Some("8BIT"));
    }

    #[test]
    fn skips_junk_and_accepts_any_line_ending() {
        assert_eq!(
            names("BEGIN:VCARD\rjunk line\r\nFN:x\n\n\nEND:VCARD"),
            ["BEGIN", "FN", "END"]
        );
        assert_eq!(names(":novalue\nbad name:1\n"), Vec::<String>::new());
    }

    #[test]
    fn unindented_base64_continues_a_photo() {
        let props = properties(b"PHOTO;ENCODING=BASE64:AAAA\nBBBB\nCC==\nEND:VCARD\n");
        assert_eq!(props[0].value, b"AAAABBBBCC==");
        assert_eq!(props[1].name, "END");
    }

    #[test]
    fn caret_escapes_in_parameters() {
        let props = properties(b"ADR;LABEL=\"a^nb ^'q^' ^^\":;;x\n");
        assert_eq!(props[0].param("LABEL"), Some("a\nb \"q\" ^"));
    }
}
