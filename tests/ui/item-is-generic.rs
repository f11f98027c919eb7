#[picsart_error_codes_macros::error_codes(path = "../error-codes.toml")]
pub enum ErrorCode<T> {}

fn main() {}
