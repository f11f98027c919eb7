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

/// `Ok(response)`, untouched, unless the status is 4xx or 5xx (as for reqwest's own
/// [`error_for_status`](reqwest::Response::error_for_status)); for those, `Err` with the
/// [`ApiError`] read from the status, the headers and at most
/// [`ApiError::DEFAULT_BODY_LIMIT`] bytes of the body.
///
/// The body is streamed and reading stops once the limit is passed (the connection is then
/// dropped), so memory stays within the limit plus one chunk whatever the server sends. A
/// body cut at the limit, or by a failure while reading it, is marked
/// [`is_body_truncated`](ApiError::is_body_truncated). A body sent with a
/// `Content-Encoding` reqwest did not undo (without its `gzip`, `deflate` or `brotli`
/// features) is decoded, the limit counting decoded bytes. The error names the response's
/// URL ([`url`](ApiError::url)), without secrets.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// use picsart_api_error::{reqwest::error_for_status, ApiError, ErrorCode};
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
///
/// let page = "x".repeat(ApiError::DEFAULT_BODY_LIMIT + 1);
/// let response = http::Response::builder().status(502).body(page).unwrap();
/// let error = error_for_status(response.into()).await.unwrap_err();
/// assert_eq!(error.body().len(), ApiError::DEFAULT_BODY_LIMIT);
/// assert!(error.is_body_truncated());
/// # }
/// ```
///
/// # Errors
///
/// An [`ApiError`] for every 4xx and 5xx response.
pub async fn error_for_status(response: reqwest::Response) -> Result<reqwest::Response, ApiError> {
    let limit = ApiError::DEFAULT_BODY_LIMIT;
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
