//! Runs the `picsart-explain` binary as a user would and checks what it prints and its
//! exit status. Standard output is a pipe here, so text is plain unless `--color always`.
//!
//! Expectations come from the table (`ErrorCode::ALL`) and from `ApiError`, never a copy of
//! them: adding a row to `error-codes.toml` breaks none of these tests. Facts of HTTP
//! itself (502 is Bad Gateway, 418 is unregistered) may be written here.

use std::process::{Command, Output};

use picsart_api_error::{registered_reason_phrase, ApiError, ErrorCode};

/// Runs the binary with `args`, with `COLUMNS`, `NO_COLOR` and `TERM` cleared unless `env`
/// sets them.
fn run_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_picsart-explain"));
    command
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .env_remove("TERM");
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_with(args, &[])
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8 output")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("UTF-8 output")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// What `ApiError` calls an empty response of `status`: the header line.
fn header(status: u16) -> String {
    ApiError::new(status, b"").to_string()
}

fn reason_phrase(status: u16) -> &'static str {
    ApiError::new(status, b"").reason_phrase()
}

/// The first code of the table that `filter` accepts.
fn code(what: &str, filter: impl Fn(ErrorCode) -> bool) -> ErrorCode {
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|&code| filter(code))
        .unwrap_or_else(|| panic!("the table has {what}"))
}

/// A 4xx of the table that is not retryable.
fn client_error() -> ErrorCode {
    code("a non-retryable client error", |code| {
        (400..500).contains(&code.as_u16()) && !code.is_retryable()
    })
}

fn retryable() -> ErrorCode {
    code("a retryable code", |code| code.is_retryable())
}

/// A status the table lacks whose reason phrase HTTP registers (`true`), or does not.
fn undocumented(registered: bool) -> u16 {
    (100..=599)
        .find(|&s| {
            ErrorCode::from_u16(s).is_none() && registered_reason_phrase(s).is_some() == registered
        })
        .expect("a status outside the table")
}

/// The text between the first `open` and the next `close` of `text`, on one line.
fn span<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    text.match_indices(open).find_map(|(start, _)| {
        let rest = &text[start + open.len()..];
        let inner = &rest[..rest.find(close)?];
        let plain = !inner.is_empty()
            && inner
                .chars()
                .all(|c| c.is_alphanumeric() || " -_.:/".contains(c));
        plain.then_some(inner)
    })
}

#[test]
fn a_status_explains_its_code_under_a_header_that_says_each_thing_once() {
    let code = client_error();
    let output = run(&[&code.as_u16().to_string()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(&*header(code.as_u16())));
    assert_eq!(
        lines.next(),
        Some(&*format!(
            "ErrorCode::{}, Client Error, not retryable",
            code.name()
        ))
    );
    assert!(!text.contains(&format!("({})", code.name())), "{text}");
    assert!(text.contains("Do not retry"), "{text}");
}

#[test]
fn a_retryable_code_says_to_retry_with_backoff() {
    let code = retryable();
    let text = stdout(&run(&[&code.as_u16().to_string()])).to_owned();
    assert!(
        text.starts_with(&format!("{}\n", header(code.as_u16()))),
        "{text}"
    );
    assert!(
        text.lines().nth(1).unwrap().ends_with(", retryable"),
        "{text}"
    );
    assert!(
        text.contains("Retry: the same request may succeed later"),
        "{text}"
    );
}

#[test]
fn the_name_in_any_case_or_separator_style_the_reason_phrase_and_prefixes_find_the_code() {
    let code = client_error();
    let status = code.as_u16().to_string();
    let (name, phrase) = (code.name(), reason_phrase(code.as_u16()));
    let expected = run(&[&status]);
    let words: Vec<&str> = phrase.split(' ').collect();
    for query in [
        vec![phrase.to_lowercase()],
        words.iter().map(|w| w.to_lowercase()).collect(),
        vec![phrase.to_lowercase().replace(' ', "")],
        vec![phrase.to_uppercase().replace(' ', "_")],
        vec![phrase.to_lowercase().replace(' ', "-")],
        vec![name.to_owned()],
        vec![phrase.to_owned()],
        vec![format!("{status} {phrase}")],
        vec![format!("e{status}")],
        vec![format!("E{status}")],
        vec![format!("HTTP {status}")],
    ] {
        let query: Vec<&str> = query.iter().map(String::as_str).collect();
        let output = run(&query);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{query:?}: {}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), stdout(&expected), "{query:?}");
    }
}

#[test]
fn a_near_miss_suggests_the_code_and_exits_1() {
    let code = client_error();
    let suggestion = format!("{code} ({})", code.name());
    let phrase = reason_phrase(code.as_u16());
    let name = code.name();
    let status = code.as_u16().to_string();
    // A digit changed that lands on a status HTTP gives no name (`492` for `429`).
    let typo = (0..3)
        .flat_map(|i| ('0'..='9').map(move |d| (i, d)))
        .map(|(i, d)| {
            let mut typo = status.clone();
            typo.replace_range(i..=i, &d.to_string());
            typo
        })
        .find(|typo| {
            typo.parse().is_ok_and(|s: u16| {
                (100..=599).contains(&s)
                    && ErrorCode::from_u16(s).is_none()
                    && registered_reason_phrase(s).is_none()
                    && http::StatusCode::from_u16(s)
                        .ok()
                        .and_then(|s| s.canonical_reason())
                        .is_none()
            })
        });
    // A letter dropped from the phrase and from the name (`not fund`, `TooManyRequest`).
    let mut queries = vec![
        phrase[..phrase.len() - 1].to_owned(),
        name[..name.len() - 1].to_owned(),
    ];
    queries.extend(typo);
    for query in queries {
        let output = run(&[&query]);
        assert_eq!(output.status.code(), Some(1), "{query:?}");
        assert!(
            stderr(&output).contains(&suggestion),
            "{query:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn nothing_near_says_so_and_how_to_list_the_codes() {
    let output = run(&["xylophone"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "error: no Picsart API error code matches \"xylophone\"\n\
         help: run `picsart-explain` without arguments to list every code\n"
    );
}

#[test]
fn a_status_the_api_does_not_document_gets_its_standard_http_meaning() {
    for status in [undocumented(true), undocumented(false)] {
        let output = run(&[&status.to_string()]);
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        assert!(text.starts_with(&format!("{}\n", header(status))), "{text}");
        assert!(
            text.contains(&format!(
                "{status} is not a status the Picsart APIs document.\n"
            )),
            "{text}"
        );
        assert!(!text.contains("expected"), "{text}");
    }
}

/// 418 is unused in the registry, so `ApiError` and the tool call it by its class; the
/// `http` crate's old name still finds it.
#[test]
fn a_status_http_does_not_register_prints_as_its_class() {
    if ErrorCode::from_u16(418).is_some() {
        return; // The table documents it: the table's name wins.
    }
    let output = run(&["418"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert_eq!(text.lines().next(), Some("418 Client Error"), "{text}");
    assert!(text.replace('\n', " ").contains("I'm a teapot"), "{text}");
    assert_eq!(stdout(&run(&["i'm", "a", "teapot"])), text);
}

#[test]
fn a_number_outside_http_is_not_called_a_status() {
    for query in ["42", "1000", "99999999999999999999"] {
        let output = run(&[query]);
        assert_eq!(output.status.code(), Some(1), "{query}");
        assert!(
            stderr(&output).contains("is not an HTTP status: RFC 9110 statuses are 100 to 599"),
            "{query}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn help_and_version_answer_and_exit_0() {
    for flag in ["-h", "--help"] {
        let output = run(&[flag]);
        assert_eq!(output.status.code(), Some(0), "{flag}");
        let help = stdout(&output).replace('\n', " ");
        assert!(help.contains("Usage: picsart-explain [OPTIONS] [CODE]..."));
        assert!(help.contains("Exit status:"));
        assert!(help.contains("Several CODEs are explained one after another"));
        assert!(
            help.contains("status, reason_phrase, class, documented, retryable, name, description")
        );
        assert!(help.contains("TERM is not dumb"));
    }
    let output = run(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!("picsart-explain {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_usage_error_exits_2() {
    for args in [&["--bogus"][..], &["--format", "xml", "429"], &["--color"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).starts_with("error: "), "{args:?}");
        assert_eq!(stdout(&output), "");
    }
}

#[test]
fn piped_output_is_plain_text_without_markdown_or_escapes() {
    for code in ErrorCode::ALL {
        let status = code.as_u16().to_string();
        let text = stdout(&run(&[&status])).to_owned();
        for markup in ["\x1b", "`", "*", "<http", "**"] {
            assert!(
                !text.contains(markup),
                "{status} contains {markup:?}:\n{text}"
            );
        }
        // What the markup held is still there: emphasis, code and link text.
        let prose = text.replace('\n', " ");
        let description = code.description().replace('\n', " ");
        for shown in [
            span(&description, "`", "`"),
            span(&description, "<", ">"),
            span(&description, " *", "*"),
        ]
        .into_iter()
        .flatten()
        {
            assert!(prose.contains(shown), "{status} lacks {shown:?}:\n{text}");
        }
    }
}

#[test]
fn color_always_renders_emphasis_code_and_links_for_a_terminal() {
    let mut seen = [false; 3];
    for code in ErrorCode::ALL {
        let status = code.as_u16().to_string();
        let text = stdout(&run(&["--color", "always", &status])).to_owned();
        let description = code.description().replace('\n', " ");
        if let Some(emphasis) = span(&description, " *", "*").filter(|s| !s.contains(' ')) {
            assert!(text.contains(&format!("\x1b[3m{emphasis}")), "{text:?}");
            seen[0] = true;
        }
        if let Some(code) = span(&description, "`", "`").filter(|s| !s.contains(' ')) {
            assert!(text.contains(&format!("\x1b[36m{code}\x1b[0m")), "{text:?}");
            seen[1] = true;
        }
        if let Some(link) = span(&description, "<", ">") {
            assert!(text.contains(&format!("\x1b]8;;{link}\x1b\\")), "{text:?}");
            seen[2] = true;
        }
    }
    // The renderer's own tests cover each kind of markup; here, whichever the table uses.
    assert!(seen.iter().any(|&seen| seen), "no markup in the table");
}

#[test]
fn no_color_term_dumb_and_color_never_keep_text_plain() {
    let status = client_error().as_u16().to_string();
    let plain = run(&[&status]);
    let never = run(&["--color", "never", &status]);
    let no_color = run_with(&[&status], &[("NO_COLOR", "1")]);
    let dumb = run_with(&["--color", "auto", &status], &[("TERM", "dumb")]);
    assert_eq!(stdout(&never), stdout(&plain));
    assert_eq!(stdout(&no_color), stdout(&plain));
    assert_eq!(stdout(&dumb), stdout(&plain));
    assert!(!stdout(&plain).contains('\x1b'));
}

#[test]
fn text_fits_80_columns_when_piped_and_the_width_columns_asks_for() {
    let longest = |text: &str| text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    for code in ErrorCode::ALL {
        let status = code.as_u16().to_string();
        let text = stdout(&run(&[&status])).to_owned();
        assert!(longest(&text) <= 80, "{status}:\n{text}");
        for columns in [20, 30, 40] {
            let env = [("COLUMNS", &*columns.to_string())];
            let narrow = stdout(&run_with(&[&status], &env)).to_owned();
            for line in narrow.lines() {
                // Only a single word too long to break may overflow.
                assert!(
                    line.chars().count() <= columns || !line.trim().contains(' '),
                    "{status}, COLUMNS={columns}: {line:?}"
                );
            }
        }
    }
    // The advice of a retryable code is one paragraph longer than 80 columns.
    let status = retryable().as_u16().to_string();
    let wide = stdout(&run_with(&[&status], &[("COLUMNS", "300")])).to_owned();
    assert!(longest(&wide) <= 100, "{wide}");
    assert!(longest(&wide) > 80, "{wide}");
}

#[test]
fn json_gives_every_field_of_a_code() {
    let code = retryable();
    let status = code.as_u16();
    let query = reason_phrase(status).to_lowercase();
    let output = run(&["--format", "json", &query]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        json(&output),
        serde_json::json!({
            "status": status,
            "reason_phrase": reason_phrase(status),
            "class": "Client Error",
            "documented": true,
            "retryable": true,
            "name": code.name(),
            "description": code.description(),
        })
    );
}

#[test]
fn json_lists_every_code_and_answers_for_an_undocumented_status() {
    let output = run(&["--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let all: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("JSON");
    let statuses: Vec<u64> = all.iter().map(|v| v["status"].as_u64().unwrap()).collect();
    let expected: Vec<u64> = ErrorCode::ALL
        .iter()
        .map(|c| u64::from(c.as_u16()))
        .collect();
    assert_eq!(statuses, expected);

    let status = undocumented(false);
    let output = run(&["--format", "json", &status.to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let error = ApiError::new(status, b"");
    assert_eq!(
        json(&output),
        serde_json::json!({
            "status": status,
            "reason_phrase": error.reason_phrase(),
            "class": error.reason_phrase(),
            "documented": false,
            "retryable": error.is_retryable(),
            "name": null,
            "description": null,
        })
    );
}

/// The order is part of the output: `--help` promises it, and `json!` would sort it.
#[test]
fn json_fields_come_in_the_documented_order_for_every_kind_of_status() {
    let fields = [
        "status",
        "reason_phrase",
        "class",
        "documented",
        "retryable",
        "name",
        "description",
    ];
    let documented = ErrorCode::ALL[0].as_u16().to_string();
    for args in [
        vec![documented.clone()],
        vec![undocumented(true).to_string()],
        vec![undocumented(false).to_string()],
        vec![documented, undocumented(true).to_string()],
    ] {
        let mut command = vec!["--format".to_owned(), "json".to_owned()];
        command.extend(args);
        let command: Vec<&str> = command.iter().map(String::as_str).collect();
        let raw = stdout(&run(&command)).to_owned();
        for object in raw.split('}').filter(|o| o.contains('{')) {
            let keys: Vec<&str> = object
                .lines()
                .filter_map(|line| line.trim().strip_prefix('"')?.split('"').next())
                .collect();
            assert_eq!(keys, fields, "{command:?}:\n{raw}");
        }
    }
}

#[test]
fn without_a_code_every_code_is_listed_as_an_aligned_table() {
    let output = run(&[]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let rows: Vec<&str> = text.lines().take(ErrorCode::ALL.len() + 1).collect();
    assert!(rows[0].starts_with("STATUS"), "{text}");
    let column = rows[0].find("REASON PHRASE").unwrap();
    let retryable = rows[0].find("RETRYABLE").unwrap();
    for (row, code) in rows[1..].iter().zip(ErrorCode::ALL) {
        let status = code.as_u16();
        assert!(row.starts_with(&status.to_string()), "{row}");
        assert!(row[column..].starts_with(reason_phrase(status)), "{row}");
        let yes = ApiError::new(status, b"").is_retryable();
        assert_eq!(&row[retryable..], if yes { "yes" } else { "no" }, "{row}");
    }
}

#[test]
fn a_status_line_from_a_log_finds_its_code() {
    let status = retryable().as_u16();
    let expected = run(&[&status.to_string()]);
    for query in [
        format!("HTTP/1.1 {status}"),
        format!("HTTP/2 {}", header(status)),
    ] {
        let output = run(&[&query]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{query}: {}",
            stderr(&output)
        );
        assert_eq!(stdout(&output), stdout(&expected), "{query:?}");
    }
}

#[test]
fn several_statuses_are_explained_one_after_another_separated_by_a_blank_line() {
    let [first, second] = [client_error(), retryable()].map(|c| c.as_u16().to_string());
    let output = run(&[&first, &second]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stderr(&output).contains(&format!("{first}{second}")));
    assert_eq!(
        stdout(&output),
        format!("{}\n{}", stdout(&run(&[&first])), stdout(&run(&[&second])))
    );
    // A reason phrase of several words, quoted, is one of them.
    let phrase = reason_phrase(first.parse().unwrap());
    assert_eq!(stdout(&run(&[phrase, &second])), stdout(&output));
    // In one argument, two numbers are still not one status.
    let output = run(&[&format!("{first} {second}")]);
    assert_eq!(output.status.code(), Some(1));
    let [first, second] = [client_error(), retryable()];
    assert!(
        stderr(&output).contains(&format!(
            "did you mean {first} ({}) or {second} ({})?",
            first.name(),
            second.name()
        )),
        "{}",
        stderr(&output)
    );
}

#[test]
fn several_statuses_in_json_are_an_array() {
    let [first, second] = [client_error(), retryable()].map(|c| c.as_u16());
    let output = run(&["--format", "json", &first.to_string(), &second.to_string()]);
    assert_eq!(output.status.code(), Some(0));
    let statuses: Vec<u64> = json(&output)
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v["status"].as_u64().unwrap())
        .collect();
    assert_eq!(statuses, [u64::from(first), u64::from(second)]);
}

#[test]
fn the_exit_status_is_0_only_if_every_query_names_a_documented_code() {
    let documented = client_error().as_u16().to_string();
    for other in [undocumented(true).to_string(), "1000".to_owned()] {
        let output = run(&[&documented, &other]);
        assert_eq!(output.status.code(), Some(1), "{other}");
        assert!(
            stdout(&output).starts_with(&header(documented.parse().unwrap())),
            "{}",
            stdout(&output)
        );
    }
}

/// `ApiError` retries some statuses outside the table (what gateways send): the advice must
/// say so too. They are taken from `ApiError`, the rule's one home, with a neighbour that
/// is not retried, so the test follows the rule wherever it changes.
#[test]
fn gateway_statuses_get_the_retry_advice_api_error_gives() {
    let outside = (100..=599).filter(|&s| ErrorCode::from_u16(s).is_none());
    let retried: Vec<u16> = outside
        .filter(|&s| ApiError::new(s, b"").is_retryable())
        .collect();
    assert!(
        !retried.is_empty(),
        "ApiError retries some status outside the table"
    );
    let not_retried = undocumented(true);
    for status in retried.into_iter().chain([not_retried]) {
        let error = ApiError::new(status, b"");
        let text = stdout(&run(&[&status.to_string()])).to_owned();
        assert_eq!(text.lines().next(), Some(&*error.to_string()), "{text}");
        assert_eq!(
            text.contains("Retry: the same request may succeed later"),
            error.is_retryable(),
            "{text}"
        );
        let value = json(&run(&["--format", "json", &status.to_string()]));
        assert_eq!(value["retryable"], error.is_retryable(), "{value}");
        assert_eq!(value["reason_phrase"], error.reason_phrase(), "{value}");
    }
}

#[test]
fn a_standard_reason_phrase_the_table_lacks_gets_its_http_meaning() {
    let status = undocumented(true);
    let phrase = registered_reason_phrase(status).unwrap();
    let output = run(&phrase.split(' ').collect::<Vec<_>>());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        stdout(&run(&[&status.to_string()])),
        "{}",
        stderr(&output)
    );
    assert!(
        stdout(&output).starts_with(&format!("{status} {phrase}\n")),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_long_query_is_not_echoed_whole() {
    let query = "x".repeat(10_000);
    for query in [query.clone(), "9".repeat(10_000)] {
        let output = run(&[&query]);
        assert_eq!(output.status.code(), Some(1));
        let first = stderr(&output)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        assert!(first.starts_with("error: "), "{first}");
        assert!(first.chars().count() < 120, "{first}");
    }
}

#[test]
fn the_summary_line_wraps_between_words_only() {
    let code = ErrorCode::ALL
        .iter()
        .max_by_key(|code| code.name().len())
        .unwrap();
    for columns in ["1", "20"] {
        let text = stdout(&run_with(
            &[&code.as_u16().to_string()],
            &[("COLUMNS", columns)],
        ))
        .to_owned();
        assert_eq!(
            text.lines().find(|line| line.starts_with("ErrorCode::")),
            Some(&*format!("ErrorCode::{},", code.name())),
            "COLUMNS={columns}:\n{text}"
        );
    }
}

/// A full disk is not an unknown code: the exit status alone cannot tell them apart, so
/// the failure is said on stderr.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_reported() {
    let full = std::fs::File::create("/dev/full").expect("/dev/full opens");
    let output = Command::new(env!("CARGO_BIN_EXE_picsart-explain"))
        .arg(ErrorCode::ALL[0].as_u16().to_string())
        .stdout(full)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).starts_with("error: cannot write the output: "),
        "{:?}",
        stderr(&output)
    );
}
