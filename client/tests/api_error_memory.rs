//! An `ApiError` holds a large body once: a counting global allocator measures the heap
//! bytes an error keeps alive, and the peak while it is built.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use picsart_api_error::ApiError;

/// Tracks the heap bytes live on threads that asked to be watched, and their peak.
struct CountingAllocator;

thread_local! {
    static WATCHED: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = WATCHED.try_with(|watched| {
        if watched.get() {
            let live = LIVE.with(|live| {
                live.set(live.get() + bytes);
                live.get()
            });
            PEAK.with(|peak| peak.set(peak.get().max(live)));
        }
    });
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting has no effect
// on the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: `ptr` came from `System.alloc` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        // SAFETY: as for `alloc` and `dealloc`; `System` reallocates what it allocated.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Builds an error from `body` and returns it with the heap bytes it keeps alive and the
/// peak of heap bytes while it was built, both counted from before the call.
fn measure(body: &[u8]) -> (ApiError, usize, usize) {
    LIVE.with(|live| live.set(0));
    PEAK.with(|peak| peak.set(0));
    WATCHED.with(|w| w.set(true));
    let error = ApiError::new(422, body);
    WATCHED.with(|w| w.set(false));
    let kept = LIVE.with(Cell::get).try_into().unwrap();
    let peak = PEAK.with(Cell::get).try_into().unwrap();
    // The figures benches/README.md quotes: `cargo test -p picsart-api-error --test
    // api_error_memory -- --nocapture --test-threads 1`.
    println!(
        "body {} bytes: kept {kept} ({:.3}x), peak {peak} ({:.3}x)",
        body.len(),
        kept as f64 / body.len() as f64,
        peak as f64 / body.len() as f64
    );
    (error, kept, peak)
}

const FIVE_MB: usize = 5 * 1024 * 1024;

/// A JSON error body of about 5 MB whose `detail` is `detail` (JSON text).
fn large_body(detail: &str) -> Vec<u8> {
    format!(r#"{{"code": 422, "message": "Unprocessable Content", "detail": {detail}}}"#)
        .into_bytes()
}

#[test]
fn a_5_mb_body_with_a_string_detail_is_kept_once() {
    let text = "x".repeat(FIVE_MB);
    let body = large_body(&format!("\"{text}\""));
    let (error, kept, peak) = measure(&body);
    assert_eq!(error.body_detail(), Some(text.as_str()));
    assert_eq!(error.body_message(), Some("Unprocessable Content"));
    assert!(
        kept * 10 <= body.len() * 11,
        "kept {kept} bytes for a body of {}",
        body.len()
    );
    assert!(peak * 10 <= body.len() * 11, "peak {peak} bytes");
}

#[test]
fn a_5_mb_body_with_an_object_detail_is_kept_once() {
    let fields: Vec<String> = (0..FIVE_MB / 32)
        .map(|i| format!(r#""field{i:08}": "too long""#))
        .collect();
    let detail = format!("{{{}}}", fields.join(","));
    let body = large_body(&detail);
    let (error, kept, _) = measure(&body);
    assert_eq!(error.body_detail(), Some(detail.as_str()));
    assert!(
        kept * 10 <= body.len() * 11,
        "kept {kept} bytes for a body of {}",
        body.len()
    );
}

#[test]
fn an_html_body_is_kept_once() {
    let body = "<p>Bad Gateway</p>\n".repeat(FIVE_MB / 19).into_bytes();
    let (error, kept, _) = measure(&body);
    assert_eq!(error.body().as_bytes(), body);
    assert!(kept * 10 <= body.len() * 11, "kept {kept} bytes");
}

/// A string with escapes (`\n`, `\/`, `\u00e9`: what Python's `json.dumps` or PHP's
/// `json_encode` write for any line break, slash or non-ASCII letter) differs from its
/// bytes, so it is kept as a decoded copy beside the body: about twice the body, never
/// more. README's Performance section states this bound, not the 1.1 of plain strings.
#[test]
fn a_5_mb_string_detail_with_escapes_is_kept_with_one_decoded_copy() {
    let line = r"caf\u00e9 \/ line\n";
    let sent = line.repeat(FIVE_MB / line.len());
    let decoded = "café / line\n".repeat(FIVE_MB / line.len());
    let body = large_body(&format!("\"{sent}\""));
    let (error, kept, peak) = measure(&body);
    assert_eq!(error.body_detail(), Some(decoded.as_str()));
    assert!(
        kept <= body.len() + decoded.len() + 4096,
        "kept {kept} bytes for a body of {} and a detail of {}",
        body.len(),
        decoded.len()
    );
    assert!(
        peak <= body.len() + 2 * decoded.len() + 4096,
        "peak {peak} bytes"
    );
}
