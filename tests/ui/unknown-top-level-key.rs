#[picsart_error_codes_macros::error_codes(path = "ui/tables/unknown-top-level-key.toml")]
pub enum ErrorCode {}

fn main() {}
