//! The parts of a framework: nodes, level scale, ladders, predicate bands.

use crate::exact::Fraction;
use crate::text::Text;
use std::ops::Range;

/// Whether a framework reproduces an official instrument or is assembled from
/// secondary sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Built from the regulation and checked against published results.
    Official,
    /// Built from secondary sources; treat results as indicative.
    Provisional,
}

impl Status {
    /// The JSON name (`"official"` / `"provisional"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Provisional => "provisional",
        }
    }
}

/// The integer levels an indicator can take, inclusive (e.g. 1–5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LevelScale {
    /// Lowest level.
    pub min: u8,
    /// Highest level.
    pub max: u8,
}

impl LevelScale {
    /// Highest allowed value of `max`.
    pub const LIMIT: u8 = 100;

    /// True when `level` lies on the scale.
    pub fn contains(&self, level: i64) -> bool {
        level >= i64::from(self.min) && level <= i64::from(self.max)
    }
}

/// One rung of a ladder: its level, name and a short criterion.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LevelDef {
    /// The level number.
    pub level: u8,
    /// Its name (e.g. "Rintisan" / "Initial").
    pub name: Text,
    /// A short criterion for reaching it.
    pub criterion: Text,
}

/// A named sequence of level definitions (SPBE: `process` and `service`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ladder {
    /// The ladder's name as indicators refer to it.
    pub name: String,
    /// One definition per level of the scale, ascending.
    pub levels: Vec<LevelDef>,
}

impl Ladder {
    /// The definition of `level`, if the ladder has it.
    pub fn level(&self, level: u8) -> Option<&LevelDef> {
        self.levels.iter().find(|l| l.level == level)
    }
}

/// A predicate band: the label given to an index at or above `min` (and
/// below the next higher band's `min`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Predicate {
    /// Stable id, e.g. `sangat-baik`.
    pub id: String,
    /// Label, e.g. "Sangat Baik" / "Very good".
    pub label: Text,
    /// Inclusive lower bound.
    pub min: Fraction,
    /// Exclusive upper bound as declared (the top band's is inclusive);
    /// `None` when the document leaves it implied by the band above.
    pub max: Option<Fraction>,
}

/// How printed values are rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoundingMode {
    /// Half away from zero: 3.285 → 3.29 (the regulation's practice).
    HalfUp,
}

impl RoundingMode {
    /// The JSON name.
    pub fn as_str(&self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "half-up",
        }
    }
}

/// Display precision of published values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rounding {
    /// Digits after the point (SPBE: 2).
    pub decimals: u32,
    /// The rounding rule.
    pub mode: RoundingMode,
}

impl Rounding {
    /// Most decimals a framework may ask for.
    pub const MAX_DECIMALS: u32 = 9;
}

/// A node of the weighted tree: a group (domain, aspect, …) or an indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Node {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) tier: usize,
    pub(crate) weight: Fraction,
    pub(crate) declared_weight: Option<Fraction>,
    pub(crate) ladder: Option<String>,
    pub(crate) aggregator: Option<super::MethodAggregator>,
    pub(crate) polarity: super::Polarity,
    pub(crate) bounds: Option<(Fraction, Fraction)>,
    pub(crate) parent: Option<usize>,
    pub(crate) children: Vec<usize>,
    pub(crate) leaves: Range<usize>,
}

impl Node {
    /// The node's id (`"D1"`, `"A5"`, `"I12"`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The node's name.
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// Depth of the node: 0 is the framework's first tier.
    pub fn tier_index(&self) -> usize {
        self.tier
    }

    /// The weight (% of the index in SPBE), declared or summed from children.
    pub fn weight(&self) -> Fraction {
        self.weight
    }

    /// The weight as written in the document, if it was written.
    pub fn declared_weight(&self) -> Option<Fraction> {
        self.declared_weight
    }

    /// The ladder named on this node in the document (indicators inherit the
    /// nearest one; see [`crate::Framework::indicator_ladder`]).
    pub fn declared_ladder(&self) -> Option<&str> {
        self.ladder.as_deref()
    }

    /// The aggregator this group names for its children (composite
    /// frameworks; `None`: the framework's).
    pub fn aggregator(&self) -> Option<super::MethodAggregator> {
        self.aggregator
    }

    /// Whether higher values of this indicator are better (composite
    /// frameworks; level frameworks are always positive).
    pub fn polarity(&self) -> super::Polarity {
        self.polarity
    }

    /// This indicator's bounds (goalposts, targets), if declared.
    pub fn bounds(&self) -> Option<(Fraction, Fraction)> {
        self.bounds
    }

    /// True for a leaf (an indicator).
    pub fn is_indicator(&self) -> bool {
        self.children.is_empty()
    }

    /// Positions (in framework order) of the indicators below this node.
    pub fn indicator_range(&self) -> Range<usize> {
        self.leaves.clone()
    }
}
