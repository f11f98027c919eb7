//! Editing the table is enough for a plain `cargo build` to pick it up: the crate that
//! uses the macro is rebuilt, the macro crate is not. And the table is all the macro reads
//! besides the crate's directory: rustc records it among the crate's inputs, and the
//! environment variable earlier versions read as a second table directory changes nothing.
//!
//! Builds small consumer crates in a temporary directory with the real cargo, edits their
//! table or environment, and builds again.

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

fn write_consumer(dir: &Path, name: &str) {
    let macros = workspace().join("macros");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\npicsart-error-codes-macros = {{ path = {:?} }}\n\n[workspace]\n",
            macros.display().to_string(),
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
    write_consumer(&dir, "rebuild-consumer");
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

#[test]
fn the_table_is_an_input_rustc_records_and_no_environment_variable_is() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild");
    let dir = root.join("inputs-consumer");
    // The target directory of the other test: the macro is built once.
    let target = root.join("target");
    let _ = std::fs::remove_dir_all(&dir);
    write_consumer(&dir, "inputs-consumer");
    assert_eq!(run(&dir, &target), "[404]");

    // rustc's dep-info for the consumer lists the table: cargo rebuilds when it changes.
    let deps = target.join("debug/deps");
    let dep_info = (std::fs::read_dir(&deps).unwrap())
        .map(|entry| entry.unwrap().path())
        .find(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.starts_with("inputs_consumer-") && name.ends_with(".d")
        })
        .expect("the consumer's dep-info");
    let dep_info = std::fs::read_to_string(dep_info).unwrap();
    let table = dir.join("codes.toml").display().to_string();
    assert!(dep_info.contains(&table), "{table} not in:\n{dep_info}");

    // Earlier versions looked for a table missing from the crate's directory in
    // `PICSART_ERROR_CODES_TABLE_DIR`, which rustc did not track, so switching it left a
    // stale build. Now a table is read from the crate's directory only: with the table
    // gone and the variable pointing at another one, the build reruns the macro and fails.
    let elsewhere = root.join("inputs-elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(
        elsewhere.join("codes.toml"),
        format!("{ONE_ROW}{SECOND_ROW}"),
    )
    .unwrap();
    std::fs::remove_file(dir.join("codes.toml")).unwrap();
    let build = scratch::cargo(&dir, &target)
        .arg("build")
        .env("PICSART_ERROR_CODES_TABLE_DIR", &elsewhere)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&build.stderr);
    assert!(!build.status.success(), "built from another table:\n{log}");
    let missing = format!("cannot read the error-code table `{table}`");
    assert!(log.contains(&missing), "{log}");
}
