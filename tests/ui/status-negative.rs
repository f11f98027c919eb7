#[picsart_error_codes_macros::error_codes(path = "ui/tables/status-negative.toml")]
pub enum ErrorCode {}

fn main() {}
