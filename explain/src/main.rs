//! `picsart-explain`: explains the error codes of the Picsart Creative APIs, like
//! `rustc --explain`.
//!
//! ```text
//! picsart-explain 429                 # one code: meaning, what to do, whether to retry
//! picsart-explain too many requests   # by reason phrase or variant name, in any case
//! picsart-explain                     # every code, as a table
//! picsart-explain --format json 429   # every field, for scripts
//! ```
//!
//! Exit status: 0 when the code is documented (or the table was listed), 1 when the query
//! names no documented code or the output cannot be written, 2 on a usage error.

mod lookup;
mod markdown;
mod output;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use picsart_error_codes::ErrorCode;

use crate::lookup::Lookup;
use crate::markdown::Mode;
use crate::output::Format;

/// Prose lines longer than this are hard to read, however wide the terminal.
const MAX_WIDTH: usize = 100;
/// The width when stdout is not a terminal and `COLUMNS` is not set.
const PIPE_WIDTH: usize = 80;

fn command() -> Command {
    Command::new("picsart-explain")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Explains the error codes of the Picsart Creative APIs, like `rustc --explain`")
        .arg(
            Arg::new("code")
                .value_name("CODE")
                .action(ArgAction::Append)
                .help(
                    "A status (429, e429), variant name (TooManyRequests, too_many_requests) or \
                     reason phrase (too many requests); without it, every code is listed",
                ),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .value_parser(["text", "json"])
                .default_value("text")
                .help("Text for people, or JSON with every field for scripts"),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .value_parser(["auto", "always", "never"])
                .default_value("auto")
                .help("Style the text: auto styles it when stdout is a terminal and NO_COLOR is unset"),
        )
        .after_help(
            "Text is wrapped to the terminal's width (at most 100 columns; 80 when stdout is not \
             a terminal; the COLUMNS environment variable overrides both).\n\n\
             Exit status: 0 for a documented code or the list, 1 when CODE is not a code the \
             APIs document (or the output cannot be written), 2 on a usage error.",
        )
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    let stdout = io::stdout();
    let format = format(&matches, stdout.is_terminal());
    let mut out = stdout.lock();
    let query: Vec<&String> = matches.get_many("code").into_iter().flatten().collect();
    let result = if query.is_empty() {
        output::list(&mut out, format).map(|()| ExitCode::SUCCESS)
    } else {
        let query = query
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        answer(&mut out, &query, format)
    };
    result.unwrap_or_else(|error| {
        // A closed pipe (`picsart-explain | head -3`) is not worth a message; a full disk
        // is, or it would pass for an unknown code.
        if error.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the output: {error}");
        }
        ExitCode::FAILURE
    })
}

/// Prints what `query` names; the exit status says whether it is a documented code.
fn answer(out: &mut impl Write, query: &str, format: Format) -> io::Result<ExitCode> {
    let not_found = ExitCode::from(1);
    match lookup::lookup(query) {
        Lookup::Documented(code) => {
            output::explain(out, code, format)?;
            return Ok(ExitCode::SUCCESS);
        }
        Lookup::Undocumented {
            status,
            reason,
            suggestions,
        } => {
            output::undocumented(out, status, reason, format)?;
            did_you_mean(&suggestions);
        }
        Lookup::NotAStatus { number } => {
            let number = shown(&number);
            eprintln!("error: {number} is not an HTTP status: RFC 9110 statuses are 100 to 599");
        }
        Lookup::Unknown { suggestions } => {
            eprintln!(
                "error: no Picsart API error code matches {:?}",
                shown(query)
            );
            did_you_mean(&suggestions);
            if suggestions.is_empty() {
                eprintln!("help: run `picsart-explain` without arguments to list every code");
            }
        }
    }
    Ok(not_found)
}

/// At most the first 40 characters of what the user typed, to quote it in a message.
fn shown(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

fn did_you_mean(suggestions: &[ErrorCode]) {
    let names: Vec<String> = suggestions
        .iter()
        .map(|code| format!("{code} ({})", code.name()))
        .collect();
    match names.as_slice() {
        [] => {}
        [one] => eprintln!("help: did you mean {one}?"),
        [init @ .., last] => eprintln!("help: did you mean {} or {last}?", init.join(", ")),
    }
}

/// Text or JSON; styled when asked or when stdout is a terminal; the width to wrap at.
fn format(matches: &ArgMatches, is_terminal: bool) -> Format {
    if matches.get_one::<String>("format").map(String::as_str) == Some("json") {
        return Format::Json;
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mode = match matches.get_one::<String>("color").map(String::as_str) {
        Some("always") => Mode::Styled,
        Some("never") => Mode::Plain,
        _ if is_terminal && !no_color => Mode::Styled,
        _ => Mode::Plain,
    };
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    let terminal = || {
        let (terminal_size::Width(width), _) = terminal_size::terminal_size_of(io::stdout())?;
        Some(usize::from(width))
    };
    let width = columns
        .filter(|&c: &usize| c > 0)
        .or_else(|| if is_terminal { terminal() } else { None })
        .unwrap_or(PIPE_WIDTH)
        .min(MAX_WIDTH);
    Format::Text { mode, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed() {
        command().debug_assert();
    }
}
