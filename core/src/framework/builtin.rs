//! The built-in frameworks, embedded from `core/frameworks/*.json`.

use super::Framework;
use crate::error::{Error, Result};
use std::sync::OnceLock;

/// Ids of the built-in frameworks, official first.
pub(crate) const IDS: [&str; 3] = ["spbe-2020", "spbe-2018", "pemdi-2025"];

const SPBE_2020: &str = include_str!("../../frameworks/spbe-2020.json");
const SPBE_2018: &str = include_str!("../../frameworks/spbe-2018.json");
const PEMDI_2025: &str = include_str!("../../frameworks/pemdi-2025.json");

static CACHE: [OnceLock<Framework>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// Parses a built-in once per process; later calls share it.
pub(crate) fn load(id: &str) -> Result<Framework> {
    let (slot, json) = match id {
        "spbe-2020" => (0, SPBE_2020),
        "spbe-2018" => (1, SPBE_2018),
        "pemdi-2025" => (2, PEMDI_2025),
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
            assert_eq!(
                fw.total_weight().to_string(),
                "100",
                "{id} weights sum to 100"
            );
        }
    }
}
