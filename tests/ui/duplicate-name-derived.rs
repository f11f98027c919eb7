#[picsart_error_codes_macros::error_codes(path = "ui/tables/duplicate-name-derived.toml")]
pub enum ErrorCode {}

fn main() {}
