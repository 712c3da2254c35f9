//! The composite charts: geometry by hand, order, limits, escaping, both
//! languages, determinism, and no panic on odd input (the sensitivity
//! bars' in `tests/bars.rs`).

use super::*;
use quick_xml::events::Event;

mod bars;

/// Parses strictly; returns every text node, joined.
fn texts(svg: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut out = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_lowercase();
                assert_ne!(name, "script", "injected element");
            }
            Ok(Event::Text(t)) => out.push_str(&t.decode().expect("text")),
            Ok(Event::GeneralRef(r)) => out.push_str(match AsRef::<[u8]>::as_ref(&*r) {
                b"lt" => "<",
                b"gt" => ">",
                b"amp" => "&",
                b"quot" => "\"",
                _ => "'",
            }),
            Ok(_) => {}
            Err(e) => panic!("not well-formed: {e}\n{svg}"),
        }
    }
    out
}

fn interval(nominal_rank: u32, median_rank: u32, p05: u32, p95: u32) -> RankInterval {
    RankInterval {
        nominal_rank,
        median_rank,
        p05,
        p95,
        mean_shift: 0.0,
    }
}

fn rows<'a>(labels: &'a [String], intervals: &'a [RankInterval]) -> Vec<RankIntervalRow<'a>> {
    labels
        .iter()
        .zip(intervals)
        .map(|(label, interval)| RankIntervalRow {
            label,
            interval,
            highlight: false,
        })
        .collect()
}

/// The tooltips' labels, in drawing order.
fn row_labels(svg: &str) -> Vec<&str> {
    svg.split(r#"<g class="row"><title>"#)
        .skip(1)
        .filter_map(|t| t.split(": ").next())
        .collect()
}

/// Ten units ranked 1–10 at 640 px: the plot runs from x 184 to 616
/// (640 − 24), 432 px for ranks 1–10, 48 px a rank; row `i` (from 0) has
/// its top at 88 + 18 i, its middle 9 lower; the chart is 96 + 18 × 10 =
/// 276 tall.
#[test]
fn rank_intervals_sit_on_the_rank_axis() {
    let labels: Vec<String> = (1..=10).map(|i| format!("Unit {i}")).collect();
    let mut intervals: Vec<RankInterval> = (1..=10).map(|i| interval(i, i, i, i)).collect();
    // Rank 5 (row 4, middle at y 169): p05 3 at x 280, p95 5 at x 376,
    // median 4 at x 328.
    intervals[4] = interval(5, 4, 3, 5);
    let svg = rank_interval_svg(&rows(&labels, &intervals), &RankIntervalOptions::default());
    assert!(svg.starts_with(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640.00 276.00" width="640.00" height="276.00""#
    ));
    assert!(svg.contains(r#"d="M280.00 169.00H376.00M280.00 165.00V173.00M376.00 165.00V173.00""#));
    assert!(svg.contains(r#"<circle class="median" cx="328.00" cy="169.00" r="4.00""#));
    assert!(
        svg.contains(r#"<line class="nominal" x1="376.00" y1="162.00" x2="376.00" y2="176.00""#)
    );
    // Rank 1 at the left edge, rank 10 at the right one; a tick a rank.
    assert!(svg.contains(r#"<circle class="median" cx="184.00" cy="97.00""#));
    assert!(svg.contains(r#"<circle class="median" cx="616.00" cy="259.00""#));
    for (rank, x) in [(1, "184.00"), (5, "376.00"), (10, "616.00")] {
        assert!(
            svg.contains(&format!(r#"<text x="{x}" y="78.00">{rank}</text>"#)),
            "{rank}"
        );
    }
    assert_eq!(
        svg.matches(&format!(r#"stroke="{}""#, parts::GRID)).count(),
        10
    );
    assert!(svg.contains("<title>Unit 5: Peringkat nominal 5; Median 4; p05–p95 3–5</title>"));
    assert_eq!(svg.matches(r#"<g class="row">"#).count(), 10);
    texts(&svg);
}

#[test]
fn rows_are_in_nominal_order_then_label_then_input_order() {
    let labels: Vec<String> = ["Z", "B", "A", "C", "C", "B"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let intervals = [
        interval(4, 4, 4, 4),
        interval(2, 2, 2, 2),
        interval(2, 2, 2, 2),
        interval(1, 1, 1, 3),
        interval(1, 1, 1, 2),
        interval(3, 3, 3, 3),
    ];
    let svg = rank_interval_svg(&rows(&labels, &intervals), &RankIntervalOptions::default());
    assert_eq!(row_labels(&svg), ["C", "C", "A", "B", "B", "Z"]);
    // The two "C"s keep the input order: p95 3 first, then 2.
    let first_c = svg.find("p05–p95 1–3").expect("first C");
    assert!(first_c < svg.find("p05–p95 1–2").expect("second C"));
}

#[test]
fn a_limit_keeps_the_first_units_and_the_highlighted_ones_beyond_it() {
    let labels: Vec<String> = (1..=10).map(|i| format!("U{i}")).collect();
    let intervals: Vec<RankInterval> = (1..=10).map(|i| interval(i, i, i, i + 1)).collect();
    let mut all = rows(&labels, &intervals);
    all.reverse();
    for r in &mut all {
        r.highlight = matches!(r.label, "U2" | "U7");
    }
    let opts = RankIntervalOptions {
        limit: Some(3),
        ..Default::default()
    };
    let svg = rank_interval_svg(&all, &opts);
    assert_eq!(row_labels(&svg), ["U1", "U2", "U3", "U7"]);
    // Four rows and the separator: 96 + 18 × 5.
    assert!(svg.contains(r#"height="186.00""#));
    assert_eq!(svg.matches(r#"class="separator""#).count(), 1);
    // The separator sits on line 3 (middle 88 + 54 + 9), U7 below it.
    assert!(svg.contains(r#"<line x1="16.00" y1="151.00" x2="616.00" y2="151.00""#));
    assert!(svg.find(r#"class="separator""#) < svg.find("U7:"));
    // Highlighted: a yellow band, the accent colour and a bold label.
    assert_eq!(svg.matches(r##"fill="#fff8c5""##).count(), 2);
    assert!(svg.contains(r##"font-weight="700" fill="#bc4c00" text-anchor="end">U7</text>"##));
    assert!(svg.contains(r##"font-weight="400" fill="#1f2328" text-anchor="end">U1</text>"##));
    // The axis spans the ranks shown: up to 8 (U7's p95).
    assert!(svg.contains(">8</text>") && !svg.contains(">9</text>"));
    // No highlighted unit beyond the limit: no separator.
    let plain = rank_interval_svg(&rows(&labels, &intervals), &opts);
    assert_eq!(row_labels(&plain), ["U1", "U2", "U3"]);
    assert!(!plain.contains("separator") && plain.contains(r#"height="150.00""#));
    texts(&svg);
}

#[test]
fn hostile_labels_are_escaped_and_long_ones_cut() {
    let long = "Pemerintah Kabupaten Dengan Nama Yang Sangat Panjang Sekali".to_owned();
    let labels = vec!["<script>alert(1)</script> & co".to_owned(), long.clone()];
    let intervals = [interval(1, 1, 1, 2), interval(2, 2, 1, 2)];
    let opts = RankIntervalOptions {
        title: Some("Indeks <b>&</b>".into()),
        ..Default::default()
    };
    let svg = rank_interval_svg(&rows(&labels, &intervals), &opts);
    assert!(!svg.contains("<script") && !svg.contains("<b>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    assert!(svg.contains("<title>Indeks &lt;b&gt;&amp;&lt;/b&gt;</title>"));
    // Cut to 28 characters in the chart, whole in the tooltip.
    assert!(svg.contains(">Pemerintah Kabupaten Dengan…</text>"));
    assert!(svg.contains(&format!("<title>{long}: ")));
    let text = texts(&svg);
    assert!(text.contains("<script>alert(1)</script> & co"));
}

#[test]
fn rank_interval_words_in_both_languages() {
    let labels = vec!["A".to_owned()];
    let intervals = [interval(1, 1, 1, 1)];
    let id = texts(&rank_interval_svg(
        &rows(&labels, &intervals),
        &RankIntervalOptions::default(),
    ));
    for word in [
        "Rentang peringkat (p05–p95)",
        "Peringkat nominal",
        "Median",
        "Rentang 5–95 %",
        "Peringkat",
    ] {
        assert!(id.contains(word), "{word}");
    }
    let en = rank_interval_svg(
        &rows(&labels, &intervals),
        &RankIntervalOptions {
            lang: Lang::En,
            ..Default::default()
        },
    );
    let en_text = texts(&en);
    for word in [
        "Rank interval (p05–p95)",
        "Nominal rank",
        "Median",
        "5–95 % interval",
        "Rank",
    ] {
        assert!(en_text.contains(word), "{word}");
    }
    assert!(!en_text.contains("Peringkat"));
    assert_eq!(
        en,
        rank_interval_svg(
            &rows(&labels, &intervals),
            &RankIntervalOptions {
                lang: Lang::En,
                ..Default::default()
            },
        ),
        "deterministic"
    );
}

#[test]
fn rank_intervals_take_any_input() {
    // Nothing: the header only.
    let svg = rank_interval_svg(&[], &RankIntervalOptions::default());
    assert!(svg.contains(r#"height="96.00""#) && !svg.contains(r#"class="axis""#));
    texts(&svg);
    // Extreme ranks, an empty label, p05 after p95, rank 0, odd widths.
    let labels = vec![String::new(), "x".into(), "y".into()];
    let intervals = [
        interval(u32::MAX, u32::MAX, 1, u32::MAX),
        interval(0, 0, 0, 0),
        interval(3, 7, 9, 2),
    ];
    for width in [0, 359, 4097, u32::MAX] {
        for limit in [None, Some(0), Some(1), Some(usize::MAX)] {
            let opts = RankIntervalOptions {
                width,
                limit,
                ..Default::default()
            };
            let mut r = rows(&labels, &intervals);
            r[0].highlight = true;
            let svg = rank_interval_svg(&r, &opts);
            assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
            texts(&svg);
        }
    }
    let narrow = rank_interval_svg(
        &rows(&labels, &intervals),
        &RankIntervalOptions {
            width: 10,
            ..Default::default()
        },
    );
    assert!(narrow.contains(r#"width="360.00""#));
    // u32::MAX ranks: ticks of a round step, at most a handful.
    assert!(narrow.contains(">4000000000</text>"));
    // p05 after p95: the whisker still runs from the lower to the higher.
    assert!(narrow.contains("p05–p95 9–2"));
    // 10,000 units.
    let labels: Vec<String> = (0..10_000).map(|i| format!("Unit {i}")).collect();
    let intervals: Vec<RankInterval> = (0..10_000u32)
        .map(|i| {
            interval(
                10_000 - i,
                10_000 - i,
                (10_000 - i).saturating_sub(50),
                10_000,
            )
        })
        .collect();
    let svg = rank_interval_svg(&rows(&labels, &intervals), &RankIntervalOptions::default());
    assert_eq!(svg.matches(r#"<g class="row">"#).count(), 10_000);
    assert_eq!(row_labels(&svg).first(), Some(&"Unit 9999"));
    assert!(svg.contains(r#"height="180096.00""#));
    texts(&svg);
}
