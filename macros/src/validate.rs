//! Every rule the table must follow, each producing a located [`Diagnostic`].
//!
//! Reading this file tells you everything the macro enforces about the values of
//! `error-codes.toml`; the shape of the file (keys, types) is checked in [`crate::table`].
//! Each rule is a function of one value (the description's also of where its text starts
//! in the file, found by [`crate::table::load`]); [`validate`] applies them row by row, so
//! that a new rule is one more call in [`check_row`]. A value that breaks a rule is not checked
//! by the rules that depend on it, so a mistake is reported once and not again through what
//! follows from it (an empty reason phrase does not also fail to give a variant name); rules that
//! are independent of each other (a line break, a control character and whitespace at the
//! ends of one reason phrase) each report.

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use crate::chars::{describe, is_control, is_line_break};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::markdown::{self, Problem, ProblemKind};
use crate::table::{Row, Spanned, Table};

/// Statuses an HTTP response can carry.
pub const STATUS_RANGE: std::ops::RangeInclusive<u16> = 100..=599;

/// Names a variant cannot take: keywords that look like UpperCamelCase, and the names of
/// the generated associated items.
const RESERVED_NAMES: [&str; 2] = ["Self", "ALL"];

/// A row that passed every rule: what the expansion is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The HTTP status, also the variant's discriminant.
    pub status: u16,
    /// The variant name, explicit or derived from the reason phrase.
    pub name: String,
    /// The reason phrase (RFC 9110): the text after the status in a status line.
    pub reason_phrase: String,
    /// The Markdown description, as written; [`crate::docs`] rewrites it for rustdoc.
    pub description: String,
    /// Whether sending the request again may succeed.
    pub retryable: bool,
    /// The variant names the code had before (`formerly`), still accepted by `FromStr` and
    /// kept as deprecated constants.
    pub formerly: Vec<String>,
    /// Other reason phrases of the code (`aliases`), such as older or newer names of it.
    pub aliases: Vec<String>,
}

/// What defines a variant name: a `name`, a reason phrase it is derived from, or
/// `formerly`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameKind {
    Given,
    Derived,
    Former,
}

/// A phrase a row is found by (its reason phrase, names and aliases), for the rule that
/// each names one code.
struct Phrase {
    /// [`normalize`]d: two phrases that differ only in case, spaces or punctuation are one.
    key: String,
    span: Range<usize>,
    /// The row's index in the file, and its status if valid.
    row: usize,
    status: Option<u16>,
    /// `the reason phrase`, `the name`, `a former name` or `an alias`.
    what: &'static str,
}

/// Where each status and each variant name is first defined, for the duplicate rules.
#[derive(Default)]
struct FirstDefinitions {
    statuses: HashMap<u16, Range<usize>>,
    names: HashMap<String, (Range<usize>, NameKind)>,
    /// Every valid phrase of every row, in file order, for [`unique_phrases`].
    phrases: Vec<Phrase>,
    /// The statuses that passed their rules, in file order, for the order rule.
    in_file_order: Vec<Spanned<u16>>,
}

/// Checks every rule on every row, recording each mistake in `diagnostics`, and returns
/// the rows that passed as codes, in table order.
pub fn validate(table: &Table, diagnostics: &mut Diagnostics) -> Vec<Code> {
    let mut first = FirstDefinitions::default();
    let codes = (table.rows.iter().enumerate())
        .filter_map(|(index, row)| check_row(index, row, &mut first, diagnostics))
        .collect();
    for misplaced in out_of_order(&first.in_file_order) {
        diagnostics.push(misplaced);
    }
    for clash in unique_phrases(&first.phrases) {
        diagnostics.push(clash);
    }
    codes
}

/// Lowercase letters and digits only, as explain's lookup reads a query: `Not Found`,
/// `not-found` and `NotFound` are one phrase.
fn normalize(text: &str) -> String {
    (text.chars().filter(|c| c.is_alphanumeric()))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Each phrase of a row (its reason phrase, name, former names and aliases) finds that
/// row only: no phrase of another row is the same in any case, spacing or punctuation
/// (but two rows may share a reason phrase),
/// since `FromStr` reads a name exactly and explain reads any phrase loosely (`NotFound`
/// on one row and `Not Found` on another would send one text to two codes). An alias is
/// also not its own row's reason phrase or an alias listed before it. A clash is reported
/// at the alias or former name if one of the two is one, else at the later phrase.
fn unique_phrases(phrases: &[Phrase]) -> Vec<Diagnostic> {
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, phrase) in phrases.iter().enumerate() {
        by_key.entry(&phrase.key).or_default().push(i);
    }
    // Aliases and former names are the row's extra phrases: a clash is theirs to fix.
    let extra = |what: &str| matches!(what, "an alias" | "a former name");
    let mut clashes = Vec::new();
    for (i, phrase) in phrases.iter().enumerate() {
        let mut same_key = by_key[phrase.key.as_str()]
            .iter()
            .map(|&j| (j, &phrases[j]));
        let clash = same_key.find(|&(j, other)| {
            let reports_here = match (extra(phrase.what), extra(other.what)) {
                (true, false) => true,
                (false, true) => false,
                _ => j < i,
            };
            // In its own row, an alias is no other reason phrase of it; a name or a former
            // name may spell the row's phrases, as a derived name does.
            let own_row_clash =
                phrase.what == "an alias" && matches!(other.what, "the reason phrase" | "an alias");
            // Two rows may share a reason phrase (a vendor's page can), told apart by
            // their names; every other phrase is the row's own.
            let both_reason_phrases =
                phrase.what == "the reason phrase" && other.what == "the reason phrase";
            j != i
                && reports_here
                && !both_reason_phrases
                && (other.row != phrase.row || own_row_clash)
        });
        let Some((_, other)) = clash else {
            continue;
        };
        let diagnostic = if other.row == phrase.row && other.what == "an alias" {
            Diagnostic::new(phrase.span.clone(), "duplicate alias")
                .secondary(other.span.clone(), "first listed here")
                .help("remove one of the two")
        } else if other.row == phrase.row {
            Diagnostic::new(phrase.span.clone(), "this alias is the row's reason phrase")
                .secondary(other.span.clone(), "the reason phrase")
                .help("an alias is another reason phrase of the code; remove this one")
        } else {
            let of = other.status.map_or_else(
                || "another row".to_owned(),
                |status| format!("status {status}"),
            );
            let (this, fix) = match phrase.what {
                "an alias" => ("this alias", "remove the alias"),
                "a former name" => ("this former name", "remove the former name"),
                "the name" => ("this name", "rename one of the two"),
                _ => ("this reason phrase", "give one of the two another phrase"),
            };
            Diagnostic::new(
                phrase.span.clone(),
                format!("{this} is also {} of {of}", other.what),
            )
            .secondary(other.span.clone(), format!("{} of {of}", other.what))
            .help(format!(
                "a phrase finds one code (in any case, spacing and punctuation); {fix} \
                 or give the phrase to one row only"
            ))
        };
        clashes.push(diagnostic);
    }
    clashes
}

/// Rows go in ascending status order, so that `ALL`, the docs' table of codes and every
/// listing come out sorted. `statuses` are the valid, unique statuses in file order. The
/// rows to move are the fewest that leave the others in order (those off a longest
/// ascending run), each with an error that says where it belongs.
fn out_of_order(statuses: &[Spanned<u16>]) -> Vec<Diagnostic> {
    // The usual case, at the cost of one pass: a quadratic search on every build of a
    // valid table of 500 rows took a tenth of the macro's time.
    if statuses
        .windows(2)
        .all(|pair| pair[0].value < pair[1].value)
    {
        return Vec::new();
    }
    // `longest[i]`: the length of the longest ascending run ending at row `i`, and the row
    // before `i` in it.
    let mut longest: Vec<(usize, Option<usize>)> = Vec::with_capacity(statuses.len());
    for (i, status) in statuses.iter().enumerate() {
        let best = (0..i)
            .filter(|&j| statuses[j].value < status.value)
            .max_by_key(|&j| (longest[j].0, std::cmp::Reverse(j)));
        longest.push(best.map_or((1, None), |j| (longest[j].0 + 1, Some(j))));
    }
    let mut in_order = vec![false; statuses.len()];
    let mut at = (0..statuses.len()).max_by_key(|&i| (longest[i].0, std::cmp::Reverse(i)));
    while let Some(i) = at {
        in_order[i] = true;
        at = longest[i].1;
    }
    let mut sorted: Vec<&Spanned<u16>> = statuses.iter().collect();
    sorted.sort_by_key(|status| status.value);
    (statuses.iter().zip(in_order))
        .filter(|(_, in_order)| !in_order)
        .map(|(status, _)| {
            let rank = sorted.partition_point(|s| s.value < status.value);
            let message = format!(
                "status {} is out of order: rows go in ascending status order",
                status.value
            );
            let diagnostic = Diagnostic::new(status.span.clone(), message);
            match rank.checked_sub(1).map(|before| sorted[before]) {
                Some(before) => diagnostic
                    .secondary(before.span.clone(), "it belongs after this row")
                    .help(format!(
                        "move the row after the row of status {}",
                        before.value
                    )),
                None => {
                    let after = sorted[rank + 1];
                    diagnostic
                        .secondary(after.span.clone(), "it belongs before this row")
                        .help(format!(
                            "move the row to the top of the table, before the row of status {}",
                            after.value
                        ))
                }
            }
        })
        .collect()
}

/// Applies every rule to the values one row has (a missing one is already reported).
fn check_row(
    index: usize,
    row: &Row,
    first: &mut FirstDefinitions,
    diagnostics: &mut Diagnostics,
) -> Option<Code> {
    let status = (row.status.as_ref())
        .and_then(|status| diagnostics.ok(http_status(status)))
        .and_then(|status| diagnostics.ok(unique_status(status, &mut first.statuses)))
        .inspect(|status| first.in_file_order.push(status.clone()));
    let reason_phrase = (row.reason_phrase.as_ref())
        .and_then(|phrase| diagnostics.ok(not_blank("reason_phrase", phrase)))
        .and_then(|phrase| phrase_rules("reason_phrase", phrase, diagnostics));
    // Aliases are reason phrases: the same rules, each alias on its own.
    let aliases: Vec<&Spanned<String>> = (row.aliases.iter())
        .filter_map(|alias| {
            if alias.value.trim().is_empty() {
                let empty = Diagnostic::new(alias.span.clone(), "an alias is empty")
                    .help("write another reason phrase of the code, or remove the item");
                diagnostics.push(empty);
                return None;
            }
            let letters = diagnostics.ok(has_a_letter(alias));
            phrase_rules("aliases", alias, diagnostics).filter(|_| letters.is_some())
        })
        .collect();
    // Where the description's text starts in the file, so its errors point inside it.
    let start = row.description_start;
    let description = (row.description.as_ref())
        .and_then(|text| diagnostics.ok(not_blank("description", text)))
        .and_then(|text| diagnostics.ok(no_controls_but_breaks_and_tabs(text, start)))
        .and_then(|text| diagnostics.all_ok(rustdoc_markdown(text, start)));
    let kind = if row.name.is_some() {
        NameKind::Given
    } else {
        NameKind::Derived
    };
    let name = match (&row.name, row.name_is_broken) {
        (_, true) => None,
        (Some(name), false) => diagnostics.ok(given_name(name)),
        (None, false) => reason_phrase.and_then(|phrase| diagnostics.ok(derived_name(phrase))),
    }
    .and_then(|name| diagnostics.ok(unique_name(name, kind, &mut first.names)));
    let formerly: Vec<Spanned<String>> = (row.formerly.iter().enumerate())
        .filter_map(|(i, former)| {
            // A repeat in the row's own list is no clash with another variant.
            if let Some(first) = row.formerly[..i].iter().find(|f| f.value == former.value) {
                let message = format!("duplicate former name `{}`", former.value.escape_debug());
                diagnostics.push(
                    Diagnostic::new(former.span.clone(), message)
                        .secondary(first.span.clone(), "first listed here")
                        .help("remove one of the two"),
                );
                return None;
            }
            let former = diagnostics.ok(former_name(former, name.as_ref()))?;
            diagnostics.ok(unique_name(former, NameKind::Former, &mut first.names))
        })
        .collect();
    let status_value = status.as_ref().map(|status| status.value);
    let mut phrase = |text: &Spanned<String>, what| {
        // A phrase of no letters or digits finds nothing, so it clashes with nothing.
        if normalize(&text.value).is_empty() {
            return;
        }
        first.phrases.push(Phrase {
            key: normalize(&text.value),
            span: text.span.clone(),
            row: index,
            status: status_value,
            what,
        });
    };
    // A reason phrase that gave no name (a duplicate, or no letters) is reported already:
    // not again as a phrase of two rows.
    let named = name.is_some() || row.name.is_some();
    if let Some(reason_phrase) = reason_phrase.filter(|_| named) {
        phrase(reason_phrase, "the reason phrase");
    }
    // A derived name is its reason phrase, but where it drops letters outside ASCII.
    let derived = |name: &Spanned<String>| {
        kind == NameKind::Derived
            && reason_phrase.is_some_and(|p| normalize(&p.value) == normalize(&name.value))
    };
    if let Some(name) = name.as_ref().filter(|name| !derived(name)) {
        phrase(name, "the name");
    }
    formerly.iter().for_each(|f| phrase(f, "a former name"));
    aliases.iter().for_each(|a| phrase(a, "an alias"));
    if aliases.len() < row.aliases.len() || formerly.len() < row.formerly.len() {
        return None;
    }
    Some(Code {
        status: status?.value,
        name: name?.value,
        reason_phrase: reason_phrase?.value.clone(),
        description: description?.value.clone(),
        retryable: row.retryable.as_ref().is_some_and(|r| r.value),
        formerly: formerly.into_iter().map(|f| f.value).collect(),
        aliases: aliases.into_iter().map(|a| a.value.clone()).collect(),
    })
}

/// The rules of a reason phrase (or an alias, under `key`) that is not blank. Independent
/// mistakes are each reported in the first build; the phrase is returned (and a name
/// derived from it) only without any.
fn phrase_rules<'a>(
    key: &str,
    phrase: &'a Spanned<String>,
    diagnostics: &mut Diagnostics,
) -> Option<&'a Spanned<String>> {
    let checks = [one_line, no_controls, no_whitespace_at_the_ends];
    (checks.into_iter())
        .map(|check| diagnostics.ok(check(key, phrase)))
        .fold(Some(phrase), Option::and)
}

/// An alias has a letter: it is found by its words, and a query of digits alone
/// (`404`) is read as a status, one of punctuation alone as nothing.
fn has_a_letter(alias: &Spanned<String>) -> Result<(), Diagnostic> {
    if alias.value.chars().any(char::is_alphabetic) {
        return Ok(());
    }
    Err(Diagnostic::new(
        alias.span.clone(),
        format!("alias `{}` has no letters", alias.value.escape_debug()),
    )
    .help(
        "an alias is another reason phrase of the code, found by its words; digits are \
         read as a status and punctuation alone as nothing, so this alias would find no code",
    ))
}

/// A name in `formerly` could name a variant, and is not the row's name today.
fn former_name(
    former: &Spanned<String>,
    name: Option<&Spanned<String>>,
) -> Result<Spanned<String>, Diagnostic> {
    if former.value.trim().is_empty() {
        return Err(Diagnostic::new(former.span.clone(), "a former name is empty")
            .help("write the name the variant had before, such as `RequestEntityTooLarge`, or remove the item"));
    }
    if !is_variant_name(&former.value) {
        return Err(Diagnostic::new(
            former.span.clone(),
            format!(
                "`{}` cannot be a former variant name",
                former.value.escape_debug()
            ),
        )
        .help(
            "`formerly` lists the names the variant had before, each an UpperCamelCase \
             Rust identifier of ASCII letters and digits, such as `RequestEntityTooLarge`",
        ));
    }
    if let Some(name) = name.filter(|name| name.value == former.value) {
        return Err(Diagnostic::new(
            former.span.clone(),
            format!(
                "`{}` is the row's variant name, not a former one",
                former.value
            ),
        )
        .secondary(name.span.clone(), "the variant name")
        .help("`formerly` lists the names the variant had before a rename; remove this one"));
    }
    Ok(former.clone())
}

/// The status is an HTTP status.
fn http_status(status: &Spanned<i64>) -> Result<Spanned<u16>, Diagnostic> {
    u16::try_from(status.value)
        .ok()
        .filter(|s| STATUS_RANGE.contains(s))
        .map(|value| Spanned {
            value,
            span: status.span.clone(),
        })
        .ok_or_else(|| {
            Diagnostic::new(
                status.span.clone(),
                format!(
                    "status {} is out of range: expected an HTTP status in 100..=599",
                    status.value
                ),
            )
        })
}

/// No earlier row has this status.
fn unique_status(
    status: Spanned<u16>,
    first: &mut HashMap<u16, Range<usize>>,
) -> Result<Spanned<u16>, Diagnostic> {
    unique(status, first, |status| {
        Diagnostic::new(
            status.span.clone(),
            format!("duplicate status {}", status.value),
        )
        .help("each status appears in one row only; remove or renumber one of them")
    })
}

/// No earlier row has this variant name, as a name or a former name (a former name stays
/// a constant of the enum); `kind` says where it comes from.
fn unique_name(
    name: Spanned<String>,
    kind: NameKind,
    first: &mut HashMap<String, (Range<usize>, NameKind)>,
) -> Result<Spanned<String>, Diagnostic> {
    if let Some((span, first_kind)) = first.get(&name.value) {
        let message = format!("duplicate variant name `{}`", name.value);
        let label = match first_kind {
            NameKind::Former => "first defined here, as a former name",
            NameKind::Given | NameKind::Derived => "first defined here",
        };
        let help = match (kind, first_kind) {
            (NameKind::Former, _) | (_, NameKind::Former) => {
                "a former name stays usable as a deprecated constant of the enum, so no \
                 other variant may have it, as a name or a former name; remove or rename one"
            }
            (NameKind::Derived, _) => {
                "the name is derived from `reason_phrase`; give one of the two rows a distinct `name = \"...\"`"
            }
            (NameKind::Given, _) => "give one of the two rows a distinct `name = \"...\"`",
        };
        return Err(Diagnostic::new(name.span.clone(), message)
            .secondary(span.clone(), label)
            .help(help));
    }
    first.insert(name.value.clone(), (name.span.clone(), kind));
    Ok(name)
}

/// Both duplicate rules: the value is new, or the error `duplicate` makes, pointing at the
/// first definition with a secondary label.
fn unique<T: Clone + Eq + Hash>(
    value: Spanned<T>,
    first: &mut HashMap<T, Range<usize>>,
    duplicate: impl FnOnce(&Spanned<T>) -> Diagnostic,
) -> Result<Spanned<T>, Diagnostic> {
    if let Some(first) = first.get(&value.value) {
        return Err(duplicate(&value).secondary(first.clone(), "first defined here"));
    }
    first.insert(value.value.clone(), value.span.clone());
    Ok(value)
}

/// `reason_phrase` and `description` have some text.
fn not_blank<'a>(key: &str, text: &'a Spanned<String>) -> Result<&'a Spanned<String>, Diagnostic> {
    if text.value.trim().is_empty() {
        return Err(
            Diagnostic::new(text.span.clone(), format!("`{key}` is empty")).help(format!(
                "write the code's {}; it becomes part of the generated docs",
                key.replace('_', " ")
            )),
        );
    }
    Ok(text)
}

/// What the phrase rules call the value under `key`: the key of a single value, or one
/// item of the list `aliases`.
fn subject(key: &str) -> String {
    match key {
        "aliases" => "an alias".to_owned(),
        key => format!("`{key}`"),
    }
}

/// The grammar of a reason phrase, quoted in the help of its rules.
const REASON_PHRASE: &str = "a reason phrase is one line of tabs, spaces and visible characters \
     (RFC 9112, section 4: `reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )`)";

/// `reason_phrase` is one line: a reason phrase ends where the status line does.
fn one_line<'a>(key: &str, phrase: &'a Spanned<String>) -> Result<&'a Spanned<String>, Diagnostic> {
    match phrase.value.chars().find(|&c| is_line_break(c)) {
        Some(c) => Err(Diagnostic::new(
            phrase.span.clone(),
            format!("{} contains a line break ({})", subject(key), describe(c)),
        )
        .help(REASON_PHRASE)),
        None => Ok(phrase),
    }
}

/// `reason_phrase` has no control character but tabs and the line breaks [`one_line`] reports.
fn no_controls<'a>(
    key: &str,
    phrase: &'a Spanned<String>,
) -> Result<&'a Spanned<String>, Diagnostic> {
    let control = |c: char| is_control(c) && c != '\t' && !is_line_break(c);
    match phrase.value.chars().find(|&c| control(c)) {
        Some(c) => Err(Diagnostic::new(
            phrase.span.clone(),
            format!(
                "{} contains a control character ({})",
                subject(key),
                describe(c)
            ),
        )
        .help(REASON_PHRASE)),
        None => Ok(phrase),
    }
}

/// `reason_phrase` has no whitespace at either end: invisible in the status line, it would show
/// in the docs as stray characters and break the generated `**404 Not Found**` line.
fn no_whitespace_at_the_ends<'a>(
    key: &str,
    phrase: &'a Spanned<String>,
) -> Result<&'a Spanned<String>, Diagnostic> {
    let text = &phrase.value;
    // A line break at an end is [`one_line`]'s to report.
    let blank = |c: char| c.is_whitespace() && !is_line_break(c);
    let loose = |c: Option<char>| c.is_some_and(blank);
    let which = match (loose(text.chars().next()), loose(text.chars().next_back())) {
        (false, false) => return Ok(phrase),
        (true, true) => "starts and ends",
        (true, false) => "starts",
        (false, true) => "ends",
    };
    Err(Diagnostic::new(
        phrase.span.clone(),
        format!("{} {which} with whitespace", subject(key)),
    )
    .help(format!(
        "remove it: `{}`; whitespace at the ends of a reason phrase \
                 is invisible and would show in the docs as stray characters",
        match key {
            "reason_phrase" => format!("{key} = {:?}", text.trim()),
            _ => format!("{:?}", text.trim()),
        }
    )))
}

/// `description` has no control characters but line breaks and tabs. `text_start` is
/// where its text starts in the file, if it is written verbatim ([`Row::description_start`]).
fn no_controls_but_breaks_and_tabs(
    description: &Spanned<String>,
    text_start: Option<usize>,
) -> Result<&Spanned<String>, Diagnostic> {
    let control =
        (description.value.char_indices()).find(|&(_, c)| is_control(c) && c != '\n' && c != '\t');
    let Some((i, c)) = control else {
        return Ok(description);
    };
    Err(Diagnostic::new(
        part(description, text_start, i..i + c.len_utf8()),
        format!(
            "`description` contains a control character ({})",
            describe(c)
        ),
    )
    .help(
        "a description may contain line breaks and tabs, but no other control character; remove it",
    ))
}

/// `description` is Markdown that rustdoc can show as written once rewritten so that
/// nothing in it is compiled or trips a rustdoc lint (see [`markdown::check`]; the
/// rewritten text itself is [`crate::docs`]'s to produce). Each problem is its own error,
/// located in the text.
fn rustdoc_markdown(
    description: &Spanned<String>,
    text_start: Option<usize>,
) -> Result<&Spanned<String>, Vec<Diagnostic>> {
    markdown::check(&description.value)
        .map(|()| description)
        .map_err(|problems| {
            (problems.into_iter())
                .map(|Problem { range, kind }| {
                    description_problem(kind, part(description, text_start, range), description)
                })
                .collect()
        })
}

/// The bytes of the file that hold `range` of the text of `value`: exact if its text is
/// written verbatim and starts at `text_start`, else the whole value.
fn part(value: &Spanned<String>, text_start: Option<usize>, range: Range<usize>) -> Range<usize> {
    match text_start {
        Some(start) => start + range.start..start + range.end,
        None => value.span.clone(),
    }
}

/// The located error for a Markdown problem of a description.
fn description_problem(
    kind: ProblemKind,
    span: Range<usize>,
    description: &Spanned<String>,
) -> Diagnostic {
    match kind {
        ProblemKind::UnclosedFence => Diagnostic::new(
            span,
            "this code block in `description` is never closed",
        )
        .help("end it with a line of the same fence (```); unclosed, it would take in the rest of the docs"),
        ProblemKind::NotAUrl(target) => Diagnostic::new(
            span,
            format!(
                "link to `{}` in `description`: a link must go to a full URL",
                target.escape_debug()
            ),
        )
        .help(
            "rustdoc would resolve it as a Rust path or relative page of whichever crate \
             uses the table; link to `https://...` or `mailto:...`, or escape the brackets \
             (`\\[`, `\\]`, `\\<`) to show them as written",
        ),
        ProblemKind::HtmlComment => Diagnostic::new(
            span,
            "HTML comment in `description`: the docs would not show it",
        )
        .help("put notes for maintainers in a TOML comment (`# ...`) above the row"),
        ProblemKind::BareUrl => Diagnostic::new(
            span,
            "a URL in `description` cannot be made a link",
        )
        .help("write it as an autolink, `<https://...>`, or as a link, `[text](https://...)`"),
        ProblemKind::Unfaithful => Diagnostic::new(
            description.span.clone(),
            "`description` cannot be shown in rustdoc as written",
        )
        .help(
            "its code blocks, HTML and URLs cannot be made safe for rustdoc without changing \
             what the page shows; put code in ```text fences and HTML in `code spans`",
        ),
    }
}

/// An explicit `name` is a valid variant name.
fn given_name(name: &Spanned<String>) -> Result<Spanned<String>, Diagnostic> {
    if is_variant_name(&name.value) {
        return Ok(name.clone());
    }
    if name.value.trim().is_empty() {
        return Err(Diagnostic::new(name.span.clone(), "`name` is empty").help(
            "write an UpperCamelCase name such as `NotFound`, or remove the key to \
                 derive the name from `reason_phrase`",
        ));
    }
    Err(Diagnostic::new(
        name.span.clone(),
        format!("`{}` cannot name a variant", name.value.escape_debug()),
    )
    .help(
        "a name is an UpperCamelCase Rust identifier made of ASCII letters and digits, \
         such as `NotFound`, and not `Self` or `ALL`",
    ))
}

/// Without `name`, the message in UpperCamelCase names the variant; it is located at the
/// message.
fn derived_name(phrase: &Spanned<String>) -> Result<Spanned<String>, Diagnostic> {
    let derived = upper_camel_case(&phrase.value);
    if is_variant_name(&derived) {
        return Ok(Spanned {
            value: derived,
            span: phrase.span.clone(),
        });
    }
    Err(Diagnostic::new(
        phrase.span.clone(),
        format!(
            "cannot derive a variant name from reason phrase `{}`",
            phrase.value.escape_debug()
        ),
    )
    .help("the reason phrase needs ASCII letters, starting with one; or add `name = \"...\"` to the row"))
}

/// `Not Found` -> `NotFound`, `Request-URI Too Long` -> `RequestUriTooLong`, `I'm a teapot`
/// -> `ImATeapot`: words are runs of ASCII letters and digits, apostrophes are dropped.
pub fn upper_camel_case(phrase: &str) -> String {
    phrase
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .flat_map(|word| {
            let mut chars = word.chars().filter(char::is_ascii_alphanumeric);
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
        })
        .collect()
}

/// An UpperCamelCase identifier of ASCII letters and digits that is not reserved.
fn is_variant_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_alphanumeric())
        && !RESERVED_NAMES.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::load;

    fn row(status: &str, phrase: &str, extra: &str) -> String {
        format!(
            "[[code]]\nstatus = {status}\nreason_phrase = \"{phrase}\"\ndescription = \"d\"\n{extra}"
        )
    }

    /// The codes of a table, or the messages of every mistake `load` and `validate` found.
    fn check(source: &str) -> Result<Vec<Code>, Vec<String>> {
        let mut diagnostics = Diagnostics::default();
        let table = load(source, &mut diagnostics);
        let codes = validate(&table, &mut diagnostics);
        if diagnostics.is_empty() {
            return Ok(codes);
        }
        Err(diagnostics
            .into_sorted()
            .into_iter()
            .map(|e| e.message)
            .collect())
    }

    #[test]
    fn a_valid_table_yields_codes_in_table_order_with_derived_names() {
        let source =
            row("404", "Not Found", "") + &row("503", "Service Unavailable", "retryable = true\n");
        let codes = check(&source).unwrap();
        assert_eq!(
            codes.iter().map(|c| c.status).collect::<Vec<_>>(),
            [404, 503]
        );
        assert_eq!(codes[1].name, "ServiceUnavailable");
        assert!(!codes[0].retryable && codes[1].retryable);
    }

    /// The statuses reported out of order in a table of rows with these statuses.
    fn misplaced(statuses: &[u16]) -> Vec<u16> {
        let source: String = (statuses.iter())
            .map(|status| row(&status.to_string(), &format!("S{status}"), ""))
            .collect();
        match check(&source) {
            Ok(_) => Vec::new(),
            Err(errors) => (errors.iter())
                .map(|e| e.split(' ').nth(1).unwrap().parse().unwrap())
                .collect(),
        }
    }

    #[test]
    fn the_fewest_rows_that_break_the_ascending_order_are_reported() {
        assert!(misplaced(&[200, 404, 503]).is_empty());
        assert_eq!(misplaced(&[200, 413, 408, 429]), [408]);
        assert_eq!(misplaced(&[503, 200, 404, 429]), [503]);
        assert_eq!(misplaced(&[404, 200]), [200]);
        assert_eq!(misplaced(&[500, 400, 300, 200]).len(), 3);
        // Any order: the rows left unreported are ascending, and as many as can be.
        let statuses = [429, 200, 503, 404, 400, 500, 401, 415];
        let reported = misplaced(&statuses);
        let kept: Vec<u16> = statuses
            .into_iter()
            .filter(|s| !reported.contains(s))
            .collect();
        assert!(kept.is_sorted(), "{kept:?}");
        assert_eq!(
            kept.len(),
            4,
            "200 404 500 415 is not ascending; 200 400 401 415 is"
        );
    }

    #[test]
    fn statuses_outside_http_are_rejected() {
        for status in ["99", "600", "-404", "65536"] {
            assert_eq!(
                check(&row(status, "X", "")).unwrap_err(),
                [format!(
                    "status {status} is out of range: expected an HTTP status in 100..=599"
                )]
            );
        }
    }

    #[test]
    fn both_duplicate_rules_point_at_the_first_definition() {
        let source = row("404", "A", "") + &row("404", "B", "name = \"A\"\n");
        let mut diagnostics = Diagnostics::default();
        validate(&load(&source, &mut diagnostics), &mut diagnostics);
        let errors = diagnostics.into_sorted();
        let text = |span: &Range<usize>| &source[span.clone()];
        assert_eq!(errors.len(), 2);
        for (error, first, duplicate) in
            [(&errors[0], "404", "404"), (&errors[1], "\"A\"", "\"A\"")]
        {
            let (span, label) = error.secondary.as_ref().expect("a secondary label");
            assert_eq!((text(span), label.as_str()), (first, "first defined here"));
            assert!(span.start < error.span.start);
            assert_eq!(text(&error.span), duplicate);
        }
        assert_eq!(errors[0].message, "duplicate status 404");
        assert_eq!(errors[1].message, "duplicate variant name `A`");
    }

    #[test]
    fn clashing_names_explicit_or_derived_are_rejected() {
        let source = row("404", "Not Found", "") + &row("410", "Gone", "name = \"NotFound\"\n");
        assert_eq!(
            check(&source).unwrap_err(),
            ["duplicate variant name `NotFound`"]
        );
        let source = row("404", "Not Found", "") + &row("410", "not-found", "");
        assert_eq!(check(&source).unwrap_err().len(), 1);
    }

    #[test]
    fn bad_names_and_blank_texts_are_rejected_together() {
        for name in [
            "Self",
            "ALL",
            "type",
            "notFound",
            "Not_Found",
            "1xx",
            "Ünïcode",
        ] {
            let source = row("404", "Not Found", &format!("name = \"{name}\"\n"));
            assert_eq!(
                check(&source).unwrap_err(),
                [format!("`{name}` cannot name a variant")]
            );
        }
        for blank in ["", " "] {
            let source = row("404", "Not Found", &format!("name = \"{blank}\"\n"));
            assert_eq!(check(&source).unwrap_err(), ["`name` is empty"]);
        }
        assert_eq!(
            check(&row("404", "???", "")).unwrap_err(),
            ["cannot derive a variant name from reason phrase `???`"]
        );
        let source = row("404", " ", "").replace("\"d\"", "\"\\t\"");
        assert_eq!(
            check(&source).unwrap_err(),
            ["`reason_phrase` is empty", "`description` is empty"],
            "an empty reason phrase is not also a name that cannot be derived"
        );
    }

    #[test]
    fn a_row_missing_a_key_still_has_its_other_keys_checked() {
        let source = "[[code]]\nstatus = 404\nreason_phrase = \"Not Found\"\n\
                      [[code]]\nstatus = 700\nreason_phrase = \"not found\"\n\
                      [[code]]\nstatus = 404\nreason_phrase = \"Gone\"\nname = 3\n";
        assert_eq!(
            check(source).unwrap_err(),
            [
                "missing `description` in this `[[code]]` row",
                "missing `description` in this `[[code]]` row",
                "status 700 is out of range: expected an HTTP status in 100..=599",
                "duplicate variant name `NotFound`",
                "missing `description` in this `[[code]]` row",
                "duplicate status 404",
                "invalid type for `name`: expected a string, found integer",
            ]
        );
    }

    /// The rendered errors of a one-row table with this `reason_phrase` and `description` (TOML
    /// values as written in the file).
    fn rendered(phrase: &str, description: &str) -> Vec<String> {
        let source = format!(
            "[[code]]\nstatus = 415\nreason_phrase = {phrase}\ndescription = {description}\n"
        );
        let mut diagnostics = Diagnostics::default();
        validate(&load(&source, &mut diagnostics), &mut diagnostics);
        (diagnostics.into_sorted().iter())
            .map(|e| e.render("t.toml", &source))
            .collect()
    }

    #[test]
    fn a_reason_phrase_is_one_line_without_control_characters() {
        for (message, what) in [
            (r#""Accepted\nLater""#, "a line break (U+000A line feed)"),
            (r#""Accepted\r""#, "a line break (U+000D carriage return)"),
            (
                "\"Accepted\u{2028}Later\"",
                "a line break (U+2028 line separator)",
            ),
            (r#""Acc\u0007epted""#, "a control character (U+0007)"),
            (r#""Acc\u0085epted""#, "a line break (U+0085 next line)"),
            (r#""Acc\u009bepted""#, "a control character (U+009B)"),
        ] {
            let errors = rendered(message, "\"d\"");
            assert_eq!(errors.len(), 1, "{message}: {errors:?}");
            assert!(
                errors[0].starts_with(&format!(
                    "`reason_phrase` contains {what}\n --> t.toml:3:17\n"
                )),
                "{}",
                errors[0]
            );
            assert!(errors[0].contains("reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )"));
        }
    }

    #[test]
    fn a_reason_phrase_has_no_whitespace_at_its_ends() {
        assert_eq!(
            rendered(r#""Accepted\t""#, "\"d\""),
            ["`reason_phrase` ends with whitespace\n --> t.toml:3:17\n  |\n3 | reason_phrase = \"Accepted\\t\"\n  |                 ^^^^^^^^^^^^\n  |\n  = help: remove it: `reason_phrase = \"Accepted\"`; whitespace at the ends of a reason phrase is invisible and would show in the docs as stray characters"]
        );
        assert!(rendered("\" Accepted \"", "\"d\"")[0]
            .contains("`reason_phrase` starts and ends with whitespace"));
        assert!(rendered("\"\u{a0}Accepted\"", "\"d\"")[0]
            .contains("`reason_phrase` starts with whitespace"));
        // A line break at the end is one mistake, reported once; independent mistakes of
        // one message are each reported.
        assert_eq!(rendered(r#""Accepted\n""#, "\"d\"").len(), 1);
        assert_eq!(rendered(r#"" Acc\u0007epted""#, "\"d\"").len(), 2);
        // Blank is "empty", not also whitespace at the ends.
        let blank = rendered(r#""\t""#, "\"d\"");
        assert!(blank[0].contains("`reason_phrase` is empty"), "{blank:?}");
        assert!(!blank.iter().any(|e| e.contains("whitespace")), "{blank:?}");
    }

    #[test]
    fn reason_phrases_may_hold_tabs_inside_and_any_visible_character() {
        for message in [
            r#""Not\tFound""#,
            "\"Não *Encontrado* 見つかりません 🦀\"",
            "\"I'm a <teapot>|\"",
        ] {
            assert_eq!(
                rendered(message, "\"d\""),
                Vec::<String>::new(),
                "{message}"
            );
        }
    }

    #[test]
    fn description_mistakes_point_inside_the_text() {
        let errors = rendered(
            "\"X\"",
            "\"\"\"\nSee [the docs](Foo) and <!-- todo -->.\"\"\"",
        );
        assert_eq!(
            errors,
            [
                "link to `Foo` in `description`: a link must go to a full URL\n --> t.toml:5:5\n  |\n5 | See [the docs](Foo) and <!-- todo -->.\"\"\"\n  |     ^^^^^^^^^^^^^^^\n  |\n  = help: rustdoc would resolve it as a Rust path or relative page of whichever crate uses the table; link to `https://...` or `mailto:...`, or escape the brackets (`\\[`, `\\]`, `\\<`) to show them as written",
                "HTML comment in `description`: the docs would not show it\n --> t.toml:5:25\n  |\n5 | See [the docs](Foo) and <!-- todo -->.\"\"\"\n  |                         ^^^^^^^^^^^^^\n  |\n  = help: put notes for maintainers in a TOML comment (`# ...`) above the row",
            ]
        );
        let unclosed = rendered("\"X\"", "'''\nText.\n\n```sh\ncurl x'''");
        assert_eq!(unclosed.len(), 1);
        assert!(
            unclosed[0].starts_with("this code block in `description` is never closed\n --> t.toml:7:1\n  |\n7 | ```sh\n  | ^^^^^"),
            "{}",
            unclosed[0]
        );
    }

    #[test]
    fn an_unlinkable_url_and_an_unfaithful_description_are_located() {
        let errors = rendered("\"X\"", "'''\nSee https&#58;//ab.io today.'''");
        assert_eq!(
            errors,
            ["a URL in `description` cannot be made a link\n --> t.toml:5:1\n  |\n5 | See https&#58;//ab.io today.'''\n  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  |\n  = help: write it as an autolink, `<https://...>`, or as a link, `[text](https://...)`"]
        );
        let errors = rendered("\"X\"", "'''\n<pre>\n\n    indented\n</pre>'''");
        assert_eq!(
            errors,
            ["`description` cannot be shown in rustdoc as written\n --> t.toml:4:15\n  |\n4 | description = '''\n  |               ^^^\n  |\n  = help: its code blocks, HTML and URLs cannot be made safe for rustdoc without changing what the page shows; put code in ```text fences and HTML in `code spans`"]
        );
    }

    #[test]
    fn description_mistakes_in_escaped_text_point_at_the_value() {
        let errors = rendered("\"X\"", r#""Tab\there, see [x](Foo)""#);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with(
                "link to `Foo` in `description`: a link must go to a full URL\n --> t.toml:4:15\n"
            ),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_description_has_no_control_characters_but_line_breaks_and_tabs() {
        let errors = rendered("\"X\"", "\"a\\tb\\nc\\rd\"");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .contains("`description` contains a control character (U+000D carriage return)"),
            "{}",
            errors[0]
        );
        // TOML has control characters only as escapes, so the error points at the value.
        let escaped = rendered("\"X\"", r#""a\u007fb""#);
        assert!(
            escaped[0].contains("\n --> t.toml:4:15\n"),
            "{}",
            escaped[0]
        );
        assert!(escaped[0].contains("(U+007F delete)"), "{}", escaped[0]);
    }

    #[test]
    fn upper_camel_case_joins_ascii_words() {
        assert_eq!(upper_camel_case("Not Found"), "NotFound");
        assert_eq!(
            upper_camel_case("Request-URI Too Long"),
            "RequestUriTooLong"
        );
        assert_eq!(upper_camel_case("I'm a teapot"), "ImATeapot");
        assert_eq!(upper_camel_case("??? ok"), "Ok");
    }
}
