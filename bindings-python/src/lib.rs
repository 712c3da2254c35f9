//! Python bindings of `egov-masterplan`: the native module
//! `egov_masterplan._native` behind the typed facade in
//! `python/egov_masterplan/`. This crate converts values and maps errors;
//! every computation is the core's.

mod architecture;
mod assessment;
mod batch;
mod batch_columns;
mod benchmark;
mod benchmark_args;
mod benchmark_records;
mod benchmark_robustness;
mod cohort;
mod composite;
mod convert;
mod errors;
mod forms;
mod framework;
mod masterplan;
mod roadmap;
mod scoring;
mod sensitivity;

use pyo3::prelude::*;

/// The kinds of core errors, each with its own exception class:
/// `(kind, class_name)` pairs in the core's order.
#[pyfunction]
fn error_kinds() -> Vec<(&'static str, &'static str)> {
    egov_masterplan::error::ERROR_KINDS
        .iter()
        .map(|k| (k.kind, k.class_name))
        .collect()
}

/// The core's table of error kinds as JSON (`ErrorKind::table_json`):
/// what `egov_masterplan.errors` builds its classes from.
#[pyfunction]
fn error_table_json() -> String {
    egov_masterplan::error::ErrorKind::table_json()
}

/// The native module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<framework::PyFramework>()?;
    m.add_class::<cohort::PyCohortScores>()?;
    m.add_class::<cohort::PyCohortUncertainty>()?;
    m.add_class::<assessment::PyAssessment>()?;
    m.add_class::<scoring::PyScorecard>()?;
    m.add_class::<roadmap::PyRoadmap>()?;
    m.add_class::<roadmap::PySchedule>()?;
    m.add_class::<roadmap::PyProjection>()?;
    m.add_class::<architecture::PyArchitectureModel>()?;
    m.add_class::<benchmark::PyBenchmark>()?;
    m.add_class::<forms::PyConsolidationReport>()?;
    m.add_class::<masterplan::PyMasterplan>()?;
    m.add_function(wrap_pyfunction!(forms::read_forms, m)?)?;
    m.add_function(wrap_pyfunction!(forms::read_form_file, m)?)?;
    m.add_function(wrap_pyfunction!(forms::read_workbook_file, m)?)?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(error_table_json, m)?)?;
    m.add_function(wrap_pyfunction!(errors::_core_error, m)?)?;
    m.add_function(wrap_pyfunction!(batch::_score_wide, m)?)?;
    m.add_function(wrap_pyfunction!(sensitivity::_saltelli_sample, m)?)?;
    m.add_function(wrap_pyfunction!(sensitivity::_sobol_analyze, m)?)?;
    m.add_function(wrap_pyfunction!(sensitivity::_sensitivity_bars_svg, m)?)?;
    m.add_function(wrap_pyfunction!(sensitivity::_sobol_analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(composite::_rank_uncertainty, m)?)?;
    m.add_function(wrap_pyfunction!(batch_columns::_score_columns, m)?)?;
    m.add_function(wrap_pyfunction!(batch::_table_layout, m)?)?;
    m.add_function(wrap_pyfunction!(batch::_score_long, m)?)?;
    m.add_function(wrap_pyfunction!(batch::rank_scorecards, m)?)?;
    m.add_function(wrap_pyfunction!(batch::trend_scorecards, m)?)?;
    m.add_function(wrap_pyfunction!(framework::_framework_builtin, m)?)?;
    m.add_function(wrap_pyfunction!(framework::_framework_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(assessment::_assessment_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(scoring::_scorecard_restore, m)?)?;
    m.add_function(wrap_pyfunction!(roadmap::_roadmap_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(roadmap::_schedule_restore, m)?)?;
    m.add_function(wrap_pyfunction!(roadmap::_projection_restore, m)?)?;
    m.add_function(wrap_pyfunction!(architecture::_architecture_from_json, m)?)?;
    m.add_function(wrap_pyfunction!(benchmark::_benchmark_restore, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
