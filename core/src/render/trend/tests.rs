use super::*;

fn point(year: i32, units: i128, source: TrendSource) -> TrendPoint {
    TrendPoint {
        year,
        value: Decimal { units, decimals: 2 },
        source,
    }
}

/// Three points on the default 640 × 320 frame: plot from x 48 to 608
/// (640 − 32), y 256 (320 − 64, level 1) up to 56 (level 5), 50 px a
/// level; years 2019–2023 are 140 px apart.
#[test]
fn points_sit_on_the_years_and_levels_with_their_values() {
    let svg = trend_svg(
        &[
            point(2023, 352, TrendSource::Published),
            point(2019, 150, TrendSource::Assessment),
            point(2021, 300, TrendSource::Assessment),
        ],
        &TrendOptions::default(),
    );
    assert!(svg.starts_with(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640.00 320.00" width="640.00" height="320.00""#
    ));
    // 2019 at x 48, 1.50 at y 256 − 0.5 × 50 = 231; 2021 at x 328, 3.00 at
    // y 156; 2023 at x 608, 3.52 at y 256 − 2.52 × 50 = 130.
    assert!(svg.contains(
        r##"<polyline points="48.00,231.00 328.00,156.00" fill="none" stroke="#0969da""##
    ));
    assert!(svg.contains(r##"<polyline points="608.00,130.00" fill="none" stroke="#bc4c00""##));
    assert!(svg.contains(r#"<circle cx="48.00" cy="231.00" r="4.50""#));
    assert!(svg.contains(r#"<rect x="603.50" y="125.50" width="9.00" height="9.00""#));
    // Own values above the point (y − 9), published below (y + 17).
    assert!(svg.contains(
        r##"<text x="48.00" y="222.00" font-size="11.00" font-weight="600" fill="#0969da""##
    ));
    assert!(svg.contains(">1.50</text>") && svg.contains(">3.00</text>"));
    assert!(svg.contains(r#"<text x="608.00" y="147.00""#) && svg.contains(">3.52</text>"));
    assert!(svg.contains("<title>2023: 3.52 (Hasil resmi yang diterbitkan)</title>"));
    // A tick per year, a grid line per level, both series in the legend.
    for y in 2019..=2023 {
        assert!(svg.contains(&format!(">{y}</text>")), "{y}");
    }
    assert_eq!(svg.matches(&format!("stroke=\"{GRID}\"")).count(), 5);
    assert!(
        svg.contains(">Penilaian sendiri</text>")
            && svg.contains(">Hasil resmi yang diterbitkan</text>")
    );
    assert_eq!(svg.matches(r#"class="point""#).count(), 3);
    assert_eq!(
        svg,
        trend_svg(
            &[
                point(2023, 352, TrendSource::Published),
                point(2019, 150, TrendSource::Assessment),
                point(2021, 300, TrendSource::Assessment),
            ],
            &TrendOptions::default(),
        ),
        "deterministic"
    );
}

#[test]
fn one_series_has_one_legend_entry_and_english_words() {
    let svg = trend_svg(
        &[
            point(2019, 150, TrendSource::Assessment),
            point(2020, 200, TrendSource::Assessment),
        ],
        &TrendOptions {
            lang: Lang::En,
            width: 1280,
            ..Default::default()
        },
    );
    assert!(svg.contains(r#"width="1280.00" height="640.00""#));
    assert!(svg.contains(">Own assessment</text>") && !svg.contains("Published official"));
    assert!(svg.contains("<title>Index trend</title>"));
}

#[test]
fn a_hostile_subject_name_is_escaped() {
    let svg = trend_svg(
        &[point(2019, 150, TrendSource::Assessment)],
        &TrendOptions {
            subject_name: Some("<script>alert(1)</script> & \"x\"".into()),
            ..Default::default()
        },
    );
    assert!(!svg.contains("<script"));
    assert!(svg.contains("Tren indeks — &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    // One year only: the point in the middle of the plot, (48 + 608) / 2.
    assert!(svg.contains(r#"<circle cx="328.00" cy="231.00""#));
}
