//! `picsart-api-error` as its users meet it, in one test binary (one link instead of
//! six): real HTTP on 127.0.0.1, property tests of what `ApiError` reads, the waiting rules
//! and the integrations. The memory tests are binaries of their own, since each installs a
//! counting global allocator.

mod api_error_reference;
mod axum_handler;
mod backon_errors;
mod budget;
mod client;
mod client_fuzz;
mod compressed;
mod error_response;
mod hint_forms;
mod hints;
mod integrations;
mod jitter_fork;
mod log_line;
mod request;
mod retry_rules;
mod support;
