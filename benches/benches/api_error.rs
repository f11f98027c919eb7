//! What building an `ApiError` costs, beside the alternatives a client would write.
//!
//! ```text
//! cargo bench -p picsart-error-codes-benches --bench api_error
//! ```
//!
//! - the documented 422 body: `ApiError::new` (status, one copy of the body, its
//!   fields) beside `serde_json::from_slice::<serde_json::Value>` of the same bytes, which
//!   parses and nothing more;
//! - a 50 KB HTML page (a proxy's error page): `ApiError::new` beside the least any error
//!   that keeps the body as text can do, one validated copy (`String::from_utf8`).
//!
//! Each result is dropped inside the measured loop on both sides.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use picsart_api_error::ApiError;
use picsart_error_codes_benches::{html_page, DOCUMENTED};

fn api_error(c: &mut Criterion) {
    let mut group = c.benchmark_group("api_error");
    group.bench_function("documented_422/api_error_new", |b| {
        b.iter(|| ApiError::new(422, black_box(DOCUMENTED)))
    });
    group.bench_function("documented_422/serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(DOCUMENTED)).ok())
    });
    let page = html_page();
    group.bench_function("html_50kb/api_error_new", |b| {
        b.iter(|| ApiError::new(502, black_box(&page)))
    });
    group.bench_function("html_50kb/string_from_utf8", |b| {
        b.iter(|| String::from_utf8(black_box(&page).clone()).ok())
    });
    group.finish();
}

criterion_group!(benches, api_error);
criterion_main!(benches);
