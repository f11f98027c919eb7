#[picsart_error_codes_macros::error_codes(path = "ui/tables/empty-message.toml")]
pub enum ErrorCode {}

fn main() {}
