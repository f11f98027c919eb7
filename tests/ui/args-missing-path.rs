#[picsart_error_codes_macros::error_codes]
pub enum ErrorCode {}

fn main() {}
