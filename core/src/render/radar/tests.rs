//! Tests of the radar chart (kept apart to keep `radar.rs` short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::{
    scoring::{MissingPolicy, ScoreOptions},
    Assessment, Error, Framework,
};

const HOSTILE: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> & | x";

/// D1 3.40 (I1–I10: four 4s, six 3s), everything else 3.
fn card(subject: &str) -> Scorecard {
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let mut a = Assessment::new(subject, 2023);
    for i in 1..=47 {
        a.set(format!("I{i}"), if i <= 4 { 4 } else { 3 });
    }
    fw.score(&a).expect("scores")
}

/// Every opened tag is closed, in order (a tiny well-formedness check).
fn balanced(svg: &str) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    for tag in svg.split('<').skip(1) {
        let Some(end) = tag.find('>') else {
            return false;
        };
        let body = &tag[..end];
        if let Some(name) = body.strip_prefix('/') {
            if stack.pop() != Some(name.trim()) {
                return false;
            }
        } else if !body.ends_with('/') {
            let name = body.split_whitespace().next().unwrap_or("");
            stack.push(name);
        }
    }
    stack.is_empty()
}

#[test]
fn one_axis_per_node_and_published_values() {
    let c = card("diskominfo");
    let svg = radar_svg(&c, &RadarOptions::default()).expect("renders");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>\n"));
    assert!(balanced(&svg));
    assert_eq!(svg.matches(r#"class="axis""#).count(), 4);
    assert_eq!(svg.matches(r#"class="ring""#).count(), 5);
    assert!(svg.contains(">3.40</text>"), "D1");
    assert!(svg.contains(">3.00</text>"), "D2–D4");
    assert!(svg.contains("<title>diskominfo — 2023: Indeks 3.05 (Baik)</title>"));
    assert!(svg.contains("Kebijakan Internal SPBE"));
    let aspects = RadarOptions {
        tier: "aspect".into(),
        lang: Lang::En,
        target: Some(RadarTarget::Uniform(2.6)),
        ..Default::default()
    };
    let svg = radar_svg(&c, &aspects).expect("renders");
    assert!(balanced(&svg));
    assert_eq!(svg.matches(r#"class="axis""#).count(), 8);
    assert!(svg.contains(r#"class="target""#) && svg.contains(">Target 2.60</text>"));
    assert!(svg.contains("(Good)</title>"));
    // A7's long name is cut with an ellipsis
    assert!(svg.contains("…</tspan>"));
}

#[test]
fn hostile_subject_and_names_are_escaped() {
    let mut opts = RadarOptions {
        subject_name: Some(HOSTILE.into()),
        ..Default::default()
    };
    let other = card(HOSTILE);
    opts.target = Some(RadarTarget::Scorecard(Box::new(other.clone())));
    for svg in [
        radar_svg(&card("x"), &opts).expect("renders"),
        radar_svg(&other, &RadarOptions::default()).expect("renders"),
    ] {
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"));
        assert!(!svg.contains(" & "));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"));
        assert!(svg.contains("&amp; | x"));
        assert!(balanced(&svg));
    }
    let json = Framework::builtin("pemdi-2025")
        .expect("built-in")
        .to_json();
    let evil = json.replacen("Strategi dan Rencana", "<b onclick=x>&", 1);
    let fw = Framework::from_json(&evil).expect("still valid");
    let mut a = Assessment::new("s", 2025);
    a.set("I1", 2);
    let lowest = ScoreOptions {
        missing: MissingPolicy::Lowest,
        ..Default::default()
    };
    let svg = radar_svg(
        &fw.score_with(&a, &lowest).expect("scores"),
        &RadarOptions {
            tier: "aspect".into(),
            ..Default::default()
        },
    )
    .expect("renders");
    assert!(!svg.contains("<b onclick"));
    assert!(svg.contains("&lt;b onclick=x&gt;&amp;"));
}

#[test]
fn unknown_tier_is_an_invalid_option() {
    let opts = RadarOptions {
        tier: "sector".into(),
        ..Default::default()
    };
    let err = radar_svg(&card("x"), &opts).expect_err("no such tier");
    assert_eq!(
        err,
        Error::InvalidOption {
            option: "tier".into(),
            value: "sector".into(),
            allowed: vec!["domain".into(), "aspect".into(), "indicator".into()],
        }
    );
}

#[test]
fn deterministic_and_unrated_nodes_get_a_dash() {
    let c = card("bappeda");
    let opts = RadarOptions {
        tier: "indicator".into(),
        size: 10,
        ..Default::default()
    };
    let a = radar_svg(&c, &opts).expect("renders");
    assert_eq!(a, radar_svg(&c, &opts).expect("renders"));
    assert_eq!(a.matches(r#"class="axis""#).count(), 47);
    assert!(
        a.contains(r#"width="240.00""#),
        "raised to the minimum size"
    );
    let huge = RadarOptions {
        size: u32::MAX,
        ..opts.clone()
    };
    let svg = radar_svg(&c, &huge).expect("renders");
    assert!(
        svg.contains(r#"width="4096.00""#),
        "lowered to the maximum size"
    );

    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let mut only_d1 = Assessment::new("bappeda", 2023);
    for i in 1..=10 {
        only_d1.set(format!("I{i}"), 5);
    }
    let renorm = ScoreOptions {
        missing: MissingPolicy::Renormalize,
        ..Default::default()
    };
    let svg = radar_svg(
        &fw.score_with(&only_d1, &renorm).expect("scores"),
        &RadarOptions::default(),
    )
    .expect("renders");
    assert_eq!(svg.matches(">–</text>").count(), 3);
    assert!(svg.contains(">5.00</text>"));
    assert!(balanced(&svg));
}

#[test]
fn fewer_than_three_axes_still_render() {
    let json = r#"{"schema_version":1,"id":"two","version":"1","name":"Two",
        "legal_basis":"none","status":"provisional","tiers":["aspect","indicator"],
        "scale":{"min":0,"max":3},"rounding":{"decimals":1,"mode":"half-up"},
        "predicates":[{"id":"ok","label":"OK","min":"0"}],
        "nodes":[{"id":"A","name":"Alpha","children":[{"id":"a1","name":"a","weight":"1"}]},
                 {"id":"B","name":"Beta","children":[{"id":"b1","name":"b","weight":"1"}]}]}"#;
    let fw = Framework::from_json(json).expect("a valid two-aspect framework");
    let mut a = Assessment::new("s", 2024);
    a.set("a1", 2).set("b1", 3);
    let svg = radar_svg(
        &fw.score(&a).expect("scores"),
        &RadarOptions {
            tier: "aspect".into(),
            ..Default::default()
        },
    )
    .expect("renders");
    assert_eq!(svg.matches(r#"class="axis""#).count(), 2);
    assert_eq!(svg.matches(r#"<circle class="ring""#).count(), 4);
    assert!(svg.contains(r#"class="score""#));
    assert!(svg.contains(">2.0</text>") && svg.contains(">3.0</text>"));
}

#[test]
fn the_layout_shape_is_what_the_chart_prints() {
    // D1 = 3.40 (I1–I4 at 4 of ten indicators, equal weights), D2–D4 = 3.00.
    let c = card("diskominfo");
    let fw = c.framework();
    let svg = radar_svg(&c, &RadarOptions::default()).expect("renders");
    let layout = RadarLayout::new(fw, "domain", Lang::Id, 480).expect("layout");
    let shape = layout.shape_from_rounded(&[3.4, 3.0, 3.0, 3.0]);
    assert!(svg.contains(&format!(r#"class="score" points="{}""#, shape.points)));
    for (x, y) in &shape.vertices {
        assert!(svg.contains(&format!(r#"<circle cx="{x}" cy="{y}""#)));
    }
    for l in &shape.labels {
        let text = format!(
            r#"<text x="{}" y="{}" text-anchor="{}">{}</text>"#,
            l.x, l.y, l.anchor, l.text
        );
        assert!(svg.contains(&text), "{text}");
    }
    assert_eq!(shape.labels[0].text, "3.40");
    assert!(svg.contains(&format!("<desc>{}</desc>", shape.desc)));
    assert!(shape
        .desc
        .starts_with("D1 Kebijakan Internal SPBE: 3.40; D2 "));
    let title = layout.title("diskominfo", 2023, "3.05", "Baik");
    assert!(svg.contains(&format!("<title>{title}</title>")));
    assert!(svg.contains(r##"<tspan class="index" font-weight="600" fill="#1f2328">3.05</tspan> · <tspan class="predicate">Baik</tspan>"##));
    // Fewer values than axes: the rest have none (drawn at 1, printed "–").
    let partial = layout.shape_from_rounded(&[3.4]);
    assert_eq!(partial.labels[1].text, "–");
    assert_eq!(partial.vertices[0], shape.vertices[0]);
    assert_ne!(partial.vertices[1], shape.vertices[1]);
}

#[test]
fn a_long_subject_is_cut_in_header_and_legend_but_whole_in_the_title() {
    let name =
        "Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Bolaang Mongondow";
    let opts = RadarOptions {
        subject_name: Some(name.into()),
        ..Default::default()
    };
    let svg = radar_svg(&card("x"), &opts).expect("renders");
    assert!(svg.contains(&format!("<title>{name} — 2023")));
    assert!(
        svg.contains(">Dinas Komunikasi, Informatika, Statistik da…</text>"),
        "{svg}"
    );
    assert!(
        svg.contains(">Dinas Komunikasi, Informatika,… 2023</text>"),
        "{svg}"
    );
}

#[test]
fn layout_of_an_unknown_tier_lists_the_tiers_and_titles_drop_control_characters() {
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let err = RadarLayout::new(&fw, "sector", Lang::En, 480).unwrap_err();
    assert_eq!(err.kind(), "invalid_option");
    let layout = RadarLayout::new(&fw, "aspect", Lang::En, 100).expect("layout");
    assert_eq!(layout.axis_ids().count(), 8);
    assert_eq!(
        layout.title("a\u{7}<b>", 2024, "1.00", "Poor"),
        "a<b> — 2024: Index 1.00 (Poor)"
    );
}
