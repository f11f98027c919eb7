#[picsart_error_codes_macros::error_codes(path = "ui/tables/no-codes.toml")]
pub enum ErrorCode {}

fn main() {}
