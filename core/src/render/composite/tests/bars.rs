//! The sensitivity bars: geometry by hand, order, fallbacks, escaping,
//! both languages, determinism, and no panic on odd input.

use super::texts;
use crate::render::composite::{sensitivity_bars_svg, SensitivityBarsOptions};
use crate::sensitivity::SobolIndices;
use crate::text::Lang;

fn sobol(s1: &[f64], s1_conf: &[f64], st: &[f64], st_conf: &[f64]) -> SobolIndices {
    SobolIndices {
        s1: s1.to_vec(),
        s1_conf: s1_conf.to_vec(),
        st: st.to_vec(),
        st_conf: st_conf.to_vec(),
    }
}

/// The inputs' names in drawing order.
fn input_names(svg: &str) -> Vec<&str> {
    svg.split(r#"<g class="input"><title>"#)
        .skip(1)
        .filter_map(|t| t.split(": ").next())
        .collect()
}

/// At 640 px the plot runs from x 144 to 544 (640 − 96): 400 px for the
/// axis 0–1. Group `i` (from 0) has its top at 88 + 34 i; the S1 bar 5
/// below it, the ST bar 18 below, each 11 thick.
#[test]
fn sensitivity_bars_sit_on_the_axis() {
    let s = sobol(&[0.5], &[0.1], &[0.75], &[0.05]);
    let svg = sensitivity_bars_svg(&["a"], &s, &SensitivityBarsOptions::default());
    assert!(svg.contains(r#"viewBox="0 0 640.00 130.00""#), "96 + 34");
    assert!(svg.contains(
        r##"<rect class="bar" x="144.00" y="93.00" width="200.00" height="11.00" fill="#0969da"/>"##
    ));
    // The whisker 0.4–0.6 at the bar's middle (93 + 5.5).
    assert!(svg.contains(r#"d="M304.00 98.50H384.00"#));
    assert!(svg.contains(
        r##"<rect class="bar" x="144.00" y="106.00" width="300.00" height="11.00" fill="#bc4c00"/>"##
    ));
    assert!(svg.contains(r#"d="M424.00 111.50H464.00"#));
    assert!(svg.contains(">0.50 ± 0.10</text>") && svg.contains(">0.75 ± 0.05</text>"));
    assert!(svg.contains("<title>a: S1 0.50 ± 0.10; ST 0.75 ± 0.05</title>"));
    // Ticks 0.0, 0.2, …, 1.0, 80 px apart; the zero line at 144.
    for (x, label) in [("144.00", "0.0"), ("224.00", "0.2"), ("544.00", "1.0")] {
        assert!(svg.contains(&format!(r#"<text x="{x}" y="78.00">{label}</text>"#)));
    }
    assert!(svg.contains(r#"<line class="zero" x1="144.00""#));
    texts(&svg);
}

#[test]
fn a_negative_estimate_is_drawn_left_of_zero() {
    // The axis runs from −0.25 (−0.2 − 0.05) to 1: 320 px a unit, zero at
    // 144 + 0.25 × 320 = 224.
    let s = sobol(&[-0.2], &[0.05], &[0.5], &[0.0]);
    let svg = sensitivity_bars_svg(&[], &s, &SensitivityBarsOptions::default());
    assert!(svg.contains(r#"<rect class="bar" x="160.00" y="93.00" width="64.00""#));
    assert!(svg.contains(r#"d="M144.00 98.50H176.00"#));
    assert!(svg.contains(r#"<line class="zero" x1="224.00""#));
    assert!(svg.contains(r#"<text x="160.00" y="78.00">-0.2</text>"#));
    assert!(svg.contains(r#"<text x="224.00" y="78.00">0.0</text>"#));
    assert!(svg.contains(">-0.20 ± 0.05</text>") && svg.contains(">0.50 ± 0.00</text>"));
    assert_eq!(input_names(&svg), ["x1"]);
}

#[test]
fn inputs_by_total_index_and_names_fall_back() {
    let s = sobol(
        &[0.05, 0.4, 0.1, 0.3],
        &[0.01; 4],
        &[0.1, 0.5, f64::NAN, 0.5],
        &[0.01; 4],
    );
    let names = ["first", "second"];
    let svg = sensitivity_bars_svg(&names, &s, &SensitivityBarsOptions::default());
    // Ties (0.5) in input order; no number last.
    assert_eq!(input_names(&svg), ["second", "x4", "first", "x3"]);
    let svg = sensitivity_bars_svg(
        &names,
        &s,
        &SensitivityBarsOptions {
            sort_by_total: false,
            ..Default::default()
        },
    );
    assert_eq!(input_names(&svg), ["first", "second", "x3", "x4"]);
    // x3's ST has no bar and prints as "–"; its S1 is drawn.
    assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 7);
    assert!(svg.contains("<title>x3: S1 0.10 ± 0.01; ST –</title>"));
}

#[test]
fn unequal_vectors_are_read_to_the_shortest_and_odd_values_drawn_safely() {
    let s = sobol(
        &[0.2, f64::INFINITY, 0.1],
        &[0.01, 0.01, f64::NAN],
        &[0.3, 0.4],
        &[0.02, 0.02, 0.02],
    );
    let svg = sensitivity_bars_svg(&["a", "b", "c"], &s, &SensitivityBarsOptions::default());
    assert_eq!(input_names(&svg), ["b", "a"]);
    assert!(svg.contains("<title>b: S1 –; ST 0.40 ± 0.02</title>"));
    texts(&svg);
    // A missing interval: the value alone, no whisker.
    let s = sobol(&[0.1], &[f64::NAN], &[0.2], &[f64::NEG_INFINITY]);
    let svg = sensitivity_bars_svg(&[], &s, &SensitivityBarsOptions::default());
    assert!(svg.contains(">0.10</text>") && !svg.contains(r#"class="whisker""#));
    // Nothing, huge values, 10,000 inputs, empty and hostile names.
    for s in [
        sobol(&[], &[], &[], &[]),
        sobol(
            &[1e300, -1e300],
            &[1e300, 1e300],
            &[f64::MAX, f64::MIN],
            &[1.0, 1.0],
        ),
        sobol(
            &[f64::NAN; 3],
            &[f64::NAN; 3],
            &[f64::NAN; 3],
            &[f64::NAN; 3],
        ),
    ] {
        for width in [0, 640, u32::MAX] {
            let svg = sensitivity_bars_svg(
                &["", "<b>"],
                &s,
                &SensitivityBarsOptions {
                    width,
                    ..Default::default()
                },
            );
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            texts(&svg);
        }
    }
    let many = vec![0.001; 10_000];
    let svg = sensitivity_bars_svg(
        &[],
        &sobol(&many, &many, &many, &many),
        &SensitivityBarsOptions::default(),
    );
    assert_eq!(svg.matches(r#"<g class="input">"#).count(), 10_000);
    texts(&svg);
}

#[test]
fn sensitivity_names_escaped_words_in_both_languages_deterministic() {
    let s = sobol(&[0.2, 0.6], &[0.02, 0.03], &[0.25, 0.7], &[0.02, 0.04]);
    let names = ["<script>alert(1)</script>", "R&D <b>weight</b>"];
    let id = sensitivity_bars_svg(&names, &s, &SensitivityBarsOptions::default());
    assert!(!id.contains("<script") && !id.contains("<b>"));
    assert!(id.contains("&lt;script&gt;") && id.contains("R&amp;D &lt;b&gt;"));
    let text = texts(&id);
    assert!(text.contains("R&D <b>weight</b>"));
    for word in [
        "Indeks sensitivitas Sobol",
        "Orde pertama (S1)",
        "Total (ST)",
    ] {
        assert!(text.contains(word), "{word}");
    }
    let en_opts = SensitivityBarsOptions {
        lang: Lang::En,
        title: Some("Weights of <the> index".into()),
        ..Default::default()
    };
    let en = sensitivity_bars_svg(&names, &s, &en_opts);
    let text = texts(&en);
    for word in ["Weights of <the> index", "First order (S1)", "Total (ST)"] {
        assert!(text.contains(word), "{word}");
    }
    assert!(!text.contains("Orde"));
    let default_en = texts(&sensitivity_bars_svg(
        &names,
        &s,
        &SensitivityBarsOptions {
            lang: Lang::En,
            ..Default::default()
        },
    ));
    assert!(default_en.contains("Sobol sensitivity indices"));
    assert_eq!(
        en,
        sensitivity_bars_svg(&names, &s, &en_opts),
        "deterministic"
    );
}
