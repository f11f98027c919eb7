//! The table's text to typed rows: parse the TOML and type each `[[code]]` row, keeping
//! the byte span of every value so later errors can point at it.
//!
//! Only the shape of the file is checked here (syntax, keys, types, presence). The rules
//! about the values themselves live in [`crate::validate`].

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Diagnostic, Diagnostics};

/// The keys a `[[code]]` row may have, in the order the docs list them.
pub const ROW_KEYS: [&str; 7] = [
    "status",
    "reason_phrase",
    "description",
    "retryable",
    "name",
    "formerly",
    "aliases",
];

/// A value of the table and the bytes of the source it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Byte range of the value in the table's source.
    pub span: Range<usize>,
}

/// The typed table: every row, with each of its keys that has the right type.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The rows, in file order.
    pub rows: Vec<Row>,
}

/// One `[[code]]` row, before validation. A key that is missing or has the wrong type is
/// `None` (and already reported), so that the row's other keys are still validated.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    /// The whole row, for errors about the row itself.
    pub span: Range<usize>,
    /// `status`: any TOML integer; the range is checked by validation.
    pub status: Option<Spanned<i64>>,
    /// `reason_phrase`: the text after the status in a status line (RFC 9110).
    pub reason_phrase: Option<Spanned<String>>,
    /// `description`: Markdown text for the docs.
    pub description: Option<Spanned<String>>,
    /// Where the text of `description` starts in the source, if it is written verbatim
    /// (no escape sequences, as in most `"""` strings): then byte `i` of the text is byte
    /// `start + i` of the file, and an error about part of the text can point at that part.
    pub description_start: Option<usize>,
    /// `retryable`, if given.
    pub retryable: Option<Spanned<bool>>,
    /// `name`, if given as a string.
    pub name: Option<Spanned<String>>,
    /// `name` is given but is not a string: the row has no variant name, and none is
    /// derived from the reason phrase in its place.
    pub name_is_broken: bool,
    /// `formerly`: the variant names the code had before, each a string of the array.
    pub formerly: Vec<Spanned<String>>,
    /// `aliases`: other reason phrases of the code, each a string of the array.
    pub aliases: Vec<Spanned<String>>,
}

/// Parses `source` into a [`Table`], recording each mistake in `diagnostics`.
///
/// Never fails outright: a row keeps every key that loaded, so that one build shows all
/// mistakes. A TOML syntax error stops at once, since nothing after it can be trusted.
pub fn load(source: &str, diagnostics: &mut Diagnostics) -> Table {
    let document = match DeTable::parse(source) {
        Ok(document) => document,
        Err(err) => {
            diagnostics.push(syntax_error(source, &err));
            return Table::default();
        }
    };
    let mut codes = None;
    // Rows under another name (`[[codes]]`, `[errors]`) are the rows, misnamed: reported
    // as an unknown key, not again as a table without codes. A scalar such as
    // `title = "..."` is a mistake of its own.
    let mut misnamed_rows = false;
    for (key, value) in document.get_ref().iter() {
        if key.get_ref() == "code" {
            codes = Some(value);
        } else {
            misnamed_rows |= matches!(value.get_ref(), DeValue::Array(_) | DeValue::Table(_));
            diagnostics.push(
                Diagnostic::new(
                    key.span(),
                    format!(
                        "unknown key `{}`, expected `code`",
                        key.get_ref().escape_debug()
                    ),
                )
                .help("every row of the table starts with a `[[code]]` header"),
            );
        }
    }
    let no_codes = Diagnostic::new(0..0, "the table has no codes")
        .help("add a `[[code]]` row with `status`, `reason_phrase` and `description`");
    let Some(codes) = codes else {
        if !misnamed_rows {
            diagnostics.push(no_codes);
        }
        return Table::default();
    };
    Table {
        rows: load_rows(codes, no_codes, source, diagnostics),
    }
}

/// The rows of the value of `code`, which must be a non-empty array of tables; `no_codes`
/// is the error for an empty one.
fn load_rows(
    codes: &Value<'_>,
    no_codes: Diagnostic,
    source: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<Row> {
    let mut rows = Vec::new();
    match codes.get_ref() {
        DeValue::Array(entries) if entries.is_empty() => diagnostics.push(no_codes),
        DeValue::Array(entries) => {
            for entry in entries.iter() {
                match entry.get_ref() {
                    DeValue::Table(row) => {
                        rows.push(load_row(row, entry.span(), source, diagnostics))
                    }
                    other => diagnostics.push(Diagnostic::new(
                        entry.span(),
                        format!(
                            "invalid type: expected a `[[code]]` table, found {}",
                            other.type_str()
                        ),
                    )),
                }
            }
        }
        DeValue::Table(_) => diagnostics.push(
            Diagnostic::new(
                codes.span(),
                "`code` must be an array of tables, one per code",
            )
            .help(DOUBLE_BRACKETS),
        ),
        other => diagnostics.push(
            Diagnostic::new(
                codes.span(),
                format!(
                    "invalid type: expected `[[code]]` rows, found {}",
                    other.type_str()
                ),
            )
            .help(DOUBLE_BRACKETS),
        ),
    }
    rows
}

const DOUBLE_BRACKETS: &str = "write each row's header as `[[code]]`, with double brackets";

/// A TOML syntax error, with a label where the mistake likely is when TOML noticed it
/// later: a `[code]` header before the `[[code]]` rows, or a multi-line string whose
/// closing quotes are missing, which runs on into the next row.
fn syntax_error(source: &str, err: &toml::de::Error) -> Diagnostic {
    let span = err.span().unwrap_or(0..0);
    let message = format!("invalid TOML: {}", err.message().trim_end());
    let diagnostic = Diagnostic::new(span.clone(), message);
    if let Some(header) = single_bracket_header(source, &span) {
        if header.contains(&span.start) {
            return diagnostic.help(DOUBLE_BRACKETS);
        }
        return diagnostic
            .secondary(header, "this header makes `code` one table")
            .help(DOUBLE_BRACKETS);
    }
    if err.message().trim_end() == "duplicate key" {
        if let Some(first) = first_definition(source, &span) {
            let diagnostic = diagnostic.secondary(first, "first defined here");
            return match row_without_header(source, &span) {
                Some(NewRow {
                    line,
                    certain: true,
                }) => diagnostic.help(format!(
                    "these keys start a new row: add a `[[code]]` line above line {line}"
                )),
                Some(NewRow {
                    line,
                    certain: false,
                }) => diagnostic.help(format!(
                    "a row has one `status`: if this starts a new row, add a `[[code]]` \
                     line above line {line}; else remove one of the two"
                )),
                None => {
                    diagnostic.help("a key appears once in its row or table; remove one of the two")
                }
            };
        }
    }
    match runaway_string(source, &span) {
        Some(open) => {
            let quotes = source.get(open.clone()).unwrap_or("\"\"\"").to_owned();
            diagnostic
                .secondary(open, "this string runs on into the next row")
                .help(format!(
                    "end the string with `{quotes}` where its text ends"
                ))
        }
        None => diagnostic,
    }
}

/// For a duplicate key at `duplicate`, the key that first defined it: the nearest key of
/// that name before it in what the parser recovers, which is in the same row, since an
/// earlier row's key would not be a duplicate.
fn first_definition(source: &str, duplicate: &Range<usize>) -> Option<Range<usize>> {
    fn keys<'a>(table: &'a DeTable<'_>, found: &mut Vec<(&'a str, Range<usize>)>) {
        for (key, value) in table.iter() {
            found.push((key.get_ref().as_ref(), key.span()));
            match value.get_ref() {
                DeValue::Table(inner) => keys(inner, found),
                DeValue::Array(items) => (items.iter()).for_each(|item| {
                    if let DeValue::Table(inner) = item.get_ref() {
                        keys(inner, found);
                    }
                }),
                _ => {}
            }
        }
    }
    let name = source.get(duplicate.clone())?.trim_matches(['"', '\'']);
    let (document, _) = DeTable::parse_recoverable(source);
    let mut found = Vec::new();
    keys(document.get_ref(), &mut found);
    (found.into_iter())
        .filter(|(key, span)| *key == name && span.start < duplicate.start)
        .map(|(_, span)| span)
        .max_by_key(|span| span.start)
}

/// For a duplicate key at `duplicate`, where a row pasted without its `[[code]]` header
/// starts, if the keys from the duplicate on look like a new row: at least two of them
/// repeat keys of the row above, or the duplicate is `status` and the row above already
/// has every required key. The row starts at the duplicate, or at the single-line row keys
/// right above it that the rest of the pasted part does not repeat (a row names each key
/// once) when a blank line or a comment sets them apart from the row above, or at the
/// comment lines right above those keys when a blank line sets the comment apart.
fn row_without_header(source: &str, duplicate: &Range<usize>) -> Option<NewRow> {
    let lines: Vec<(usize, &str)> = line_starts(source).collect();
    let at = lines
        .iter()
        .rposition(|&(start, _)| start <= duplicate.start)?;
    fn key_of(line: &str) -> Option<&'static str> {
        let (key, _) = line.split_once('=')?;
        let key = key.trim().trim_matches(['"', '\'']);
        ROW_KEYS.into_iter().find(|known| *known == key)
    }
    // The row the duplicate is in: from its header (or the top) to the next header. Lines
    // inside multi-line strings are not keys.
    let header = |line: &str| line.trim_start().starts_with('[');
    let keys = |range: &[(usize, &str)]| -> Vec<(usize, &str)> {
        let mut inside = false;
        let mut found = Vec::new();
        for (i, &(_, line)) in range.iter().enumerate() {
            if !inside {
                if let Some(key) = key_of(line) {
                    found.push((i, key));
                }
            }
            inside ^= (line.matches("\"\"\"").count() + line.matches("'''").count()) % 2 == 1;
        }
        found
    };
    let row_start = lines[..at]
        .iter()
        .rposition(|&(_, l)| header(l))
        .map_or(0, |i| i + 1);
    let row_end =
        (lines[at + 1..].iter().position(|&(_, l)| header(l))).map_or(lines.len(), |i| at + 1 + i);
    let before = keys(&lines[row_start..at]);
    let after = keys(&lines[at..row_end]);
    let repeated = (after.iter())
        .filter(|(_, key)| before.iter().any(|(_, k)| k == key))
        .count();
    let is_status = after
        .first()
        .is_some_and(|&(i, key)| i == 0 && key == "status");
    let complete = ["status", "reason_phrase", "description"]
        .iter()
        .all(|required| before.iter().any(|(_, k)| k == required));
    let certain = match (repeated >= 2, is_status && complete) {
        (true, _) => true,
        (false, true) => false,
        (false, false) => return None,
    };
    // Keys of the pasted row written above the duplicate, each on a line of its own.
    let mut first = at;
    while first > row_start {
        let previous = lines[first - 1].1;
        match key_of(previous) {
            Some(key)
                if !after.iter().any(|(_, k)| *k == key)
                    && !previous.contains("\"\"\"")
                    && !previous.contains("'''") =>
            {
                first -= 1
            }
            _ => break,
        }
    }
    // Only keys set apart from the row above by a blank line or a comment: keys that
    // follow the row's last value directly may as well be its own.
    let apart = |line: &str| line.trim().is_empty() || line.trim_start().starts_with('#');
    if first > row_start && !apart(lines[first - 1].1) {
        first = at;
    }
    // Comment lines right above the pasted keys, set apart from the row above by a blank
    // line, are the pasted row's: the header goes above them, not between them and the
    // keys they speak of.
    let comment = |line: &str| line.trim_start().starts_with('#');
    let mut top = first;
    while top > row_start && comment(lines[top - 1].1) {
        top -= 1;
    }
    if top < first && top > row_start && lines[top - 1].1.trim().is_empty() {
        first = top;
    }
    Some(NewRow {
        line: first + 1,
        certain,
    })
}

/// Where a row pasted without its header starts ([`row_without_header`]).
struct NewRow {
    /// The 1-based line to write `[[code]]` above.
    line: usize,
    /// Several keys of the row above are repeated; else only `status`, after a row that
    /// has every required key, which may also be a status written twice.
    certain: bool,
}

/// Each line of `source` with the byte where it starts, without its line break.
fn line_starts(source: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    source.split_inclusive('\n').map(move |line| {
        let at = start;
        start += line.len();
        (at, line.trim_end_matches(['\n', '\r']))
    })
}

/// The opening quotes of a multi-line string, before the error at `error`, whose text
/// holds a row header or a row key (what the parser recovers of the table shows it): its
/// closing quotes are missing, so the next string's opening closed it instead.
fn runaway_string(source: &str, error: &Range<usize>) -> Option<Range<usize>> {
    let (document, _) = DeTable::parse_recoverable(source);
    let DeValue::Array(rows) = document.get_ref().get("code")?.get_ref() else {
        return None;
    };
    let looks_like_a_row = |line: &str| {
        let line = line.trim();
        line.starts_with("[[code]]")
            || ROW_KEYS.iter().any(|key| {
                (line.strip_prefix(key)).is_some_and(|rest| rest.trim_start().starts_with('='))
            })
    };
    rows.iter()
        .filter_map(|row| match row.get_ref() {
            DeValue::Table(row) => Some(row),
            _ => None,
        })
        .flat_map(|row| row.values())
        .filter(|value| value.span().start < error.start)
        .find(|value| match value.get_ref() {
            DeValue::String(text) => text.lines().any(looks_like_a_row),
            _ => false,
        })
        .map(|value| value.span().start..value.span().start + 3)
}

/// The first `[code]` header of the table, if a TOML error at `code` (a duplicate key)
/// comes from it: a single-bracket header makes `code` one table, which the `[[code]]`
/// rows then collide with, so the mistake is at the header, not only where TOML noticed.
fn single_bracket_header(source: &str, error: &Range<usize>) -> Option<Range<usize>> {
    if source.get(error.clone()) != Some("code") {
        return None;
    }
    let mut line_start = 0;
    source.split_inclusive('\n').find_map(|line| {
        let start = line_start;
        line_start += line.len();
        let header = line.split('#').next().unwrap_or_default().trim();
        let compact: String = header.chars().filter(|c| !c.is_whitespace()).collect();
        let at = start + line.find('[')?;
        (compact == "[code]").then(|| at..at + header.len())
    })
}

/// Types one row, recording the mistakes of its keys; a key with a mistake is `None`.
fn load_row(
    row: &DeTable<'_>,
    span: Range<usize>,
    source: &str,
    diagnostics: &mut Diagnostics,
) -> Row {
    let mut typed = Row {
        span: span.clone(),
        ..Row::default()
    };
    for (key, value) in row.iter() {
        match key.get_ref().as_ref() {
            "status" => typed.status = diagnostics.ok(integer("status", value)),
            "reason_phrase" => {
                typed.reason_phrase = diagnostics.ok(string("reason_phrase", value));
            }
            "description" => {
                typed.description = diagnostics.ok(string("description", value));
                typed.description_start = (typed.description.as_ref())
                    .and_then(|description| verbatim_start(source, description));
            }
            "retryable" => typed.retryable = diagnostics.ok(boolean("retryable", value)),
            "name" => {
                typed.name = diagnostics.ok(string("name", value));
                typed.name_is_broken = typed.name.is_none();
            }
            "formerly" => typed.formerly = strings("formerly", value, diagnostics),
            "aliases" => typed.aliases = strings("aliases", value, diagnostics),
            unknown => diagnostics.push(unknown_row_key(unknown, key.span())),
        }
    }
    for (key, present) in [
        ("status", typed.status.is_some()),
        ("reason_phrase", typed.reason_phrase.is_some()),
        ("description", typed.description.is_some()),
    ] {
        // A key given with the wrong type, or misspelt (already reported with a "did you
        // mean"), is one mistake, not two.
        let given = row.iter().any(|(k, _)| {
            k.get_ref() == key
                || (!ROW_KEYS.contains(&k.get_ref().as_ref())
                    && suggestion(k.get_ref()) == Some(key))
        });
        if !present && !given {
            diagnostics.push(
                Diagnostic::new(
                    span.clone(),
                    format!("missing `{key}` in this `[[code]]` row"),
                )
                .help(format!(
                    "every row needs `status`, `reason_phrase` and `description`; add `{key} = ...`"
                )),
            );
        }
    }
    typed
}

/// Where the text of the string value `text` starts in `source`, if the value is written
/// verbatim (see [`Row::description_start`]).
fn verbatim_start(source: &str, text: &Spanned<String>) -> Option<usize> {
    let raw = source.get(text.span.clone())?;
    let quote = ["\"\"\"", "'''", "\"", "'"]
        .into_iter()
        .find(|q| raw.len() >= 2 * q.len() && raw.starts_with(q) && raw.ends_with(q))?;
    let mut start = text.span.start + quote.len();
    let end = text.span.end - quote.len();
    // A line break right after the opening `"""` or `'''` is not part of the text.
    if quote.len() == 3 && source[start..].starts_with('\n') {
        start += 1;
    }
    (source.get(start..end)? == text.value).then_some(start)
}

type Value<'a> = toml::Spanned<DeValue<'a>>;

fn invalid_type(key: &str, expected: &str, value: &Value<'_>) -> Diagnostic {
    Diagnostic::new(
        value.span(),
        format!(
            "invalid type for `{key}`: expected {expected}, found {}",
            value.get_ref().type_str()
        ),
    )
}

fn integer(key: &str, value: &Value<'_>) -> Result<Spanned<i64>, Diagnostic> {
    match value.get_ref() {
        DeValue::Integer(int) => i64::from_str_radix(int.as_str(), int.radix())
            .map(|number| Spanned {
                value: number,
                span: value.span(),
            })
            .map_err(|_| {
                Diagnostic::new(
                    value.span(),
                    format!("`{key}` does not fit in a 64-bit integer"),
                )
                .help("an HTTP status is a number in 100..=599")
            }),
        DeValue::String(text) if text.trim().parse::<i64>().is_ok() => {
            Err(invalid_type(key, "an integer", value)
                .help(format!("remove the quotes: `{key} = {}`", text.trim())))
        }
        _ => Err(invalid_type(key, "an integer", value)),
    }
}

fn string(key: &str, value: &Value<'_>) -> Result<Spanned<String>, Diagnostic> {
    match value.get_ref() {
        DeValue::String(text) => Ok(Spanned {
            value: text.to_string(),
            span: value.span(),
        }),
        _ => Err(invalid_type(key, "a string", value)
            .help(format!("quote the value: `{key} = \"...\"`"))),
    }
}

/// An array of strings; each element of another type is reported and left out.
fn strings(key: &str, value: &Value<'_>, diagnostics: &mut Diagnostics) -> Vec<Spanned<String>> {
    let DeValue::Array(items) = value.get_ref() else {
        let help = match value.get_ref() {
            DeValue::String(text) => format!("write a list: `{key} = [{:?}]`", text.as_ref()),
            _ => format!("write a list of strings: `{key} = [\"...\"]`"),
        };
        diagnostics.push(invalid_type(key, "an array of strings", value).help(help));
        return Vec::new();
    };
    (items.iter())
        .filter_map(|item| match item.get_ref() {
            DeValue::String(text) => Some(Spanned {
                value: text.to_string(),
                span: item.span(),
            }),
            _ => {
                let found = item.get_ref().type_str();
                let message = format!("invalid type in `{key}`: expected a string, found {found}");
                diagnostics.push(
                    Diagnostic::new(item.span(), message)
                        .help(format!("quote each item: `{key} = [\"...\"]`")),
                );
                None
            }
        })
        .collect()
}

fn boolean(key: &str, value: &Value<'_>) -> Result<Spanned<bool>, Diagnostic> {
    match value.get_ref() {
        DeValue::Boolean(flag) => Ok(Spanned {
            value: *flag,
            span: value.span(),
        }),
        _ => Err(invalid_type(key, "a boolean", value).help(format!(
            "write `{key} = true` or `{key} = false`, without quotes"
        ))),
    }
}

fn unknown_row_key(key: &str, span: Range<usize>) -> Diagnostic {
    let expected = ROW_KEYS.map(|k| format!("`{k}`")).join(", ");
    let diagnostic = Diagnostic::new(
        span,
        // A quoted key can hold any character: escaped, none reaches the terminal.
        format!(
            "unknown key `{}` in a `[[code]]` row, expected one of {expected}",
            key.escape_debug()
        ),
    );
    match suggestion(key) {
        Some(known) => diagnostic.help(format!("did you mean `{known}`?")),
        None => diagnostic,
    }
}

/// Other names maintainers give the row keys, from HTTP and from other error tables.
const ALIASES: [(&str, &str); 8] = [
    ("code", "status"),
    ("status_code", "status"),
    ("message", "reason_phrase"),
    ("msg", "reason_phrase"),
    ("reason", "reason_phrase"),
    ("phrase", "reason_phrase"),
    ("doc", "description"),
    ("docs", "description"),
];

/// The row key that an unknown `key` likely stands for: a misspelling (`reason_phrse`), an
/// abbreviation (`desc`, `retry`) or another common name (`code`, `message`, `msg`,
/// `reason`), or a misspelling of a name of six letters or more (`messgae`): shorter
/// names are too close to unrelated words. The key it stands for is then not also
/// reported missing.
fn suggestion(key: &str) -> Option<&'static str> {
    let key = key.to_ascii_lowercase();
    let alias = |&(alias, known): &(&str, &'static str)| {
        let misspelt = alias.len() >= 6 && edit_distance(&key, alias) <= 2;
        (alias == key || misspelt).then_some(known)
    };
    (ROW_KEYS.into_iter())
        .find(|known| edit_distance(&key, known) <= 2)
        .or_else(|| ROW_KEYS.into_iter().find(|known| abbreviates(&key, known)))
        .or_else(|| ALIASES.iter().find_map(alias))
}

/// `short` keeps the first letter of `long` and some of its others, in order: at least
/// three letters, so that `desc` and `msg` count and a stray `s` does not.
fn abbreviates(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.len() >= 3
        && short.chars().next() == long.chars().next()
        && short.chars().all(|c| rest.any(|l| l == c))
}

/// Levenshtein distance, for "did you mean" hints on misspelt keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str =
        "[[code]]\nstatus = 404\nreason_phrase = \"Not Found\"\ndescription = \"Gone.\"\n";

    /// The keys are documented where maintainers and users look for them: the header of
    /// the table itself and the crate docs. `ROW_KEYS` is their home; this
    /// fails, naming the document and the line to add, when a key is missing from one.
    #[test]
    fn every_document_of_the_row_keys_names_each_key() {
        let documents = [
            (
                "error-codes.toml",
                include_str!("../error-codes.toml"),
                "#   {key} ",
            ),
            ("src/lib.rs", include_str!("lib.rs"), "//! {key} = "),
        ];
        for (path, text, pattern) in documents {
            for key in ROW_KEYS {
                let line = pattern.replace("{key}", key);
                assert!(
                    text.lines().any(|l| l.starts_with(&line)),
                    "{path} does not document the row key `{key}`: add a line starting \
                     with {line:?}"
                );
            }
        }
    }

    /// The table and what loading it reported.
    fn load(source: &str) -> (Table, Vec<Diagnostic>) {
        let mut diagnostics = Diagnostics::default();
        let table = super::load(source, &mut diagnostics);
        (table, diagnostics.into_sorted())
    }

    fn messages(source: &str) -> Vec<String> {
        let (_, errors) = load(source);
        errors.into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn verbatim_texts_map_to_their_bytes_in_the_file() {
        let source = "a = \"x\"\nb = '''\nline'''\nc = \"\\\"\"\nd = \"\"\"y\"\"\"\n";
        let at = |value: &str, start: usize, end: usize| {
            verbatim_start(
                source,
                &Spanned {
                    value: value.into(),
                    span: start..end,
                },
            )
        };
        assert_eq!(at("x", 4, 7), Some(5));
        assert_eq!(&source[5..6], "x");
        assert_eq!(at("line", 12, 23), Some(16));
        assert_eq!(&source[16..20], "line");
        // An escape makes the text differ from the bytes: no position inside it.
        assert_eq!(at("\"", 28, 32), None);
        assert_eq!(at("y", 37, 44), Some(40));
        assert_eq!(at("x", 0, 999), None);
    }

    #[test]
    fn a_good_row_is_typed_with_the_spans_of_its_values() {
        let (table, errors) = load(ROW);
        assert!(errors.is_empty(), "{errors:?}");
        let row = &table.rows[0];
        let status = row.status.clone().unwrap();
        let reason_phrase = row.reason_phrase.clone().unwrap();
        assert_eq!(status.value, 404);
        assert_eq!(&ROW[status.span], "404");
        assert_eq!(&ROW[reason_phrase.span], "\"Not Found\"");
        assert_eq!(row.description.as_ref().unwrap().value, "Gone.");
        assert_eq!(&ROW[row.description_start.unwrap()..][..5], "Gone.");
        assert_eq!((row.retryable.clone(), row.name.clone()), (None, None));
        let (table, _) = load(&ROW.replace("Gone.", "Gone\\t."));
        assert_eq!(
            table.rows[0].description_start, None,
            "an escape: no exact place"
        );
    }

    #[test]
    fn unknown_keys_are_named_with_the_expected_ones_and_a_suggestion() {
        let (_, errors) = load(&ROW.replace("reason_phrase", "reason_phrse"));
        assert_eq!(
            errors.len(),
            1,
            "a misspelt key is not also a missing one: {errors:?}"
        );
        assert_eq!(
            errors[0].message,
            "unknown key `reason_phrse` in a `[[code]]` row, expected one of `status`, `reason_phrase`, `description`, `retryable`, `name`, `formerly`, `aliases`"
        );
        assert_eq!(
            errors[0].help.as_deref(),
            Some("did you mean `reason_phrase`?")
        );
        let (_, errors) = load(&ROW.replace("reason_phrase", "message"));
        assert_eq!(errors.len(), 1, "the old name is not also a missing key");
        assert_eq!(
            errors[0].help.as_deref(),
            Some("did you mean `reason_phrase`?")
        );
        assert_eq!(
            messages(&ROW.replace("[[code]]", "[[codes]]"))[0],
            "unknown key `codes`, expected `code`"
        );
    }

    #[test]
    fn wrong_types_say_what_was_expected_and_found() {
        let (_, errors) = load(&ROW.replace("404", "\"404\""));
        assert_eq!(
            errors[0].message,
            "invalid type for `status`: expected an integer, found string"
        );
        assert_eq!(
            errors[0].help.as_deref(),
            Some("remove the quotes: `status = 404`")
        );
        assert_eq!(
            messages(&format!("{ROW}retryable = \"yes\"\n"))[0],
            "invalid type for `retryable`: expected a boolean, found string"
        );
        assert_eq!(
            messages(&ROW.replace("[[code]]", "[code]"))[0],
            "`code` must be an array of tables, one per code"
        );
    }

    #[test]
    fn every_missing_key_of_every_row_is_reported() {
        let source = "[[code]]\nstatus = 1\n[[code]]\nreason_phrase = \"a\"\n";
        assert_eq!(
            messages(source),
            [
                "missing `reason_phrase` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
                "missing `status` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
            ]
        );
    }

    #[test]
    fn an_empty_table_and_syntax_errors_are_reported() {
        assert_eq!(messages(""), ["the table has no codes"]);
        assert_eq!(messages("code = []"), ["the table has no codes"]);
        let errors = messages("[[code]]\nreason_phrase = \"open\n");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("invalid TOML: "), "{errors:?}");
    }

    #[test]
    fn a_row_with_a_mistake_keeps_its_other_keys() {
        let (table, errors) = load(&format!("{ROW}retryable = \"no\"\nsatus = 1\n"));
        assert_eq!(errors.len(), 2);
        assert_eq!(table.rows.len(), 1);
        assert!(table.rows[0].retryable.is_none());
        let (table, errors) = load(&format!("{ROW}name = 3\n"));
        assert_eq!(errors.len(), 1);
        assert!(table.rows[0].name_is_broken && table.rows[0].status.is_some());
        let (table, errors) = load("[[code]]\nstatus = 700\nreason_phrase = \"A\"\n");
        assert_eq!(errors.len(), 1, "only `description` is missing: {errors:?}");
        let row = &table.rows[0];
        assert_eq!(row.status.as_ref().map(|s| s.value), Some(700));
        assert_eq!(
            row.reason_phrase.as_ref().map(|m| m.value.as_str()),
            Some("A")
        );
    }

    #[test]
    fn integers_beyond_64_bits_are_an_error_not_a_wrap() {
        let errors = messages(&ROW.replace("404", "99999999999999999999"));
        assert_eq!(errors, ["`status` does not fit in a 64-bit integer"]);
    }

    #[test]
    fn misspelt_abbreviated_and_other_names_of_a_key_are_recognised() {
        for (key, known) in [
            ("reason_phrse", "reason_phrase"),
            ("Reason-Phrase", "reason_phrase"),
            ("message", "reason_phrase"),
            ("messgae", "reason_phrase"),
            ("phrase", "reason_phrase"),
            ("Status", "status"),
            ("desc", "description"),
            ("msg", "reason_phrase"),
            ("retry", "retryable"),
            ("code", "status"),
            ("reason", "reason_phrase"),
            ("docs", "description"),
        ] {
            assert_eq!(suggestion(key), Some(known), "{key}");
        }
        for key in ["foo", "st", "extra", "id", "smg"] {
            assert_eq!(suggestion(key), None, "{key}");
        }
    }

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("messgae", "message"), 2);
        assert_eq!(edit_distance("status", "status"), 0);
        assert_eq!(edit_distance("", "name"), 4);
    }
}
