//! Names of the response headers the client layer reads. Names are matched without regard
//! to case.
//!
//! This module is also the one place where those headers are read: [`ApiError::with_headers`],
//! `ApiError::from_response` and [`RateLimit::from_headers`] all go through it, so they agree
//! on every rule:
//!
//! - each header is looked at once, in the order given;
//! - a value that is not UTF-8, is empty or does not parse is ignored, and never erases a
//!   readable value of the same header sent earlier;
//! - of several readable values of one header, the last one counts;
//! - a number too large to represent is read as the largest one, never as absent: a
//!   `Retry-After` of 10<sup>30</sup> seconds is "too long", not "no hint".
//!
//! ```
//! use std::time::Duration;
//! use picsart_error_codes::{headers, RateLimit};
//!
//! let limit = RateLimit::from_headers([
//!     (headers::RATELIMIT_RESET_TIME, "30"),
//!     (headers::RATELIMIT_RESET_TIME, ""),
//!     (headers::RATELIMIT_AVAILABLE, "99999999999999999999999"),
//! ]);
//! assert_eq!(limit.reset, Some(Duration::from_secs(30)), "the empty duplicate is ignored");
//! assert_eq!(limit.available, Some(u64::MAX), "too large, not absent");
//! ```
//!
//! [`ApiError::with_headers`]: crate::ApiError::with_headers
//! [`RateLimit::from_headers`]: crate::RateLimit::from_headers

use core::time::Duration;

use crate::RateLimit;
#[cfg(feature = "std")]
use crate::RetryAfter;

/// Calls left in the current rate-limit window.
pub const RATELIMIT_AVAILABLE: &str = "X-Picsart-Ratelimit-Available";
/// Calls allowed per window.
pub const RATELIMIT_LIMIT: &str = "X-Picsart-Ratelimit-Limit";
/// Seconds until the window resets.
pub const RATELIMIT_RESET_TIME: &str = "X-Picsart-Ratelimit-Reset-Time";
/// Credits left on the account.
pub const CREDIT_AVAILABLE: &str = "X-Picsart-Credit-Available";
/// The id support asks for in every report.
pub const CORRELATION_ID: &str = "X-Picsart-Correlation-Id";
/// Not documented by Picsart, but honoured if a proxy sends it: seconds or an HTTP date
/// (RFC 9110 §10.2.3).
pub const RETRY_AFTER: &str = "Retry-After";

/// Everything the client layer reads from a response's headers.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ResponseHeaders {
    pub(crate) rate_limit: RateLimit,
    #[cfg(feature = "std")]
    pub(crate) retry_after: Option<RetryAfter>,
    #[cfg(feature = "std")]
    pub(crate) correlation_id: Option<std::string::String>,
}

impl ResponseHeaders {
    /// Takes `(name, value)` pairs into account, in one pass, by the rules of the module.
    pub(crate) fn read<I, K, V>(&mut self, headers: I)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        for (name, value) in headers {
            // The name first: other headers' values (cookies, say) are never decoded.
            let Some(field) = Field::named(name.as_ref()) else {
                continue;
            };
            let Some(value) = text(value.as_ref()) else {
                continue;
            };
            let limit = &mut self.rate_limit;
            match field {
                Field::Available => keep(&mut limit.available, count(value)),
                Field::Limit => keep(&mut limit.limit, count(value)),
                Field::ResetTime => keep(&mut limit.reset, seconds(value)),
                Field::Credits => keep(&mut limit.credits, amount(value)),
                #[cfg(feature = "std")]
                Field::RetryAfter => keep(&mut self.retry_after, RetryAfter::parse(value)),
                #[cfg(feature = "std")]
                Field::CorrelationId => self.correlation_id = Some(value.into()),
                #[cfg(not(feature = "std"))]
                Field::RetryAfter | Field::CorrelationId => {}
            }
        }
    }
}

/// The headers read, one per name above.
#[derive(Clone, Copy)]
enum Field {
    Available,
    Limit,
    ResetTime,
    Credits,
    RetryAfter,
    CorrelationId,
}

impl Field {
    const NAMES: [(&'static str, Field); 6] = [
        (RATELIMIT_AVAILABLE, Field::Available),
        (RATELIMIT_LIMIT, Field::Limit),
        (RATELIMIT_RESET_TIME, Field::ResetTime),
        (CREDIT_AVAILABLE, Field::Credits),
        (RETRY_AFTER, Field::RetryAfter),
        (CORRELATION_ID, Field::CorrelationId),
    ];

    /// The header called `name`, whatever its case, if it is one of ours.
    fn named(name: &str) -> Option<Field> {
        Self::NAMES
            .iter()
            .find(|(known, _)| name.eq_ignore_ascii_case(known))
            .map(|&(_, field)| field)
    }
}

/// Replaces `slot` only with a value that was read: an unreadable duplicate erases nothing.
fn keep<T>(slot: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *slot = value;
    }
}

/// A header value as trimmed text, if it is UTF-8 and not empty.
fn text(value: &[u8]) -> Option<&str> {
    let value = core::str::from_utf8(value).ok()?.trim();
    (!value.is_empty()).then_some(value)
}

/// A count, `1*DIGIT`; one too large for `u64` is `u64::MAX`.
pub(crate) fn count(value: &str) -> Option<u64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(value.parse().unwrap_or(u64::MAX))
}

/// A non-negative decimal number of seconds, `1*DIGIT [ "." *DIGIT ]`; one too large for a
/// `Duration` is `Duration::MAX`.
fn seconds(value: &str) -> Option<Duration> {
    if !is_decimal(value) {
        return None;
    }
    // Only overflow can fail once the text is a plain non-negative decimal.
    let secs: f64 = value.parse().ok()?;
    Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
}

/// A possibly negative decimal amount, `[ "-" ] 1*DIGIT [ "." *DIGIT ]`; one too large for
/// an `f64` is `±f64::MAX`.
fn amount(value: &str) -> Option<f64> {
    if !is_decimal(value.strip_prefix('-').unwrap_or(value)) {
        return None;
    }
    let amount: f64 = value.parse().ok()?;
    Some(amount.clamp(f64::MIN, f64::MAX))
}

/// Whether `value` is `1*DIGIT [ "." *DIGIT ]`: no sign, exponent, `inf` or `NaN`, which
/// `f64`'s parser would otherwise accept.
fn is_decimal(value: &str) -> bool {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    !whole.is_empty()
        && [whole, fraction]
            .iter()
            .all(|part| part.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    // The crate may be `no_std`; its tests are not.
    extern crate std;
    use std::format;

    use super::*;

    fn read<'a>(headers: &[(&'a str, &'a str)]) -> ResponseHeaders {
        let mut read = ResponseHeaders::default();
        read.read(headers.iter().copied());
        read
    }

    #[test]
    fn an_unreadable_duplicate_never_erases_a_readable_value() {
        let garbage = ["", " ", "soon", "1e3", "NaN", "12 calls"];
        for bad in garbage {
            let exhausted = read(&[
                (RATELIMIT_AVAILABLE, "0"),
                (RATELIMIT_LIMIT, "500"),
                (RATELIMIT_RESET_TIME, "30"),
                (CREDIT_AVAILABLE, "0"),
                (RATELIMIT_AVAILABLE, bad),
                (RATELIMIT_LIMIT, bad),
                (RATELIMIT_RESET_TIME, bad),
                (CREDIT_AVAILABLE, bad),
            ]);
            let expected = RateLimit {
                available: Some(0),
                limit: Some(500),
                reset: Some(Duration::from_secs(30)),
                credits: Some(0.0),
            };
            assert_eq!(exhausted.rate_limit, expected, "{bad:?}");
        }
        let mut with_bytes = ResponseHeaders::default();
        with_bytes.read([
            (RATELIMIT_AVAILABLE, &b"0"[..]),
            (RATELIMIT_AVAILABLE, b"\xff"),
        ]);
        assert_eq!(with_bytes.rate_limit.available, Some(0));
    }

    #[test]
    fn of_several_readable_values_the_last_counts() {
        let limit = read(&[(RATELIMIT_AVAILABLE, "3"), (RATELIMIT_AVAILABLE, "2")]).rate_limit;
        assert_eq!(limit.available, Some(2));
    }

    #[test]
    fn numbers_too_large_to_represent_are_the_largest_not_absent() {
        let huge = "99999999999999999999999999999";
        let limit = read(&[
            (RATELIMIT_AVAILABLE, huge),
            (RATELIMIT_RESET_TIME, &format!("{huge}.5")),
            (CREDIT_AVAILABLE, &"9".repeat(400)),
        ])
        .rate_limit;
        assert_eq!(limit.available, Some(u64::MAX));
        assert_eq!(limit.reset, Some(Duration::MAX));
        assert_eq!(limit.credits, Some(f64::MAX));
    }

    #[test]
    fn values_follow_their_grammar() {
        assert_eq!(count("007"), Some(7));
        for bad in ["", "+3", "-3", "3.0", "0x10", "٣"] {
            assert_eq!(count(bad), None, "{bad}");
        }
        assert_eq!(seconds("1."), Some(Duration::from_secs(1)));
        assert_eq!(seconds("0.25"), Some(Duration::from_millis(250)));
        for bad in [".5", "-1", "1e3", "inf", "NaN", "1.2.3", "+1"] {
            assert_eq!(seconds(bad), None, "{bad}");
        }
        assert_eq!(amount("-2.5"), Some(-2.5));
        assert_eq!(amount(&format!("-{}", "9".repeat(400))), Some(f64::MIN));
        for bad in ["--1", "-", "1e3", "infinity"] {
            assert_eq!(amount(bad), None, "{bad}");
        }
    }

    #[cfg(feature = "std")]
    #[test]
    fn retry_after_and_correlation_id_follow_the_same_rules() {
        let read = read(&[
            ("retry-after", "30"),
            ("Retry-After", ""),
            ("Retry-After", "in a while"),
            ("x-picsart-correlation-id", "id-1"),
            ("X-Picsart-Correlation-Id", "  "),
        ]);
        assert_eq!(
            read.retry_after,
            Some(RetryAfter::Delay(Duration::from_secs(30)))
        );
        assert_eq!(read.correlation_id.as_deref(), Some("id-1"));
    }
}
