//! Each crate's features are documented once, as `##` comments in its Cargo.toml (rendered
//! into the crate docs by `document-features`). The READMEs name them a line each: this
//! fails, and prints the lines to write, when a README's list drifts from Cargo.toml.

use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// The features of the crate in `dir`, but `default`.
fn features(dir: &str) -> BTreeSet<String> {
    let manifest = std::fs::read_to_string(Path::new(ROOT).join(dir).join("Cargo.toml"))
        .expect("the crate's Cargo.toml");
    let manifest: toml::Table = manifest.parse().expect("valid TOML");
    manifest
        .get("features")
        .and_then(toml::Value::as_table)
        .map(|features| {
            features
                .keys()
                .filter(|f| *f != "default")
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The features a list names: the backticked words at the start of each `- ` line, up to
/// the colon (`` - `reqwest`, `ureq`: ... ``).
fn listed<'a>(lines: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    lines
        .filter_map(|line| line.strip_prefix("- "))
        .filter_map(|item| item.split_once(':').map(|(names, _)| names))
        .flat_map(|names| names.split(','))
        .map(|name| name.trim().trim_matches('`').to_owned())
        .collect()
}

/// The lines of the `## Features` section of a README.
fn section(readme: &str) -> Vec<&str> {
    readme
        .lines()
        .skip_while(|line| *line != "## Features")
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .collect()
}

fn readme(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).expect("the README")
}

fn check(readme: &str, list: BTreeSet<String>, crate_dir: &str) {
    let expected = features(crate_dir);
    assert!(
        list == expected,
        "{readme} lists the features {list:?} of {crate_dir}/Cargo.toml, which has {expected:?}: \
         give each feature of Cargo.toml a line `- `name`: what it adds`"
    );
}

#[test]
fn each_crate_readme_lists_its_features_from_cargo_toml() {
    for dir in ["runtime", "client"] {
        let text = readme(&format!("{dir}/README.md"));
        check(
            &format!("{dir}/README.md"),
            listed(section(&text).into_iter()),
            dir,
        );
    }
}

#[test]
fn the_root_readme_lists_each_crates_features_under_its_name() {
    let text = readme("README.md");
    let lines = section(&text);
    for (name, dir) in [
        ("picsart-error-codes", "runtime"),
        ("picsart-api-error", "client"),
    ] {
        let heading = format!("`{name}`:");
        let own = lines
            .iter()
            .skip_while(|line| **line != heading)
            .skip(1)
            .take_while(|line| !(line.starts_with('`') && line.ends_with("`:")))
            .copied();
        check("README.md", listed(own), dir);
    }
}
