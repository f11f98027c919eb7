//! Undoing a body's `Content-Encoding` (RFC 9110 §8.4): a gateway may compress an error
//! body even when the client did not ask (or its HTTP client does not decode it), and a
//! gzipped quota fault must still read as an exhausted quota, not as escaped binary.
//!
//! The codings are undone from the last listed to the first (the order in which they were
//! applied is the order listed). `gzip` (and its alias `x-gzip`), `deflate` (the zlib
//! format RFC 9110 §8.4.1.2 names, or the raw DEFLATE some servers send instead) and `br`
//! are decoded, `identity` means nothing; at the first other coding (`compress`, `zstd`,
//! a private one) decoding stops, and that coding and those before it are what the body
//! is still in. A body with no coding named that starts as a gzip member does (`1f 8b
//! 08`, which no text starts with) and decodes whole as one is decoded too: gateways
//! gzip error bodies and leave the label out. The decoded body is bounded: at most `limit` decoded bytes are kept, so a
//! small compressed body (a "zip bomb") cannot expand past the limit.
//!
//! Always on, not a feature: whether a 429 is an exhausted quota decides whether credits
//! are spent on retries, and must not depend on a feature nobody knew to enable; and a
//! feature that changed what `ApiError::body` returns would not be additive (one crate
//! enabling it would change what every other crate in the build reads).
//!
//! Decoding happens once the body (as sent, itself at most the limit) is read: memory
//! stays within twice the limit plus a decoder's window (32 KiB for DEFLATE; a brotli
//! stream may declare up to 16 MiB, RFC 7932 §9.1). A body of which not one byte decodes
//! (cut too early, or not in the coding named) is kept as sent, still in its codings; an
//! empty body is in none.

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

/// A body with what could be undone of its codings undone.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Decoded {
    /// The body, decoded as far as it could be; at most the limit.
    pub bytes: Vec<u8>,
    /// Whether the decoded body went on past the limit, or its compressed data ended or
    /// broke before its end, so that `bytes` is only its first part.
    pub truncated: bool,
    /// The codings the body is still in, as listed in `Content-Encoding` (`None` when
    /// there are none left).
    pub still_encoded: Option<Box<str>>,
}

/// A coding this crate undoes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Gzip,
    Deflate,
    Brotli,
}

impl Coding {
    /// A coding's token, compared without regard to case (RFC 9110 §8.4.1); `None` for
    /// one this crate does not decode.
    fn of(token: &str) -> Option<Coding> {
        let is = |name: &str| token.eq_ignore_ascii_case(name);
        if is("gzip") || is("x-gzip") {
            Some(Coding::Gzip)
        } else if is("deflate") {
            Some(Coding::Deflate)
        } else if is("br") {
            Some(Coding::Brotli)
        } else {
            None
        }
    }

    fn decoder<'a>(self, inner: Box<dyn Read + 'a>) -> io::Result<Box<dyn Read + 'a>> {
        Ok(match self {
            // Several gzip members one after the other are one body (RFC 1952 §2.2).
            Coding::Gzip => Box::new(flate2::read::MultiGzDecoder::new(inner)),
            Coding::Deflate => {
                let mut inner = BufReader::new(inner);
                if is_zlib(inner.fill_buf()?) {
                    Box::new(flate2::bufread::ZlibDecoder::new(inner))
                } else {
                    Box::new(flate2::bufread::DeflateDecoder::new(inner))
                }
            }
            Coding::Brotli => Box::new(brotli_decompressor::Decompressor::new(inner, 4096)),
        })
    }
}

/// How a gzip member starts (RFC 1952 §2.3.1: ID1, ID2, and CM 8 for DEFLATE). No UTF-8
/// text starts so (`8b` is a continuation byte), so a body that does and names no coding
/// is a gzipped body whose label a gateway left out (apache/trafficcontrol#1737).
const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Whether `head` starts with a zlib header (RFC 1950 §2.2): method 8 (DEFLATE), and the
/// two bytes a multiple of 31.
fn is_zlib(head: &[u8]) -> bool {
    match head {
        [cmf, flg, ..] => cmf & 0x0F == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

/// The codings listed by every `Content-Encoding` line of `headers`, in order; tokens are
/// separated by commas and optional whitespace (space, tab: RFC 9110 §5.6.1), empty ones
/// skipped. `None` when a value is not visible ASCII, since no coding is named so.
fn codings(headers: &http::HeaderMap) -> Option<Vec<&str>> {
    let mut all = Vec::new();
    for value in headers.get_all(http::header::CONTENT_ENCODING) {
        all.extend(tokens(value.to_str().ok()?));
    }
    Some(all)
}

/// The codings one `Content-Encoding` value lists: tokens separated by commas and
/// optional whitespace (space, tab), empty ones skipped.
pub(crate) fn tokens(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(',')
        .map(|token| token.trim_matches([' ', '\t']))
        .filter(|token| !token.is_empty())
}

/// `body` as sent with the `Content-Encoding` of `headers`, decoded as far as this crate
/// can, keeping at most `limit` decoded bytes.
///
/// A body whose outermost coding is known but whose data is not of that coding at all
/// (a server that names a coding it did not apply, a client that decoded already but left
/// the header) is kept as sent, and still in every listed coding.
pub(crate) fn decode(headers: &http::HeaderMap, body: Cow<'_, [u8]>, limit: usize) -> Decoded {
    // An empty body is empty in every coding (servers label empty bodies `gzip` too).
    if body.is_empty() {
        return Decoded::default();
    }
    let Some(codings) = codings(headers) else {
        let listed = headers.get_all(http::header::CONTENT_ENCODING).iter();
        let raw: Vec<_> = listed
            .map(|v| String::from_utf8_lossy(v.as_bytes()))
            .collect();
        return as_sent(body, limit, Some(raw.join(", ").into()));
    };
    // Undone from the last: the first unknown coding from the end stops decoding.
    let mut known = codings.len();
    while known > 0
        && (codings[known - 1].eq_ignore_ascii_case("identity")
            || Coding::of(codings[known - 1]).is_some())
    {
        known -= 1;
    }
    if codings[known..].iter().all(|t| Coding::of(t).is_none()) {
        let left = &codings[..known];
        let still_encoded = (!left.is_empty()).then(|| left.join(", ").into_boxed_str());
        if still_encoded.is_none() && body.starts_with(&GZIP_MAGIC) {
            // Gzipped without a label: decoded only if the whole member decodes.
            if let Some((bytes, true)) = undo(Coding::Gzip, &body, limit) {
                return decoded(bytes, false, None, limit);
            }
        }
        return as_sent(body, limit, still_encoded);
    }
    // One coding at a time, so that a coding listed but not applied (a proxy that repeats
    // `gzip`) stops decoding there and keeps what was undone before it.
    let (mut bytes, mut cut, mut undone) = (body, false, codings.len());
    for at in (known..codings.len()).rev() {
        let Some(coding) = Coding::of(codings[at]) else {
            undone = at; // `identity`
            continue;
        };
        let Some((out, complete)) = undo(coding, &bytes, limit) else {
            break;
        };
        (bytes, cut, undone) = (Cow::Owned(out), cut || !complete, at);
    }
    let left = &codings[..undone];
    let still_encoded = (!left.is_empty()).then(|| left.join(", ").into_boxed_str());
    decoded(bytes.into_owned(), cut, still_encoded, limit)
}

/// Decoded bytes, at most `limit` of them kept; truncated when there were more or the
/// data was `cut` short.
fn decoded(
    mut bytes: Vec<u8>,
    cut: bool,
    still_encoded: Option<Box<str>>,
    limit: usize,
) -> Decoded {
    let truncated = cut || bytes.len() > limit;
    bytes.truncate(limit);
    Decoded {
        bytes,
        truncated,
        still_encoded,
    }
}

/// `body` with `coding` undone: at most `limit` + 1 decoded bytes, and whether the data
/// ended well; `None` when it is not in that coding at all (nothing decodes).
fn undo(coding: Coding, body: &[u8], limit: usize) -> Option<(Vec<u8>, bool)> {
    let reader = coding.decoder(Box::new(body)).ok()?;
    let mut bytes = Vec::new();
    let most = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let ended = reader.take(most).read_to_end(&mut bytes);
    if ended.is_err() && bytes.is_empty() {
        return None;
    }
    Some((bytes, ended.is_ok()))
}

/// `body` kept as sent, up to `limit`.
fn as_sent(body: Cow<'_, [u8]>, limit: usize, still_encoded: Option<Box<str>>) -> Decoded {
    let mut bytes = body.into_owned();
    let truncated = bytes.len() > limit;
    bytes.truncate(limit);
    Decoded {
        bytes,
        truncated,
        still_encoded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn headers(values: &[&str]) -> http::HeaderMap {
        let mut headers = http::HeaderMap::new();
        for value in values {
            headers.append(
                http::header::CONTENT_ENCODING,
                http::HeaderValue::from_str(value).unwrap(),
            );
        }
        headers
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    fn raw_deflate(data: &[u8]) -> Vec<u8> {
        let mut encoder =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    /// A brotli stream of `data` stored uncompressed (RFC 7932 §9.2): one metablock
    /// header, the bytes, the last empty metablock. Enough for a decoder test without an
    /// encoder crate; `data` must be 1..=65536 bytes.
    fn brotli_stored(data: &[u8]) -> Vec<u8> {
        let mlen = data.len() - 1;
        // WBITS=16 ("0"), ISLAST=0, MNIBBLES=4 ("00"), MLEN-1 in 16 bits, ISUNCOMPRESSED=1.
        let mut bits: u64 = 0; // bit 0: WBITS 0 (16), bit 1: ISLAST 0, bits 2-3: 00
        bits |= (mlen as u64) << 4;
        bits |= 1 << 20;
        let mut out = vec![bits as u8, (bits >> 8) as u8, (bits >> 16) as u8];
        out.extend_from_slice(data);
        // ISLAST=1, ISLASTEMPTY=1, padded.
        out.push(0b11);
        out
    }

    fn decode_test(headers: &http::HeaderMap, body: &[u8], limit: usize) -> Decoded {
        decode(headers, Cow::Borrowed(body), limit)
    }

    fn ok(bytes: &[u8]) -> Decoded {
        Decoded {
            bytes: bytes.to_vec(),
            ..Decoded::default()
        }
    }

    const TEXT: &[u8] =
        br#"{"fault": {"detail": {"errorcode": "policies.ratelimit.QuotaViolation"}}}"#;

    #[test]
    fn every_known_coding_is_undone_in_any_case() {
        for (name, body) in [
            ("gzip", gzip(TEXT)),
            ("x-gzip", gzip(TEXT)),
            ("GZip", gzip(TEXT)),
            ("deflate", zlib(TEXT)),
            ("deflate", raw_deflate(TEXT)),
            ("br", brotli_stored(TEXT)),
            ("BR", brotli_stored(TEXT)),
            ("identity", TEXT.to_vec()),
        ] {
            assert_eq!(
                decode_test(&headers(&[name]), &body, 1000),
                ok(TEXT),
                "{name}"
            );
        }
    }

    #[test]
    fn stacked_codings_are_undone_last_first_on_one_line_or_several() {
        let body = brotli_stored(&gzip(TEXT));
        assert_eq!(decode_test(&headers(&["gzip, br"]), &body, 1000), ok(TEXT));
        assert_eq!(
            decode_test(&headers(&["gzip", " br\t"]), &body, 1000),
            ok(TEXT)
        );
        assert_eq!(
            decode_test(&headers(&["gzip,,identity, br"]), &body, 1000),
            ok(TEXT)
        );
        let twice = gzip(&gzip(TEXT));
        assert_eq!(
            decode_test(&headers(&["gzip, gzip"]), &twice, 1000),
            ok(TEXT)
        );
    }

    #[test]
    fn concatenated_gzip_members_are_one_body() {
        let mut body = gzip(&TEXT[..10]);
        body.extend(gzip(&TEXT[10..]));
        assert_eq!(decode_test(&headers(&["gzip"]), &body, 1000), ok(TEXT));
    }

    #[test]
    fn an_unknown_coding_stops_decoding_and_is_reported_with_those_before_it() {
        let body = gzip(TEXT);
        for (listed, left) in [
            (&["zstd"][..], "zstd"),
            (&["compress"], "compress"),
            (&["x-private, identity"], "x-private"),
            (&["gzip, zstd"], "gzip, zstd"),
        ] {
            let decoded = decode_test(&headers(listed), &body, 1000);
            assert_eq!(decoded.bytes, body, "{listed:?}: kept as sent");
            assert_eq!(decoded.still_encoded.as_deref(), Some(left));
        }
        // Known codings applied after the unknown one are undone.
        let decoded = decode_test(&headers(&["zstd, gzip"]), &gzip(b"zstd frame"), 1000);
        assert_eq!(decoded.bytes, b"zstd frame");
        assert_eq!(decoded.still_encoded.as_deref(), Some("zstd"));
    }

    #[test]
    fn a_body_that_is_not_in_its_named_coding_is_kept_as_sent_and_flagged() {
        for (listed, body) in [
            ("gzip", TEXT),
            ("br", b"\xff\xff\xff plain"),
            ("deflate", b"\xff plain"),
        ] {
            let decoded = decode_test(&headers(&[listed]), body, 1000);
            assert_eq!(decoded.bytes, body, "{listed}");
            assert_eq!(decoded.still_encoded.as_deref(), Some(listed));
            assert!(!decoded.truncated);
        }
    }

    /// Servers send `Content-Encoding: gzip` with an empty body (reqwest passes it on
    /// empty, xh#253; faraday_middleware#192): nothing is in a coding, and saying the body
    /// still is would be wrong in the log line.
    #[test]
    fn an_empty_body_is_in_no_coding() {
        for listed in [
            &["gzip"][..],
            &["br"],
            &["deflate"],
            &["zstd"],
            &["gzip", "br"],
        ] {
            assert_eq!(
                decode_test(&headers(listed), b"", 1000),
                ok(b""),
                "{listed:?}"
            );
        }
    }

    /// A coding listed but not applied inside others that were (a proxy that repeats
    /// `Content-Encoding: gzip`, a server that names `br` and sends gzip): what was undone
    /// is kept, and only the codings not undone are reported.
    #[test]
    fn a_stacked_coding_that_was_not_applied_stops_decoding_where_it_is() {
        for (listed, body, left) in [
            (&["gzip", "gzip"][..], gzip(TEXT), "gzip"),
            (&["gzip, gzip"], gzip(TEXT), "gzip"),
            (&["br, gzip"], gzip(TEXT), "br"),
            (&["zstd, gzip, gzip"], gzip(TEXT), "zstd, gzip"),
            (&["gzip, deflate, gzip"], gzip(&zlib(TEXT)), "gzip"),
        ] {
            let decoded = decode_test(&headers(listed), &body, 1000);
            assert_eq!(decoded.bytes, TEXT, "{listed:?}");
            assert_eq!(decoded.still_encoded.as_deref(), Some(left), "{listed:?}");
            assert!(!decoded.truncated, "{listed:?}");
        }
    }

    /// A megabyte of zeros gzips to about a kilobyte: the limit counts what it expands
    /// to, and decoding stops there.
    #[test]
    fn the_limit_counts_decoded_bytes_so_a_small_body_cannot_expand_past_it() {
        let bomb = gzip(&vec![0; 1 << 20]);
        assert!(bomb.len() < 2_000, "{}", bomb.len());
        let decoded = decode_test(&headers(&["gzip"]), &bomb, 4096);
        assert_eq!(decoded.bytes.len(), 4096);
        assert!(decoded.truncated);
        assert_eq!(decoded.still_encoded, None);
        let brotli = decode_test(&headers(&["br"]), &brotli_stored(&[7; 5000]), 100);
        assert_eq!((brotli.bytes.len(), brotli.truncated), (100, true));
    }

    #[test]
    fn compressed_data_cut_short_keeps_what_decodes_and_says_it_is_cut() {
        let body = gzip(TEXT);
        let decoded = decode_test(&headers(&["gzip"]), &body[..body.len() - 8], 1000);
        assert_eq!(decoded.bytes, TEXT, "only the trailer is missing");
        assert!(decoded.truncated);
        let body = brotli_stored(TEXT);
        let decoded = decode_test(&headers(&["br"]), &body[..20], 1000);
        assert!(TEXT.starts_with(&decoded.bytes) && !decoded.bytes.is_empty());
        assert!(decoded.truncated);
    }

    /// Gateways gzip error bodies without saying so (apache/trafficcontrol#1737): a body
    /// that starts as a gzip member does (RFC 1952 §2.3.1: `1f 8b 08`, which no UTF-8 text
    /// can start with) and has no coding named is decoded as gzip, limit included.
    #[test]
    fn a_gzipped_body_without_a_coding_named_is_decoded_too() {
        for listed in [&[][..], &["identity"]] {
            assert_eq!(
                decode_test(&headers(listed), &gzip(TEXT), 1000),
                ok(TEXT),
                "{listed:?}"
            );
        }
        let bomb = decode_test(&headers(&[]), &gzip(&vec![0; 1 << 20]), 4096);
        assert_eq!((bomb.bytes.len(), bomb.truncated), (4096, true));
        // What only looks like gzip is kept as sent, and not said to be in a coding.
        let fake = b"\x1f\x8b\x08 not a gzip member";
        assert_eq!(decode_test(&headers(&[]), fake, 1000), ok(fake));
        // A coding named is trusted: a gzip member inside `br` is not undone.
        let body = brotli_stored(&gzip(TEXT));
        assert_eq!(decode_test(&headers(&["br"]), &body, 1000), ok(&gzip(TEXT)));
    }

    #[test]
    fn without_a_coding_the_body_is_kept_as_sent_up_to_the_limit() {
        assert_eq!(decode_test(&headers(&[]), TEXT, 1000), ok(TEXT));
        let cut = decode_test(&headers(&[]), TEXT, 5);
        assert_eq!((&cut.bytes[..], cut.truncated), (&TEXT[..5], true));
    }

    #[test]
    fn a_value_that_is_not_ascii_names_no_coding() {
        let mut map = http::HeaderMap::new();
        map.insert(
            http::header::CONTENT_ENCODING,
            http::HeaderValue::from_bytes(b"gzip\xe9").unwrap(),
        );
        let decoded = decode_test(&map, TEXT, 1000);
        assert_eq!(decoded.bytes, TEXT);
        assert_eq!(decoded.still_encoded.as_deref(), Some("gzip\u{fffd}"));
    }
}
