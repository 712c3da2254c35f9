//! Property tests: scoring invariants, JSON round trips, and arbitrary input
//! that must come back as an error, never a panic.

use egov_masterplan::{
    scoring::{MissingPolicy, PredicateBasis, ScoreOptions, DENSE_MISSING},
    Assessment, Framework,
};
use proptest::prelude::*;

fn spbe() -> Framework {
    Framework::builtin("spbe-2020").unwrap()
}

fn assessment(levels: &[u8]) -> Assessment {
    let mut a = Assessment::new("prop", 2024);
    for (i, l) in levels.iter().enumerate() {
        a.set(format!("I{}", i + 1), i64::from(*l));
    }
    a
}

fn levels() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(1u8..=5, 47)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn index_stays_within_the_scale(l in levels()) {
        let card = spbe().score(&assessment(&l)).unwrap();
        let (lo, hi) = (*l.iter().min().unwrap(), *l.iter().max().unwrap());
        prop_assert!(card.exact_index() >= egov_masterplan::Fraction::from_int(lo.into()));
        prop_assert!(card.exact_index() <= egov_masterplan::Fraction::from_int(hi.into()));
        for n in card.nodes() {
            let v = n.exact.unwrap();
            prop_assert!(v >= egov_masterplan::Fraction::from_int(1) && v <= egov_masterplan::Fraction::from_int(5));
        }
    }

    #[test]
    fn raising_any_level_never_lowers_any_value(l in levels(), i in 0usize..47) {
        prop_assume!(l[i] < 5);
        let fw = spbe();
        let before = fw.score(&assessment(&l)).unwrap();
        let mut up = l.clone();
        up[i] += 1;
        let after = fw.score(&assessment(&up)).unwrap();
        prop_assert!(after.exact_index() > before.exact_index());
        for (a, b) in after.nodes().iter().zip(before.nodes()) {
            prop_assert!(a.exact >= b.exact, "{} fell", a.id);
        }
        let rank = |c: &egov_masterplan::Scorecard| fw.predicates().iter().position(|p| p.id == c.predicate().id);
        prop_assert!(rank(&after) <= rank(&before), "predicate fell");
    }

    #[test]
    fn order_of_entry_does_not_matter(l in levels(), seed in any::<u64>()) {
        let fw = spbe();
        let mut order: Vec<usize> = (0..47).collect();
        // a seeded shuffle
        let mut s = seed | 1;
        for i in (1..order.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            order.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let mut shuffled = Assessment::new("prop", 2024);
        for &i in &order {
            shuffled.set(format!("I{}", i + 1), i64::from(l[i]));
        }
        let a = fw.score(&assessment(&l)).unwrap();
        let b = fw.score(&shuffled).unwrap();
        prop_assert_eq!(a.to_json(), b.to_json());
        prop_assert_eq!(assessment(&l).to_json(), shuffled.to_json());
    }

    #[test]
    fn dense_path_agrees_with_scorecards(
        rows in prop::collection::vec(prop::collection::vec(prop_oneof![9 => 1u8..=5, 1 => Just(DENSE_MISSING)], 47), 1..6),
        rounded in any::<bool>(),
        renormalize in any::<bool>(),
    ) {
        let fw = spbe();
        let opts = ScoreOptions {
            predicate_basis: if rounded { PredicateBasis::Rounded } else { PredicateBasis::Exact },
            missing: if renormalize { MissingPolicy::Renormalize } else { MissingPolicy::Lowest },
        };
        // Half the rows complete (the fast path), half with gaps.
        let rows: Vec<Vec<u8>> = rows.into_iter().enumerate().map(|(r, row)| {
            if r % 2 == 0 { row.into_iter().map(|l| if l == DENSE_MISSING { 3 } else { l }).collect() } else { row }
        }).collect();
        let flat: Vec<u8> = rows.concat();
        let dense = fw.score_dense(&flat, &opts, true).unwrap();
        for (r, row) in rows.iter().enumerate() {
            let mut a = Assessment::new("prop", 2024);
            for (i, &l) in row.iter().enumerate() {
                if l != DENSE_MISSING { a.set(format!("I{}", i + 1), i64::from(l)); }
            }
            let card = match fw.score_with(&a, &opts) {
                Ok(c) => c,
                Err(_) => { prop_assert!(row.iter().all(|&l| l == DENSE_MISSING)); continue; }
            };
            prop_assert_eq!(dense.index[r], card.index());
            prop_assert_eq!(dense.exact_index(r).unwrap(), card.exact_index());
            prop_assert_eq!(&fw.predicates()[dense.predicate[r] as usize].id, &card.predicate().id);
            for (k, n) in card.nodes().iter().enumerate() {
                let d = dense.node_value(r, k).unwrap();
                match n.value() {
                    Some(v) => prop_assert_eq!(d, v),
                    None => prop_assert!(d.is_nan()),
                }
            }
        }
    }

    #[test]
    fn assessment_json_round_trips(l in prop::collection::vec(prop::option::of(0i64..=9), 47),
                                   subject in "[a-z<>&\"' -]{1,20}", period in 1990i32..2100,
                                   note in prop::option::of("[ -~\u{00e9}\u{200f}]{0,30}")) {
        let mut a = Assessment::new(subject, period);
        for (i, l) in l.iter().enumerate() {
            if let Some(l) = l { a.set(format!("I{}", i + 1), *l); }
        }
        if let Some(n) = note { a.set_note("I3", n, Some("https://bukti.example/3".into())); }
        let back = Assessment::from_json(&a.to_json()).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(back.to_json(), a.to_json());
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        let _ = Framework::from_json(&s);
        let _ = Assessment::from_json(&s);
        let _ = Assessment::from_csv(&s);
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let text = v.to_string();
        let _ = Framework::from_json(&text);
        if let Ok(a) = Assessment::from_json(&text) {
            let _ = spbe().score_with(&a, &ScoreOptions { missing: MissingPolicy::Renormalize, ..Default::default() });
        }
    }

    #[test]
    fn mutated_framework_documents_never_panic(path in prop::collection::vec(0usize..64, 1..4), replacement in arb_json()) {
        // Replace one value deep inside a real framework document.
        let mut doc: serde_json::Value = serde_json::from_str(&spbe().to_json()).unwrap();
        let mut pointer = String::new();
        let mut node = &doc;
        for p in path {
            let (key, next) = match node {
                serde_json::Value::Object(m) if !m.is_empty() => {
                    let (k, v) = m.iter().nth(p % m.len()).unwrap();
                    (k.replace('~', "~0").replace('/', "~1"), v)
                }
                serde_json::Value::Array(a) if !a.is_empty() => ((p % a.len()).to_string(), &a[p % a.len()]),
                _ => break,
            };
            pointer.push('/');
            pointer.push_str(&key);
            node = next;
        }
        *doc.pointer_mut(&pointer).unwrap() = replacement;
        if let Ok(fw) = Framework::from_json(&doc.to_string()) {
            let again = Framework::from_json(&fw.to_json()).unwrap();
            prop_assert_eq!(again, fw);
        }
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "[A-Za-z0-9_./-]{0,8}".prop_map(Value::String),
        prop_oneof![
            Just("subject"),
            Just("period"),
            Just("levels"),
            Just("I1"),
            Just("schema_version")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("subject".to_string()),
                    Just("period".to_string()),
                    Just("levels".to_string()),
                    Just("schema_version".to_string()),
                    Just("nodes".to_string()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn builtin_frameworks_round_trip_losslessly() {
    for id in Framework::builtin_ids() {
        let fw = Framework::builtin(id).unwrap();
        let compact = fw.to_json();
        let again = Framework::from_json(&compact).unwrap();
        assert_eq!(again, fw, "{id}");
        assert_eq!(again.to_json(), compact, "{id}: stable bytes");
        assert_eq!(Framework::from_json(&fw.to_json_pretty()).unwrap(), fw);
    }
}
