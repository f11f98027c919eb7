#[picsart_error_codes_macros::error_codes(path = "../error-codes.toml")]
pub struct ErrorCode;

fn main() {}
