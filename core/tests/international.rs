//! The international indices recomputed from their published components
//! with the composite building blocks (data: core/data/international, with
//! its README: sources, checks and known quirks, which the expected
//! failures below cite).

use egov_masterplan::composite::{aggregate, competition_ranks, Aggregator};
use std::path::Path;

/// The rows of a data file as (header → cell) maps, in file order.
fn rows(name: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/international")
        .join(name);
    let mut reader = csv::Reader::from_path(path).expect("data file");
    let headers = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn num(row: &std::collections::BTreeMap<String, String>, key: &str) -> f64 {
    row[key].parse().expect("a number")
}

/// The equal-weight arithmetic mean of `keys`.
fn mean_of(row: &std::collections::BTreeMap<String, String>, keys: &[&str]) -> f64 {
    let values: Vec<Option<f64>> = keys.iter().map(|k| Some(num(row, k))).collect();
    aggregate(&values, &vec![1.0; keys.len()], Aggregator::Arithmetic)
        .expect("aggregates")
        .expect("a value")
}

#[test]
fn egdi_2022_composites_ranks_and_groups() {
    let data = rows("egdi-2022.csv");
    assert_eq!(data.len(), 193);
    // EGDI = (OSI + HCI + TII)/3 from 4-dp components: within 1e-4 (README:
    // max deviation 6.67e-5).
    for r in &data {
        let d = (mean_of(r, &["osi", "hci", "tii"]) - num(r, "egdi")).abs();
        assert!(d <= 1e-4 + 1e-12, "{}: {d}", r["country"]);
    }
    // Competition ranks on the published EGDI: every published rank.
    let egdi: Vec<f64> = data.iter().map(|r| num(r, "egdi")).collect();
    let ranks = competition_ranks(&egdi);
    for (r, rank) in data.iter().zip(&ranks) {
        assert_eq!(r["rank"], rank.to_string(), "{}", r["country"]);
    }
    // Groups on the values as published: Very High > 0.75, High > 0.50,
    // Middle > 0.25 (README: 60, 73, 53, 7).
    let group = |v: f64| {
        if v > 0.75 {
            0
        } else if v > 0.5 {
            1
        } else if v > 0.25 {
            2
        } else {
            3
        }
    };
    let mut counts = [0; 4];
    for v in &egdi {
        counts[group(*v)] += 1;
    }
    assert_eq!(counts, [60, 73, 53, 7]);
}

/// The six DGI dimensions (both editions' columns).
const DGI_DIMENSIONS: [&str; 6] = [
    "digital_by_design",
    "data_driven",
    "government_as_a_platform",
    "open_by_default",
    "user_driven",
    "proactiveness",
];

#[test]
fn dgi_2023_composites_and_member_ranks() {
    let data = rows("dgi-2023.csv");
    // Six 3-dp dimensions, equal weights: |composite − mean| ≤ 0.0005
    // (README: equality after rounding fails for GBR, LTU, LUX half-up).
    for r in &data {
        let d = (mean_of(r, &DGI_DIMENSIONS) - num(r, "composite")).abs();
        assert!(d <= 0.0005 + 1e-12, "{}: {d}", r["iso3"]);
    }
    // The 33 members (the first rows, in rank order) ranked 1…33.
    let members: Vec<f64> = data[..33].iter().map(|r| num(r, "composite")).collect();
    assert_eq!(competition_ranks(&members), (1..=33).collect::<Vec<u32>>());
}

#[test]
fn dgi_2019_composites_with_the_two_source_errata() {
    let data = rows("dgi-2019.csv");
    let mut failing = Vec::new();
    for r in &data {
        // 2-dp dimensions: the mean is within 0.0055 of the 3-dp composite.
        if (mean_of(r, &DGI_DIMENSIONS) - num(r, "composite")).abs() > 0.0055 {
            failing.push(r["iso3"].clone());
        }
    }
    // README: Uruguay's and Brazil's printed "open by default" (0.60, 0.61)
    // do not fit their composites; the source's error, kept as published.
    assert_eq!(failing, ["URY", "BRA"]);
    // The 29 members, in rank order, ranked 1…29 on the printed composite,
    // except Chile: Ireland and Chile both print 0.411 and the OECD ranked
    // them 23 and 24 of 33 on unrounded values (README), 21 and 22 among
    // the members, so Chile shares Ireland's 21 here.
    let composite: Vec<f64> = data.iter().map(|r| num(r, "composite")).collect();
    let members = competition_ranks(&composite[..29]);
    let differing: Vec<(&str, u32)> = data[..29]
        .iter()
        .zip(members.iter().zip(1u32..))
        .filter(|(_, (a, b))| *a != b)
        .map(|(r, (a, _))| (r["iso3"].as_str(), *a))
        .collect();
    assert_eq!(differing, [("CHL", 21)]);
    // Ranks over all 33 place the partners as the PDF does: URY 9, BRA 16,
    // PAN 30, ARG 31.
    let all = competition_ranks(&composite);
    assert_eq!(all[29..], [9, 16, 30, 31]);
    let ireland = data
        .iter()
        .position(|r| r["iso3"] == "IRL")
        .expect("Ireland");
    assert_eq!(all[ireland..ireland + 2], [23, 23]);
}

#[test]
fn gtmi_2022_composites_and_groups() {
    let data = rows("gtmi-2022.csv");
    assert_eq!(data.len(), 198);
    for r in &data {
        // Full-precision components: the simple mean to floating-point noise.
        let d = (mean_of(r, &["cgsi", "psdi", "dcei", "gtei"]) - num(r, "gtmi")).abs();
        assert!(d < 1e-15, "{}: {d}", r["iso3"]);
    }
    // Groups: A ≥ 0.75, B ≥ 0.50, C ≥ 0.25, D below, on the unrounded GTMI.
    let group = |v: f64| {
        if v >= 0.75 {
            "A"
        } else if v >= 0.5 {
            "B"
        } else if v >= 0.25 {
            "C"
        } else {
            "D"
        }
    };
    for r in &data {
        assert_eq!(group(num(r, "gtmi")), r["group"], "{}", r["iso3"]);
    }
}

// ---- The built-in composite frameworks, scored from the components ----

use egov_masterplan::composite::{Cohort, CohortScores};
use egov_masterplan::Framework;

/// Scores `rows` (ids from `id_key`) on built-in `framework`, reading each
/// indicator's column by its id.
fn score(
    framework: &str,
    data: &[std::collections::BTreeMap<String, String>],
    id_key: &str,
) -> CohortScores {
    let fw = Framework::builtin(framework).expect("built in");
    let ids = data.iter().map(|r| r[id_key].clone()).collect();
    let columns = fw
        .indicators()
        .map(|i| {
            let id = i.id().to_owned();
            let col = data.iter().map(|r| Some(num(r, &id))).collect();
            (id, col)
        })
        .collect();
    fw.score_cohort(&Cohort::new(ids, columns).expect("cohort"))
        .expect("scores")
}

#[test]
fn egdi_2022_framework_reproduces_ranks_and_groups() {
    let data = rows("egdi-2022.csv");
    let s = score("un-egdi-2022", &data, "iso3");
    let mut differing = Vec::new();
    for (r, u) in data.iter().zip(&s.units) {
        let published = num(r, "egdi");
        let index = u.index.expect("index");
        assert!((index - published).abs() <= 1e-4 + 1e-12, "{}", u.id);
        if r["rank"] != u.rank.expect("rank").to_string() {
            differing.push((u.id.clone(), r["rank"].clone(), u.rank.unwrap()));
        }
        let group = match published {
            v if v > 0.75 => "very-high",
            v if v > 0.5 => "high",
            v if v > 0.25 => "middle",
            _ => "low",
        };
        assert_eq!(u.group.as_deref(), Some(group), "{}", u.id);
    }
    assert_eq!(differing, Vec::<(String, String, u32)>::new());
}

#[test]
fn dgi_2023_framework_reproduces_member_ranks() {
    let data = rows("dgi-2023.csv");
    let s = score("oecd-dgi-2023", &data[..33], "iso3");
    for (r, u) in data.iter().zip(&s.units) {
        let d = (u.index.expect("index") - num(r, "composite")).abs();
        assert!(d <= 0.0005 + 1e-12, "{}: {d}", u.id);
        assert_eq!(u.group, None, "the DGI has no bands");
    }
    let differing: Vec<(&str, u32)> = s
        .units
        .iter()
        .zip(1u32..)
        .filter(|(u, expected)| u.rank != Some(*expected))
        .map(|(u, _)| (u.id.as_str(), u.rank.unwrap_or(0)))
        .collect();
    assert_eq!(differing, Vec::<(&str, u32)>::new());
}

#[test]
fn dgi_2019_framework_ranks_all_33_as_the_pdf() {
    let data = rows("dgi-2019.csv");
    let s = score("oecd-dgi-2019", &data, "iso3");
    // The PDF's ranks over all 33: members in row order 1…29 with the
    // partners placed at URY 9, BRA 16, PAN 30, ARG 31.
    let mut pdf: Vec<(String, u32)> = Vec::new();
    let mut next = 1;
    for r in &data[..29] {
        while [9, 16, 30, 31].contains(&next) {
            next += 1;
        }
        pdf.push((r["iso3"].clone(), next));
        next += 1;
    }
    pdf.extend([
        ("URY".into(), 9),
        ("BRA".into(), 16),
        ("PAN".into(), 30),
        ("ARG".into(), 31),
    ]);
    let differing: Vec<(String, u32, u32)> = s
        .units
        .iter()
        .zip(&pdf)
        .filter(|(u, (_, rank))| u.rank != Some(*rank))
        .map(|(u, (_, rank))| (u.id.clone(), *rank, u.rank.unwrap_or(0)))
        .collect();
    // (country, PDF rank, rank from the printed dimensions). The printed
    // dimensions have 2 decimals, the composite 3, so two pairs cannot be
    // reproduced from them:
    // - Brazil's printed "open by default" does not fit its composite
    //   (README: a source erratum): recomputed 0.510, below Slovenia's
    //   0.512, while the PDF prints 0.519 for Brazil (16) and 0.513 for
    //   Slovenia (17).
    // - Panama (0.343, 30) and Argentina (0.342, 31) differ by 0.001 in the
    //   PDF; their 2-decimal dimensions average 0.3417 and 0.3433, the
    //   other way round.
    // Ireland and Chile, tied at 0.411 in print, come out 0.413 and 0.412
    // here: ranked 23 and 24 as the OECD ranked their unrounded values.
    assert_eq!(
        differing,
        [
            ("SVN".to_owned(), 17, 16),
            ("BRA".to_owned(), 16, 17),
            ("PAN".to_owned(), 30, 31),
            ("ARG".to_owned(), 31, 30)
        ]
    );
}

#[test]
fn gtmi_2022_framework_reproduces_groups() {
    let data = rows("gtmi-2022.csv");
    let s = score("wb-gtmi-2022", &data, "iso3");
    for (r, u) in data.iter().zip(&s.units) {
        assert!(
            (u.index.expect("index") - num(r, "gtmi")).abs() < 1e-15,
            "{}",
            u.id
        );
        assert_eq!(u.group.as_deref(), Some(r["group"].as_str()), "{}", u.id);
    }
    let counts = ["A", "B", "C", "D"].map(|g| {
        s.units
            .iter()
            .filter(|u| u.group.as_deref() == Some(g))
            .count()
    });
    assert_eq!(counts, [69, 46, 53, 30]);
}
