//! Contacts as CSV for spreadsheets and CRMs: one row per contact, a
//! header row, RFC 4180 quoting, UTF-8 with a BOM so Excel shows Chinese.

use super::{format_millis_utc, Contact, Event, PhoneKind, Tag};

/// Column names, in order.
pub const CSV_HEADER: [&str; 24] = [
    "Display name",
    "Alias",
    "Full name",
    "Family name",
    "Given name",
    "Organization",
    "Department",
    "Title",
    "Mobile",
    "Work phone",
    "Home phone",
    "Fax",
    "Other phone",
    "Email",
    "Website",
    "Address",
    "WeChat ID",
    "WeChat QR link",
    "LinkedIn",
    "Other profiles",
    "Tags",
    "Event",
    "Met at (UTC)",
    "Description",
];

/// The CSV file's bytes. Several values in one cell (two mobiles, two
/// emails) are joined by `; `, as are tag names; addresses by ` | `, since
/// an address has commas of its own.
pub fn contacts_to_csv(contacts: &[Contact], tags: &[Tag], events: &[Event]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        // Writing to a Vec cannot fail; a failed row would only mean a shorter file.
        let _ = writer.write_record(CSV_HEADER);
        for contact in contacts {
            let _ = writer.write_record(
                row(contact, tags, events)
                    .iter()
                    .map(|cell| guard_formula(cell)),
            );
        }
        let _ = writer.flush();
    }
    out
}

fn row(c: &Contact, tags: &[Tag], events: &[Event]) -> Vec<String> {
    let phones = |kind: PhoneKind| {
        c.phones
            .iter()
            .filter(|p| p.kind == kind)
            .map(|p| p.number.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let tag_names: Vec<&str> = c
        .tags
        .iter()
        .filter_map(|id| tags.iter().find(|t| &t.id == id))
        .map(|t| t.name.as_str())
        .collect();
    let event = c
        .event
        .as_ref()
        .and_then(|id| events.iter().find(|e| &e.id == id))
        .map(|e| e.name.clone())
        .unwrap_or_default();
    vec![
        c.display_name(),
        c.alias.clone(),
        c.name.formatted.clone(),
        c.name.family.clone(),
        c.name.given.clone(),
        c.organization.clone(),
        c.department.clone(),
        c.title.clone(),
        phones(PhoneKind::Cell),
        phones(PhoneKind::Work),
        phones(PhoneKind::Home),
        phones(PhoneKind::Fax),
        phones(PhoneKind::Other),
        c.emails
            .iter()
            .map(|e| e.address.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        c.urls
            .iter()
            .map(|u| u.url.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        c.addresses
            .iter()
            .map(|a| a.one_line())
            .collect::<Vec<_>>()
            .join(" | "),
        c.wechat_id.clone(),
        c.wechat_qr.clone(),
        c.linkedin.clone(),
        c.profiles
            .iter()
            .map(|p| format!("{}: {}", p.service, p.url))
            .collect::<Vec<_>>()
            .join("; "),
        tag_names.join("; "),
        event,
        c.met_at.map(format_millis_utc).unwrap_or_default(),
        c.description.clone(),
    ]
}

/// Spreadsheets run a cell starting with `=`, `+`, `-` or `@` as a formula,
/// and scanned cards are untrusted input (CSV injection). Such cells get a
/// leading `'`, except phone-number-like ones (`+86 138…; 139…`), which stay
/// readable.
fn guard_formula(cell: &str) -> String {
    let risky = match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !cell
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_digit() || " ()-./;".contains(c)),
        _ => false,
    };
    if risky {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn parse(bytes: &[u8]) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes).unwrap();
        let text = text.strip_prefix('\u{feff}').expect("BOM");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn one_row_per_contact_with_names_not_ids() {
        let tags = vec![Tag::new("t1", "投资人"), Tag::new("t2", "VIP")];
        let events = vec![Event::new("e1", "深圳创业周")];
        let mut c = Contact::new("c1", 0);
        c.alias = "老张".into();
        c.name.formatted = "张伟".into();
        c.organization = "腾云科技, Inc.".into();
        c.phones = vec![
            Phone::new(PhoneKind::Cell, "+86 138 0013 8000"),
            Phone::new(PhoneKind::Cell, "139"),
            Phone::new(PhoneKind::Fax, "010-1"),
        ];
        c.emails = vec![Email::new(PlaceKind::Work, "zw@example.cn")];
        c.tags = vec!["t1".into(), "t2".into(), "gone".into()];
        c.event = Some("e1".into());
        c.met_at = Some(1_710_408_600_000);
        c.description = "第一行 \"quoted\"\n第二行".into();
        let other = Contact::new("c2", 0);
        let bytes = contacts_to_csv(&[c, other], &tags, &events);
        assert!(bytes.starts_with(b"\xEF\xBB\xBFDisplay name,Alias,"));
        let rows = parse(&bytes);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], CSV_HEADER);
        let col = |name: &str| CSV_HEADER.iter().position(|h| *h == name).unwrap();
        let r = &rows[1];
        assert_eq!(r[col("Display name")], "老张");
        assert_eq!(r[col("Organization")], "腾云科技, Inc.");
        assert_eq!(r[col("Mobile")], "+86 138 0013 8000; 139");
        assert_eq!(r[col("Fax")], "010-1");
        assert_eq!(r[col("Tags")], "投资人; VIP");
        assert_eq!(r[col("Event")], "深圳创业周");
        assert_eq!(r[col("Met at (UTC)")], "2024-03-14T09:30:00Z");
        assert_eq!(r[col("Description")], "第一行 \"quoted\"\n第二行");
        assert!(rows[2].iter().all(String::is_empty));
        // RFC 4180: quotes doubled, CRLF row ends.
        let text = String::from_utf8(bytes).unwrap();
        assert!(
            text.contains("\"第一行 \"\"quoted\"\"\n第二行\"\r\n"),
            "{text}"
        );
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(
            guard_formula("=HYPERLINK(\"http://evil\")"),
            "'=HYPERLINK(\"http://evil\")"
        );
        assert_eq!(guard_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            guard_formula("+1+cmd|' /C calc'!A0"),
            "'+1+cmd|' /C calc'!A0"
        );
        assert_eq!(guard_formula("-2+3"), "'-2+3");
        assert_eq!(guard_formula("+86 (138) 0013-8000"), "+86 (138) 0013-8000");
        assert_eq!(guard_formula("张伟"), "张伟");
        assert_eq!(guard_formula(""), "");
    }
}
