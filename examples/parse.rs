//! Reads business-card files and prints what the model makes of them.
//!
//! ```text
//! cargo run --release --example parse -- FILE...
//! ```
//!
//! Each FILE is a vCard file (any number of cards) or a text file holding
//! one QR payload (MECARD, BIZCARD, a WeChat or LinkedIn link…, in UTF-8,
//! GBK or Shift_JIS); it goes through `mingpian::model::parse_file`. For
//! each file, one line of JSON:
//!
//! ```text
//! {"path":"a.vcf","contacts":[{"contact":{…},"tag_names":[…],"portrait":{"mime":"image/jpeg","size":5123}}]}
//! {"path":"wifi.txt","contacts":[],"payload":"wifi"}
//! {"path":"url.txt","contacts":[],"payload":"url","link":"https://example.com"}
//! {"path":"b.png","error":"this is binary data, not a vCard text file"}
//! ```
//!
//! `contact` is the model's `Contact` as stored; `tag_names` are the card's
//! categories (not yet tag ids); `portrait` gives an embedded photo's type
//! and size in bytes, not its base64, to keep lines short. A file with no
//! contact also says what kind of payload it holds (`payload`, see
//! `ScannedPayload::kind`) and the link the app would offer, if any. The
//! exit code is 1 if any file could not be read or parsed, 2 without
//! arguments.

use mingpian::model::{parse_file, read_scanned, Contact, ImportedCard};
use serde::Serialize;
use std::process::ExitCode;

/// One output line. Structs, not `json!`, so keys keep this order.
#[derive(Serialize)]
struct FileReport<'a> {
    path: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    contacts: Option<Vec<CardReport<'a>>>,
    /// For a file without contacts: what its payload is.
    #[serde(skip_serializing_if = "Option::is_none")]
    payload: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct CardReport<'a> {
    contact: &'a Contact,
    tag_names: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    portrait: Option<PortraitReport<'a>>,
}

#[derive(Serialize)]
struct PortraitReport<'a> {
    mime: &'a str,
    size: usize,
}

fn card_report(card: &ImportedCard) -> CardReport<'_> {
    CardReport {
        contact: &card.contact,
        tag_names: &card.tag_names,
        portrait: card.portrait.as_ref().map(|p| PortraitReport {
            mime: &p.mime,
            size: p.bytes.len(),
        }),
    }
}

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: parse FILE...");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &paths {
        let parsed = match std::fs::read(path) {
            Err(e) => Err(format!("cannot read file: {e}")),
            Ok(bytes) => parse_file(&bytes)
                .map(|cards| {
                    // No contact: say what the payload is instead.
                    let scanned = cards.is_empty().then(|| read_scanned(&bytes));
                    (cards, scanned)
                })
                .map_err(|e| e.to_string()),
        };
        let line = match &parsed {
            Ok((cards, scanned)) => serde_json::to_string(&FileReport {
                path,
                contacts: Some(cards.iter().map(card_report).collect()),
                payload: scanned.as_ref().map(|s| s.kind()),
                link: scanned.as_ref().and_then(|s| s.link()),
                error: None,
            }),
            Err(error) => {
                failed = true;
                serde_json::to_string(&FileReport {
                    path,
                    contacts: None,
                    payload: None,
                    link: None,
                    error: Some(error.clone()),
                })
            }
        };
        match line {
            Ok(line) => println!("{line}"),
            Err(e) => {
                failed = true;
                eprintln!("{path}: cannot print result: {e}");
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
