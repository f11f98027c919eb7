//! README.md shows the table of codes; this fails when it drifts from error-codes.toml.

use picsart_error_codes::ErrorCode;

const START: &str = "<!-- codes:start";
const END: &str = "<!-- codes:end -->";

/// The table README.md should show, built from the generated enum.
fn expected_table() -> String {
    let mut table =
        String::from("| Status | Variant | Reason phrase | Retryable |\n|---:|---|---|:---:|\n");
    for code in ErrorCode::ALL {
        let retryable = if code.is_retryable() { "yes" } else { "no" };
        table += &format!(
            "| {} | `{}` | {} | {retryable} |\n",
            code.as_u16(),
            code.name(),
            code.reason_phrase()
        );
    }
    table
}

#[test]
fn readme_table_matches_error_codes_toml() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find(START)
        .expect("README has the codes:start marker");
    let body_start = start + readme[start..].find('\n').expect("marker line ends") + 1;
    let end = readme.find(END).expect("README has the codes:end marker");
    let expected = expected_table();
    assert!(
        readme[body_start..end] == expected,
        "README.md's table of codes is out of date; replace it with:\n\n{expected}"
    );
}
