//! The retry budget against a real server on 127.0.0.1: 1,000 concurrent reqwest requests
//! through backon's runner and `advice`, during an outage and during a few failures. The
//! server counts every send.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use backon::{BlockingRetryable, Retryable};
use picsart_api_error::backon::advice;
use picsart_api_error::{ApiError, RetryBudget, RetryPolicy};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Requests per test, all sent at once.
const REQUESTS: usize = 1000;

/// A server answering `GET /<n>` with a 503 when `fails(n)`, else a 200, and counting the
/// sends of each `n`.
struct Server {
    url: String,
    sends: Arc<Mutex<HashMap<usize, usize>>>,
}

impl Server {
    fn start(fails: fn(usize) -> bool) -> Server {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1");
        let url = format!("http://{}", server.server_addr().to_ip().expect("an IP"));
        let sends = Arc::new(Mutex::new(HashMap::new()));
        let counted = Arc::clone(&sends);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let n: usize = request.url()[1..].parse().expect("/<n>");
                *counted.lock().unwrap().entry(n).or_insert(0) += 1;
                let status = if fails(n) { 503 } else { 200 };
                let _ = request.respond(tiny_http::Response::empty(status));
            }
        });
        Server { url, sends }
    }

    /// Sends of each request, by its number.
    fn sends(&self) -> HashMap<usize, usize> {
        self.sends.lock().unwrap().clone()
    }

    fn total(&self) -> usize {
        self.sends().values().sum()
    }
}

async fn send(client: &reqwest::Client, url: &str) -> Result<reqwest::Response, Error> {
    let response = client.get(url).send().await?;
    Ok(picsart_api_error::reqwest::error_for_status(response).await?)
}

/// [`REQUESTS`] concurrent requests, each retried by `policy` within the budget that
/// `budget` gives it; on tokio's paused clock, so the backoff takes no real time.
async fn send_all(server: &Server, policy: RetryPolicy, budget: impl Fn() -> RetryBudget) {
    let client = reqwest::Client::new();
    let requests = (0..REQUESTS).map(|n| {
        let (client, url) = (client.clone(), format!("{}/{n}", server.url));
        let (backoff, when) = advice(policy, &budget());
        tokio::spawn(async move {
            let _ = (|| send(&client, &url))
                .retry(backoff)
                .when(when)
                .sleep(tokio::time::sleep)
                .await;
        })
    });
    for request in requests.collect::<Vec<_>>() {
        request.await.expect("the request task");
    }
}

#[tokio::test(start_paused = true)]
async fn during_an_outage_a_shared_budget_keeps_retries_to_a_tenth_of_the_sends() {
    let server = Server::start(|_| true);
    let budget = RetryBudget::new();

    send_all(&server, RetryPolicy::new(), || budget.clone()).await;

    let sends = server.total();
    let retries = sends - REQUESTS;
    println!("outage, shared budget: {REQUESTS} requests, {sends} sends");
    assert!(
        retries * 10 <= REQUESTS,
        "{retries} retries for {REQUESTS} requests"
    );
    let affordable = RetryBudget::DEFAULT_CAPACITY / RetryBudget::RETRY_COST;
    assert_eq!(
        retries, affordable as usize,
        "the budget is spent, not more"
    );
    assert_eq!(
        server.sends().len(),
        REQUESTS,
        "every first attempt was sent"
    );
    let outage = ApiError::new(503, b"");
    assert_eq!(
        budget.retry_delay(&outage, &RetryPolicy::new(), 1),
        None,
        "empty after the outage"
    );
}

#[tokio::test(start_paused = true)]
async fn during_an_outage_a_budget_per_request_shares_nothing() {
    // What the shared budget prevents: each request spends its own, and every request is
    // sent as many times as the policy allows.
    let server = Server::start(|_| true);
    let policy = RetryPolicy::new();

    send_all(&server, policy, RetryBudget::new).await;

    let sends = server.total();
    println!("outage, a budget per request: {REQUESTS} requests, {sends} sends");
    let per_request = 1 + policy_max_times(policy);
    assert_eq!(sends, REQUESTS * per_request);
}

/// The retries `policy` allows, read from its advice rather than restated.
fn policy_max_times(policy: RetryPolicy) -> usize {
    (1..)
        .take_while(|&a| policy.delay(a, None).is_some())
        .count()
}

#[tokio::test(start_paused = true)]
async fn when_one_request_in_a_hundred_fails_every_failure_gets_all_its_retries() {
    let server = Server::start(|n| n % 100 == 0);
    let budget = RetryBudget::new();
    let policy = RetryPolicy::new();

    send_all(&server, policy, || budget.clone()).await;

    let sends = server.sends();
    let total: usize = sends.values().sum();
    println!("1% failing, shared budget: {REQUESTS} requests, {total} sends");
    for (n, count) in &sends {
        let expected = if n % 100 == 0 {
            1 + policy_max_times(policy)
        } else {
            1
        };
        assert_eq!(*count, expected, "request {n}");
    }
    assert_eq!(sends.len(), REQUESTS);
}

#[test]
fn the_blocking_runner_spends_and_refills_the_same_budget() {
    // Ten requests in a row against a server that fails requests 0 and 6, with a budget
    // of one retry: request 0 spends it, the five successes after it refill it, and
    // request 6 still gets its retry.
    let server = Server::start(|n| n == 0 || n == 6);
    let budget = RetryBudget::with_capacity(RetryBudget::RETRY_COST);
    let policy = RetryPolicy::new().with_max_times(1);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let sleeps = Arc::new(Mutex::new(Vec::new()));
    for n in 0..10 {
        let url = format!("{}/{n}", server.url);
        let (backoff, when) = advice(policy, &budget);
        let sleeps = Arc::clone(&sleeps);
        let _ = (|| -> Result<_, anyhow::Error> {
            Ok(picsart_api_error::ureq::error_for_status(
                agent.get(&url).call()?,
            )?)
        })
        .retry(backoff)
        .when(when)
        .sleep(move |wait: Duration| sleeps.lock().unwrap().push(wait))
        .call();
    }
    let sends = server.sends();
    assert_eq!((sends[&0], sends[&6]), (2, 2), "{sends:?}");
    assert_eq!(sends.values().sum::<usize>(), 12);
    assert_eq!(sleeps.lock().unwrap().len(), 2);
}

#[test]
fn an_empty_budget_never_stops_a_first_attempt() {
    let server = Server::start(|_| true);
    let empty = RetryBudget::with_capacity(0);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for n in 0..3 {
        let url = format!("{}/{n}", server.url);
        let (backoff, when) = advice(RetryPolicy::new(), &empty);
        let error = (|| -> Result<_, ApiError> {
            let response = agent.get(&url).call().expect("loopback");
            picsart_api_error::ureq::error_for_status(response)
        })
        .retry(backoff)
        .when(when)
        .sleep(|_| {})
        .call()
        .unwrap_err();
        assert_eq!(error.status(), 503);
    }
    assert_eq!(server.total(), 3, "one send each, no retry");
}
