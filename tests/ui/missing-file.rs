#[picsart_error_codes_macros::error_codes(path = "ui/tables/missing-file.toml")]
pub enum ErrorCode {}

fn main() {}
