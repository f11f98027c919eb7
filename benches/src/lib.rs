//! The inputs the benches share, so that `lookups`, `api_error` and `instructions` (whose
//! instruction counts back the timings) measure exactly the same thing.

use picsart_error_codes::ErrorCode;

/// How many statuses the mix has.
pub const MIX_LEN: usize = 1_000;

/// The realistic mix: [`MIX_LEN`] statuses, 70% of the table, 30% other statuses in
/// 100..=599, in an order drawn from a fixed seed.
pub fn realistic_mix() -> Vec<u16> {
    mix(7)
}

/// [`MIX_LEN`] statuses, half of the table and half other statuses in 100..=599: the mix
/// of the lookup-then-reason-phrase comparison, where a status outside the table costs
/// `http` a longer search.
pub fn half_mix() -> Vec<u16> {
    mix(5)
}

/// [`MIX_LEN`] statuses, `tenths` in ten from the table, the rest other statuses in
/// 100..=599, in an order drawn from a fixed seed.
fn mix(tenths: u64) -> Vec<u16> {
    // xorshift64 with a fixed seed: the same inputs on every run, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let others: Vec<u16> = (100..=599)
        .filter(|&s| ErrorCode::from_u16(s).is_none())
        .collect();
    (0..MIX_LEN)
        .map(|_| {
            let pick = next();
            if pick % 10 < tenths {
                ErrorCode::ALL[(pick >> 8) as usize % ErrorCode::ALL.len()].as_u16()
            } else {
                others[(pick >> 8) as usize % others.len()]
            }
        })
        .collect()
}

/// Texts that neither side accepts: wrong length, sign, space, letters, leading zero,
/// misspelt names.
pub static REJECTED: [&str; 10] = [
    "",
    "4",
    "40",
    "4040",
    "+40",
    " 40",
    "4x4",
    "099",
    "NotFund",
    "Not Found",
];

/// The 422 body of `ApiError`'s documentation.
pub const DOCUMENTED: &[u8] =
    br#"{"code": 422, "message": "Unprocessable Content", "detail": "format TIFF is not supported"}"#;

/// About 50 KB of HTML, as a proxy's error page.
#[must_use]
pub fn html_page() -> Vec<u8> {
    let mut page =
        String::from("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>\n");
    while page.len() < 50 * 1024 {
        page.push_str(
            "<p>The upstream server did not answer in time. Please try again later.</p>\n",
        );
    }
    page.push_str("</body></html>\n");
    page.into_bytes()
}
