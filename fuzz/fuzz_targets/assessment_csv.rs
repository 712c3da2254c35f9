//! Fuzz target: see `egov_fuzz_work::assessment_csv`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = egov_fuzz_work::assessment_csv(data);
});
