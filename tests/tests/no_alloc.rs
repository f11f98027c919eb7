//! The lookups never touch the heap: a counting global allocator watches this thread while
//! every lookup runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use picsart_error_codes::ErrorCode;

/// Counts the allocations made by threads that asked to be watched.
struct CountingAllocator;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static WATCHED: Cell<bool> = const { Cell::new(false) };
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting has no effect
// on the memory handed out.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if WATCHED.with(Cell::get) {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// How many allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    WATCHED.with(|w| w.set(true));
    f();
    WATCHED.with(|w| w.set(false));
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

#[test]
fn lookups_parsing_and_display_into_a_reused_buffer_do_not_allocate() {
    let mut buffer = String::with_capacity(256);
    let texts: Vec<String> = ErrorCode::ALL
        .iter()
        .flat_map(|c| [c.as_u16().to_string(), c.name().to_owned()])
        .chain(["418", "nope", "a very long text that is not a code"].map(String::from))
        .collect();

    // The counter itself works: a fresh `String` allocates.
    assert_eq!(
        allocations(|| drop(std::hint::black_box(String::from("x")))),
        1
    );

    let count = allocations(|| {
        let mut found = 0;
        for status in 0..=u16::MAX {
            found += usize::from(ErrorCode::from_u16(status).is_some());
        }
        assert_eq!(found, ErrorCode::ALL.len());
        for text in &texts {
            match text.parse::<ErrorCode>() {
                Ok(code) => found += usize::from(code.is_retryable()),
                Err(err) => {
                    buffer.clear();
                    write!(buffer, "{err}").unwrap();
                }
            }
        }
        for code in ErrorCode::ALL {
            buffer.clear();
            write!(
                buffer,
                "{code} {} {}",
                code.name(),
                code.description().len()
            )
            .unwrap();
            found += code.reason_phrase().len();
        }
        std::hint::black_box(found);
    });
    assert_eq!(count, 0, "the lookups allocated {count} times");
}
