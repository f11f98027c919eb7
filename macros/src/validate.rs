//! Every rule the table must follow, each producing a located [`Diagnostic`].
//!
//! Reading this file tells you everything the macro enforces about the values of
//! `error-codes.toml`; the shape of the file (keys, types) is checked in [`crate::table`].

use std::collections::HashMap;

use crate::diagnostic::{line_of, Diagnostic};
use crate::table::{Row, Spanned, Table};

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
    /// The Markdown description.
    pub description: String,
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
        let status = check_status(row, source, &mut first_status);
        let message = check_text("message", &row.message);
        let description = check_text("description", &row.description);
        let name = check_name(row, source, &mut first_name);
        match (status, message, description, name) {
            (Ok(status), Ok(()), Ok(()), Ok(name)) => codes.push(Code {
                status,
                name,
                message: row.message.value.clone(),
                description: row.description.value.clone(),
                retryable: row.retryable.as_ref().is_some_and(|r| r.value),
            }),
            (status, message, description, name) => errors.extend(
                [status.err(), message.err(), description.err(), name.err()]
                    .into_iter()
                    .flatten(),
            ),
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
