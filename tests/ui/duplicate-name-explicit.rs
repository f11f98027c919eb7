#[picsart_error_codes_macros::error_codes(path = "ui/tables/duplicate-name-explicit.toml")]
pub enum ErrorCode {}

fn main() {}
