//! Editing the table is enough for a plain `cargo build` to pick it up: the crate that
//! uses the macro is rebuilt, the macro crate is not.
//!
//! Builds a small consumer crate in a temporary directory with the real cargo, edits its
//! table, and builds again.

mod scratch;

use std::path::{Path, PathBuf};
use std::process::Output;

use scratch::workspace;

const ONE_ROW: &str =
    "[[code]]\nstatus = 404\nreason_phrase = \"Not Found\"\ndescription = \"Gone.\"\n";
const SECOND_ROW: &str =
    "\n[[code]]\nstatus = 503\nreason_phrase = \"Service Unavailable\"\ndescription = \"Later.\"\n";

fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Output {
    let output = scratch::cargo(dir, target)
        .args(args)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn write_consumer(dir: &Path) {
    let macros = workspace().join("macros");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"rebuild-consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\npicsart-error-codes-macros = {{ path = {:?} }}\n\n[workspace]\n",
            macros.display().to_string()
        ),
    )
    .unwrap();
    // Start from the workspace's lock file so the same dependency versions are used.
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    std::fs::write(
        dir.join("src/main.rs"),
        "#[picsart_error_codes_macros::error_codes(path = \"codes.toml\")]\n\
         #[derive(Debug, Clone, Copy)]\nenum Code {}\n\n\
         fn main() {\n    let statuses: Vec<u16> = Code::ALL.iter().map(Code::as_u16).collect();\n    println!(\"{statuses:?}\");\n}\n",
    )
    .unwrap();
    std::fs::write(dir.join("codes.toml"), ONE_ROW).unwrap();
}

fn run(dir: &Path, target: &Path) -> String {
    let output = cargo(dir, target, &["run", "--quiet"]);
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[test]
fn editing_the_table_rebuilds_the_consumer_but_not_the_macro() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild");
    let dir = root.join("consumer");
    let target = root.join("target");
    let _ = std::fs::remove_dir_all(&dir);
    write_consumer(&dir);
    assert_eq!(run(&dir, &target), "[404]");

    let mut table = std::fs::read_to_string(dir.join("codes.toml")).unwrap();
    table.push_str(SECOND_ROW);
    std::fs::write(dir.join("codes.toml"), table).unwrap();

    let build = cargo(&dir, &target, &["build", "--verbose"]);
    let log = String::from_utf8_lossy(&build.stderr);
    assert!(
        log.contains("Fresh picsart-error-codes-macros"),
        "the macro crate was rebuilt:\n{log}"
    );
    assert!(
        log.contains("Compiling rebuild-consumer"),
        "the consumer was not rebuilt:\n{log}"
    );
    assert_eq!(run(&dir, &target), "[404, 503]");
}
