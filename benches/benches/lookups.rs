//! Runtime lookups of `ErrorCode`, side by side with the `http` crate's equivalents.
//!
//! ```text
//! cargo bench -p picsart-error-codes-benches --bench lookups
//! ```
//!
//! Each measurement runs over the same 16 inputs: every status of the table and a few that
//! are not in it, so branch prediction cannot learn a single answer.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use http::StatusCode;
use picsart_error_codes::ErrorCode;

static STATUSES: [u16; 16] = [
    200, 400, 401, 402, 403, 404, 405, 406, 413, 415, 422, 429, 431, 500, 503, 418,
];
static NUMBERS: [&str; 16] = [
    "200", "400", "401", "402", "403", "404", "405", "406", "413", "415", "422", "429", "431",
    "500", "503", "418",
];

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookups");
    let codes: Vec<ErrorCode> = STATUSES
        .iter()
        .filter_map(|&s| ErrorCode::from_u16(s))
        .collect();
    let http_codes: Vec<StatusCode> = STATUSES
        .iter()
        .filter_map(|&s| StatusCode::from_u16(s).ok())
        .collect();
    let names: Vec<&str> = codes.iter().map(ErrorCode::name).collect();

    group.bench_function("from_u16/ours", |b| {
        b.iter(|| {
            STATUSES
                .iter()
                .filter(|&&s| ErrorCode::from_u16(black_box(s)).is_some())
                .count()
        })
    });
    group.bench_function("from_u16/http", |b| {
        b.iter(|| {
            STATUSES
                .iter()
                .filter(|&&s| StatusCode::from_u16(black_box(s)).is_ok())
                .count()
        })
    });

    group.bench_function("from_str_number/ours", |b| {
        b.iter(|| {
            NUMBERS
                .iter()
                .filter(|s| black_box(**s).parse::<ErrorCode>().is_ok())
                .count()
        })
    });
    group.bench_function("from_str_number/http", |b| {
        b.iter(|| {
            NUMBERS
                .iter()
                .filter(|s| StatusCode::from_bytes(black_box(s.as_bytes())).is_ok())
                .count()
        })
    });
    // `http` has no lookup by name; ours is a `match` on the string.
    group.bench_function("from_str_name/ours", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|s| black_box(**s).parse::<ErrorCode>().is_ok())
                .count()
        })
    });

    group.bench_function("message/ours", |b| {
        b.iter(|| {
            codes
                .iter()
                .map(|c| black_box(*c).message().len())
                .sum::<usize>()
        })
    });
    group.bench_function("message/http_canonical_reason", |b| {
        b.iter(|| {
            http_codes
                .iter()
                .map(|c| black_box(*c).canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        })
    });

    let mut buffer = String::with_capacity(64);
    group.bench_function("display/ours", |b| {
        b.iter(|| display_each(&mut buffer, &codes))
    });
    group.bench_function("display/http", |b| {
        b.iter(|| display_each(&mut buffer, &http_codes))
    });
    group.finish();
}

/// Formats each item into the same reused buffer, as a logger or server would.
fn display_each<T: std::fmt::Display>(buffer: &mut String, items: &[T]) -> usize {
    for item in items {
        buffer.clear();
        let _ = write!(buffer, "{}", black_box(item));
    }
    buffer.len()
}

criterion_group!(benches, lookups);
criterion_main!(benches);
