#[picsart_error_codes_macros::error_codes(path = "ui/tables/name-keyword.toml")]
pub enum ErrorCode {}

fn main() {}
