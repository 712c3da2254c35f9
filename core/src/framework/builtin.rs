//! The built-in frameworks, embedded from `core/frameworks/*.json`.

use super::Framework;
use crate::error::{Error, Result};
use std::sync::OnceLock;

/// How many of [`IDS`] are level frameworks (they come first).
pub(crate) const LEVEL_COUNT: usize = 3;

/// Ids of the built-in frameworks: the level frameworks, official first,
/// then the composite indices.
pub(crate) const IDS: [&str; 7] = [
    "spbe-2020",
    "spbe-2018",
    "pemdi-2025",
    "un-egdi-2022",
    "oecd-dgi-2019",
    "oecd-dgi-2023",
    "wb-gtmi-2022",
];

const SPBE_2020: &str = include_str!("../../frameworks/spbe-2020.json");
const SPBE_2018: &str = include_str!("../../frameworks/spbe-2018.json");
const PEMDI_2025: &str = include_str!("../../frameworks/pemdi-2025.json");
const UN_EGDI_2022: &str = include_str!("../../frameworks/un-egdi-2022.json");
const OECD_DGI_2019: &str = include_str!("../../frameworks/oecd-dgi-2019.json");
const OECD_DGI_2023: &str = include_str!("../../frameworks/oecd-dgi-2023.json");
const WB_GTMI_2022: &str = include_str!("../../frameworks/wb-gtmi-2022.json");

static CACHE: [OnceLock<Framework>; 7] = [const { OnceLock::new() }; 7];

/// Parses a built-in once per process; later calls share it.
pub(crate) fn load(id: &str) -> Result<Framework> {
    let (slot, json) = match id {
        "spbe-2020" => (0, SPBE_2020),
        "spbe-2018" => (1, SPBE_2018),
        "pemdi-2025" => (2, PEMDI_2025),
        "un-egdi-2022" => (3, UN_EGDI_2022),
        "oecd-dgi-2019" => (4, OECD_DGI_2019),
        "oecd-dgi-2023" => (5, OECD_DGI_2023),
        "wb-gtmi-2022" => (6, WB_GTMI_2022),
        _ => {
            return Err(Error::UnknownFramework {
                id: id.to_owned(),
                available: IDS.iter().map(|s| (*s).to_owned()).collect(),
            })
        }
    };
    if let Some(fw) = CACHE[slot].get() {
        return Ok(fw.clone());
    }
    let fw = Framework::from_json(json)?;
    Ok(CACHE[slot].get_or_init(|| fw).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_loads_and_round_trips() {
        for id in IDS {
            let fw = load(id).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(fw.id(), id);
            let again = Framework::from_json(&fw.to_json()).unwrap();
            assert_eq!(again, fw, "{id} round trip");
            // Level frameworks weigh in percent; composite ones in shares.
            let total = if fw.composite().is_some() { "1" } else { "100" };
            assert_eq!(fw.total_weight().to_string(), total, "{id} weights");
        }
    }
}
