//! [`RetryBudget`]: a token bucket shared by the requests of a client, so that an outage
//! cannot turn every request into [`RetryPolicy::with_max_times`] more sends.

use core::fmt;
use core::time::Duration;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use crate::{ApiError, RetryPolicy};

/// Statuses whose retry costs [`TIMEOUT_COST`]: a timeout that a gateway reports (408
/// Request Timeout, 504 Gateway Timeout). The AWS SDKs charge more for timeouts because
/// a timed-out request held the server longest.
const TIMEOUT_STATUSES: [u16; 2] = [408, 504];

/// The tokens a retry after a gateway timeout withdraws: 10, as in the AWS SDKs
/// (`TIMEOUT_RETRY_COST`). The docs of [`RetryBudget`] say it; a test checks they agree.
const TIMEOUT_COST: u32 = 10;
/// The tokens a success deposits: 1, as in the AWS SDKs (`NO_RETRY_INCREMENT`). The docs
/// of [`RetryBudget`] say it; a test checks they agree.
const SUCCESS_DEPOSIT: u32 = 1;

/// A retry budget: a token bucket shared by all the requests of a client, which the retry
/// advice consults before each retry. A retry ([`retry_delay`](Self::retry_delay)) withdraws tokens, a
/// success [deposits](Self::deposit) some back, and when too few are left the advice is
/// not to retry. The first attempt of a request never asks the budget: an empty budget
/// only stops retries.
///
/// So during an outage that fails every request, retries add at most
/// [`DEFAULT_CAPACITY`](Self::DEFAULT_CAPACITY) / [`RETRY_COST`](Self::RETRY_COST) = 100
/// sends to the client's traffic, however many requests it makes, while a client whose
/// requests mostly succeed keeps a full budget and retries each failure as its
/// [`RetryPolicy`] says.
///
/// # The defaults and their source
///
/// They are those of the AWS SDKs' *standard* retry mode (AWS SDKs and Tools Reference
/// Guide, "Retry behavior"; the constants `INITIAL_RETRY_TOKENS`, `RETRY_COST`,
/// `TIMEOUT_RETRY_COST` and `NO_RETRY_INCREMENT` of the SDKs):
///
/// - the bucket starts full, with [`DEFAULT_CAPACITY`](Self::DEFAULT_CAPACITY) tokens,
///   and never holds more;
/// - a retry costs [`RETRY_COST`](Self::RETRY_COST) tokens, or 10 tokens after a gateway
///   timeout (408, 504);
/// - a request that succeeds deposits 1 token.
///
/// Unlike the AWS SDKs, a retry that succeeds does not get its cost back: it deposits
/// what any success does. That keeps one rule for every success, and errs towards fewer
/// retries. tower's `retry::budget::TpsBudget` is the other common design: retries as a
/// share of the requests of the last few seconds; a bucket needs no clock, so it behaves
/// the same under a paused or simulated one.
///
/// # Sharing
///
/// A `RetryBudget` is a handle, cheap to clone and `Send + Sync`, like a
/// `reqwest::Client`: clones share one bucket. Make one per client (per API key, since
/// the rate limits are per key), and pass it to every request.
///
/// ```
/// use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};
///
/// let budget = RetryBudget::with_capacity(2 * RetryBudget::RETRY_COST);
/// let shared = budget.clone();
/// let policy = RetryPolicy::new();
/// let outage = ApiError::new(503, b"");
/// assert!(budget.retry_delay(&outage, &policy, 1).is_some());
/// assert!(shared.retry_delay(&outage, &policy, 1).is_some(), "clones share the bucket");
/// assert_eq!(budget.retry_delay(&outage, &policy, 1), None, "spent");
/// budget.deposit(); // a request succeeded
/// ```
#[derive(Clone)]
#[must_use]
pub struct RetryBudget {
    bucket: Arc<Bucket>,
}

struct Bucket {
    tokens: AtomicU32,
    capacity: u32,
}

impl RetryBudget {
    /// The tokens a budget starts with and never exceeds, by default: 500, as in the AWS
    /// SDKs' standard retry mode (`INITIAL_RETRY_TOKENS`).
    pub const DEFAULT_CAPACITY: u32 = 500;
    /// The tokens a retry withdraws: 5, as in the AWS SDKs (`RETRY_COST`).
    pub const RETRY_COST: u32 = 5;

    /// A full budget of [`DEFAULT_CAPACITY`](Self::DEFAULT_CAPACITY) tokens.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};
    ///
    /// let budget = RetryBudget::new();
    /// let outage = ApiError::new(503, b"");
    /// let retries = (0..1000)
    ///     .filter(|_| budget.retry_delay(&outage, &RetryPolicy::new(), 1).is_some())
    ///     .count() as u32;
    /// assert_eq!(retries, RetryBudget::DEFAULT_CAPACITY / RetryBudget::RETRY_COST);
    /// ```
    pub fn new() -> Self {
        Self::with_capacity(Self::DEFAULT_CAPACITY)
    }

    /// A full budget of `capacity` tokens: room for `capacity / RETRY_COST` retries in a
    /// row. `0` never allows a retry.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};
    ///
    /// let (outage, policy) = (ApiError::new(503, b""), RetryPolicy::new());
    /// let budget = RetryBudget::with_capacity(RetryBudget::RETRY_COST);
    /// assert!(budget.retry_delay(&outage, &policy, 1).is_some());
    /// assert_eq!(budget.retry_delay(&outage, &policy, 1), None, "empty");
    /// assert_eq!(RetryBudget::with_capacity(0).retry_delay(&outage, &policy, 1), None);
    /// ```
    pub fn with_capacity(capacity: u32) -> Self {
        RetryBudget {
            bucket: Arc::new(Bucket {
                tokens: AtomicU32::new(capacity),
                capacity,
            }),
        }
    }

    /// Gives back 1 token for a request that succeeded, up to the capacity. Call it once per
    /// successful request (after retries or not); the backon hooks do.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};
    ///
    /// let (outage, policy) = (ApiError::new(503, b""), RetryPolicy::new());
    /// let budget = RetryBudget::with_capacity(RetryBudget::RETRY_COST);
    /// assert!(budget.retry_delay(&outage, &policy, 1).is_some());
    /// for _ in 0..RetryBudget::RETRY_COST {
    ///     budget.deposit();
    /// }
    /// let paid = budget.retry_delay(&outage, &policy, 1);
    /// assert!(paid.is_some(), "the successes paid for one retry");
    /// ```
    pub fn deposit(&self) {
        let bucket = &self.bucket;
        // Never past the capacity, whatever the number of successes.
        let _ = bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                (tokens < bucket.capacity)
                    .then(|| tokens.saturating_add(SUCCESS_DEPOSIT).min(bucket.capacity))
            });
    }

    /// [`ApiError::retry_delay`] with this budget: the delay before retry number
    /// `attempt` by `policy`, withdrawn from the budget. `None` (nothing withdrawn) when
    /// the policy advises no retry or the budget does not hold the retry's cost: 10 tokens
    /// after a 408 or 504, [`RETRY_COST`](Self::RETRY_COST) otherwise.
    ///
    /// ```
    /// use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};
    ///
    /// let budget = RetryBudget::with_capacity(10);
    /// let policy = RetryPolicy::new();
    /// let timeout = ApiError::new(504, b"");
    /// assert_eq!(budget.retry_delay(&ApiError::new(422, b""), &policy, 1), None, "no retry: nothing taken");
    /// assert!(budget.retry_delay(&timeout, &policy, 1).is_some());
    /// assert_eq!(budget.retry_delay(&timeout, &policy, 1), None, "spent");
    /// ```
    #[must_use]
    pub fn retry_delay(
        &self,
        error: &ApiError,
        policy: &RetryPolicy,
        attempt: u32,
    ) -> Option<Duration> {
        let delay = error.retry_delay(policy, attempt)?;
        let cost = if TIMEOUT_STATUSES.contains(&error.status()) {
            TIMEOUT_COST
        } else {
            Self::RETRY_COST
        };
        self.take(cost).then_some(delay)
    }

    /// Takes `cost` tokens if there are that many; all or nothing.
    pub(crate) fn take(&self, cost: u32) -> bool {
        self.bucket
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                tokens.checked_sub(cost)
            })
            .is_ok()
    }

    /// The tokens left.
    #[cfg(test)]
    fn tokens(&self) -> u32 {
        self.bucket.tokens.load(Ordering::Acquire)
    }
}

impl Default for RetryBudget {
    /// [`RetryBudget::new`].
    fn default() -> Self {
        RetryBudget::new()
    }
}

impl fmt::Debug for RetryBudget {
    /// The tokens left and the capacity: `RetryBudget { tokens: 495, capacity: 500 }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryBudget")
            .field("tokens", &self.bucket.tokens.load(Ordering::Acquire))
            .field("capacity", &self.bucket.capacity)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_takes_its_cost_and_a_success_gives_back_at_most_the_capacity() {
        let budget = RetryBudget::new();
        budget.deposit();
        assert_eq!(
            budget.tokens(),
            RetryBudget::DEFAULT_CAPACITY,
            "never past full"
        );
        assert!(budget.take(RetryBudget::RETRY_COST));
        assert_eq!(
            budget.tokens(),
            RetryBudget::DEFAULT_CAPACITY - RetryBudget::RETRY_COST
        );
        budget.deposit();
        assert_eq!(
            budget.tokens(),
            RetryBudget::DEFAULT_CAPACITY - RetryBudget::RETRY_COST + SUCCESS_DEPOSIT
        );
    }

    #[test]
    fn timeouts_cost_more_and_what_is_not_retried_costs_nothing() {
        let policy = RetryPolicy::new();
        for status in TIMEOUT_STATUSES {
            let budget = RetryBudget::new();
            let advised = budget.retry_delay(&ApiError::new(status, b""), &policy, 1);
            assert!(advised.is_some(), "{status}");
            let left = RetryBudget::DEFAULT_CAPACITY - TIMEOUT_COST;
            assert_eq!(budget.tokens(), left, "{status}");
        }
        let budget = RetryBudget::new();
        for (status, attempt) in [(422, 1), (503, RetryPolicy::DEFAULT_MAX_TIMES + 1)] {
            let error = ApiError::new(status, b"");
            assert_eq!(budget.retry_delay(&error, &policy, attempt), None);
        }
        assert_eq!(budget.tokens(), RetryBudget::DEFAULT_CAPACITY);
    }

    #[test]
    fn a_budget_short_of_a_timeout_cost_still_allows_a_plain_retry() {
        let budget = RetryBudget::with_capacity(TIMEOUT_COST - 1);
        let policy = RetryPolicy::new();
        assert_eq!(
            budget.retry_delay(&ApiError::new(504, b""), &policy, 1),
            None
        );
        assert!(budget
            .retry_delay(&ApiError::new(503, b""), &policy, 1)
            .is_some());
    }

    #[test]
    fn concurrent_withdrawals_never_take_more_than_the_capacity() {
        let budget = RetryBudget::new();
        let granted: usize = std::thread::scope(|scope| {
            let threads: Vec<_> = (0..8)
                .map(|_| {
                    scope.spawn(|| {
                        (0..100)
                            .filter(|_| budget.take(RetryBudget::RETRY_COST))
                            .count()
                    })
                })
                .collect();
            threads.into_iter().map(|t| t.join().unwrap()).sum()
        });
        let most = RetryBudget::DEFAULT_CAPACITY / RetryBudget::RETRY_COST;
        assert_eq!(granted, most as usize);
        assert_eq!(budget.tokens(), 0);
    }

    /// The docs state the private costs in words: they must say what the code does.
    #[test]
    fn the_docs_state_the_costs_the_code_uses() {
        let source = include_str!("budget.rs");
        let docs: String = source
            .lines()
            .filter_map(|line| line.trim_start().strip_prefix("///"))
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" ");
        for stated in [
            format!("or {TIMEOUT_COST} tokens after a gateway timeout (408, 504)"),
            format!("deposits {SUCCESS_DEPOSIT} token."),
            format!("{TIMEOUT_COST} tokens after a 408 or 504"),
            format!("Gives back {SUCCESS_DEPOSIT} token for a request that succeeded"),
        ] {
            assert!(docs.contains(&stated), "the docs no longer say: {stated}");
        }
        for status in TIMEOUT_STATUSES {
            assert!(docs.contains(&status.to_string()), "{status}");
        }
    }
}
