#[picsart_error_codes_macros::error_codes(path = 404)]
pub enum ErrorCode {}

fn main() {}
