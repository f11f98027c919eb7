//! The waiting rules of `RetryPolicy` (see its documentation) hold for arbitrary hints,
//! attempts, seeds and settings, directly and through `ApiError`'s headers.

use std::time::Duration;

use picsart_api_error::{ApiError, ErrorCode, RetryPolicy};
use proptest::prelude::*;

/// Durations of every size: near zero, near the longest delay, and too long to represent.
fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (0u64..120_000).prop_map(Duration::from_millis),
        (0u64..=u64::MAX, 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        Just(Duration::MAX),
        Just(Duration::ZERO),
    ]
}

/// The settings a policy was built with, which the rules are stated in.
#[derive(Debug, Clone, Copy)]
struct Settings {
    max_times: u32,
    max_delay: Duration,
    seeded: bool,
    jitter: bool,
}

/// Policies with arbitrary settings, with jitter seeded, unseeded or off.
fn policy() -> impl Strategy<Value = (RetryPolicy, Settings)> {
    (
        0u32..6,
        duration(),
        duration(),
        prop_oneof![Just(None), any::<u64>().prop_map(Some)],
        any::<bool>(),
    )
        .prop_map(|(max_times, min, max_delay, seed, jitter)| {
            let policy = RetryPolicy::new()
                .with_max_times(max_times)
                .with_min_delay(min)
                .with_max_delay(max_delay);
            let policy = match seed {
                Some(seed) => policy.with_jitter_seed(seed),
                None => policy,
            };
            let policy = if jitter {
                policy
            } else {
                policy.without_jitter()
            };
            let settings = Settings {
                max_times,
                max_delay,
                seeded: seed.is_some(),
                jitter,
            };
            (policy, settings)
        })
}

/// Whether the rules say to retry: within the budget, and no hint or one within `max_delay`.
fn should_retry(settings: Settings, attempt: u32, hint: Option<Duration>) -> bool {
    attempt.max(1) <= settings.max_times && hint.is_none_or(|hint| hint <= settings.max_delay)
}

/// The statuses whose empty response is retried, by the one rule `ApiError` applies.
fn retryable_statuses() -> Vec<u16> {
    (100..=599)
        .filter(|&s| ApiError::new(s, b"").is_retryable())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_waiting_rules_hold(
        (policy, settings) in policy(),
        attempt in prop_oneof![0u32..8, any::<u32>()],
        hint in prop_oneof![Just(None), duration().prop_map(Some)],
        other_seed in any::<u64>(),
    ) {
        let delay = policy.delay(attempt, hint);
        // Rules 1, 3 and 5: whether to retry depends on the budget and the hint only.
        prop_assert_eq!(delay.is_some(), should_retry(settings, attempt, hint));
        for other in [policy.with_jitter_seed(other_seed), policy.without_jitter()] {
            prop_assert_eq!(other.delay(attempt, hint).is_some(), delay.is_some());
        }
        let Some(wait) = delay else { return Ok(()) };
        prop_assert!(wait <= settings.max_delay);
        let reproducible = settings.seeded || !settings.jitter;
        match hint {
            // Rule 2: a hint within the longest delay is honoured, jitter cut at max_delay.
            Some(hint) => {
                prop_assert!(wait >= hint, "{:?} < {:?}", wait, hint);
                prop_assert!(wait <= hint.saturating_add(Duration::from_millis(500)));
                if !settings.jitter {
                    prop_assert_eq!(wait, hint);
                }
            }
            // Rule 4: our own backoff, never below half of it.
            None => {
                let full = policy.without_jitter().delay(attempt, None).expect("in the budget");
                prop_assert!(wait <= full && wait >= full / 2);
            }
        }
        if reproducible {
            prop_assert_eq!(policy.delay(attempt, hint), delay, "reproducible");
        }
    }

    #[test]
    fn header_hints_follow_the_rules_through_api_error(
        status in prop::sample::select(retryable_statuses()),
        secs in prop_oneof![0u64..120, any::<u64>().prop_map(|s| s / 2), Just(u64::MAX)],
        extra_digits in 0usize..30,
        fraction in prop_oneof![Just(String::new()), "\\.[0-9]{1,4}"],
        use_reset in any::<bool>(),
        attempt in 0u32..4,
        seed in any::<u64>(),
    ) {
        // `extra_digits` makes numbers that no longer fit a u64: still hints, too long ones.
        let number = format!("{secs}{}", "9".repeat(extra_digits));
        let (name, value) = if use_reset {
            ("X-Picsart-Ratelimit-Reset-Time", format!("{number}{fraction}"))
        } else {
            ("Retry-After", number.clone())
        };
        let error = ApiError::new(status, b"").with_headers([(name, value.as_str())]);
        let hint: f64 = value.parse().unwrap();
        let applies = !use_reset || ErrorCode::from_u16(status) == Some(ErrorCode::TooManyRequests);
        let policy = RetryPolicy::default().with_jitter_seed(seed);
        let advised = error.retry_delay(&policy, attempt);
        let longest = RetryPolicy::DEFAULT_MAX_DELAY;
        let expected =
            attempt <= RetryPolicy::DEFAULT_MAX_TIMES && (!applies || hint <= longest.as_secs_f64());
        prop_assert_eq!(advised.is_some(), expected, "{}: {}", name, value);
        prop_assert_eq!(error.retry_delay(&RetryPolicy::new(), attempt).is_some(), expected, "unseeded");
        if let (Some(wait), true) = (advised, applies) {
            prop_assert!(wait.as_secs_f64() >= hint - 1e-9 && wait <= longest);
        }
    }
}
