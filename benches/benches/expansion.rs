//! What the macro costs at compile time: load + validate + expand on synthetic tables of
//! 15, 100 and 500 rows. The growth should be linear.
//!
//! ```text
//! cargo bench -p picsart-error-codes-benches --bench expansion
//! ```
//!
//! It measures the two calls the macro's pipeline makes after reading the file
//! (`pipeline::check_text`, then `expand::expand`), so it needs the macro's functions,
//! and a proc-macro crate exports nothing but its macros: a normal program cannot call
//! them, and outside rustc the `proc_macro` bridge they would go through panics. So the
//! bench compiles the macro's modules into itself with `#[path]`: every module `lib.rs`
//! declares except `lib.rs` itself (its `#[proc_macro_attribute]` only compiles in a
//! proc-macro crate). They are plain Rust over `proc_macro2`. A module added to the macro
//! and missing here fails this bench's build (`crate::...` does not resolve), which
//! `cargo clippy --all-targets` catches. The other way out, a library crate doing the work
//! under a thin proc-macro crate (typify's shape), would add a published crate whose
//! public items count against the published crates' budget; see the macro crate's
//! `lib.rs`. Parts of the modules (the `pub` items this bench does not call, and the
//! imports of their unit tests) are unused here.
#![allow(dead_code, unused_imports, missing_docs)]

#[path = "../../macros/src/chars.rs"]
mod chars;
#[path = "../../macros/src/diagnostic.rs"]
mod diagnostic;
#[path = "../../macros/src/docs.rs"]
mod docs;
#[path = "../../macros/src/expand.rs"]
mod expand;
#[path = "../../macros/src/fallback.rs"]
mod fallback;
#[path = "../../macros/src/input.rs"]
mod input;
#[path = "../../macros/src/markdown.rs"]
mod markdown;
#[path = "../../macros/src/pipeline.rs"]
mod pipeline;
#[path = "../../macros/src/read.rs"]
mod read;
#[path = "../../macros/src/table.rs"]
mod table;
#[cfg(test)]
#[path = "../../macros/src/test_support.rs"]
mod test_support;
#[path = "../../macros/src/validate.rs"]
mod validate;

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quote::quote;

/// A valid table of `rows` codes, with descriptions about as long as the real ones.
fn synthetic_table(rows: usize) -> String {
    let mut table = String::new();
    for status in (100..600).take(rows) {
        let _ = write!(
            table,
            "[[code]]\nstatus = {status}\nreason_phrase = \"Synthetic Status {status}\"\n\
             description = \"\"\"\nWhat status {status} means, in two or three lines of prose that\n\
             tell the caller what went wrong and what to do about it before trying again.\"\"\"\n\
             retryable = {}\n\n",
            status % 5 == 0
        );
    }
    table
}

fn expansion(c: &mut Criterion) {
    let item: syn::DeriveInput = syn::parse2(quote!(
        /// Codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Code {}
    ))
    .expect("a valid item");
    let mut group = c.benchmark_group("expansion");
    for rows in [15, 100, 500] {
        let source = synthetic_table(rows);
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(
            BenchmarkId::new("load_validate_expand", rows),
            &source,
            |b, source| {
                b.iter(|| {
                    let codes = pipeline::check_text(black_box(source)).expect("a valid table");
                    expand::expand(
                        &item,
                        &codes,
                        "/tables/codes.toml",
                        Some("crate::Code".into()),
                    )
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
