//! Retries with [`backon`], the maintained retry crate, following our advice: no retry
//! loop of our own, only the three things its runner asks for.
//!
//! - **Backoff**: [`RetryPolicy`] is a [`backon::BackoffBuilder`]. Its [`PolicyBackoff`] yields
//!   one delay per retry of the budget ([`RetryPolicy::with_max_times`]), our own backoff.
//! - **`when`**: [`when`] retries only what a retry may help
//!   ([`ApiError::is_retryable`]): a status a retry may help, not an exhausted quota. Transport errors and other errors are not retried
//!   (a request that may have reached the server may have cost credits).
//! - **`adjust`**: [`adjust`] replaces each delay by
//!   [`ApiError::retry_delay`], which honours the server's hint (`Retry-After`, or
//!   the reset time of a 429) and stops when it asks for more than
//!   [`RetryPolicy::with_max_delay`].
//!
//! One expression sends a request with conservative, hint-honouring retries; pass the same
//! policy to `retry` and `adjust`:
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")] // the example sends with reqwest
//! # async fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use backon::Retryable;
//! use picsart_api_error::backon::{adjust, when};
//! use picsart_api_error::{reqwest::error_for_status, RetryPolicy};
//!
//! type Error = Box<dyn std::error::Error + Send + Sync>;
//! let client = reqwest::Client::new();
//! let url = "https://api.picsart.io/tools/1.0/balance";
//! let send = || async {
//!     let response = client.get(url).send().await?;
//!     Ok::<_, Error>(error_for_status(response).await?)
//! };
//!
//! let policy = RetryPolicy::new();
//! let response = send
//!     .retry(policy)
//!     .when(when)
//!     .adjust(adjust(policy))
//!     .sleep(tokio::time::sleep)
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! backon's blocking runner (`BlockingRetryable`, for `ureq`) has no `adjust` hook;
//! [`blocking`] gives it a backoff that hands out the advice its `when` hook computed.

use core::time::Duration;
use std::error::Error;
use std::sync::{Arc, Mutex, PoisonError};

use crate::{ApiError, RetryPolicy};

/// An error the hooks can look into: an [`ApiError`], or a boxed error that holds one (so a
/// request can return transport and API errors alike with `?`).
///
/// ```
/// use picsart_api_error::{backon::AsApiError, ApiError};
///
/// let error = ApiError::new(429, b"");
/// assert_eq!(error.as_api_error().map(ApiError::status), Some(429));
/// ```
pub trait AsApiError {
    /// The [`ApiError`] inside, if any.
    ///
    /// ```
    /// use picsart_api_error::{backon::AsApiError, ApiError};
    ///
    /// type Error = Box<dyn std::error::Error + Send + Sync>;
    /// let boxed: Error = ApiError::new(503, b"").into();
    /// assert_eq!(boxed.as_api_error().map(ApiError::status), Some(503));
    /// let other: Error = "timed out".into();
    /// assert!(other.as_api_error().is_none());
    /// ```
    fn as_api_error(&self) -> Option<&ApiError>;
}

impl AsApiError for ApiError {
    fn as_api_error(&self) -> Option<&ApiError> {
        Some(self)
    }
}

impl AsApiError for Box<dyn Error + Send + Sync> {
    fn as_api_error(&self) -> Option<&ApiError> {
        self.downcast_ref()
    }
}

impl AsApiError for Box<dyn Error + Send> {
    fn as_api_error(&self) -> Option<&ApiError> {
        self.downcast_ref()
    }
}

impl AsApiError for Box<dyn Error> {
    fn as_api_error(&self) -> Option<&ApiError> {
        self.downcast_ref()
    }
}

/// backon's `when` hook: whether a retry may help, whatever the policy. `true` only for an
/// [`ApiError`] that [`is_retryable`](ApiError::is_retryable): a status a retry may help
/// and no exhausted quota.
///
/// ```
/// use picsart_api_error::{backon::when, ApiError};
///
/// assert!(when(&ApiError::new(503, b"")));
/// assert!(!when(&ApiError::new(422, b"")));
/// let exhausted = ApiError::new(429, b"").with_headers([
///     ("X-Picsart-Ratelimit-Available", "0"),
///     ("X-Picsart-Credit-Available", "0"),
/// ]);
/// assert!(!when(&exhausted));
/// ```
#[must_use]
pub fn when<E: AsApiError>(error: &E) -> bool {
    error.as_api_error().is_some_and(ApiError::is_retryable)
}

/// backon's `adjust` hook for `policy`: the delay before each retry is
/// [`ApiError::retry_delay`]`(&policy, attempt)`, so the server's hint is honoured,
/// and `None` (stop) once the backoff's budget is spent or the server asks for a wait
/// longer than [`RetryPolicy::with_max_delay`]. For an error without an [`ApiError`] (if your own
/// `when` lets one through) the backoff's delay is kept.
///
/// ```
/// use std::time::Duration;
/// use picsart_api_error::{backon::adjust, ApiError, RetryPolicy};
///
/// let mut adjust = adjust(RetryPolicy::new().without_jitter());
/// let error = ApiError::new(429, b"")
///     .with_headers([("X-Picsart-Ratelimit-Reset-Time", "7")]);
/// let backoff = Some(Duration::from_secs(1));
/// let hint = Some(Duration::from_secs(7));
/// assert_eq!(adjust(&error, backoff), hint, "the server's hint");
/// assert_eq!(adjust(&error, None), None, "the budget is spent");
/// ```
pub fn adjust<E: AsApiError>(
    policy: RetryPolicy,
) -> impl FnMut(&E, Option<Duration>) -> Option<Duration> + Send + Sync + 'static {
    let mut attempt = 0u32;
    move |error, delay| {
        attempt = attempt.saturating_add(1);
        let delay = delay?;
        match error.as_api_error() {
            Some(error) => error.retry_delay(&policy, attempt),
            None => Some(delay),
        }
    }
}

impl backon::BackoffBuilder for RetryPolicy {
    type Backoff = PolicyBackoff;

    fn build(self) -> PolicyBackoff {
        PolicyBackoff {
            policy: self,
            attempt: 0,
        }
    }
}

/// Our own backoff as backon runs it: the backoff of [`RetryPolicy::delay`] (no hint) for each retry of the
/// budget, then the end. Made by `RetryPolicy`'s [`backon::BackoffBuilder`] impl.
///
/// ```
/// use std::time::Duration;
/// use backon::BackoffBuilder;
/// use picsart_api_error::RetryPolicy;
///
/// let policy = RetryPolicy::new().without_jitter();
/// let delays: Vec<Duration> = policy.build().collect();
/// assert_eq!(delays, [Duration::from_secs(1), Duration::from_secs(2)]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyBackoff {
    policy: RetryPolicy,
    attempt: u32,
}

impl Iterator for PolicyBackoff {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        // The policy's own rule for a retry without a server hint: its budget, then its
        // backoff.
        let attempt = self.attempt.checked_add(1)?;
        let delay = self.policy.delay(attempt, None)?;
        self.attempt = attempt;
        Some(delay)
    }
}

/// For backon's blocking runner, which has no `adjust` hook: a `when` hook that computes
/// [`ApiError::retry_delay`]`(&policy, attempt)` and a backoff that hands it out, so
/// the runner waits as advised and stops when the advice is not to retry.
///
/// ```no_run
/// # #[cfg(feature = "ureq")] // the example sends with ureq
/// # fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// use backon::BlockingRetryable;
/// use picsart_api_error::backon::blocking;
/// use picsart_api_error::{ureq::error_for_status, RetryPolicy};
///
/// type Error = Box<dyn std::error::Error + Send + Sync>;
/// let agent: ureq::Agent = ureq::Agent::config_builder()
///     .http_status_as_error(false)
///     .build()
///     .into();
/// let url = "https://api.picsart.io/tools/1.0/balance";
/// let send = || -> Result<_, Error> {
///     Ok(error_for_status(agent.get(url).call()?)?)
/// };
///
/// let (backoff, when) = blocking(RetryPolicy::new());
/// let response = send.retry(backoff).when(when).sleep(std::thread::sleep).call()?;
/// # Ok(()) }
/// ```
pub fn blocking<E: AsApiError>(
    policy: RetryPolicy,
) -> (
    AdvisedBackoff,
    impl FnMut(&E) -> bool + Send + Sync + 'static,
) {
    let next = Arc::new(Mutex::new(None));
    let backoff = AdvisedBackoff {
        next: Arc::clone(&next),
    };
    let mut attempt = 0u32;
    let when = move |error: &E| {
        attempt = attempt.saturating_add(1);
        let delay = error
            .as_api_error()
            .and_then(|error| error.retry_delay(&policy, attempt));
        *next.lock().unwrap_or_else(PoisonError::into_inner) = delay;
        delay.is_some()
    };
    (backoff, when)
}

/// The backoff of [`blocking`]: each delay is the advice its `when` hook just computed,
/// taken once; `None` (stop) when the hook advised no retry.
///
/// ```
/// use std::time::Duration;
/// use picsart_api_error::{backon::blocking, ApiError, RetryPolicy};
///
/// let policy = RetryPolicy::new().without_jitter();
/// let (mut backoff, mut when) = blocking::<ApiError>(policy);
/// let busy = ApiError::new(503, b"").with_headers([("Retry-After", "3")]);
/// assert!(when(&busy));
/// assert_eq!(backoff.next(), Some(Duration::from_secs(3)));
/// assert!(!when(&ApiError::new(404, b"")));
/// assert_eq!(backoff.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct AdvisedBackoff {
    next: Arc<Mutex<Option<Duration>>>,
}

impl Iterator for AdvisedBackoff {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        self.next
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backoff_ends_with_the_budget() {
        let policy = RetryPolicy::new().with_max_times(3).with_jitter_seed(9);
        let delays: Vec<Duration> = backon::BackoffBuilder::build(policy).collect();
        let expected: Vec<Duration> = (1..=3).map(|attempt| policy.backoff(attempt)).collect();
        assert_eq!(delays, expected);
        let none = RetryPolicy::new().with_max_times(0);
        assert_eq!(backon::BackoffBuilder::build(none).next(), None);
    }

    #[test]
    fn adjust_counts_attempts_and_follows_the_advice() {
        let policy = RetryPolicy::new().with_jitter_seed(5);
        let mut adjust = adjust(policy);
        let error = ApiError::new(503, b"");
        let some = Some(Duration::from_millis(1));
        assert_eq!(adjust(&error, some), error.retry_delay(&policy, 1));
        assert_eq!(adjust(&error, some), error.retry_delay(&policy, 2));
        assert_eq!(adjust(&error, some), None, "past the policy's budget");
    }

    #[test]
    fn adjust_stops_when_the_server_asks_for_too_long_a_wait() {
        let mut adjust = adjust(RetryPolicy::new());
        let error = ApiError::new(503, b"").with_headers([("Retry-After", "3600")]);
        assert_eq!(adjust(&error, Some(Duration::from_secs(1))), None);
    }

    #[test]
    fn errors_without_an_api_error_are_not_retried_by_when() {
        let transport: Box<dyn Error + Send + Sync> = "connection reset".into();
        assert!(!when(&transport));
        let mut adjust = adjust::<Box<dyn Error + Send + Sync>>(RetryPolicy::new());
        let delay = Some(Duration::from_millis(3));
        assert_eq!(adjust(&transport, delay), delay);
    }

    #[test]
    fn the_blocking_backoff_hands_out_what_when_decided() {
        let policy = RetryPolicy::new().without_jitter();
        let (mut backoff, mut when) = blocking::<ApiError>(policy);
        let busy = ApiError::new(429, b"").with_headers([("X-Picsart-Ratelimit-Reset-Time", "4")]);
        assert!(when(&busy));
        assert_eq!(backoff.next(), Some(Duration::from_secs(4)));
        assert!(when(&ApiError::new(500, b"")));
        assert_eq!(
            backoff.next(),
            Some(Duration::from_secs(2)),
            "second retry's backoff"
        );
        assert!(!when(&ApiError::new(500, b"")), "past the budget");
        assert_eq!(backoff.next(), None);
    }
}
