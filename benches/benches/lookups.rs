//! Runtime lookups of `ErrorCode`, side by side with the `http` crate's equivalents.
//!
//! ```text
//! cargo bench -p picsart-error-codes-benches --bench lookups
//! ```
//!
//! The parsing benches run over the same realistic mix of 1,000 statuses: 70% codes of
//! the table, 30% other statuses in 100..=599, in an order drawn from a fixed seed, so
//! that branch prediction cannot learn the answers and every run sees the same inputs.
//! Each input goes through `black_box`, as a status read from a response would, and both
//! sides use each result (they sum the parsed statuses), so neither can be optimized away
//! or turned into SIMD over the whole slice; `from_u16_batch` shows the latter. `http` accepts any status in 100..=999; ours also answers whether the table has
//! it.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use http::StatusCode;
use picsart_error_codes::ErrorCode;
use picsart_error_codes_benches::{half_mix, realistic_mix, REJECTED};

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("lookups");
    let statuses = realistic_mix();
    let numbers: Vec<String> = statuses.iter().map(u16::to_string).collect();
    let names: Vec<&str> = statuses
        .iter()
        .filter_map(|&s| ErrorCode::from_u16(s))
        .map(|c| c.name())
        .collect();
    let codes: Vec<ErrorCode> = ErrorCode::ALL.to_vec();
    let http_codes: Vec<StatusCode> = codes.iter().map(|&c| StatusCode::from(c)).collect();

    group.bench_function("from_u16/ours", |b| {
        b.iter(|| {
            statuses
                .iter()
                .map(|&s| ErrorCode::from_u16(black_box(s)).map_or(0, |c| u32::from(c.as_u16())))
                .sum::<u32>()
        })
    });
    group.bench_function("from_u16/http", |b| {
        b.iter(|| {
            statuses
                .iter()
                .map(|&s| StatusCode::from_u16(black_box(s)).map_or(0, |c| u32::from(c.as_u16())))
                .sum::<u32>()
        })
    });
    // The same loops over a slice the compiler sees whole: `http`'s range check becomes
    // SIMD over several statuses at once, our table load cannot.
    group.bench_function("from_u16_batch/ours", |b| {
        b.iter(|| {
            black_box(&statuses)
                .iter()
                .map(|&s| ErrorCode::from_u16(s).map_or(0, |c| u32::from(c.as_u16())))
                .sum::<u32>()
        })
    });
    group.bench_function("from_u16_batch/http", |b| {
        b.iter(|| {
            black_box(&statuses)
                .iter()
                .map(|&s| StatusCode::from_u16(s).map_or(0, |c| u32::from(c.as_u16())))
                .sum::<u32>()
        })
    });

    group.bench_function("from_str_number/ours", |b| {
        b.iter(|| {
            numbers
                .iter()
                .map(|s| {
                    black_box(s.as_str())
                        .parse::<ErrorCode>()
                        .map_or(0, |c| u32::from(c.as_u16()))
                })
                .sum::<u32>()
        })
    });
    group.bench_function("from_str_number/http", |b| {
        b.iter(|| {
            numbers
                .iter()
                .map(|s| {
                    StatusCode::from_bytes(black_box(s.as_bytes()))
                        .map_or(0, |c| u32::from(c.as_u16()))
                })
                .sum::<u32>()
        })
    });
    group.bench_function("from_str_rejected/ours", |b| {
        b.iter(|| {
            REJECTED
                .iter()
                .filter(|s| black_box(**s).parse::<ErrorCode>().is_err())
                .count()
        })
    });
    group.bench_function("from_str_rejected/http", |b| {
        b.iter(|| {
            REJECTED
                .iter()
                .filter(|s| StatusCode::from_bytes(black_box(s.as_bytes())).is_err())
                .count()
        })
    });
    // `http` has no lookup by name; ours is a `match` on the string.
    group.bench_function("from_str_name/ours", |b| {
        b.iter(|| {
            names
                .iter()
                .map(|s| {
                    black_box(*s)
                        .parse::<ErrorCode>()
                        .map_or(0, |c| u32::from(c.as_u16()))
                })
                .sum::<u32>()
        })
    });

    group.bench_function("reason_phrase/ours", |b| {
        b.iter(|| {
            codes
                .iter()
                .map(|c| black_box(*c).reason_phrase().len())
                .sum::<usize>()
        })
    });
    group.bench_function("reason_phrase/http_canonical_reason", |b| {
        b.iter(|| {
            http_codes
                .iter()
                .map(|c| black_box(*c).canonical_reason().map_or(0, str::len))
                .sum::<usize>()
        })
    });

    // A status looked up, then its reason phrase read: what a logger does with a status.
    let half = half_mix();
    group.bench_function("from_u16_reason_phrase/ours", |b| {
        b.iter(|| {
            half.iter()
                .map(|&s| ErrorCode::from_u16(black_box(s)).map_or(0, |c| c.reason_phrase().len()))
                .sum::<usize>()
        })
    });
    group.bench_function("from_u16_reason_phrase/http", |b| {
        b.iter(|| {
            half.iter()
                .map(|&s| {
                    StatusCode::from_u16(black_box(s))
                        .ok()
                        .and_then(|c| c.canonical_reason())
                        .map_or(0, str::len)
                })
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
