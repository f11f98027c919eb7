//! Runs the `picsart-explain` binary as a user would and checks what it prints and its
//! exit status. Standard output is a pipe here, so text is plain unless `--color always`.

use std::process::{Command, Output};

use picsart_error_codes::ErrorCode;

/// Runs the binary with `args`, with `COLUMNS` and `NO_COLOR` cleared unless `env` sets them.
fn run_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_picsart-explain"));
    command
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR");
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

#[test]
fn a_status_explains_its_code_under_a_header_that_says_each_thing_once() {
    let output = run(&["403"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("403 Forbidden"));
    assert_eq!(
        lines.next(),
        Some("ErrorCode::Forbidden, client error, not retryable")
    );
    assert!(!text.contains("(Forbidden)"), "{text}");
    assert!(text.contains("Do not retry"), "{text}");
}

#[test]
fn a_retryable_code_says_to_retry_with_backoff() {
    let text = stdout(&run(&["429"])).to_owned();
    assert!(text.starts_with("429 Too Many Requests\n"), "{text}");
    assert!(text.contains("retryable\n"), "{text}");
    assert!(
        text.contains("Retry: the same request may succeed later"),
        "{text}"
    );
}

#[test]
fn the_name_in_any_case_or_separator_style_the_reason_phrase_and_prefixes_find_the_code() {
    let expected = run(&["404"]);
    for query in [
        &["not found"][..],
        &["not", "found"],
        &["notfound"],
        &["NOT_FOUND"],
        &["not-found"],
        &["NotFound"],
        &["Not Found"],
        &["404 Not Found"],
        &["e404"],
        &["E404"],
        &["HTTP 404"],
    ] {
        let output = run(query);
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
    for (query, suggestion) in [
        ("not fund", "did you mean 404 Not Found (NotFound)?"),
        ("Forbiden", "did you mean 403 Forbidden (Forbidden)?"),
        ("TooManyRequest", "did you mean 429 Too Many Requests (TooManyRequests)?"),
        ("492", "did you mean 402 Payment Required (PaymentRequired), 422 Unprocessable Content (UnprocessableContent) or 429 Too Many Requests (TooManyRequests)?"),
    ] {
        let output = run(&[query]);
        assert_eq!(output.status.code(), Some(1), "{query:?}");
        assert!(stderr(&output).contains(suggestion), "{query:?}: {}", stderr(&output));
    }
}

#[test]
fn nothing_near_says_so_and_how_to_list_the_codes() {
    let output = run(&["teapot"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    assert_eq!(
        stderr(&output),
        "error: no Picsart API error code matches \"teapot\"\n\
         help: run `picsart-explain` without arguments to list every code\n"
    );
}

#[test]
fn a_status_the_api_does_not_document_gets_its_standard_http_meaning() {
    let output = run(&["418"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("418 is not a status the Picsart APIs document.\n"),
        "{text}"
    );
    let prose = text.replace('\n', " ");
    assert!(prose.contains("418 I'm a teapot, a client error"), "{text}");
    assert!(!text.contains("expected"), "{text}");
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
        assert!(stdout(&output).contains("Usage: picsart-explain [OPTIONS] [CODE]..."));
        assert!(stdout(&output).contains("Exit status:"));
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
    }
    let text = stdout(&run(&["401"])).to_owned();
    assert!(text.contains("this means unauthenticated:"), "{text}");
    assert!(
        text.contains("in the X-Picsart-API-Key request header"),
        "{text}"
    );
    let text = stdout(&run(&["503"])).to_owned();
    assert!(text.contains("https://status.picsart.io/"), "{text}");
}

#[test]
fn color_always_renders_emphasis_code_and_links_for_a_terminal() {
    let text = stdout(&run(&["--color", "always", "401"])).to_owned();
    assert!(text.contains("\x1b[3munauthenticated\x1b[0m:"), "{text:?}");
    assert!(
        text.contains("\x1b[36mX-Picsart-API-Key\x1b[0m"),
        "{text:?}"
    );
    let text = stdout(&run(&["--color", "always", "503"])).to_owned();
    assert!(
        text.contains("\x1b]8;;https://status.picsart.io/\x1b\\"),
        "{text:?}"
    );
}

#[test]
fn no_color_and_color_never_keep_text_plain() {
    let plain = run(&["401"]);
    let never = run(&["--color", "never", "401"]);
    let no_color = run_with(&["401"], &[("NO_COLOR", "1")]);
    assert_eq!(stdout(&never), stdout(&plain));
    assert_eq!(stdout(&no_color), stdout(&plain));
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
    let wide = stdout(&run_with(&["429"], &[("COLUMNS", "300")])).to_owned();
    assert!(longest(&wide) <= 100, "{wide}");
    assert!(longest(&wide) > 80, "{wide}");
}

#[test]
fn json_gives_every_field_of_a_code() {
    let output = run(&["--format", "json", "too many requests"]);
    assert_eq!(output.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let code = ErrorCode::TooManyRequests;
    assert_eq!(
        value,
        serde_json::json!({
            "status": 429,
            "name": "TooManyRequests",
            "message": "Too Many Requests",
            "description": code.description(),
            "retryable": true,
            "class": "client error",
            "documented": true,
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

    let output = run(&["--format", "json", "418"]);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        value,
        serde_json::json!({"status": 418, "documented": false, "reason": "I'm a teapot", "class": "client error"})
    );
}

#[test]
fn without_a_code_every_code_is_listed_as_an_aligned_table() {
    let output = run(&[]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let rows: Vec<&str> = text.lines().take(ErrorCode::ALL.len() + 1).collect();
    assert!(rows[0].starts_with("STATUS"), "{text}");
    let column = rows[0].find("MESSAGE").unwrap();
    for (row, code) in rows[1..].iter().zip(ErrorCode::ALL) {
        assert!(row.starts_with(&code.as_u16().to_string()), "{row}");
        assert!(row[column..].starts_with(code.reason_phrase()), "{row}");
    }
}

#[test]
fn a_status_line_from_a_log_finds_its_code() {
    let expected = run(&["429"]);
    for query in ["HTTP/1.1 429", "HTTP/2 429 Too Many Requests"] {
        let output = run(&[query]);
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
fn two_statuses_are_not_read_as_one_number() {
    let output = run(&["404", "429"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).contains("404429"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "did you mean 404 Not Found (NotFound) or 429 Too Many Requests (TooManyRequests)?"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_standard_reason_phrase_the_table_lacks_gets_its_http_meaning() {
    let output = run(&["bad", "gateway"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("502 is not a status the Picsart APIs document.\n"),
        "{}{}",
        stdout(&output),
        stderr(&output)
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
    for columns in ["1", "20"] {
        let text = stdout(&run_with(&["431"], &[("COLUMNS", columns)])).to_owned();
        assert_eq!(
            text.lines().find(|line| line.starts_with("ErrorCode::")),
            Some("ErrorCode::RequestHeaderFieldsTooLarge,"),
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
        .arg("429")
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
