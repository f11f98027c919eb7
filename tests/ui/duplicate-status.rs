#[picsart_error_codes_macros::error_codes(path = "ui/tables/duplicate-status.toml")]
pub enum ErrorCode {}

fn main() {}
