#[picsart_error_codes_macros::error_codes(path = "ui/tables/name-not-an-identifier.toml")]
pub enum ErrorCode {}

fn main() {}
