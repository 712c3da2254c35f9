//! JSON and CSV round trips of assessments with arbitrary text (any
//! Unicode, quotes, commas, line breaks, formulas): what is written reads
//! back equal. (Frameworks, roadmaps and catalogs round-trip in their
//! property tests and in every fuzz target.)

use egov_masterplan::Assessment;
use proptest::prelude::*;

/// Text without outer whitespace (the CSV reader trims cells) and not
/// empty.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[=+@'\\-]?[a-zA-Z ,\"\n\r\t;|<>&]{0,30}",]
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("non-empty", |s| !s.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn assessments_round_trip_through_json_and_csv(
        subject in text(),
        period in 1900i32..2100,
        levels in prop::collection::btree_map("I[1-9][0-9]?", 0i64..=5, 0..10),
        notes in prop::collection::btree_map("I[1-9][0-9]?", (text(), prop::option::of(text())), 0..5),
    ) {
        let mut a = Assessment::new(subject, period);
        for (id, l) in &levels {
            a.set(id.clone(), *l);
        }
        for (id, (t, e)) in &notes {
            a.set_note(id.clone(), t.clone(), e.clone());
        }
        let json = a.to_json();
        prop_assert_eq!(&Assessment::from_json(&json).unwrap(), &a);
        if !levels.is_empty() || !notes.is_empty() {
            let csv = Assessment::to_csv(std::slice::from_ref(&a));
            prop_assert_eq!(Assessment::from_csv(&csv).unwrap(), vec![a]);
        }
    }
}
