//! `Benchmark`: the published SPBE results (`egov_masterplan::benchmark`)
//! and the questions asked of them, answered by the core; this module only
//! converts arguments and answers (records of `egov_masterplan._records`).

use crate::benchmark_args::{cohort, subject, year};
use crate::benchmark_records::{
    distribution_record, movement_record, peers_record, position_record, published_record,
};
use crate::convert::{int_arg, lang};
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use egov_masterplan::benchmark::Benchmark;
use egov_masterplan::render::{
    benchmark_distribution_svg, benchmark_html, benchmark_ranking_svg, benchmark_slope_svg,
    BenchmarkChartOptions,
};
use egov_masterplan::{Framework, Lang};
use pyo3::prelude::*;
use pyo3::types::PyList;

/// Published evaluation results: one row per institution and year.
#[pyclass(name = "Benchmark", module = "egov_masterplan", frozen)]
pub struct PyBenchmark {
    inner: Benchmark,
    /// Built by `spbe_published()`: pickles as that call.
    published: bool,
}

/// The chart options of the keyword arguments (the core bounds the width).
fn chart_options(code: &str, width: u32) -> PyResult<BenchmarkChartOptions> {
    Ok(BenchmarkChartOptions {
        lang: lang(code)?,
        width,
    })
}

impl PyBenchmark {
    fn new(inner: Benchmark, published: bool) -> PyBenchmark {
        PyBenchmark { inner, published }
    }
}

#[pymethods]
impl PyBenchmark {
    /// Every published SPBE result of 2023 and 2024 (1,236 rows), on the
    /// built-in `spbe-2020` framework's predicates.
    #[staticmethod]
    fn spbe_published() -> PyResult<PyBenchmark> {
        Ok(PyBenchmark::new(Benchmark::spbe_published().py()?, true))
    }

    /// Reads a table in the published CSV shape
    /// (`year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate`);
    /// `framework` names the predicates (default: the built-in `spbe-2020`).
    #[staticmethod]
    #[pyo3(signature = (text, framework = None))]
    fn from_csv(text: &str, framework: Option<PyFramework>) -> PyResult<PyBenchmark> {
        let framework = match framework {
            Some(f) => f.0,
            None => Framework::builtin("spbe-2020").py()?,
        };
        Ok(PyBenchmark::new(
            Benchmark::from_csv(text, &framework).py()?,
            false,
        ))
    }

    /// The table as CSV, in the shape it was read (the same bytes).
    fn to_csv(&self) -> String {
        self.inner.to_csv()
    }

    /// The framework whose predicates the table uses.
    #[getter]
    fn framework(&self) -> PyFramework {
        PyFramework(self.inner.framework().clone())
    }

    /// The years the table covers, ascending.
    #[getter]
    fn years(&self) -> Vec<i32> {
        self.inner.years()
    }

    /// Every row (`PublishedResult` records), in table order.
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for r in self.inner.rows() {
            out.append(published_record(py, r)?)?;
        }
        Ok(out)
    }

    fn __len__(&self) -> usize {
        self.inner.rows().len()
    }

    /// The published row of one institution in one year, the name matched
    /// forgivingly (case, spacing, "Kab."/"Kabupaten", a leading
    /// "Pemerintah", the kind left out when unambiguous).
    fn lookup<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        year: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        published_record(py, self.inner.lookup(name, y).py()?)
    }

    /// Where `subject` (an institution name, or an index value) stands
    /// among a cohort in `year`: competition rank, count, below,
    /// percentile and the cohort's quartiles.
    #[pyo3(signature = (year, subject, *, kind = None, province = None, regional = false, local = false))]
    fn position<'py>(
        &self,
        year: &Bound<'py, PyAny>,
        subject: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        let s = self::subject(subject)?;
        let c = cohort(kind, province, regional, local)?;
        position_record(year.py(), &self.inner.position(y, &s, &c).py()?)
    }

    /// How robust each institution's rank in a cohort is to the domain
    /// weights: one dict per institution with four published domain values
    /// (`institution`, `nominal_rank`, `median_rank`, `p05`, `p95`,
    /// `mean_shift`), each weight moved by up to `weight_noise` of itself
    /// over `samples` seeded draws; ranks on the recombined index rounded
    /// to `decimals`.
    #[pyo3(signature = (year, *, kind = None, province = None, regional = false, local = false,
                        weight_noise = 0.2, samples = 1000, seed = 0, decimals = 2))]
    #[allow(clippy::too_many_arguments)]
    fn weight_robustness<'py>(
        &self,
        year: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
        weight_noise: f64,
        samples: usize,
        seed: u64,
        decimals: Option<u32>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = year.py();
        let (y, c) = (
            self::year(year, "year")?,
            cohort(kind, province, regional, local)?,
        );
        let o = crate::benchmark_robustness::options(weight_noise, samples, seed, decimals);
        let rows = py.detach(|| self.inner.weight_robustness(y, &c, &o)).py()?;
        crate::benchmark_robustness::rows(py, &rows)
    }

    /// Where an index of these domain values (a self-assessment's, in the
    /// framework's domain order) would rank in a cohort, and how far that
    /// moves with the domain weights: a dict with `count`, `nominal_rank`,
    /// `median_rank`, `p05`, `p95`, `mean_shift`.
    #[pyo3(signature = (year, domains, *, kind = None, province = None, regional = false,
                        local = false, weight_noise = 0.2, samples = 1000, seed = 0, decimals = 2))]
    #[allow(clippy::too_many_arguments)]
    fn weight_robustness_of<'py>(
        &self,
        year: &Bound<'py, PyAny>,
        domains: Vec<f64>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
        weight_noise: f64,
        samples: usize,
        seed: u64,
        decimals: Option<u32>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = year.py();
        let (y, c) = (
            self::year(year, "year")?,
            cohort(kind, province, regional, local)?,
        );
        let o = crate::benchmark_robustness::options(weight_noise, samples, seed, decimals);
        let p = py
            .detach(|| self.inner.weight_robustness_of(y, &c, &domains, &o))
            .py()?;
        crate::benchmark_robustness::position(py, &p)
    }

    /// Every institution of the cohort with four published domain values,
    /// ranked on them recombined with the framework's weights and with
    /// `weights` (one per domain; `"pemdi-2025"` for the Pemdi 2025 aspect
    /// weights mapped onto the domains, an assumed mapping): one dict each
    /// with `institution`, `index`, `rank`, `reweighted_index`,
    /// `reweighted_rank`.
    #[pyo3(signature = (year, weights, *, kind = None, province = None, regional = false,
                        local = false, decimals = 2))]
    #[allow(clippy::too_many_arguments)]
    fn reweighted_ranks<'py>(
        &self,
        year: &Bound<'py, PyAny>,
        weights: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
        decimals: Option<u32>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = year.py();
        let (y, c) = (
            self::year(year, "year")?,
            cohort(kind, province, regional, local)?,
        );
        let w = crate::benchmark_robustness::weights(weights)?;
        let rows = py
            .detach(|| self.inner.reweighted_ranks(y, &c, &w, decimals))
            .py()?;
        crate::benchmark_robustness::reweighted(py, &rows)
    }

    /// An institution's peers in `year`: its province's institutions of
    /// its kind, ranked, and the `nearest` of its kind nationally by index.
    // `nearest` is read by `int_arg` (an out-of-range int is the core's
    // InvalidFieldError, not an OverflowError), so its default is applied
    // here; the signature Python sees shows it.
    #[pyo3(signature = (name, year, nearest = None), text_signature = "($self, name, year, nearest=5)")]
    fn peers<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        year: &Bound<'py, PyAny>,
        nearest: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        let n: u64 = match nearest {
            Some(n) => int_arg(n, "benchmark", "nearest")?,
            None => 5,
        };
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        peers_record(py, &self.inner.peers(name, y, n).py()?)
    }

    /// Every institution of a cohort evaluated in both years, with its
    /// changes; the biggest rise first, the biggest fall last.
    #[pyo3(signature = (from_year, to_year, *, kind = None, province = None, regional = false, local = false))]
    fn movers<'py>(
        &self,
        from_year: &Bound<'py, PyAny>,
        to_year: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let (from, to) = (year(from_year, "from_year")?, year(to_year, "to_year")?);
        let c = cohort(kind, province, regional, local)?;
        let py = from_year.py();
        let out = PyList::empty(py);
        for m in self.inner.movers(from, to, &c) {
            out.append(movement_record(py, &m)?)?;
        }
        Ok(out)
    }

    /// How a cohort's results spread in `year`: rows per predicate and
    /// the quartiles of the index and of each domain.
    #[pyo3(signature = (year, *, kind = None, province = None, regional = false, local = false))]
    fn distribution<'py>(
        &self,
        py: Python<'py>,
        year: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        let c = cohort(kind, province, regional, local)?;
        distribution_record(py, &self.inner.distribution(y, &c).py()?)
    }

    /// The histogram of a cohort's index in `year` over the predicate
    /// bands as SVG text, with `subject` (a name or an index value, as
    /// `position` reads it) marked with its rank when given.
    #[pyo3(signature = (year, subject = None, *, kind = None, province = None, regional = false,
                        local = false, lang = "id", width = 720))]
    #[allow(clippy::too_many_arguments)]
    fn distribution_svg(
        &self,
        year: &Bound<'_, PyAny>,
        subject: Option<&Bound<'_, PyAny>>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
        lang: &str,
        width: u32,
    ) -> PyResult<String> {
        let y = self::year(year, "year")?;
        let s = subject.map(self::subject).transpose()?;
        let c = cohort(kind, province, regional, local)?;
        let opts = chart_options(lang, width)?;
        benchmark_distribution_svg(&self.inner, y, &c, s.as_ref(), &opts).py()
    }

    /// The institutions of `name`'s kind in its province in `year` as
    /// ranked bars (the `peers` table) with `name` highlighted, as SVG text.
    #[pyo3(signature = (name, year, *, lang = "id", width = 720))]
    fn ranking_svg(
        &self,
        name: &str,
        year: &Bound<'_, PyAny>,
        lang: &str,
        width: u32,
    ) -> PyResult<String> {
        let y = self::year(year, "year")?;
        let opts = chart_options(lang, width)?;
        let peers = self.inner.peers(name, y, 0).py()?;
        Ok(benchmark_ranking_svg(&self.inner, &peers, &opts))
    }

    /// A slope chart of the index from `from_year` to `to_year` as SVG
    /// text: the institutions in `names` (each found as `lookup` finds
    /// it), or else every one of the cohort evaluated in both years.
    #[pyo3(signature = (from_year, to_year, names = None, *, kind = None, province = None,
                        regional = false, local = false, lang = "id", width = 720))]
    #[allow(clippy::too_many_arguments)]
    fn slope_svg(
        &self,
        from_year: &Bound<'_, PyAny>,
        to_year: &Bound<'_, PyAny>,
        names: Option<Vec<String>>,
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
        lang: &str,
        width: u32,
    ) -> PyResult<String> {
        let (from, to) = (year(from_year, "from_year")?, year(to_year, "to_year")?);
        let c = cohort(kind, province, regional, local)?;
        let opts = chart_options(lang, width)?;
        let moves = match names {
            Some(names) => self.inner.movers_named(from, to, &names).py()?,
            None => self.inner.movers(from, to, &c),
        };
        Ok(benchmark_slope_svg(&self.inner, &moves, from, to, &opts))
    }

    /// The table as a pandas DataFrame, one row per published row.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("benchmark_frame")?
            .call1((slf,))
    }

    /// Notebook display: rows per year and kind of institution, and the
    /// latest year's distribution chart (`render::benchmark_html`).
    fn _repr_html_(&self) -> String {
        benchmark_html(&self.inner, Lang::Id)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyBenchmark>().is_ok_and(|o| {
            let o = &o.get().inner;
            o.rows() == self.inner.rows() && o.framework() == self.inner.framework()
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "Benchmark(rows={}, years={:?}, framework={:?})",
            self.inner.rows().len(),
            self.inner.years(),
            self.inner.framework().id()
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (Option<String>, Option<PyFramework>))> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_benchmark_restore")?;
        let state = if self.published {
            (None, None)
        } else {
            (
                Some(self.inner.to_csv()),
                Some(PyFramework(self.inner.framework().clone())),
            )
        };
        Ok((f, state))
    }
}

/// Unpickles a benchmark: the built-in table (no arguments), or a table
/// read again from its CSV text.
#[pyfunction]
#[pyo3(signature = (text = None, framework = None))]
pub fn _benchmark_restore(
    text: Option<&str>,
    framework: Option<PyFramework>,
) -> PyResult<PyBenchmark> {
    match text {
        None => PyBenchmark::spbe_published(),
        Some(t) => PyBenchmark::from_csv(t, framework),
    }
}
