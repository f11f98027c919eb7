#[picsart_error_codes_macros::error_codes(path = "ui/tables/toml-duplicate-key.toml")]
pub enum ErrorCode {}

fn main() {}
