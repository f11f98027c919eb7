//! What the tool prints: a status in full (documented or not), the table of every code, as
//! text or as JSON.

use std::io::{self, Write};

use anstyle::{Effects, Style};
use picsart_api_error::ErrorCode;
use serde::Serialize;

use crate::markdown::{self, Mode};
use crate::status::{self, Explanation};

/// How to print: styled or plain text of a width, or JSON.
#[derive(Debug, Clone, Copy)]
pub enum Format {
    Text { mode: Mode, width: usize },
    Json,
}

/// A status in full, as text: the line `ApiError` prints, the variant (or that the APIs do
/// not document it), class and retryability, what it means, and what to do.
pub fn text(
    out: &mut impl Write,
    explanation: &Explanation,
    mode: Mode,
    width: usize,
) -> io::Result<()> {
    let bold = style(mode, Style::new().effects(Effects::BOLD));
    let dim = style(mode, Style::new().effects(Effects::DIMMED));
    for line in markdown::wrap(&explanation.header(), width) {
        writeln!(out, "{bold}{line}{bold:#}")?;
    }
    let name = match explanation.name {
        Some(name) => format!("ErrorCode::{name}"),
        None => "not a Picsart API code".to_owned(),
    };
    let retryable = if explanation.retryable {
        "retryable"
    } else {
        "not retryable"
    };
    let summary = format!("{name}, {}, {retryable}", explanation.class);
    for line in markdown::wrap(&summary, width) {
        writeln!(out, "{dim}{line}{dim:#}")?;
    }
    writeln!(out)?;
    let meaning = match explanation.description {
        Some(description) => description.to_owned(),
        None => undocumented(explanation),
    };
    writeln!(out, "{}\n", markdown::render(&meaning, width, mode))?;
    writeln!(
        out,
        "{}",
        markdown::render(advice(explanation), width, mode)
    )
}

/// One explanation (an object) or several (an array) as JSON, fields in
/// [`status::JSON_FIELDS`] order.
pub fn json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Every code, one row each, as an aligned table (or a JSON array).
pub fn list(out: &mut impl Write, format: Format) -> io::Result<()> {
    let all: Vec<Explanation> = ErrorCode::ALL
        .iter()
        .map(|code| Explanation::of(code.as_u16()))
        .collect();
    let Format::Text { mode, .. } = format else {
        return json(out, &all);
    };
    let width = |field: fn(&Explanation) -> &str| all.iter().map(|e| field(e).len()).max();
    let name_width = width(|e| e.name.unwrap_or_default()).unwrap_or(0);
    let phrase_width = width(|e| e.reason_phrase).unwrap_or(0);
    let bold = style(mode, Style::new().effects(Effects::BOLD));
    writeln!(
        out,
        "{bold}{:<6}  {:<name_width$}  {:<phrase_width$}  RETRYABLE{bold:#}",
        "STATUS", "NAME", "REASON PHRASE"
    )?;
    for explanation in &all {
        let retryable = if explanation.retryable { "yes" } else { "no" };
        writeln!(
            out,
            "{:<6}  {:<name_width$}  {:<phrase_width$}  {retryable}",
            explanation.status,
            explanation.name.unwrap_or_default(),
            explanation.reason_phrase
        )?;
    }
    writeln!(
        out,
        "\nRun `picsart-explain <CODE>` for what a code means and what to do."
    )
}

/// What a status the table lacks means in HTTP, as Markdown.
fn undocumented(explanation: &Explanation) -> String {
    let Explanation {
        status,
        reason_phrase,
        class,
        ..
    } = explanation;
    let meaning = if explanation.is_registered() {
        format!(
            "In HTTP (RFC 9110 and the IANA status code registry) it means *{status} \
             {reason_phrase}*, of the class *{class}*."
        )
    } else {
        let mut meaning = format!(
            "HTTP registers no reason phrase for it, so RFC 9110 treats it as the first \
             status of its class, *{class}*."
        );
        let older: Vec<&str> = status::names(*status).collect();
        if let Some(older) = older.first() {
            meaning.push_str(&format!(" Some software still calls it *{older}*."));
        }
        meaning
    };
    format!(
        "{status} is not a status the Picsart APIs document.\n\n{meaning}\n\n\
         Run `picsart-explain` without arguments to list the documented codes."
    )
}

/// What to do about a status, from `ApiError`'s retry rule and the status's class.
fn advice(explanation: &Explanation) -> &'static str {
    match explanation.status {
        _ if explanation.retryable => {
            "**Retry**: the same request may succeed later. Wait before retrying and back \
             off; retries can cost credits."
        }
        200..=299 => "Nothing to retry: the request succeeded.",
        100..=399 => "Nothing to retry: the response is not an error.",
        _ => "**Do not retry** unchanged: fix the request (or the account) first.",
    }
}

/// `style` when drawing for a terminal, no style otherwise.
fn style(mode: Mode, style: Style) -> Style {
    match mode {
        Mode::Styled => style,
        Mode::Plain => Style::new(),
    }
}

#[cfg(test)]
mod tests {
    use picsart_api_error::ApiError;

    use super::*;

    const PLAIN: Mode = Mode::Plain;

    fn text_of(status: u16) -> String {
        let mut out = Vec::new();
        text(&mut out, &Explanation::of(status), PLAIN, 80).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The walk of the issue: for every status, what the tool prints (text and JSON) says
    /// the reason phrase `ApiError` says, and retry advice exactly when it retries.
    #[test]
    fn every_status_gets_api_errors_reason_phrase_and_retry_advice() {
        for status in 100..=599 {
            let error = ApiError::new(status, b"");
            let text = text_of(status);
            let mut lines = text.lines();
            assert_eq!(lines.next(), Some(&*error.to_string()), "{status}");
            assert_eq!(
                error.to_string(),
                format!("{status} {}", error.reason_phrase())
            );
            let summary = lines.next().unwrap();
            let retryable = !summary.ends_with("not retryable");
            assert_eq!(retryable, error.is_retryable(), "{status}: {summary}");
            assert_eq!(
                text.contains("Retry: the same request may succeed later"),
                error.is_retryable(),
                "{status}:\n{text}"
            );

            let mut out = Vec::new();
            json(&mut out, &Explanation::of(status)).unwrap();
            let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(value["reason_phrase"], error.reason_phrase(), "{status}");
            assert_eq!(value["retryable"], error.is_retryable(), "{status}");
        }
    }

    #[test]
    fn a_documented_and_an_undocumented_status_have_the_same_json_fields() {
        let undocumented = (100..=599)
            .find(|&s| ErrorCode::from_u16(s).is_none())
            .unwrap();
        let keys = |status| {
            let mut out = Vec::new();
            json(&mut out, &Explanation::of(status)).unwrap();
            let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
            value
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(ErrorCode::ALL[0].as_u16()), keys(undocumented));
    }
}
