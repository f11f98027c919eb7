#[picsart_error_codes_macros::error_codes(path = "../error-codes.toml", file = "x.toml")]
pub enum ErrorCode {}

fn main() {}
