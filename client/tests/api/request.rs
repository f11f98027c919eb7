//! An error names the request that failed, as reqwest's own error does, without what may
//! be secret: real reqwest and ureq against a server on 127.0.0.1, the API key sent as a
//! query parameter and userinfo in the URL.

use crate::support::Server;
use picsart_api_error::{ApiError, ErrorCode, ErrorResponse};

fn outage() -> Server {
    let response = ErrorResponse::new(ErrorCode::ServiceUnavailable).into_http_response();
    Server::start(vec![response.into()])
}

/// `http://127.0.0.1:<port>/tools/1.0/upscale?apikey=SECRET&format=PNG`, with userinfo.
fn url_with_secrets(server: &Server) -> (String, String) {
    let host = server.url.strip_prefix("http://").unwrap();
    let sent = format!("http://me:hunter2@{host}/tools/1.0/upscale?apikey=SECRET&format=PNG");
    let kept = format!("http://{host}/tools/1.0/upscale?apikey=*&format=*");
    (sent, kept)
}

fn assert_names_request_without_secrets(error: &ApiError, method: Option<&str>, kept: &str) {
    assert_eq!(error.url(), Some(kept));
    let line = error.to_string();
    let request = match method {
        Some(method) => format!(r#" (request {method} "{kept}")"#),
        None => format!(r#" (request "{kept}")"#),
    };
    assert!(line.contains(&request), "{line}");
    for secret in ["SECRET", "hunter2", "me:", "PNG"] {
        assert!(!line.contains(secret), "{secret} in {line}");
    }
}

#[tokio::test]
async fn a_reqwest_error_names_its_url_without_secrets() {
    let server = outage();
    let (sent, kept) = url_with_secrets(&server);
    let response = reqwest::Client::new().post(&sent).send().await.unwrap();

    let error = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();

    assert_names_request_without_secrets(&error, None, &kept);
    assert_eq!(
        error.method(),
        None,
        "a reqwest response does not know its method"
    );
    let named = error.with_request(http::Method::POST, &sent);
    assert_names_request_without_secrets(&named, Some("POST"), &kept);
}

#[test]
fn a_ureq_error_names_its_url_when_the_agent_keeps_its_history() {
    let server = outage();
    let (_, kept) = url_with_secrets(&server);
    // ureq refuses userinfo in a URL it sends: the query holds the secret here.
    let sent = kept.replace("apikey=*&format=*", "apikey=SECRET&format=PNG");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .save_redirect_history(true)
        .build()
        .into();
    let response = agent.get(&sent).call().unwrap();

    let error = picsart_api_error::ureq::error_for_status(response).unwrap_err();

    assert_names_request_without_secrets(&error, None, &kept);
}

#[test]
fn without_the_history_a_ureq_error_names_no_url() {
    let server = outage();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let response = agent.get(&server.url).call().unwrap();

    let error = picsart_api_error::ureq::error_for_status(response).unwrap_err();

    assert_eq!(error.url(), None);
    assert!(!error.to_string().contains("(request"), "{error}");
}
