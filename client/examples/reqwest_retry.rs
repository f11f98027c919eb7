//! A reqwest client that retries the way the API advises, with backon's runner and our
//! hooks, against a local server it starts itself (no network, no API key):
//!
//! ```text
//! cargo run --example reqwest_retry --features reqwest,backon,server
//! ```
//!
//! The server answers like the API under load: a 429 for the per-second limit with a
//! one-second reset time, then a 503, then the result. Then it answers a 429 for an
//! exhausted quota, which is never retried: retries cost credits.

use std::error::Error;
use std::time::Duration;

use backon::Retryable;
use picsart_api_error::backon::advice;
use picsart_api_error::reqwest::error_for_status;
use picsart_api_error::{ApiError, ErrorCode, ErrorResponse, RateLimit, RetryBudget, RetryPolicy};

type BoxError = Box<dyn Error + Send + Sync>;

/// One request to `url`: transport errors and API errors alike become a `BoxError`, which
/// the hooks look into for an `ApiError`.
async fn balance(client: &reqwest::Client, url: &str) -> Result<String, BoxError> {
    let response = client
        .get(format!("{url}/balance"))
        .header("X-Picsart-API-Key", "demo-key")
        .send()
        .await?;
    Ok(error_for_status(response).await?.text().await?)
}

/// The request with conservative, hint-honouring retries, within the client's budget.
async fn balance_with_retries(
    client: &reqwest::Client,
    budget: &RetryBudget,
    url: &str,
) -> Result<String, BoxError> {
    let (backoff, when) = advice(RetryPolicy::new(), budget);
    (|| balance(client, url))
        .retry(backoff)
        .when(when)
        .sleep(tokio::time::sleep)
        .notify(|error, wait: Duration| println!("  {error}\n  -> retrying in {wait:.2?}"))
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), BoxError> {
    let url = start_server();
    let client = reqwest::Client::new();
    let budget = RetryBudget::new(); // shared by the client's requests

    println!("A burst, an outage, then success:");
    let body = balance_with_retries(&client, &budget, &url).await?;
    println!("  200 OK: {body}");

    println!("An exhausted quota:");
    let error = balance_with_retries(&client, &budget, &url)
        .await
        .unwrap_err();
    let error = error.downcast_ref::<ApiError>().ok_or("an API error")?;
    println!("  {error}\n  -> not retried: top up the account first");
    Ok(())
}

/// Serves the scripted answers on 127.0.0.1 from a thread; returns the base URL.
fn start_server() -> String {
    let burst = RateLimit {
        available: Some(0),
        limit: Some(500),
        reset: Some(Duration::from_secs(1)),
        credits: Some(140.0),
    };
    let exhausted = RateLimit {
        credits: Some(0.0),
        ..burst
    };
    let id = |id| http::HeaderValue::from_static(id);
    let script = vec![
        ErrorResponse::new(ErrorCode::TooManyRequests)
            .detail("per-second limit")
            .rate_limit(burst)
            .correlation_id(id("demo-1"))
            .into_http_response(),
        ErrorResponse::new(ErrorCode::ServiceUnavailable)
            .correlation_id(id("demo-2"))
            .into_http_response(),
        http::Response::new(br#"{"credits": 140}"#.to_vec()),
        ErrorResponse::new(ErrorCode::TooManyRequests)
            .rate_limit(exhausted)
            .correlation_id(id("demo-4"))
            .into_http_response(),
    ];

    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1");
    let url = format!("http://{}", server.server_addr());
    std::thread::spawn(move || {
        for (request, response) in server.incoming_requests().zip(script) {
            let (parts, body) = response.into_parts();
            let mut answer =
                tiny_http::Response::from_data(body).with_status_code(parts.status.as_u16());
            for (name, value) in &parts.headers {
                let header = tiny_http::Header::from_bytes(name.as_str(), value.as_bytes())
                    .expect("a valid header");
                answer.add_header(header);
            }
            let _ = request.respond(answer);
        }
    });
    url
}
