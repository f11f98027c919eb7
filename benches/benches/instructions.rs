//! Loops for counting instructions with callgrind, which, unlike time, does not depend on
//! what else the machine is doing: `benches/instructions.sh` runs each case under
//! `valgrind --tool=callgrind` and subtracts the `none` case (setup only).
//!
//! The inputs are those of the `lookups` and `api_error` benches: the same realistic mix
//! of 1,000 statuses, each passed through `black_box` and each result used.

use std::hint::black_box;

use http::StatusCode;
use picsart_api_error::{ApiError, ErrorCode};
use picsart_error_codes_benches::{half_mix, html_page, realistic_mix, DOCUMENTED, REJECTED};

/// Each case and how many operations one round of it performs.
const CASES: [(&str, u64); 13] = [
    ("none", 1),
    ("from_u16/ours", 1_000),
    ("from_u16/http", 1_000),
    ("from_u16_reason_phrase/ours", 1_000),
    ("from_u16_reason_phrase/http", 1_000),
    ("from_str_number/ours", 1_000),
    ("from_str_number/http", 1_000),
    ("from_str_rejected/ours", 10),
    ("from_str_rejected/http", 10),
    ("documented_422/api_error_new", 1),
    ("documented_422/serde_json_value", 1),
    ("html_50kb/api_error_new", 1),
    ("html_50kb/string_from_utf8", 1),
];

fn main() {
    // `cargo bench` passes `--bench`; the case is the first other argument.
    let case = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| "list".into());
    if case == "list" {
        for (name, ops) in CASES {
            println!("{name} {ops}");
        }
        return;
    }
    let statuses = realistic_mix();
    let half = half_mix();
    let numbers: Vec<String> = statuses.iter().map(u16::to_string).collect();
    let page = html_page();
    let mut total = 0u64;
    for _ in 0..100 {
        total += match case.as_str() {
            "none" => 0,
            "from_u16/ours" => statuses
                .iter()
                .map(|&s| ErrorCode::from_u16(black_box(s)).map_or(0, |c| u64::from(c.as_u16())))
                .sum(),
            "from_u16/http" => statuses
                .iter()
                .map(|&s| StatusCode::from_u16(black_box(s)).map_or(0, |c| u64::from(c.as_u16())))
                .sum(),
            "from_u16_reason_phrase/ours" => half
                .iter()
                .map(|&s| ErrorCode::from_u16(black_box(s)).map_or(0, |c| c.reason_phrase().len()))
                .sum::<usize>() as u64,
            "from_u16_reason_phrase/http" => half
                .iter()
                .map(|&s| {
                    StatusCode::from_u16(black_box(s))
                        .ok()
                        .and_then(|c| c.canonical_reason())
                        .map_or(0, str::len)
                })
                .sum::<usize>() as u64,
            "from_str_number/ours" => numbers
                .iter()
                .map(|s| {
                    black_box(s.as_str())
                        .parse::<ErrorCode>()
                        .map_or(0, |c| u64::from(c.as_u16()))
                })
                .sum(),
            "from_str_number/http" => numbers
                .iter()
                .map(|s| {
                    StatusCode::from_bytes(black_box(s.as_bytes()))
                        .map_or(0, |c| u64::from(c.as_u16()))
                })
                .sum(),
            "from_str_rejected/ours" => REJECTED
                .iter()
                .filter(|s| black_box(**s).parse::<ErrorCode>().is_err())
                .count() as u64,
            "from_str_rejected/http" => REJECTED
                .iter()
                .filter(|s| StatusCode::from_bytes(black_box(s.as_bytes())).is_err())
                .count() as u64,
            "documented_422/api_error_new" => {
                u64::from(black_box(ApiError::new(422, black_box(DOCUMENTED))).status())
            }
            "documented_422/serde_json_value" => u64::from(
                serde_json::from_slice::<serde_json::Value>(black_box(DOCUMENTED)).is_ok(),
            ),
            "html_50kb/api_error_new" => {
                u64::from(black_box(ApiError::new(502, black_box(&page))).status())
            }
            "html_50kb/string_from_utf8" => {
                String::from_utf8(black_box(&page).clone()).map_or(0, |s| s.len() as u64)
            }
            _ => panic!("unknown case {case}: `list` shows them"),
        };
    }
    println!("{total}");
}
