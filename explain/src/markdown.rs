//! The table's descriptions are Markdown: this renders them for a terminal (emphasis,
//! code, links as ANSI styles) or as plain text, wrapped to a width.
//!
//! `pulldown-cmark` parses; this only walks its events. Paragraphs and list items are
//! wrapped by `textwrap`, which measures display width and skips ANSI escape sequences, so
//! styled and plain text wrap at the same places.

use anstyle::{AnsiColor, Effects, Style};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// How the text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// ANSI styles and OSC 8 hyperlinks, for a terminal.
    Styled,
    /// Text only, for a pipe or a file: no markup and no escape sequences.
    Plain,
}

/// Renders `markdown` in lines of at most `width` columns (a single word longer than that,
/// such as a URL, keeps its own line rather than being cut). No trailing newline.
pub fn render(markdown: &str, width: usize, mode: Mode) -> String {
    let mut renderer = Renderer {
        mode,
        width: width.max(MIN_WIDTH),
        blocks: Vec::new(),
        text: String::new(),
        bold: 0,
        italic: 0,
        links: Vec::new(),
        lists: Vec::new(),
        marker: None,
        code_block: None,
    };
    for event in Parser::new(markdown) {
        renderer.event(event);
    }
    renderer.flush(false);
    renderer
        .blocks
        .iter()
        .enumerate()
        .fold(String::new(), |mut out, (i, (block, tight))| {
            if i > 0 {
                out.push_str(if *tight { "\n" } else { "\n\n" });
            }
            out.push_str(block);
            out
        })
}

/// Wraps a line of plain text (no Markdown) as `render` wraps prose: between words only,
/// at `width` columns but never fewer than 20.
pub fn wrap(text: &str, width: usize) -> Vec<std::borrow::Cow<'_, str>> {
    textwrap::wrap(text, options(width))
}

/// How prose wraps: at `width` (at least `MIN_WIDTH`) display columns, between words.
fn options<'a>(width: usize) -> textwrap::Options<'a> {
    textwrap::Options::new(width.max(MIN_WIDTH))
        .break_words(false)
        // `X-Picsart-Ratelimit-Reset-Time` is one name: never split it at a hyphen.
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// Narrower than this, prose would be a word a line.
const MIN_WIDTH: usize = 20;

struct Renderer {
    mode: Mode,
    width: usize,
    /// Finished blocks, each with whether it follows the previous one without a blank line.
    blocks: Vec<(String, bool)>,
    /// The inline text of the block being read, styled if `mode` says so.
    text: String,
    bold: usize,
    italic: usize,
    /// Open links: the destination and the text read so far.
    links: Vec<(String, String)>,
    /// Open lists: the next number of an ordered list (`None` for bullets), and whether an
    /// item was written (the items after the first follow without a blank line).
    lists: Vec<(Option<u64>, bool)>,
    /// The marker (`- `, `2. `) of a list item whose first line is not written yet.
    marker: Option<String>,
    /// The text of a fenced or indented code block being read.
    code_block: Option<String>,
}

impl Renderer {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match &mut self.code_block {
                Some(code) => code.push_str(&text),
                None => self.push(&text, Style::new()),
            },
            Event::Code(code) => {
                self.push(&code, Style::new().fg_color(Some(AnsiColor::Cyan.into())))
            }
            Event::SoftBreak => self.push(" ", Style::new()),
            Event::HardBreak => self.text.push('\n'),
            Event::Rule => {
                self.flush(false);
                self.blocks.push(("-".repeat(self.width.min(40)), false));
            }
            Event::Html(html) | Event::InlineHtml(html) => self.push(&html, Style::new()),
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.push(&text, Style::new())
            }
            Event::TaskListMarker(done) => {
                self.push(if done { "[x] " } else { "[ ] " }, Style::new())
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.flush(false),
            Tag::Heading { .. } => {
                self.flush(false);
                self.bold += 1;
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Link { dest_url, .. } => {
                if self.mode == Mode::Styled {
                    self.text.push_str(&format!("\x1b]8;;{dest_url}\x1b\\"));
                }
                self.links.push((dest_url.into_string(), String::new()));
            }
            Tag::List(start) => {
                self.flush_item();
                self.lists.push((start, false));
            }
            Tag::Item => {
                let marker = match self.lists.last_mut() {
                    Some((Some(number), _)) => {
                        *number += 1;
                        format!("{}. ", *number - 1)
                    }
                    _ => "- ".to_owned(),
                };
                self.marker = Some(marker);
            }
            Tag::CodeBlock(_) => {
                self.flush(false);
                self.code_block = Some(String::new());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.flush(false),
            TagEnd::Heading(_) => {
                self.flush(false);
                self.bold -= 1;
            }
            TagEnd::Emphasis => self.italic -= 1,
            TagEnd::Strong => self.bold -= 1,
            TagEnd::Link => {
                let Some((url, text)) = self.links.pop() else {
                    return;
                };
                if self.mode == Mode::Styled {
                    self.text.push_str("\x1b]8;;\x1b\\");
                }
                // `<https://...>` shows its URL already; `[text](url)` adds it.
                if text != url && text != url.trim_start_matches("mailto:") {
                    self.push(&format!(" ({url})"), Style::new());
                }
            }
            TagEnd::Item => self.flush_item(),
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::CodeBlock => {
                let code = self.code_block.take().unwrap_or_default();
                let indented: Vec<String> =
                    code.lines().map(|line| format!("    {line}")).collect();
                self.blocks.push((indented.join("\n"), false));
            }
            _ => {}
        }
    }

    /// Appends inline text in `style` plus the emphasis and links it is inside of.
    fn push(&mut self, text: &str, style: Style) {
        for (_, link_text) in &mut self.links {
            link_text.push_str(text);
        }
        if self.mode == Mode::Plain {
            self.text.push_str(text);
            return;
        }
        let mut effects = style.get_effects();
        if self.bold > 0 {
            effects |= Effects::BOLD;
        }
        if self.italic > 0 {
            effects |= Effects::ITALIC;
        }
        if !self.links.is_empty() {
            effects |= Effects::UNDERLINE;
        }
        let style = style.effects(effects);
        // Style each word apart, so that a line break between two words does not carry a
        // style into the indentation of the next line.
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                self.text.push(' ');
            }
            if !word.is_empty() {
                self.text.push_str(&format!("{style}{word}{style:#}"));
            }
        }
    }

    /// Writes the text of a tight list item: the first item of a list follows a blank line,
    /// the others none.
    fn flush_item(&mut self) {
        let tight = match self.lists.last_mut() {
            Some((_, written)) => std::mem::replace(written, true),
            None => false,
        };
        self.flush(tight);
    }

    /// Wraps the text read so far into a block; `tight` joins it to the previous block
    /// without a blank line (list items).
    fn flush(&mut self, tight: bool) {
        let text = std::mem::take(&mut self.text);
        if text.trim().is_empty() {
            return;
        }
        let depth = self.lists.len();
        let indent = "  ".repeat(depth);
        let first = match self.marker.take() {
            Some(marker) => format!("{}{marker}", "  ".repeat(depth.saturating_sub(1))),
            None => indent.clone(),
        };
        let options = options(self.width)
            .initial_indent(&first)
            .subsequent_indent(&indent);
        let lines = textwrap::wrap(text.trim(), options);
        self.blocks.push((lines.join("\n"), tight));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_the_markup() {
        let markdown = "This means *unauthenticated*: send the `X-Api-Key` header.\n\
                        See <https://status.picsart.io/> or [the docs](https://docs.picsart.io/).";
        assert_eq!(
            render(markdown, 200, Mode::Plain),
            "This means unauthenticated: send the X-Api-Key header. See \
             https://status.picsart.io/ or the docs (https://docs.picsart.io/)."
        );
    }

    #[test]
    fn styled_text_uses_ansi_styles_and_hyperlinks() {
        let out = render("*a* **b** `c` <https://x.io/>", 80, Mode::Styled);
        assert!(out.contains("\x1b[3ma\x1b[0m"), "{out:?}");
        assert!(out.contains("\x1b[1mb\x1b[0m"), "{out:?}");
        assert!(out.contains("\x1b[36mc\x1b[0m"), "{out:?}");
        assert!(out.contains("\x1b]8;;https://x.io/\x1b\\"), "{out:?}");
        assert!(out.contains("\x1b[4mhttps://x.io/\x1b[0m"), "{out:?}");
    }

    #[test]
    fn paragraphs_wrap_to_the_width_and_are_separated_by_a_blank_line() {
        let markdown = "one two three four five six seven eight nine ten\n\nsecond *para* graph";
        for mode in [Mode::Plain, Mode::Styled] {
            let out = render(markdown, 20, mode);
            let plain = strip_ansi(&out);
            assert_eq!(
                plain,
                "one two three four\nfive six seven eight\nnine ten\n\nsecond para graph"
            );
        }
    }

    #[test]
    fn list_items_keep_their_marker_and_hang_their_continuation_lines() {
        let out = render(
            "Do this:\n\n- first item that wraps\n- second\n\n1. one\n2. two",
            20,
            Mode::Plain,
        );
        assert_eq!(
            out,
            "Do this:\n\n- first item that\n  wraps\n- second\n\n1. one\n2. two"
        );
    }

    #[test]
    fn hyphenated_names_are_not_split() {
        let out = render("the X-Picsart-Ratelimit-Reset-Time header", 20, Mode::Plain);
        assert_eq!(out, "the\nX-Picsart-Ratelimit-Reset-Time\nheader");
    }

    #[test]
    fn a_word_longer_than_the_width_is_kept_whole() {
        let out = render(
            "see https://status.picsart.io/a/long/path now",
            20,
            Mode::Plain,
        );
        assert_eq!(out, "see\nhttps://status.picsart.io/a/long/path\nnow");
    }

    #[test]
    fn wide_characters_count_by_display_width() {
        // Each of these characters takes two columns: five of them fill a 20-column line.
        let out = render(
            "日本語の説明 です。 絵文字😀😀 も 二列 ずつ",
            20,
            Mode::Plain,
        );
        for line in out.lines() {
            assert!(textwrap::core::display_width(line) <= 20, "{out}");
        }
        assert_eq!(out, "日本語の説明 です。\n絵文字😀😀 も 二列\nずつ");
    }

    fn strip_ansi(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() || c == '\\' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
