//! What a query names: a documented code, an HTTP status the APIs do not document, or
//! nothing (with the codes it was probably meant to be).
//!
//! Lookup is forgiving, like `rustc --explain`: case and separators do not matter, so
//! `429`, `e429`, `HTTP 429`, `TooManyRequests`, `too_many_requests`, `too-many-requests`,
//! `Too Many Requests`, `429 Too Many Requests`, `Too Many Requests (429)`, the status
//! line `HTTP/1.1 429 Too Many Requests` and the standard reason phrase (`Payload Too
//! Large` for 413) all find the same code. A standard reason phrase the table lacks (`Bad
//! Gateway`) names its status, which the APIs do not document; two numbers (`404 429`) are
//! two statuses, never one.

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
    let query = without_http_version(query);
    // `404 429`: two statuses, not status 404429.
    let numbers: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .map(normalize)
        .map(|token| without_prefix(&token).to_owned())
        .filter(|token| !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    if numbers.len() > 1 {
        let mut suggestions = Vec::new();
        for code in numbers
            .iter()
            .filter_map(|n| n.parse().ok().and_then(ErrorCode::from_u16))
        {
            if !suggestions.contains(&code) {
                suggestions.push(code);
            }
        }
        return Lookup::Unknown { suggestions };
    }
    let key = normalize(query);
    let key = without_prefix(&key);
    let digits = key.len() - key.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, words) = match key.split_at(digits) {
        // `Not Found (404)`: the status after the name reads as before it.
        ("", _) => {
            let words = key.trim_end_matches(|c: char| c.is_ascii_digit());
            (&key[words.len()..], words)
        }
        split => split,
    };
    if number.is_empty() {
        return match (by_words(words), standard_status(words)) {
            (Some(code), _) => Lookup::Documented(code),
            (None, Some(status)) => undocumented(status),
            (None, None) => Lookup::Unknown {
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
        (None, "") => undocumented(status),
        // `502 Bad Gateway`: a status line of a status the table lacks.
        (None, words) if standard_status(words) == Some(status) => undocumented(status),
        (None, words) => Lookup::Unknown {
            suggestions: near_words(words),
        },
    }
}

/// A status (100..=599) the table lacks, with its standard meaning.
fn undocumented(status: u16) -> Lookup {
    let reason = standard_reason(status);
    // A status without a standard meaning is more likely a typo (`492` for `429`).
    let suggestions = if reason.is_none() {
        near_status(&status.to_string())
    } else {
        Vec::new()
    };
    Lookup::Undocumented {
        status,
        reason,
        suggestions,
    }
}

/// `HTTP/1.1 429 Too Many Requests` as a status line reads: the version is not part of
/// the status.
fn without_http_version(query: &str) -> &str {
    let query = query.trim_start();
    match query.get(..5) {
        Some(http) if http.eq_ignore_ascii_case("http/") => {
            query[5..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        }
        _ => query,
    }
}

/// `e429`, `E429`, `http429`, `HTTP 429` (normalized): the number after the prefix.
fn without_prefix(key: &str) -> &str {
    ["http", "e"]
        .iter()
        .find_map(|prefix| {
            key.strip_prefix(prefix)
                .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(key)
}

/// RFC 9110's reason phrase of `status` (as the `http` crate has it), if it has one.
fn standard_reason(status: u16) -> Option<&'static str> {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
}

/// The status whose standard reason phrase is `words` (normalized).
fn standard_status(words: &str) -> Option<u16> {
    (100..=599).find(|&status| standard_reason(status).is_some_and(|r| normalize(r) == words))
}

/// Lowercase letters and digits only: `NOT_FOUND`, `not-found` and `Not Found` all become
/// `notfound`.
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The normalized names of a code: its variant name, its reason phrase, and the standard
/// reason phrase of its status (`Payload Too Large` for the table's `Request Entity Too
/// Large`).
fn keys(code: ErrorCode) -> Vec<String> {
    let mut keys = vec![normalize(code.name()), normalize(code.reason_phrase())];
    keys.extend(standard_reason(code.as_u16()).map(normalize));
    keys
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
                // A typo a quarter of the name's length: none in a name shorter than 4
                // (`OK`), where one letter changed is a different word.
                let reach = key.len() / 4;
                // The distance is at least the difference in length: skip what cannot be
                // near (a long query would otherwise cost a distance matrix per name).
                if words.chars().count() > key.len() + reach {
                    return None;
                }
                let distance = strsim::damerau_levenshtein(words, key);
                if distance <= reach {
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
            "Not Found (404)",
            "NotFound404",
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
        // One letter from `OK` (200's standard phrase) is no near miss of it.
        assert_eq!(suggestions("o"), []);
        assert_eq!(suggestions("ko"), []);
        assert_eq!(suggestions(""), []);
    }

    #[test]
    fn a_status_line_with_its_http_version_finds_the_code() {
        for query in [
            "HTTP/1.1 429",
            "HTTP/2 429",
            "http/1.0 429",
            "HTTP/1.1 429 Too Many Requests",
        ] {
            assert_eq!(
                lookup(query),
                Lookup::Documented(TooManyRequests),
                "{query:?}"
            );
        }
    }

    #[test]
    fn separate_numbers_are_not_read_as_one() {
        assert_eq!(
            lookup("404 429"),
            Lookup::Unknown {
                suggestions: vec![NotFound, TooManyRequests]
            }
        );
        assert_eq!(
            lookup("e404 418"),
            Lookup::Unknown {
                suggestions: vec![NotFound]
            }
        );
    }

    #[test]
    fn the_standard_reason_phrase_of_a_status_finds_it() {
        // RFC 9110 / `http` names for documented statuses.
        assert_eq!(
            lookup("Payload Too Large"),
            Lookup::Documented(RequestEntityTooLarge)
        );
        assert_eq!(
            lookup("unprocessable entity"),
            Lookup::Documented(UnprocessableContent)
        );
        assert_eq!(lookup("OK"), Lookup::Documented(Success));
        // A standard status the table lacks, by name or as a status line.
        for query in [
            "bad gateway",
            "Bad-Gateway",
            "502 Bad Gateway",
            "HTTP/1.1 502 Bad Gateway",
        ] {
            assert_eq!(
                lookup(query),
                Lookup::Undocumented {
                    status: 502,
                    reason: Some("Bad Gateway"),
                    suggestions: vec![]
                },
                "{query:?}"
            );
        }
    }

    #[test]
    fn a_very_long_query_is_answered_at_once() {
        // 64 KiB of letters: no name is within reach of it, so no edit distance is
        // computed (before, this took seconds: one distance matrix per name).
        let query = "a".repeat(1 << 16);
        assert_eq!(
            lookup(&query),
            Lookup::Unknown {
                suggestions: vec![]
            }
        );
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
