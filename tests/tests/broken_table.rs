//! The promise made to maintainers: a mistake in `error-codes.toml` fails the build of the
//! runtime, with all its features, with exactly one error per mistake, located in the
//! table, and nothing else (no error about the code that uses the enum).
//!
//! Copies the runtime crate into a temporary directory, breaks a copy of the real table in
//! one way per case, and builds it with the real cargo.

mod scratch;

use std::path::{Path, PathBuf};

use scratch::workspace;

/// One way to break the table: what to do to it, and where each error must point, as
/// `(text, n)`: the `n`th occurrence (from 0) of `text` in the broken table.
struct Case {
    name: &'static str,
    broken: Vec<u8>,
    expected: Vec<(String, usize)>,
}

fn real_table() -> String {
    std::fs::read_to_string(workspace().join("error-codes.toml")).expect("the real table")
}

/// A row of the real table, as far as the cases need it.
struct Row {
    status: i64,
    reason_phrase: String,
    /// Whether the row names its variant, rather than deriving it from the phrase.
    named: bool,
}

impl Row {
    /// The row's `status` line, which starts the row in the table's layout.
    fn status_line(&self) -> String {
        format!("status = {}\n", self.status)
    }

    fn reason_phrase_key(&self) -> String {
        format!("reason_phrase = \"{}\"", self.reason_phrase)
    }
}

/// The real table's rows, so that the cases break whatever rows it has today: no case
/// names a status or a phrase of the table.
fn real_rows() -> Vec<Row> {
    let table: toml::Table = real_table().parse().expect("the real table is TOML");
    let rows = table["code"].as_array().expect("[[code]] rows");
    (rows.iter())
        .map(|row| Row {
            status: row["status"].as_integer().expect("a status"),
            reason_phrase: row["reason_phrase"].as_str().expect("a phrase").to_owned(),
            named: row.get("name").is_some(),
        })
        .collect()
}

/// The real table with the one occurrence of `from` replaced by `to`.
fn edit(from: &str, to: &str) -> Vec<u8> {
    let table = real_table();
    assert_eq!(table.matches(from).count(), 1, "`{from}` is not unique");
    table.replacen(from, to, 1).into_bytes()
}

/// The real table without the `description` of the row that starts with `row`.
fn without_description(row: &str) -> String {
    const KEY: &str = "description = \"\"\"";
    const CLOSE: &str = "\"\"\"";
    let table = real_table();
    let start = table.find(row).expect("the row") + row.len();
    let key = start + table[start..].find(KEY).expect("a description");
    let body = key + KEY.len();
    let end = body + table[body..].find(CLOSE).expect("its end") + CLOSE.len();
    format!("{}{}", &table[..key], &table[end..])
}

fn cases() -> Vec<Case> {
    let rows = real_rows();
    assert!(rows.len() >= 3, "the cases break three different rows");
    let (first, second, last) = (&rows[0], &rows[1], &rows[rows.len() - 1]);
    // The variant another row derives from its phrase, asked for again in another case.
    let derived = (rows.iter().skip(1))
        .find(|row| !row.named && row.reason_phrase.chars().any(char::is_uppercase))
        .expect("a row whose variant is its phrase in UpperCamelCase");
    let third = (rows.iter().skip(1))
        .find(|row| row.status != derived.status)
        .expect("a third row");

    let mut not_utf8 = edit(
        &first.reason_phrase_key(),
        &format!("reason_phrase = \"\u{fffd}{}\"", first.reason_phrase),
    );
    let at = (not_utf8.windows(3))
        .position(|w| w == "\u{fffd}".as_bytes())
        .expect("the marker");
    not_utf8.splice(at..at + 3, [0xff]);
    let unterminated = format!("reason_phrase = \"{}", second.reason_phrase);
    let misspelt = format!("reason_phrse = \"{}\"", second.reason_phrase);
    let lowercase = format!(
        "reason_phrase = \"{}\"",
        derived.reason_phrase.to_lowercase()
    );
    vec![
        Case {
            // The example of the issue: 12 errors before.
            name: "duplicate status",
            broken: edit(&second.status_line(), &first.status_line()),
            expected: vec![(first.status_line(), 1)],
        },
        Case {
            name: "TOML syntax error",
            broken: edit(&second.reason_phrase_key(), &unterminated),
            expected: vec![(unterminated.clone(), 0)],
        },
        Case {
            // The client names variants of the table; an empty phrase must not cascade.
            name: "empty reason phrase",
            broken: edit(&derived.reason_phrase_key(), "reason_phrase = \"\""),
            expected: vec![("reason_phrase = \"\"".to_owned(), 0)],
        },
        Case {
            name: "misspelt key",
            broken: edit(&second.reason_phrase_key(), &misspelt),
            expected: vec![("reason_phrse".to_owned(), 0)],
        },
        Case {
            // Three mistakes in one row: each once, in one build.
            name: "a row without description, out of range, with a duplicate derived name",
            broken: without_description(&third.status_line())
                .replacen(&third.status_line(), "status = 700\n", 1)
                .replacen(&third.reason_phrase_key(), &lowercase, 1)
                .into_bytes(),
            expected: vec![
                ("[[code]]\nstatus = 700".to_owned(), 0),
                ("status = 700".to_owned(), 0),
                (lowercase.clone(), 0),
            ],
        },
        Case {
            name: "reserved variant name",
            broken: edit(
                &last.status_line(),
                &format!("{}name = \"Self\"\n", last.status_line()),
            ),
            expected: vec![("name = \"Self\"".to_owned(), 0)],
        },
        Case {
            name: "a table that is not UTF-8",
            broken: not_utf8,
            expected: vec![(
                format!("reason_phrase = \"\u{fffd}{}", first.reason_phrase),
                0,
            )],
        },
    ]
}

/// A copy of the runtime crate in `dir` that uses this checkout's macro crate; its own
/// workspace, so the copy builds alone.
fn write_runtime_copy(dir: &Path) {
    let runtime = workspace().join("runtime");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    for entry in std::fs::read_dir(runtime.join("src")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("src").join(path.file_name().unwrap())).unwrap();
    }
    let root: toml::Table = std::fs::read_to_string(workspace().join("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let mut manifest: toml::Table = std::fs::read_to_string(runtime.join("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let package = manifest["package"].as_table_mut().unwrap();
    for (key, value) in root["workspace"]["package"].as_table().unwrap() {
        if package.contains_key(key) {
            package.insert(key.clone(), value.clone());
        }
    }
    package.remove("readme");
    let mut macros = toml::Table::new();
    let macros_dir = workspace().join("macros").display().to_string();
    macros.insert("path".into(), macros_dir.into());
    manifest["dependencies"]
        .as_table_mut()
        .unwrap()
        .insert("picsart-error-codes-macros".into(), macros.into());
    for section in ["dev-dependencies", "bench", "example"] {
        manifest.remove(section);
    }
    manifest.insert("workspace".into(), toml::Table::new().into());
    std::fs::write(dir.join("Cargo.toml"), manifest.to_string()).unwrap();
    // The workspace's lock file: the same dependency versions, no resolution needed.
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

/// The text of every error and warning `cargo build --all-features` printed, and whether
/// it succeeded.
fn build(dir: &Path, target: &Path) -> (bool, Vec<String>) {
    let output = scratch::cargo(dir, target)
        .args(["build", "--all-features", "--message-format=json"])
        .output()
        .expect("cargo runs");
    let errors = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|event| event["reason"] == "compiler-message")
        .filter(|event| {
            matches!(
                event["message"]["level"].as_str(),
                Some("error" | "warning")
            )
        })
        .map(|event| event["message"]["message"].as_str().unwrap().to_owned())
        .filter(|message| {
            !message.starts_with("aborting due to") && !message.contains("warnings emitted")
        })
        .collect();
    (output.status.success(), errors)
}

/// 1-based line of the `n`th occurrence of `text` in `table`.
fn line_of(table: &str, text: &str, n: usize) -> usize {
    let (at, _) = table
        .match_indices(text)
        .nth(n)
        .unwrap_or_else(|| panic!("`{text}` #{n} is not in the table"));
    table[..at].matches('\n').count() + 1
}

#[test]
fn each_mistake_in_the_real_table_is_one_error_located_in_the_table() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("broken-table");
    let (dir, target) = (root.join("runtime"), root.join("target"));
    let _ = std::fs::remove_dir_all(&dir);
    write_runtime_copy(&dir);

    std::fs::write(dir.join("error-codes.toml"), real_table()).unwrap();
    let (built, errors) = build(&dir, &target);
    assert!(
        built && errors.is_empty(),
        "the copy does not build cleanly: {errors:#?}"
    );

    for case in cases() {
        std::fs::write(dir.join("error-codes.toml"), &case.broken).unwrap();
        let (built, errors) = build(&dir, &target);
        assert!(!built, "{}: the build succeeded", case.name);
        eprintln!("{}: {} errors", case.name, errors.len());
        let table = String::from_utf8_lossy(&case.broken);
        let locations: Vec<String> = errors
            .iter()
            // The message, then `--> error-codes.toml:line:column`, as rustc locates its own.
            .map(|error| {
                (error.lines().nth(1))
                    .and_then(|line| line.trim_start().strip_prefix("--> "))
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        let expected: Vec<String> = (case.expected.iter())
            .map(|(text, n)| format!("error-codes.toml:{}", line_of(&table, text, *n)))
            .collect();
        let lines: Vec<&str> = locations
            .iter()
            .map(|l| {
                l.rsplit_once(':')
                    .map_or(l.as_str(), |(line, _column)| line)
            })
            .collect();
        assert_eq!(
            lines, expected,
            "{}: the errors were {errors:#?}",
            case.name
        );
    }
}
