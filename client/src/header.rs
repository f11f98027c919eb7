//! The response headers the client layer reads, and the one place where they are read:
//! `ApiError::from_response`, the integrations and `RateLimit::from_headers` all go through
//! it, so they agree on every rule. The rules are public documentation, in the crate docs
//! (`# How headers are read` in `lib.rs`).

use core::time::Duration;
use std::time::SystemTime;

use http::header::{HeaderName, DATE, RETRY_AFTER};

use crate::RateLimit;
use crate::RetryAfter;

/// Calls left in the current rate-limit window: a whole number, read into
/// [`RateLimit::available`].
pub(crate) const RATELIMIT_AVAILABLE: HeaderName =
    HeaderName::from_static("x-picsart-ratelimit-available");
/// Calls allowed per window: a whole number, read into [`RateLimit::limit`].
pub(crate) const RATELIMIT_LIMIT: HeaderName = HeaderName::from_static("x-picsart-ratelimit-limit");
/// Seconds until the window resets, possibly fractional (`1.5`) or in another form of a
/// number (`+2`, `1e1`), read into [`RateLimit::reset`] to the nanosecond, rounded up.
pub(crate) const RATELIMIT_RESET_TIME: HeaderName =
    HeaderName::from_static("x-picsart-ratelimit-reset-time");
/// Credits left on the account, possibly fractional, read into [`RateLimit::credits`].
pub(crate) const CREDIT_AVAILABLE: HeaderName =
    HeaderName::from_static("x-picsart-credit-available");
/// The id support asks for in every report: an opaque token (a UUID), kept as sent
/// by `ApiError::correlation_id`.
pub(crate) const CORRELATION_ID: HeaderName = HeaderName::from_static("x-picsart-correlation-id");

/// Everything the client layer reads from a response's headers.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct ResponseHeaders {
    pub(crate) rate_limit: RateLimit,
    pub(crate) retry_after: Option<RetryAfter>,
    pub(crate) correlation_id: Option<std::string::String>,
    /// The response's `Date` (RFC 9110 §6.6.1), what a `Retry-After` date is measured from.
    date: Option<SystemTime>,
    /// Hints that were sent but could not be read.
    unreadable: Unreadable,
}

/// Which hints were sent but could not be read (not UTF-8, or not a number or a date).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Unreadable {
    retry_after: bool,
    reset: bool,
}

impl ResponseHeaders {
    /// Takes `(name, value)` pairs into account, in one pass, by the rules of the module.
    pub(crate) fn read<I, K, V>(&mut self, headers: I)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        // What a `Retry-After` date is compared with a number of seconds at, to keep the
        // longer of two hints (the response's `Date` may come later, or not at all).
        let now = SystemTime::now();
        let longer_retry_after = |a: &RetryAfter, b: &RetryAfter| match (a, b) {
            (RetryAfter::At(a), RetryAfter::At(b)) => a > b,
            (RetryAfter::Delay(a), RetryAfter::Delay(b)) => a > b,
            _ => a.delay_from(now) > b.delay_from(now),
        };
        for (name, value) in headers {
            // The name first: other headers' values (cookies, say) are never decoded.
            let Some(field) = Field::named(name.as_ref()) else {
                continue;
            };
            let value = match text(value.as_ref()) {
                Text::Value(value) => value,
                Text::Empty => continue,
                Text::NotUtf8 => {
                    self.unreadable.mark(field);
                    continue;
                }
            };
            let limit = &mut self.rate_limit;
            let read = match field {
                Field::Available => keep(&mut limit.available, last(value, count)),
                Field::Limit => keep(&mut limit.limit, last(value, count)),
                Field::ResetTime => keep_longest(&mut limit.reset, value, seconds, |a, b| a > b),
                Field::Credits => keep(&mut limit.credits, last(value, amount)),
                Field::RetryAfter => keep_longest(
                    &mut self.retry_after,
                    value,
                    RetryAfter::parse,
                    longer_retry_after,
                ),
                Field::Date => {
                    let year = crate::retry::year_of(SystemTime::now());
                    keep(
                        &mut self.date,
                        last(value, |v| crate::retry::http_date(v, year)),
                    )
                }
                Field::CorrelationId => keep(&mut self.correlation_id, last(value, id)),
            };
            if !read {
                self.unreadable.mark(field);
            }
        }
    }

    /// How long the server asks us to wait: `Retry-After`, else (`too_many_requests`:
    /// for a 429) the rate-limit reset time; a `Retry-After` date measured from the
    /// response's `Date` when it has one, else from the local clock. A hint sent but
    /// unreadable, with no readable value, is `Duration::MAX`: longer than any wait.
    pub(crate) fn hint(&self, too_many_requests: bool) -> Option<Duration> {
        let unreadable = self.unreadable;
        match self.retry_after {
            Some(retry_after) => {
                Some(retry_after.delay_from(self.date.unwrap_or_else(SystemTime::now)))
            }
            None if unreadable.retry_after => Some(Duration::MAX),
            None if !too_many_requests => None,
            None => match self.rate_limit.reset {
                Some(reset) => Some(reset),
                None => unreadable.reset.then_some(Duration::MAX),
            },
        }
    }
}

impl Unreadable {
    /// Notes that `field`, if a hint, was sent unreadable.
    fn mark(&mut self, field: Field) {
        match field {
            Field::RetryAfter => self.retry_after = true,
            Field::ResetTime => self.reset = true,
            _ => {}
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
    Date,
    CorrelationId,
}

impl Field {
    const NAMES: [(HeaderName, Field); 7] = [
        (RATELIMIT_AVAILABLE, Field::Available),
        (RATELIMIT_LIMIT, Field::Limit),
        (RATELIMIT_RESET_TIME, Field::ResetTime),
        (CREDIT_AVAILABLE, Field::Credits),
        (RETRY_AFTER, Field::RetryAfter),
        (DATE, Field::Date),
        (CORRELATION_ID, Field::CorrelationId),
    ];

    /// The header called `name`, whatever its case, if it is one of ours.
    fn named(name: &str) -> Option<Field> {
        Self::NAMES
            .iter()
            .find(|(known, _)| name.eq_ignore_ascii_case(known.as_str()))
            .map(|&(_, field)| field)
    }
}

/// Replaces `slot` only with a value that was read: an unreadable duplicate erases
/// nothing. Whether one was read.
fn keep<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let read = value.is_some();
    if read {
        *slot = value;
    }
    read
}

/// For a hint, which may not be made shorter by a duplicate: keeps in `slot` the longest
/// of what it holds and the readable elements of `value` (`longer(a, b)`: whether `a`
/// waits longer than `b`). Whether one was read.
fn keep_longest<T>(
    slot: &mut Option<T>,
    value: &str,
    read: impl Fn(&str) -> Option<T>,
    longer: impl Fn(&T, &T) -> bool,
) -> bool {
    let mut read_any = false;
    for found in elements(value, read) {
        read_any = true;
        if slot.as_ref().is_none_or(|kept| longer(&found, kept)) {
            *slot = Some(found);
        }
    }
    read_any
}

/// The last readable element of a value that may be several lines joined with commas (see
/// [`elements`]).
fn last<T>(value: &str, read: impl Fn(&str) -> Option<T>) -> Option<T> {
    elements(value, read).next()
}

/// The readable elements of a value that may be several lines joined with commas, as
/// clients that combine duplicate field lines hand them over (RFC 9110 §5.3: `30, ` for
/// `30` and an empty line), so that joined duplicates follow the rules of separate ones;
/// the last first. The whole value is read first, and an element with the one after it,
/// since an HTTP date has a comma of its own (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn elements<T>(value: &str, read: impl Fn(&str) -> Option<T>) -> impl Iterator<Item = T> {
    let mut whole = read(value);
    let mut done = whole.is_some();
    let (mut end, mut later_end) = (value.len(), None);
    core::iter::from_fn(move || {
        if let Some(whole) = whole.take() {
            return Some(whole);
        }
        while !done {
            let start = value[..end].rfind(',').map_or(0, |comma| comma + 1);
            let found = read(trim_ows(&value[start..end])).or_else(|| {
                later_end.and_then(|later_end| read(trim_ows(&value[start..later_end])))
            });
            done = start == 0;
            // An element read (alone or with the one after it) is not joined again.
            (end, later_end) = (start.saturating_sub(1), found.is_none().then_some(end));
            if found.is_some() {
                return found;
            }
        }
        None
    })
}

/// `value` without the spaces and tabs around it: HTTP's whitespace (RFC 9110 §5.6.3,
/// `OWS`), which is not part of a field value. Not `str::trim`, which also takes off
/// U+00A0, U+3000, U+0085, U+2028 and the rest of Unicode's whitespace (dotnet/corefx#4194).
pub(crate) fn trim_ows(value: &str) -> &str {
    value.trim_matches([' ', '\t'])
}

/// What a header value is as text.
enum Text<'a> {
    /// UTF-8, without the whitespace around it, not empty.
    Value(&'a str),
    /// Nothing but whitespace.
    Empty,
    /// Bytes that are not UTF-8.
    NotUtf8,
}

/// A header value as text, without the whitespace around it.
fn text(value: &[u8]) -> Text<'_> {
    match core::str::from_utf8(value) {
        Err(_) => Text::NotUtf8,
        Ok(value) => match trim_ows(value) {
            "" => Text::Empty,
            value => Text::Value(value),
        },
    }
}

/// A correlation id: an opaque token, kept as sent (the spaces and tabs around it aside,
/// which HTTP does not count as part of a value; any other character kept), commas
/// included: unlike a number or a date, an id may hold a comma, so a value that looks
/// joined cannot be split without guessing.
fn id(value: &str) -> Option<std::string::String> {
    (!value.is_empty()).then(|| value.into())
}

/// A count, `1*DIGIT`; one too large for `u64` is `u64::MAX`.
fn count(value: &str) -> Option<u64> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(value.parse().unwrap_or(u64::MAX))
}

/// A non-negative number of seconds in any of the forms a server writes one:
/// `[ "+" ] ( 1*DIGIT [ "." *DIGIT ] / "." 1*DIGIT ) [ ( "e" / "E" ) [ "+" / "-" ] 1*DIGIT ]`
/// (`120`, `120.5`, `+30`, `007`, `.5`, `1.2e2`). Read exactly, in decimal, to the
/// nanosecond, **rounded up**: a hint is never made shorter than the server asked.
/// One too large for a `Duration` is `Duration::MAX`. A sign `-`, `inf`, `NaN`, hex,
/// inner spaces and non-ASCII digits are not numbers of seconds.
pub(crate) fn seconds(value: &str) -> Option<Duration> {
    let value = value.strip_prefix('+').unwrap_or(value);
    let (mantissa, exponent) = match value.find(['e', 'E']) {
        Some(at) => (&value[..at], Some(&value[at + 1..])),
        None => (value, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let is_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let exponent = match exponent {
        None => 0,
        Some(exponent) => {
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if digits.is_empty() || !is_digits(digits) {
                return None;
            }
            // Past any `Duration` either way: saturate rather than refuse.
            let magnitude = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 2)
                .min(i64::MAX / 2);
            if exponent.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    // The number is `digits * 10^(scale - 9)` seconds, i.e. `digits * 10^scale` ns.
    let digits = whole.bytes().chain(fraction.bytes());
    let scale = exponent
        .saturating_add(9)
        .saturating_sub(i64::try_from(fraction.len()).unwrap_or(i64::MAX));
    Some(nanoseconds(digits, scale))
}

/// `digits * 10^scale` nanoseconds as a `Duration`, rounded up; `Duration::MAX` past it.
fn nanoseconds(digits: impl Iterator<Item = u8> + Clone, scale: i64) -> Duration {
    const MAX_NANOS: u128 = (u64::MAX as u128 + 1) * 1_000_000_000 - 1;
    let significant = digits.clone().skip_while(|&d| d == b'0');
    let len = significant.clone().count();
    // Digits past the nanosecond are dropped; any of them that is not zero rounds up.
    let cut = if scale < 0 {
        usize::try_from(scale.unsigned_abs()).unwrap_or(usize::MAX)
    } else {
        0
    };
    let kept = len.saturating_sub(cut);
    let round_up = significant.clone().skip(kept).any(|d| d != b'0');
    let zeros = usize::try_from(scale.max(0)).unwrap_or(usize::MAX);
    // More than 29 digits is past `MAX_NANOS` (29 digits) for any non-zero value.
    if kept > 0 && kept.saturating_add(zeros) > 29 {
        return Duration::MAX;
    }
    let mut nanos = significant
        .take(kept)
        .fold(0u128, |nanos, d| nanos * 10 + u128::from(d - b'0'));
    if kept > 0 {
        // At most 29 - 1 zeros here, so the power fits.
        nanos *= 10u128.pow(u32::try_from(zeros).unwrap_or(0));
    }
    nanos += u128::from(round_up);
    if nanos > MAX_NANOS {
        return Duration::MAX;
    }
    let secs = u64::try_from(nanos / 1_000_000_000).unwrap_or(u64::MAX);
    let subsec = u32::try_from(nanos % 1_000_000_000).unwrap_or(0);
    Duration::new(secs, subsec)
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

    fn read<K: AsRef<str>>(headers: &[(K, &str)]) -> ResponseHeaders {
        let mut read = ResponseHeaders::default();
        read.read(headers.iter().map(|(name, value)| (name, value)));
        read
    }

    #[test]
    fn an_unreadable_duplicate_never_erases_a_readable_value() {
        let garbage = [
            "",
            " ",
            "soon",
            "0x10",
            "NaN",
            "12 calls",
            "3\u{a0}",
            "\u{3000}3",
        ];
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

    /// Clients that join duplicate field lines into one (RFC 9110 §5.3; `fetch`'s
    /// `Headers.get`, Node, urllib3) hand over `30, ` for `30` and an empty line: the joined
    /// form follows the same rules as separate lines.
    #[test]
    fn duplicates_joined_with_commas_follow_the_same_rules() {
        let limit = read(&[
            (RATELIMIT_AVAILABLE, "0, "),
            (RATELIMIT_LIMIT, "400, 500"),
            (RATELIMIT_RESET_TIME, "30,n/a"),
            (CREDIT_AVAILABLE, " , 0.0 , "),
        ])
        .rate_limit;
        let expected = RateLimit {
            available: Some(0),
            limit: Some(500),
            reset: Some(Duration::from_secs(30)),
            credits: Some(0.0),
        };
        assert_eq!(limit, expected);
        assert_eq!(
            read(&[(RATELIMIT_AVAILABLE, ",,")]).rate_limit.available,
            None
        );
    }

    #[test]
    fn a_joined_retry_after_keeps_the_longest_readable_one_and_a_correlation_id_is_kept_as_sent() {
        use std::time::SystemTime;
        let date = "Sun, 06 Nov 1994 08:49:37 GMT";
        let at = RetryAfter::At(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777));
        let secs = |s| Some(RetryAfter::Delay(Duration::from_secs(s)));
        for (value, expected) in [
            ("30, ".to_owned(), secs(30)),
            ("120, 30".to_owned(), secs(120)),
            (format!("{date}, "), Some(at)),
            // A date in the past waits less than 30 s.
            (format!("30, {date}"), secs(30)),
            (format!("{date}, 30"), secs(30)),
            (format!("Sunday, 06-Nov-94 08:49:37 GMT,{date}"), Some(at)),
            (", soon,".to_owned(), None),
        ] {
            let read = read(&[(RETRY_AFTER, &value)]);
            assert_eq!(read.retry_after, expected, "{value}");
        }
        for (value, expected) in [
            ("corr-1, ", Some("corr-1,")),
            ("corr-1, corr-2", Some("corr-1, corr-2")),
            (" ,corr-1", Some(",corr-1")),
            (",", Some(",")),
        ] {
            let read = read(&[(CORRELATION_ID, value)]);
            assert_eq!(read.correlation_id.as_deref(), expected, "{value}");
        }
    }

    #[test]
    fn reset_times_are_read_exactly_to_the_nanosecond_rounded_up() {
        for (value, expected) in [
            ("8388608.526", Duration::new(8_388_608, 526_000_000)),
            ("0.5", Duration::from_millis(500)),
            ("7.", Duration::from_secs(7)),
            ("1.0000000019", Duration::new(1, 2)),
            ("1.0000000010", Duration::new(1, 1)),
            ("1.000000001000000000000000001", Duration::new(1, 2)),
            ("0.0000000001", Duration::new(0, 1)),
            ("1e-30", Duration::new(0, 1)),
            ("0e-30", Duration::ZERO),
            ("18446744073709551615.999999999", Duration::MAX),
            ("18446744073709551616", Duration::MAX),
        ] {
            let read = read(&[(RATELIMIT_RESET_TIME, value)]);
            assert_eq!(read.rate_limit.reset, Some(expected), "{value}");
        }
    }

    /// A hint sent twice (two lines, or joined with a comma) may not be made shorter by its
    /// second value: the longer one counts, whichever comes last, so the advice is never
    /// shorter than a wait the server asked for.
    #[test]
    fn of_a_hint_sent_twice_the_longer_counts() {
        let secs = |s| Some(Duration::from_secs(s));
        for values in [
            &["120", "30"][..],
            &["30", "120"],
            &["120, 30"],
            &["30,120, "],
        ] {
            let lines: Vec<_> = values.iter().map(|v| (RATELIMIT_RESET_TIME, *v)).collect();
            assert_eq!(read(&lines).rate_limit.reset, secs(120), "{values:?}");
            assert_eq!(read(&lines).hint(true), secs(120), "{values:?}");
            let lines: Vec<_> = values.iter().map(|v| (RETRY_AFTER, *v)).collect();
            let delay = Some(RetryAfter::Delay(Duration::from_secs(120)));
            assert_eq!(read(&lines).retry_after, delay, "{values:?}");
            assert_eq!(read(&lines).hint(false), secs(120), "{values:?}");
        }
        // "2,000" has no reading of 2000 s, but none of 0 s either.
        assert_eq!(read(&[(RETRY_AFTER, "2,000")]).hint(false), secs(2));
        // A date and a number: the one that waits longer.
        let future = "Sat, 06 Nov 2094 08:49:37 GMT";
        let at = RetryAfter::At(SystemTime::UNIX_EPOCH + Duration::from_secs(3_939_871_777));
        for value in [format!("{future}, 30"), format!("30, {future}")] {
            assert_eq!(
                read(&[(RETRY_AFTER, &value)]).retry_after,
                Some(at),
                "{value}"
            );
        }
        let past = "Sun, 06 Nov 1994 08:49:37 GMT";
        let delay = Some(RetryAfter::Delay(Duration::from_secs(30)));
        for value in [format!("{past}, 30"), format!("30, {past}")] {
            assert_eq!(read(&[(RETRY_AFTER, &value)]).retry_after, delay, "{value}");
        }
        // Other headers: the last readable value, as before.
        let limit = read(&[(RATELIMIT_AVAILABLE, "3"), (RATELIMIT_AVAILABLE, "2, 1")]);
        assert_eq!(limit.rate_limit.available, Some(1));
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
        let secs = |s: u64, nanos: u32| Some(Duration::new(s, nanos));
        for (value, expected) in [
            ("1.", secs(1, 0)),
            ("0.25", secs(0, 250_000_000)),
            (".5", secs(0, 500_000_000)),
            ("+30", secs(30, 0)),
            ("007", secs(7, 0)),
            ("120.5", secs(120, 500_000_000)),
            ("1e3", secs(1000, 0)),
            ("1.2E2", secs(120, 0)),
            ("15e-1", secs(1, 500_000_000)),
            ("+2.5e+1", secs(25, 0)),
            ("00000000000000000000000000000000000001", secs(1, 0)),
            ("1e19", secs(10_000_000_000_000_000_000, 0)),
            ("1e20", Some(Duration::MAX)),
            ("1e99999999999999999999999", Some(Duration::MAX)),
            ("1e-99999999999999999999999", secs(0, 1)),
            ("0e99999999999999999999999", secs(0, 0)),
        ] {
            assert_eq!(seconds(value), expected, "{value}");
        }
        for bad in [
            "",
            ".",
            "+",
            "-1",
            "-0",
            "e3",
            "1e",
            "1e+",
            "1.2.3",
            "++1",
            "+-1",
            "1e3.5",
            "inf",
            "NaN",
            "0x10",
            "1 000",
            "1_000",
            "\u{663}",
            "1\u{a0}",
            "\u{3000}1",
            "1s",
        ] {
            assert_eq!(seconds(bad), None, "{bad}");
        }
        assert_eq!(amount("-2.5"), Some(-2.5));
        assert_eq!(amount(&format!("-{}", "9".repeat(400))), Some(f64::MIN));
        for bad in ["--1", "-", "1e3", "infinity"] {
            assert_eq!(amount(bad), None, "{bad}");
        }
    }

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

    #[test]
    fn only_spaces_and_tabs_are_taken_off_a_value() {
        for (value, kept) in [
            ("abc\u{a0}", "abc\u{a0}"),
            (" \tabc\u{3000}\t ", "abc\u{3000}"),
            ("\u{85}abc", "\u{85}abc"),
            ("abc\u{2028}", "abc\u{2028}"),
            ("\u{feff}abc", "\u{feff}abc"),
        ] {
            let read = read(&[(CORRELATION_ID, value)]);
            assert_eq!(read.correlation_id.as_deref(), Some(kept), "{value:?}");
        }
        // A value of Unicode whitespace alone is a value, not an empty one.
        let read = read(&[(CORRELATION_ID, "\u{a0}")]);
        assert_eq!(read.correlation_id.as_deref(), Some("\u{a0}"));
    }

    #[test]
    fn a_hint_sent_but_unreadable_is_longer_than_any_wait_never_absent() {
        let secs = |s| Some(Duration::from_secs(s));
        for bad in ["soon", "-5", "30\u{a0}", "inf", "0x1e"] {
            let headers = read(&[(RETRY_AFTER, bad)]);
            assert_eq!(headers.hint(false), Some(Duration::MAX), "{bad:?}");
            let headers = read(&[(RATELIMIT_RESET_TIME, bad)]);
            assert_eq!(headers.hint(true), Some(Duration::MAX), "{bad:?}");
            assert_eq!(
                headers.hint(false),
                None,
                "a reset time is a hint of a 429 only"
            );
            // A readable value beside it counts, whichever comes first.
            let headers = read(&[(RETRY_AFTER, "3"), (RETRY_AFTER, bad)]);
            assert_eq!(headers.hint(false), secs(3), "{bad:?}");
            let headers = read(&[(RATELIMIT_RESET_TIME, bad), (RATELIMIT_RESET_TIME, "4")]);
            assert_eq!(headers.hint(true), secs(4), "{bad:?}");
            // An unreadable Retry-After wins over a readable reset time, as a readable one would.
            let headers = read(&[(RATELIMIT_RESET_TIME, "4"), (RETRY_AFTER, bad)]);
            assert_eq!(headers.hint(true), Some(Duration::MAX), "{bad:?}");
        }
        let mut bytes = ResponseHeaders::default();
        bytes.read([(RETRY_AFTER, &b"\xff3"[..])]);
        assert_eq!(bytes.hint(false), Some(Duration::MAX), "not UTF-8");
        for absent in ["", " \t "] {
            assert_eq!(
                read(&[(RETRY_AFTER, absent)]).hint(true),
                None,
                "{absent:?}"
            );
        }
    }

    #[test]
    fn a_retry_after_date_is_measured_from_the_response_date() {
        // The server's clock says 1994; ours says today: the wait is the server's 90 s.
        let headers = read(&[
            (DATE, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (RETRY_AFTER, "Sun, 06 Nov 1994 08:51:07 GMT"),
        ]);
        assert_eq!(headers.hint(false), Some(Duration::from_secs(90)));
        // A Date after the Retry-After date: no wait. A Date in another form still counts.
        let headers = read(&[
            (RETRY_AFTER, "Sun, 06 Nov 1994 08:51:07 GMT"),
            (DATE, "Sunday, 06-Nov-94 08:52:00 GMT"),
        ]);
        assert_eq!(headers.hint(false), Some(Duration::ZERO));
        // Without a readable Date, the local clock: a 1994 date is past.
        let headers = read(&[
            (DATE, "yesterday"),
            (RETRY_AFTER, "Sun, 06 Nov 1994 08:51:07 GMT"),
        ]);
        assert_eq!(headers.hint(false), Some(Duration::ZERO));
        // Seconds are seconds, whatever the Date.
        let headers = read(&[(DATE, "Sun, 06 Nov 1994 08:49:37 GMT"), (RETRY_AFTER, "7")]);
        assert_eq!(headers.hint(false), Some(Duration::from_secs(7)));
    }
}
