//! `Benchmark`: the published SPBE results (`egov_masterplan::benchmark`)
//! and the questions asked of them, answered by the core; this module only
//! converts arguments and answers (records of `egov_masterplan._records`).

use crate::benchmark_records::{
    distribution_record, movement_record, peers_record, position_record, published_record,
};
use crate::convert::int_arg;
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use egov_masterplan::benchmark::{Benchmark, Cohort, InstitutionKind, Subject};
use egov_masterplan::render::escape_xml;
use egov_masterplan::{Fraction, Framework};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString};

/// Published evaluation results: one row per institution and year.
#[pyclass(name = "Benchmark", module = "egov_masterplan", frozen)]
pub struct PyBenchmark {
    inner: Benchmark,
    /// Built by `spbe_published()`: pickles as that call.
    published: bool,
}

/// What to place: a `str` is read by the core's rule (`Subject::parse`: a
/// leading digit makes it an index, otherwise it is a name); an int,
/// float, `decimal.Decimal` or `fractions.Fraction` is an index value,
/// handed to the core as its decimal text.
fn subject(obj: &Bound<'_, PyAny>) -> PyResult<Subject> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Subject::parse(&s.to_cow()?).py();
    }
    let wrong = || {
        Ok::<_, PyErr>(PyTypeError::new_err(format!(
            "subject: expected an institution name (str) or an index (int, float, Decimal, \
             Fraction or decimal text), not {}",
            obj.get_type().name()?
        )))
    };
    if obj.is_instance_of::<PyBool>() {
        return Err(wrong()?);
    }
    if obj.is_instance_of::<PyInt>() {
        // Exact: the int's decimal text, however large.
        return Subject::index(&obj.str()?.to_cow()?).py();
    }
    if obj.is_instance_of::<PyFloat>() {
        // The decimal the float was written as (its shortest round-trip
        // text), as `GapTarget` reads a float: 3.1 means exactly 3.10.
        return Subject::index(&format!("{}", obj.extract::<f64>()?)).py();
    }
    let decimal = obj.py().import("decimal")?.getattr("Decimal")?;
    if obj.is_instance(&decimal)? {
        return Subject::index(&obj.str()?.to_cow()?).py();
    }
    if let (Ok(n), Ok(d)) = (
        obj.getattr("numerator").and_then(|n| n.extract::<i128>()),
        obj.getattr("denominator").and_then(|d| d.extract::<i128>()),
    ) {
        // A fraction with a terminating decimal expansion (31/10); any
        // other is reported by the core as text it cannot read.
        let text = Fraction::new(n, d)
            .and_then(|f| f.to_decimal_string())
            .unwrap_or_else(|| format!("{n}/{d}"));
        return Subject::index(&text).py();
    }
    if obj.hasattr("__index__")? {
        // NumPy integers.
        return Subject::index(&obj.call_method0("__index__")?.str()?.to_cow()?).py();
    }
    Err(wrong()?)
}

/// The cohort of the keyword arguments, by the core's constructors: a
/// province is the regional governments of that province, `regional` every
/// regional government, neither every institution; `kind` narrows any of
/// them (parsed by the core: an unknown kind lists the allowed ones).
fn cohort(kind: Option<&str>, province: Option<String>, regional: bool) -> PyResult<Cohort> {
    let base = match province {
        Some(p) => Cohort::province(p),
        None if regional => Cohort::regional(),
        None => Cohort::all(),
    };
    Ok(match kind {
        Some(k) => base.with_kind(k.parse::<InstitutionKind>().py()?),
        None => base,
    })
}

/// A year argument (an int the core's `i32` holds).
fn year(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<i32> {
    int_arg(obj, "benchmark", field)
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
    #[pyo3(signature = (year, subject, *, kind = None, province = None, regional = false))]
    fn position<'py>(
        &self,
        py: Python<'py>,
        year: &Bound<'py, PyAny>,
        subject: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<String>,
        regional: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        let s = self::subject(subject)?;
        let c = cohort(kind, province, regional)?;
        position_record(py, &self.inner.position(y, &s, &c).py()?)
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
    #[pyo3(signature = (from_year, to_year, *, kind = None, province = None, regional = false))]
    fn movers<'py>(
        &self,
        py: Python<'py>,
        from_year: &Bound<'py, PyAny>,
        to_year: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<String>,
        regional: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let (from, to) = (year(from_year, "from_year")?, year(to_year, "to_year")?);
        let c = cohort(kind, province, regional)?;
        let out = PyList::empty(py);
        for m in self.inner.movers(from, to, &c) {
            out.append(movement_record(py, &m)?)?;
        }
        Ok(out)
    }

    /// How a cohort's results spread in `year`: rows per predicate and
    /// the quartiles of the index and of each domain.
    #[pyo3(signature = (year, *, kind = None, province = None, regional = false))]
    fn distribution<'py>(
        &self,
        py: Python<'py>,
        year: &Bound<'py, PyAny>,
        kind: Option<&str>,
        province: Option<String>,
        regional: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let y = self::year(year, "year")?;
        let c = cohort(kind, province, regional)?;
        distribution_record(py, &self.inner.distribution(y, &c).py()?)
    }

    /// The table as a pandas DataFrame, one row per published row.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("benchmark_frame")?
            .call1((slf,))
    }

    /// Notebook display: rows per year and kind of institution.
    fn _repr_html_(&self) -> String {
        let years = self.inner.years();
        let cell = "padding:2px 8px;border-bottom:1px solid #eaeef2;text-align:right";
        let head = "padding:3px 8px;border-bottom:2px solid #d0d7de;background:#f6f8fa";
        let mut html = String::from(
            "<div class=\"egov-benchmark\" style=\"font-family:system-ui,sans-serif;font-size:13px\">\
             <p style=\"margin:2px 0\"><b>Hasil evaluasi SPBE</b>: ",
        );
        html.push_str(&format!(
            "{} baris, kerangka {}</p><table class=\"egov-benchmark-counts\" \
             style=\"border-collapse:collapse\"><thead><tr><th style=\"{head}\">Tahun</th>",
            self.inner.rows().len(),
            escape_xml(self.inner.framework().id())
        ));
        for k in InstitutionKind::ALL {
            html.push_str(&format!(
                "<th style=\"{head}\">{}</th>",
                escape_xml(k.as_str())
            ));
        }
        html.push_str(&format!(
            "<th style=\"{head}\">Jumlah</th></tr></thead><tbody>"
        ));
        for y in years {
            html.push_str(&format!("<tr><td style=\"{cell}\">{y}</td>"));
            for k in InstitutionKind::ALL {
                let n = self.inner.year(y).filter(|r| r.kind == *k).count();
                html.push_str(&format!("<td style=\"{cell}\">{n}</td>"));
            }
            let n = self.inner.year(y).count();
            html.push_str(&format!("<td style=\"{cell}\">{n}</td></tr>"));
        }
        html.push_str("</tbody></table></div>");
        html
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
