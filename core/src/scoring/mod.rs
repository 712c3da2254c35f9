//! Maturity scoring: assessments in, scorecards out; gaps, batches, ranks.

mod assessment;
mod assessment_input;
mod batch;
mod column_slices;
mod csv_io;
mod dense;
mod dense_plan;
mod dense_rank;
mod engine;
mod gap;
mod options;
mod parallel;
mod scorecard;
mod table;
mod table_layout;

pub use assessment::{Assessment, Note};
pub use assessment_input::{DEFAULT_PERIOD, DEFAULT_SUBJECT};
pub use batch::{rank, trends, RankBasis, RankEntry, Trend, TrendPoint};
pub use column_slices::LevelColumn;
pub use dense::{DenseScores, DENSE_MISSING};
pub use gap::{Gap, GapStep, GapTarget, StepCosts};
pub use options::{MissingPolicy, PredicateBasis, ScoreOptions};
pub use scorecard::{Coverage, IndicatorScore, NodeScore, Scorecard};
pub use table::{LevelCell, RowLabel};
pub use table_layout::TableLayout;
