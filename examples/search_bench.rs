//! Search benchmark, native: the Contacts page's search and list work over
//! 10,000 generated contacts (the same shape as `tests/bench/list.mjs`).
//!
//! ```text
//! cargo run --release --example search_bench [-- --contacts 10000 --runs 21]
//! ```
//!
//! Prints medians of: building the search index and the list orders (what
//! the page does once per book), one search per query from scratch, and the
//! per-keystroke cost while typing (each query extends the previous one, as
//! in the browser benchmark). Baseline in the same run: a plain substring
//! scan of one lower-cased text per contact (no ranking, pinyin or
//! accents), which is about the least a search can do.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mingpian::model::{
    Contact, ContactId, ContactList, ListQuery, Phone, PhoneKind, SearchIndex, Tag, TagId,
};

const SURNAMES: [&str; 14] =
    ["王", "李", "张", "刘", "陈", "杨", "赵", "Smith", "García", "Müller", "Tanaka", "Kim", "Nguyen", "Okafor"];
const GIVEN: [&str; 12] = ["伟", "芳", "娜", "敏", "静", "Anna", "Ben", "Carla", "David", "Elif", "Femi", "Grace"];
const TAGS: [&str; 8] = ["WAIC 2026", "leads", "Shanghai", "New York", "investors", "press", "hiring", "partners"];
const WORDS: [&str; 5] = ["zhang", "garcia", "wang", "smith", "lifang"];

fn book(count: usize) -> (Vec<Contact>, Vec<Tag>) {
    let tags: Vec<Tag> = TAGS.iter().enumerate().map(|(i, name)| Tag::new(TagId::new(format!("t{i}")), *name)).collect();
    let contacts = (0..count)
        .map(|i| {
            let mut c = Contact::new(ContactId::new(format!("c{i}")), 1_700_000_000_000 + i as i64);
            let surname = SURNAMES[i % SURNAMES.len()];
            let space = if surname.chars().count() > 1 { " " } else { "" };
            c.name.formatted = format!("{surname}{space}{} {i}", GIVEN[(i * 7) % GIVEN.len()]);
            c.organization = format!("Company {}", i % 500);
            c.title = "Director".into();
            c.phones.push(Phone::new(PhoneKind::Cell, &format!("+86 138 {i:08}")));
            c.description = format!("Met at booth {}; follow up about the pilot.", i % 90);
            for t in [i % 8, (i * 3 + 1) % 8] {
                if !c.tags.contains(&tags[t].id) {
                    c.tags.push(tags[t].id.clone());
                }
            }
            c
        })
        .collect();
    (contacts, tags)
}

/// Median wall time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|at| args.get(at + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let count = arg("--contacts", 10_000);
    let runs = arg("--runs", 21);
    let (contacts, tags) = book(count);

    // Baseline: one lower-cased text per contact, scanned with `contains`.
    let plain: Vec<String> = contacts
        .iter()
        .map(|c| {
            let phones: Vec<&str> = c.phones.iter().map(|p| p.number.as_str()).collect();
            format!("{} {} {} {} {}", c.name.formatted, c.organization, c.title, c.description, phones.join(" ")).to_lowercase()
        })
        .collect();
    let scan = |q: &str| plain.iter().enumerate().filter(|(_, t)| t.contains(q)).map(|(i, _)| i).collect::<Vec<_>>();

    let build_index = median(runs, || {
        black_box(SearchIndex::build(&contacts, &tags, &[]));
    });
    let build_list = median(runs, || {
        black_box(ContactList::new(&contacts, &tags, &[]));
    });
    let build_plain = median(runs, || {
        black_box(contacts.iter().map(|c| c.name.formatted.to_lowercase()).collect::<Vec<_>>());
    });

    let index = SearchIndex::build(&contacts, &tags, &[]);
    let queries = ["z", "zhang", "zw", "garcia", "lifang", "company 42", "138 0000 12", "director"];
    println!("## Search, {count} contacts (median of {runs} runs, native release build)\n");
    println!("| work | time | baseline: plain substring scan |");
    println!("|---|---:|---:|");
    println!("| build the search index | {} | {} (lower-case every name) |", ms(build_index), ms(build_plain));
    println!("| build the list (A–Z and recent orders; index deferred) | {} | |", ms(build_list));
    for q in queries {
        let full = median(runs, || {
            black_box(index.search(q));
        });
        let base = median(runs, || {
            black_box(scan(q));
        });
        println!("| search {q:?} from scratch ({} hits) | {} | {} ({} hits) |", index.search(q).len(), ms(full), ms(base), scan(q).len());
    }

    // Typing: each keystroke extends the query, through the list as the page
    // uses it (a fresh list per word, so every word starts cold).
    let mut keystrokes = Vec::new();
    let mut scans = Vec::new();
    for _ in 0..runs.div_ceil(5) {
        for word in WORDS {
            let list = ContactList::new(&contacts, &tags, &[]);
            list.prepare_search(&contacts);
            for n in 1..=word.len() {
                let query = ListQuery { search: word[..n].to_owned(), ..Default::default() };
                let start = Instant::now();
                black_box(list.rows(&contacts, &query));
                keystrokes.push(start.elapsed());
                let start = Instant::now();
                black_box(scan(&word[..n]));
                scans.push(start.elapsed());
            }
        }
    }
    keystrokes.sort();
    scans.sort();
    println!(
        "| one keystroke while typing ({} keystrokes: {}) | {} | {} |",
        keystrokes.len(),
        WORDS.join(", "),
        ms(keystrokes[keystrokes.len() / 2]),
        ms(scans[scans.len() / 2])
    );
}
