//! Tests of the radar chart (kept apart to keep `radar.rs` short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::{Assessment, Framework, MissingPolicy, ScoreOptions};

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
