#[picsart_error_codes_macros::error_codes(path = "../error-codes.toml", path = "../error-codes.toml")]
pub enum ErrorCode {}

fn main() {}
