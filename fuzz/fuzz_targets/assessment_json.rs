//! Fuzz target: see `egov_masterplan_fuzz::assessment_json`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = egov_masterplan_fuzz::assessment_json(data);
});
