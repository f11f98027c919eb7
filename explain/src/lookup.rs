//! What a query names: a documented code, an HTTP status the APIs do not document, or
//! nothing (with the codes it was probably meant to be).
//!
//! Lookup is forgiving, like `rustc --explain`: case and separators do not matter, so
//! `429`, `e429`, `HTTP 429`, `TooManyRequests`, `too_many_requests`, `too-many-requests`,
//! `Too Many Requests`, `429 Too Many Requests`, `Too Many Requests (429)` and the status
//! line `HTTP/1.1 429 Too Many Requests` all find the same code, as do the table's aliases
//! of it, RFC 9110's reason phrase and older ones (`Content Too Large` and `Payload Too
//! Large` for 413: see [`status::names`]), and, as `FromStr` reads them, the names a
//! variant had before a rename (the table's `formerly`). A standard reason phrase the
//! table lacks (`Bad Gateway`) names its status, which the APIs do not document; two
//! numbers (`404 429`) are two statuses, never one.

use picsart_api_error::ErrorCode;

use crate::status;

/// The answer to a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A code of the table.
    Documented(ErrorCode),
    /// An HTTP status (100..=599) that the table lacks, and the documented codes it may be
    /// a typo of.
    Undocumented {
        status: u16,
        suggestions: Vec<ErrorCode>,
    },
    /// A number that is not an HTTP status.
    NotAStatus { number: String },
    /// Nothing matches; the codes within a small edit distance, nearest first.
    Unknown { suggestions: Vec<ErrorCode> },
}

/// Looks `query` up in the table.
pub fn lookup(query: &str) -> Lookup {
    // What `FromStr` reads (a status, a name, a former name) is that code: a value logged
    // or stored before a rename still finds it.
    if let Ok(code) = query.trim().parse::<ErrorCode>() {
        return Lookup::Documented(code);
    }
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

/// A status (100..=599) the table lacks.
fn undocumented(status: u16) -> Lookup {
    // A status without a name is more likely a typo (`492` for `429`).
    let suggestions = if status::names(status).next().is_none() {
        near_status(&status.to_string())
    } else {
        Vec::new()
    };
    Lookup::Undocumented {
        status,
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

/// The status (100..=599) outside the table that one of its names is `words` (normalized).
fn standard_status(words: &str) -> Option<u16> {
    (100..=599).find(|&status| status::names(status).any(|name| normalize(name) == words))
}

/// Lowercase letters and digits only: `NOT_FOUND`, `not-found` and `Not Found` all become
/// `notfound`.
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The normalized names of a code ([`status::names`]).
fn keys(code: ErrorCode) -> Vec<String> {
    status::names(code.as_u16()).map(normalize).collect()
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
    nearest(|code| keys(code).iter().filter_map(|key| near(words, key)).min())
}

/// How far `words` is from the name `key` (both normalized), if it is near enough to
/// suggest: a typo, or a part of the name.
fn near(words: &str, key: &str) -> Option<usize> {
    // A typo a quarter of the name's length: none in a name shorter than 4 (`OK`), where
    // one letter changed is a different word.
    let reach = key.len() / 4;
    // The distance is at least the difference in length: skip what cannot be near (a long
    // query would otherwise cost a distance matrix per name).
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
    //! Expectations come from the table (`ErrorCode::ALL`) and from `ApiError`, never a copy
    //! of them: adding a row to `error-codes.toml` breaks none of these tests.

    use picsart_api_error::{registered_reason_phrase, ApiError};

    use super::*;

    /// What a lookup of `status` finds: its code, or the status the table lacks.
    fn found(status: u16) -> Lookup {
        match ErrorCode::from_u16(status) {
            Some(code) => Lookup::Documented(code),
            None => Lookup::Undocumented {
                status,
                suggestions: vec![],
            },
        }
    }

    fn reason_phrase(code: ErrorCode) -> &'static str {
        ApiError::new(code.as_u16(), b"").reason_phrase()
    }

    /// A status outside the table that HTTP names in no way, so probably a typo.
    fn nameless(status: u16) -> bool {
        ErrorCode::from_u16(status).is_none() && status::names(status).next().is_none()
    }

    fn suggestions(query: &str) -> Vec<ErrorCode> {
        match lookup(query) {
            Lookup::Unknown { suggestions } => suggestions,
            other => panic!("{query:?}: {other:?}"),
        }
    }

    #[test]
    fn a_code_is_found_by_status_name_or_reason_phrase_in_any_style() {
        for &code in ErrorCode::ALL {
            let status = code.as_u16();
            let name = code.name();
            let phrase = reason_phrase(code);
            for query in [
                format!("{status}"),
                format!("e{status}"),
                format!("E{status}"),
                format!("http{status}"),
                format!("HTTP {status}"),
                name.to_owned(),
                name.to_lowercase(),
                phrase.to_lowercase(),
                phrase.to_uppercase().replace(' ', "_"),
                phrase.to_lowercase().replace(' ', "-"),
                phrase.to_owned(),
                format!("{status} {phrase}"),
                format!("{phrase} ({status})"),
                format!("{name}{status}"),
                format!("  {status}  "),
            ] {
                assert_eq!(lookup(&query), Lookup::Documented(code), "{query:?}");
            }
        }
    }

    #[test]
    fn a_code_is_found_by_each_of_its_aliases_in_any_style() {
        for &code in ErrorCode::ALL {
            for alias in code.aliases() {
                for query in [
                    alias.to_string(),
                    alias.to_lowercase(),
                    alias.to_uppercase().replace(' ', "_"),
                    format!("{} {alias}", code.as_u16()),
                ] {
                    assert_eq!(lookup(&query), Lookup::Documented(code), "{query:?}");
                }
            }
        }
    }

    #[test]
    fn a_status_the_table_lacks_is_found_without_suggestions_if_http_names_it() {
        let registered = (100..=599)
            .find(|&s| ErrorCode::from_u16(s).is_none() && registered_reason_phrase(s).is_some())
            .expect("a registered status outside the table");
        assert_eq!(lookup(&registered.to_string()), found(registered));
        // 418 is unregistered, but named (`I'm a teapot`) by the `http` crate.
        assert_eq!(lookup("418"), found(418));
    }

    #[test]
    fn a_status_without_a_standard_meaning_suggests_documented_statuses_one_typo_away() {
        // Each documented status with one digit changed, where that lands on no name.
        let mut tried = 0;
        for &code in ErrorCode::ALL {
            let status = code.as_u16().to_string();
            for (i, digit) in (0..status.len()).flat_map(|i| ('0'..='9').map(move |d| (i, d))) {
                let mut typo = status.clone();
                typo.replace_range(i..=i, &digit.to_string());
                let Ok(number) = typo.parse::<u16>() else {
                    continue;
                };
                if !(100..=599).contains(&number) || !nameless(number) {
                    continue;
                }
                tried += 1;
                let Lookup::Undocumented {
                    status: found,
                    suggestions,
                } = lookup(&typo)
                else {
                    panic!("{typo}: {:?}", lookup(&typo));
                };
                assert_eq!(found, number);
                assert!(suggestions.len() <= 3, "{typo}: {suggestions:?}");
                // The nearest three: this code, unless three others are as near.
                assert!(
                    suggestions.contains(&code) || suggestions.len() == 3,
                    "{typo}: {suggestions:?}"
                );
                for near in &suggestions {
                    let distance = strsim::damerau_levenshtein(&typo, &near.as_u16().to_string());
                    assert_eq!(distance, 1, "{typo}: {near}");
                }
            }
        }
        assert!(tried > 0);
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
        for &code in ErrorCode::ALL {
            let phrase = reason_phrase(code);
            // A letter dropped from a phrase long enough to allow a typo (`not fund`).
            if normalize(phrase).len() >= 8 {
                let (middle, _) = phrase
                    .char_indices()
                    .skip(phrase.chars().count() / 2)
                    .find(|(_, c)| c.is_alphanumeric())
                    .expect("a letter in the second half");
                let mut typo = phrase.to_owned();
                typo.remove(middle);
                let suggestions = suggestions(&typo);
                assert_eq!(
                    suggestions.first(),
                    Some(&code),
                    "{typo:?}: {suggestions:?}"
                );
            }
            // A word of the phrase (`payment`, `large`), ranked after typos: among the
            // nearest three.
            let words = phrase.split(' ').filter(|word| word.len() >= 4);
            for word in words.filter(|&word| word != phrase) {
                if let Lookup::Unknown { suggestions } = lookup(word) {
                    assert!(
                        suggestions.contains(&code) || suggestions.len() == 3,
                        "{word:?}: {suggestions:?}"
                    );
                }
            }
        }
        // Nothing near.
        assert_eq!(suggestions("xylophone"), []);
        assert_eq!(suggestions(""), []);
    }

    #[test]
    fn a_name_shorter_than_four_letters_has_no_near_misses() {
        // One letter from `ok` is a different word, not a typo of it.
        assert_eq!(near("o", "ok"), None);
        assert_eq!(near("ko", "ok"), None);
        assert_eq!(near("ok", "ok"), Some(0));
        assert_eq!(near("notfund", "notfound"), Some(1));
        assert_eq!(near("toolarge", "contenttoolarge"), Some(7));
    }

    #[test]
    fn a_status_line_with_its_http_version_finds_the_code() {
        for &code in ErrorCode::ALL {
            let status = code.as_u16();
            let phrase = reason_phrase(code);
            for query in [
                format!("HTTP/1.1 {status}"),
                format!("HTTP/2 {status}"),
                format!("http/1.0 {status}"),
                format!("HTTP/1.1 {status} {phrase}"),
            ] {
                assert_eq!(lookup(&query), Lookup::Documented(code), "{query:?}");
            }
        }
    }

    #[test]
    fn separate_numbers_are_not_read_as_one() {
        let [first, second] = [ErrorCode::ALL[0], ErrorCode::ALL[ErrorCode::ALL.len() - 1]];
        assert_eq!(
            lookup(&format!("{} {}", first.as_u16(), second.as_u16())),
            Lookup::Unknown {
                suggestions: vec![first, second]
            }
        );
        let outside = (100..=599)
            .find(|&s| ErrorCode::from_u16(s).is_none())
            .unwrap();
        assert_eq!(
            lookup(&format!("e{} {outside}", first.as_u16())),
            Lookup::Unknown {
                suggestions: vec![first]
            }
        );
    }

    #[test]
    fn the_standard_reason_phrase_of_a_status_finds_it() {
        // Every name of every status: RFC 9110's, the `http` crate's older ones.
        for status in 100..=599 {
            for name in status::names(status) {
                let expected = match ErrorCode::from_u16(status) {
                    Some(code) => Lookup::Documented(code),
                    None => lookup(&status.to_string()),
                };
                assert_eq!(lookup(name), expected, "{name:?}");
                assert_eq!(lookup(&name.to_lowercase()), expected, "{name:?}");
            }
        }
        // HTTP facts: RFC 9110's names and the older ones of 413 and 422, and 200's.
        for (query, status) in [
            ("Payload Too Large", 413),
            ("content too large", 413),
            ("unprocessable entity", 422),
            ("Unprocessable Content", 422),
            ("I'm a teapot", 418),
            ("OK", 200),
        ] {
            assert_eq!(lookup(query), found(status), "{query:?}");
        }
        // A standard status by name or as a status line, in the table or not.
        for query in [
            "bad gateway",
            "Bad-Gateway",
            "502 Bad Gateway",
            "HTTP/1.1 502 Bad Gateway",
        ] {
            assert_eq!(lookup(query), found(502), "{query:?}");
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
        let [first, second] = [ErrorCode::ALL[0], ErrorCode::ALL[ErrorCode::ALL.len() - 1]];
        let suggestions = suggestions(&format!("{} {}", first.as_u16(), reason_phrase(second)));
        assert_eq!(suggestions[..2], [first, second]);
    }
}
