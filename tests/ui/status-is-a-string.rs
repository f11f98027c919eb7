#[picsart_error_codes_macros::error_codes(path = "ui/tables/status-is-a-string.toml")]
pub enum ErrorCode {}

fn main() {}
