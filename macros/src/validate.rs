//! Every rule the table must follow, each producing a located [`Diagnostic`].
//!
//! Reading this file tells you everything the macro enforces about the values of
//! `error-codes.toml`; the shape of the file (keys, types) is checked in [`crate::table`].
//! Each rule is a function of one value; [`validate`] applies them row by row, so that a
//! new rule is one more call in [`check_row`]. A value that breaks a rule is not checked
//! further, so a mistake is reported once and not again through what follows from it
//! (an empty message does not also fail to give a variant name).

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, Diagnostics};
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

/// Where each status and each variant name is first defined, for the duplicate rules.
#[derive(Default)]
struct FirstDefinitions {
    statuses: HashMap<u16, Range<usize>>,
    names: HashMap<String, Range<usize>>,
}

/// Checks every rule on every row, recording each mistake in `diagnostics`, and returns
/// the rows that passed as codes, in table order.
pub fn validate(table: &Table, diagnostics: &mut Diagnostics) -> Vec<Code> {
    let mut first = FirstDefinitions::default();
    table
        .rows
        .iter()
        .filter_map(|row| check_row(row, &mut first, diagnostics))
        .collect()
}

/// Applies every rule to the values one row has (a missing one is already reported).
fn check_row(
    row: &Row,
    first: &mut FirstDefinitions,
    diagnostics: &mut Diagnostics,
) -> Option<Code> {
    let status = (row.status.as_ref())
        .and_then(|status| diagnostics.ok(http_status(status)))
        .and_then(|status| diagnostics.ok(unique_status(status, &mut first.statuses)));
    let message =
        (row.message.as_ref()).and_then(|message| diagnostics.ok(not_blank("message", message)));
    let description = (row.description.as_ref())
        .and_then(|description| diagnostics.ok(not_blank("description", description)));
    let name = match (&row.name, row.name_is_broken) {
        (_, true) => None,
        (Some(name), false) => diagnostics.ok(given_name(name)),
        (None, false) => message.and_then(|message| diagnostics.ok(derived_name(message))),
    }
    .and_then(|name| diagnostics.ok(unique_name(name, row.name.is_none(), &mut first.names)));
    Some(Code {
        status: status?.value,
        name: name?.value,
        message: message?.value.clone(),
        description: description?.value.clone(),
        retryable: row.retryable.as_ref().is_some_and(|r| r.value),
    })
}

/// The status is an HTTP status.
fn http_status(status: &Spanned<i64>) -> Result<Spanned<u16>, Diagnostic> {
    u16::try_from(status.value)
        .ok()
        .filter(|s| STATUS_RANGE.contains(s))
        .map(|value| Spanned {
            value,
            span: status.span.clone(),
        })
        .ok_or_else(|| {
            Diagnostic::new(
                status.span.clone(),
                format!(
                    "status {} is out of range: expected an HTTP status in 100..=599",
                    status.value
                ),
            )
        })
}

/// No earlier row has this status.
fn unique_status(
    status: Spanned<u16>,
    first: &mut HashMap<u16, Range<usize>>,
) -> Result<Spanned<u16>, Diagnostic> {
    unique(status, first, |status| {
        Diagnostic::new(
            status.span.clone(),
            format!("duplicate status {}", status.value),
        )
        .help("each status appears in one row only; remove or renumber one of them")
    })
}

/// No earlier row has this variant name; `derived` says it comes from the message.
fn unique_name(
    name: Spanned<String>,
    derived: bool,
    first: &mut HashMap<String, Range<usize>>,
) -> Result<Spanned<String>, Diagnostic> {
    unique(name, first, |name| {
        let message = format!("duplicate variant name `{}`", name.value);
        let help = if derived {
            "the name is derived from `message`; give one of the two rows a distinct `name = \"...\"`"
        } else {
            "give one of the two rows a distinct `name = \"...\"`"
        };
        Diagnostic::new(name.span.clone(), message).help(help)
    })
}

/// Both duplicate rules: the value is new, or the error `duplicate` makes, pointing at the
/// first definition with a secondary label.
fn unique<T: Clone + Eq + Hash>(
    value: Spanned<T>,
    first: &mut HashMap<T, Range<usize>>,
    duplicate: impl FnOnce(&Spanned<T>) -> Diagnostic,
) -> Result<Spanned<T>, Diagnostic> {
    if let Some(first) = first.get(&value.value) {
        return Err(duplicate(&value).secondary(first.clone(), "first defined here"));
    }
    first.insert(value.value.clone(), value.span.clone());
    Ok(value)
}

/// `message` and `description` have some text.
fn not_blank<'a>(key: &str, text: &'a Spanned<String>) -> Result<&'a Spanned<String>, Diagnostic> {
    if text.value.trim().is_empty() {
        return Err(
            Diagnostic::new(text.span.clone(), format!("`{key}` is empty")).help(format!(
                "write the code's {key}; it becomes part of the generated docs"
            )),
        );
    }
    Ok(text)
}

/// An explicit `name` is a valid variant name.
fn given_name(name: &Spanned<String>) -> Result<Spanned<String>, Diagnostic> {
    if is_variant_name(&name.value) {
        return Ok(name.clone());
    }
    Err(Diagnostic::new(
        name.span.clone(),
        format!("`{}` cannot name a variant", name.value.escape_debug()),
    )
    .help(
        "a name is an UpperCamelCase Rust identifier made of ASCII letters and digits, \
         such as `NotFound`, and not `Self` or `ALL`",
    ))
}

/// Without `name`, the message in UpperCamelCase names the variant; it is located at the
/// message.
fn derived_name(message: &Spanned<String>) -> Result<Spanned<String>, Diagnostic> {
    let derived = upper_camel_case(&message.value);
    if is_variant_name(&derived) {
        return Ok(Spanned {
            value: derived,
            span: message.span.clone(),
        });
    }
    Err(Diagnostic::new(
        message.span.clone(),
        format!(
            "cannot derive a variant name from message `{}`",
            message.value.escape_debug()
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

    /// The codes of a table, or the messages of every mistake `load` and `validate` found.
    fn check(source: &str) -> Result<Vec<Code>, Vec<String>> {
        let mut diagnostics = Diagnostics::default();
        let table = load(source, &mut diagnostics);
        let codes = validate(&table, &mut diagnostics);
        if diagnostics.is_empty() {
            return Ok(codes);
        }
        Err(diagnostics
            .into_sorted()
            .into_iter()
            .map(|e| e.message)
            .collect())
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
    fn both_duplicate_rules_point_at_the_first_definition() {
        let source = row("404", "A", "") + &row("404", "B", "name = \"A\"\n");
        let mut diagnostics = Diagnostics::default();
        validate(&load(&source, &mut diagnostics), &mut diagnostics);
        let errors = diagnostics.into_sorted();
        let text = |span: &Range<usize>| &source[span.clone()];
        assert_eq!(errors.len(), 2);
        for (error, first, duplicate) in
            [(&errors[0], "404", "404"), (&errors[1], "\"A\"", "\"A\"")]
        {
            let (span, label) = error.secondary.as_ref().expect("a secondary label");
            assert_eq!((text(span), label.as_str()), (first, "first defined here"));
            assert!(span.start < error.span.start);
            assert_eq!(text(&error.span), duplicate);
        }
        assert_eq!(errors[0].message, "duplicate status 404");
        assert_eq!(errors[1].message, "duplicate variant name `A`");
    }

    #[test]
    fn clashing_names_explicit_or_derived_are_rejected() {
        let source = row("404", "Not Found", "") + &row("410", "Gone", "name = \"NotFound\"\n");
        assert_eq!(
            check(&source).unwrap_err(),
            ["duplicate variant name `NotFound`"]
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
        assert_eq!(
            check(&source).unwrap_err(),
            ["`message` is empty", "`description` is empty"],
            "an empty message is not also a name that cannot be derived"
        );
    }

    #[test]
    fn a_row_missing_a_key_still_has_its_other_keys_checked() {
        let source = "[[code]]\nstatus = 404\nmessage = \"Not Found\"\n\
                      [[code]]\nstatus = 700\nmessage = \"not found\"\n\
                      [[code]]\nstatus = 404\nmessage = \"Gone\"\nname = 3\n";
        assert_eq!(
            check(source).unwrap_err(),
            [
                "missing `description` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
                "status 700 is out of range: expected an HTTP status in 100..=599",
                "duplicate variant name `NotFound`",
                "missing `description` in this `[[code]]` row",
                "duplicate status 404",
                "invalid type for `name`: expected a string, found integer",
            ]
        );
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
