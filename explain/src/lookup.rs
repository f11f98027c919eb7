//! What a query names: a documented code, an HTTP status the APIs do not document, or
//! nothing (with the codes it was probably meant to be).
//!
//! Lookup is forgiving, like `rustc --explain`: case and separators do not matter, so
//! `429`, `e429`, `HTTP 429`, `TooManyRequests`, `too_many_requests`, `too-many-requests`,
//! `Too Many Requests` and `429 Too Many Requests` all find the same code.

use picsart_error_codes::ErrorCode;

/// The answer to a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A code of the table.
    Documented(ErrorCode),
    /// An HTTP status (100..=599) that the table lacks, with its RFC 9110 reason phrase
    /// if it has one, and the documented codes it may be a typo of.
    Undocumented {
        status: u16,
        reason: Option<&'static str>,
        suggestions: Vec<ErrorCode>,
    },
    /// A number that is not an HTTP status.
    NotAStatus { number: String },
    /// Nothing matches; the codes within a small edit distance, nearest first.
    Unknown { suggestions: Vec<ErrorCode> },
}

/// Looks `query` up in the table.
pub fn lookup(query: &str) -> Lookup {
    let key = normalize(query);
    // `e429`, `E429`, `http429`, `HTTP 429`: a prefix before a number.
    let key = ["http", "e"]
        .iter()
        .find_map(|prefix| {
            key.strip_prefix(prefix)
                .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(&key);
    let digits = key.len() - key.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, words) = key.split_at(digits);
    if number.is_empty() {
        return match by_words(words) {
            Some(code) => Lookup::Documented(code),
            None => Lookup::Unknown {
                suggestions: near_words(words),
            },
        };
    }
    let Some(status) = number.parse().ok().filter(|s| (100..=599).contains(s)) else {
        return if words.is_empty() {
            Lookup::NotAStatus {
                number: number.to_owned(),
            }
        } else {
            // `4o4`, `5xx`: not a number at all.
            Lookup::Unknown {
                suggestions: near_words(key),
            }
        };
    };
    match (ErrorCode::from_u16(status), words) {
        (Some(code), "") => Lookup::Documented(code),
        // `429 Too Many Requests`, as `Display` writes it and logs show it.
        (Some(code), words) if keys(code).contains(&normalize(words)) => Lookup::Documented(code),
        (Some(code), words) => {
            // The number and the words disagree: offer both readings.
            let mut suggestions = vec![code];
            suggestions.extend(near_words(words).into_iter().filter(|&c| c != code));
            Lookup::Unknown { suggestions }
        }
        (None, "") => {
            let reason = http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason());
            // A status without a standard meaning is more likely a typo (`492` for `429`).
            let suggestions = if reason.is_none() {
                near_status(number)
            } else {
                Vec::new()
            };
            Lookup::Undocumented {
                status,
                reason,
                suggestions,
            }
        }
        (None, words) => Lookup::Unknown {
            suggestions: near_words(words),
        },
    }
}

/// Lowercase letters and digits only: `NOT_FOUND`, `not-found` and `Not Found` all become
/// `notfound`.
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The normalized names of a code: its variant name and its reason phrase.
fn keys(code: ErrorCode) -> [String; 2] {
    [normalize(code.name()), normalize(code.message())]
}

fn by_words(words: &str) -> Option<ErrorCode> {
    ErrorCode::ALL
        .iter()
        .copied()
        .find(|&code| keys(code).iter().any(|key| key == words))
}

/// Codes whose names are a few edits from `words`, or contain it, nearest first.
fn near_words(words: &str) -> Vec<ErrorCode> {
    if words.is_empty() {
        return Vec::new();
    }
    nearest(|code| {
        keys(code)
            .iter()
            .filter_map(|key| {
                let distance = strsim::damerau_levenshtein(words, key);
                if distance <= (key.len() / 4).max(1) {
                    Some(distance)
                } else if words.len() >= 4 && key.contains(words) {
                    // `payment`, `too large`: part of a name, ranked after typos.
                    Some(key.len() - words.len())
                } else {
                    None
                }
            })
            .min()
    })
}

/// Documented statuses one edit (a typo or a swap of two digits) from `number`.
fn near_status(number: &str) -> Vec<ErrorCode> {
    nearest(|code| {
        Some(strsim::damerau_levenshtein(
            number,
            &code.as_u16().to_string(),
        ))
        .filter(|&d| d <= 1)
    })
}

/// The codes `distance` accepts, nearest first, at most three.
fn nearest(distance: impl Fn(ErrorCode) -> Option<usize>) -> Vec<ErrorCode> {
    let mut near: Vec<(usize, ErrorCode)> = ErrorCode::ALL
        .iter()
        .filter_map(|&code| distance(code).map(|d| (d, code)))
        .collect();
    near.sort_by_key(|&(d, code)| (d, code.as_u16()));
    near.into_iter().take(3).map(|(_, code)| code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorCode::*;

    #[test]
    fn a_code_is_found_by_status_name_or_reason_phrase_in_any_style() {
        for query in [
            "404",
            "e404",
            "E404",
            "http404",
            "HTTP 404",
            "NotFound",
            "notfound",
            "not found",
            "NOT_FOUND",
            "not-found",
            "Not Found",
            "404 Not Found",
            "  404  ",
        ] {
            assert_eq!(lookup(query), Lookup::Documented(NotFound), "{query:?}");
        }
        assert_eq!(
            lookup("too_many_requests"),
            Lookup::Documented(TooManyRequests)
        );
    }

    #[test]
    fn a_status_the_table_lacks_gets_its_standard_meaning() {
        assert_eq!(
            lookup("418"),
            Lookup::Undocumented {
                status: 418,
                reason: Some("I'm a teapot"),
                suggestions: vec![]
            }
        );
    }

    #[test]
    fn a_status_without_a_standard_meaning_suggests_documented_statuses_one_typo_away() {
        assert_eq!(
            lookup("492"),
            Lookup::Undocumented {
                status: 492,
                reason: None,
                suggestions: vec![PaymentRequired, UnprocessableContent, TooManyRequests]
            }
        );
    }

    #[test]
    fn a_number_outside_http_is_not_a_status() {
        for (query, number) in [
            ("42", "42"),
            ("e1000", "1000"),
            ("99999999999999999999", "99999999999999999999"),
        ] {
            assert_eq!(
                lookup(query),
                Lookup::NotAStatus {
                    number: number.into()
                },
                "{query:?}"
            );
        }
    }

    #[test]
    fn digits_followed_by_letters_are_not_called_a_status() {
        assert_eq!(
            lookup("5xx"),
            Lookup::Unknown {
                suggestions: vec![]
            }
        );
    }

    #[test]
    fn near_misses_suggest_the_nearest_codes() {
        let suggestions = |query| match lookup(query) {
            Lookup::Unknown { suggestions } => suggestions,
            other => panic!("{query:?}: {other:?}"),
        };
        assert_eq!(suggestions("not fund"), [NotFound]);
        assert_eq!(suggestions("Forbiden"), [Forbidden]);
        assert_eq!(suggestions("too many request"), [TooManyRequests]);
        assert_eq!(
            suggestions("too large"),
            [RequestEntityTooLarge, RequestHeaderFieldsTooLarge]
        );
        assert_eq!(suggestions("teapot"), []);
        assert_eq!(suggestions(""), []);
    }

    #[test]
    fn a_status_and_words_that_disagree_suggest_both_readings() {
        assert_eq!(
            lookup("404 Too Many Requests"),
            Lookup::Unknown {
                suggestions: vec![NotFound, TooManyRequests]
            }
        );
    }
}
