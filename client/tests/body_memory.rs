//! A body far larger than the limit does not make the client's memory grow with it: a
//! counting allocator measures the peak of live heap bytes while a real client reads a
//! 64 MiB error body from a server on 127.0.0.1 through our integrations. A control reads
//! the same body whole, to show the meter sees such growth.
//!
//! A test binary of its own, since the allocator counts every allocation of the process.

#[path = "api/support.rs"]
mod support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use support::{Answer, Server};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: defers to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(live, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One measurement at a time: the counters are process-wide.
static MEASURING: Mutex<()> = Mutex::new(());

/// The most the live heap grew above its level at the start while `run` ran.
fn peak_growth(run: impl FnOnce()) -> usize {
    let _one = MEASURING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let start = LIVE.load(Ordering::SeqCst);
    PEAK.store(start, Ordering::SeqCst);
    run();
    PEAK.load(Ordering::SeqCst) - start
}

const HUGE: u64 = 64 * 1024 * 1024;
/// Far below the body, far above the limit plus a client's read buffers.
const BOUND: usize = 4 * 1024 * 1024;

fn huge_error() -> Server {
    Server::start(vec![Answer::Endless {
        status: 500,
        len: HUGE,
    }])
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn reqwest_reads_a_huge_error_body_in_bounded_memory() {
    let server = huge_error();
    let runtime = runtime();
    let growth = peak_growth(|| {
        runtime.block_on(async {
            let response = reqwest::get(&server.url).await.unwrap();
            let error = picsart_api_error::reqwest::error_for_status(response)
                .await
                .unwrap_err();
            assert!(error.is_body_truncated());
        });
    });
    eprintln!("peak heap growth: {growth} bytes");
    assert!(growth < BOUND, "the heap grew by {growth} bytes");
}

#[test]
fn ureq_reads_a_huge_error_body_in_bounded_memory() {
    let server = huge_error();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let growth = peak_growth(|| {
        let response = agent.get(&server.url).call().unwrap();
        let error = picsart_api_error::ureq::error_for_status(response).unwrap_err();
        assert!(error.is_body_truncated());
    });
    eprintln!("peak heap growth: {growth} bytes");
    assert!(growth < BOUND, "the heap grew by {growth} bytes");
}

/// What the `Content-Length` of [`lying_length`] claims: far past the body limit.
const CLAIMED: usize = 1 << 30;

/// A 500 whose `Content-Length` claims a gigabyte, then five bytes and the end.
fn lying_length() -> String {
    support::raw_once(
        format!(
            "HTTP/1.1 500 Internal Server Error\r\nContent-Length: {CLAIMED}\r\nConnection: close\r\n\r\nshort"
        )
        .into_bytes(),
    )
}

#[test]
fn reqwest_does_not_size_its_buffer_by_what_content_length_claims() {
    let url = lying_length();
    let runtime = runtime();
    let growth = peak_growth(|| {
        runtime.block_on(async {
            let response = reqwest::get(&url).await.unwrap();
            let error = picsart_api_error::reqwest::error_for_status(response)
                .await
                .unwrap_err();
            assert_eq!(error.body(), "short");
            assert!(error.is_body_truncated(), "the connection closed early");
        });
    });
    assert!(growth < BOUND, "the heap grew by {growth} bytes");
}

#[test]
fn ureq_does_not_size_its_buffer_by_what_content_length_claims() {
    let url = lying_length();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let growth = peak_growth(|| {
        let response = agent.get(&url).call().unwrap();
        let error = picsart_api_error::ureq::error_for_status(response).unwrap_err();
        assert_eq!(error.body(), "short");
        assert!(error.is_body_truncated(), "the connection closed early");
    });
    assert!(growth < BOUND, "the heap grew by {growth} bytes");
}

#[test]
fn the_meter_sees_a_client_that_reads_the_whole_body() {
    let server = huge_error();
    let runtime = runtime();
    let growth = peak_growth(|| {
        runtime.block_on(async {
            let body = reqwest::get(&server.url)
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap();
            assert_eq!(body.len() as u64, HUGE);
        });
    });
    assert!(
        growth as u64 >= HUGE,
        "the heap grew by only {growth} bytes"
    );
}
