//! The coverage matrix: how many elements each agency owns in each domain.

use super::model::Domain;
use super::ArchitectureModel;

/// Elements per agency and domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageMatrix {
    /// Agency ids, sorted; a last row `""` counts elements without an owner
    /// when there are any.
    pub agencies: Vec<String>,
    /// The six domains, in [`Domain::ALL`] order (the columns).
    pub domains: Vec<Domain>,
    /// `counts[row][column]`: elements of that agency in that domain.
    pub counts: Vec<Vec<usize>>,
}

impl CoverageMatrix {
    /// The count for one agency and domain (0 for an unknown agency).
    pub fn count(&self, agency: &str, domain: Domain) -> usize {
        let row = self.agencies.iter().position(|a| a == agency);
        let col = self.domains.iter().position(|d| *d == domain);
        match (row, col) {
            (Some(r), Some(c)) => self.counts[r][c],
            _ => 0,
        }
    }

    /// Agencies with no element in `domain`.
    pub fn gaps(&self, domain: Domain) -> Vec<&str> {
        self.agencies
            .iter()
            .filter(|a| !a.is_empty() && self.count(a, domain) == 0)
            .map(String::as_str)
            .collect()
    }
}

impl ArchitectureModel {
    /// The agency × domain matrix of element counts (every element, whatever
    /// its lifecycle).
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, architecture::Domain};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "agencies": [{"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"},
    ///                {"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"}],
    ///   "elements": [
    ///     {"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm"},
    ///     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data",
    ///      "owner": "diskominfo"}]}"#).unwrap();
    /// let c = m.coverage();
    /// assert_eq!(c.count("bkpsdm", Domain::Aplikasi), 1);
    /// assert_eq!(c.gaps(Domain::Aplikasi), ["diskominfo"]);
    /// ```
    pub fn coverage(&self) -> CoverageMatrix {
        let d = &self.data;
        let mut agencies: Vec<String> = d.agency_index.keys().cloned().collect();
        let owned = agencies.len();
        let unowned = d.elements.iter().any(|e| e.owner.is_none());
        if unowned {
            agencies.push(String::new());
        }
        let domains = Domain::ALL.to_vec();
        let mut counts = vec![vec![0usize; domains.len()]; agencies.len()];
        for e in &d.elements {
            let row = match &e.owner {
                // The agency ids are sorted (they come from a BTreeMap).
                Some(o) => agencies[..owned].binary_search(o).ok(),
                None => Some(agencies.len() - 1),
            };
            let col = domains.iter().position(|x| *x == e.domain);
            if let (Some(r), Some(c)) = (row, col) {
                counts[r][c] += 1;
            }
        }
        CoverageMatrix {
            agencies,
            domains,
            counts,
        }
    }
}
