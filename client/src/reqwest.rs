//! An [`ApiError`] straight from a [`reqwest::Response`].
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! use picsart_api_error::reqwest::error_for_status;
//!
//! let client = reqwest::Client::new();
//! let response = client
//!     .get("https://api.picsart.io/tools/1.0/balance")
//!     .header("X-Picsart-API-Key", "...")
//!     .send()
//!     .await?; // transport errors: reqwest::Error
//! let response = error_for_status(response).await?; // 4xx and 5xx: ApiError
//! println!("{}", response.text().await?);
//! # Ok(()) }
//! ```

use crate::ApiError;

/// `Err` with the [`ApiError`] a 4xx or 5xx response carries, else `Ok(response)`,
/// reading at most [`ApiError::DEFAULT_BODY_LIMIT`] bytes of the body.
///
/// Like [`reqwest::Response::error_for_status`], but the error keeps what the body and
/// headers say. See [`error_for_status_with_limit`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use picsart_api_error::{reqwest::error_for_status, ErrorCode};
///
/// // A response as `Client::send` returns it, built here without a server.
/// let response = http::Response::builder()
///     .status(429)
///     .header("X-Picsart-Ratelimit-Reset-Time", "2")
///     .body("slow down")
///     .unwrap();
/// let error = error_for_status(response.into()).await.unwrap_err();
/// assert_eq!(error.code(), Some(ErrorCode::TooManyRequests));
/// assert_eq!(error.body(), "slow down");
/// # }
/// ```
///
/// # Errors
///
/// An [`ApiError`] for every 4xx and 5xx response.
pub async fn error_for_status(response: reqwest::Response) -> Result<reqwest::Response, ApiError> {
    error_for_status_with_limit(response, ApiError::DEFAULT_BODY_LIMIT).await
}

/// `Ok(response)`, untouched, unless the status is 4xx or 5xx (as for reqwest's own
/// `error_for_status`); for those, `Err` with the [`ApiError`] read from the status, the
/// headers and the first `limit` bytes of the body.
///
/// The body is streamed and reading stops once `limit` bytes are passed (the connection is
/// then dropped), so memory stays within `limit` plus one chunk whatever the server sends.
/// A body cut at the limit, or by a failure while reading it, is marked
/// [`is_body_truncated`](ApiError::is_body_truncated). A body sent with a
/// `Content-Encoding` reqwest did not undo (without its `gzip`, `deflate` or `brotli`
/// features) is decoded, the limit counting decoded bytes
/// ([`body_encoding`](ApiError::body_encoding)). The error names the response's URL
/// ([`url`](ApiError::url)), without secrets.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use picsart_api_error::reqwest::error_for_status_with_limit;
///
/// let page = "<html>".repeat(1_000);
/// let response = http::Response::builder().status(502).body(page).unwrap();
/// let error = error_for_status_with_limit(response.into(), 100)
///     .await
///     .unwrap_err();
/// assert_eq!(error.body().len(), 100);
/// assert!(error.is_body_truncated());
/// # }
/// ```
///
/// # Errors
///
/// An [`ApiError`] for every 4xx and 5xx response.
pub async fn error_for_status_with_limit(
    response: reqwest::Response,
    limit: usize,
) -> Result<reqwest::Response, ApiError> {
    if crate::body_limit::is_error(response.status()) {
        let url = response.url().as_str().to_owned();
        // reqwest's body is an `http_body::Body`: read it the one way every body is read.
        let response = http::Response::<reqwest::Body>::from(response);
        Err(crate::http_body::read_error(response, limit)
            .await
            .with_url(&url))
    } else {
        Ok(response)
    }
}
