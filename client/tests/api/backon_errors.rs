//! The backon hooks with the error types clients really return, against a server on
//! 127.0.0.1 that answers a 503 and then success: `anyhow::Error` with context, a boxed
//! error, an error enum of the client's own that holds the `ApiError` as its source, and
//! one that is not a `std::error::Error` at all. Each is retried once, as the advice says.

use std::fmt;
use std::future::Future;
use std::time::Duration;

use backon::Retryable;
use picsart_api_error::backon::{advice, AsApiError};
use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};

use crate::support::Server;

/// A 503 without a hint, then success; and a policy with a short backoff.
fn outage_then_success() -> (Server, RetryPolicy) {
    let outage = http::Response::builder()
        .status(503)
        .body(Vec::new())
        .unwrap();
    let done = http::Response::new(b"done".to_vec());
    let server = Server::start(vec![outage.into(), done.into()]);
    let policy = RetryPolicy::new().with_min_delay(Duration::from_millis(10));
    (server, policy)
}

/// Sends with backon and `advice`, the request turning its errors into `E` with `wrap`.
async fn retried<E, Kind, F, Fut>(
    server: &Server,
    policy: RetryPolicy,
    send: F,
) -> Result<String, E>
where
    E: AsApiError<Kind>,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<String, E>>,
{
    let (backoff, when) = advice(policy, &RetryBudget::new());
    let result = send
        .retry(backoff)
        .when(when)
        .sleep(tokio::time::sleep)
        .await;
    assert_eq!(server.requests(), 2, "one retry");
    result
}

async fn fetch(url: &str) -> Result<String, anyhow::Error> {
    let response = reqwest::get(url).await?;
    let response = picsart_api_error::reqwest::error_for_status(response).await?;
    Ok(response.text().await?)
}

#[tokio::test(start_paused = true)]
async fn anyhow_errors_with_context_are_looked_into() {
    let (server, policy) = outage_then_success();
    let body = retried(&server, policy, || async {
        use anyhow::Context;
        fetch(&server.url).await.context("fetching the balance")
    })
    .await;
    assert_eq!(body.unwrap(), "done");
}

#[tokio::test(start_paused = true)]
async fn boxed_errors_are_looked_into() {
    type BoxError = Box<dyn std::error::Error + Send + Sync>;
    let (server, policy) = outage_then_success();
    let body = retried(&server, policy, || async {
        let response = reqwest::get(&server.url).await?;
        let response = picsart_api_error::reqwest::error_for_status(response).await?;
        Ok::<_, BoxError>(response.text().await?)
    })
    .await;
    assert_eq!(body.unwrap(), "done");
}

/// A client's own error, as `thiserror` would write it: the `ApiError` is its source.
#[derive(Debug)]
enum ClientError {
    Api(ApiError),
    Transport(reqwest::Error),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the balance request failed")
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ClientError::Api(error) => Some(error),
            ClientError::Transport(error) => Some(error),
        }
    }
}

async fn fetch_own(url: &str) -> Result<String, ClientError> {
    let response = reqwest::get(url).await.map_err(ClientError::Transport)?;
    let response = picsart_api_error::reqwest::error_for_status(response)
        .await
        .map_err(ClientError::Api)?;
    response.text().await.map_err(ClientError::Transport)
}

#[tokio::test(start_paused = true)]
async fn a_clients_own_error_type_needs_no_impl() {
    let (server, policy) = outage_then_success();
    let body = retried(&server, policy, || fetch_own(&server.url)).await;
    assert_eq!(body.unwrap(), "done");
}

/// An error that is not a `std::error::Error`: it says where its `ApiError` is.
enum Plain {
    Api(ApiError),
    Other,
}

impl AsApiError<Plain> for Plain {
    fn as_api_error(&self) -> Option<&ApiError> {
        match self {
            Plain::Api(error) => Some(error),
            Plain::Other => None,
        }
    }
}

#[tokio::test(start_paused = true)]
async fn an_error_that_is_not_std_error_implements_the_trait_itself() {
    let (server, policy) = outage_then_success();
    let body = retried(&server, policy, || async {
        match fetch_own(&server.url).await {
            Ok(body) => Ok(body),
            Err(ClientError::Api(error)) => Err(Plain::Api(error)),
            Err(ClientError::Transport(_)) => Err(Plain::Other),
        }
    })
    .await;
    assert_eq!(body.ok(), Some("done".to_owned()));
}
