#[picsart_error_codes_macros::error_codes(path = "ui/tables/toml-unterminated-string.toml")]
pub enum ErrorCode {}

fn main() {}
