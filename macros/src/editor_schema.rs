//! `error-codes.schema.json`, the JSON Schema editors check the table with while typing
//! (taplo, the engine of Even Better TOML, reads the `#:schema` line at the top of the
//! table), held to the macro's rules so that the two cannot drift apart:
//!
//! - the real table passes it, and names it;
//! - every broken table in `tests/broken-tables/` fails it, unless `tests/schema-accepts.txt`
//!   lists it with the mistake a schema cannot see (a duplicate across rows, a keyword,
//!   Markdown); a broken table that is not TOML at all is the editor's parser's to flag;
//! - it never rejects a table the macro accepts, and it rejects a reason phrase exactly
//!   when the macro does (property tests);
//! - its status range and keys are the macro's.
//!
//! The schema is a file of the crate (a symbolic link to the workspace's in the
//! repository, a copy in the packaged crate), so these tests read nothing outside it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::Value;

use crate::pipeline::check_text;
use crate::table::ROW_KEYS;
use crate::validate::STATUS_RANGE;

const LIST: &str = "tests/schema-accepts.txt";

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let text = std::fs::read_to_string(crate_dir().join("error-codes.schema.json"))
        .expect("the schema beside the table");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validator() -> Validator {
    jsonschema::validator_for(&schema()).expect("the schema is a valid JSON Schema")
}

/// What the schema says of a table's text.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// Not UTF-8 or not TOML: the editor's TOML parser reports it before any schema.
    NotToml,
    /// Every place the schema rejects, as `path: message`.
    Rejected(Vec<String>),
    Accepted,
}

/// The table as an editor's TOML extension checks it: TOML read into JSON, then validated.
fn verdict(validator: &Validator, bytes: &[u8]) -> Verdict {
    let Some(json) = (std::str::from_utf8(bytes).ok()).and_then(|s| toml::from_str(s).ok()) else {
        return Verdict::NotToml;
    };
    let errors: Vec<String> = (validator.iter_errors(&json))
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    if errors.is_empty() {
        Verdict::Accepted
    } else {
        Verdict::Rejected(errors)
    }
}

/// `tests/schema-accepts.txt`: each broken table the schema accepts, and why (`name: why`).
fn listed_as_beyond_the_schema() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(crate_dir().join(LIST)).expect("the list");
    (text.lines())
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, why) = (line.split_once(':'))
                .unwrap_or_else(|| panic!("{LIST}: `name: why` expected, found {line:?}"));
            assert!(!why.trim().is_empty(), "{LIST}: say why for {name}");
            (name.trim().to_owned(), why.trim().to_owned())
        })
        .collect()
}

fn broken_tables() -> Vec<PathBuf> {
    let dir = crate_dir().join("tests/broken-tables");
    let mut tables: Vec<PathBuf> = (std::fs::read_dir(dir).expect("the broken tables"))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    tables.sort();
    tables
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn the_real_table_names_the_schema_on_its_first_line_and_passes_it() {
    let table = crate_dir().join("error-codes.toml");
    let source = std::fs::read_to_string(&table).unwrap();
    let first = source.lines().next().unwrap_or_default();
    let named = (first.strip_prefix("#:schema "))
        .unwrap_or_else(|| panic!("the table's first line is no `#:schema` directive: {first:?}"));
    let named = table.parent().unwrap().join(named.trim());
    assert_eq!(
        std::fs::read(&named).ok(),
        std::fs::read(crate_dir().join("error-codes.schema.json")).ok(),
        "the directive names {}, not the tested schema",
        named.display()
    );
    assert!(check_text(&source).is_ok(), "the macro accepts the table");
    assert_eq!(verdict(&validator(), source.as_bytes()), Verdict::Accepted);
}

#[test]
fn each_broken_table_fails_the_schema_or_is_listed_as_beyond_it() {
    let validator = validator();
    let mut listed = listed_as_beyond_the_schema();
    let mut wrong = String::new();
    let tables = broken_tables();
    assert!(tables.len() > 20, "the folder lost its tables: {tables:?}");
    for table in &tables {
        let name = stem(table);
        let why = listed.remove(&name);
        match (verdict(&validator, &std::fs::read(table).unwrap()), why) {
            (Verdict::Accepted, None) => writeln!(
                wrong,
                "{name}: the schema accepts this broken table; make the schema reject its \
                 mistake, or list it in {LIST} with what only the macro can see"
            ),
            (Verdict::Rejected(errors), Some(_)) => writeln!(
                wrong,
                "{name}: the schema rejects it ({}); remove it from {LIST}",
                errors.join("; ")
            ),
            (Verdict::NotToml, Some(_)) => writeln!(
                wrong,
                "{name}: not TOML, which the editor flags before any schema; remove it from {LIST}"
            ),
            _ => Ok(()),
        }
        .unwrap();
    }
    for name in listed.keys() {
        writeln!(wrong, "{name}: listed in {LIST}, but no such broken table").unwrap();
    }
    assert!(wrong.is_empty(), "{wrong}");
}

#[test]
fn the_schema_has_the_macros_status_range_and_row_keys() {
    let schema = schema();
    let row = &schema["definitions"]["row"];
    let status = &row["properties"]["status"];
    assert_eq!(status["minimum"], u64::from(*STATUS_RANGE.start()));
    assert_eq!(status["maximum"], u64::from(*STATUS_RANGE.end()));
    let mut keys: Vec<&str> = (row["properties"].as_object().unwrap().keys())
        .map(String::as_str)
        .collect();
    let mut expected: Vec<&str> = ROW_KEYS.to_vec();
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(row["additionalProperties"], false);
}

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => write!(out, "\\U{:08X}", u32::from(c)).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text with the characters the rules are about: ASCII, whitespace of every kind, line
/// breaks, controls and text-direction controls, and any other character.
fn tricky_text(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    let char = prop_oneof![
        4 => prop::char::range('a', 'z'),
        1 => prop::sample::select(vec![
            ' ', '\t', '\n', '\r', '\u{b}', '\u{85}', '\u{a0}', '\u{2028}', '\u{3000}',
            '\u{7}', '\u{7f}', '\u{9f}', '\u{202e}', '\u{2066}', '\u{200d}', '\u{feff}', '-',
        ]),
        1 => any::<char>(),
    ];
    prop::collection::vec(char, len).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    /// A reason phrase's rules (not empty, one line, no control character, no whitespace at
    /// the ends) can all be said in a schema, so it must say exactly them. An explicit name
    /// keeps the macro from deriving one from the phrase.
    #[test]
    fn the_schema_rejects_a_reason_phrase_exactly_when_the_macro_does(phrase in tricky_text(0..6)) {
        let source = format!(
            "[[code]]\nstatus = 404\nreason_phrase = {}\ndescription = \"d\"\nname = \"NotFound\"\n",
            toml_string(&phrase)
        );
        let by_macro = check_text(&source).is_ok();
        let by_schema = verdict(&validator(), source.as_bytes());
        prop_assert_eq!(by_macro, by_schema == Verdict::Accepted, "{:?}: {:?}", phrase, by_schema);
    }

    /// The schema is never stricter than the macro: a table the macro accepts raises no
    /// warning in the editor.
    #[test]
    fn the_schema_accepts_every_table_the_macro_accepts(
        status in 0..700i64,
        phrase in tricky_text(1..8),
        description in tricky_text(0..12),
        name in prop::option::of("[A-Za-z_][A-Za-z0-9_]{0,6}"),
        retryable in prop::option::of(any::<bool>()),
    ) {
        let mut source = format!(
            "[[code]]\nstatus = {status}\nreason_phrase = {}\ndescription = {}\n",
            toml_string(&phrase),
            toml_string(&description)
        );
        if let Some(name) = name {
            writeln!(source, "name = {}", toml_string(&name)).unwrap();
        }
        if let Some(retryable) = retryable {
            writeln!(source, "retryable = {retryable}").unwrap();
        }
        if check_text(&source).is_ok() {
            prop_assert_eq!(verdict(&validator(), source.as_bytes()), Verdict::Accepted, "{}", source);
        }
    }
}
