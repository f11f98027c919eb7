//! Retries with [`backon`], the maintained retry crate, following our advice: no retry
//! loop of our own, only what its runners ask for.
//!
//! [`advice`] gives a runner everything from a [`RetryPolicy`] and a [`RetryBudget`], in
//! one call: a `when` hook that decides, by [`RetryBudget::retry_delay`], whether and how
//! long to wait (the server's hint honoured, the policy's limits, the budget withdrawn
//! from), and a backoff that hands that delay to the runner. It works the same with the
//! async runner (`Retryable`) and the blocking one (`BlockingRetryable`, for `ureq`),
//! whose hooks are the same two. A request that ends without a final error deposits back
//! into the budget.
//!
//! ```no_run
//! # #[cfg(feature = "reqwest")] // the example sends with reqwest
//! # async fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use backon::Retryable;
//! use picsart_api_error::backon::advice;
//! use picsart_api_error::{reqwest::error_for_status, RetryBudget, RetryPolicy};
//!
//! type Error = Box<dyn std::error::Error + Send + Sync>;
//! let client = reqwest::Client::new();
//! let budget = RetryBudget::new(); // one per client, shared by its requests
//! let url = "https://api.picsart.io/tools/1.0/balance";
//! let send = || async {
//!     let response = client.get(url).send().await?;
//!     Ok::<_, Error>(error_for_status(response).await?)
//! };
//!
//! let (backoff, when) = advice(RetryPolicy::new(), &budget);
//! let response = send
//!     .retry(backoff)
//!     .when(when)
//!     .sleep(tokio::time::sleep)
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! # Which errors
//!
//! The hooks take any error that holds an [`ApiError`] ([`AsApiError`]): an `ApiError`
//! itself, any `std::error::Error` whose [`source`](Error::source) chain leads to one
//! (your own error enum, say, with the `ApiError` as a source; `io::Error`, `Box` and
//! `Arc`, whose `source` skips the error they hold, are looked into), and the boxes that
//! hold such errors: `Box<dyn Error + Send + Sync>`, `Box<dyn Error>` and `anyhow::Error`
//! (anything that dereferences to `dyn Error`). Nothing to implement.
//!
//! Only an `ApiError` a retry may help is retried ([`ApiError::is_retryable`]);
//! transport and other errors are not (a request that may have reached the server may
//! have cost credits).
//!
//! One shape hides its error: an `anyhow::Error` converted into a `Box<dyn Error>` boxes
//! anyhow's own wrapper, which neither downcasts to the error inside nor gives it as a
//! source; the same for a `Box<dyn Error>` made into an `anyhow::Error` with
//! `anyhow!(boxed)`. Keep each error as it is. And an error of your own that forwards
//! `source` to the `ApiError`'s own (thiserror's `#[error(transparent)]`) skips it too:
//! give the variant `#[source]` instead, or implement [`AsApiError`] with your type as
//! `Kind` and name it (`advice::<MyError, MyError>`).

use core::time::Duration;
use std::error::Error;
use std::ops::Deref;
use std::sync::{Arc, Mutex, PoisonError};

use crate::{ApiError, RetryBudget, RetryPolicy};

/// An error the hooks can look into for an [`ApiError`]. Implemented for every error
/// type that holds one: `ApiError`, any `std::error::Error + 'static` (through its
/// [`source`](Error::source) chain, outermost first), and whatever dereferences to
/// `dyn Error`, `dyn Error + Send` or `dyn Error + Send + Sync`
/// (`Box<dyn Error + Send + Sync>`, `anyhow::Error`). `Kind` only tells those impls apart; it is never named.
///
/// A type of your own that is not a `std::error::Error` implements it with any `Kind` of
/// its own, `Self` for example.
///
/// ```
/// use picsart_api_error::{backon::AsApiError, ApiError};
///
/// type Error = Box<dyn std::error::Error + Send + Sync>;
/// let boxed: Error = ApiError::new(503, b"").into();
/// assert_eq!(boxed.as_api_error().map(ApiError::status), Some(503));
/// let other: Error = "timed out".into();
/// assert!(other.as_api_error().is_none());
///
/// /// An error of your own that is not a `std::error::Error`.
/// enum Failure { Api(ApiError), Parse }
/// impl AsApiError<Failure> for Failure {
///     fn as_api_error(&self) -> Option<&ApiError> {
///         match self {
///             Failure::Api(error) => Some(error),
///             Failure::Parse => None,
///         }
///     }
/// }
/// let error = Failure::Api(ApiError::new(503, b""));
/// let inside = error.as_api_error().map(ApiError::status);
/// assert_eq!(inside, Some(503), "retried as the ApiError inside says");
/// ```
pub trait AsApiError<Kind> {
    /// The [`ApiError`] inside, if any: the first one of the error's source chain.
    ///
    /// ```
    /// use picsart_api_error::{backon::AsApiError, ApiError};
    ///
    /// let error = ApiError::new(429, b"");
    /// assert_eq!(error.as_api_error().map(ApiError::status), Some(429));
    /// ```
    fn as_api_error(&self) -> Option<&ApiError>;
}

/// The `Kind`s of [`AsApiError`]'s impls: types no one names, so that the impls cannot
/// overlap.
mod kind {
    /// A `std::error::Error`.
    #[derive(Debug)]
    pub struct Source;
    /// What dereferences to `dyn Error + Send + Sync`.
    #[derive(Debug)]
    pub struct SendSync;
    /// What dereferences to `dyn Error + Send`.
    #[derive(Debug)]
    pub struct SendOnly;
    /// What dereferences to `dyn Error`.
    #[derive(Debug)]
    pub struct Local;
}

/// The first [`ApiError`] of `error`'s source chain, looking into the wrappers that skip
/// their inner error in it (see [`inside`]).
fn find<'a>(error: &'a (dyn Error + 'static)) -> Option<&'a ApiError> {
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(found) = error.downcast_ref() {
            return Some(found);
        }
        next = inside(error).or_else(|| error.source());
    }
    None
}

/// The error right inside `error` when `error` is one of std's wrappers whose `source` is
/// the inner error's `source`, skipping the inner error itself: `io::Error` (of
/// `io::Error::other(api_error)`), `Box<ApiError>`, and `Arc` of an `ApiError` or a
/// `dyn Error`. Their `source` then comes next in the chain, as it would have.
fn inside<'a>(error: &'a (dyn Error + 'static)) -> Option<&'a (dyn Error + 'static)> {
    type Local = dyn Error + 'static;
    type SendOnly = dyn Error + Send + 'static;
    type SendSync = dyn Error + Send + Sync + 'static;
    if let Some(io) = error.downcast_ref::<std::io::Error>() {
        return io.get_ref().map(|inner| inner as &Local);
    }
    if let Some(boxed) = error.downcast_ref::<Box<ApiError>>() {
        return Some(&**boxed);
    }
    if let Some(shared) = error.downcast_ref::<Arc<ApiError>>() {
        return Some(&**shared);
    }
    if let Some(shared) = error.downcast_ref::<Arc<SendSync>>() {
        return Some(&**shared);
    }
    if let Some(shared) = error.downcast_ref::<Arc<SendOnly>>() {
        return Some(&**shared);
    }
    error.downcast_ref::<Arc<Local>>().map(|shared| &**shared)
}

impl<E: Error + 'static> AsApiError<kind::Source> for E {
    fn as_api_error(&self) -> Option<&ApiError> {
        find(self)
    }
}

impl<E: Deref<Target = dyn Error + Send + Sync + 'static>> AsApiError<kind::SendSync> for E {
    fn as_api_error(&self) -> Option<&ApiError> {
        find(&**self)
    }
}

impl<E: Deref<Target = dyn Error + Send + 'static>> AsApiError<kind::SendOnly> for E {
    fn as_api_error(&self) -> Option<&ApiError> {
        find(&**self)
    }
}

impl<E: Deref<Target = dyn Error + 'static>> AsApiError<kind::Local> for E {
    fn as_api_error(&self) -> Option<&ApiError> {
        find(&**self)
    }
}

/// Everything a backon runner needs for one request, from `policy` and the client's
/// `budget`: a backoff and a `when` hook, to pass as `.retry(backoff).when(when)` to
/// either runner. Make one pair per request, since it counts the request's attempts.
///
/// On each error the hook asks [`RetryBudget::retry_delay`]`(error, &policy, attempt)`:
/// a delay means retry, and the backoff yields it; `None` (not retryable, past
/// [`RetryPolicy::with_max_times`], a hint longer than
/// [`RetryPolicy::with_max_delay`], or too little budget) means the error is the
/// result. When the request ends in anything but such a final error (a success, or the
/// request dropped), the budget gets its [deposit](RetryBudget::deposit).
///
/// ```
/// use std::time::Duration;
/// use picsart_api_error::{backon::advice, ApiError, RetryBudget, RetryPolicy};
///
/// let policy = RetryPolicy::new().without_jitter();
/// let budget = RetryBudget::new();
/// let (mut backoff, mut when) = advice::<ApiError, _>(policy, &budget);
/// let busy = ApiError::new(503, b"").with_headers([("Retry-After", "3")]);
/// assert!(when(&busy));
/// assert_eq!(backoff.next(), Some(Duration::from_secs(3)));
/// assert!(!when(&ApiError::new(404, b"")));
/// assert_eq!(backoff.next(), None);
/// ```
///
/// With backon's blocking runner and ureq:
///
/// ```no_run
/// # #[cfg(feature = "ureq")] // the example sends with ureq
/// # fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
/// use backon::BlockingRetryable;
/// use picsart_api_error::backon::advice;
/// use picsart_api_error::{ureq::error_for_status, RetryBudget, RetryPolicy};
///
/// let agent: ureq::Agent = ureq::Agent::config_builder()
///     .http_status_as_error(false)
///     .build()
///     .into();
/// let budget = RetryBudget::new();
/// let url = "https://api.picsart.io/tools/1.0/balance";
/// let send = || -> Result<_, anyhow::Error> {
///     Ok(error_for_status(agent.get(url).call()?)?)
/// };
///
/// let (backoff, when) = advice(RetryPolicy::new(), &budget);
/// let response = send.retry(backoff).when(when).sleep(std::thread::sleep).call()?;
/// # Ok(()) }
/// ```
pub fn advice<E: AsApiError<Kind>, Kind>(
    policy: RetryPolicy,
    budget: &RetryBudget,
) -> (
    impl Iterator<Item = Duration> + Clone + core::fmt::Debug + Send + Sync + Unpin + 'static,
    impl FnMut(&E) -> bool + Send + Sync + 'static,
) {
    let request = Arc::new(Mutex::new(Request {
        policy,
        budget: budget.clone(),
        attempt: 0,
        next: None,
        failed: false,
    }));
    let backoff = AdvisedBackoff {
        request: Arc::clone(&request),
    };
    let when = move |error: &E| {
        let mut request = request.lock().unwrap_or_else(PoisonError::into_inner);
        request.attempt = request.attempt.saturating_add(1);
        let delay = error.as_api_error().and_then(|error| {
            request
                .budget
                .retry_delay(error, &request.policy, request.attempt)
        });
        request.next = delay;
        request.failed = delay.is_none();
        delay.is_some()
    };
    (backoff, when)
}

/// One request's state, shared by [`advice`]'s two hooks.
struct Request {
    policy: RetryPolicy,
    budget: RetryBudget,
    /// Errors seen so far: the number of the retry being considered.
    attempt: u32,
    /// The delay the `when` hook advised, for the backoff to hand out.
    next: Option<Duration>,
    /// Whether the last error was final (no retry advised).
    failed: bool,
}

impl Drop for Request {
    /// Both hooks are gone, so the request is over: unless it ended in a final error, it
    /// succeeded (or was dropped), and the budget gets its deposit.
    fn drop(&mut self) {
        if !self.failed {
            self.budget.deposit();
        }
    }
}

/// The backoff of [`advice`]: each delay is the one its `when` hook just advised, taken
/// once; `None` (stop) when the hook advised no retry.
#[derive(Clone)]
struct AdvisedBackoff {
    request: Arc<Mutex<Request>>,
}

impl core::fmt::Debug for AdvisedBackoff {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let request = self.request.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("AdvisedBackoff")
            .field("policy", &request.policy)
            .field("budget", &request.budget)
            .field("attempt", &request.attempt)
            .field("next", &request.next)
            .finish()
    }
}

impl Iterator for AdvisedBackoff {
    type Item = Duration;

    fn next(&mut self) -> Option<Duration> {
        self.request
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .next
            .take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type BoxError = Box<dyn Error + Send + Sync>;

    /// What the `when` hook of [`advice`] asks of an error before its budget and policy.
    fn when<E: AsApiError<Kind>, Kind>(error: &E) -> bool {
        error.as_api_error().is_some_and(ApiError::is_retryable)
    }

    #[test]
    fn advice_counts_attempts_and_follows_the_policy() {
        let policy = RetryPolicy::new().with_jitter_seed(5);
        let budget = RetryBudget::new();
        let (mut backoff, mut when) = advice::<ApiError, _>(policy, &budget);
        let error = ApiError::new(503, b"");
        for attempt in 1..=RetryPolicy::DEFAULT_MAX_TIMES {
            assert!(when(&error));
            assert_eq!(backoff.next(), error.retry_delay(&policy, attempt));
            assert_eq!(backoff.next(), None, "each delay is handed out once");
        }
        assert!(!when(&error), "past the policy's retries");
        assert_eq!(backoff.next(), None);
    }

    #[test]
    fn advice_stops_when_the_server_asks_for_too_long_a_wait() {
        let (mut backoff, mut when) = advice(RetryPolicy::new(), &RetryBudget::new());
        let error = ApiError::new(503, b"").with_headers([("Retry-After", "3600")]);
        assert!(!when(&error));
        assert_eq!(backoff.next(), None);
    }

    #[test]
    fn a_request_deposits_unless_it_ends_in_a_final_error() {
        let budget = RetryBudget::with_capacity(RetryBudget::RETRY_COST);
        let outage = ApiError::new(503, b"");
        let (_, mut when) = advice::<ApiError, _>(RetryPolicy::new(), &budget);
        assert!(when(&outage));
        assert!(!when(&outage), "the budget is spent");
        drop(when);
        // A final error: nothing deposited, so the budget is still empty.
        let (_, mut when) = advice::<ApiError, _>(RetryPolicy::new(), &budget);
        assert!(!when(&outage));
        drop(when);
        for _ in 0..RetryBudget::RETRY_COST {
            let (_backoff, _when) = advice::<ApiError, _>(RetryPolicy::new(), &budget);
        }
        assert!(
            budget.take(RetryBudget::RETRY_COST),
            "the successes paid for a retry"
        );
    }

    #[test]
    fn errors_without_an_api_error_are_not_retried() {
        let transport: BoxError = "connection reset".into();
        assert!(!when(&transport));
        let (mut backoff, mut advised) = advice(RetryPolicy::new(), &RetryBudget::new());
        assert!(!advised(&transport));
        assert_eq!(backoff.next(), None);
    }

    #[derive(Debug)]
    struct Wrapped(ApiError);

    impl core::fmt::Display for Wrapped {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("while fetching the balance")
        }
    }

    impl Error for Wrapped {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn the_api_error_is_found_down_the_source_chain_of_any_error_or_box() {
        let inner = || ApiError::new(502, b"");
        assert!(when(&Wrapped(inner())));
        assert!(when(&Box::new(Wrapped(inner()))));
        let boxed: BoxError = Box::new(Wrapped(inner()));
        assert!(when(&boxed));
        let local: Box<dyn Error> = Box::new(Wrapped(inner()));
        assert!(when(&local));
        let sendable: Box<dyn Error + Send> = Box::new(inner());
        assert_eq!(sendable.as_api_error().map(ApiError::status), Some(502));
        let io = std::io::Error::other(Wrapped(inner()));
        assert!(when(&io), "io::Error's source is its inner error");
    }

    /// `io::Error`, `Box<T>` and `Arc<T>` implement `Error` by passing on the inner error's
    /// `source`, skipping the inner error itself: an `ApiError` right inside one of them
    /// (a reader that fails with `io::Error::other(api_error)`, a shared `Arc<ApiError>`)
    /// is not in the source chain, and must still be found.
    #[test]
    fn an_api_error_right_inside_a_wrapper_that_skips_it_is_found() {
        let inner = || ApiError::new(503, b"");
        assert!(when(&std::io::Error::other(inner())));
        assert!(when(&Box::new(inner())));
        assert!(when(&Arc::new(inner())));
        let shared: Arc<dyn Error + Send + Sync> = Arc::new(inner());
        assert!(AsApiError::<kind::Source>::as_api_error(&shared).is_some());
        assert!(when(&Wrapped2(std::io::Error::other(inner()))));
        assert!(when(&Wrapped2(std::io::Error::other(Arc::new(inner())))));
        assert!(when(&std::io::Error::other(Box::new(inner()))));
        let boxed: BoxError = Box::new(std::io::Error::other(inner()));
        assert!(when(&boxed));
        let other = std::io::Error::other("connection reset");
        assert!(!when(&other));
        assert!(!when(&std::io::Error::from(std::io::ErrorKind::TimedOut)));
    }

    /// An error that forwards `source` to the inner error's, as thiserror's
    /// `#[error(transparent)]` does, hides the `ApiError`; its own impl, with itself as
    /// `Kind`, finds it, and `advice` takes it when the kind is named.
    #[derive(Debug)]
    struct Transparent(ApiError);

    impl core::fmt::Display for Transparent {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            core::fmt::Display::fmt(&self.0, f)
        }
    }

    impl Error for Transparent {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            self.0.source()
        }
    }

    impl AsApiError<Transparent> for Transparent {
        fn as_api_error(&self) -> Option<&ApiError> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_transparent_error_is_found_by_its_own_impl() {
        let error = Transparent(ApiError::new(503, b""));
        assert!(
            !when::<_, kind::Source>(&error),
            "hidden from the source chain"
        );
        let (_, mut advised) =
            advice::<Transparent, Transparent>(RetryPolicy::new(), &RetryBudget::new());
        assert!(advised(&error));
    }

    /// An error of the client's own whose source is an `io::Error`.
    #[derive(Debug)]
    struct Wrapped2(std::io::Error);

    impl core::fmt::Display for Wrapped2 {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("while reading the response")
        }
    }

    impl Error for Wrapped2 {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            Some(&self.0)
        }
    }
}
