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
            let (name, value) = (name.as_ref(), value.as_ref());
            let Some(value) = text(value) else {
                continue;
            };
            let limit = &mut self.rate_limit;
            if name.eq_ignore_ascii_case(RATELIMIT_AVAILABLE) {
                keep(&mut limit.available, count(value));
            } else if name.eq_ignore_ascii_case(RATELIMIT_LIMIT) {
                keep(&mut limit.limit, count(value));
            } else if name.eq_ignore_ascii_case(RATELIMIT_RESET_TIME) {
                keep(&mut limit.reset, seconds(value));
            } else if name.eq_ignore_ascii_case(CREDIT_AVAILABLE) {
                keep(&mut limit.credits, amount(value));
            } else {
                #[cfg(feature = "std")]
                if name.eq_ignore_ascii_case(RETRY_AFTER) {
                    keep(&mut self.retry_after, RetryAfter::parse(value));
                } else if name.eq_ignore_ascii_case(CORRELATION_ID) {
                    self.correlation_id = Some(value.into());
                }
            }
        }
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
