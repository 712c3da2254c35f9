//! An institution among its peers: the governments of its province and
//! kind, ranked, and the institutions of its kind nearest to it by index.

use super::record::{InstitutionKind, PublishedResult};
use super::Benchmark;
use crate::error::Result;
use crate::exact::Decimal;

/// One row of a peer table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerRow {
    /// The name as printed.
    pub institution: String,
    /// Its province (regional rows).
    pub province: Option<String>,
    /// Its published index.
    pub index: Decimal,
    /// Its predicate id.
    pub predicate_id: String,
    /// Competition rank within the table (1 = highest index).
    pub rank: usize,
    /// Whether this row is the subject.
    pub subject: bool,
}

/// An institution's peers in one year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peers {
    /// The year.
    pub year: i32,
    /// The subject, as printed.
    pub institution: String,
    /// Its kind.
    pub kind: InstitutionKind,
    /// Its province (regional rows).
    pub province: Option<String>,
    /// The institutions of the same kind and province (for a central body:
    /// the same kind), the subject among them, highest index first.
    pub table: Vec<PeerRow>,
    /// The institutions of the same kind anywhere whose index is nearest to
    /// the subject's (at most `nearest` of them, nearest first, ties by
    /// name), the subject excluded; `rank` is the rank in that whole kind.
    pub nearest: Vec<PeerRow>,
}

impl Benchmark {
    /// The peers of `name` in `year`: its province's institutions of its
    /// kind, ranked, and the `nearest` institutions of its kind by index.
    ///
    /// ```
    /// # #[cfg(feature = "spbe-results")] {
    /// use egov_masterplan::benchmark::Benchmark;
    /// let p = Benchmark::spbe_published()?.peers("Kab. Bolaang Mongondow", 2024, 3)?;
    /// assert_eq!(p.table.len(), 11); // the eleven kabupaten of Sulawesi Utara
    /// let me = p.table.iter().find(|r| r.subject).unwrap();
    /// // 3.37, 3.02 and 2.88 above it: fourth of eleven.
    /// assert_eq!((me.rank, me.index.to_string()), (4, "2.73".to_string()));
    /// assert_eq!(p.nearest.len(), 3);
    /// # }
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn peers(&self, name: &str, year: i32, nearest: usize) -> Result<Peers> {
        let subject = self.lookup(name, year)?;
        let same_kind = |r: &&PublishedResult| r.kind == subject.kind && r.index.is_some();
        let mut table: Vec<&PublishedResult> = self
            .year(year)
            .filter(same_kind)
            .filter(|r| r.province == subject.province)
            .collect();
        let mut kind_rows: Vec<&PublishedResult> = self.year(year).filter(same_kind).collect();
        sort_by_index(&mut table);
        sort_by_index(&mut kind_rows);
        let table = ranked(&table, subject);
        let all = ranked(&kind_rows, subject);
        let target = subject.index.map(|d| d.to_fraction());
        let mut near: Vec<PeerRow> = all.into_iter().filter(|r| !r.subject).collect();
        if let Some(t) = target {
            let distance = |r: &PeerRow| {
                let v = r.index.to_fraction();
                let d = v.checked_sub(&t).unwrap_or(v);
                if d < crate::exact::Fraction::ZERO {
                    crate::exact::Fraction::ZERO.checked_sub(&d).unwrap_or(d)
                } else {
                    d
                }
            };
            near.sort_by(|a, b| {
                distance(a)
                    .cmp(&distance(b))
                    .then_with(|| a.institution.cmp(&b.institution))
            });
        }
        near.truncate(nearest);
        Ok(Peers {
            year,
            institution: subject.institution.clone(),
            kind: subject.kind,
            province: subject.province.clone(),
            table,
            nearest: near,
        })
    }
}

/// Highest index first, ties by name.
fn sort_by_index(rows: &mut [&PublishedResult]) {
    rows.sort_by(|a, b| {
        let key = |r: &PublishedResult| r.index.map(|d| d.to_fraction());
        key(b)
            .cmp(&key(a))
            .then_with(|| a.institution.cmp(&b.institution))
    });
}

/// Rows (sorted highest first) with competition ranks.
fn ranked(rows: &[&PublishedResult], subject: &PublishedResult) -> Vec<PeerRow> {
    let mut out: Vec<PeerRow> = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let Some(index) = r.index else { continue };
        let rank = match out.last() {
            Some(prev) if prev.index.to_fraction() == index.to_fraction() => prev.rank,
            _ => i + 1,
        };
        out.push(PeerRow {
            institution: r.institution.clone(),
            province: r.province.clone(),
            index,
            predicate_id: r.predicate_id.clone(),
            rank,
            subject: std::ptr::eq(*r, subject),
        });
    }
    out
}
