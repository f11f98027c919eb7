//! Retry advice: when, if ever, to send a failed request again.
//!
//! Retries cost credits, so the defaults are conservative: at most
//! [`RetryPolicy::DEFAULT_MAX_TIMES`] retries, never a delay longer than
//! [`RetryPolicy::DEFAULT_MAX_DELAY`], and (in [`ApiError`](crate::ApiError)) only for
//! statuses where a retry may help and never for an exhausted quota.

use std::time::{Duration, SystemTime};

/// The most jitter added to a server's hint: it spreads clients told the same reset time
/// over half a second, and never turns a hint into a refusal.
const HINT_JITTER: Duration = Duration::from_millis(500);

/// How long to wait before retrying, and how many times: the backoff, jitter and limits
/// behind [`ApiError::retry_delay`](crate::ApiError::retry_delay). Its builders are named
/// as backon's (`with_max_times`, `with_min_delay`, `with_max_delay`, `with_jitter_seed`).
///
/// # Counting attempts
///
/// `attempt` is the number of the retry being considered: 1 once the original request has
/// failed, 2 once the first retry has failed too, and so on. There is no retry number 0, so
/// `0` is read as `1`: a counter that starts at zero gets the first retry's advice rather
/// than none.
///
/// # The waiting rules
///
/// [`delay`](Self::delay) follows these rules, each tested at its edges:
///
/// 1. **Retries allowed**: no retry past [`with_max_times`](Self::with_max_times).
///    (A [`RetryBudget`](crate::RetryBudget) shared by a client's requests may stop
///    retries sooner.)
/// 2. **A server hint is honoured.** When the server says how long to wait (`Retry-After`,
///    or the rate-limit reset time of a 429) and that is at most
///    [`max_delay`](Self::with_max_delay), the delay is the hint plus up to half a second
///    of jitter, and less when the hint is nearer `max_delay` than that (the jitter
///    spreads over the room left, rather than piling up at `max_delay`): never shorter
///    than the hint, never longer than `max_delay`.
/// 3. **A hint longer than `max_delay` means no retry**, and a hint too large to represent
///    counts as longer than any `max_delay`, never as no hint; so does, in
///    [`ApiError::retry_delay`](crate::ApiError::retry_delay), a hint sent but unreadable
///    (see [How headers are read](crate#how-headers-are-read)).
/// 4. **Our own backoff** when there is no hint: [`min_delay`](Self::with_min_delay)
///    doubling with each attempt up to `max_delay`, with "equal jitter" (at least half of
///    it is kept).
/// 5. **Whether to retry never depends on jitter or its seed**, only on the retries
///    allowed and the hint; jitter only changes how long to wait.
///
/// # Jitter and its seed
///
/// Jitter is on by default. Unseeded, it draws fresh randomness from the operating system
/// for every delay, so clients that all use the default do not retry in lockstep, not
/// even worker processes forked from one parent.
/// [`with_jitter_seed`](Self::with_jitter_seed) makes it reproducible;
/// [`without_jitter`](Self::without_jitter) turns it off.
///
/// # Equality
///
/// Two policies are equal when all their settings are: retries, delays, whether jitter is
/// on and its seed (`None` for fresh randomness). So
/// `RetryPolicy::default() == RetryPolicy::default()`, and equal policies always agree on
/// whether to retry.
///
/// ```
/// use std::time::Duration;
/// use picsart_api_error::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .with_max_times(5)
///     .with_min_delay(Duration::from_millis(200))
///     .with_max_delay(Duration::from_secs(10))
///     .with_jitter_seed(7);
/// assert_eq!(policy.delay(1, None), policy.delay(1, None), "seeded: reproducible");
/// assert!(policy.delay(5, None) <= Some(Duration::from_secs(10)));
/// assert_eq!(RetryPolicy::default(), RetryPolicy::new());
///
/// // A server hint within the longest delay is honoured, whatever the jitter.
/// let delay = RetryPolicy::default().delay(1, Some(Duration::from_secs(60)));
/// assert_eq!(delay, Some(Duration::from_secs(60)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[must_use]
pub struct RetryPolicy {
    max_times: u32,
    min_delay: Duration,
    max_delay: Duration,
    jitter: bool,
    seed: Option<u64>,
}

impl Default for RetryPolicy {
    /// [`RetryPolicy::new`].
    fn default() -> Self {
        RetryPolicy::new()
    }
}

impl RetryPolicy {
    /// Retries allowed by default: every retry may cost credits.
    pub const DEFAULT_MAX_TIMES: u32 = 2;
    /// The first backoff by default, when the server gives no hint.
    pub const DEFAULT_MIN_DELAY: Duration = Duration::from_secs(1);
    /// The longest delay by default: the backoff stops growing there, and a server
    /// asking for a longer wait gets no retry.
    pub const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(60);

    /// The default policy: [`DEFAULT_MAX_TIMES`](Self::DEFAULT_MAX_TIMES) retries, a
    /// backoff from [`DEFAULT_MIN_DELAY`](Self::DEFAULT_MIN_DELAY) doubling up to
    /// [`DEFAULT_MAX_DELAY`](Self::DEFAULT_MAX_DELAY), unseeded jitter.
    ///
    /// ```
    /// use picsart_api_error::RetryPolicy;
    ///
    /// let policy = RetryPolicy::new()
    ///     .with_max_times(RetryPolicy::DEFAULT_MAX_TIMES)
    ///     .with_min_delay(RetryPolicy::DEFAULT_MIN_DELAY)
    ///     .with_max_delay(RetryPolicy::DEFAULT_MAX_DELAY);
    /// assert_eq!(policy, RetryPolicy::new());
    /// assert_eq!(RetryPolicy::new().delay(RetryPolicy::DEFAULT_MAX_TIMES + 1, None), None);
    /// ```
    pub const fn new() -> Self {
        RetryPolicy {
            max_times: Self::DEFAULT_MAX_TIMES,
            min_delay: Self::DEFAULT_MIN_DELAY,
            max_delay: Self::DEFAULT_MAX_DELAY,
            jitter: true,
            seed: None,
        }
    }

    /// Allows `max_times` retries; advice for later attempts is `None`.
    ///
    /// ```
    /// # use picsart_api_error::RetryPolicy;
    /// assert_eq!(RetryPolicy::new().with_max_times(0).delay(1, None), None);
    /// ```
    pub const fn with_max_times(mut self, max_times: u32) -> Self {
        self.max_times = max_times;
        self
    }

    /// The backoff before the first retry when the server gives no hint.
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use picsart_api_error::RetryPolicy;
    /// let policy = RetryPolicy::new()
    ///     .with_min_delay(Duration::from_millis(100))
    ///     .without_jitter();
    /// assert_eq!(policy.delay(2, None), Some(Duration::from_millis(200)));
    /// ```
    pub const fn with_min_delay(mut self, min_delay: Duration) -> Self {
        self.min_delay = min_delay;
        self
    }

    /// The longest delay: the backoff stops doubling there, the jitter on a server hint
    /// stays within it, and a hint longer than it means no retry.
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use picsart_api_error::RetryPolicy;
    /// let policy = RetryPolicy::new()
    ///     .with_max_delay(Duration::from_secs(3))
    ///     .with_max_times(9)
    ///     .without_jitter();
    /// let secs = |s| Some(Duration::from_secs(s));
    /// assert_eq!(policy.delay(5, None), secs(3));
    /// assert_eq!(policy.delay(1, secs(4)), None, "the server asks for too long");
    /// assert_eq!(policy.delay(1, secs(3)), secs(3));
    /// ```
    pub const fn with_max_delay(mut self, max_delay: Duration) -> Self {
        self.max_delay = max_delay;
        self
    }

    /// Turns jitter off, keeping the seed: delays are exactly the hint or the backoff.
    ///
    /// ```
    /// # use std::time::Duration;
    /// # use picsart_api_error::RetryPolicy;
    /// let policy = RetryPolicy::new().without_jitter();
    /// assert_eq!(policy.delay(2, None), Some(Duration::from_secs(2)));
    /// ```
    pub const fn without_jitter(mut self) -> Self {
        self.jitter = false;
        self
    }

    /// Draws jitter from `seed`, so the same policy always gives the same delays. Does not
    /// turn jitter on or off.
    ///
    /// ```
    /// # use picsart_api_error::RetryPolicy;
    /// let policy = RetryPolicy::new().with_jitter_seed(42);
    /// assert_eq!(policy.delay(2, None), policy.delay(2, None));
    /// assert_ne!(policy, RetryPolicy::new());
    /// ```
    pub const fn with_jitter_seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Our own backoff before retry number `attempt`, used when the server gives no hint:
    /// `min_delay * 2^(attempt - 1)`, at most `max_delay`; with jitter, between half and
    /// all of that. Ignores `max_times`.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let attempt = attempt.max(1);
        let exponent = (attempt - 1).min(31);
        let full = self
            .min_delay
            .saturating_mul(1 << exponent)
            .min(self.max_delay);
        match self.unit(attempt) {
            None => full,
            // "Equal jitter": keeps at least half the backoff, spreads the rest.
            Some(unit) => full / 2 + (full / 2).mul_f64(unit),
        }
    }

    /// The delay before retry number `attempt`, given the server's `hint` if any, by the
    /// [waiting rules](Self#the-waiting-rules); `None` means do not retry.
    ///
    /// ```
    /// use std::time::Duration;
    /// use picsart_api_error::RetryPolicy;
    ///
    /// let policy = RetryPolicy::new();
    /// let hint = Duration::from_secs(20);
    /// let delay = policy.delay(1, Some(hint)).unwrap();
    /// assert!(delay >= hint && delay <= hint + Duration::from_millis(500));
    /// let too_long = RetryPolicy::DEFAULT_MAX_DELAY + Duration::from_secs(1);
    /// assert_eq!(policy.delay(1, Some(too_long)), None);
    /// assert_eq!(policy.delay(3, None), None, "past the retries allowed");
    /// ```
    #[must_use]
    pub fn delay(&self, attempt: u32, hint: Option<Duration>) -> Option<Duration> {
        let attempt = attempt.max(1);
        if attempt > self.max_times {
            return None;
        }
        match hint {
            Some(hint) if hint > self.max_delay => None,
            Some(hint) => {
                // At most the room left below `max_delay`: jitter cut there instead would
                // put every draw past the room on `max_delay` itself, in lockstep.
                let room = HINT_JITTER.min(self.max_delay - hint);
                let jitter = self
                    .unit(attempt)
                    .map_or(Duration::ZERO, |unit| room.mul_f64(unit));
                Some(hint.saturating_add(jitter).min(self.max_delay))
            }
            None => Some(self.backoff(attempt)),
        }
    }

    /// A number in `[0, 1)` for the jitter of `attempt`, or `None` without jitter.
    fn unit(&self, attempt: u32) -> Option<f64> {
        self.jitter
            .then(|| unit(self.seed.unwrap_or_else(random_seed), attempt))
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

/// A seed for unseeded jitter, fresh for every delay, from the operating system's random
/// source (`getrandom`): unlike a generator or hasher keys held in memory, it cannot be
/// copied by `fork()`, so pre-fork workers draw apart (celery/celery#4316). Should the OS
/// refuse, the process id, the time and std's hasher keys stand in: the process id alone
/// tells forked workers apart.
fn random_seed() -> u64 {
    getrandom::u64().unwrap_or_else(|_| {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u32(std::process::id());
        let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH);
        hasher.write_u128(now.map_or(0, |since| since.as_nanos()));
        hasher.finish()
    })
}

/// The `Retry-After` header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. The
/// forms it takes and what each means are public documentation, on
/// [`ApiError::retry_after`](crate::ApiError::retry_after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RetryAfter {
    /// Wait this long: the header's `delay-seconds` form, or another form of a number of
    /// seconds, to the nanosecond, rounded up.
    Delay(Duration),
    /// Wait until this time: the header's `HTTP-date` form (RFC 9110 §5.6.7), to the
    /// second, in UTC.
    At(SystemTime),
}

impl RetryAfter {
    /// Parses a `Retry-After` value by the forms `ApiError::retry_after` documents: a
    /// number of seconds, or an HTTP date in any of the three forms RFC 9110 §5.6.7
    /// requires a recipient to accept (IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`,
    /// RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, asctime `Sun Nov  6 08:49:37 1994`),
    /// read with [`httpdate`], so dates that do not exist are refused. Two edges are
    /// ours: a leap second `23:59:60` is the second after `23:59:59`, and an RFC 850
    /// two-digit year is the year with those digits that is at most 50 years after the
    /// current one (§5.6.7), not a fixed pivot. Anything else is `None`.
    pub(crate) fn parse(value: &str) -> Option<Self> {
        Self::parse_in(value, year_of(SystemTime::now()))
    }

    /// [`parse`](Self::parse), with `year` as the current year for RFC 850 dates.
    pub(crate) fn parse_in(value: &str, year: i64) -> Option<Self> {
        let value = crate::header::trim_ows(value);
        if let Some(delay) = crate::header::seconds(value) {
            return Some(RetryAfter::Delay(delay));
        }
        http_date(value, year).map(RetryAfter::At)
    }

    /// How long to wait from `now`; zero for a date in the past.
    pub(crate) fn delay_from(&self, now: SystemTime) -> Duration {
        match self {
            RetryAfter::Delay(delay) => *delay,
            RetryAfter::At(at) => at.duration_since(now).unwrap_or(Duration::ZERO),
        }
    }
}

// (`ApiError::retry_after` above is a link in rustdoc of private items only.)

/// An HTTP date in any of RFC 9110 §5.6.7's forms, `year` being the current one: httpdate
/// reads it, after the two edges it gets wrong are taken care of.
pub(crate) fn http_date(value: &str, year: i64) -> Option<SystemTime> {
    let fixed = rfc850_as_imf_fixdate(value, year);
    let value = fixed.as_deref().unwrap_or(value);
    // A leap second: httpdate refuses second 60, and POSIX time has no room for it, so it
    // is read as the second after 23:59:59 (the hint is then never shorter). Only the time
    // has colons, so the replacement cannot touch anything else.
    if let Some((before, after)) = value.split_once("23:59:60") {
        let second = httpdate::parse_http_date(&format!("{before}23:59:59{after}")).ok()?;
        return Some(second + Duration::from_secs(1));
    }
    httpdate::parse_http_date(value).ok()
}

/// The full weekday names of the RFC 850 form, in the order of their IMF-fixdate
/// abbreviations' first three letters.
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// An RFC 850 date (`Sunday, 06-Nov-94 08:49:37 GMT`) rewritten as an IMF-fixdate with the
/// four-digit year RFC 9110 §5.6.7 gives it: of the years ending in those two digits, the
/// one at most 50 years after the current `year` and closest to it. `None` for any other
/// form (httpdate then reads it as it is, or refuses it).
fn rfc850_as_imf_fixdate(value: &str, year: i64) -> Option<String> {
    let (weekday, rest) = value.split_once(", ")?;
    if !WEEKDAYS.contains(&weekday) {
        return None;
    }
    // `06-Nov-94 08:49:37 GMT`
    let bytes = rest.as_bytes();
    let two_digits = |at: usize| -> Option<i64> {
        let pair = bytes.get(at..at + 2)?;
        pair.iter()
            .all(u8::is_ascii_digit)
            .then(|| i64::from(pair[0] - b'0') * 10 + i64::from(pair[1] - b'0'))
    };
    if !rest.is_ascii()
        || rest.len() != 22
        || bytes[2] != b'-'
        || bytes[6] != b'-'
        || bytes[9] != b' '
    {
        return None;
    }
    two_digits(0)?;
    let digits = two_digits(7)?;
    let mut full = year - year.rem_euclid(100) + digits;
    if full > year + 50 {
        full -= 100;
    } else if full <= year - 50 {
        full += 100;
    }
    let (day, month, time) = (&rest[0..2], &rest[3..6], &rest[10..]);
    Some(format!("{}, {day} {month} {full:04} {time}", &weekday[..3]))
}

/// The year (proleptic Gregorian, UTC) of `time` (Howard Hinnant's `civil_from_days`).
pub(crate) fn year_of(time: SystemTime) -> i64 {
    let secs = match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    };
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    // January and February belong to the next year in this March-based count.
    yoe + era * 400 + i64::from(mp >= 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unseeded jitter and a spread of seeds: what must hold whatever the jitter draws.
    fn jittered(policy: RetryPolicy) -> impl Iterator<Item = RetryPolicy> {
        core::iter::repeat_n(policy, 50)
            .chain((0..200).map(move |seed| policy.with_jitter_seed(seed)))
            .chain([policy.with_jitter_seed(u64::MAX), policy.without_jitter()])
    }

    #[test]
    fn a_hint_of_exactly_the_longest_delay_is_honoured_whatever_the_jitter() {
        for policy in jittered(RetryPolicy::default()) {
            let wait = policy.delay(1, Some(RetryPolicy::DEFAULT_MAX_DELAY));
            assert_eq!(wait, Some(RetryPolicy::DEFAULT_MAX_DELAY), "{policy:?}");
        }
    }

    #[test]
    fn jitter_on_a_hint_is_cut_at_the_longest_delay_never_below_the_hint() {
        let longest = RetryPolicy::DEFAULT_MAX_DELAY;
        let hint = longest - Duration::from_millis(300);
        for policy in jittered(RetryPolicy::default()) {
            let wait = policy
                .delay(2, Some(hint))
                .expect("a hint within the longest delay");
            assert!(wait >= hint && wait <= longest, "{wait:?}, {policy:?}");
        }
        let short = RetryPolicy::default().with_jitter_seed(1);
        let wait = short.delay(1, Some(Duration::from_secs(2))).unwrap();
        assert!(wait >= Duration::from_secs(2) && wait <= Duration::from_millis(2500));
    }

    /// Jitter cut at the longest delay would put every draw past the room left on
    /// `max_delay` itself: clients told a reset time near it would retry in lockstep there.
    /// The jitter shrinks to the room instead, so the draws stay spread.
    #[test]
    fn jitter_on_a_hint_near_the_longest_delay_stays_spread_not_piled_at_it() {
        let longest = RetryPolicy::DEFAULT_MAX_DELAY;
        let hint = longest - Duration::from_millis(100);
        let waits: std::collections::BTreeSet<Duration> = (0..200)
            .map(|seed| {
                let policy = RetryPolicy::default().with_jitter_seed(seed);
                policy
                    .delay(1, Some(hint))
                    .expect("within the longest delay")
            })
            .collect();
        assert!(
            !waits.contains(&longest),
            "draws piled at the longest delay"
        );
        assert!(waits.len() > 190, "{} distinct waits of 200", waits.len());
        assert!(waits.iter().all(|wait| (hint..longest).contains(wait)));
    }

    #[test]
    fn a_hint_longer_than_the_longest_delay_is_refused_however_long() {
        for hint in [
            RetryPolicy::DEFAULT_MAX_DELAY + Duration::from_millis(1),
            Duration::from_secs(u64::MAX / 2),
            Duration::from_secs(u64::MAX),
            Duration::MAX,
        ] {
            for policy in jittered(RetryPolicy::default()) {
                assert_eq!(policy.delay(1, Some(hint)), None, "{hint:?}");
            }
        }
    }

    #[test]
    fn own_backoff_is_cut_at_the_longest_delay_instead_of_stopping() {
        let policy = RetryPolicy::default()
            .with_max_times(10)
            .with_max_delay(Duration::from_secs(5));
        for policy in jittered(policy) {
            for attempt in 1..=10 {
                let wait = policy
                    .delay(attempt, None)
                    .expect("within the retries allowed");
                assert!(wait <= Duration::from_secs(5), "{wait:?}");
            }
            let plain = policy.without_jitter();
            assert_eq!(
                plain.delay(4, None),
                Some(Duration::from_secs(5)),
                "8 s cut to 5 s"
            );
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitter_keeps_at_least_half() {
        let policy = RetryPolicy::default()
            .with_max_delay(Duration::from_secs(5))
            .with_max_times(10);
        let plain = policy.without_jitter();
        let waits: Vec<u64> = (1..=5).map(|a| plain.backoff(a).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 5, 5]);
        for policy in jittered(policy) {
            for attempt in 1..=5 {
                let (jittered, full) = (policy.backoff(attempt), plain.backoff(attempt));
                assert!(
                    jittered >= full / 2 && jittered <= full,
                    "{jittered:?} vs {full:?}"
                );
            }
        }
        let seeded = |seed| policy.with_jitter_seed(seed).backoff(1);
        assert_ne!(seeded(1), seeded(2));
        assert_eq!(seeded(1), seeded(1));
    }

    #[test]
    fn the_retries_allowed_alone_decide_whether_to_retry_without_a_hint() {
        for policy in jittered(RetryPolicy::default()) {
            let advised: Vec<bool> = (0..=4).map(|a| policy.delay(a, None).is_some()).collect();
            assert_eq!(advised, [true, true, true, false, false], "{policy:?}");
        }
    }

    #[test]
    fn attempt_zero_is_read_as_the_first_retry() {
        let policy = RetryPolicy::default().with_jitter_seed(9);
        for hint in [None, Some(Duration::from_secs(3))] {
            assert_eq!(policy.delay(0, hint), policy.delay(1, hint));
        }
        assert_eq!(policy.backoff(0), policy.backoff(1));
        assert_eq!(
            RetryPolicy::default().with_max_times(0).delay(0, None),
            None
        );
    }

    #[test]
    fn huge_attempt_numbers_saturate_instead_of_overflowing() {
        let policy = RetryPolicy::default().without_jitter();
        assert_eq!(policy.backoff(u32::MAX), RetryPolicy::DEFAULT_MAX_DELAY);
        let huge = policy
            .with_min_delay(Duration::MAX)
            .with_max_delay(Duration::MAX);
        assert_eq!(huge.backoff(40), Duration::MAX, "saturates");
    }

    #[test]
    fn equal_settings_make_equal_policies() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |policy: &RetryPolicy| {
            let mut hasher = DefaultHasher::new();
            policy.hash(&mut hasher);
            hasher.finish()
        };
        assert_eq!(RetryPolicy::default(), RetryPolicy::default());
        assert_eq!(hash(&RetryPolicy::default()), hash(&RetryPolicy::new()));
        let seeded = RetryPolicy::default().with_jitter_seed(3);
        assert_ne!(seeded, RetryPolicy::default());
        assert_ne!(seeded, RetryPolicy::default().with_jitter_seed(4));
        assert_ne!(seeded.without_jitter(), seeded);
    }

    #[test]
    fn every_form_of_http_date_is_accepted() {
        let at = RetryAfter::At(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777));
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "  Sun, 06 Nov 1994 08:49:37 GMT ",
        ] {
            assert_eq!(RetryAfter::parse(value), Some(at), "{value}");
        }
        let leap = RetryAfter::parse("Tue, 29 Feb 2028 23:59:59 GMT");
        let leap_secs = Duration::from_secs(1_835_481_599);
        assert_eq!(
            leap,
            Some(RetryAfter::At(SystemTime::UNIX_EPOCH + leap_secs))
        );
    }

    #[test]
    fn dates_that_do_not_exist_are_refused_not_rolled_over() {
        for value in [
            "Thu, 31 Feb 2028 00:00:00 GMT",
            "Mon, 29 Feb 2027 00:00:00 GMT",
            "Sun, 31 Apr 2026 00:00:00 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT x",
            "",
            "-5",
            "Sun, 06 Nov 1994 23:59:61 GMT",
            "Sun, 06 Nov 1994 22:59:60 GMT",
            "Sunday, 06-Nov-94 08:49:37",
            "Sunday, 6-Nov-94 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sunday, 06-Nov-9\u{e9} 08:49:37 GMT",
            "Sundae, 06-Nov-94 08:49:37 GMT",
        ] {
            assert_eq!(RetryAfter::parse(value), None, "{value}");
        }
    }

    #[test]
    fn seconds_too_many_for_u64_are_too_long_not_absent() {
        let huge = RetryAfter::parse("99999999999999999999999");
        assert_eq!(huge, Some(RetryAfter::Delay(Duration::MAX)));
        let most = RetryAfter::parse("18446744073709551615");
        let most_secs = Duration::from_secs(u64::MAX);
        assert_eq!(most, Some(RetryAfter::Delay(most_secs)), "u64::MAX itself");
        assert_eq!(RetryAfter::parse("18446744073709551616"), huge);
    }

    #[test]
    fn a_retry_after_date_in_the_past_means_no_wait() {
        let past = RetryAfter::parse("Thu, 01 Jan 1970 00:00:10 GMT").unwrap();
        assert_eq!(past.delay_from(SystemTime::now()), Duration::ZERO);
        let epoch = SystemTime::UNIX_EPOCH;
        assert_eq!(past.delay_from(epoch), Duration::from_secs(10));
    }

    fn at(secs: u64) -> Option<RetryAfter> {
        Some(RetryAfter::At(
            SystemTime::UNIX_EPOCH + Duration::from_secs(secs),
        ))
    }

    #[test]
    fn a_leap_second_is_the_second_after_23_59_59_in_every_form() {
        let next_day = at(1_483_228_800); // Sun, 01 Jan 2017 00:00:00 GMT
        for value in [
            "Sat, 31 Dec 2016 23:59:60 GMT",
            "Saturday, 31-Dec-16 23:59:60 GMT",
            "Sat Dec 31 23:59:60 2016",
        ] {
            assert_eq!(RetryAfter::parse_in(value, 2026), next_day, "{value}");
        }
        // Not a leap second: refused as before, and nothing else is rewritten.
        for value in [
            "Sat, 31 Dec 2016 23:58:60 GMT",
            "Sat, 31 Dec 2016 23:59:61 GMT",
        ] {
            assert_eq!(RetryAfter::parse_in(value, 2026), None, "{value}");
        }
    }

    #[test]
    fn two_digit_years_follow_the_fifty_year_rule_not_a_1970_pivot() {
        for (value, year, expected) in [
            // 2070 is 44 years ahead of 2026: within fifty, so 2070, a Wednesday.
            ("Wednesday, 01-Jan-70 00:00:00 GMT", 2026, at(3_155_760_000)),
            ("Thursday, 01-Jan-70 00:00:00 GMT", 2026, None),
            // 2076 is fifty years ahead: still 2076; 2077 is past fifty: 1977.
            ("Friday, 06-Nov-76 00:00:00 GMT", 2026, at(3_371_846_400)),
            ("Sunday, 06-Nov-77 00:00:00 GMT", 2026, at(247_622_400)),
            ("Saturday, 06-Nov-77 00:00:00 GMT", 2026, None),
            // Late in a century, a small year is in the next one: 2130, not 2030.
            ("Sunday, 01-Jan-30 00:00:00 GMT", 2090, at(5_049_129_600)),
            ("Tuesday, 01-Jan-30 00:00:00 GMT", 2026, at(1_893_456_000)),
            ("Sunday, 06-Nov-94 08:49:37 GMT", 2026, at(784_111_777)),
        ] {
            assert_eq!(
                RetryAfter::parse_in(value, year),
                expected,
                "{value} in {year}"
            );
        }
    }

    #[test]
    fn the_current_year_is_read_from_the_clock_by_the_calendar() {
        for (secs, year) in [
            (0, 1970),
            (951_782_399, 2000),   // Tue, 29 Feb 2000 23:59:59
            (978_307_199, 2000),   // Sun, 31 Dec 2000 23:59:59
            (978_307_200, 2001),   // Mon, 01 Jan 2001 00:00:00
            (5_049_129_600, 2130), // Sun, 01 Jan 2130 00:00:00
        ] {
            let time = SystemTime::UNIX_EPOCH + Duration::from_secs(secs);
            assert_eq!(year_of(time), year, "{secs}");
        }
        let before = SystemTime::UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(year_of(before), 1969);
    }

    #[test]
    fn numbers_of_seconds_in_other_forms_are_delays_rounded_up() {
        let delay = |secs, nanos| Some(RetryAfter::Delay(Duration::new(secs, nanos)));
        for (value, expected) in [
            ("120.5", delay(120, 500_000_000)),
            ("+120", delay(120, 0)),
            ("0120", delay(120, 0)),
            ("1.2e2", delay(120, 0)),
            ("\t 120 ", delay(120, 0)),
            ("0.0000000001", delay(0, 1)),
        ] {
            assert_eq!(RetryAfter::parse(value), expected, "{value:?}");
        }
        for value in [
            "\u{a0}120",
            "120\u{3000}",
            "120\u{85}",
            "\u{2028}120",
            "-120",
        ] {
            assert_eq!(RetryAfter::parse(value), None, "{value:?}");
        }
    }
}
