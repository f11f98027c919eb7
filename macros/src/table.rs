//! The table file: read it, parse the TOML and type each `[[code]]` row, keeping the byte
//! span of every value so later errors can point at it.
//!
//! Only the shape of the file is checked here (syntax, keys, types, presence). The rules
//! about the values themselves live in [`crate::validate`].

use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};

use crate::diagnostic::{locate, Diagnostic};

/// The keys a `[[code]]` row may have, in the order the docs list them.
pub const ROW_KEYS: [&str; 5] = ["status", "message", "description", "retryable", "name"];

/// A value of the table and the bytes of the source it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Byte range of the value in the table's source.
    pub span: Range<usize>,
}

/// The typed table: every row that has the right keys with the right types.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The rows, in file order.
    pub rows: Vec<Row>,
}

/// One `[[code]]` row, before validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The whole row, for errors about the row itself.
    pub span: Range<usize>,
    /// `status`: any TOML integer; the range is checked by validation.
    pub status: Spanned<i64>,
    /// `message`: the reason phrase.
    pub message: Spanned<String>,
    /// `description`: Markdown text for the docs.
    pub description: Spanned<String>,
    /// `retryable`, if given.
    pub retryable: Option<Spanned<bool>>,
    /// `name`, if given.
    pub name: Option<Spanned<String>>,
}

/// Where the text of the string value `text` starts in `source`, if the value is written
/// verbatim (no escape sequences): then byte `i` of the text is byte `start + i` of the file,
/// and an error about part of the text can point at that part.
pub fn verbatim_start(source: &str, text: &Spanned<String>) -> Option<usize> {
    let raw = source.get(text.span.clone())?;
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| raw.len() >= 2 * q.len() && raw.starts_with(q) && raw.ends_with(q))?;
    let mut start = text.span.start + quote.len();
    let end = text.span.end - quote.len();
    // A line break right after the opening `"""` or `'''` is not part of the text.
    if quote.len() == 3 && source[start..].starts_with('\n') {
        start += 1;
    }
    (source.get(start..end)? == text.value).then_some(start)
}

/// Reads the table at `path`; the error names the path it looked for, or locates the first
/// byte that is not UTF-8 (with `shown_path`, the path as the user wrote it).
///
/// CRLF line endings become LF, so that a checkout with Windows line endings generates the
/// same texts (multi-line strings would otherwise keep the `\r`). Lines and columns do not
/// change; an escaped `\r\n` inside a string is untouched.
pub fn read(path: &Path, shown_path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|err| {
        format!(
            "cannot read the error-code table `{}`: {err}",
            path.display()
        )
    })?;
    let source = String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let prefix = std::str::from_utf8(&err.as_bytes()[..valid]).unwrap_or_default();
        let (line, column) = locate(prefix, valid);
        format!(
            "{shown_path}:{line}:{column}: the error-code table is not valid UTF-8 (byte 0x{:02x}); save it as UTF-8",
            err.as_bytes()[valid],
        )
    })?;
    Ok(if source.contains('\r') {
        source.replace("\r\n", "\n")
    } else {
        source
    })
}

/// Parses `source` into a [`Table`].
///
/// Never fails outright: rows with a mistake are left out of the table and each mistake is
/// reported, so that one build shows all of them. A TOML syntax error stops at once, since
/// nothing after it can be trusted.
pub fn load(source: &str) -> (Table, Vec<Diagnostic>) {
    let document = match DeTable::parse(source) {
        Ok(document) => document,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            let message = format!("invalid TOML: {}", err.message().trim_end());
            return (Table::default(), vec![Diagnostic::new(span, message)]);
        }
    };
    let mut errors = Vec::new();
    let mut table = Table::default();
    let mut codes = None;
    for (key, value) in document.get_ref().iter() {
        if key.get_ref() == "code" {
            codes = Some(value);
        } else {
            errors.push(
                Diagnostic::new(
                    key.span(),
                    format!("unknown key `{}`, expected `code`", key.get_ref()),
                )
                .help("every row of the table starts with a `[[code]]` header"),
            );
        }
    }
    let no_codes = Diagnostic::new(0..0, "the table has no codes")
        .help("add a `[[code]]` row with `status`, `message` and `description`");
    let Some(codes) = codes else {
        if errors.is_empty() {
            errors.push(no_codes);
        }
        return (table, errors);
    };
    match codes.get_ref() {
        DeValue::Array(entries) if entries.is_empty() => errors.push(no_codes),
        DeValue::Array(entries) => {
            for entry in entries.iter() {
                match entry.get_ref() {
                    DeValue::Table(row) => {
                        if let Some(row) = load_row(row, entry.span(), &mut errors) {
                            table.rows.push(row);
                        }
                    }
                    other => errors.push(Diagnostic::new(
                        entry.span(),
                        format!(
                            "invalid type: expected a `[[code]]` table, found {}",
                            other.type_str()
                        ),
                    )),
                }
            }
        }
        DeValue::Table(_) => errors.push(
            Diagnostic::new(
                codes.span(),
                "`code` must be an array of tables, one per code",
            )
            .help("write each row's header as `[[code]]`, with double brackets"),
        ),
        other => errors.push(
            Diagnostic::new(
                codes.span(),
                format!(
                    "invalid type: expected `[[code]]` rows, found {}",
                    other.type_str()
                ),
            )
            .help("write each row's header as `[[code]]`, with double brackets"),
        ),
    }
    (table, errors)
}

/// Types one row; `None` if a key it cannot do without (`status`, `message`,
/// `description`, a given `name`) is missing or of the wrong type. Mistakes in the other
/// keys are recorded but keep the row, so that its values are still validated.
fn load_row(row: &DeTable<'_>, span: Range<usize>, errors: &mut Vec<Diagnostic>) -> Option<Row> {
    let (mut status, mut message, mut description, mut retryable, mut name) =
        (None, None, None, None, None);
    for (key, value) in row.iter() {
        match key.get_ref().as_ref() {
            "status" => status = found(integer("status", value), errors),
            "message" => message = found(string("message", value), errors),
            "description" => description = found(string("description", value), errors),
            "retryable" => retryable = found(boolean("retryable", value), errors),
            "name" => name = found(string("name", value), errors),
            unknown => errors.push(unknown_row_key(unknown, key.span())),
        }
    }
    for (key, present) in [
        ("status", status.is_some()),
        ("message", message.is_some()),
        ("description", description.is_some()),
    ] {
        // A key given with the wrong type, or misspelt (already reported with a "did you
        // mean"), is one mistake, not two.
        let given = row.iter().any(|(k, _)| {
            k.get_ref() == key
                || (!ROW_KEYS.contains(&k.get_ref().as_ref())
                    && suggestion(k.get_ref()) == Some(key))
        });
        if !present && !given {
            errors.push(
                Diagnostic::new(
                    span.clone(),
                    format!("missing `{key}` in this `[[code]]` row"),
                )
                .help(format!(
                    "every row needs `status`, `message` and `description`; add `{key} = ...`"
                )),
            );
        }
    }
    let name_is_broken = name.is_none() && row.iter().any(|(k, _)| k.get_ref() == "name");
    if name_is_broken {
        return None;
    }
    Some(Row {
        span,
        status: status?,
        message: message?,
        description: description?,
        retryable,
        name,
    })
}

/// The value of a typed key, or `None` with its mistake recorded.
fn found<T>(result: Result<T, Diagnostic>, errors: &mut Vec<Diagnostic>) -> Option<T> {
    result.map_err(|err| errors.push(err)).ok()
}

type Value<'a> = toml::Spanned<DeValue<'a>>;

fn invalid_type(key: &str, expected: &str, value: &Value<'_>) -> Diagnostic {
    Diagnostic::new(
        value.span(),
        format!(
            "invalid type for `{key}`: expected {expected}, found {}",
            value.get_ref().type_str()
        ),
    )
}

fn integer(key: &str, value: &Value<'_>) -> Result<Spanned<i64>, Diagnostic> {
    match value.get_ref() {
        DeValue::Integer(int) => i64::from_str_radix(int.as_str(), int.radix())
            .map(|number| Spanned {
                value: number,
                span: value.span(),
            })
            .map_err(|_| {
                Diagnostic::new(
                    value.span(),
                    format!("`{key}` does not fit in a 64-bit integer"),
                )
                .help("an HTTP status is a number in 100..=599")
            }),
        DeValue::String(text) if text.trim().parse::<i64>().is_ok() => {
            Err(invalid_type(key, "an integer", value)
                .help(format!("remove the quotes: `{key} = {}`", text.trim())))
        }
        _ => Err(invalid_type(key, "an integer", value)),
    }
}

fn string(key: &str, value: &Value<'_>) -> Result<Spanned<String>, Diagnostic> {
    match value.get_ref() {
        DeValue::String(text) => Ok(Spanned {
            value: text.to_string(),
            span: value.span(),
        }),
        _ => Err(invalid_type(key, "a string", value)
            .help(format!("quote the value: `{key} = \"...\"`"))),
    }
}

fn boolean(key: &str, value: &Value<'_>) -> Result<Spanned<bool>, Diagnostic> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Ok(Spanned {
            value: *flag,
            span: value.span(),
        }),
        _ => Err(invalid_type(key, "a boolean", value).help(format!(
            "write `{key} = true` or `{key} = false`, without quotes"
        ))),
    }
}

fn unknown_row_key(key: &str, span: Range<usize>) -> Diagnostic {
    let expected = ROW_KEYS.map(|k| format!("`{k}`")).join(", ");
    let diagnostic = Diagnostic::new(
        span,
        format!("unknown key `{key}` in a `[[code]]` row, expected one of {expected}"),
    );
    match suggestion(key) {
        Some(known) => diagnostic.help(format!("did you mean `{known}`?")),
        None => diagnostic,
    }
}

/// The row key that an unknown `key` is likely a misspelling of.
fn suggestion(key: &str) -> Option<&'static str> {
    ROW_KEYS
        .into_iter()
        .find(|known| edit_distance(key, known) <= 2)
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::TempDir;

    const ROW: &str = "[[code]]\nstatus = 404\nmessage = \"Not Found\"\ndescription = \"Gone.\"\n";

    fn messages(source: &str) -> Vec<String> {
        let (_, errors) = load(source);
        errors.into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn verbatim_texts_map_to_their_bytes_in_the_file() {
        let source = "a = \"x\"\nb = '''\nline'''\nc = \"\\\"\"\nd = \"\"\"y\"\"\"\n";
        let at = |value: &str, start: usize, end: usize| {
            verbatim_start(
                source,
                &Spanned {
                    value: value.into(),
                    span: start..end,
                },
            )
        };
        assert_eq!(at("x", 4, 7), Some(5));
        assert_eq!(&source[5..6], "x");
        assert_eq!(at("line", 12, 23), Some(16));
        assert_eq!(&source[16..20], "line");
        // An escape makes the text differ from the bytes: no position inside it.
        assert_eq!(at("\"", 28, 32), None);
        assert_eq!(at("y", 37, 44), Some(40));
        assert_eq!(at("x", 0, 999), None);
    }

    #[test]
    fn a_good_row_is_typed_with_the_spans_of_its_values() {
        let (table, errors) = load(ROW);
        assert!(errors.is_empty(), "{errors:?}");
        let row = &table.rows[0];
        assert_eq!(row.status.value, 404);
        assert_eq!(&ROW[row.status.span.clone()], "404");
        assert_eq!(&ROW[row.message.span.clone()], "\"Not Found\"");
        assert_eq!(row.description.value, "Gone.");
        assert_eq!((row.retryable.clone(), row.name.clone()), (None, None));
    }

    #[test]
    fn unknown_keys_are_named_with_the_expected_ones_and_a_suggestion() {
        let (_, errors) = load(&ROW.replace("message", "messgae"));
        assert_eq!(
            errors.len(),
            1,
            "a misspelt key is not also a missing one: {errors:?}"
        );
        assert_eq!(
            errors[0].message,
            "unknown key `messgae` in a `[[code]]` row, expected one of `status`, `message`, `description`, `retryable`, `name`"
        );
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `message`?"));
        assert_eq!(
            messages(&ROW.replace("[[code]]", "[[codes]]"))[0],
            "unknown key `codes`, expected `code`"
        );
    }

    #[test]
    fn wrong_types_say_what_was_expected_and_found() {
        let (_, errors) = load(&ROW.replace("404", "\"404\""));
        assert_eq!(
            errors[0].message,
            "invalid type for `status`: expected an integer, found string"
        );
        assert_eq!(
            errors[0].help.as_deref(),
            Some("remove the quotes: `status = 404`")
        );
        assert_eq!(
            messages(&format!("{ROW}retryable = \"yes\"\n"))[0],
            "invalid type for `retryable`: expected a boolean, found string"
        );
        assert_eq!(
            messages(&ROW.replace("[[code]]", "[code]"))[0],
            "`code` must be an array of tables, one per code"
        );
    }

    #[test]
    fn every_missing_key_of_every_row_is_reported() {
        let source = "[[code]]\nstatus = 1\n[[code]]\nmessage = \"a\"\n";
        assert_eq!(
            messages(source),
            [
                "missing `message` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
                "missing `status` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
            ]
        );
    }

    #[test]
    fn an_empty_table_and_syntax_errors_are_reported() {
        assert_eq!(messages(""), ["the table has no codes"]);
        assert_eq!(messages("code = []"), ["the table has no codes"]);
        let errors = messages("[[code]]\nmessage = \"open\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("invalid TOML: "), "{errors:?}");
    }

    #[test]
    fn a_row_with_a_mistake_in_an_optional_key_is_still_loaded() {
        let (table, errors) = load(&format!("{ROW}retryable = \"no\"\nsatus = 1\n"));
        assert_eq!(errors.len(), 2);
        assert_eq!(table.rows.len(), 1);
        assert!(table.rows[0].retryable.is_none());
        let (table, errors) = load(&format!("{ROW}name = 3\n"));
        assert_eq!((table.rows.len(), errors.len()), (0, 1));
    }

    #[test]
    fn read_turns_crlf_line_endings_into_lf_and_locates_bad_utf8() {
        let dir = TempDir::new("read");
        let crlf = dir.write("crlf.toml", ROW.replace('\n', "\r\n"));
        let latin1 = dir.write("latin1.toml", b"[[code]]\r\nmessage = \"caf\xe9\"\n");
        let (read_crlf, read_latin1) = (read(&crlf, "c.toml"), read(&latin1, "l.toml"));
        assert_eq!(read_crlf.unwrap(), ROW);
        assert_eq!(
            read_latin1.unwrap_err(),
            "l.toml:2:15: the error-code table is not valid UTF-8 (byte 0xe9); save it as UTF-8"
        );
        assert!(read(&dir.path().join("gone.toml"), "g.toml")
            .unwrap_err()
            .starts_with("cannot read the error-code table `"));
    }

    #[test]
    fn integers_beyond_64_bits_are_an_error_not_a_wrap() {
        let errors = messages(&ROW.replace("404", "99999999999999999999"));
        assert_eq!(errors, ["`status` does not fit in a 64-bit integer"]);
    }

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("messgae", "message"), 2);
        assert_eq!(edit_distance("status", "status"), 0);
        assert_eq!(edit_distance("", "name"), 4);
    }
}
