"""Sensitivity analysis against SALib 1.5.1, the reference implementation:
the same Saltelli sample value for value, the same Sobol' indices on the
same outputs to 1e-12, and the Ishigami function's analytic indices."""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pytest

import egov_masterplan as em
from egov_masterplan import sensitivity

salib_saltelli = pytest.importorskip("SALib.sample.saltelli")
salib_sobol = pytest.importorskip("SALib.analyze.sobol")


def ishigami(x: np.ndarray) -> np.ndarray:
    v = -math.pi + 2 * math.pi * x
    return np.sin(v[:, 0]) + 7 * np.sin(v[:, 1]) ** 2 + 0.1 * v[:, 2] ** 4 * np.sin(v[:, 0])


def problem(d: int) -> dict:
    # Names as an array: SALib 1.5.1 calls pd.unique on them, which pandas 3
    # refuses for a list.
    return {"num_vars": d, "names": np.array([f"x{i + 1}" for i in range(d)]), "bounds": [[0.0, 1.0]] * d}


@pytest.mark.parametrize("n, d", [(4, 2), (64, 3), (1000, 5), (256, 47)])
def test_the_sample_is_salibs(n: int, d: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # saltelli.sample is deprecated; n = 1000 is no power of 2
        expected = salib_saltelli.sample(problem(d), n, calc_second_order=False)
    got = sensitivity.saltelli_sample(n, d)
    assert got.shape == (n * (d + 2), d) and got.dtype == np.float64
    assert np.array_equal(got, expected)
    # An explicit skip, as SALib's skip_values.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        skipped = salib_saltelli.sample(problem(d), n, calc_second_order=False, skip_values=0)
    assert np.array_equal(sensitivity.saltelli_sample(n, d, skip=0), skipped)


@pytest.mark.parametrize("n", [256, 4096])
def test_the_indices_are_salibs_on_the_same_outputs(n: int) -> None:
    x = sensitivity.saltelli_sample(n, 3)
    y = ishigami(x)
    ours = sensitivity.sobol_analyze(y, 3)
    theirs = salib_sobol.analyze(problem(3), y, calc_second_order=False, seed=1)
    np.testing.assert_allclose(ours.S1, theirs["S1"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(ours.ST, theirs["ST"], rtol=0, atol=1e-12)
    # The intervals come from other bootstrap draws: the same size, not the
    # same numbers (within a factor of 2 at these sizes).
    assert np.all(ours.S1_conf / theirs["S1_conf"] > 0.5) and np.all(ours.S1_conf / theirs["S1_conf"] < 2)
    assert np.all(ours.ST_conf / theirs["ST_conf"] > 0.5) and np.all(ours.ST_conf / theirs["ST_conf"] < 2)
    # SALib's keys work on ours.
    assert np.array_equal(ours["S1"], ours.S1)
    with pytest.raises(KeyError):
        ours["S2"]


def test_ishigami_at_n_2_to_the_14_is_within_a_hundredth_of_the_analytic_indices() -> None:
    # Closed forms (Saltelli et al., The Primer, 2008): a = 7, b = 0.1.
    pi4, pi8 = math.pi**4, math.pi**8
    v = 49 / 8 + 0.1 * pi4 / 5 + 0.01 * pi8 / 18 + 0.5
    v1, v2, v13 = 0.5 * (1 + 0.1 * pi4 / 5) ** 2, 49 / 8, 0.01 * pi8 * (1 / 18 - 1 / 50)
    s = sensitivity.sobol_analyze(ishigami(sensitivity.saltelli_sample(1 << 14, 3)), 3)
    np.testing.assert_allclose(s.S1, [v1 / v, v2 / v, 0.0], atol=0.01)
    np.testing.assert_allclose(s.ST, [(v1 + v13) / v, v2 / v, v13 / v], atol=0.01)
    assert [round(x, 4) for x in (v1 / v, v2 / v, (v1 + v13) / v, v13 / v)] == [0.3139, 0.4424, 0.5576, 0.2437]


def test_seeds_and_the_frame() -> None:
    a = sensitivity.saltelli_sample(16, 2, seed=5)
    assert np.array_equal(a, sensitivity.saltelli_sample(16, 2, seed=5))
    assert not np.array_equal(a, sensitivity.saltelli_sample(16, 2))
    y = ishigami(sensitivity.saltelli_sample(512, 3))
    s = sensitivity.sobol_analyze(y, 3, seed=3)
    again = sensitivity.sobol_analyze(y, 3, seed=3)
    assert np.array_equal(again.S1_conf, s.S1_conf) and np.array_equal(again.ST_conf, s.ST_conf)
    other = sensitivity.sobol_analyze(y, 3, seed=4)
    assert np.array_equal(other.S1, s.S1) and not np.array_equal(other.S1_conf, s.S1_conf)
    df = s.to_pandas(["a", "b", "c"])
    assert list(df.columns) == ["S1", "S1_conf", "ST", "ST_conf"] and list(df.index) == ["a", "b", "c"]
    assert df.loc["b", "S1"] == s.S1[1]
    assert "<table>" in s._repr_html_()
    with pytest.raises(ValueError, match="names: 2 given for 3 inputs"):
        s.to_pandas(["a", "b"])


def test_bad_input_is_a_typed_error_naming_the_field() -> None:
    with pytest.raises(em.errors.InvalidFieldError) as info:
        sensitivity.saltelli_sample(0, 2)
    assert info.value.field == "n"
    with pytest.raises(em.errors.InvalidFieldError, match="expected 1 to 500"):
        sensitivity.saltelli_sample(4, 501)
    with pytest.raises(em.errors.TooLargeError):
        sensitivity.saltelli_sample(1 << 24, 100)
    with pytest.raises(em.errors.InvalidFieldError, match="multiple of d \\+ 2 = 4"):
        sensitivity.sobol_analyze(np.ones(9), 2)
    y = ishigami(sensitivity.saltelli_sample(8, 3))
    y[3] = np.nan
    with pytest.raises(em.errors.InvalidFieldError, match=r"`y\[3\]` is NaN"):
        sensitivity.sobol_analyze(y, 3)
    with pytest.raises(OverflowError):
        sensitivity.saltelli_sample(-1, 2)


def test_the_module_example_runs() -> None:
    import doctest

    result = doctest.testmod(sensitivity)
    assert result.attempted == 6 and result.failed == 0


def tooltips(root: Any) -> list:
    """The inputs' tooltips in drawing order."""
    svg = "{http://www.w3.org/2000/svg}"
    return [g.findtext(f"{svg}title") for g in root.iter(f"{svg}g") if g.get("class") == "input"]


def test_the_indices_as_an_svg_bar_chart() -> None:
    import xml.etree.ElementTree as ET

    s = sensitivity.SobolIndices(
        S1=np.array([0.2, 0.6, -0.02]),
        S1_conf=np.array([0.02, 0.03, 0.03]),
        ST=np.array([0.25, 0.7, np.nan]),
        ST_conf=np.array([0.02, 0.04, 0.01]),
    )
    svg = s.to_svg(["<b>w</b> & co", "layanan"])
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("width") == "640.00"
    text = "".join(root.itertext())
    # Escaped in the markup, whole in the text; the third input is x3.
    assert "<b>" not in svg and "&lt;b&gt;w&lt;/b&gt; &amp; co" in svg
    assert "<b>w</b> & co" in text and "x3" in text
    for word in ("Indeks sensitivitas Sobol", "Orde pertama (S1)", "Total (ST)"):
        assert word in text
    # By total index, highest first; the NaN total prints as "–".
    assert tooltips(root) == [
        "layanan: S1 0.60 ± 0.03; ST 0.70 ± 0.04",
        "<b>w</b> & co: S1 0.20 ± 0.02; ST 0.25 ± 0.02",
        "x3: S1 -0.02 ± 0.03; ST –",
    ]
    en = s.to_svg(lang="en", width=1000, sort_by_total=False)
    en_root = ET.fromstring(en)
    en_text = "".join(en_root.itertext())
    for word in ("Sobol sensitivity indices", "First order (S1)", "Total (ST)"):
        assert word in en_text
    assert "Orde" not in en_text and en_root.get("width") == "1000.00"
    assert [t.split(":")[0] for t in tooltips(en_root)] == ["x1", "x2", "x3"]
    assert en == s.to_svg(lang="en", width=1000, sort_by_total=False)
    # From sobol_analyze, and a bad language.
    analysed = sensitivity.sobol_analyze(ishigami(sensitivity.saltelli_sample(64, 3)), 3)
    ET.fromstring(analysed.to_svg(("a", "b", "c")))
    with pytest.raises(ValueError):
        s.to_svg(lang="fr")  # type: ignore[arg-type]


def test_many_outputs_at_once_equal_one_at_a_time() -> None:
    x = sensitivity.saltelli_sample(256, 3)
    # Five outputs of the same sample: each column as its own model.
    y = np.stack([ishigami(x), x @ [1.0, 2.0, 3.0], np.sin(x[:, 0]) * x[:, 2], x[:, 1] ** 2, ishigami(x[:, ::-1])], axis=1)
    many = sensitivity.sobol_analyze_many(y, 3, resamples=50, seed=9)
    assert len(many) == 5
    for u, s in enumerate(many):
        one = sensitivity.sobol_analyze(y[:, u], 3, resamples=50, seed=9)
        for key in ("S1", "S1_conf", "ST", "ST_conf"):
            assert np.array_equal(s[key], one[key]), (u, key)
    theirs = salib_sobol.analyze(problem(3), y[:, 1], calc_second_order=False, seed=1)
    np.testing.assert_allclose(many[1].S1, theirs["S1"], rtol=0, atol=1e-12)
    # A Fortran-ordered or integer array is converted first.
    assert np.array_equal(sensitivity.sobol_analyze_many(np.asfortranarray(y), 3)[4].ST, sensitivity.sobol_analyze(y[:, 4], 3).ST)


def test_many_outputs_bad_input_names_the_field() -> None:
    x = sensitivity.saltelli_sample(16, 2)
    y = np.stack([x[:, 0], np.ones(len(x))], axis=1)
    with pytest.raises(em.errors.InvalidFieldError) as info:
        sensitivity.sobol_analyze_many(y, 2)
    assert info.value.field == "y[:, 1]" and "no variance" in str(info.value)
    y[5, 0] = np.inf
    with pytest.raises(em.errors.InvalidFieldError) as info:
        sensitivity.sobol_analyze_many(y, 2)
    assert info.value.field == "y[5, 0]"
    with pytest.raises(em.errors.InvalidFieldError) as info:
        sensitivity.sobol_analyze_many(x[:, 0], 2)
    assert info.value.field == "y" and "2-D" in str(info.value)
    with pytest.raises(em.errors.InvalidFieldError, match="has 63 rows; expected a multiple of d \\+ 2 = 4"):
        sensitivity.sobol_analyze_many(np.ones((63, 2)), 2)
    with pytest.raises(em.errors.InvalidFieldError) as info:
        sensitivity.sobol_analyze_many(np.ones((64, 0)), 2)
    assert info.value.field == "outputs"
