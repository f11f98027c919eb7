//! `ErrorResponse` returned as is from a real axum handler on 127.0.0.1, read back by a
//! real reqwest client into the `ApiError` it describes.

use axum::routing::get;
use axum::Router;
use picsart_api_error::{ApiError, ErrorCode, ErrorResponse, RateLimit};

async fn upscale() -> Result<String, ErrorResponse> {
    Err(ErrorResponse::new(ErrorCode::TooManyRequests)
        .detail("per-second limit")
        .rate_limit(RateLimit {
            available: Some(0),
            ..RateLimit::default()
        })
        .correlation_id(http::HeaderValue::from_static("axum-1")))
}

async fn balance() -> ErrorResponse {
    ErrorResponse::new(ErrorCode::Unauthorized).message("token_error")
}

#[tokio::test]
async fn an_axum_handler_returns_an_error_response_as_is() {
    let app = Router::new()
        .route("/upscale", get(upscale))
        .route("/balance", get(balance));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = reqwest::Client::new();

    let response = client.get(format!("{url}/upscale")).send().await.unwrap();
    assert_eq!(response.headers()["Content-Type"], "application/json");
    let error: ApiError = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::TooManyRequests));
    assert_eq!(error.body_detail(), Some("per-second limit"));
    assert_eq!(error.correlation_id(), Some("axum-1"));
    assert_eq!(error.rate_limit().available, Some(0));

    let response = client.get(format!("{url}/balance")).send().await.unwrap();
    let error = picsart_api_error::reqwest::error_for_status(response)
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some(ErrorCode::Unauthorized));
    assert_eq!(error.body_message(), Some("token_error"));
}
