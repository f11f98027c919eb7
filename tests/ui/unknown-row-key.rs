#[picsart_error_codes_macros::error_codes(path = "ui/tables/unknown-row-key.toml")]
pub enum ErrorCode {}

fn main() {}
