//! Retry advice: when, if ever, to send a failed request again.
//!
//! Retries cost credits, so the defaults are conservative: only codes the table marks
//! retryable, at most [`RetryPolicy::DEFAULT_MAX_RETRIES`] retries, never a wait longer
//! than [`RetryPolicy::DEFAULT_MAX_WAIT`], and never a blind retry of an exhausted quota.

use std::time::{Duration, SystemTime};

/// How long to wait before retrying, and how many times.
///
/// The wait is the server's own hint when it gives one (`Retry-After`, else the rate-limit
/// reset time) plus a little jitter, otherwise a capped exponential backoff with jitter.
/// Jitter comes from a seed: the default seed is random, [`RetryPolicy::seed`] makes the
/// advice reproducible, [`RetryPolicy::without_jitter`] removes it.
///
/// ```
/// use std::time::Duration;
/// use picsart_error_codes::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_retries(5)
///     .backoff(Duration::from_millis(200), Duration::from_secs(10))
///     .seed(7);
/// assert_eq!(policy.backoff_for(1), policy.backoff_for(1), "seeded jitter is reproducible");
/// assert!(policy.backoff_for(3) <= Duration::from_secs(10));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[must_use]
pub struct RetryPolicy {
    max_retries: u32,
    base: Duration,
    cap: Duration,
    max_wait: Duration,
    jitter: Option<u64>,
}

impl Default for RetryPolicy {
    /// Two retries, backoff from 1 s doubling up to 30 s, waits of at most 60 s, random
    /// jitter.
    fn default() -> Self {
        RetryPolicy {
            max_retries: Self::DEFAULT_MAX_RETRIES,
            base: Duration::from_secs(1),
            cap: Duration::from_secs(30),
            max_wait: Self::DEFAULT_MAX_WAIT,
            jitter: Some(random_seed()),
        }
    }
}

impl RetryPolicy {
    /// Retries allowed by default: every retry may cost credits.
    pub const DEFAULT_MAX_RETRIES: u32 = 2;
    /// The longest wait advised by default; a server asking for more gets no retry.
    pub const DEFAULT_MAX_WAIT: Duration = Duration::from_secs(60);

    /// Allows `max_retries` retries; advice for later attempts is `None`.
    pub const fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Backoff without a server hint: `base`, doubling on each attempt, at most `cap`.
    pub const fn backoff(mut self, base: Duration, cap: Duration) -> Self {
        self.base = base;
        self.cap = cap;
        self
    }

    /// The longest wait to advise: when the server asks for more, the advice is `None`.
    pub const fn max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }

    /// Draws jitter from `seed`, so the same policy always gives the same advice.
    pub const fn seed(mut self, seed: u64) -> Self {
        self.jitter = Some(seed);
        self
    }

    /// No jitter at all: waits are exactly the hint or the backoff.
    pub const fn without_jitter(mut self) -> Self {
        self.jitter = None;
        self
    }

    /// The backoff before retry number `attempt` (1 for the first retry) when the server
    /// gives no hint: between half and all of `base * 2^(attempt - 1)`, capped.
    #[must_use]
    pub fn backoff_for(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(31);
        let full = self.base.saturating_mul(1 << exponent).min(self.cap);
        match self.jitter {
            None => full,
            // "Equal jitter": keeps at least half the backoff, spreads the rest.
            Some(seed) => full / 2 + (full / 2).mul_f64(unit(seed, attempt)),
        }
    }

    /// The wait before retry number `attempt` (1 for the first), given the server's hint if
    /// any; `None` when the attempt is past the budget or the hint is too long.
    pub(crate) fn advise(&self, attempt: u32, hint: Option<Duration>) -> Option<Duration> {
        let attempt = attempt.max(1);
        if attempt > self.max_retries {
            return None;
        }
        let wait = match hint {
            // A little jitter so that clients told the same reset time do not all return at
            // once.
            Some(hint) => {
                // Saturating: a server may send an absurd hint such as u64::MAX seconds.
                hint.saturating_add(self.jitter.map_or(Duration::ZERO, |seed| {
                    Duration::from_millis(500).mul_f64(unit(seed, attempt))
                }))
            }
            None => self.backoff_for(attempt),
        };
        (wait <= self.max_wait).then_some(wait)
    }
}

/// A number in `[0, 1)` from `seed` and `attempt` (splitmix64).
fn unit(seed: u64, attempt: u32) -> f64 {
    let mut z = seed ^ u64::from(attempt).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    // The top 53 bits fill an f64 mantissa exactly.
    #[allow(clippy::cast_precision_loss)]
    let unit = (z >> 11) as f64 / (1u64 << 53) as f64;
    unit
}

/// A seed that differs between processes and calls, from the standard library's random
/// hasher keys.
fn random_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0);
    hasher.finish()
}

/// The `Retry-After` header: a number of seconds or an HTTP date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// Wait this long.
    Delay(Duration),
    /// Wait until this time.
    At(SystemTime),
}

impl RetryAfter {
    /// Parses a `Retry-After` value: whole seconds (`120`) or an IMF-fixdate
    /// (`Sun, 06 Nov 1994 08:49:37 GMT`). Anything else is `None`.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use picsart_error_codes::RetryAfter;
    ///
    /// assert_eq!(RetryAfter::parse("120"), Some(RetryAfter::Delay(Duration::from_secs(120))));
    /// assert_eq!(
    ///     RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT"),
    ///     Some(RetryAfter::At(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777)))
    /// );
    /// assert_eq!(RetryAfter::parse("soon"), None);
    /// ```
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            return value
                .parse()
                .ok()
                .map(|secs| RetryAfter::Delay(Duration::from_secs(secs)));
        }
        http_date(value)
            .map(|secs| RetryAfter::At(SystemTime::UNIX_EPOCH + Duration::from_secs(secs)))
    }

    /// How long to wait from `now`; zero for a date in the past.
    #[must_use]
    pub fn delay_from(&self, now: SystemTime) -> Duration {
        match self {
            RetryAfter::Delay(delay) => *delay,
            RetryAfter::At(at) => at.duration_since(now).unwrap_or(Duration::ZERO),
        }
    }
}

/// Seconds since the Unix epoch of an IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`.
fn http_date(value: &str) -> Option<u64> {
    let (_weekday, rest) = value.split_once(", ")?;
    let mut parts = rest.split(' ');
    let day: u64 = parts.next()?.parse().ok()?;
    let month = parts.next()?;
    let year: u64 = parts.next()?.parse().ok()?;
    let time = parts.next()?;
    if parts.next()? != "GMT" || parts.next().is_some() {
        return None;
    }
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let mut hms = time
        .split(':')
        .map(|n| n.parse::<u64>().ok().filter(|_| n.len() == 2));
    let (hour, minute, second) = (hms.next()??, hms.next()??, hms.next()??);
    if hms.next().is_some()
        || !(1970..=9999).contains(&year)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year >= 1970).
fn days_from_civil(year: u64, month: u64, day: u64) -> u64 {
    // Howard Hinnant's algorithm, shifted so that years start in March.
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitter_keeps_at_least_half() {
        let policy = RetryPolicy::default()
            .backoff(Duration::from_secs(1), Duration::from_secs(5))
            .max_retries(10);
        let plain = policy.without_jitter();
        let waits: Vec<u64> = (1..=5).map(|a| plain.backoff_for(a).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 5, 5]);
        for seed in 0..50 {
            for attempt in 1..=5 {
                let jittered = policy.seed(seed).backoff_for(attempt);
                let full = plain.backoff_for(attempt);
                assert!(
                    jittered >= full / 2 && jittered <= full,
                    "{jittered:?} vs {full:?}"
                );
            }
        }
        assert_ne!(policy.seed(1).backoff_for(1), policy.seed(2).backoff_for(1));
    }

    #[test]
    fn huge_attempt_numbers_saturate_instead_of_overflowing() {
        let policy = RetryPolicy::default().without_jitter();
        assert_eq!(policy.backoff_for(u32::MAX), Duration::from_secs(30));
    }

    #[test]
    fn advice_respects_the_budget_and_the_longest_wait() {
        let policy = RetryPolicy::default().without_jitter();
        assert_eq!(policy.advise(1, None), Some(Duration::from_secs(1)));
        assert_eq!(
            policy.advise(2, Some(Duration::from_secs(7))),
            Some(Duration::from_secs(7))
        );
        assert_eq!(policy.advise(3, None), None);
        assert_eq!(policy.advise(1, Some(Duration::from_secs(61))), None);
    }

    #[test]
    fn an_absurd_hint_is_refused_rather_than_overflowing() {
        let policy = RetryPolicy::default().seed(3);
        assert_eq!(policy.advise(1, Some(Duration::MAX)), None);
        assert_eq!(policy.advise(1, Some(Duration::from_secs(u64::MAX))), None);
    }

    #[test]
    fn http_dates_parse_and_bad_ones_do_not() {
        assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            http_date("Tue, 29 Feb 2028 23:59:59 GMT"),
            Some(1_835_481_599)
        );
        for bad in [
            "",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1969 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT x",
        ] {
            assert_eq!(http_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_retry_after_date_in_the_past_means_no_wait() {
        let past = RetryAfter::parse("Thu, 01 Jan 1970 00:00:10 GMT").unwrap();
        assert_eq!(past.delay_from(SystemTime::now()), Duration::ZERO);
        let epoch = SystemTime::UNIX_EPOCH;
        assert_eq!(past.delay_from(epoch), Duration::from_secs(10));
    }
}
