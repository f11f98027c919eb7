//! The table keeps what the last release promised: every released variant name still names
//! its code, with its status, unless the version says the next release breaks.
//!
//! `released-codes.txt` beside this crate's `Cargo.toml` records the release: its version
//! and, for each code, the names downstream code may write (`ErrorCode::NotFound`,
//! `"NotFound".parse()`). A row removed, a variant renamed without keeping the old name in
//! `formerly`, or a status changed would break that code in a release that Cargo treats as
//! compatible; this test fails on it and says what to do. Once the version in the
//! workspace's `Cargo.toml` is a breaking one (0.1.x to 0.2.0, 1.x to 2.0.0), it passes.
//!
//! At a release, record it (the names it keeps, and the version):
//!
//! ```text
//! RECORD_RELEASE=1 cargo test -p picsart-error-codes --test released
//! ```
//!
//! cargo-semver-checks would see the same breaks in the rustdoc of `ErrorCode`, but not
//! that an associated constant kept for a former name (`formerly`) is no break, nor name
//! the row to fix; and it adds minutes to a clean CI run (see CONTRIBUTING.md).

use std::fmt::Write as _;
use std::path::PathBuf;

use picsart_error_codes::ErrorCode;
use semver::{Version, VersionReq};

const RECORD: &str = "released-codes.txt";

fn record_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(RECORD)
}

/// A release as recorded: its version and each `(status, name)` it has.
struct Release {
    version: Version,
    names: Vec<(u16, String)>,
}

fn parse(text: &str) -> Release {
    let mut version = None;
    let mut names = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(v) = line.strip_prefix("version ") {
            version = Some(Version::parse(v.trim()).expect("a semantic version"));
            continue;
        }
        let (status, name) = line
            .split_once(' ')
            .unwrap_or_else(|| panic!("{RECORD}: `status Name` expected, found {line:?}"));
        let status = status.parse().expect("a status");
        names.push((status, name.trim().to_owned()));
    }
    Release {
        version: version.unwrap_or_else(|| panic!("{RECORD}: no `version` line")),
        names,
    }
}

/// What breaks downstream code of `release` in the table as compiled, one line each.
fn breaks(release: &Release) -> Vec<String> {
    let mut found = Vec::new();
    for (status, name) in &release.names {
        let by_status = ErrorCode::from_u16(*status);
        match name.parse::<ErrorCode>() {
            Ok(code) if code.as_u16() == *status => {}
            Ok(code) => found.push(format!(
                "`{name}` was status {status} in {} and is {} now: code that matches on it \
                 or stores it changes meaning. Give the row back its status",
                release.version,
                code.as_u16()
            )),
            Err(_) => match by_status {
                Some(code) => found.push(format!(
                    "{status} was `{name}` in {} and is `{}` now, so `ErrorCode::{name}` no \
                     longer compiles. Keep the old name usable: add `formerly = [\"{name}\"]` \
                     to the row of status {status}",
                    release.version,
                    code.name()
                )),
                None => found.push(format!(
                    "{status} `{name}` was in {} and its row is gone from error-codes.toml, so \
                     `ErrorCode::{name}` no longer compiles. Put the row back",
                    release.version
                )),
            },
        }
    }
    found
}

/// The next version that Cargo does not take as compatible with `version`.
fn next_breaking(version: &Version) -> Version {
    match version.major {
        0 => Version::new(0, version.minor + 1, 0),
        major => Version::new(major + 1, 0, 0),
    }
}

/// The record of a release of the table as compiled: the names `previous` had that still
/// name their code (kept with `formerly`), and every current name.
fn record(version: &Version, previous: Option<&Release>) -> String {
    let mut names: Vec<(u16, String)> = (ErrorCode::ALL.iter())
        .map(|code| (code.as_u16(), code.name().to_owned()))
        .collect();
    if let Some(previous) = previous {
        let kept = (previous.names.iter()).filter(|(status, name)| {
            name.parse::<ErrorCode>()
                .is_ok_and(|c| c.as_u16() == *status)
        });
        names.extend(kept.cloned());
    }
    names.sort();
    names.dedup();
    let mut text = String::from(
        "# The codes of the last release of picsart-error-codes, with every variant name\n\
         # downstream code may use (tests/released.rs checks the table against it). Written\n\
         # at a release by: RECORD_RELEASE=1 cargo test -p picsart-error-codes --test released\n",
    );
    writeln!(text, "version {version}").unwrap();
    for (status, name) in names {
        writeln!(text, "{status} {name}").unwrap();
    }
    text
}

/// Whether the table as compiled keeps what `release` promised, given that the next
/// release is `current`: the message, if not.
fn check(release: &Release, current: &Version) -> Result<(), String> {
    if release.version > *current {
        return Err(format!(
            "{RECORD} records {}, newer than this crate's {current}",
            release.version
        ));
    }
    let compatible = VersionReq::parse(&format!("^{}", release.version)).unwrap();
    if !compatible.matches(current) {
        // A breaking release is declared: anything may change.
        return Ok(());
    }
    let breaks = breaks(release);
    if breaks.is_empty() {
        return Ok(());
    }
    let mut message = format!(
        "error-codes.toml breaks code written against picsart-error-codes {}:\n",
        release.version
    );
    for line in &breaks {
        writeln!(message, "- {line}.").unwrap();
    }
    write!(
        message,
        "If the break is intended, make the next release a breaking one: set `version = \
         \"{}\"` under `[workspace.package]` in the workspace's Cargo.toml, and the \
         versions in its `[workspace.dependencies]`.",
        next_breaking(&release.version)
    )
    .unwrap();
    Err(message)
}

#[test]
fn every_released_name_still_names_its_code_unless_the_version_breaks() {
    let current = Version::parse(env!("CARGO_PKG_VERSION")).unwrap();
    let text = std::fs::read_to_string(record_path()).ok();
    let release = text.as_deref().map(parse);
    if std::env::var_os("RECORD_RELEASE").is_some() {
        std::fs::write(record_path(), record(&current, release.as_ref())).unwrap();
        return;
    }
    let release = release.unwrap_or_else(|| panic!("{RECORD} is missing: record the release"));
    if let Err(message) = check(&release, &current) {
        panic!("{message}");
    }
}

#[test]
fn a_break_fails_until_the_version_is_a_breaking_one() {
    let release = Release {
        version: Version::new(0, 3, 1),
        names: vec![(ErrorCode::ALL[0].as_u16(), "NoSuchName".to_owned())],
    };
    let message = check(&release, &Version::new(0, 3, 2)).unwrap_err();
    assert!(message.contains("set `version = \"0.4.0\"`"), "{message}");
    assert_eq!(check(&release, &Version::new(0, 4, 0)), Ok(()));
    assert!(
        check(&release, &Version::new(0, 3, 0)).is_err(),
        "older than the record"
    );
}

#[test]
fn the_record_of_this_table_lists_every_code_and_parses_back() {
    let version = Version::new(1, 2, 3);
    let release = parse(&record(&version, None));
    assert_eq!(release.version, version);
    assert_eq!(release.names.len(), ErrorCode::ALL.len());
    assert!(breaks(&release).is_empty());
}

#[test]
fn a_missing_name_is_a_rename_or_a_removal_and_a_moved_name_a_changed_status() {
    let code = ErrorCode::ALL[0];
    let free = (100..=599)
        .find(|&s| ErrorCode::from_u16(s).is_none())
        .unwrap();
    let release = Release {
        version: Version::new(0, 1, 0),
        names: vec![
            (code.as_u16(), "NoSuchName".to_owned()),
            (free, "NoSuchName".to_owned()),
            (free, code.name().to_owned()),
        ],
    };
    let found = breaks(&release);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].contains("add `formerly = [\"NoSuchName\"]`"),
        "{}",
        found[0]
    );
    assert!(found[1].contains("row is gone"), "{}", found[1]);
    assert!(
        found[2].contains(&format!("is {} now", code.as_u16())),
        "{}",
        found[2]
    );
}

#[test]
fn the_next_breaking_version_is_the_one_cargo_does_not_take_as_compatible() {
    for version in ["0.1.0", "0.1.7", "1.0.0", "1.4.2", "0.0.3"] {
        let version = Version::parse(version).unwrap();
        let next = next_breaking(&version);
        let compatible = VersionReq::parse(&format!("^{version}")).unwrap();
        assert!(!compatible.matches(&next), "{version} -> {next}");
    }
}
