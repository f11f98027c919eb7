#[picsart_error_codes_macros::error_codes(path = "../error-codes.toml")]
#[repr(u8)]
pub enum ErrorCode {}

fn main() {}
