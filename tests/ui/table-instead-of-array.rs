#[picsart_error_codes_macros::error_codes(path = "ui/tables/table-instead-of-array.toml")]
pub enum ErrorCode {}

fn main() {}
