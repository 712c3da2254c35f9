//! Reading the parts a manifest names, each error naming the part and the
//! file.

use super::manifest::{FrameworkSource, Manifest};
use super::Masterplan;
use crate::architecture::ArchitectureModel;
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::roadmap::Roadmap;
use crate::scoring::Assessment;

/// The part's own error `e`, read from `file`.
fn in_part(part: &str, file: &str, e: &Error) -> Error {
    Error::MasterplanPart {
        part: part.to_owned(),
        file: file.to_owned(),
        error_kind: e.kind().to_owned(),
        detail: e.to_string(),
    }
}

/// A problem of the file itself, or of what the masterplan asks of the part
/// (`error_kind` an error kind, or `file`).
fn part_problem(part: &str, file: &str, error_kind: &str, detail: impl Into<String>) -> Error {
    Error::MasterplanPart {
        part: part.to_owned(),
        file: file.to_owned(),
        error_kind: error_kind.to_owned(),
        detail: detail.into(),
    }
}

/// The file's bytes, or an error naming the part.
fn bytes(part: &str, file: &str, read: &impl Fn(&str) -> Option<Vec<u8>>) -> Result<Vec<u8>> {
    read(file).ok_or_else(|| part_problem(part, file, "file", "the file was not found"))
}

/// The file as UTF-8 text.
fn text(part: &str, file: &str, read: &impl Fn(&str) -> Option<Vec<u8>>) -> Result<String> {
    String::from_utf8(bytes(part, file, read)?)
        .map_err(|_| part_problem(part, file, "file", "the file is not UTF-8 text"))
}

/// The assessments of one file, by its extension: `.csv` (long CSV, any
/// dialect the reader detects), `.json` (one assessment document) or, with
/// the feature `xlsx`, `.xlsx` (a returned form or a workbook of forms,
/// read strictly: the first refused cell is the error).
fn assessments(
    part: &str,
    file: &str,
    read: &impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<Vec<Assessment>> {
    let lower = file.to_ascii_lowercase();
    if lower.ends_with(".csv") {
        Assessment::from_csv_bytes(&bytes(part, file, read)?).map_err(|e| in_part(part, file, &e))
    } else if lower.ends_with(".json") {
        let a =
            Assessment::from_json(&text(part, file, read)?).map_err(|e| in_part(part, file, &e))?;
        Ok(vec![a])
    } else if cfg!(feature = "xlsx") && lower.ends_with(".xlsx") {
        xlsx(part, file, &bytes(part, file, read)?)
    } else {
        Err(part_problem(
            part,
            file,
            "file",
            "the file is not a .csv, .json or .xlsx file",
        ))
    }
}

#[cfg(feature = "xlsx")]
fn xlsx(part: &str, file: &str, data: &[u8]) -> Result<Vec<Assessment>> {
    let forms = crate::forms::read_workbook(file, data).map_err(|e| in_part(part, file, &e))?;
    forms
        .into_iter()
        .map(|f| match f.problems.into_iter().next() {
            Some(first) => Err(in_part(part, file, &first)),
            None => Ok(f.assessment),
        })
        .collect()
}

#[cfg(not(feature = "xlsx"))]
fn xlsx(part: &str, file: &str, _: &[u8]) -> Result<Vec<Assessment>> {
    Err(part_problem(
        part,
        file,
        "file",
        "Excel files need the feature `xlsx`",
    ))
}

/// Every raise of the roadmap names an indicator of the framework, on its
/// scale (the projection needs them; lowering raises are findings).
fn check_raises(framework: &Framework, roadmap: &Roadmap, file: &str) -> Result<()> {
    let scale = framework.scale();
    for ini in roadmap.initiatives() {
        for (indicator, &level) in &ini.raises {
            if framework.indicator_position(indicator).is_none() {
                return Err(part_problem(
                    "roadmap",
                    file,
                    "unknown_indicator",
                    format!(
                        "initiative `{}` raises `{indicator}`, which framework `{}` lacks",
                        ini.id,
                        framework.id()
                    ),
                ));
            }
            if !scale.contains(level) {
                return Err(part_problem(
                    "roadmap",
                    file,
                    "level_out_of_range",
                    format!(
                        "initiative `{}` raises `{indicator}` to {level}, outside the scale {}–{}",
                        ini.id, scale.min, scale.max
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Reads every part from `sources` (a file name as the manifest writes it
/// → its bytes).
pub(super) fn assemble(manifest: Manifest, sources: super::Sources) -> Result<Masterplan> {
    let read = |name: &str| sources.files.get(name).cloned();
    let framework = match &manifest.framework {
        // An unknown built-in id is the framework's own error, naming it.
        FrameworkSource::Builtin(id) => Framework::builtin(id)?,
        FrameworkSource::File(file) => Framework::from_json(&text("framework", file, &read)?)
            .map_err(|e| in_part("framework", file, &e))?,
    };
    let file = manifest.baseline.as_str();
    let mut found = assessments("baseline", file, &read)?;
    let baseline = match found.len() {
        1 => found.swap_remove(0),
        n => {
            return Err(part_problem(
                "baseline",
                file,
                "file",
                format!("the file holds {n} assessments; the baseline is one"),
            ))
        }
    };
    // The projection scores the baseline: every indicator rated.
    framework
        .score(&baseline)
        .map_err(|e| in_part("baseline", file, &e))?;
    let mut all = Vec::new();
    for (k, file) in manifest.assessments.iter().enumerate() {
        let part = format!("assessments[{k}]");
        for a in assessments(&part, file, &read)? {
            framework
                .rated_levels(&a)
                .map_err(|e| in_part(&part, file, &e))?;
            all.push(a);
        }
    }
    let architecture = match &manifest.architecture {
        Some(file) => Some(
            ArchitectureModel::from_json(&text("architecture", file, &read)?)
                .map_err(|e| in_part("architecture", file, &e))?,
        ),
        None => None,
    };
    let roadmap_file = manifest.roadmap.clone();
    let file = roadmap_file.as_str();
    let roadmap = Roadmap::from_json(&text("roadmap", file, &read)?)
        .map_err(|e| in_part("roadmap", file, &e))?;
    check_raises(&framework, &roadmap, file)?;
    super::finish(
        sources.clone(),
        manifest,
        framework,
        baseline,
        all,
        architecture,
        roadmap,
    )
    .map_err(|e| in_part("roadmap", file, &e))
}
