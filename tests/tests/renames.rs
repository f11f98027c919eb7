//! `formerly` and `aliases` as a downstream crate sees them, for the real table and for
//! `tables/renames.toml`: each former name parses to the renamed code, and `aliases()`
//! gives the table's aliases in table order. Expectations come from the tables' files.

use std::path::Path;

use picsart_error_codes::ErrorCode;
use picsart_error_codes_tests::Renamed;

/// A row's status, former names and aliases, as the file says.
struct Row {
    status: u16,
    formerly: Vec<String>,
    aliases: Vec<String>,
}

fn rows(path: &str) -> Vec<Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&path).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    let strings = |row: &toml::Table, key: &str| -> Vec<String> {
        (row.get(key)
            .and_then(toml::Value::as_array)
            .into_iter()
            .flatten())
        .map(|value| value.as_str().unwrap().to_owned())
        .collect()
    };
    (table["code"].as_array().unwrap().iter())
        .map(|row| {
            let row = row.as_table().unwrap();
            Row {
                status: u16::try_from(row["status"].as_integer().unwrap()).unwrap(),
                formerly: strings(row, "formerly"),
                aliases: strings(row, "aliases"),
            }
        })
        .collect()
}

#[test]
fn former_names_parse_to_the_renamed_code() {
    let rows = rows("tables/renames.toml");
    assert!(
        rows.iter().any(|row| !row.formerly.is_empty()),
        "the table renames something"
    );
    for row in &rows {
        let code = Renamed::from_u16(row.status).unwrap();
        for former in &row.formerly {
            assert_eq!(former.parse::<Renamed>(), Ok(code), "{former}");
            // `name()` is the name of today, and it parses too.
            assert_ne!(code.name(), former);
            assert_eq!(code.name().parse::<Renamed>(), Ok(code));
        }
    }
}

#[test]
fn aliases_are_the_tables_other_reason_phrases_and_do_not_parse() {
    for row in rows("tables/renames.toml") {
        let code = Renamed::from_u16(row.status).unwrap();
        assert_eq!(code.aliases(), row.aliases, "{code}");
        for alias in code.aliases() {
            assert!(alias.parse::<Renamed>().is_err(), "{alias}");
        }
    }
    for row in rows("../error-codes.toml") {
        let code = ErrorCode::from_u16(row.status).unwrap();
        assert_eq!(code.aliases(), row.aliases, "{code}");
        assert!(!code.aliases().contains(&code.reason_phrase()), "{code}");
    }
}
