/// Error codes of the Picsart Creative APIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
///
/// # Codes
///
/// | Status | Variant | Reason phrase | Retryable |
/// |---:|---|---|:---:|
/// | 200 | [`Success`](Self::Success) | Success | no |
/// | 400 | [`BadRequest`](Self::BadRequest) | Bad Request | no |
/// | 401 | [`Unauthorized`](Self::Unauthorized) | Unauthorized | no |
/// | 402 | [`PaymentRequired`](Self::PaymentRequired) | Payment Required | no |
/// | 403 | [`Forbidden`](Self::Forbidden) | Forbidden | no |
/// | 404 | [`NotFound`](Self::NotFound) | Not Found | no |
/// | 405 | [`MethodNotAllowed`](Self::MethodNotAllowed) | Method Not Allowed | no |
/// | 406 | [`NotAcceptable`](Self::NotAcceptable) | Not Acceptable | no |
/// | 413 | [`RequestEntityTooLarge`](Self::RequestEntityTooLarge) | Request Entity Too Large | no |
/// | 415 | [`UnsupportedMediaType`](Self::UnsupportedMediaType) | Unsupported Media Type | no |
/// | 422 | [`UnprocessableContent`](Self::UnprocessableContent) | Unprocessable Content | no |
/// | 429 | [`TooManyRequests`](Self::TooManyRequests) | Too Many Requests | yes |
/// | 431 | [`RequestHeaderFieldsTooLarge`](Self::RequestHeaderFieldsTooLarge) | Request Header Fields Too Large | no |
/// | 500 | [`InternalServerError`](Self::InternalServerError) | Internal Server Error | yes |
/// | 503 | [`ServiceUnavailable`](Self::ServiceUnavailable) | Service Unavailable | yes |
#[repr(u16)]
pub enum ErrorCode {
    /// **200 Success**
    ///
    /// The request went through and the server handled it; the response body holds the result.
    /// This is the one non-error row of the table, kept so that every status the API documents
    /// has a name.
    Success = 200,
    /// **400 Bad Request**
    ///
    /// The server could not make sense of the request: its syntax is broken, or its parameters
    /// are wrong, missing or do not meet the endpoint's requirements. A body that is not the
    /// JSON the endpoint expects also lands here.
    ///
    /// Check the request against the endpoint's reference: every required parameter present,
    /// each in the documented format, and only one image source (`image`, `image_url` or
    /// `image_id`). Sending the same request again will not help.
    BadRequest = 400,
    /// **401 Unauthorized**
    ///
    /// Despite the standard name, this means *unauthenticated*: the server does not know who is
    /// calling. The API key is missing or is not valid.
    ///
    /// Send your key with every request, either in the `X-Picsart-API-Key` request header or as a
    /// parameter of the query string, and check that it is the key shown in your account.
    Unauthorized = 401,
    /// **402 Payment Required**
    ///
    /// The account cannot pay for the call: every pre-purchased credit has been spent, or the
    /// subscription reached its limit and overdraft is not turned on. Free accounts begin with
    /// only a few demonstration credits.
    ///
    /// Buy more credits, raise the subscription or enable overdraft before calling again;
    /// retrying unchanged only fails again.
    PaymentRequired = 402,
    /// **403 Forbidden**
    ///
    /// The server knows who is calling (unlike 401) but that caller has no right to the requested
    /// resource, so it refuses to serve it.
    ///
    /// Review the permissions granted to the user or API key behind the request and make sure
    /// they cover this resource or endpoint.
    Forbidden = 403,
    /// **404 Not Found**
    ///
    /// Nothing exists at the requested address, or the API being called does not exist.
    ///
    /// Check the spelling of the URL, the API name and its version: calling a revision of an API
    /// that is not (or no longer) offered is a common cause.
    NotFound = 404,
    /// **405 Method Not Allowed**
    ///
    /// The endpoint exists but does not accept the HTTP method used, such as a `GET` sent to a
    /// call that only takes `POST`.
    ///
    /// Look up which methods the endpoint allows and send the request with one of them.
    MethodNotAllowed = 405,
    /// **406 Not Acceptable**
    ///
    /// The server can only produce content that the request's `Accept` header says the client
    /// cannot take. The APIs answer in JSON.
    ///
    /// Today a missing `Accept` header, or one without `application/json`, is tolerated and the
    /// request is still processed, but Picsart plans to enforce it: a request that does not accept
    /// JSON will then be refused. Always send `Accept: application/json`.
    NotAcceptable = 406,
    /// **413 Request Entity Too Large**
    ///
    /// The request is bigger than the server is willing to take.
    ///
    /// Make the payload smaller, or send a large one with chunked transfer encoding. The largest
    /// file each service accepts is given in Picsart's *Input and Output Formats* page: at most
    /// 100 MB per file, lower for some services.
    ///
    /// Also known as *Content Too Large* and *Payload Too Large*.
    RequestEntityTooLarge = 413,
    /// **415 Unsupported Media Type**
    ///
    /// The server does not support the format of the data sent, so it turns the request down.
    ///
    /// It usually comes from a `POST` or `PUT` whose `Content-Type` header is wrong, for instance
    /// `text/xml` sent to an endpoint that only reads JSON: set `Content-Type` to what the
    /// endpoint expects. On a `GET`, state the wanted format with the `Accept` header rather than
    /// `Content-Type`.
    UnsupportedMediaType = 415,
    /// **422 Unprocessable Content**
    ///
    /// The request is well formed and of a supported content type, but its instructions cannot be
    /// carried out: a parameter failed the endpoint's validation rules, for example a value of
    /// the wrong type or out of range.
    ///
    /// Typical cases: asking for an output format the APIs do not produce, such as TIFF (outputs
    /// are JPG, PNG or WEBP), or an input image URL that the server could not fetch because it
    /// answered 404 Not Found or 429 Too Many Requests. Fix the parameters before sending again.
    ///
    /// Also known as *Unprocessable Entity*.
    UnprocessableContent = 422,
    /// **429 Too Many Requests**
    ///
    /// The caller went over its rate limit or quota: too many requests in the current time
    /// window.
    ///
    /// Slow down and send requests one after another rather than in parallel. Wait until the
    /// window resets (the `X-Picsart-Ratelimit-Reset-Time` response header tells how many seconds
    /// remain) before trying again, and keep to the rate limits Picsart sets for your plan. When
    /// the quota itself is used up, waiting a few seconds will not help.
    ///
    /// Also known as *Too Many Request*.
    ///
    /// Retryable: the same request may succeed if sent again later.
    TooManyRequests = 429,
    /// **431 Request Header Fields Too Large**
    ///
    /// The request's headers, taken together or one of them alone, are larger than the server
    /// accepts.
    ///
    /// Drop headers that are not needed and shorten the long ones before sending again.
    RequestHeaderFieldsTooLarge = 431,
    /// **500 Internal Server Error**
    ///
    /// Something unexpected went wrong on the server and it could not complete the request. The
    /// fault is not in the request.
    ///
    /// Try again after a short pause. If the error keeps coming, look at
    /// <https://status.picsart.io/> for incidents or maintenance, and if nothing is reported there
    /// contact Picsart support (request type *Troubleshooting*), quoting the
    /// `X-Picsart-Correlation-Id` header of the failed response.
    ///
    /// Retryable: the same request may succeed if sent again later.
    InternalServerError = 500,
    /// **503 Service Unavailable**
    ///
    /// The service is down for the moment, because of maintenance or a temporary outage.
    ///
    /// Wait and try again later. <https://status.picsart.io/> shows current incidents and
    /// planned maintenance and lets you subscribe to notices; if the outage lasts and is not
    /// listed there, contact Picsart support with the `X-Picsart-Correlation-Id` of the failed
    /// response.
    ///
    /// Retryable: the same request may succeed if sent again later.
    ServiceUnavailable = 503,
}
const _: &[::core::primitive::u8] = ::core::include_bytes!("$CRATE/error-codes.toml");
impl ErrorCode {
    /// Every code of the table, in table order.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let all = ErrorCode::ALL;
    /// assert_eq!(all.len(), 15);
    /// assert!(all.iter().any(|code| code.as_u16() == 400));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::Success,
        Self::BadRequest,
        Self::Unauthorized,
        Self::PaymentRequired,
        Self::Forbidden,
        Self::NotFound,
        Self::MethodNotAllowed,
        Self::NotAcceptable,
        Self::RequestEntityTooLarge,
        Self::UnsupportedMediaType,
        Self::UnprocessableContent,
        Self::TooManyRequests,
        Self::RequestHeaderFieldsTooLarge,
        Self::InternalServerError,
        Self::ServiceUnavailable,
    ];
    /// The HTTP status of this code, which is also its discriminant.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert_eq!(code.as_u16(), 400);
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_u16(&self) -> ::core::primitive::u16 {
        match self {
            Self::Success => 200,
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::PaymentRequired => 402,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::MethodNotAllowed => 405,
            Self::NotAcceptable => 406,
            Self::RequestEntityTooLarge => 413,
            Self::UnsupportedMediaType => 415,
            Self::UnprocessableContent => 422,
            Self::TooManyRequests => 429,
            Self::RequestHeaderFieldsTooLarge => 431,
            Self::InternalServerError => 500,
            Self::ServiceUnavailable => 503,
        }
    }
    /// The code of an HTTP status, or `None` if the table has no such status.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::from_u16(400);
    /// assert_eq!(code.map(|code| code.name()), Some("BadRequest"));
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
            ::core::option::Option::Some(Self::Success) => {
                ::core::option::Option::Some(Self::Success)
            }
            ::core::option::Option::Some(Self::BadRequest) => {
                ::core::option::Option::Some(Self::BadRequest)
            }
            ::core::option::Option::Some(Self::Unauthorized) => {
                ::core::option::Option::Some(Self::Unauthorized)
            }
            ::core::option::Option::Some(Self::PaymentRequired) => {
                ::core::option::Option::Some(Self::PaymentRequired)
            }
            ::core::option::Option::Some(Self::Forbidden) => {
                ::core::option::Option::Some(Self::Forbidden)
            }
            ::core::option::Option::Some(Self::NotFound) => {
                ::core::option::Option::Some(Self::NotFound)
            }
            ::core::option::Option::Some(Self::MethodNotAllowed) => {
                ::core::option::Option::Some(Self::MethodNotAllowed)
            }
            ::core::option::Option::Some(Self::NotAcceptable) => {
                ::core::option::Option::Some(Self::NotAcceptable)
            }
            ::core::option::Option::Some(Self::RequestEntityTooLarge) => {
                ::core::option::Option::Some(Self::RequestEntityTooLarge)
            }
            ::core::option::Option::Some(Self::UnsupportedMediaType) => {
                ::core::option::Option::Some(Self::UnsupportedMediaType)
            }
            ::core::option::Option::Some(Self::UnprocessableContent) => {
                ::core::option::Option::Some(Self::UnprocessableContent)
            }
            ::core::option::Option::Some(Self::TooManyRequests) => {
                ::core::option::Option::Some(Self::TooManyRequests)
            }
            ::core::option::Option::Some(Self::RequestHeaderFieldsTooLarge) => {
                ::core::option::Option::Some(Self::RequestHeaderFieldsTooLarge)
            }
            ::core::option::Option::Some(Self::InternalServerError) => {
                ::core::option::Option::Some(Self::InternalServerError)
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
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert_eq!(code.name(), "BadRequest");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Success => "Success",
            Self::BadRequest => "BadRequest",
            Self::Unauthorized => "Unauthorized",
            Self::PaymentRequired => "PaymentRequired",
            Self::Forbidden => "Forbidden",
            Self::NotFound => "NotFound",
            Self::MethodNotAllowed => "MethodNotAllowed",
            Self::NotAcceptable => "NotAcceptable",
            Self::RequestEntityTooLarge => "RequestEntityTooLarge",
            Self::UnsupportedMediaType => "UnsupportedMediaType",
            Self::UnprocessableContent => "UnprocessableContent",
            Self::TooManyRequests => "TooManyRequests",
            Self::RequestHeaderFieldsTooLarge => "RequestHeaderFieldsTooLarge",
            Self::InternalServerError => "InternalServerError",
            Self::ServiceUnavailable => "ServiceUnavailable",
        }
    }
    /// The reason phrase of this code, as the table documents it: the text after the status in a status line (RFC 9110), as in `404 Not Found`.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert_eq!(code.reason_phrase(), "Bad Request");
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Success => "Success",
            Self::BadRequest => "Bad Request",
            Self::Unauthorized => "Unauthorized",
            Self::PaymentRequired => "Payment Required",
            Self::Forbidden => "Forbidden",
            Self::NotFound => "Not Found",
            Self::MethodNotAllowed => "Method Not Allowed",
            Self::NotAcceptable => "Not Acceptable",
            Self::RequestEntityTooLarge => "Request Entity Too Large",
            Self::UnsupportedMediaType => "Unsupported Media Type",
            Self::UnprocessableContent => "Unprocessable Content",
            Self::TooManyRequests => "Too Many Requests",
            Self::RequestHeaderFieldsTooLarge => "Request Header Fields Too Large",
            Self::InternalServerError => "Internal Server Error",
            Self::ServiceUnavailable => "Service Unavailable",
        }
    }
    /// Other reason phrases of this code, as the table lists them (`aliases`): older or newer names of the status that responses, logs and other documents use, such as RFC 9110's `Content Too Large` for what RFC 7231 called `Payload Too Large`. Empty if the table lists none; the reason phrase itself is not among them. `FromStr` accepts none of them (nor the reason phrase): they are words for people, looked up forgivingly by `picsart-explain`.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert!(code.aliases().is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub const fn aliases(&self) -> &'static [&'static ::core::primitive::str] {
        match self {
            Self::Success => &[],
            Self::BadRequest => &[],
            Self::Unauthorized => &[],
            Self::PaymentRequired => &[],
            Self::Forbidden => &[],
            Self::NotFound => &[],
            Self::MethodNotAllowed => &[],
            Self::NotAcceptable => &[],
            Self::RequestEntityTooLarge => &["Content Too Large", "Payload Too Large"],
            Self::UnsupportedMediaType => &[],
            Self::UnprocessableContent => &["Unprocessable Entity"],
            Self::TooManyRequests => &["Too Many Request"],
            Self::RequestHeaderFieldsTooLarge => &[],
            Self::InternalServerError => &[],
            Self::ServiceUnavailable => &[],
        }
    }
    /// What this code means and what the caller should do, in Markdown, as written in the table.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert!(!code.description().is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub const fn description(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Success => {
                "The request went through and the server handled it; the response body holds the result.\nThis is the one non-error row of the table, kept so that every status the API documents\nhas a name."
            }
            Self::BadRequest => {
                "The server could not make sense of the request: its syntax is broken, or its parameters\nare wrong, missing or do not meet the endpoint's requirements. A body that is not the\nJSON the endpoint expects also lands here.\n\nCheck the request against the endpoint's reference: every required parameter present,\neach in the documented format, and only one image source (`image`, `image_url` or\n`image_id`). Sending the same request again will not help."
            }
            Self::Unauthorized => {
                "Despite the standard name, this means *unauthenticated*: the server does not know who is\ncalling. The API key is missing or is not valid.\n\nSend your key with every request, either in the `X-Picsart-API-Key` request header or as a\nparameter of the query string, and check that it is the key shown in your account."
            }
            Self::PaymentRequired => {
                "The account cannot pay for the call: every pre-purchased credit has been spent, or the\nsubscription reached its limit and overdraft is not turned on. Free accounts begin with\nonly a few demonstration credits.\n\nBuy more credits, raise the subscription or enable overdraft before calling again;\nretrying unchanged only fails again."
            }
            Self::Forbidden => {
                "The server knows who is calling (unlike 401) but that caller has no right to the requested\nresource, so it refuses to serve it.\n\nReview the permissions granted to the user or API key behind the request and make sure\nthey cover this resource or endpoint."
            }
            Self::NotFound => {
                "Nothing exists at the requested address, or the API being called does not exist.\n\nCheck the spelling of the URL, the API name and its version: calling a revision of an API\nthat is not (or no longer) offered is a common cause."
            }
            Self::MethodNotAllowed => {
                "The endpoint exists but does not accept the HTTP method used, such as a `GET` sent to a\ncall that only takes `POST`.\n\nLook up which methods the endpoint allows and send the request with one of them."
            }
            Self::NotAcceptable => {
                "The server can only produce content that the request's `Accept` header says the client\ncannot take. The APIs answer in JSON.\n\nToday a missing `Accept` header, or one without `application/json`, is tolerated and the\nrequest is still processed, but Picsart plans to enforce it: a request that does not accept\nJSON will then be refused. Always send `Accept: application/json`."
            }
            Self::RequestEntityTooLarge => {
                "The request is bigger than the server is willing to take.\n\nMake the payload smaller, or send a large one with chunked transfer encoding. The largest\nfile each service accepts is given in Picsart's *Input and Output Formats* page: at most\n100 MB per file, lower for some services."
            }
            Self::UnsupportedMediaType => {
                "The server does not support the format of the data sent, so it turns the request down.\n\nIt usually comes from a `POST` or `PUT` whose `Content-Type` header is wrong, for instance\n`text/xml` sent to an endpoint that only reads JSON: set `Content-Type` to what the\nendpoint expects. On a `GET`, state the wanted format with the `Accept` header rather than\n`Content-Type`."
            }
            Self::UnprocessableContent => {
                "The request is well formed and of a supported content type, but its instructions cannot be\ncarried out: a parameter failed the endpoint's validation rules, for example a value of\nthe wrong type or out of range.\n\nTypical cases: asking for an output format the APIs do not produce, such as TIFF (outputs\nare JPG, PNG or WEBP), or an input image URL that the server could not fetch because it\nanswered 404 Not Found or 429 Too Many Requests. Fix the parameters before sending again."
            }
            Self::TooManyRequests => {
                "The caller went over its rate limit or quota: too many requests in the current time\nwindow.\n\nSlow down and send requests one after another rather than in parallel. Wait until the\nwindow resets (the `X-Picsart-Ratelimit-Reset-Time` response header tells how many seconds\nremain) before trying again, and keep to the rate limits Picsart sets for your plan. When\nthe quota itself is used up, waiting a few seconds will not help."
            }
            Self::RequestHeaderFieldsTooLarge => {
                "The request's headers, taken together or one of them alone, are larger than the server\naccepts.\n\nDrop headers that are not needed and shorten the long ones before sending again."
            }
            Self::InternalServerError => {
                "Something unexpected went wrong on the server and it could not complete the request. The\nfault is not in the request.\n\nTry again after a short pause. If the error keeps coming, look at\n<https://status.picsart.io/> for incidents or maintenance, and if nothing is reported there\ncontact Picsart support (request type *Troubleshooting*), quoting the\n`X-Picsart-Correlation-Id` header of the failed response."
            }
            Self::ServiceUnavailable => {
                "The service is down for the moment, because of maintenance or a temporary outage.\n\nWait and try again later. <https://status.picsart.io/> shows current incidents and\nplanned maintenance and lets you subscribe to notices; if the outage lasts and is not\nlisted there, contact Picsart support with the `X-Picsart-Correlation-Id` of the failed\nresponse."
            }
        }
    }
    /// Whether sending the same request again later may succeed.
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
    /// assert!(!code.is_retryable());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_retryable(&self) -> ::core::primitive::bool {
        match self {
            Self::Success => false,
            Self::BadRequest => false,
            Self::Unauthorized => false,
            Self::PaymentRequired => false,
            Self::Forbidden => false,
            Self::NotFound => false,
            Self::MethodNotAllowed => false,
            Self::NotAcceptable => false,
            Self::RequestEntityTooLarge => false,
            Self::UnsupportedMediaType => false,
            Self::UnprocessableContent => false,
            Self::TooManyRequests => true,
            Self::RequestHeaderFieldsTooLarge => false,
            Self::InternalServerError => true,
            Self::ServiceUnavailable => true,
        }
    }
    /// Whether this is a success status (`200..=299`).
    ///
    /// # Examples
    ///
    /// ```
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
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
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
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
    /// use picsart_error_codes::ErrorCode;
    ///
    /// let code = ErrorCode::BadRequest;
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
        ::core::option::Option::Some(Self::Success),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::BadRequest),
        ::core::option::Option::Some(Self::Unauthorized),
        ::core::option::Option::Some(Self::PaymentRequired),
        ::core::option::Option::Some(Self::Forbidden),
        ::core::option::Option::Some(Self::NotFound),
        ::core::option::Option::Some(Self::MethodNotAllowed),
        ::core::option::Option::Some(Self::NotAcceptable),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::RequestEntityTooLarge),
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::UnsupportedMediaType),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::UnprocessableContent),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::TooManyRequests),
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::RequestHeaderFieldsTooLarge),
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::None,
        ::core::option::Option::Some(Self::InternalServerError),
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
            "Success" => ::core::result::Result::Ok(Self::Success),
            "BadRequest" => ::core::result::Result::Ok(Self::BadRequest),
            "Unauthorized" => ::core::result::Result::Ok(Self::Unauthorized),
            "PaymentRequired" => ::core::result::Result::Ok(Self::PaymentRequired),
            "Forbidden" => ::core::result::Result::Ok(Self::Forbidden),
            "NotFound" => ::core::result::Result::Ok(Self::NotFound),
            "MethodNotAllowed" => ::core::result::Result::Ok(Self::MethodNotAllowed),
            "NotAcceptable" => ::core::result::Result::Ok(Self::NotAcceptable),
            "RequestEntityTooLarge" => {
                ::core::result::Result::Ok(Self::RequestEntityTooLarge)
            }
            "UnsupportedMediaType" => {
                ::core::result::Result::Ok(Self::UnsupportedMediaType)
            }
            "UnprocessableContent" => {
                ::core::result::Result::Ok(Self::UnprocessableContent)
            }
            "TooManyRequests" => ::core::result::Result::Ok(Self::TooManyRequests),
            "RequestHeaderFieldsTooLarge" => {
                ::core::result::Result::Ok(Self::RequestHeaderFieldsTooLarge)
            }
            "InternalServerError" => {
                ::core::result::Result::Ok(Self::InternalServerError)
            }
            "ServiceUnavailable" => ::core::result::Result::Ok(Self::ServiceUnavailable),
            _ => ::core::result::Result::Err(InvalidErrorCode::new(text)),
        }
    }
    /// The display text of this code, `"<status> <reason phrase>"`.
    const fn __error_codes_display(&self) -> &'static ::core::primitive::str {
        match self {
            Self::Success => "200 Success",
            Self::BadRequest => "400 Bad Request",
            Self::Unauthorized => "401 Unauthorized",
            Self::PaymentRequired => "402 Payment Required",
            Self::Forbidden => "403 Forbidden",
            Self::NotFound => "404 Not Found",
            Self::MethodNotAllowed => "405 Method Not Allowed",
            Self::NotAcceptable => "406 Not Acceptable",
            Self::RequestEntityTooLarge => "413 Request Entity Too Large",
            Self::UnsupportedMediaType => "415 Unsupported Media Type",
            Self::UnprocessableContent => "422 Unprocessable Content",
            Self::TooManyRequests => "429 Too Many Requests",
            Self::RequestHeaderFieldsTooLarge => "431 Request Header Fields Too Large",
            Self::InternalServerError => "500 Internal Server Error",
            Self::ServiceUnavailable => "503 Service Unavailable",
        }
    }
}
/// Writes the status, one space and the reason phrase, such as `400 Bad Request`. Width, fill and alignment apply to the whole text (`{:>24}`).
///
/// # Examples
///
/// ```
/// use picsart_error_codes::ErrorCode;
///
/// let code = ErrorCode::BadRequest;
/// assert_eq!(code.to_string(), "400 Bad Request");
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
/// use picsart_error_codes::ErrorCode;
///
/// let code = ErrorCode::BadRequest;
/// assert_eq!(u16::from(code), 400);
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
/// use picsart_error_codes::ErrorCode;
///
/// let code = ErrorCode::try_from(400);
/// assert_eq!(code.map(|code| code.as_u16()), Ok(400));
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
/// Exactly two forms are accepted: the status as three ASCII digits, such as `"400"`, and the variant name as [`ErrorCode::name`] gives it, such as `"BadRequest"`, in the same letter case, or a name the variant had before a rename (the table's `formerly`), which gives the renamed code, so values stored by name keep parsing. Nothing else is: no surrounding whitespace, sign or leading zero, neither the reason phrase, its [aliases](Self::aliases) nor the `Display` text (`400 Bad Request`) as such, and no status the table does not have. The error is an [`InvalidErrorCode`] holding the rejected text.
///
/// # Examples
///
/// ```
/// use picsart_error_codes::ErrorCode;
///
/// let code = "400".parse::<ErrorCode>();
/// assert_eq!(code.map(|code| code.as_u16()), Ok(400));
/// let name = "BadRequest";
/// let code = name.parse::<ErrorCode>();
/// assert_eq!(code.map(|code| code.as_u16()), Ok(400));
/// for text in [
///     "badrequest",
///     " 400",
///     "0400",
///     "+400",
///     "400 Bad Request",
///     "Bad Request",
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
/// use picsart_error_codes::ErrorCode;
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
            "expected a status such as 400 or a name such as BadRequest"
        )
    }
}
/// An error with no source: the rejected input is the whole story.
impl ::core::error::Error for InvalidErrorCode {}
