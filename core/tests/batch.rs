//! Batch scoring, competition ranking and trends.

use egov_masterplan::{
    scoring::{rank, trends, RankBasis},
    Assessment, Framework, Scorecard,
};

/// Every indicator at `base`, then `raised` indicators one level up.
fn card(fw: &Framework, subject: &str, period: i32, base: i64, raised: &[&str]) -> Scorecard {
    let mut a = Assessment::new(subject, period);
    for i in 1..=47 {
        a.set(format!("I{i}"), base);
    }
    for id in raised {
        a.set(*id, base + 1);
    }
    fw.score(&a).unwrap()
}

#[test]
fn ranks_compete_within_each_period() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    // Hand: from all 3, raising I42 or I43 adds 0.03, I41 0.0275, I1 and I2 0.013 each.
    let cards = vec![
        card(&fw, "bappeda", 2024, 3, &["I41"]),    // 3.0275
        card(&fw, "bkpsdm", 2024, 3, &["I42"]),     // 3.03
        card(&fw, "bpkad", 2024, 3, &["I1", "I2"]), // 3.026
        card(&fw, "diskominfo", 2024, 3, &["I43"]), // 3.03
        card(&fw, "dukcapil", 2023, 2, &[]),        // 2.00, another period
    ];
    let got: Vec<(i32, String, usize, String)> = rank(&cards, RankBasis::Exact)
        .into_iter()
        .map(|r| (r.period, r.subject, r.rank, r.index.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (2023, "dukcapil".to_string(), 1, "2.00".to_string()),
            (2024, "bkpsdm".to_string(), 1, "3.03".to_string()),
            (2024, "diskominfo".to_string(), 1, "3.03".to_string()),
            (2024, "bappeda".to_string(), 3, "3.03".to_string()),
            (2024, "bpkad".to_string(), 4, "3.03".to_string()),
        ]
    );
    // On the published (rounded) value all four 2024 agencies print 3.03 and tie.
    let rounded: Vec<usize> = rank(&cards, RankBasis::Rounded)
        .iter()
        .map(|r| r.rank)
        .collect();
    assert_eq!(rounded, [1, 1, 1, 1, 1]);
}

#[test]
fn trends_follow_each_subject_across_periods() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let cards = vec![
        card(&fw, "bpkad", 2024, 3, &[]),
        card(&fw, "bappeda", 2022, 2, &[]),
        card(&fw, "bpkad", 2022, 2, &["I42"]),
        card(&fw, "bpkad", 2023, 2, &["I42", "I43"]),
    ];
    let t = trends(&cards).unwrap();
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].subject, "bappeda");
    assert_eq!(t[0].points.len(), 1);
    assert_eq!(t[0].points[0].change, None);
    let b = &t[1];
    let periods: Vec<i32> = b.points.iter().map(|p| p.period).collect();
    assert_eq!(periods, [2022, 2023, 2024]);
    // 2.03 → 2.06 (+0.03) → 3.00 (+0.94)
    let changes: Vec<String> = b
        .points
        .iter()
        .filter_map(|p| p.change)
        .map(|c| c.to_literal())
        .collect();
    assert_eq!(changes, ["0.03", "0.94"]);
    assert_eq!(b.points[0].predicate, "cukup");
    assert_eq!(b.points[2].predicate, "baik");

    let dup = vec![card(&fw, "x", 2024, 3, &[]), card(&fw, "x", 2024, 4, &[])];
    let err = trends(&dup).unwrap_err();
    assert_eq!(err.kind(), "duplicate_id");
    assert!(err.to_string().contains("x 2024"), "{err}");
}

#[test]
fn score_many_names_the_bad_assessment() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut good = Assessment::new("good", 2024);
    let mut bad = Assessment::new("bad", 2024);
    for i in 1..=47 {
        good.set(format!("I{i}"), 3);
        bad.set(format!("I{i}"), 3);
    }
    bad.set("I30", 9);
    assert_eq!(
        fw.score_many(&[good.clone(), good.clone()]).unwrap().len(),
        2
    );
    let err = fw.score_many(&[good, bad]).unwrap_err();
    assert_eq!(err.kind(), "level_out_of_range");
    assert!(
        err.to_string()
            .starts_with("bad 2024: indicator `I30` level 9"),
        "{err}"
    );
}
