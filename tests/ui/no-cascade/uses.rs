// Code that uses the enum in every way a crate can, included by each `no-cascade-*.rs`
// case after its broken `#[error_codes]` enum. None of it may add an error: the only
// errors are the table's (or the attribute's), and the real type error each case has.
// `no-cascade-control.rs` proves that it compiles when the table is valid.

/// The crate's own trait, implemented for the enum.
pub trait Describe {
    /// Describes the code.
    fn describe(&self) -> ::std::string::String;
}

impl Describe for ErrorCode {
    fn describe(&self) -> ::std::string::String {
        ::std::format!("{} ({})", self, self.description())
    }
}

impl ErrorCode {
    /// An inherent method of the crate's own.
    #[must_use]
    pub const fn is_not_found(&self) -> bool {
        ::core::matches!(self, ErrorCode::NotFound)
    }

    /// An associated constant of the crate's own.
    pub const FAVOURITE: ErrorCode = ErrorCode::TooManyRequests;
}

/// The enum stored in a derived struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Failure {
    /// The code.
    pub code: ErrorCode,
    /// A second one.
    pub cause: ::core::option::Option<ErrorCode>,
}

/// The enum and the generated error type in a derived enum.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A code.
    Code(ErrorCode),
    /// A status not in the table, or a text that names no code.
    Invalid(InvalidErrorCode),
}

/// Matches variants by name.
#[must_use]
pub fn advice(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::NotFound => "check the URL",
        ErrorCode::TooManyRequests | ErrorCode::ServiceUnavailable => "wait",
        _ => "read the description",
    }
}

/// A constant and a static of the enum.
pub const DEFAULT: ErrorCode = ErrorCode::NotFound;
/// Every code, twice.
pub static TWICE: [&[ErrorCode]; 2] = [ErrorCode::ALL, ErrorCode::ALL];

/// Calls every generated method and conversion.
pub fn every_method(code: ErrorCode) -> ::std::vec::Vec<::std::string::String> {
    let status: u16 = code.as_u16();
    let back: ::core::option::Option<ErrorCode> = ErrorCode::from_u16(status);
    let parsed: ::core::result::Result<ErrorCode, InvalidErrorCode> = "teapot".parse();
    let tried: ::core::result::Result<ErrorCode, InvalidErrorCode> = ErrorCode::try_from(status);
    let number: u16 = u16::from(code) + code as u16;
    let flags = [
        code.is_retryable(),
        code.is_success(),
        code.is_client_error(),
        code.is_server_error(),
    ];
    ::std::vec![
        ::std::format!("{code} {code:?} {back:?} {parsed:?} {number} {flags:?}"),
        code.to_string(),
        code.name().to_owned(),
        code.reason_phrase().to_owned(),
        code.description().to_owned(),
        tried.map_err(|e| e.describe()).map(|c| c.describe()).unwrap_or_default(),
        ::std::format!("{}", ErrorCode::ALL.len()),
        InvalidErrorCode::clone(&parsed.unwrap_err()).input().to_owned(),
    ]
}

// The generated error type next to the enum: inherent methods of the same name on both,
// the crate's trait on both, and conversions from both into the crate's error.

impl InvalidErrorCode {
    /// Shares its name with the enum's method of the crate's own below.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        "invalid"
    }
}

impl ErrorCode {
    /// Shares its name with the error type's method above.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        "code"
    }
}

impl Describe for InvalidErrorCode {
    fn describe(&self) -> ::std::string::String {
        ::std::format!("{self} {}", self.kind())
    }
}

/// The crate's error, converted from the enum and from its error type.
#[derive(Debug)]
pub enum AppError {
    /// A code.
    Code(ErrorCode),
    /// A status not in the table, or a text that names no code.
    Invalid(InvalidErrorCode),
}

impl ::core::convert::From<ErrorCode> for AppError {
    fn from(code: ErrorCode) -> Self {
        AppError::Code(code)
    }
}

impl ::core::convert::From<InvalidErrorCode> for AppError {
    fn from(error: InvalidErrorCode) -> Self {
        AppError::Invalid(error)
    }
}

/// `?` through the conversions, closures, trait objects, generic bounds and collections.
pub fn conversions(text: &str) -> ::core::result::Result<ErrorCode, AppError> {
    let code: ErrorCode = text.parse()?;
    let again = ErrorCode::try_from(code.as_u16())?;
    let shown: &dyn ::core::fmt::Display = &again;
    let to_status = |code: ErrorCode| code as u16;
    let mut seen = ::std::collections::HashMap::<::core::option::Option<ErrorCode>, u16>::new();
    for code in ErrorCode::ALL.iter().copied() {
        seen.insert(::core::option::Option::Some(code), to_status(code));
    }
    if parse_as::<ErrorCode>(&shown.to_string()).is_none() || seen.is_empty() {
        return ::core::result::Result::Err(again.into());
    }
    ::core::result::Result::Ok(again)
}

/// A generic function bounded by traits the enum implements.
pub fn parse_as<T: ::core::fmt::Display + ::core::str::FromStr>(
    text: &str,
) -> ::core::option::Option<::std::string::String> {
    text.parse::<T>().ok().map(|value| value.to_string())
}

/// An array sized by the table, and a layout assertion.
pub static STATUSES: [u16; ErrorCode::ALL.len()] = [0; ErrorCode::ALL.len()];
const _: () = ::core::assert!(::core::mem::size_of::<ErrorCode>() == 2);
