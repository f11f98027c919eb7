//! The rate-limit and credit headers the Picsart APIs send on every response.

use core::time::Duration;

use crate::header::ResponseHeaders;

/// Rate-limit and credit state, as the response headers report it.
///
/// Every field is `None` when its header is missing or unreadable: a garbled header is
/// ignored, never an error. The rules for duplicates and huge numbers are those of
/// the [crate's rules](crate#how-headers-are-read).
///
/// ```
/// use picsart_api_error::RateLimit;
///
/// let limit = RateLimit::from_headers([
///     ("x-picsart-ratelimit-available", "0"),
///     ("X-Picsart-Ratelimit-Reset-Time", "12"),
///     ("X-Picsart-Credit-Available", "not a number"),
/// ]);
/// assert_eq!(limit.available, Some(0));
/// assert_eq!(limit.reset, Some(std::time::Duration::from_secs(12)));
/// assert_eq!(limit.credits, None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RateLimit {
    /// Calls left in the current window (`X-Picsart-Ratelimit-Available`).
    pub available: Option<u64>,
    /// Calls allowed per window (`X-Picsart-Ratelimit-Limit`).
    pub limit: Option<u64>,
    /// Time until the window resets (`X-Picsart-Ratelimit-Reset-Time`, in seconds).
    pub reset: Option<Duration>,
    /// Credits left on the account (`X-Picsart-Credit-Available`).
    pub credits: Option<f64>,
}

impl RateLimit {
    /// Reads the rate-limit headers out of `(name, value)` pairs, ignoring every other
    /// header and every value that does not parse. Names match without regard to case;
    /// values are `&str`, `&[u8]` or `http::HeaderValue`. The rules for duplicates are
    /// those of the [crate's rules](crate#how-headers-are-read).
    ///
    /// ```
    /// use picsart_api_error::RateLimit;
    ///
    /// let limit = RateLimit::from_headers([
    ///     ("X-Picsart-Ratelimit-Limit", "500"),
    ///     ("X-Picsart-Credit-Available", "12.5"),
    ///     ("Content-Type", "application/json"),
    /// ]);
    /// assert_eq!((limit.limit, limit.credits), (Some(500), Some(12.5)));
    /// assert_eq!(limit.available, None);
    /// ```
    #[must_use]
    pub fn from_headers<I, K, V>(headers: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<[u8]>,
    {
        let mut read = ResponseHeaders::default();
        read.read(headers);
        read.rate_limit
    }

    /// Whether the headers say neither calls nor credits are left: waiting for the window
    /// to reset will not help until the account is topped up
    /// ([`ApiError::is_quota_exhausted`](crate::ApiError::is_quota_exhausted) asks it).
    #[must_use]
    pub(crate) fn is_exhausted(&self) -> bool {
        self.available == Some(0) && self.credits.is_some_and(|credits| credits <= 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::header;

    #[test]
    fn headers_are_read_whatever_their_case() {
        let limit = RateLimit::from_headers([
            ("X-PICSART-RATELIMIT-AVAILABLE", " 498 "),
            ("x-picsart-ratelimit-limit", "500"),
            ("X-Picsart-Ratelimit-Reset-Time", "1.5"),
            ("X-Picsart-Credit-Available", "12.25"),
            ("Content-Type", "application/json"),
        ]);
        assert_eq!(
            limit,
            RateLimit {
                available: Some(498),
                limit: Some(500),
                reset: Some(Duration::from_millis(1500)),
                credits: Some(12.25),
            }
        );
    }

    #[test]
    fn garbage_values_are_ignored() {
        let garbage: [&[u8]; 9] = [
            b"",
            b"-1",
            b"NaN",
            b"inf",
            b"0x10",
            b"\xff\xfe",
            b"12 calls",
            b"3\xc2\xa0",
            b"\xe3\x80\x803",
        ];
        for value in garbage {
            let limit = RateLimit::from_headers([
                (header::RATELIMIT_AVAILABLE, value),
                (header::RATELIMIT_RESET_TIME, value),
            ]);
            assert_eq!(limit, RateLimit::default(), "{value:?}");
        }
    }
}
