#[picsart_error_codes_macros::error_codes(path = "ui/tables/blank-description.toml")]
pub enum ErrorCode {}

fn main() {}
