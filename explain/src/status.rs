//! What the tool says about any status, taken from `ApiError` so that the tool and the
//! library never disagree: the reason phrase, the class and whether to retry all come from
//! `picsart-api-error`, the name and description from the table.

use picsart_api_error::{registered_reason_phrase, ApiError, ErrorCode};
use serde::Serialize;

/// The fields of `--format json`, in the order they are printed (the order of the fields
/// of [`Explanation`]); `--help` and the crate docs list them from here.
pub const JSON_FIELDS: [&str; 7] = [
    "status",
    "reason_phrase",
    "class",
    "documented",
    "retryable",
    "name",
    "description",
];

/// Everything the tool says about a status, documented or not. The same fields for both,
/// serialized in declaration order ([`JSON_FIELDS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The status, 100..=599.
    pub status: u16,
    /// [`ApiError::reason_phrase`].
    pub reason_phrase: &'static str,
    /// The class as `ApiError` names an unregistered status of it ([`class`]).
    pub class: &'static str,
    /// Whether the table documents the status.
    pub documented: bool,
    /// [`ApiError::is_retryable`] of an empty response of this status.
    pub retryable: bool,
    /// The variant name, `null` when undocumented.
    pub name: Option<&'static str>,
    /// The table's description (Markdown), `null` when undocumented.
    pub description: Option<&'static str>,
}

impl Explanation {
    /// What `ApiError` and the table say about `status`.
    pub fn of(status: u16) -> Self {
        let error = ApiError::new(status, b"");
        let code = error.code();
        Explanation {
            status,
            reason_phrase: error.reason_phrase(),
            class: class(status),
            documented: code.is_some(),
            retryable: error.is_retryable(),
            name: code.map(|code| code.name()),
            description: code.map(|code| code.description()),
        }
    }

    /// The first line: what `ApiError` prints for an empty response (`429 Too Many
    /// Requests`, `418 Client Error`).
    pub fn header(&self) -> String {
        ApiError::new(self.status, b"").to_string()
    }

    /// Whether HTTP registers a reason phrase for the status (else `ApiError` calls it by
    /// its class).
    pub fn is_registered(&self) -> bool {
        registered_reason_phrase(self.status).is_some()
    }
}

/// The class of `status` in `ApiError`'s words (RFC 9110 §15: `Client Error` for 4xx): the
/// phrase it prints for a status of the class that neither the table nor HTTP names. The
/// highest of the class that the table lacks is such a status, as HTTP registers none above
/// x51 (a test checks that it holds).
pub fn class(status: u16) -> &'static str {
    let first = status / 100 * 100;
    let unnamed = (first..first + 100)
        .rev()
        .find(|&s| ErrorCode::from_u16(s).is_none())
        .unwrap_or(first + 99);
    ApiError::new(unnamed, b"").reason_phrase()
}

/// Every name a status is found by, in any case: its variant name, reason phrase and the
/// table's aliases of it (`Too Many Request`), RFC 9110's reason phrase where the table's
/// differs (`Content Too Large`), and the older names the `http` crate still uses
/// (`Payload Too Large`, `Unprocessable Entity`, `I'm a teapot`). A status without a
/// registered phrase is not found by its class.
pub fn names(status: u16) -> impl Iterator<Item = &'static str> {
    let error = ApiError::new(status, b"");
    let code = error.code();
    let reason = Some(error.reason_phrase())
        .filter(|_| code.is_some() || registered_reason_phrase(status).is_some());
    let older = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    let aliases = code.map_or(&[][..], |code| code.aliases());
    code.map(|code| code.name())
        .into_iter()
        .chain(reason)
        .chain(aliases.iter().copied())
        .chain(registered_reason_phrase(status))
        .chain(older)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 9110 §15's names of the five classes (an HTTP fact, not the table's).
    const CLASSES: [(u16, &str); 5] = [
        (100, "Informational"),
        (200, "Successful"),
        (300, "Redirection"),
        (400, "Client Error"),
        (500, "Server Error"),
    ];

    #[test]
    fn the_class_is_what_api_error_calls_an_unnamed_status_of_it() {
        for (first, name) in CLASSES {
            for status in first..first + 100 {
                assert_eq!(class(status), name, "{status}");
            }
        }
        // The derivation holds: every status ApiError calls by a class's name is of that
        // class, so there is one vocabulary.
        for status in 100..=599 {
            let phrase = ApiError::new(status, b"").reason_phrase();
            if let Some(&(first, _)) = CLASSES.iter().find(|(_, name)| *name == phrase) {
                assert_eq!(status / 100 * 100, first, "{status} {phrase}");
            }
        }
    }

    #[test]
    fn an_explanation_says_what_api_error_says_for_every_status() {
        for status in 100..=599 {
            let error = ApiError::new(status, b"");
            let explanation = Explanation::of(status);
            assert_eq!(explanation.reason_phrase, error.reason_phrase(), "{status}");
            assert_eq!(explanation.retryable, error.is_retryable(), "{status}");
            assert_eq!(explanation.documented, error.code().is_some(), "{status}");
            assert_eq!(explanation.name.is_some(), explanation.documented);
            assert_eq!(explanation.description.is_some(), explanation.documented);
            assert_eq!(
                explanation.header(),
                format!("{status} {}", error.reason_phrase())
            );
        }
    }

    #[test]
    fn json_fields_are_serialized_in_the_documented_order() {
        for status in [ErrorCode::ALL[0].as_u16(), undocumented()] {
            let json = serde_json::to_string(&Explanation::of(status)).unwrap();
            let keys: Vec<usize> = JSON_FIELDS
                .iter()
                .map(|field| json.find(&format!("\"{field}\":")).expect(field))
                .collect();
            assert!(keys.is_sorted(), "{json}");
            let value: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(
                value.as_object().unwrap().len(),
                JSON_FIELDS.len(),
                "{json}"
            );
        }
    }

    #[test]
    fn a_status_is_found_by_its_rfc_9110_and_older_names() {
        let names = |status| names(status).collect::<Vec<_>>();
        // HTTP facts: RFC 9110 renamed 413 and 422; `http` keeps the older names.
        for (status, name) in [
            (413, "Content Too Large"),
            (413, "Payload Too Large"),
            (422, "Unprocessable Content"),
            (422, "Unprocessable Entity"),
            (418, "I'm a teapot"),
            (502, "Bad Gateway"),
        ] {
            assert!(
                names(status).contains(&name),
                "{status}: {:?}",
                names(status)
            );
        }
        for code in ErrorCode::ALL {
            let status = code.as_u16();
            assert!(names(status).contains(&code.name()), "{code}");
            for alias in code.aliases() {
                assert!(names(status).contains(alias), "{code}: {alias}");
            }
            let reason = ApiError::new(status, b"").reason_phrase();
            assert!(names(status).contains(&reason), "{code}");
        }
        // An unregistered status outside the table has no name: its class is none.
        if let Some(status) = (100..=599).find(|&s| {
            ErrorCode::from_u16(s).is_none()
                && registered_reason_phrase(s).is_none()
                && http::StatusCode::from_u16(s)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .is_none()
        }) {
            assert_eq!(names(status), Vec::<&str>::new(), "{status}");
        }
    }

    /// A status the table lacks.
    fn undocumented() -> u16 {
        (100..=599)
            .find(|&s| ErrorCode::from_u16(s).is_none())
            .expect("a status outside the table")
    }
}
