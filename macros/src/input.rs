//! What the user wrote in Rust: the attribute's arguments and the enum it is applied to.
//! Mistakes here point at the Rust source, not at the table.

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned as _;
use syn::{Data, DeriveInput, LitStr};

/// The arguments of `#[error_codes(path = "...", example_path = "...")]`.
pub struct Args {
    /// The table's path, relative to the invoking crate's `CARGO_MANIFEST_DIR`.
    pub path: LitStr,
    /// Where doc examples find the enum (`my_crate::ErrorCode`); without it the generated
    /// docs have no examples, since doctests only reach the enum through its crate path.
    pub example_path: Option<LitStr>,
}

/// Parses the attribute's arguments, naming every unknown, repeated or missing one.
pub fn parse_args(args: TokenStream) -> syn::Result<Args> {
    let mut path: Option<LitStr> = None;
    let mut example_path: Option<LitStr> = None;
    let parser = syn::meta::parser(|meta| {
        let slot = if meta.path.is_ident("path") {
            &mut path
        } else if meta.path.is_ident("example_path") {
            &mut example_path
        } else {
            return Err(meta.error(format_args!(
                "unknown argument `{}`, expected `path` or `example_path`",
                meta.path
                    .get_ident()
                    .map_or_else(|| "?".to_owned(), ToString::to_string)
            )));
        };
        if slot.is_some() {
            return Err(meta.error("duplicate argument: each argument may be given once"));
        }
        *slot = Some(meta.value()?.parse()?);
        Ok(())
    });
    syn::parse::Parser::parse2(parser, args)?;
    let path = path.ok_or_else(|| {
        syn::Error::new(
            Span::call_site(),
            "missing argument `path`: write `#[error_codes(path = \"error-codes.toml\")]`, \
             the table's path relative to Cargo.toml",
        )
    })?;
    Ok(Args { path, example_path })
}

/// Parses the annotated item, which must be an empty, non-generic enum without `#[repr]`.
pub fn parse_enum(item: TokenStream) -> syn::Result<DeriveInput> {
    let input: DeriveInput = syn::parse2(item).map_err(|err| {
        syn::Error::new(
            err.span(),
            "`#[error_codes]` goes on an empty enum: `pub enum ErrorCode {}`",
        )
    })?;
    let Data::Enum(data) = &input.data else {
        let keyword = match &input.data {
            Data::Struct(data) => data.struct_token.span,
            Data::Union(data) => data.union_token.span,
            Data::Enum(data) => data.enum_token.span,
        };
        return Err(syn::Error::new(
            keyword,
            "`#[error_codes]` goes on an empty enum, not a struct or union",
        ));
    };
    if let Some(variant) = data.variants.first() {
        return Err(syn::Error::new(
            variant.span(),
            "the enum must be empty: its variants are generated from the table",
        ));
    }
    if input.generics.lt_token.is_some() || input.generics.where_clause.is_some() {
        return Err(syn::Error::new(
            input.generics.span(),
            "the enum cannot be generic: it is a plain list of codes",
        ));
    }
    if let Some(repr) = input.attrs.iter().find(|a| a.path().is_ident("repr")) {
        return Err(syn::Error::new(
            repr.span(),
            "remove this `#[repr]`: the generated enum is `#[repr(u16)]`, one discriminant per status",
        ));
    }
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn args_error(args: TokenStream) -> String {
        parse_args(args).err().expect("an error").to_string()
    }

    fn enum_error(item: TokenStream) -> String {
        // Not `expect_err`: whether `DeriveInput` is `Debug` depends on syn's features,
        // which differ between this crate's tests and the benches that include this file.
        match parse_enum(item) {
            Ok(_) => panic!("an error"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn arguments_are_parsed() {
        let args = parse_args(quote!(path = "a.toml", example_path = "c::E")).unwrap();
        assert_eq!(args.path.value(), "a.toml");
        assert_eq!(args.example_path.unwrap().value(), "c::E");
        assert!(parse_args(quote!(path = "a.toml"))
            .unwrap()
            .example_path
            .is_none());
    }

    #[test]
    fn missing_unknown_and_repeated_arguments_are_errors() {
        assert!(args_error(quote!()).starts_with("missing argument `path`"));
        assert_eq!(
            args_error(quote!(path = "a", file = "b")),
            "unknown argument `file`, expected `path` or `example_path`"
        );
        assert!(args_error(quote!(path = "a", path = "b")).starts_with("duplicate argument"));
        assert!(parse_args(quote!(path = 3)).is_err());
    }

    #[test]
    fn only_an_empty_plain_enum_is_accepted() {
        assert!(parse_enum(quote!(
            #[derive(Debug)]
            pub enum E {}
        ))
        .is_ok());
        assert!(enum_error(quote!(
            struct S;
        ))
        .contains("not a struct"));
        assert!(enum_error(quote!(
            fn f() {}
        ))
        .starts_with("`#[error_codes]` goes on an empty enum"));
        assert!(enum_error(quote!(
            enum E {
                A,
            }
        ))
        .starts_with("the enum must be empty"));
        assert!(enum_error(quote!(
            enum E<T> {}
        ))
        .starts_with("the enum cannot be generic"));
        assert!(enum_error(quote!(
            #[repr(u8)]
            enum E {}
        ))
        .starts_with("remove this `#[repr]`"));
    }
}
