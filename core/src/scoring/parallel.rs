//! Splitting a row-major buffer into one contiguous run of rows per core.
//! Results never depend on the split: each run covers whole rows, and the
//! error of the earliest run wins. Targets without threads (wasm32) report
//! one core and run everything in place.

use crate::error::{Error, Result};

/// Rows below which a run is not worth a thread.
pub(crate) const MIN_ROWS_PER_THREAD: usize = 32_768;

/// How many runs `rows` rows split into, and the rows per run.
pub(crate) fn split(rows: usize) -> (usize, usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runs = cores.min(rows / MIN_ROWS_PER_THREAD).max(1);
    (runs, rows.div_ceil(runs).max(1))
}

/// Calls `f(first_row, rows_slice)` on each run of `out` (rows of `width`
/// items), in parallel when it pays; the first error in row order wins.
pub(crate) fn for_each_run<T, F>(out: &mut [T], width: usize, f: F) -> Result<()>
where
    T: Send,
    F: Fn(usize, &mut [T]) -> Result<()> + Sync,
{
    let rows = out.len() / width.max(1);
    let (runs, per_run) = split(rows);
    if runs == 1 {
        return f(0, out);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = out
            .chunks_mut(per_run * width)
            .enumerate()
            .map(|(i, run)| scope.spawn(move || f(i * per_run, run)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::overflow("worker thread")))
            })
            .collect::<Result<Vec<()>>>()
            .map(|_| ())
    })
}
