/// Error codes of a small API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
///
/// # Codes
///
/// | Status | Variant | Reason phrase | Retryable |
/// |---:|---|---|:---:|
/// | 200 | [`Ok`](Self::Ok) | OK | no |
/// | 404 | [`NotFound`](Self::NotFound) | Not Found | no |
/// | 413 | [`ContentTooLarge`](Self::ContentTooLarge) | Content Too Large | no |
/// | 503 | [`ServiceUnavailable`](Self::ServiceUnavailable) | Service Unavailable | yes |
#[repr(u16)]
pub enum ErrorCode {
    /// **200 OK**
    ///
    /// A success row: the one class `is_success` answers for.
    Ok = 200,
    /// **404 Not Found**
    ///
    /// A client error with a derived name and Markdown: `code`, *emphasis*, a link to
    /// <https://example.com/404> and a fenced block.
    ///
    /// ```text
    /// curl -i https://example.com/missing
    /// ```
    NotFound = 404,
    /// **413 Content Too Large**
    ///
    /// A row with an explicit `name`, a former name and another reason phrase.
    ///
    /// Also known as *Payload Too Large*.
    ///
    /// Formerly named `PayloadTooLarge`: that name still works, deprecated.
    ContentTooLarge = 413,
    /// **503 Service Unavailable**
    ///
    /// A retryable server error.
    ///
    /// Retryable: the same request may succeed if sent again later.
    ServiceUnavailable = 503,
}
const _: &[::core::primitive::u8] = ::core::include_bytes!("$DIR/table.toml");
impl ErrorCode {
    /// The former name of [`ContentTooLarge`](Self::ContentTooLarge), 413 Content Too Large: code written against it still builds, with a deprecation warning. Use `ContentTooLarge`.
    #[deprecated(note = "renamed to `ContentTooLarge`")]
    #[allow(non_upper_case_globals)]
    pub const PayloadTooLarge: Self = Self::ContentTooLarge;
    /// Every code of the table, in table order.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let all = ErrorCode::ALL;
    /// assert_eq!(all.len(), 4);
    /// assert!(all.iter().any(|code| code.as_u16() == 404));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::Ok,
        Self::NotFound,
        Self::ContentTooLarge,
        Self::ServiceUnavailable,
    ];
    /// The HTTP status of this code, which is also its discriminant.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert_eq!(code.as_u16(), 404);
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_u16(&self) -> ::core::primitive::u16 {
        match self {
            Self::Ok => 200,
            Self::NotFound => 404,
            Self::ContentTooLarge => 413,
            Self::ServiceUnavailable => 503,
        }
    }
    /// The code of an HTTP status, or `None` if the table has no such status.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::from_u16(404);
    /// assert_eq!(code.map(|code| code.name()), Some("NotFound"));
    /// // Not an HTTP status, so in no table:
    /// assert!(ErrorCode::from_u16(999).is_none());
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_u16(
        status: ::core::primitive::u16,
    ) -> ::core::option::Option<Self> {
        let index = status.wrapping_sub(100) as ::core::primitive::usize;
        let index = if index < 500 { index } else { 500 };
        match &Self::__ERROR_CODES_BY_STATUS[index] {
            ::core::option::Option::Some(Self::Ok) => {
                ::core::option::Option::Some(Self::Ok)
            }
            ::core::option::Option::Some(Self::NotFound) => {
                ::core::option::Option::Some(Self::NotFound)
            }
            ::core::option::Option::Some(Self::ContentTooLarge) => {
                ::core::option::Option::Some(Self::ContentTooLarge)
            }
            ::core::option::Option::Some(Self::ServiceUnavailable) => {
                ::core::option::Option::Some(Self::ServiceUnavailable)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The variant's name, as `FromStr` accepts it.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert_eq!(code.name(), "NotFound");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Ok => "Ok",
            Self::NotFound => "NotFound",
            Self::ContentTooLarge => "ContentTooLarge",
            Self::ServiceUnavailable => "ServiceUnavailable",
        }
    }
    /// The reason phrase of this code, as the table documents it: the text after the status in a status line (RFC 9110), as in `404 Not Found`.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert_eq!(code.reason_phrase(), "Not Found");
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Ok => "OK",
            Self::NotFound => "Not Found",
            Self::ContentTooLarge => "Content Too Large",
            Self::ServiceUnavailable => "Service Unavailable",
        }
    }
    /// Other reason phrases of this code, as the table lists them (`aliases`): older or newer names of the status that responses, logs and other documents use, such as RFC 9110's `Content Too Large` for what RFC 7231 called `Payload Too Large`. Empty if the table lists none; the reason phrase itself is not among them. `FromStr` accepts none of them (nor the reason phrase): they are words for people, looked up forgivingly by `picsart-explain`.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(code.aliases().is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub const fn aliases(&self) -> &'static [&'static ::core::primitive::str] {
        match self {
            Self::Ok => &[],
            Self::NotFound => &[],
            Self::ContentTooLarge => &["Payload Too Large"],
            Self::ServiceUnavailable => &[],
        }
    }
    /// What this code means and what the caller should do, in Markdown, as written in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(!code.description().is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub const fn description(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Ok => "A success row: the one class `is_success` answers for.",
            Self::NotFound => {
                "A client error with a derived name and Markdown: `code`, *emphasis*, a link to\n<https://example.com/404> and a fenced block.\n\n```\ncurl -i https://example.com/missing\n```"
            }
            Self::ContentTooLarge => {
                "A row with an explicit `name`, a former name and another reason phrase."
            }
            Self::ServiceUnavailable => "A retryable server error.",
        }
    }
    /// Whether sending the same request again later may succeed.
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(!code.is_retryable());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_retryable(&self) -> ::core::primitive::bool {
        match self {
            Self::Ok => false,
            Self::NotFound => false,
            Self::ContentTooLarge => false,
            Self::ServiceUnavailable => true,
        }
    }
    /// Whether this is a success status (`200..=299`).
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(!code.is_success());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_success(&self) -> ::core::primitive::bool {
        200 <= self.as_u16() && self.as_u16() <= 299
    }
    /// Whether this is a client error status (`400..=499`).
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(code.is_client_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_client_error(&self) -> ::core::primitive::bool {
        400 <= self.as_u16() && self.as_u16() <= 499
    }
    /// Whether this is a server error status (`500..=599`).
    ///
    /// # Examples
    ///
    /// ```
    /// use my_crate::ErrorCode;
    ///
    /// let code = ErrorCode::NotFound;
    /// assert!(!code.is_server_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_server_error(&self) -> ::core::primitive::bool {
        500 <= self.as_u16() && self.as_u16() <= 599
    }
    /// Entry `i` is the code of status `100 + i`, if any; one more `None` at the end
    /// stands for every status outside 100..=599.
    const __ERROR_CODES_BY_STATUS: &'static [::core::option::Option<Self>; 500 + 1] = &[
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::Ok),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::NotFound),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::ContentTooLarge),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::ServiceUnavailable),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
    ];
    /// `from_str` for anything but three digits: a variant name or an error. Out
    /// of line so that the path for numbers inlines into the caller.
    #[inline(never)]
    fn __error_codes_from_name(
        text: &::core::primitive::str,
    ) -> ::core::result::Result<Self, InvalidErrorCode> {
        match text {
            "Ok" => ::core::result::Result::Ok(Self::Ok),
            "NotFound" => ::core::result::Result::Ok(Self::NotFound),
            "ContentTooLarge" => ::core::result::Result::Ok(Self::ContentTooLarge),
            "ServiceUnavailable" => ::core::result::Result::Ok(Self::ServiceUnavailable),
            "PayloadTooLarge" => ::core::result::Result::Ok(Self::ContentTooLarge),
            _ => ::core::result::Result::Err(InvalidErrorCode::new(text)),
        }
    }
    /// The display text of this code, `"<status> <reason phrase>"`.
    const fn __error_codes_display(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Ok => "200 OK",
            Self::NotFound => "404 Not Found",
            Self::ContentTooLarge => "413 Content Too Large",
            Self::ServiceUnavailable => "503 Service Unavailable",
        }
    }
}
/// Writes the status, one space and the reason phrase, such as `404 Not Found`. Width, fill and alignment apply to the whole text (`{:>24}`).
///
/// # Examples
///
/// ```
/// use my_crate::ErrorCode;
///
/// let code = ErrorCode::NotFound;
/// assert_eq!(code.to_string(), "404 Not Found");
/// ```
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(self.__error_codes_display())
    }
}
/// The HTTP status of a code, as [`ErrorCode::as_u16`] gives it.
///
/// # Examples
///
/// ```
/// use my_crate::ErrorCode;
///
/// let code = ErrorCode::NotFound;
/// assert_eq!(u16::from(code), 404);
/// ```
impl ::core::convert::From<ErrorCode> for ::core::primitive::u16 {
    #[inline]
    fn from(code: ErrorCode) -> Self {
        code.as_u16()
    }
}
/// The code of an HTTP status, as [`ErrorCode::from_u16`] finds it; any `u16` the table does not have, including those outside `100..=599`, is an [`InvalidErrorCode`] error holding the status.
///
/// # Examples
///
/// ```
/// use my_crate::ErrorCode;
///
/// let code = ErrorCode::try_from(404);
/// assert_eq!(code.map(|code| code.as_u16()), Ok(404));
/// assert!(ErrorCode::try_from(999).is_err());
/// ```
impl ::core::convert::TryFrom<::core::primitive::u16> for ErrorCode {
    type Error = InvalidErrorCode;
    #[inline]
    fn try_from(
        status: ::core::primitive::u16,
    ) -> ::core::result::Result<Self, InvalidErrorCode> {
        match Self::from_u16(status) {
            ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
            ::core::option::Option::None => {
                ::core::result::Result::Err(InvalidErrorCode::from_status(status))
            }
        }
    }
}
/// Parses a code from its status or its variant name.
///
/// Exactly two forms are accepted: the status as three ASCII digits, such as `"404"`, and the variant name as [`ErrorCode::name`] gives it, such as `"NotFound"`, in the same letter case, or a name the variant had before a rename (the table's `formerly`), which gives the renamed code, so values stored by name keep parsing. Nothing else is: no surrounding whitespace, sign or leading zero, neither the reason phrase, its [aliases](Self::aliases) nor the `Display` text (`404 Not Found`) as such, and no status the table does not have. The error is an [`InvalidErrorCode`] holding the rejected text.
///
/// # Examples
///
/// ```
/// use my_crate::ErrorCode;
///
/// let code = "404".parse::<ErrorCode>();
/// assert_eq!(code.map(|code| code.as_u16()), Ok(404));
/// let name = "NotFound";
/// let code = name.parse::<ErrorCode>();
/// assert_eq!(code.map(|code| code.as_u16()), Ok(404));
/// // Renamed to ContentTooLarge, and still parsed:
/// let code = "PayloadTooLarge".parse::<ErrorCode>();
/// assert_eq!(code.map(|code| code.as_u16()), Ok(413));
/// for text in [
///     "notfound",
///     " 404",
///     "0404",
///     "+404",
///     "404 Not Found",
///     "Not Found",
/// ] {
///     assert!(text.parse::<ErrorCode>().is_err());
/// }
/// ```
impl ::core::str::FromStr for ErrorCode {
    type Err = InvalidErrorCode;
    #[inline]
    fn from_str(
        text: &::core::primitive::str,
    ) -> ::core::result::Result<Self, InvalidErrorCode> {
        match *text.as_bytes() {
            [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
                let status = (a - b'0') as ::core::primitive::u16 * 100
                    + (b - b'0') as ::core::primitive::u16 * 10
                    + (c - b'0') as ::core::primitive::u16;
                match Self::from_u16(status) {
                    ::core::option::Option::Some(code) => {
                        ::core::result::Result::Ok(code)
                    }
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(InvalidErrorCode {
                            input: [a, b, c, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                            len: 3,
                            truncated: false,
                        })
                    }
                }
            }
            _ => Self::__error_codes_from_name(text),
        }
    }
}
/// The error of `ErrorCode::try_from(u16)` and of parsing a `ErrorCode`: the status or the text is no code of the table. [`input`](Self::input) gives what was rejected.
///
/// # Examples
///
/// ```
/// use my_crate::ErrorCode;
///
/// let err = ErrorCode::try_from(999).unwrap_err();
/// assert_eq!(err.input(), "999");
/// let err = "Teapot".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(err.input(), "Teapot");
/// let text = err.to_string();
/// assert!(text.starts_with("unknown error code \"Teapot\""));
/// ```
#[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq)]
pub struct InvalidErrorCode {
    input: [::core::primitive::u8; 12],
    len: ::core::primitive::u8,
    truncated: ::core::primitive::bool,
}
impl InvalidErrorCode {
    fn new(text: &::core::primitive::str) -> Self {
        let bytes = text.as_bytes();
        let mut input = [0; 12];
        match bytes.len() {
            0 => {}
            n @ 1..=3 => {
                input[0] = bytes[0];
                input[n / 2] = bytes[n / 2];
                input[n - 1] = bytes[n - 1];
            }
            n @ 4..=7 => {
                input[..4].copy_from_slice(&bytes[..4]);
                input[n - 4..n].copy_from_slice(&bytes[n - 4..n]);
            }
            n @ 8..=11 => {
                input[..8].copy_from_slice(&bytes[..8]);
                input[n - 4..n].copy_from_slice(&bytes[n - 4..n]);
            }
            _ => input.copy_from_slice(&bytes[..12]),
        }
        let mut len = if bytes.len() < 12 { bytes.len() } else { 12 };
        while !text.is_char_boundary(len) {
            len -= 1;
            input[len] = 0;
        }
        Self {
            input,
            len: len as ::core::primitive::u8,
            truncated: len < bytes.len(),
        }
    }
    fn from_status(status: ::core::primitive::u16) -> Self {
        let mut input = [0; 12];
        let mut len = 0;
        let mut divisor: ::core::primitive::u16 = 10_000;
        while divisor > 1 && status / divisor == 0 {
            divisor /= 10;
        }
        while divisor > 0 {
            input[len] = b'0' + (status / divisor % 10) as ::core::primitive::u8;
            len += 1;
            divisor /= 10;
        }
        Self {
            input,
            len: len as ::core::primitive::u8,
            truncated: false,
        }
    }
    /// What was rejected: the status, in decimal, or the text, or its first 12
    /// bytes (cut at a character boundary) if it was longer; `Display` then adds
    /// `...`.
    #[must_use]
    pub fn input(&self) -> &::core::primitive::str {
        ::core::str::from_utf8(&self.input[..self.len as ::core::primitive::usize])
            .unwrap_or_default()
    }
}
/// Shows the rejected input (at most its first 12 bytes, cut at a character boundary) and whether it was longer, as `InvalidErrorCode { input: "Tea", truncated: false }`.
impl ::core::fmt::Debug for InvalidErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.debug_struct(::core::stringify!(InvalidErrorCode))
            .field("input", &self.input())
            .field("truncated", &self.truncated)
            .finish()
    }
}
/// Writes `unknown error code "<input>": expected a status such as ... or a name such as ...`, with at most the input's first 12 bytes (cut at a character boundary) and `...` after them if it was longer, and an example of each accepted form taken from the table.
impl ::core::fmt::Display for InvalidErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        let ellipsis = if self.truncated { "..." } else { "" };
        ::core::write!(
            f, "unknown error code {:?}{}: {}", self.input(), ellipsis,
            "expected a status such as 404 or a name such as NotFound"
        )
    }
}
/// An error with no source: the rejected input is the whole story.
impl ::core::error::Error for InvalidErrorCode {}
