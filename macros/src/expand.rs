//! The last stage: the generated tokens, from the enum and the validated codes. Nothing
//! here can fail; everything is `quote!`, one function per generated item or group of
//! impls, in the order they are emitted.
//!
//! Every path in the output is absolute (`::core::...`, including primitive types), so the
//! code compiles whatever the invoking crate has in scope, even under
//! `#![no_implicit_prelude]`. Everything is generated from one list of rows, in table order.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use syn::{Attribute, DeriveInput, Visibility};

use crate::docs::{self, Item, MethodDocs};
use crate::validate::{Code, STATUS_RANGE};

/// The enum with one variant per code, its methods and trait impls, and its error type.
/// `table_path` is included with `include_bytes!` so that rustc rebuilds the crate when
/// the table changes; `example_path` (`my_crate::ErrorCode`) turns on doc examples.
pub fn expand(
    item: &DeriveInput,
    codes: &[Code],
    table_path: &str,
    example_path: Option<String>,
) -> TokenStream {
    if codes.is_empty() {
        // `validate` never returns an empty list; an enum without variants cannot have
        // the generated `match`es, so say so rather than emit broken code.
        return quote!(::core::compile_error!("the error-code table has no codes"););
    }
    let e = Enum::new(item, codes, example_path);
    let definition = definition(&e, &item.attrs, table_path);
    let former_names = former_names(&e);
    let methods = methods(&e);
    let helpers = helpers(&e);
    let conversions = conversions(&e);
    let from_str = from_str(&e);
    let invalid = invalid(&e);
    let invalid_impls = invalid_impls(&e);
    let ident = e.ident;
    quote! {
        #definition

        impl #ident {
            #former_names
            #methods
            #helpers
        }

        #conversions
        #from_str
        #invalid
        #invalid_impls
    }
}

/// What every generated item is made of: the enum's name and visibility, the name of its
/// error type, the rows as token lists in table order, and the writer of the items' docs.
struct Enum<'a> {
    vis: &'a Visibility,
    ident: &'a Ident,
    /// `Invalid<Enum>`, the error of `TryFrom<u16>` and `FromStr`.
    invalid: Ident,
    variants: Vec<Ident>,
    statuses: Vec<Literal>,
    names: Vec<&'a str>,
    codes: &'a [Code],
    docs: MethodDocs<'a>,
}

impl<'a> Enum<'a> {
    fn new(item: &'a DeriveInput, codes: &'a [Code], example_path: Option<String>) -> Self {
        let ident = &item.ident;
        Enum {
            vis: &item.vis,
            ident,
            invalid: format_ident!("Invalid{}", ident),
            variants: codes.iter().map(|c| format_ident!("{}", c.name)).collect(),
            statuses: (codes.iter())
                .map(|c| Literal::u16_unsuffixed(c.status))
                .collect(),
            names: codes.iter().map(|c| c.name.as_str()).collect(),
            codes,
            docs: MethodDocs {
                example_path,
                ident: ident.to_string(),
                codes,
            },
        }
    }

    /// The doc attributes of `item`.
    fn doc(&self, item: Item) -> TokenStream {
        docs::attrs(&self.docs.of(item))
    }
}

/// The enum itself, one documented variant per code, and the constant that makes rustc
/// track the table.
fn definition(e: &Enum<'_>, attrs: &[Attribute], table_path: &str) -> TokenStream {
    let Enum {
        vis,
        ident,
        variants,
        statuses,
        ..
    } = e;
    let variant_docs = (e.codes.iter()).map(|code| docs::attrs(&docs::variant(code)));
    let table_doc = docs::attrs(&docs::table(e.codes));
    quote! {
        #(#attrs)*
        #table_doc
        #[repr(u16)]
        #vis enum #ident {
            #(
                #variant_docs
                #variants = #statuses,
            )*
        }

        // Makes rustc track the table, so editing it rebuilds this crate.
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#table_path);
    }
}

/// A deprecated constant per former name (`formerly`), equal to the renamed variant, so
/// code that names it, in an expression or a `match` pattern, still builds and is told
/// the new name.
fn former_names(e: &Enum<'_>) -> TokenStream {
    let vis = e.vis;
    let constants = (e.codes.iter().zip(&e.variants)).flat_map(|(code, variant)| {
        code.formerly.iter().map(move |former| {
            let former_ident = format_ident!("{}", former);
            let doc = docs::attrs(&docs::former_name(code));
            let note = format!("renamed to `{}`", code.name);
            quote! {
                #doc
                #[deprecated(note = #note)]
                #[allow(non_upper_case_globals)]
                #vis const #former_ident: Self = Self::#variant;
            }
        })
    });
    quote!(#(#constants)*)
}

/// The public associated items: `ALL` and the `const fn`s.
fn methods(e: &Enum<'_>) -> TokenStream {
    let Enum {
        vis,
        variants,
        statuses,
        names,
        ..
    } = e;
    let reason_phrases = e.codes.iter().map(|c| c.reason_phrase.as_str());
    let aliases = (e.codes.iter()).map(|c| {
        let aliases = c.aliases.iter();
        quote!(&[#(#aliases),*])
    });
    let descriptions = e.codes.iter().map(|c| c.description.as_str());
    let retryable = e.codes.iter().map(|c| c.retryable);
    let from_u16 = from_u16(e);
    let classes = classes(e);
    let [d_all, d_as_u16, d_name, d_reason_phrase, d_aliases, d_description, d_retryable] = [
        Item::All,
        Item::AsU16,
        Item::Name,
        Item::ReasonPhrase,
        Item::Aliases,
        Item::Description,
        Item::IsRetryable,
    ]
    .map(|item| e.doc(item));
    quote! {
        #d_all
        #vis const ALL: &'static [Self] = &[#(Self::#variants),*];

        #d_as_u16
        #[must_use]
        #[inline]
        #vis const fn as_u16(&self) -> ::core::primitive::u16 {
            match self { #(Self::#variants => #statuses,)* }
        }

        #from_u16

        #d_name
        #[must_use]
        #[inline]
        #vis const fn name(&self) -> &'static ::core::primitive::str {
            match self { #(Self::#variants => #names,)* }
        }

        #d_reason_phrase
        #[must_use]
        #[inline]
        #vis const fn reason_phrase(&self) -> &'static ::core::primitive::str {
            match self { #(Self::#variants => #reason_phrases,)* }
        }

        #d_aliases
        #[must_use]
        #[inline]
        #vis const fn aliases(&self) -> &'static [&'static ::core::primitive::str] {
            match self { #(Self::#variants => #aliases,)* }
        }

        #d_description
        #[must_use]
        #[inline]
        #vis const fn description(&self) -> &'static ::core::primitive::str {
            match self { #(Self::#variants => #descriptions,)* }
        }

        #d_retryable
        #[must_use]
        #[inline]
        #vis const fn is_retryable(&self) -> ::core::primitive::bool {
            match self { #(Self::#variants => #retryable,)* }
        }

        #classes
    }
}

/// `is_success`, `is_client_error` and `is_server_error`: the classes of RFC 9110.
fn classes(e: &Enum<'_>) -> TokenStream {
    let vis = e.vis;
    let [d_success, d_client, d_server] =
        [Item::IsSuccess, Item::IsClientError, Item::IsServerError].map(|item| e.doc(item));
    quote! {
        #d_success
        #[must_use]
        #[inline]
        #vis const fn is_success(&self) -> ::core::primitive::bool {
            200 <= self.as_u16() && self.as_u16() <= 299
        }

        #d_client
        #[must_use]
        #[inline]
        #vis const fn is_client_error(&self) -> ::core::primitive::bool {
            400 <= self.as_u16() && self.as_u16() <= 499
        }

        #d_server
        #[must_use]
        #[inline]
        #vis const fn is_server_error(&self) -> ::core::primitive::bool {
            500 <= self.as_u16() && self.as_u16() <= 599
        }
    }
}

/// `from_u16`: one load from the table [`helpers`] defines.
fn from_u16(e: &Enum<'_>) -> TokenStream {
    let Enum { vis, variants, .. } = e;
    let doc = e.doc(Item::FromU16);
    let first = Literal::u16_unsuffixed(*STATUS_RANGE.start());
    let span = Literal::usize_unsuffixed(STATUS_RANGE.len());
    quote! {
        #doc
        #[must_use]
        #[inline]
        #vis const fn from_u16(status: ::core::primitive::u16) -> ::core::option::Option<Self> {
            // One load from a table indexed by the status, clamped to its last entry
            // (a `None`) outside 100..=599. The `match` copies the entry without a
            // `Copy` bound; since each variant's discriminant is its status, it maps
            // every value to itself and compiles to nothing.
            let index = status.wrapping_sub(#first) as ::core::primitive::usize;
            let index = if index < #span { index } else { #span };
            match &Self::__ERROR_CODES_BY_STATUS[index] {
                #(::core::option::Option::Some(Self::#variants) => ::core::option::Option::Some(Self::#variants),)*
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

/// The private associated items. They carry a prefix so that they cannot clash with
/// methods the user writes in an `impl` block of their own.
fn helpers(e: &Enum<'_>) -> TokenStream {
    let Enum {
        variants,
        names,
        invalid,
        ..
    } = e;
    let by_status = by_status(e.codes);
    // Former names parse too, to the renamed code: values stored by name keep working.
    let (former_names, renamed): (Vec<&str>, Vec<&Ident>) = (e.codes.iter().zip(variants))
        .flat_map(|(code, variant)| code.formerly.iter().map(move |f| (f.as_str(), variant)))
        .unzip();
    let span = Literal::usize_unsuffixed(STATUS_RANGE.len());
    let displays = (e.codes.iter()).map(|c| format!("{} {}", c.status, c.reason_phrase));
    quote! {
        /// Entry `i` is the code of status `100 + i`, if any; one more `None` at the end
        /// stands for every status outside 100..=599.
        const __ERROR_CODES_BY_STATUS: &'static [::core::option::Option<Self>; #span + 1] = &[#(#by_status),*];

        /// `from_str` for anything but three digits: a variant name or an error. Out
        /// of line so that the path for numbers inlines into the caller.
        #[inline(never)]
        fn __error_codes_from_name(text: &::core::primitive::str) -> ::core::result::Result<Self, #invalid> {
            match text {
                #(#names => ::core::result::Result::Ok(Self::#variants),)*
                #(#former_names => ::core::result::Result::Ok(Self::#renamed),)*
                _ => ::core::result::Result::Err(#invalid::new(text)),
            }
        }

        /// The display text of this code, `"<status> <reason phrase>"`.
        const fn __error_codes_display(&self) -> &'static ::core::primitive::str {
            match self { #(Self::#variants => #displays,)* }
        }
    }
}

/// `Display`, `From<Enum> for u16` and `TryFrom<u16>`.
fn conversions(e: &Enum<'_>) -> TokenStream {
    let Enum { ident, invalid, .. } = e;
    let [d_display, d_into_u16, d_try_from] =
        [Item::Display, Item::IntoU16, Item::TryFrom].map(|item| e.doc(item));
    quote! {
        #d_display
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.__error_codes_display())
            }
        }

        #d_into_u16
        impl ::core::convert::From<#ident> for ::core::primitive::u16 {
            #[inline]
            fn from(code: #ident) -> Self {
                code.as_u16()
            }
        }

        #d_try_from
        // The error type is named, not `Self::Error` and `Self::Err`: a variant named
        // `Error` or `Err` would make those paths ambiguous (`ambiguous_associated_items`).
        impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
            type Error = #invalid;

            #[inline]
            fn try_from(status: ::core::primitive::u16) -> ::core::result::Result<Self, #invalid> {
                match Self::from_u16(status) {
                    ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                    ::core::option::Option::None => ::core::result::Result::Err(#invalid::from_status(status)),
                }
            }
        }
    }
}

/// `FromStr`: a status of three digits inline, anything else out of line.
fn from_str(e: &Enum<'_>) -> TokenStream {
    let Enum { ident, invalid, .. } = e;
    let doc = e.doc(Item::FromStr);
    quote! {
        #doc
        impl ::core::str::FromStr for #ident {
            type Err = #invalid;

            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #invalid> {
                // Every status has three digits (100..=599). Their error is built here, from
                // the three bytes in registers, so a caller that drops it pays nothing.
                match *text.as_bytes() {
                    [a @ b'0'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => {
                        let status = (a - b'0') as ::core::primitive::u16 * 100
                            + (b - b'0') as ::core::primitive::u16 * 10
                            + (c - b'0') as ::core::primitive::u16;
                        match Self::from_u16(status) {
                            ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
                            ::core::option::Option::None => ::core::result::Result::Err(#invalid {
                                input: [a, b, c, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                                len: 3,
                                truncated: false,
                            }),
                        }
                    }
                    _ => Self::__error_codes_from_name(text),
                }
            }
        }
    }
}

/// `Invalid<Enum>`, the error of `TryFrom<u16>` and `FromStr`: the rejected status in
/// decimal or the start of the rejected text, copied without allocating, and the accessor
/// for it.
fn invalid(e: &Enum<'_>) -> TokenStream {
    let Enum { vis, invalid, .. } = e;
    let doc = e.doc(Item::Invalid);
    quote! {
        #doc
        #[derive(::core::clone::Clone, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        #vis struct #invalid {
            // The rejected status in decimal, or the start of the rejected text, cut at a
            // character boundary: a copy without
            // allocation, so the type works without `alloc`. Twelve bytes keep
            // `Result<Self, ThisError>` at 14 bytes; `from_str` inlines, so a caller that
            // only looks at the code never builds the error for a number.
            input: [::core::primitive::u8; 12],
            len: ::core::primitive::u8,
            truncated: ::core::primitive::bool,
        }

        impl #invalid {
            // Only `__error_codes_from_name` calls this, out of line already: numbers
            // build their error inline.
            fn new(text: &::core::primitive::str) -> Self {
                let bytes = text.as_bytes();
                let mut input = [0; 12];
                // Copies of a fixed size, overlapping where the text is shorter than
                // their sum: for a dozen bytes a call to `memcpy` costs more.
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
                Self { input, len: len as ::core::primitive::u8, truncated: len < bytes.len() }
            }

            // `try_from`'s error: the status's decimal digits, at most five.
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
                Self { input, len: len as ::core::primitive::u8, truncated: false }
            }

            /// What was rejected: the status, in decimal, or the text, or its first 12
            /// bytes (cut at a character boundary) if it was longer; `Display` then adds
            /// `...`.
            #[must_use]
            #vis fn input(&self) -> &::core::primitive::str {
                ::core::str::from_utf8(&self.input[..self.len as ::core::primitive::usize]).unwrap_or_default()
            }
        }
    }
}

/// `Debug`, `Display` and `Error` for `Invalid<Enum>`. `Display` names an example of each
/// accepted form, taken from the table.
fn invalid_impls(e: &Enum<'_>) -> TokenStream {
    let invalid = &e.invalid;
    let [d_debug, d_display, d_error] =
        [Item::InvalidDebug, Item::InvalidDisplay, Item::InvalidError].map(|item| e.doc(item));
    let codes = e.codes;
    let sample = (codes.iter().find(|c| c.status >= 400)).or(codes.first());
    let expected = sample.map_or_else(String::new, |sample| {
        format!(
            "expected a status such as {} or a name such as {}",
            sample.status, sample.name
        )
    });
    quote! {
        #d_debug
        impl ::core::fmt::Debug for #invalid {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.debug_struct(::core::stringify!(#invalid))
                    .field("input", &self.input())
                    .field("truncated", &self.truncated)
                    .finish()
            }
        }

        #d_display
        impl ::core::fmt::Display for #invalid {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let ellipsis = if self.truncated { "..." } else { "" };
                ::core::write!(f, "unknown error code {:?}{}: {}", self.input(), ellipsis, #expected)
            }
        }

        #d_error
        impl ::core::error::Error for #invalid {}
    }
}

/// `from_u16`'s table: one entry per status of 100..=599, in order, `Some(Self::Variant)`
/// where the table has the status and `None` where it has not, plus a final `None` for
/// the statuses outside that range. `validate` keeps every status in it.
fn by_status(codes: &[Code]) -> Vec<TokenStream> {
    let mut entries = vec![quote!(::core::option::Option::None); STATUS_RANGE.len() + 1];
    for code in codes {
        let variant = format_ident!("{}", code.name);
        entries[usize::from(code.status - STATUS_RANGE.start())] =
            quote!(::core::option::Option::Some(Self::#variant));
    }
    entries
}
