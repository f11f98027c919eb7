#[picsart_error_codes_macros::error_codes(path = "ui/tables/name-not-derivable.toml")]
pub enum ErrorCode {}

fn main() {}
