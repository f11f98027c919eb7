//! Every spelling of a number of seconds reads as that number, rounded up to the
//! nanosecond, never down: for arbitrary durations, each written in many forms (a `+`,
//! leading zeros, trailing zeros, an exponent that moves the point, HTTP whitespace
//! around), in `Retry-After` and in the rate-limit reset time.

use std::time::Duration;

use picsart_api_error::{ApiError, RateLimit};
use proptest::prelude::*;

/// `duration` as `whole.fraction` seconds with its nine decimals of nanoseconds.
fn decimal(duration: Duration) -> (String, String) {
    (
        duration.as_secs().to_string(),
        format!("{:09}", duration.subsec_nanos()),
    )
}

/// `duration` written with the decimal point moved `shift` places left (`shift > 0`) or
/// right, and an exponent that moves it back: the same number.
fn with_exponent(duration: Duration, shift: i32, upper: bool) -> String {
    let (whole, fraction) = decimal(duration);
    let digits = format!("{whole}{fraction}");
    // The point sits after `point` digits of `digits`, padded with zeros as needed.
    let point = whole.len() as i32 - shift;
    let padded_left = "0".repeat((-point).max(0) as usize) + &digits;
    let point = point.max(0) as usize;
    let padded = padded_left.clone() + &"0".repeat(point.saturating_sub(padded_left.len()));
    let (int, frac) = padded.split_at(point);
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{}.{frac}{e}{shift}",
        if int.is_empty() { "0" } else { int }
    )
}

/// Spellings of `duration`: its plain decimal and other forms servers send.
fn spellings(duration: Duration, shift: i32, zeros: usize, upper: bool) -> Vec<String> {
    let (whole, fraction) = decimal(duration);
    let pad = "0".repeat(zeros);
    vec![
        format!("{whole}.{fraction}"),
        format!("+{whole}.{fraction}"),
        format!("{pad}{whole}.{fraction}{pad}"),
        format!(" \t{whole}.{fraction}\t "),
        with_exponent(duration, shift, upper),
        format!("+{}", with_exponent(duration, shift, !upper)),
    ]
}

/// The hint an error reads from `Retry-After: value`.
fn retry_after(value: &str) -> Option<Duration> {
    ApiError::new(503, b"")
        .with_headers([("Retry-After", value)])
        .retry_after()
}

fn durations() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (0u64..1_000, 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        (0u64..=u64::MAX, 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
    ]
}

proptest! {
    #[test]
    fn every_spelling_of_a_duration_reads_as_that_duration(
        duration in durations(),
        shift in -12i32..40,
        zeros in 0usize..30,
        upper in any::<bool>(),
    ) {
        for value in spellings(duration, shift, zeros, upper) {
            prop_assert_eq!(retry_after(&value), Some(duration), "{}", value);
            let limit = RateLimit::from_headers([("X-Picsart-Ratelimit-Reset-Time", &value)]);
            prop_assert_eq!(limit.reset, Some(duration), "{}", value);
        }
    }

    #[test]
    fn anything_past_the_nanosecond_rounds_up_never_down(
        duration in (0u64..u64::MAX, 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        extra in "[0-9]{0,20}[1-9]",
    ) {
        let (whole, fraction) = decimal(duration);
        let value = format!("{whole}.{fraction}{extra}");
        let up = duration + Duration::from_nanos(1);
        prop_assert_eq!(retry_after(&value), Some(up), "{}", value);
        // Through an ApiError, a 429's reset time as a hint: never shorter than asked.
        let error = ApiError::new(429, b"")
            .with_headers([("X-Picsart-Ratelimit-Reset-Time", value.as_str())]);
        prop_assert_eq!(error.rate_limit().reset, Some(up));
    }

    #[test]
    fn unicode_whitespace_around_a_number_makes_it_unreadable(
        secs in 0u64..100_000,
        space in prop::sample::select(vec!['\u{a0}', '\u{3000}', '\u{85}', '\u{2028}', '\u{2029}', '\u{1680}', '\u{feff}', '\u{b}', '\u{c}']),
        before in any::<bool>(),
    ) {
        let value = if before { format!("{space}{secs}") } else { format!("{secs}{space}") };
        prop_assert_eq!(retry_after(&value), Some(Duration::MAX), "unreadable: {:?}", value);
        // Present but unreadable: no retry, rather than our own short backoff.
        let error = ApiError::new(503, b"").with_headers([("Retry-After", value.as_str())]);
        prop_assert!(error.is_retryable());
        prop_assert_eq!(error.retry_delay(&picsart_api_error::RetryPolicy::new(), 1), None);
    }
}

#[test]
fn the_spellings_are_what_they_claim() {
    // The generator itself, on one value: so a wrong spelling cannot pass the property.
    let d = Duration::new(120, 500_000_000);
    assert_eq!(with_exponent(d, 2, false), "1.20500000000e2");
    assert_eq!(with_exponent(d, -2, true), "12050.0000000E-2");
    assert_eq!(
        with_exponent(Duration::new(0, 5), 1, false),
        "0.0000000005e1"
    );
    assert_eq!(
        with_exponent(Duration::new(7, 0), 12, false),
        "0.000000000007000000000e12"
    );
}
