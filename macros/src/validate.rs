//! Every rule the table must follow, each producing a located [`Diagnostic`].
//!
//! Reading this file tells you everything the macro enforces about the values of
//! `error-codes.toml`; the shape of the file (keys, types) is checked in [`crate::table`].

use std::collections::HashMap;

use std::ops::Range;

use crate::diagnostic::{line_of, Diagnostic};
use crate::markdown::{self, Problem, ProblemKind};
use crate::table::{verbatim_start, Row, Spanned, Table};

/// Statuses an HTTP response can carry.
pub const STATUS_RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// Names a variant cannot take: keywords that look like UpperCamelCase, and the names of
/// the generated associated items.
const RESERVED_NAMES: [&str; 2] = ["Self", "ALL"];

/// A row that passed every rule: what the expansion is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The HTTP status, also the variant's discriminant.
    pub status: u16,
    /// The variant name, explicit or derived from the message.
    pub name: String,
    /// The reason phrase.
    pub message: String,
    /// The Markdown description, as written.
    pub description: String,
    /// The description as it goes into rustdoc: the same page, nothing compiled (see
    /// [`markdown::rewrite`]).
    pub doc: String,
    /// Whether sending the request again may succeed.
    pub retryable: bool,
}

/// Checks every rule on every row and returns the codes in table order, or every mistake.
pub fn validate(table: &Table, source: &str) -> Result<Vec<Code>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut codes = Vec::new();
    let mut first_status: HashMap<i64, usize> = HashMap::new();
    let mut first_name: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let before = errors.len();
        let status = check_status(row, source, &mut first_status).map_err(|e| errors.push(e));
        errors.extend(check_reason_phrase(&row.message));
        let doc = check_description(&row.description, source).map_err(|e| errors.extend(e));
        let name = check_name(row, source, &mut first_name).map_err(|e| errors.push(e));
        if let (Ok(status), Ok(doc), Ok(name), true) = (status, doc, name, errors.len() == before) {
            codes.push(Code {
                status,
                name,
                message: row.message.value.clone(),
                description: row.description.value.clone(),
                doc,
                retryable: row.retryable.as_ref().is_some_and(|r| r.value),
            });
        }
    }
    if errors.is_empty() {
        Ok(codes)
    } else {
        Err(errors)
    }
}

/// The status is an HTTP status and no earlier row has it.
fn check_status(
    row: &Row,
    source: &str,
    first_status: &mut HashMap<i64, usize>,
) -> Result<u16, Diagnostic> {
    let status = &row.status;
    let in_range = u16::try_from(status.value)
        .ok()
        .filter(|s| STATUS_RANGE.contains(s));
    let Some(value) = in_range else {
        return Err(Diagnostic::new(
            status.span.clone(),
            format!(
                "status {} is out of range: expected an HTTP status in 100..=599",
                status.value
            ),
        ));
    };
    if let Some(&first) = first_status.get(&status.value) {
        return Err(Diagnostic::new(
            status.span.clone(),
            format!(
                "duplicate status {} (first defined at line {})",
                status.value,
                line_of(source, first)
            ),
        )
        .help("each status appears in one row only; remove or renumber one of them"));
    }
    first_status.insert(status.value, status.span.start);
    Ok(value)
}

/// `message` and `description` have some text.
fn check_text(key: &str, value: &Spanned<String>) -> Result<(), Diagnostic> {
    if value.value.trim().is_empty() {
        return Err(
            Diagnostic::new(value.span.clone(), format!("`{key}` is empty")).help(format!(
                "write the code's {key}; it becomes part of the generated docs"
            )),
        );
    }
    Ok(())
}

/// The grammar of a reason phrase, quoted in the help of its rules.
const REASON_PHRASE: &str = "a reason phrase is one line of tabs, spaces and visible characters \
     (RFC 9112, section 4: `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`)";

/// `message` is an HTTP reason phrase: some text, on one line, without control characters
/// other than tabs, and without whitespace at either end (invisible in the status line and
/// in the docs, and it would break the generated `**404 Not Found**` line).
fn check_reason_phrase(message: &Spanned<String>) -> Vec<Diagnostic> {
    if let Err(empty) = check_text("message", message) {
        return vec![empty];
    }
    let text = &message.value;
    let span = || message.span.clone();
    let mut errors = Vec::new();
    if let Some(c) = text.chars().find(|&c| is_line_break(c)) {
        errors.push(
            Diagnostic::new(
                span(),
                format!("`message` contains a line break ({})", describe(c)),
            )
            .help(REASON_PHRASE),
        );
    } else if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\t') {
        errors.push(
            Diagnostic::new(
                span(),
                format!("`message` contains a control character ({})", describe(c)),
            )
            .help(REASON_PHRASE),
        );
    }
    // Whitespace at an end that is a line break or control character is reported above.
    let loose = |c: Option<char>| {
        c.is_some_and(|c| c.is_whitespace() && !c.is_control() && !is_line_break(c) || c == '\t')
    };
    let (leading, trailing) = (loose(text.chars().next()), loose(text.chars().next_back()));
    if leading || trailing {
        let which = match (leading, trailing) {
            (true, true) => "starts and ends",
            (true, false) => "starts",
            _ => "ends",
        };
        errors.push(
            Diagnostic::new(span(), format!("`message` {which} with whitespace")).help(format!(
                "remove it: `message = {:?}`; whitespace at the ends of a reason phrase \
                     is invisible and would show in the docs as stray characters",
                text.trim()
            )),
        );
    }
    errors
}

/// Line breaks in any convention, including Unicode's line and paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `U+000D carriage return`, for the messages about unwanted characters.
fn describe(c: char) -> String {
    let name = match c {
        '\0' => " null",
        '\n' => " line feed",
        '\r' => " carriage return",
        '\u{b}' => " vertical tab",
        '\u{c}' => " form feed",
        '\u{1b}' => " escape",
        '\u{7f}' => " delete",
        '\u{85}' => " next line",
        '\u{2028}' => " line separator",
        '\u{2029}' => " paragraph separator",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

/// `description` has some text, no control characters but line breaks and tabs, and
/// Markdown that rustdoc can show as written; the result is that Markdown, rewritten so
/// that nothing in it is compiled or trips a rustdoc lint (see [`markdown::rewrite`]).
fn check_description(
    description: &Spanned<String>,
    source: &str,
) -> Result<String, Vec<Diagnostic>> {
    check_text("description", description).map_err(|e| vec![e])?;
    let start = verbatim_start(source, description);
    // The span of `range` of the text: exact if the text is written verbatim, else the
    // whole value.
    let at = |range: Range<usize>| match start {
        Some(start) => start + range.start..start + range.end,
        None => description.span.clone(),
    };
    let text = &description.value;
    if let Some((i, c)) = text
        .char_indices()
        .find(|&(_, c)| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(vec![Diagnostic::new(
            at(i..i + c.len_utf8()),
            format!(
                "`description` contains a control character ({})",
                describe(c)
            ),
        )
        .help("a description may contain line breaks and tabs, but no other control character; remove it")]);
    }
    markdown::rewrite(text).map_err(|problems| {
        problems
            .into_iter()
            .map(|Problem { range, kind }| description_problem(kind, at(range), description))
            .collect()
    })
}

/// The located error for a Markdown problem of a description.
fn description_problem(
    kind: ProblemKind,
    span: Range<usize>,
    description: &Spanned<String>,
) -> Diagnostic {
    match kind {
        ProblemKind::UnclosedFence => Diagnostic::new(
            span,
            "this code block in `description` is never closed",
        )
        .help("end it with a line of the same fence (```); unclosed, it would take in the rest of the docs"),
        ProblemKind::NotAUrl(target) => Diagnostic::new(
            span,
            format!(
                "link to `{}` in `description`: a link must go to a full URL",
                target.escape_debug()
            ),
        )
        .help(
            "rustdoc would resolve it as a Rust path or relative page of whichever crate \
             uses the table; link to `https://...` or `mailto:...`, or escape the brackets \
             (`\\[`, `\\]`) to show them as written",
        ),
        ProblemKind::HtmlComment => Diagnostic::new(
            span,
            "HTML comment in `description`: the docs would not show it",
        )
        .help("put notes for maintainers in a TOML comment (`# ...`) above the row"),
        ProblemKind::BareUrl => Diagnostic::new(
            span,
            "a URL in `description` cannot be made a link",
        )
        .help("write it as an autolink, `<https://...>`, or as a link, `[text](https://...)`"),
        ProblemKind::Unfaithful => Diagnostic::new(
            description.span.clone(),
            "`description` cannot be shown in rustdoc as written",
        )
        .help(
            "its code blocks, HTML and URLs cannot be made safe for rustdoc without changing \
             what the page shows; put code in ```text fences and HTML in `code spans`",
        ),
    }
}

/// The row's variant name is valid and no earlier row has it.
fn check_name(
    row: &Row,
    source: &str,
    first_name: &mut HashMap<String, usize>,
) -> Result<String, Diagnostic> {
    let name = name_of(row)?;
    if let Some(&first) = first_name.get(&name) {
        let span = row.name.as_ref().map_or(&row.message.span, |n| &n.span);
        return Err(Diagnostic::new(
            span.clone(),
            format!(
                "duplicate variant name `{name}` (also the name of the row at line {})",
                line_of(source, first)
            ),
        )
        .help("give one of the two rows a distinct `name = \"...\"`"));
    }
    first_name.insert(name.clone(), row.span.start);
    Ok(name)
}

/// The variant name: the explicit `name` if it is a valid one, else the message in
/// UpperCamelCase.
fn name_of(row: &Row) -> Result<String, Diagnostic> {
    if let Some(name) = &row.name {
        return if is_variant_name(&name.value) {
            Ok(name.value.clone())
        } else {
            Err(Diagnostic::new(
                name.span.clone(),
                format!("`{}` cannot name a variant", name.value.escape_debug()),
            )
            .help(
                "a name is an UpperCamelCase Rust identifier made of ASCII letters and digits, \
                 such as `NotFound`, and not `Self` or `ALL`",
            ))
        };
    }
    let derived = upper_camel_case(&row.message.value);
    if is_variant_name(&derived) {
        return Ok(derived);
    }
    Err(Diagnostic::new(
        row.message.span.clone(),
        format!(
            "cannot derive a variant name from message `{}`",
            row.message.value.escape_debug()
        ),
    )
    .help("the message needs ASCII letters, starting with one; or add `name = \"...\"` to the row"))
}

/// `Not Found` -> `NotFound`, `Request-URI Too Long` -> `RequestUriTooLong`, `I'm a teapot`
/// -> `ImATeapot`: words are runs of ASCII letters and digits, apostrophes are dropped.
pub fn upper_camel_case(message: &str) -> String {
    message
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .flat_map(|word| {
            let mut chars = word.chars().filter(char::is_ascii_alphanumeric);
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
        })
        .collect()
}

/// An UpperCamelCase identifier of ASCII letters and digits that is not reserved.
fn is_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !RESERVED_NAMES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::load;

    fn row(status: &str, message: &str, extra: &str) -> String {
        format!(
            "[[code]]\nstatus = {status}\nmessage = \"{message}\"\ndescription = \"d\"\n{extra}"
        )
    }

    fn check(source: &str) -> Result<Vec<Code>, Vec<String>> {
        let (table, errors) = load(source);
        assert!(errors.is_empty(), "{errors:?}");
        validate(&table, source).map_err(|errors| errors.into_iter().map(|e| e.message).collect())
    }

    #[test]
    fn a_valid_table_yields_codes_in_table_order_with_derived_names() {
        let source =
            row("503", "Service Unavailable", "retryable = true\n") + &row("404", "Not Found", "");
        let codes = check(&source).unwrap();
        assert_eq!(
            codes.iter().map(|c| c.status).collect::<Vec<_>>(),
            [503, 404]
        );
        assert_eq!(codes[0].name, "ServiceUnavailable");
        assert!(codes[0].retryable && !codes[1].retryable);
    }

    #[test]
    fn statuses_outside_http_are_rejected() {
        for status in ["99", "600", "-404", "65536"] {
            assert_eq!(
                check(&row(status, "X", "")).unwrap_err(),
                [format!(
                    "status {status} is out of range: expected an HTTP status in 100..=599"
                )]
            );
        }
    }

    #[test]
    fn a_duplicate_status_names_the_line_of_the_first() {
        let source = row("404", "A", "") + &row("404", "B", "");
        assert_eq!(
            check(&source).unwrap_err(),
            ["duplicate status 404 (first defined at line 2)"]
        );
    }

    #[test]
    fn clashing_names_explicit_or_derived_are_rejected() {
        let source = row("404", "Not Found", "") + &row("410", "Gone", "name = \"NotFound\"\n");
        assert_eq!(
            check(&source).unwrap_err(),
            ["duplicate variant name `NotFound` (also the name of the row at line 1)"]
        );
        let source = row("404", "Not Found", "") + &row("410", "not-found", "");
        assert_eq!(check(&source).unwrap_err().len(), 1);
    }

    #[test]
    fn bad_names_and_blank_texts_are_rejected_together() {
        for name in [
            "Self",
            "ALL",
            "type",
            "notFound",
            "Not_Found",
            "1xx",
            "Ünïcode",
            "",
        ] {
            let source = row("404", "Not Found", &format!("name = \"{name}\"\n"));
            assert_eq!(
                check(&source).unwrap_err(),
                [format!("`{name}` cannot name a variant")]
            );
        }
        assert_eq!(
            check(&row("404", "???", "")).unwrap_err(),
            ["cannot derive a variant name from message `???`"]
        );
        let source = row("404", " ", "").replace("\"d\"", "\"\\t\"");
        assert_eq!(check(&source).unwrap_err().len(), 3);
    }

    /// The rendered errors of a one-row table with this `message` and `description` (TOML
    /// values as written in the file).
    fn rendered(message: &str, description: &str) -> Vec<String> {
        let source =
            format!("[[code]]\nstatus = 415\nmessage = {message}\ndescription = {description}\n");
        let (table, errors) = load(&source);
        assert!(errors.is_empty(), "{errors:?}");
        match validate(&table, &source) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.render("t.toml", &source)).collect(),
        }
    }

    #[test]
    fn a_reason_phrase_is_one_line_without_control_characters() {
        for (message, what) in [
            (r#""Accepted\nLater""#, "a line break (U+000A line feed)"),
            (r#""Accepted\r""#, "a line break (U+000D carriage return)"),
            (
                "\"Accepted\u{2028}Later\"",
                "a line break (U+2028 line separator)",
            ),
            (r#""Acc\u0007epted""#, "a control character (U+0007)"),
            (r#""Acc\u0085epted""#, "a line break (U+0085 next line)"),
            (r#""Acc\u009bepted""#, "a control character (U+009B)"),
        ] {
            let errors = rendered(message, "\"d\"");
            assert_eq!(errors.len(), 1, "{message}: {errors:?}");
            assert!(
                errors[0].starts_with(&format!("t.toml:3:11: `message` contains {what}")),
                "{}",
                errors[0]
            );
            assert!(errors[0].contains("reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )"));
        }
    }

    #[test]
    fn a_reason_phrase_has_no_whitespace_at_its_ends() {
        assert_eq!(
            rendered(r#""Accepted\t""#, "\"d\""),
            ["t.toml:3:11: `message` ends with whitespace\n  |\n3 | message = \"Accepted\\t\"\n  |           ^^^^^^^^^^^^\n  = help: remove it: `message = \"Accepted\"`; whitespace at the ends of a reason phrase is invisible and would show in the docs as stray characters"]
        );
        assert!(rendered("\" Accepted \"", "\"d\"")[0]
            .contains("`message` starts and ends with whitespace"));
        assert!(
            rendered("\"\u{a0}Accepted\"", "\"d\"")[0].contains("`message` starts with whitespace")
        );
        // A line break at the end is one mistake, reported once; two mistakes, twice.
        assert_eq!(rendered(r#""Accepted\n""#, "\"d\"").len(), 1);
        assert_eq!(rendered(r#"" Acc\u0007epted""#, "\"d\"").len(), 2);
        // Blank is "empty", not also whitespace at the ends.
        let blank = rendered(r#""\t""#, "\"d\"");
        assert!(blank[0].contains("`message` is empty"), "{blank:?}");
        assert!(!blank.iter().any(|e| e.contains("whitespace")), "{blank:?}");
    }

    #[test]
    fn reason_phrases_may_hold_tabs_inside_and_any_visible_character() {
        for message in [
            r#""Not\tFound""#,
            "\"Não *Encontrado* 見つかりません 🦀\"",
            "\"I'm a <teapot>|\"",
        ] {
            assert_eq!(
                rendered(message, "\"d\""),
                Vec::<String>::new(),
                "{message}"
            );
        }
    }

    #[test]
    fn description_mistakes_point_inside_the_text() {
        let errors = rendered(
            "\"X\"",
            "\"\"\"\nSee [the docs](Foo) and <!-- todo -->.\"\"\"",
        );
        assert_eq!(
            errors,
            [
                "t.toml:5:5: link to `Foo` in `description`: a link must go to a full URL\n  |\n5 | See [the docs](Foo) and <!-- todo -->.\"\"\"\n  |     ^^^^^^^^^^^^^^^\n  = help: rustdoc would resolve it as a Rust path or relative page of whichever crate uses the table; link to `https://...` or `mailto:...`, or escape the brackets (`\\[`, `\\]`) to show them as written",
                "t.toml:5:25: HTML comment in `description`: the docs would not show it\n  |\n5 | See [the docs](Foo) and <!-- todo -->.\"\"\"\n  |                         ^^^^^^^^^^^^^\n  = help: put notes for maintainers in a TOML comment (`# ...`) above the row",
            ]
        );
        let unclosed = rendered("\"X\"", "'''\nText.\n\n```sh\ncurl x'''");
        assert_eq!(unclosed.len(), 1);
        assert!(
            unclosed[0].starts_with("t.toml:7:1: this code block in `description` is never closed\n  |\n7 | ```sh\n  | ^^^^^"),
            "{}",
            unclosed[0]
        );
    }

    #[test]
    fn an_unlinkable_url_and_an_unfaithful_description_are_located() {
        let errors = rendered("\"X\"", "'''\nSee https&#58;//ab.io today.'''");
        assert_eq!(
            errors,
            ["t.toml:5:1: a URL in `description` cannot be made a link\n  |\n5 | See https&#58;//ab.io today.'''\n  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  = help: write it as an autolink, `<https://...>`, or as a link, `[text](https://...)`"]
        );
        let errors = rendered("\"X\"", "'''\n<pre>\n\n    indented\n</pre>'''");
        assert_eq!(
            errors,
            ["t.toml:4:15: `description` cannot be shown in rustdoc as written\n  |\n4 | description = '''\n  |               ^^^\n  = help: its code blocks, HTML and URLs cannot be made safe for rustdoc without changing what the page shows; put code in ```text fences and HTML in `code spans`"]
        );
    }

    #[test]
    fn description_mistakes_in_escaped_text_point_at_the_value() {
        let errors = rendered("\"X\"", r#""Tab\there, see [x](Foo)""#);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("t.toml:4:15: link to `Foo`"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_description_has_no_control_characters_but_line_breaks_and_tabs() {
        let errors = rendered("\"X\"", "\"a\\tb\\nc\\rd\"");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .contains("`description` contains a control character (U+000D carriage return)"),
            "{}",
            errors[0]
        );
        // TOML has control characters only as escapes, so the error points at the value.
        let escaped = rendered("\"X\"", r#""a\u007fb""#);
        assert!(escaped[0].starts_with("t.toml:4:15: "), "{}", escaped[0]);
        assert!(escaped[0].contains("(U+007F delete)"), "{}", escaped[0]);
    }

    #[test]
    fn descriptions_go_to_rustdoc_rewritten() {
        let source = "[[code]]\nstatus = 415\nmessage = \"Unsupported Media Type\"\ndescription = \"\"\"\nFor example:\n\n    curl -d '' https://api.picsart.io\n\nA Vec<u8> body.\"\"\"\n";
        let (table, _) = load(source);
        let codes = validate(&table, source).unwrap();
        assert_eq!(
            codes[0].doc,
            "For example:\n\n```text\ncurl -d '' https://api.picsart.io\n```\n\nA Vec\\<u8\\> body."
        );
        assert!(codes[0].description.contains("    curl"));
    }

    #[test]
    fn upper_camel_case_joins_ascii_words() {
        assert_eq!(upper_camel_case("Not Found"), "NotFound");
        assert_eq!(
            upper_camel_case("Request-URI Too Long"),
            "RequestUriTooLong"
        );
        assert_eq!(upper_camel_case("I'm a teapot"), "ImATeapot");
        assert_eq!(upper_camel_case("??? ok"), "Ok");
    }
}
