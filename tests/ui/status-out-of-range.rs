#[picsart_error_codes_macros::error_codes(path = "ui/tables/status-out-of-range.toml")]
pub enum ErrorCode {}

fn main() {}
