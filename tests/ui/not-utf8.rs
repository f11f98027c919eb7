#[picsart_error_codes_macros::error_codes(path = "ui/tables/not-utf8.toml")]
pub enum ErrorCode {}

fn main() {}
