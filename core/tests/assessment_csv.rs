//! Long-format CSV: reading, writing, and each malformed-input error.

use egov_masterplan::{Assessment, Framework};

#[test]
fn reads_several_subjects_and_periods_in_order_of_appearance() {
    let csv = "subject,period,indicator,level,note,evidence\n\
               dukcapil,2023,I2,2,,\n\
               bappeda,2024,I10,3,\"Perbup 7/2024, pasal 3\",https://jdih.example/7\n\
               dukcapil,2023,I1,1,,\n\
               bappeda,2024,I2,4,,\n\
               bappeda,2024,I3,,only a note,\n";
    let all = Assessment::from_csv(csv).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!((all[0].subject(), all[0].period()), ("dukcapil", 2023));
    assert_eq!(all[0].levels().collect::<Vec<_>>(), [("I1", 1), ("I2", 2)]);
    let b = &all[1];
    assert_eq!(b.levels().collect::<Vec<_>>(), [("I2", 4), ("I10", 3)]);
    assert_eq!(b.level("I3"), None);
    assert_eq!(b.note("I3").unwrap().text, "only a note");
    let note = b.note("I10").unwrap();
    assert_eq!(note.text, "Perbup 7/2024, pasal 3");
    assert_eq!(note.evidence.as_deref(), Some("https://jdih.example/7"));
    // Written back: natural order, quoted comma, evidence column kept.
    let out = Assessment::to_csv(&all);
    assert_eq!(
        out,
        "subject,period,indicator,level,note,evidence\n\
         dukcapil,2023,I1,1,,\n\
         dukcapil,2023,I2,2,,\n\
         bappeda,2024,I2,4,,\n\
         bappeda,2024,I3,,only a note,\n\
         bappeda,2024,I10,3,\"Perbup 7/2024, pasal 3\",https://jdih.example/7\n"
    );
    assert_eq!(Assessment::from_csv(&out).unwrap(), all);
}

#[test]
fn columns_in_any_order_and_without_note() {
    let all = Assessment::from_csv("indicator,level,period,subject\nI5,4,2024,bkpsdm\n").unwrap();
    assert_eq!(all[0].level("I5"), Some(4));
    assert_eq!(
        Assessment::to_csv(&all),
        "subject,period,indicator,level,note\nbkpsdm,2024,I5,4,\n"
    );
}

#[test]
fn malformed_rows_name_row_and_column() {
    let cases = [
        (
            "subject,period,indicator\nx,2024,I1\n",
            1,
            "level",
            "missing",
        ),
        (
            "subject,period,indicator,level,colour\n",
            1,
            "colour",
            "not a known column",
        ),
        (
            "subject,period,indicator,level,level\n",
            1,
            "level",
            "twice",
        ),
        (
            "subject,period,indicator,level\nx,2024,I1,3.5\n",
            2,
            "level",
            "3.5",
        ),
        (
            "subject,period,indicator,level\nx,2024,I1,3\nx,twenty,I2,3\n",
            3,
            "period",
            "twenty",
        ),
        (
            "subject,period,indicator,level\n,2024,I1,3\n",
            2,
            "subject",
            "empty",
        ),
        (
            "subject,period,indicator,level\nx,2024,,3\n",
            2,
            "indicator",
            "empty",
        ),
        (
            "subject,period,indicator,level\nx,2024,I1,3\nx,2024,I1,4\n",
            3,
            "indicator",
            "twice",
        ),
        (
            "subject,period,indicator,level\nx,2024,I1\n",
            2,
            "row",
            "fields",
        ),
    ];
    for (csv, row, column, says) in cases {
        let err = Assessment::from_csv(csv).unwrap_err();
        assert_eq!(err.kind(), "csv", "{csv}");
        let egov_masterplan::Error::Csv {
            row: r,
            column: c,
            detail: message,
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!((*r, c.as_str()), (row, column), "{csv}: {err}");
        assert!(message.contains(says), "{csv}: {message}");
    }
}

#[test]
fn csv_levels_are_checked_when_scored() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let all = Assessment::from_csv("subject,period,indicator,level\nx,2024,I1,7\n").unwrap();
    let err = fw.score(&all[0]).unwrap_err();
    assert_eq!(err.kind(), "level_out_of_range");
    assert!(err.to_string().contains("I1"));
}
