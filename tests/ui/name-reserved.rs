#[picsart_error_codes_macros::error_codes(path = "ui/tables/name-reserved.toml")]
pub enum ErrorCode {}

fn main() {}
