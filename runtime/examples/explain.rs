//! Explains a Picsart API error code, like `rustc --explain`.
//!
//! ```text
//! cargo run --example explain -- 429     # one code: message, description, retry advice
//! cargo run --example explain            # every code, as a table
//! ```
//!
//! An argument that is not a code of the table (a status or a variant name) is an error,
//! with exit status 2.

use std::io::{self, Write};
use std::process::ExitCode;

use picsart_error_codes::ErrorCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (query, extra) = (args.next(), args.next());
    let stdout = &mut io::stdout().lock();
    let result = match (query, extra) {
        (None, _) => list(stdout),
        (Some(query), None) => match query.parse::<ErrorCode>() {
            Ok(code) => explain(stdout, code),
            Err(err) => {
                eprintln!("error: {err}");
                eprintln!("run without an argument to list every code");
                return ExitCode::from(2);
            }
        },
        (Some(_), Some(_)) => {
            eprintln!("error: expected at most one code\nusage: explain [STATUS | NAME]");
            return ExitCode::from(2);
        }
    };
    // A closed pipe (`explain | head`) is not worth a panic.
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

/// Every code, one line each.
fn list(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<6} {:<28} {:<32} RETRYABLE",
        "STATUS", "NAME", "MESSAGE"
    )?;
    for code in ErrorCode::ALL {
        let retryable = if code.is_retryable() { "yes" } else { "no" };
        writeln!(
            out,
            "{:<6} {:<28} {:<32} {retryable}",
            code.as_u16(),
            code.name(),
            code.message()
        )?;
    }
    writeln!(
        out,
        "\nrun `explain <STATUS>` for what a code means and what to do"
    )
}

/// One code in full.
fn explain(out: &mut impl Write, code: ErrorCode) -> io::Result<()> {
    writeln!(out, "{code} ({})\n", code.name())?;
    writeln!(out, "{}\n", code.description().trim())?;
    let advice = if code.is_success() {
        "Nothing to retry: the request succeeded."
    } else if code.is_retryable() {
        "Retry: the same request may succeed later. Wait before retrying and back off; \
         retries can cost credits."
    } else {
        "Do not retry unchanged: fix the request (or the account) first."
    };
    writeln!(out, "{advice}")
}
