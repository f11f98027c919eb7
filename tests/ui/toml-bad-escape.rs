#[picsart_error_codes_macros::error_codes(path = "ui/tables/toml-bad-escape.toml")]
pub enum ErrorCode {}

fn main() {}
