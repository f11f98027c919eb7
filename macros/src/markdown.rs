//! The Markdown the table turns into rustdoc, read with the parser rustdoc itself uses
//! (`pulldown-cmark`, with rustdoc's extensions).
//!
//! A description is the maintainer's Markdown, but it lands in the docs of whichever crate
//! applies the macro, where rustdoc runs its code blocks as doctests and its lints under
//! `-D warnings`. [`rewrite`] makes the smallest edits that keep what the page shows while
//! leaving rustdoc nothing to compile or complain about:
//!
//! - every code block (fenced with any tag, or indented) becomes a ```` ```text ```` block:
//!   shown as code, never compiled, no line hidden by a leading `#`;
//! - raw HTML (`<html>`, the `<u8>` of `Vec<u8>`) is escaped, so it shows as written;
//! - bare URLs become links (`<https://...>`), as rustdoc's `bare_urls` lint asks;
//! - literal brackets are escaped, so `[Foo]` or `[^1]` never become intra-doc links or
//!   footnote references that cannot resolve.
//!
//! What cannot be rewritten faithfully is a [`Problem`]: a link to something that is not a
//! URL, an HTML comment (hidden from the page), a code fence never closed, a bare URL
//! that Markdown inside it would cut short (`&amp;`, `--`, emphasis), and anything
//! whose rewrite would change the page (checked by parsing the result again).
//!
//! [`literal`] and [`code_span`] write the generated texts (reason phrases in the bold line
//! and the table of codes) so that Markdown characters in them show as written.

use std::ops::Range;

use linkify::{LinkFinder, LinkKind};
use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

/// The extensions rustdoc enables (`main_body_opts` in rustdoc's `html/markdown.rs`).
pub fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
}

/// Something in a description that cannot be shown as written; `range` is in bytes of the
/// description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the description.
    pub range: Range<usize>,
    /// What it is.
    pub kind: ProblemKind,
}

/// The kinds of [`Problem`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// A code fence with no closing fence: it would swallow the rest of the docs.
    UnclosedFence,
    /// A link or image whose destination is not an absolute URL: rustdoc resolves it as a
    /// Rust path or a relative URL of whichever crate applies the macro.
    NotAUrl(String),
    /// An HTML comment: the page would not show it.
    HtmlComment,
    /// A URL that cannot be turned into a link automatically (rustdoc's `bare_urls`), or
    /// whose link Markdown inside it would cut short.
    BareUrl,
    /// The rewrite would change what the page shows.
    Unfaithful,
}

/// The description as rustdoc Markdown that shows what `text` shows, with nothing
/// compiled and nothing rustdoc warns about; leading blank lines and trailing whitespace
/// are dropped. Every problem is reported, in text order.
pub fn rewrite(text: &str) -> Result<String, Vec<Problem>> {
    let rewritten = edited(text)?;
    // The result must need no further edit and show the same: anything else is a case the
    // edits above do not handle, which must fail here rather than on the page.
    let (again, problems) = plan(&rewritten);
    if again.is_empty() && problems.is_empty() && shown(text) == shown(&rewritten) {
        Ok(rewritten)
    } else {
        Err(vec![Problem {
            range: 0..text.len(),
            kind: ProblemKind::Unfaithful,
        }])
    }
}

/// Whether `text` can be [rewritten](rewrite) for rustdoc: every problem, in text order.
/// The rules call this; the docs are written with [`render`].
pub fn check(text: &str) -> Result<(), Vec<Problem>> {
    rewrite(text).map(drop)
}

/// The [rewrite](rewrite) of a text that [`check`] accepted, without proving it faithful
/// again (that takes three more parses of it). Should `text` have a problem, it shows as
/// plain text ([`literal`]) rather than as Markdown rustdoc might compile.
pub fn render(text: &str) -> String {
    edited(text).unwrap_or_else(|_| literal(text))
}

/// `text` with the edits [`plan`] makes, leading blank lines and trailing whitespace
/// dropped, or the problems it cannot fix.
fn edited(text: &str) -> Result<String, Vec<Problem>> {
    let (edits, problems) = plan(text);
    if !problems.is_empty() {
        return Err(problems);
    }
    let rewritten = apply(text, &edits);
    let rewritten = rewritten.trim_end();
    let start = rewritten.len() - rewritten.trim_start().len();
    Ok(rewritten[rewritten[..start].rfind('\n').map_or(0, |i| i + 1)..].to_owned())
}

/// Markdown that shows `text` exactly, on one line or several, with URLs as links: every
/// ASCII punctuation character is backslash-escaped, so none of it is markup.
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut last = 0;
    for url in urls(text) {
        escape_into(&mut out, &text[last..url.start]);
        out.push('<');
        out.push_str(&text[url.clone()]);
        out.push('>');
        last = url.end;
    }
    escape_into(&mut out, &text[last..]);
    out
}

/// `text` as an inline code span, with a backtick fence longer than any run inside it.
pub fn code_span(text: &str) -> String {
    let fence = "`".repeat(longest_run(text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Byte ranges of the URLs in `text` (with a scheme, trailing punctuation left out) that
/// can be written as autolinks: CommonMark wants a scheme of 2 to 32 characters, so
/// linkify's `x://y.io` stays text.
fn urls(text: &str) -> Vec<Range<usize>> {
    LinkFinder::new()
        .kinds(&[LinkKind::Url])
        .links(text)
        .filter(|link| (2..=32).contains(&link.as_str().find(':').unwrap_or(0)))
        .map(|link| link.start()..link.end())
        .collect()
}

fn longest_run(text: &str, c: char) -> usize {
    text.split(|other| other != c)
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// A replacement of bytes of the description.
type Edit = (Range<usize>, String);

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for (range, replacement) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(replacement);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Consecutive text events: pulldown-cmark splits text at characters that could have been
/// markup, while a URL or a bracket pair spans them.
#[derive(Default)]
struct TextRun {
    range: Range<usize>,
    parts: Vec<(Range<usize>, String)>,
}

/// The edits `rewrite` makes, in text order, and the problems it cannot fix.
fn plan(text: &str) -> (Vec<Edit>, Vec<Problem>) {
    let mut plan = Plan {
        text,
        ..Plan::default()
    };
    for (event, range) in Parser::new_ext(text, rustdoc_options()).into_offset_iter() {
        if let Event::Text(part) = &event {
            plan.text_event(part, range);
        } else {
            plan.flush();
            plan.event(event, range);
        }
    }
    plan.flush();
    let Plan {
        mut edits,
        mut problems,
        ..
    } = plan;
    edits.sort_by_key(|(range, _)| (range.start, range.end));
    problems.sort_by_key(|p| (p.range.start, p.range.end));
    (edits, problems)
}

/// What [`plan`] has found so far, and where in the Markdown's structure it is.
#[derive(Default)]
struct Plan<'a> {
    text: &'a str,
    edits: Vec<Edit>,
    problems: Vec<Problem>,
    run: TextRun,
    in_link: usize,
    /// The indented code block being read: its range and its text.
    indented: Option<(Range<usize>, String)>,
    in_code: bool,
    /// The fenced code block being read: its range, whether its last line looks like a
    /// closing fence, and where its code text ends so far.
    fenced_block: Option<(Range<usize>, bool, usize)>,
}

impl Plan<'_> {
    /// Text: code is kept for its block, other text joins the run of text it continues.
    fn text_event(&mut self, part: &str, range: Range<usize>) {
        if self.in_code {
            if let Some((_, code)) = &mut self.indented {
                code.push_str(part);
            }
            if let Some((_, _, code_end)) = &mut self.fenced_block {
                *code_end = range.end;
            }
            return;
        }
        if self.run.range.end != range.start || self.run.parts.is_empty() {
            self.flush();
            self.run.range.start = range.start;
        }
        self.run.range.end = range.end;
        self.run.parts.push((range, part.to_owned()));
    }

    /// Edits the run of text read so far (see [`flush`]).
    fn flush(&mut self) {
        let in_link = self.in_link > 0;
        flush(
            self.text,
            &mut self.run,
            in_link,
            &mut self.edits,
            &mut self.problems,
        );
    }

    /// Any event but text.
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        let text = self.text;
        let is_link = matches!(event, Event::Start(Tag::Link { .. }));
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                self.in_code = true;
                let (info, looks_closed) = fence(text, &range);
                self.fenced_block = Some((range, looks_closed, 0));
                if text[info.clone()].trim() != "text" {
                    self.edits.push((info, "text".into()));
                }
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => {
                self.in_code = true;
                self.indented = Some((range, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => self.end_code_block(),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            })
            | Event::Start(Tag::Image {
                link_type,
                dest_url,
                ..
            }) => {
                if is_link {
                    self.in_link += 1;
                }
                // An autolink is any `<scheme:...>` (`<localhost:8080>` too), so it is
                // checked like the others; an email autolink gets its `mailto:` on the page.
                if link_type != LinkType::Email && !is_absolute_url(&dest_url) {
                    self.problem(range, ProblemKind::NotAUrl(dest_url.to_string()));
                }
            }
            Event::End(TagEnd::Link) => self.in_link = self.in_link.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                if html.trim_start().starts_with("<!--") {
                    self.problem(range, ProblemKind::HtmlComment);
                } else if text[range.clone()] == *html {
                    self.edits.push((range.clone(), literal(&text[range])));
                }
                // Otherwise the HTML spans container markers (`> `) and is left as is;
                // the check in `rewrite` then reports it.
            }
            _ => {}
        }
    }

    /// The end of a code block: an indented one becomes fenced; a fenced one must be closed.
    fn end_code_block(&mut self) {
        let text = self.text;
        self.in_code = false;
        if let Some((range, code)) = self.indented.take() {
            self.edits.push(fenced(text, range, &code));
        }
        // Closed if the last line looks like a closing fence and is not code: a fence
        // indented by four spaces, or behind a `>` outside a quote, is code.
        if let Some((range, looks_closed, code_end)) = self.fenced_block.take() {
            let body = text[range.clone()].trim_end_matches('\n');
            let last_line = range.start + body.rfind('\n').map_or(0, |i| i + 1);
            if !looks_closed || code_end > last_line {
                let line_end = text[range.start..]
                    .find('\n')
                    .map_or(text.len(), |i| range.start + i);
                self.problem(range.start..line_end, ProblemKind::UnclosedFence);
            }
        }
    }

    fn problem(&mut self, range: Range<usize>, kind: ProblemKind) {
        self.problems.push(Problem { range, kind });
    }
}

/// Escapes the brackets of a run of text and, outside links, turns its URLs into links.
fn flush(
    text: &str,
    run: &mut TextRun,
    in_link: bool,
    edits: &mut Vec<Edit>,
    problems: &mut Vec<Problem>,
) {
    let parts = std::mem::take(&mut run.parts);
    if parts.is_empty() {
        return;
    }
    let whole: String = parts.iter().map(|(_, part)| part.as_str()).collect();
    let verbatim = verbatim_parts(text, run.range.clone(), &whole, parts);
    // The URLs made links, as ranges of `whole`.
    let mut linked: Vec<Range<usize>> = Vec::new();
    for (range, offset) in verbatim {
        let part = &text[range.clone()];
        let mut out = String::with_capacity(part.len() + 8);
        // A part that starts right after a backslash starts with an escaped character.
        let backslashes =
            text[..range.start].len() - text[..range.start].trim_end_matches('\\').len();
        let mut last = 0;
        if backslashes % 2 == 1 {
            last = part.chars().next().map_or(0, char::len_utf8);
            out.push_str(&part[..last]);
        }
        if !in_link {
            let skip = last;
            for url in urls(&part[skip..]) {
                let url = url.start + skip..url.end + skip;
                if let Some(whole_url) = cut_short(text, range.start + url.start, url.len()) {
                    problems.push(Problem {
                        range: whole_url,
                        kind: ProblemKind::BareUrl,
                    });
                }
                escape_brackets(&mut out, &part[last..url.start]);
                // A literal backslash before the URL would escape the `<` we add.
                let before = &part[..url.start];
                if (before.len() - before.trim_end_matches('\\').len()) % 2 == 1 {
                    out.push('\\');
                }
                out.push('<');
                out.push_str(&part[url.clone()]);
                out.push('>');
                last = url.end;
                linked.push(url.start + offset..url.end + offset);
            }
        }
        escape_brackets(&mut out, &part[last..]);
        if out != part {
            edits.push((range, out));
        }
    }
    // What rustdoc's `bare_urls` lint takes for a URL must have become a link.
    let unlinked = rustdoc_urls(&whole)
        .into_iter()
        .any(|at| !linked.iter().any(|url| url.contains(&at)));
    if !in_link && unlinked {
        problems.push(Problem {
            range: run.range.clone(),
            kind: ProblemKind::BareUrl,
        });
    }
}

/// The parts of a run of text (`whole` joined) that are written verbatim in `text`, each
/// with where its text starts in `whole`. Only those can be edited in place; other parts
/// are entities, escapes or smart quotes, which hold no bracket or URL.
fn verbatim_parts(
    text: &str,
    range: Range<usize>,
    whole: &str,
    parts: Vec<(Range<usize>, String)>,
) -> Vec<(Range<usize>, usize)> {
    if text[range.clone()] == *whole {
        return vec![(range, 0)];
    }
    let mut offset = 0;
    let mut verbatim = Vec::new();
    for (range, part) in parts {
        if text[range.clone()] == part {
            verbatim.push((range, offset));
        }
        offset += part.len();
    }
    verbatim
}

/// The URL written at `start` of `text`, if Markdown inside it (an entity, an escape,
/// smart punctuation, emphasis) ends the text of length `shown` there: a link to that part
/// would go to another page. Emphasis or a backslash right after the URL is not part of it.
fn cut_short(text: &str, start: usize, shown: usize) -> Option<Range<usize>> {
    let line = &text[start..text[start..].find('\n').map_or(text.len(), |i| start + i)];
    let written = urls(line).into_iter().next().filter(|url| url.start == 0)?;
    let trimmed = line[written.clone()].trim_end_matches(['*', '_', '~', '\\']);
    (trimmed.len() > shown).then(|| start..start + written.end)
}

/// Where rustdoc's `bare_urls` lint sees a URL in `text`: `http://` or `https://` followed
/// by a host with a dot and two letters after it (its regex, `https?://([-a-zA-Z0-9@:%._\+~#=]{2,256}\.)+[a-zA-Z]{2,63}`).
fn rustdoc_urls(text: &str) -> Vec<usize> {
    let host_char = |c: char| c.is_ascii_alphanumeric() || "-@:%._+~#=".contains(c);
    let mut found = Vec::new();
    for (at, _) in text.match_indices("http") {
        let rest = &text[at + 4..];
        let Some(rest) = rest
            .strip_prefix("s://")
            .or_else(|| rest.strip_prefix("://"))
        else {
            continue;
        };
        let host: Vec<char> = rest.chars().take_while(|&c| host_char(c)).collect();
        let has_domain = (2..host.len()).any(|dot| {
            host[dot] == '.'
                && host.get(dot + 1).is_some_and(char::is_ascii_alphabetic)
                && host.get(dot + 2).is_some_and(char::is_ascii_alphabetic)
        });
        if has_domain {
            found.push(at);
        }
    }
    found
}

fn escape_brackets(out: &mut String, text: &str) {
    for c in text.chars() {
        if c == '[' || c == ']' {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A destination with a scheme and an authority (`https://...`), or a `mailto:`; anything
/// else rustdoc would resolve against the crate applying the macro.
fn is_absolute_url(destination: &str) -> bool {
    if destination.starts_with("mailto:") {
        return true;
    }
    let Some((scheme, rest)) = destination.split_once("://") else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
}

/// The info string's range of the fenced code block at `range`, and whether its last line
/// looks like its closing fence (the caller checks that the line is not code).
fn fence(text: &str, range: &Range<usize>) -> (Range<usize>, bool) {
    let block = &text[range.clone()];
    let first = block.split('\n').next().unwrap_or_default();
    let indent = first.len() - first.trim_start_matches(' ').len();
    let marker = first[indent..].chars().next().unwrap_or('`');
    let length = first[indent..].len() - first[indent..].trim_start_matches(marker).len();
    let info = range.start + indent + length..range.start + first.len();
    let body = block.trim_end_matches('\n');
    let closed = body.contains('\n') && {
        let last = body.rsplit('\n').next().unwrap_or_default();
        let last = last.trim_start_matches([' ', '\t', '>']).trim_end();
        last.len() >= length && last.chars().all(|c| c == marker)
    };
    (info, closed)
}

/// The indented code block at `range` (its first line's indentation excluded) with text
/// `code`, as a ```` ```text ```` block inside the same containers.
fn fenced(text: &str, range: Range<usize>, code: &str) -> Edit {
    let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..range.start];
    // The code's indentation is the last four columns (tabs stop every four) before it;
    // what precedes them belongs to the containers: block quote markers, list indentation.
    let width = |c: char, column: usize| if c == '\t' { 4 - column % 4 } else { 1 };
    let total = prefix
        .chars()
        .fold(0, |column, c| column + width(c, column));
    let target = total.saturating_sub(4);
    let mut first = String::new();
    let mut column = 0;
    for c in prefix.chars() {
        let w = width(c, column);
        if column + w > target {
            break;
        }
        first.push(c);
        column += w;
    }
    first.push_str(&" ".repeat(target - column));
    // Later lines keep the block quote markers; a list marker only opens the first line.
    let rest: String = first
        .chars()
        .map(|c| if c == '>' || c == '\t' { c } else { ' ' })
        .collect();
    let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
    let mut out = format!("{first}{fence}text\n");
    for line in code.lines() {
        if line.is_empty() {
            out.push_str(rest.trim_end());
        } else {
            out.push_str(&rest);
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str(&rest);
    out.push_str(&fence);
    if text[..range.end].ends_with('\n') {
        out.push('\n');
    }
    (line_start..range.end, out)
}

/// What the page shows of `text`: its words, the text of its code blocks, and its
/// structure, but not how each was written (HTML or escaped text, a URL or an autolink,
/// a fenced or an indented block).
fn shown(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut words = String::new();
    let mut code: Option<String> = None;
    let flush = |words: &mut String, tokens: &mut Vec<String>| {
        tokens.extend(words.split_whitespace().map(str::to_owned));
        words.clear();
    };
    for event in Parser::new_ext(text, rustdoc_options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                match &mut code {
                    Some(code) => code.push_str(&t),
                    None => words.push_str(&t),
                }
            }
            Event::SoftBreak | Event::HardBreak => words.push(' '),
            Event::Start(Tag::Paragraph | Tag::HtmlBlock)
            | Event::End(TagEnd::Paragraph | TagEnd::HtmlBlock) => words.push(' '),
            Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link) => {}
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut words, &mut tokens);
                code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                // Whether the last line ends with a line break does not show.
                let code = code.take().unwrap_or_default();
                tokens.push(format!("\u{0}code block:{}", code.trim_end_matches('\n')));
            }
            other => {
                flush(&mut words, &mut tokens);
                tokens.push(format!("\u{0}{other:?}"));
            }
        }
    }
    flush(&mut words, &mut tokens);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_gives_the_rewrite_of_a_checked_text_and_plain_text_otherwise() {
        for text in [
            "For example:\n\n    curl -d '' https://api.picsart.io\n\nA Vec<u8> body.",
            "\n\nSee https://picsart.io and [Foo].  \n",
            "```rust\nfn main() {}\n```",
        ] {
            assert_eq!(Ok(render(text)), rewrite(text), "{text}");
        }
        assert_eq!(render("<!-- x -->"), literal("<!-- x -->"));
    }
    use proptest::prelude::*;

    fn events(text: &str) -> Vec<String> {
        Parser::new_ext(text, rustdoc_options())
            .map(|e| format!("{e:?}"))
            .collect()
    }

    fn kinds(text: &str) -> Vec<ProblemKind> {
        rewrite(text)
            .unwrap_err()
            .into_iter()
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn plain_markdown_is_kept_byte_for_byte() {
        let text = "Check the **URL** and `image_url`; see [the docs](https://example.com).\n\n\
                    - one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n\
                    A footnote[^n].\n\n[^n]: The note.";
        assert_eq!(rewrite(text).unwrap(), text);
    }

    #[test]
    fn a_plain_fence_becomes_a_text_block() {
        let text = "Sent like this:\n\n```\n$ curl -H \"Content-type:text/xml\" -d ''\n```";
        assert_eq!(
            rewrite(text).unwrap(),
            "Sent like this:\n\n```text\n$ curl -H \"Content-type:text/xml\" -d ''\n```"
        );
    }

    #[test]
    fn every_tag_of_a_fence_becomes_text_and_hash_lines_stay() {
        for tag in [
            "rust",
            "ignore",
            "should_panic",
            "compile_fail",
            "no_run",
            "compile-fail",
            "rust,edition2021",
            "sh",
            "{.class}",
        ] {
            let text = format!("~~~{tag}\n# shown\nx\n~~~");
            assert_eq!(rewrite(&text).unwrap(), "~~~text\n# shown\nx\n~~~", "{tag}");
        }
        assert_eq!(rewrite("```text\nx\n```").unwrap(), "```text\nx\n```");
    }

    #[test]
    fn an_indented_block_becomes_a_fenced_text_block() {
        let text = "Like this:\n\n    $ curl \\\n\n        -d ''\n\nDone.";
        assert_eq!(
            rewrite(text).unwrap(),
            "Like this:\n\n```text\n$ curl \\\n\n    -d ''\n```\n\nDone."
        );
        // At the very start, and indented with a tab.
        assert_eq!(rewrite("\tcurl x").unwrap(), "```text\ncurl x\n```");
    }

    #[test]
    fn indented_blocks_in_containers_stay_in_them() {
        assert_eq!(
            rewrite("> a\n>\n>     code\n>     two").unwrap(),
            "> a\n>\n> ```text\n> code\n> two\n> ```"
        );
        assert_eq!(
            rewrite("- item\n\n      code\n\n      more\n").unwrap(),
            "- item\n\n  ```text\n  code\n\n  more\n  ```"
        );
        assert_eq!(
            rewrite("1.     code\n       more").unwrap(),
            "1. ```text\n   code\n   more\n   ```"
        );
    }

    #[test]
    fn a_code_block_holding_a_fence_gets_a_longer_one() {
        let text = "    ```\n    x\n    ```";
        assert_eq!(rewrite(text).unwrap(), "````text\n```\nx\n```\n````");
    }

    #[test]
    fn html_shows_as_written() {
        assert_eq!(
            rewrite("a Vec<u8> body and <html>").unwrap(),
            r"a Vec\<u8\> body and \<html\>"
        );
        let block = "<div class=\"x\">\n*hi* & <b>bye</b>\n</div>";
        let rewritten = rewrite(block).unwrap();
        assert!(
            !events(&rewritten).iter().any(|e| e.contains("Html")),
            "{rewritten}"
        );
        assert_eq!(shown(&rewritten), shown(block));
    }

    #[test]
    fn a_url_inside_html_becomes_a_link_too() {
        let rewritten = rewrite("<a href=\"https://x.io/a\">x</a>").unwrap();
        assert!(rewritten.contains("<https://x.io/a>"), "{rewritten}");
    }

    #[test]
    fn bare_urls_become_links_but_not_inside_links_or_code() {
        assert_eq!(
            rewrite("See https://status.picsart.io/. Or (https://x.io/a_(b)).").unwrap(),
            "See <https://status.picsart.io/>. Or (<https://x.io/a_(b)>)."
        );
        for kept in [
            "[https://x.io](https://x.io)",
            "`https://x.io`",
            "<https://x.io>",
            "```text\nhttps://x.io\n```",
        ] {
            assert_eq!(rewrite(kept).unwrap(), kept);
        }
    }

    #[test]
    fn brackets_that_are_not_links_are_escaped() {
        assert_eq!(
            rewrite("[Foo], [x][y], [0], [^1] and [a, b]").unwrap(),
            r"\[Foo\], \[x\]\[y\], \[0\], \[^1\] and \[a, b\]"
        );
        assert_eq!(rewrite("[https://x.io]").unwrap(), r"\[<https://x.io>\]");
        // A task list marker and a real footnote stay.
        let kept = "- [ ] todo\n- [x] done\n\nNote[^a].\n\n[^a]: A.";
        assert_eq!(rewrite(kept).unwrap(), kept);
    }

    #[test]
    fn links_must_point_at_urls() {
        for text in [
            "[docs](Foo)",
            "[docs](crate::Foo)",
            "[docs](../foo.html)",
            "[Foo]\n\n[Foo]: Bar",
            "![logo](logo.png)",
            "[x](#anchor)",
            // Autolinks: any `scheme:` makes one, and the page links the text relatively.
            "try <localhost:8080>",
            "<Vec::new>",
            "send <X-Api-Key:YOUR_KEY>",
        ] {
            assert!(
                matches!(kinds(text)[..], [ProblemKind::NotAUrl(_)]),
                "{text}"
            );
        }
        for text in [
            "[docs](https://x.io)",
            "[mail](mailto:a@b.c)",
            "<a@b.c>",
            "<mailto:a@b.c>",
            "<https://x.io/a>",
            "[Foo]\n\n[Foo]: https://x.io",
        ] {
            assert_eq!(rewrite(text).unwrap(), text);
        }
    }

    #[test]
    fn unclosed_fences_comments_and_unlinkable_urls_are_problems() {
        let problems = rewrite("Text\n\n```sh\ncurl x").unwrap_err();
        assert_eq!(
            problems,
            [Problem {
                range: 6..11,
                kind: ProblemKind::UnclosedFence
            }]
        );
        // A last line that only looks like a closing fence is code: indented by four
        // spaces, or behind a `>` outside any quote.
        for text in [
            "```\ncode\n    ```",
            "```\ncode\n> ```",
            "- ```\n  x\n      ```",
        ] {
            assert_eq!(kinds(text), [ProblemKind::UnclosedFence], "{text:?}");
        }
        for closed in [
            "```\ncode\n   ```",
            "- ```\n  x\n  ```",
            "> ```\n> x\n> ```",
            // Tabs indenting the fences inside a list or quote.
            "- a\n\n\t```\n\tcode\n\t```",
            "-\t```rust\n\tfn x() {}\n\t```",
            ">\t```\n>\tcode\n>\t```",
        ] {
            assert!(rewrite(closed).is_ok(), "{closed:?}");
        }
        assert_eq!(kinds("a <!-- note --> b"), [ProblemKind::HtmlComment]);
        assert_eq!(kinds("<!--\nnote\n-->"), [ProblemKind::HtmlComment]);
        // What linkify misses but rustdoc would lint; plain `https://` is no URL to either.
        assert_eq!(kinds("x https&#58;//ab.io"), [ProblemKind::BareUrl]);
        assert_eq!(rewrite("use https:// URLs").unwrap(), "use https:// URLs");
        assert_eq!(rewrite("see x://y.io").unwrap(), "see x://y.io");
        assert_eq!(
            kinds("[a](b) <!-- c -->"),
            [ProblemKind::NotAUrl("b".into()), ProblemKind::HtmlComment]
        );
    }

    #[test]
    fn rewriting_twice_changes_nothing() {
        for text in [
            "    code\n\n<div>\n\nhttps://x.io [a]",
            "> ```rust\n> x\n> ```\n\nVec<u8>",
        ] {
            let once = rewrite(text).unwrap();
            assert_eq!(rewrite(&once).unwrap(), once);
        }
    }

    #[test]
    fn a_url_that_markup_would_cut_short_is_a_problem() {
        // Smart punctuation, an entity, an escape or emphasis inside the URL: a link to
        // the part before it would go to another page.
        for (text, url) in [
            ("See https://x.io/a--b now", "https://x.io/a--b"),
            (
                "See https://x.io/?a=1&amp;b=2 now",
                "https://x.io/?a=1&amp;b=2",
            ),
            ("See https://x.io/a\\_b now", "https://x.io/a\\_b"),
            ("See https://x.io/_a_b_ now", "https://x.io/_a_b_"),
            ("See https://x.io/~a~ now", "https://x.io/~a~"),
            ("See https://x.io/a*b*c now", "https://x.io/a*b*c"),
            ("See https://x.io/it's now", "https://x.io/it's"),
        ] {
            let problems = rewrite(text).unwrap_err();
            assert_eq!(problems.len(), 1, "{text}: {problems:?}");
            assert_eq!(problems[0].kind, ProblemKind::BareUrl, "{text}");
            assert_eq!(&text[problems[0].range.clone()], url, "{text}");
        }
        // Markup around a URL, or punctuation after it, is not part of it.
        for (text, rewritten) in [
            ("**https://x.io**", "**<https://x.io>**"),
            ("_https://x.io/a_", "_<https://x.io/a>_"),
            ("*https://x.io/a*.", "*<https://x.io/a>*."),
            ("~~https://x.io~~", "~~<https://x.io>~~"),
            ("https://x.io...", "<https://x.io>..."),
            ("https://x.io/a\\\nb", "<https://x.io/a>\\\nb"),
            (
                "https://x.io[^1]\n\n[^1]: n",
                "<https://x.io>[^1]\n\n[^1]: n",
            ),
            ("| https://x.io|\n|---|", "| <https://x.io>|\n|---|"),
        ] {
            assert_eq!(rewrite(text).unwrap(), rewritten, "{text}");
        }
    }

    #[test]
    fn rustdoc_urls_need_a_host_with_a_domain() {
        assert_eq!(rustdoc_urls("a http://xy.io b https://ab.cd/e"), [2, 17]);
        assert!(rustdoc_urls("https:// http://localhost http://ab.c http://x.io").is_empty());
    }

    #[test]
    fn html_that_turns_into_other_markdown_once_escaped_is_a_problem() {
        // A `<pre>` block runs over blank lines; as text, the indented line after the
        // blank line would become a code block.
        assert_eq!(
            kinds("<pre>\n\n    indented\n</pre>"),
            [ProblemKind::Unfaithful]
        );
    }

    #[test]
    fn surrounding_blank_lines_are_dropped() {
        assert_eq!(rewrite("\n\n  Text.  \n\n").unwrap(), "  Text.");
    }

    #[test]
    fn literal_text_shows_as_written() {
        for text in [
            "Not Found",
            "**404** | <b> & `x` [a](b) _c_ \\ ~d~ #e",
            "I'm a \"teapot\" -- 1. ...",
            "a\\|b",
            "see https://x.io/a_b.",
            // Linkify's URLs, but no autolink has a one-letter scheme.
            "!<A://aa>",
            "see x://y.io",
        ] {
            let markdown = literal(text);
            let shown: String = Parser::new_ext(&markdown, rustdoc_options())
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            assert_eq!(shown, text, "{markdown}");
        }
        assert_eq!(literal("see https://x.io."), "see <https://x.io>\\.");
    }

    #[test]
    fn code_spans_outgrow_backticks_inside() {
        assert_eq!(code_span("404 Not Found"), "`404 Not Found`");
        assert_eq!(code_span("a `b`"), "`` a `b` ``");
        assert_eq!(code_span("``"), "``` `` ```");
    }

    /// Pieces of Markdown that matter to the rewrite, to build hostile descriptions from.
    const PIECES: &[&str] = &[
        "```",
        "~~~",
        "```rust",
        "    ",
        "\t",
        "\n",
        "\n\n",
        "> ",
        ">",
        "- ",
        "1. ",
        "<div>",
        "</div>",
        "<u8>",
        "<pre>",
        "<!-- x -->",
        "<!--",
        "-->",
        "[Foo]",
        "[x](y)",
        "[x][y]",
        "[x](https://a.io)",
        "[y]: https://b.io",
        "https://a.io/b_c",
        "http://",
        "[^1]",
        "[^1]: n",
        "*",
        "_",
        "`",
        "|",
        "---",
        "# ",
        "a",
        "word ",
        "\\",
        "&amp;",
        "\"",
        "'",
        "é",
        "<https://c.io>",
        "![i](https://i.io/p.png)",
        "| a |\n|---|\n| b |",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_description_is_rewritten_for_good_or_gets_located_problems(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 1..40),
        ) {
            let text: String = pieces.concat();
            match rewrite(&text) {
                Ok(rewritten) => {
                    prop_assert_eq!(rewrite(&rewritten), Ok(rewritten.clone()));
                    for event in Parser::new_ext(&rewritten, rustdoc_options()) {
                        let bad = matches!(&event, Event::Html(_) | Event::InlineHtml(_))
                            || matches!(&event, Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)))
                            || matches!(&event, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) if &**info != "text");
                        prop_assert!(!bad, "{:?} in {:?}", event, rewritten);
                    }
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    for problem in problems {
                        prop_assert!(problem.range.start <= problem.range.end);
                        prop_assert!(text.get(problem.range.clone()).is_some(), "{:?}", problem);
                    }
                }
            }
        }
    }
}
