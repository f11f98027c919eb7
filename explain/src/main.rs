//! `picsart-explain`: explains the error codes of the Picsart Creative APIs, like
//! `rustc --explain`.
//!
//! ```text
//! picsart-explain 429                 # one code: meaning, what to do, whether to retry
//! picsart-explain too many requests   # by reason phrase or variant name, in any case
//! picsart-explain 404 429             # several codes, one after another
//! picsart-explain                     # every code, as a table
//! picsart-explain --format json 429   # every field, for scripts
//! ```
//!
//! The reason phrase, class and retry advice of any status are `picsart-api-error`'s
//! (`ApiError::reason_phrase`, `ApiError::is_retryable`), so the tool and the library
//! never disagree; `418` prints as `418 Client Error`, as `ApiError` prints it.
//!
//! Several arguments are several queries when every one of them alone is a number or
//! names a status or code (`404 429`, `'not found' 429`); otherwise they are one query,
//! the words joined by spaces (`too many requests`).
//!
//! `--format json` prints an object for one query and an array for several (or for the
//! list), with the same fields in the same order for every status, documented or not:
//! `status`, `reason_phrase`, `class`, `documented`, `retryable`, `name`, `description`
//! (`name` and `description` are `null` for a status the APIs do not document).
//!
//! Text is styled only on a terminal, and not when `NO_COLOR` is set or `TERM` is `dumb`
//! (`--color always` still styles).
//!
//! Exit status: 0 when every query names a documented code (or the table was listed), 1
//! when one does not or the output cannot be written, 2 on a usage error.

mod lookup;
mod markdown;
mod output;
mod status;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use picsart_api_error::ErrorCode;

use crate::lookup::Lookup;
use crate::markdown::Mode;
use crate::output::Format;
use crate::status::{Explanation, JSON_FIELDS};

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
                     reason phrase (too many requests); several when each alone is one (404 \
                     429); without it, every code is listed",
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
                .help(
                    "Style the text: auto styles it when stdout is a terminal, NO_COLOR is \
                     unset and TERM is not dumb",
                ),
        )
        .after_help(after_help())
}

/// The rules `--help` states after the options.
fn after_help() -> String {
    let fields = JSON_FIELDS.join(", ");
    format!(
        "Several CODEs are explained one after another when every one of them alone is a \
         number or names a status or code (404 429, 'not found' 429); otherwise the words \
         are one query (too many requests).\n\n\
         JSON: an object for one CODE, an array for several or for the list; the same fields \
         in this order for every status: {fields} (name and description are null for a \
         status the APIs do not document).\n\n\
         Text is wrapped to the terminal's width (at most 100 columns; 80 when stdout is not \
         a terminal; the COLUMNS environment variable overrides both).\n\n\
         Exit status: 0 when every CODE is a documented code (or for the list), 1 when one \
         is not a code the APIs document (or the output cannot be written), 2 on a usage \
         error."
    )
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    let stdout = io::stdout();
    let format = format(&matches, stdout.is_terminal());
    let mut out = stdout.lock();
    let args: Vec<&str> = matches
        .get_many::<String>("code")
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let result = if args.is_empty() {
        output::list(&mut out, format).map(|()| ExitCode::SUCCESS)
    } else {
        answer(&mut out, &queries(&args), format)
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

/// The queries the arguments make: each argument alone when every one of them is a number
/// or names a status or code by itself (`404 429`, `'not found' 429`); otherwise one query
/// of all the words (`too many requests`, `HTTP/1.1 429`).
fn queries(args: &[&str]) -> Vec<String> {
    let alone = |arg: &&str| !matches!(lookup::lookup(arg), Lookup::Unknown { .. });
    if args.len() > 1 && args.iter().all(alone) {
        args.iter().map(|&arg| arg.to_owned()).collect()
    } else {
        vec![args.join(" ")]
    }
}

/// Prints what each query names, one after another (a JSON array for several); the exit
/// status says whether every one is a documented code.
fn answer(out: &mut impl Write, queries: &[String], format: Format) -> io::Result<ExitCode> {
    let mut explained = Vec::new();
    let mut all_documented = true;
    for query in queries {
        let explanation = explanation(query);
        all_documented &= explanation.as_ref().is_some_and(|e| e.documented);
        let Some(explanation) = explanation else {
            continue;
        };
        if let Format::Text { mode, width } = format {
            if !explained.is_empty() {
                writeln!(out)?;
            }
            output::text(out, &explanation, mode, width)?;
        }
        explained.push(explanation);
    }
    if let Format::Json = format {
        match explained.as_slice() {
            [one] if queries.len() == 1 => output::json(out, one)?,
            [] if queries.len() == 1 => {}
            several => output::json(out, &several)?,
        }
    }
    Ok(if all_documented {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What `query` names, if it names a status; what is wrong with it, on stderr.
fn explanation(query: &str) -> Option<Explanation> {
    match lookup::lookup(query) {
        Lookup::Documented(code) => Some(Explanation::of(code.as_u16())),
        Lookup::Undocumented {
            status,
            suggestions,
        } => {
            did_you_mean(&suggestions);
            Some(Explanation::of(status))
        }
        Lookup::NotAStatus { number } => {
            let number = shown(&number);
            eprintln!("error: {number} is not an HTTP status: RFC 9110 statuses are 100 to 599");
            None
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
            None
        }
    }
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
    let color = matches
        .get_one::<String>("color")
        .map_or("auto", String::as_str);
    let mode = mode(color, is_terminal, |name| std::env::var_os(name));
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

/// Styled when `--color always`, or `auto` on a terminal that can show styles: not when
/// `NO_COLOR` is set (<https://no-color.org>) or `TERM` is `dumb`.
fn mode(color: &str, is_terminal: bool, env: impl Fn(&str) -> Option<OsString>) -> Mode {
    let no_color = env("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = env("TERM").is_some_and(|term| term == "dumb");
    match color {
        "always" => Mode::Styled,
        "never" => Mode::Plain,
        _ if is_terminal && !no_color && !dumb => Mode::Styled,
        _ => Mode::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed() {
        command().debug_assert();
    }

    #[test]
    fn auto_styles_a_terminal_unless_no_color_is_set_or_term_is_dumb() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| OsString::from(value))
            }
        };
        let xterm = env(&[("TERM", "xterm-256color")]);
        assert_eq!(mode("auto", true, xterm), Mode::Styled);
        assert_eq!(mode("auto", false, xterm), Mode::Plain);
        assert_eq!(mode("auto", true, env(&[("TERM", "dumb")])), Mode::Plain);
        assert_eq!(mode("auto", true, env(&[("NO_COLOR", "1")])), Mode::Plain);
        // An empty NO_COLOR is unset, by its definition.
        assert_eq!(mode("auto", true, env(&[("NO_COLOR", "")])), Mode::Styled);
        assert_eq!(mode("never", true, xterm), Mode::Plain);
        assert_eq!(
            mode("always", false, env(&[("TERM", "dumb"), ("NO_COLOR", "1")])),
            Mode::Styled
        );
    }

    #[test]
    fn each_argument_is_a_query_when_each_alone_names_a_status() {
        let [first, second] = [ErrorCode::ALL[0], ErrorCode::ALL[ErrorCode::ALL.len() - 1]];
        let statuses = [first.as_u16().to_string(), second.as_u16().to_string()];
        let args: Vec<&str> = statuses.iter().map(String::as_str).collect();
        assert_eq!(queries(&args), statuses);
        // A multi-word name quoted is one argument that names a code by itself.
        let phrase = Explanation::of(first.as_u16()).reason_phrase;
        let args = [phrase, &statuses[1]];
        assert_eq!(queries(&args), [phrase, &statuses[1]]);
        // A number outside HTTP is still a number of its own.
        assert_eq!(queries(&[&statuses[0], "1000"]), [&statuses[0], "1000"]);
    }

    #[test]
    fn words_that_do_not_stand_alone_are_one_query() {
        assert_eq!(queries(&["too", "many", "requests"]), ["too many requests"]);
        assert_eq!(queries(&["HTTP/1.1", "429"]), ["HTTP/1.1 429"]);
        assert_eq!(queries(&["429"]), ["429"]);
    }

    /// `--help` and the crate docs list the JSON fields in the order they are printed.
    #[test]
    fn the_json_field_order_is_documented_in_help_and_crate_docs() {
        let listed = |separator: &str, quote: &str| {
            JSON_FIELDS
                .iter()
                .map(|field| format!("{quote}{field}{quote}"))
                .collect::<Vec<_>>()
                .join(separator)
        };
        assert!(after_help().contains(&listed(", ", "")));
        let docs: String = include_str!("main.rs")
            .lines()
            .filter_map(|line| line.strip_prefix("//!"))
            .collect::<Vec<_>>()
            .join("");
        assert!(docs.contains(&listed(", ", "`")), "{docs}");
    }
}
