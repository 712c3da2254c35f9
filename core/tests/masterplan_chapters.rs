//! The analyses the masterplan document adds to its chapters, on the
//! sample (examples/data/masterplan.json): the index trend and the
//! agencies' radars (chapter 2), the duplicate applications and single
//! points of failure (chapter 2), the cheapest steps by the roadmap's
//! costs (chapter 3), the as-is → to-be change per domain (chapter 4), the
//! levels of every agency (appendix A) and the ArchiMate file (appendix C).
//!
//! The architecture's numbers were worked out by hand from
//! examples/data/bolmong-architecture.json with a short Python script
//! (grouping applications by function, a breadth-first search along the
//! failure direction of each relation on the as-is elements, and the
//! lifecycle years for the catalog of 2024), independently of the library.

use egov_masterplan::masterplan::Masterplan;
use egov_masterplan::Lang;

fn sample() -> Masterplan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    Masterplan::load(path).expect("the sample loads")
}

/// The chapter of `html` whose heading starts with `title`, up to the next
/// chapter.
fn chapter<'a>(html: &'a str, title: &str) -> &'a str {
    let start = html
        .find(&format!("\">{title}"))
        .unwrap_or_else(|| panic!("no chapter {title}"));
    let rest = &html[start..];
    rest.find("<h2 ").map_or(rest, |end| &rest[..end])
}

#[test]
fn chapter_2_has_the_trend_the_agency_radars_duplicates_and_single_points() {
    let html = sample().to_html(Lang::En).expect("html");
    let ch2 = chapter(&html, "2. Current Condition");
    // The trend: the 2019 baseline (1.43, own) and the published 2023
    // 3.52 and 2024 2.73 (core/data/spbe-results-2023-2024.csv).
    let trend = ch2.split("<figure>").nth(1).expect("the first figure");
    assert!(trend.contains("Index trend — Bolaang Mongondow Regency Government"));
    assert_eq!(trend.matches("class=\"point\"").count(), 3);
    for value in ["1.43", "3.52", "2.73"] {
        assert!(trend.contains(&format!(">{value}</text>")), "{value}");
    }
    assert!(trend.contains(
        "<figcaption>The index by year: own assessments and published official results</figcaption>"
    ));
    // A radar per agency (their 2023 assessments), captioned.
    assert_eq!(ch2.matches("<figcaption>Domain values of ").count(), 6);
    assert!(ch2.contains(
        "<figcaption>Domain values of Regional Development Planning Agency (2023)</figcaption>"
    ));
    // Duplicates: kepegawaian (app-kepeg-dinkes, app-kepeg-disdik,
    // app-simpeg; 3 agencies), then pengaduan (2 agencies).
    assert!(ch2.contains(
        "<tr><td>function: kepegawaian</td><td>SIMPEG Tenaga Kesehatan (app-kepeg-dinkes) — Health Office; \
         SIM Guru dan Tenaga Kependidikan (app-kepeg-disdik) — Education and Culture Office; \
         SIMPEG (app-simpeg) — Civil Service and Human Resource Development Agency</td><td class=\"num\">3</td></tr>"
    ));
    assert!(ch2.contains("<tr><td>function: pengaduan</td>"));
    // Single points of failure: 44 as-is elements reach another; the top
    // ten, first net-internet (35 elements, 8 services, 11 agencies),
    // then cloud-nasional (30, 9, 11, no owner) and sec-firewall (30, 7,
    // 10) by id.
    let spof = ch2.split("Single points of failure").nth(1).expect("spof");
    let table = spof.split("</table>").next().unwrap_or("");
    assert_eq!(table.matches("<tr><td>").count(), 10);
    assert!(table.contains(
        "<tr><td>Akses internet OPD (net-internet)</td><td>Infrastructure</td>\
         <td>Communication and Informatics Office</td><td class=\"num\">35</td>\
         <td class=\"num\">8</td><td class=\"num\">11</td></tr>"
    ));
    let at = |id: &str| table.find(&format!("({id})")).expect(id);
    assert!(at("net-internet") < at("cloud-nasional"));
    assert!(at("cloud-nasional") < at("sec-firewall"));
    assert!(at("sec-firewall") < at("dc-pemkab"));
    assert!(table.contains(
        "<tr><td>Data perizinan berusaha (data-perizinan)</td><td>Data and information</td>\
         <td>Investment and One-Stop Integrated Services Office</td><td class=\"num\">5</td>\
         <td class=\"num\">2</td><td class=\"num\">2</td></tr>"
    ));
}

#[test]
fn chapter_3_has_the_cheapest_steps_by_the_roadmaps_costs() {
    let mp = sample();
    // kebijakan-audit-tik, the only initiative raising I9, costs Rp
    // 60,000,000 for I9 1 → 3: two steps of 30,000,000. I16: pusat-data
    // offers 1 → 3 at 1,200,000,000 / 2 = 600,000,000 a step, but the
    // command centre's 3,000,000,000 over I16, I20 and I28 each 1 → 4 (9
    // steps) is ⌈333,333,333.3⌉ = 333,333,334 a step.
    // reviu-berkala costs Rp 200,000,000 for 21 steps (I1, I2, I10, I11,
    // I12, I13 and I19 each 1 → 4): ⌈200,000,000 / 21⌉ = 9,523,810.
    // integrasi-layanan-administrasi costs Rp 600,000,000 for 17 steps
    // (I14 1→3, I15 2→4, I32 2→4, I33 2→4, I34 3→4, I36 2→4, I37 1→4,
    // I41 1→4): ⌈600,000,000 / 17⌉ = 35,294,118.
    let costs = mp.step_costs();
    assert_eq!(costs.cost("I9", 2), Some(30_000_000));
    assert_eq!(costs.cost("I9", 4), None);
    assert_eq!(costs.cost("I16", 3), Some(333_333_334));
    assert_eq!(costs.cost("I1", 4), Some(9_523_810));
    assert_eq!(costs.cost("I14", 2), Some(35_294_118));
    // perbup-spbe: 175,000,000 over I1, I2, I4, I10 each 1 → 3 (8 steps)
    // = 21,875,000; reviu-berkala's 9,523,810 is cheaper for I1 to 2.
    assert_eq!(costs.cost("I4", 3), Some(21_875_000));
    assert_eq!(costs.cost("I1", 2), Some(9_523_810));
    let html = mp.to_html(Lang::Id).expect("html");
    let ch3 = chapter(&html, "3. Analisis Kebutuhan");
    // 2022 misses 3.00: six steps of 9,523,810 and three of 35,294,118,
    // total 57,142,860 + 105,882,354 = 163,025,214.
    assert!(ch3.contains(
        "Langkah termurah menurut biaya peta rencana (9, total Rp 163.025.214): \
         I1 3→4 (Rp 9.523.810), I2 3→4 (Rp 9.523.810), I11 3→4 (Rp 9.523.810), \
         I12 3→4 (Rp 9.523.810), I13 3→4 (Rp 9.523.810), I14 1→2 (Rp 35.294.118), \
         I19 3→4 (Rp 9.523.810), I32 3→4 (Rp 35.294.118), I33 3→4 (Rp 35.294.118)."
    ));
    // 2024 Sangat Baik needs I43 and I44, which no initiative raises to 4;
    // the D3 target is a group's.
    assert!(ch3.contains("Langkah termurah menurut biaya peta rencana: tidak ada rencana berbiaya"));
    assert!(ch3.contains(
        "Langkah termurah menurut biaya peta rencana: hanya dihitung untuk target indeks dan predikat."
    ));
}

#[test]
fn chapter_4_has_the_change_per_domain() {
    let html = sample().to_html(Lang::En).expect("html");
    let ch4 = chapter(&html, "4. Blueprint");
    assert!(ch4.contains(">From the as-is to the to-be architecture of 2024</h3>"));
    // As-is (as-is and retiring), planned for 2024, added, retired.
    let rows = [
        ("Business process", 16, 16, 0, 0),
        ("Data and information", 11, 11, 0, 0),
        ("Infrastructure", 6, 10, 4, 0),
        ("Applications", 13, 15, 5, 3),
        ("Security", 2, 5, 3, 0),
        ("Services", 13, 14, 1, 0),
        ("Total", 61, 71, 13, 3),
    ];
    for (domain, a, b, added, retired) in rows {
        let row = format!(
            "<tr><td>{domain}</td><td class=\"num\">{a}</td><td class=\"num\">{b}</td>\
             <td class=\"num\">{added}</td><td class=\"num\">{retired}</td></tr>"
        );
        assert!(ch4.contains(&row), "{row}");
    }
}

#[test]
fn the_appendices_have_every_agencys_levels_and_the_archimate_file() {
    let mp = sample();
    let html = mp.to_html(Lang::En).expect("html");
    let a = chapter(&html, "Appendix A. Indicator Levels");
    // Baseline + six agencies = 7 level columns: two tables of 4 and 3,
    // 47 indicators each.
    let tables: Vec<&str> = a.split("<table>").skip(1).collect();
    assert_eq!(tables.len(), 2);
    for (t, columns) in tables.iter().zip([4, 3]) {
        let head = t.split("</thead>").next().unwrap_or("");
        assert_eq!(head.matches("</th>").count(), 2 + columns);
        assert_eq!(t.matches("<tr><td>I").count(), 47);
    }
    assert!(tables[0].contains(">Baseline 2019</th>") && tables[0].contains(">bappeda 2023</th>"));
    assert!(
        tables[1].contains(">disdukcapil 2023</th>") && tables[1].contains(">dpmptsp 2023</th>")
    );
    // I11: baseline 1, bappeda 5, bkpsdm 3, bpkad 2.
    assert!(tables[0].contains(
        "<td class=\"num\">1</td><td class=\"num\">5</td><td class=\"num\">3</td><td class=\"num\">2</td></tr>"
    ));
    // Appendix C: the export's counts, checked against the XML itself: 20
    // agencies + 74 elements, and 26 views (the overview, 20 agencies, the
    // as-is catalog, and 2021–2024).
    let c = chapter(&html, "Appendix C. The ArchiMate File");
    let xml = mp.architecture().expect("catalog").to_archimate_xml();
    let elements = xml.matches("<element identifier=").count();
    let relationships = xml.matches("<relationship identifier=").count();
    assert_eq!(elements, 94);
    assert_eq!(relationships, 210);
    assert!(c.contains(&format!(
        ": {elements} elements (the agencies and the catalog"
    )));
    assert!(c.contains(&format!(
        " elements), {relationships} relationships, and the 26 views below."
    )));
    assert_eq!(c.matches("<li>").count(), 26);
    assert_eq!(xml.matches("xsi:type=\"Diagram\"").count(), 26);
    assert!(
        c.contains("<li>Layered overview</li>") && c.contains("<li>To-be architecture 2024</li>")
    );
}
