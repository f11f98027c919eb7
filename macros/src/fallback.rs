//! What the attribute emits when it fails: the errors, and in place of the enum a type
//! that keeps rustc from reporting anything that follows from them (thiserror's
//! `impl/src/fallback.rs` has the same role, done differently: see [`expand`]).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::DeriveInput;

/// What to emit when the attribute fails with `error` (one or more mistakes): one compile
/// error per mistake and, in place of the item, a type that makes rustc silent about
/// every use of it, so that the user sees the table's mistakes and nothing that follows.
///
/// Why a type and not thiserror's fallback (the items emitted with bodies that never
/// run): a fallback needs the variants, and a table with a syntax error has none, a
/// broken row loses the variant that code names, and no fallback can stand for what
/// users add themselves. rustc instead stays silent about anything that involves a type
/// it already reported an error for. The last compile error is placed inside the type,
/// as an array length, so that the type is rustc's error type without an error message
/// of its own:
///
/// ```text
/// pub type ErrorCode = __ErrorCodesBrokenErrorCode<[u8; compile_error!("...")]>;
/// ```
///
/// The local struct around the array is there because `impl ErrorCode { ... }` (inherent
/// methods the user defines) is legal for it; on a bare array rustc would reject the
/// impl, and a `dyn` of a local trait is unsized, which makes rustc warn about every
/// method returning `Self`. The error type (`Invalid<Enum>`) is an alias to a distinct
/// type that holds the enum's, so that it is in error too and yet inherent methods of the
/// same name on the enum and on it do not clash (E0592). An unresolved name
/// (`type ErrorCode = Missing;`) would add a "cannot find type" error on Rust 1.85, and a macro in type position expands to `()`
/// on failure, so every use would fail again. `tests/ui/no-cascade-*.rs` and
/// `tests/tests/broken_table.rs` hold the proof, checked on Rust 1.85 and 1.95.
pub fn expand(item: TokenStream, error: syn::Error) -> TokenStream {
    let mut errors: Vec<TokenStream> = error.into_iter().map(|e| e.to_compile_error()).collect();
    let last = errors.pop().unwrap_or_default();
    let Ok(input) = syn::parse2::<DeriveInput>(item.clone()) else {
        // Not a type at all: code cannot rely on it, so keep it as written.
        return quote!(#(#errors)* #last #item);
    };
    // Docs keep `missing_docs` quiet. Derives, `#[repr]`, `#[non_exhaustive]` and generics
    // do not apply to an alias, and a `#[cfg]` could remove the error inside it.
    let attrs = (input.attrs.iter()).filter(|a| a.path().is_ident("doc"));
    let (vis, ident) = (&input.vis, &input.ident);
    let marker = format_ident!("__ErrorCodesBroken{}", ident);
    let invalid = format_ident!("Invalid{}", ident);
    quote! {
        #(#errors)*
        #(#attrs)*
        #vis type #ident = #marker<[::core::primitive::u8; #last]>;
        #[doc(hidden)]
        #vis type #invalid = #marker<[#ident; 1]>;
        #[doc(hidden)]
        #[allow(dead_code)]
        #vis struct #marker<T>(T);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Span;

    #[test]
    fn the_fallback_is_an_error_type_holding_the_last_error() {
        let mut error = syn::Error::new(Span::call_site(), "first");
        error.combine(syn::Error::new(Span::call_site(), "second"));
        let fallback = expand(
            quote!(
                /// Docs.
                #[cfg(all())]
                #[repr(u8)]
                #[derive(Debug)]
                #[non_exhaustive]
                pub enum E<T> {}
            ),
            error,
        )
        .to_string();
        let expected = quote! {
            ::core::compile_error! { "first" }
            #[doc = r" Docs."]
            pub type E = __ErrorCodesBrokenE<[::core::primitive::u8; ::core::compile_error! { "second" }]>;
            #[doc(hidden)]
            pub type InvalidE = __ErrorCodesBrokenE<[E; 1]>;
            #[doc(hidden)]
            #[allow(dead_code)]
            pub struct __ErrorCodesBrokenE<T>(T);
        };
        assert_eq!(fallback, expected.to_string());
    }

    #[test]
    fn the_fallback_keeps_what_is_not_a_type_as_written() {
        let item = quote!(
            fn f() {}
        );
        let fallback = expand(item.clone(), syn::Error::new(Span::call_site(), "x"));
        let expected = quote!(::core::compile_error! { "x" } #item);
        assert_eq!(fallback.to_string(), expected.to_string());
    }
}
