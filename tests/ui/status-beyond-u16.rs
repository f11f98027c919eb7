#[picsart_error_codes_macros::error_codes(path = "ui/tables/status-beyond-u16.toml")]
pub enum ErrorCode {}

fn main() {}
