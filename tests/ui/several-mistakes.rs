#[picsart_error_codes_macros::error_codes(path = "ui/tables/several-mistakes.toml")]
pub enum ErrorCode {}

fn main() {}
