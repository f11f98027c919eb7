//! Jitter in pre-fork workers (celery/celery#4316): a parent that has used std's hashing
//! (so its thread holds `RandomState` keys) forks workers, and each worker draws its
//! delays. Unseeded, they must differ, or the workers retry in lockstep; seeded, they must
//! be the parent's.
#![cfg(unix)]

use std::time::Duration;

use picsart_api_error::RetryPolicy;

/// Delays drawn per worker: several, so that workers cannot agree by chance.
const DRAWS: u32 = 4;
const WORKERS: usize = 3;

/// The delays of attempts `1..=DRAWS` by `policy`, in nanoseconds.
fn draws(policy: RetryPolicy) -> [u64; DRAWS as usize] {
    let mut draws = [0; DRAWS as usize];
    for (attempt, draw) in (1..=DRAWS).zip(&mut draws) {
        let delay = policy.delay(attempt, None).expect("within max_times");
        *draw = u64::try_from(delay.as_nanos()).expect("a short delay");
    }
    draws
}

/// Forks [`WORKERS`] children that each send `draws(policy)` back through a pipe, and
/// returns what each sent. The children only compute, write and `_exit`: nothing that
/// could wait on a lock another thread of the test binary held at the fork.
fn forked_draws(policy: RetryPolicy) -> Vec<[u64; DRAWS as usize]> {
    const LEN: usize = DRAWS as usize * 8;
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors `pipe` writes.
        assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe");
        let [read, write] = fds;
        // SAFETY: the child calls only `draws` (no allocation, no lock), `write` and
        // `_exit`, so it cannot deadlock on state copied from the parent's other threads.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0, "fork");
        if pid == 0 {
            let mut bytes = [0u8; LEN];
            for (chunk, draw) in bytes.chunks_exact_mut(8).zip(draws(policy)) {
                chunk.copy_from_slice(&draw.to_le_bytes());
            }
            // SAFETY: `bytes` is valid for `LEN` bytes; `_exit` skips the parent's
            // destructors and atexit handlers, which are not the child's to run.
            unsafe {
                let written = libc::write(write, bytes.as_ptr().cast(), LEN);
                libc::_exit(if written == LEN as isize { 0 } else { 1 });
            }
        }
        // SAFETY: closing the parent's copy of the write end, a descriptor it owns.
        unsafe { libc::close(write) };
        workers.push((pid, read));
    }
    workers
        .into_iter()
        .map(|(pid, read)| {
            let mut bytes = [0u8; LEN];
            let mut got = 0;
            while got < LEN {
                // SAFETY: `bytes[got..]` is valid for `LEN - got` bytes.
                let n = unsafe { libc::read(read, bytes[got..].as_mut_ptr().cast(), LEN - got) };
                assert!(n > 0, "the worker sent its draws");
                got += n as usize;
            }
            let mut status = 0;
            // SAFETY: waits for our own child; `status` is a valid out-pointer.
            unsafe {
                libc::close(read);
                assert_eq!(libc::waitpid(pid, &mut status, 0), pid);
            }
            assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0);
            let mut draws = [0; DRAWS as usize];
            for (draw, chunk) in draws.iter_mut().zip(bytes.chunks_exact(8)) {
                *draw = u64::from_le_bytes(chunk.try_into().unwrap());
            }
            draws
        })
        .collect()
}

/// A policy whose jitter spreads each delay over seconds, so equal draws mean equal
/// randomness, not a coarse range.
fn policy() -> RetryPolicy {
    RetryPolicy::new()
        .with_max_times(DRAWS)
        .with_min_delay(Duration::from_secs(10))
        .with_max_delay(Duration::from_secs(600))
}

#[test]
fn forked_workers_draw_different_jitter() {
    // What a pre-fork server does first: use a HashMap, so this thread's RandomState keys
    // exist and would be copied into every worker.
    let warm: std::collections::HashMap<u8, u8> = [(1, 2)].into();
    assert_eq!(warm.len(), 1);

    let workers = forked_draws(policy());

    for (i, a) in workers.iter().enumerate() {
        for b in &workers[i + 1..] {
            assert_ne!(a, b, "two workers drew the same jitter: {workers:?}");
        }
    }
}

#[test]
fn forked_workers_with_a_seed_draw_the_parents_jitter() {
    let seeded = policy().with_jitter_seed(42);

    let workers = forked_draws(seeded);

    assert_eq!(workers, vec![draws(seeded); WORKERS]);
}
