//! Writes the core's outputs for every shared vector into a directory tree
//! (`<dir>/<vector>/<case>/<output>`), as `outputs.py` (Python) and
//! `outputs.mjs` (WebAssembly) do through their bindings; `compare.py`
//! checks that the trees agree byte for byte (JSON after canonicalising;
//! all three in `tests/determinism/`). Run by `scripts/determinism`:
//! `cargo run --release -p egov-conformance --bin vector_outputs -- DIR`.

use egov_masterplan::{
    benchmark::{Benchmark, Cohort, InstitutionKind, Movement, Subject},
    forms::{consolidate, ConsolidationOptions, FormOptions, ReturnedFile, WorkbookOptions},
    render::{
        benchmark_distribution_svg, benchmark_ranking_svg, benchmark_slope_svg,
        BenchmarkChartOptions, GanttOptions, HeatmapOptions, RadarOptions, RadarTarget,
    },
    scoring::{MissingPolicy, PredicateBasis, ScoreOptions},
    ArchitectureModel, Assessment, Framework, Lang, Roadmap, ScheduleOptions,
};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn write(dir: &Path, name: &str, text: &str) -> Res<()> {
    fs::create_dir_all(dir)?;
    fs::write(dir.join(name), text)?;
    Ok(())
}

fn vector(root: &Path, name: &str) -> Res<Value> {
    Ok(serde_json::from_str(&fs::read_to_string(
        root.join("tests/vectors").join(name),
    )?)?)
}

fn options(v: &Value) -> ScoreOptions {
    ScoreOptions {
        predicate_basis: match v["predicate_basis"].as_str() {
            Some("rounded") => PredicateBasis::Rounded,
            _ => PredicateBasis::Exact,
        },
        missing: match v["missing"].as_str() {
            Some("lowest") => MissingPolicy::Lowest,
            Some("renormalize") => MissingPolicy::Renormalize,
            _ => MissingPolicy::Error,
        },
    }
}

/// Scorecard JSON, radar SVGs (two tiers × two languages), Markdown, and
/// the assessment as CSV.
fn scoring_case(out: &Path, case: &Value) -> Res<()> {
    let fw = Framework::builtin(case["framework"].as_str().unwrap_or_default())?;
    let a = Assessment::from_json(&case["assessment"].to_string())?;
    write(
        out,
        "assessment.csv",
        &Assessment::to_csv(std::slice::from_ref(&a)),
    )?;
    let card = fw.score_with(&a, &options(&case["options"]))?;
    write(out, "scorecard.json", &card.to_json())?;
    for (tier, lang) in radar_variants(&fw) {
        let opts = RadarOptions {
            tier: tier.clone(),
            lang,
            target: Some(RadarTarget::Uniform(2.6)),
            size: 400,
            subject_name: None,
        };
        write(
            out,
            &format!("radar-{tier}-{}.svg", lang.as_str()),
            &card.to_radar_svg(&opts)?,
        )?;
    }
    for lang in [Lang::Id, Lang::En] {
        write(
            out,
            &format!("markdown-{}.md", lang.as_str()),
            &card.to_markdown(lang),
        )?;
    }
    Ok(())
}

/// The framework's group tiers (at most two) in both languages.
fn radar_variants(fw: &Framework) -> Vec<(String, Lang)> {
    let tiers = fw.tiers();
    let groups = &tiers[..tiers.len().saturating_sub(1)];
    groups
        .iter()
        .take(2)
        .flat_map(|t| [(t.clone(), Lang::Id), (t.clone(), Lang::En)])
        .collect()
}

/// Roadmap JSON and DOT, phases, critical path, and the budgeted schedule's
/// JSON, CSV, Mermaid and Gantt SVGs.
fn roadmap_case(out: &Path, doc: &str) -> Res<()> {
    let r = Roadmap::from_json(doc)?;
    write(out, "roadmap.json", &r.to_json())?;
    write(out, "roadmap.dot", &r.to_dot()?)?;
    write(out, "phases.json", &serde_json::to_string(&r.phases())?)?;
    write(
        out,
        "critical-path.json",
        &serde_json::to_string(&r.critical_path()?)?,
    )?;
    let s = r.schedule(&ScheduleOptions::default())?;
    write(out, "schedule.json", &s.to_json())?;
    write(out, "schedule.csv", &s.to_csv())?;
    write(out, "schedule.mmd", &s.to_mermaid())?;
    for lang in [Lang::Id, Lang::En] {
        let svg = s.to_gantt_svg(&GanttOptions {
            lang,
            ..Default::default()
        });
        write(out, &format!("gantt-{}.svg", lang.as_str()), &svg)?;
    }
    Ok(())
}

/// Catalog JSON, ArchiMate XML, DOT and the heatmaps.
fn architecture_case(out: &Path, doc: &str) -> Res<()> {
    let m = ArchitectureModel::from_json(doc)?;
    write(out, "catalog.json", &m.to_json())?;
    write(out, "archimate.xml", &m.to_archimate_xml())?;
    write(out, "architecture.dot", &m.to_dot())?;
    for lang in [Lang::Id, Lang::En] {
        let svg = m.to_heatmap_svg(&HeatmapOptions {
            lang,
            ..Default::default()
        });
        write(out, &format!("heatmap-{}.svg", lang.as_str()), &svg)?;
    }
    Ok(())
}

/// The national benchmark's answers as canonical JSON: Bolaang Mongondow's
/// published rows of 2023 and 2024, its 2024 position in five cohorts (the
/// kabupaten and kota of its province among them), a self-assessed 3.10
/// among the regional governments, the movers of Sulawesi Utara, the
/// regional governments' distribution, its peers, and the charts.
fn benchmark_outputs(out: &Path) -> Res<()> {
    let b = Benchmark::spbe_published()?;
    let name = "Kab. Bolaang Mongondow";
    for year in [2023, 2024] {
        write(
            out,
            &format!("lookup-bolaang-mongondow-{year}.json"),
            &b.lookup(name, year)?.to_json(),
        )?;
    }
    let cohorts = [
        ("all", Cohort::all()),
        ("kabupaten", Cohort::kind(InstitutionKind::Kabupaten)),
        ("sulawesi-utara", Cohort::province("Sulawesi Utara")),
        ("regional", Cohort::regional()),
        (
            "sulawesi-utara-local",
            Cohort::province("Sulawesi Utara").local_only(),
        ),
    ];
    for (key, cohort) in &cohorts {
        let p = b.position(2024, &Subject::name(name), cohort)?;
        write(out, &format!("position-2024-{key}.json"), &p.to_json())?;
    }
    let p = b.position(2024, &Subject::index("3.10")?, &Cohort::regional())?;
    write(out, "position-2024-regional-3.10.json", &p.to_json())?;
    let moves = b.movers(2023, 2024, &Cohort::province("Sulawesi Utara"));
    write(
        out,
        "movers-2023-2024-sulawesi-utara.json",
        &Movement::list_to_json(&moves),
    )?;
    let d = b.distribution(2024, &Cohort::regional())?;
    write(out, "distribution-2024-regional.json", &d.to_json())?;
    write(
        out,
        "peers-bolaang-mongondow-2024.json",
        &b.peers(name, 2024, 5)?.to_json(),
    )?;
    benchmark_charts(out, &b)
}

/// The benchmark's three pictures in both languages: the regional
/// governments' 2024 histogram with Bolaang Mongondow marked, its
/// province's ranked kabupaten, and the slope of a chosen pair.
fn benchmark_charts(out: &Path, b: &Benchmark) -> Res<()> {
    let name = "Kab. Bolaang Mongondow";
    for lang in [Lang::Id, Lang::En] {
        let opts = BenchmarkChartOptions {
            lang,
            ..Default::default()
        };
        let l = lang.as_str();
        let subject = Subject::name(name);
        let svg = benchmark_distribution_svg(b, 2024, &Cohort::regional(), Some(&subject), &opts)?;
        write(out, &format!("distribution-2024-regional-{l}.svg"), &svg)?;
        let svg = benchmark_ranking_svg(b, &b.peers(name, 2024, 0)?, &opts);
        write(
            out,
            &format!("ranking-bolaang-mongondow-2024-{l}.svg"),
            &svg,
        )?;
        let moves = b.movers_named(2023, 2024, &["Kota Manado", name])?;
        let svg = benchmark_slope_svg(b, &moves, 2023, 2024, &opts);
        write(out, &format!("slope-2023-2024-chosen-{l}.svg"), &svg)?;
    }
    Ok(())
}

/// The Excel forms for the next period of one scoring vector's assessment:
/// a form in each language and a workbook of two agencies, pre-filled and
/// dated 2026-01-05 (compared byte for byte), and their consolidation
/// (the form and the workbook both hold the agency: a duplicate).
fn forms_outputs(out: &Path, fw: &Framework, a: &Assessment) -> Res<()> {
    fs::create_dir_all(out)?;
    let next = a.period() + 1;
    let mut files = Vec::new();
    for lang in [Lang::Id, Lang::En] {
        let opts = FormOptions {
            lang,
            prefill: Some(a.clone()),
            issued: Some((2026, 1, 5)),
            ..FormOptions::new(a.subject(), next)
        };
        let name = format!("form-{}.xlsx", lang.as_str());
        let bytes = fw.xlsx_form(&opts)?;
        fs::write(out.join(&name), &bytes)?;
        files.push(ReturnedFile::new(name, bytes));
    }
    let opts = WorkbookOptions {
        prefill: vec![a.clone()],
        issued: Some((2026, 1, 5)),
        ..WorkbookOptions::new([a.subject(), "Dinas P/K: Pendidikan"], next)
    };
    let book = fw.xlsx_workbook(&opts)?;
    fs::write(out.join("workbook-id.xlsx"), &book)?;
    let returned = [
        files.swap_remove(0),
        ReturnedFile::new("workbook-id.xlsx", book),
    ];
    let opts = ConsolidationOptions {
        expected: vec![a.subject().to_owned(), "Bappeda".to_owned()],
        previous: vec![a.clone()],
        ..ConsolidationOptions::default()
    };
    let report = consolidate(&returned, fw, &opts)?;
    write(out, "consolidation.json", &report.to_json())
}

/// The sample masterplan (examples/data/masterplan.json): cross-checks and
/// target outcomes as JSON, the document and the summary in both languages.
fn masterplan_outputs(out: &Path, root: &Path) -> Res<()> {
    let plan = egov_masterplan::masterplan::Masterplan::load(root.join("examples/data"))?;
    write(out, "check.json", &plan.check_json())?;
    write(out, "targets.json", &plan.targets_json()?)?;
    for lang in [Lang::Id, Lang::En] {
        let l = lang.as_str();
        write(out, &format!("masterplan-{l}.html"), &plan.to_html(lang)?)?;
        write(out, &format!("masterplan-{l}.md"), &plan.to_markdown(lang)?)?;
        write(out, &format!("summary-{l}.html"), &plan.summary_html(lang)?)?;
        fs::write(
            out.join(format!("masterplan-{l}.docx")),
            plan.to_docx(lang)?,
        )?;
    }
    Ok(())
}

/// The sensitivity analysis: a seeded Saltelli sample, and the Sobol'
/// indices of `y = x1 + 2·x2·x3 + x1·x3` (IEEE operations in one order, so
/// every language computes the same outputs) on an unscrambled one.
fn sensitivity_outputs(out: &Path) -> Res<()> {
    use egov_masterplan::sensitivity::{
        saltelli_sample, sobol_analyze, SaltelliOptions, SobolOptions,
    };
    let shifted = saltelli_sample(
        16,
        3,
        &SaltelliOptions {
            skip: None,
            seed: Some(11),
        },
    )?;
    let sample = serde_json::json!({"rows": shifted.rows, "columns": shifted.columns, "values": shifted.values});
    write(out, "sample.json", &sample.to_string())?;
    let x = saltelli_sample(256, 3, &SaltelliOptions::default())?;
    let y: Vec<f64> = (0..x.rows)
        .map(|i| {
            let r = x.row(i);
            r[0] + 2.0 * r[1] * r[2] + r[0] * r[2]
        })
        .collect();
    let s = sobol_analyze(
        &y,
        3,
        &SobolOptions {
            seed: 5,
            ..SobolOptions::default()
        },
    )?;
    let indices =
        serde_json::json!({"s1": s.s1, "s1_conf": s.s1_conf, "st": s.st, "st_conf": s.st_conf});
    write(out, "indices.json", &indices.to_string())
}

/// EGDI 2022 (no quoted cells) as a cohort: ids from `iso3`, the three
/// component columns.
fn egdi_cohort(root: &Path) -> Res<egov_masterplan::composite::Cohort> {
    let text = fs::read_to_string(root.join("core/data/international/egdi-2022.csv"))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty csv")?.split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).ok_or("no column");
    let (iso, keys) = (col("iso3")?, ["osi", "hci", "tii"]);
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let ids = rows.iter().map(|r| r[iso].to_owned()).collect();
    let mut columns = Vec::new();
    for k in keys {
        let c = col(k)?;
        let values = rows
            .iter()
            .map(|r| r[c].parse::<f64>().map(Some))
            .collect::<Result<Vec<_>, _>>()?;
        columns.push((k.to_owned(), values));
    }
    Ok(egov_masterplan::composite::Cohort::new(ids, columns)?)
}

/// The composite path: the shared vector's case scored, and EGDI 2022
/// scored and its rank uncertainty under three seeded option sets.
fn composite_outputs(out: &Path, root: &Path) -> Res<()> {
    use egov_masterplan::composite::{
        aggregator_named, normaliser_named, CohortUncertaintyOptions, WeightModel,
    };
    let v = vector(root, "composite.json")?;
    let case = &v["cases"][0];
    let fw = Framework::from_json(&case["framework"].to_string())?;
    let c = &case["cohort"];
    let ids = c["ids"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| i.as_str().unwrap_or("?").to_owned())
        .collect();
    let columns = c["columns"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, col)| {
            let values = col
                .as_array()
                .into_iter()
                .flatten()
                .map(Value::as_f64)
                .collect();
            (k.clone(), values)
        })
        .collect();
    let cohort = egov_masterplan::composite::Cohort::new(ids, columns)?;
    write(
        &out.join("vector"),
        "scores.json",
        &fw.score_cohort(&cohort)?.to_json(),
    )?;
    let egdi = Framework::builtin("un-egdi-2022")?;
    let cohort = egdi_cohort(root)?;
    let dir = out.join("egdi-2022");
    write(&dir, "scores.json", &egdi.score_cohort(&cohort)?.to_json())?;
    let base = CohortUncertaintyOptions {
        weight_noise: 0.2,
        samples: 500,
        seed: 2022,
        ..Default::default()
    };
    write(
        &dir,
        "uncertainty-uniform.json",
        &egdi.uncertainty(&cohort, &base)?.to_json(),
    )?;
    let mixed = CohortUncertaintyOptions {
        normalisers: vec![normaliser_named("none")?, normaliser_named("percent-rank")?],
        aggregators: vec![
            aggregator_named("arithmetic")?,
            aggregator_named("power:2")?,
        ],
        exclusion: true,
        ..base.clone()
    };
    write(
        &dir,
        "uncertainty-mixed.json",
        &egdi.uncertainty(&cohort, &mixed)?.to_json(),
    )?;
    let dirichlet = CohortUncertaintyOptions {
        weight_model: WeightModel::Dirichlet {
            concentration: 50.0,
        },
        ..base
    };
    write(
        &dir,
        "uncertainty-dirichlet.json",
        &egdi.uncertainty(&cohort, &dirichlet)?.to_json(),
    )
}

fn main() -> Res<()> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("usage: vector_outputs DIR")?);
    let root = egov_conformance::repo_root();
    for file in ["scoring.json", "gaps.json"] {
        let v = vector(&root, file)?;
        for case in v["cases"].as_array().into_iter().flatten() {
            let dir = out
                .join(file.trim_end_matches(".json"))
                .join(case["name"].as_str().unwrap_or("?"));
            scoring_case(&dir, case)?;
        }
    }
    let roadmaps = vector(&root, "roadmap.json")?;
    for key in ["cpm", "budget", "projection"] {
        roadmap_case(
            &out.join("roadmap").join(key),
            &roadmaps[key]["roadmap"].to_string(),
        )?;
    }
    let sample = fs::read_to_string(root.join("examples/data/bolmong-roadmap.json"))?;
    roadmap_case(&out.join("roadmap").join("bolmong"), &sample)?;
    let arch = vector(&root, "architecture.json")?;
    architecture_case(
        &out.join("architecture").join("vectors"),
        &arch["analyses"]["catalog"].to_string(),
    )?;
    let sample = fs::read_to_string(root.join("examples/data/bolmong-architecture.json"))?;
    architecture_case(&out.join("architecture").join("bolmong"), &sample)?;
    benchmark_outputs(&out.join("benchmark").join("spbe-published"))?;
    let scoring = vector(&root, "scoring.json")?;
    let case = &scoring["cases"][1];
    let fw = Framework::builtin(case["framework"].as_str().unwrap_or("spbe-2020"))?;
    let a = Assessment::from_json(&case["assessment"].to_string())?;
    forms_outputs(&out.join("forms").join("bolmong-2024-published"), &fw, &a)?;
    masterplan_outputs(&out.join("masterplan").join("sample"), &root)?;
    sensitivity_outputs(&out.join("sensitivity"))?;
    composite_outputs(&out.join("composite"), &root)?;
    Ok(())
}
