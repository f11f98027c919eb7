//! What the tool prints: one code in full, the table of every code, the answer for a
//! status the APIs do not document, as text or as JSON.

use std::io::{self, Write};

use anstyle::{Effects, Style};
use picsart_error_codes::ErrorCode;
use serde_json::{json, Value};

use crate::markdown::{self, Mode};

/// How to print: styled or plain text of a width, or JSON.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    Text { mode: Mode, width: usize },
    Json,
}

/// One code in full: status and reason phrase, variant, class, retryability, the
/// description and what to do.
pub fn explain(out: &mut impl Write, code: ErrorCode, format: Format) -> io::Result<()> {
    let Format::Text { mode, width } = format else {
        return writeln!(out, "{:#}", fields(code));
    };
    let bold = style(mode, Style::new().effects(Effects::BOLD));
    let dim = style(mode, Style::new().effects(Effects::DIMMED));
    let retryable = if code.is_retryable() {
        "retryable"
    } else {
        "not retryable"
    };
    for line in markdown::wrap(&code.to_string(), width) {
        writeln!(out, "{bold}{line}{bold:#}")?;
    }
    let summary = format!(
        "ErrorCode::{}, {}, {retryable}",
        code.name(),
        class(code.as_u16())
    );
    for line in markdown::wrap(&summary, width) {
        writeln!(out, "{dim}{line}{dim:#}")?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{}\n",
        markdown::render(code.description(), width, mode)
    )?;
    writeln!(out, "{}", markdown::render(advice(code), width, mode))
}

/// Every code, one row each, as an aligned table (or a JSON array).
pub fn list(out: &mut impl Write, format: Format) -> io::Result<()> {
    let Format::Text { mode, .. } = format else {
        let all: Vec<Value> = ErrorCode::ALL.iter().map(|&code| fields(code)).collect();
        return writeln!(out, "{:#}", Value::Array(all));
    };
    let name_width = ErrorCode::ALL
        .iter()
        .map(|c| c.name().len())
        .max()
        .unwrap_or(0);
    let message_width = ErrorCode::ALL
        .iter()
        .map(|c| c.reason_phrase().len())
        .max()
        .unwrap_or(0);
    let bold = style(mode, Style::new().effects(Effects::BOLD));
    writeln!(
        out,
        "{bold}{:<6}  {:<name_width$}  {:<message_width$}  RETRYABLE{bold:#}",
        "STATUS", "NAME", "MESSAGE"
    )?;
    for code in ErrorCode::ALL {
        let retryable = if code.is_retryable() { "yes" } else { "no" };
        writeln!(
            out,
            "{:<6}  {:<name_width$}  {:<message_width$}  {retryable}",
            code.as_u16(),
            code.name(),
            code.reason_phrase()
        )?;
    }
    writeln!(
        out,
        "\nRun `picsart-explain <CODE>` for what a code means and what to do."
    )
}

/// A status the table lacks: that the APIs do not document it, and its HTTP meaning.
pub fn undocumented(
    out: &mut impl Write,
    status: u16,
    reason: Option<&str>,
    format: Format,
) -> io::Result<()> {
    let Format::Text { mode, width } = format else {
        let value = json!({
            "status": status,
            "documented": false,
            "reason": reason,
            "class": class(status),
        });
        return writeln!(out, "{value:#}");
    };
    let meaning = match reason {
        Some(reason) => format!(
            "In HTTP (RFC 9110 and the IANA status code registry) it means *{status} {reason}*, a {}.",
            class(status)
        ),
        None => format!(
            "HTTP gives it no standard reason phrase; its first digit makes it a {}.",
            class(status)
        ),
    };
    let text = format!(
        "{status} is not a status the Picsart APIs document.\n\n{meaning}\n\n\
         Run `picsart-explain` without arguments to list the documented codes."
    );
    writeln!(out, "{}", markdown::render(&text, width, mode))
}

/// Every field of a code, for scripts.
fn fields(code: ErrorCode) -> Value {
    json!({
        "status": code.as_u16(),
        "name": code.name(),
        "message": code.reason_phrase(),
        "description": code.description(),
        "retryable": code.is_retryable(),
        "class": class(code.as_u16()),
        "documented": true,
    })
}

/// The RFC 9110 class (section 15) of a status in 100..=599.
fn class(status: u16) -> &'static str {
    match status / 100 {
        1 => "informational response",
        2 => "success",
        3 => "redirection",
        4 => "client error",
        _ => "server error",
    }
}

/// What to do about a code, from its retryability.
fn advice(code: ErrorCode) -> &'static str {
    if code.is_success() {
        "Nothing to retry: the request succeeded."
    } else if code.is_retryable() {
        "**Retry**: the same request may succeed later. Wait before retrying and back off; \
         retries can cost credits."
    } else {
        "**Do not retry** unchanged: fix the request (or the account) first."
    }
}

/// `style` when drawing for a terminal, no style otherwise.
fn style(mode: Mode, style: Style) -> Style {
    match mode {
        Mode::Styled => style,
        Mode::Plain => Style::new(),
    }
}
