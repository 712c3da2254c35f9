//! The parts of a radar chart that move with the scores: the score polygon,
//! its vertices, the value labels, and the chart's title and description.
//!
//! [`radar_svg`](super::radar_svg) draws a whole chart from these; a live page
//! draws the chart once and then, on every change, asks a [`RadarLayout`] for
//! a new [`RadarShape`] and sets a few attributes — the same numbers, in the
//! same format, as a full redraw would print.

use super::svg::{Plot, N};
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::text::Lang;

/// Smallest canvas the layout works at; smaller sizes are raised to it.
pub(crate) const MIN_SIZE: u32 = 240;
/// Largest canvas a radar is drawn on; larger sizes are lowered to it.
pub(crate) const MAX_SIZE: u32 = 4096;

/// One axis: a node of the chosen tier.
#[derive(Clone, Debug, PartialEq)]
struct AxisNode {
    id: String,
    name: String,
}

/// The fixed geometry of a radar chart: its axes (one tier of a framework,
/// in framework order), canvas size and language.
///
/// ```
/// use egov_masterplan::{Framework, Lang, render::RadarLayout};
/// let fw = Framework::builtin("spbe-2020")?;
/// let layout = RadarLayout::new(&fw, "domain", Lang::En, 480)?;
/// assert_eq!(layout.axis_ids().collect::<Vec<_>>(), ["D1", "D2", "D3", "D4"]);
/// let shape = layout.shape_from_rounded(&[3.4, 2.0, f64::NAN, 1.25]);
/// assert_eq!(shape.labels[0].text, "3.40");
/// assert_eq!(shape.labels[2].text, "–");
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct RadarLayout {
    axes: Vec<AxisNode>,
    pub(crate) plot: Plot,
    pub(crate) lang: Lang,
    pub(crate) size: f64,
    decimals: usize,
}

/// What changes in a radar chart when the scores change. Coordinates are
/// printed as the chart prints them (two decimals); texts are plain (not
/// escaped): escape them for markup, or set them as DOM text.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarShape {
    /// The score polygon's `points` attribute.
    pub points: String,
    /// Each vertex's `(cx, cy)`, one per axis.
    pub vertices: Vec<(String, String)>,
    /// Each axis's value label, one per axis.
    pub labels: Vec<RadarLabel>,
    /// The chart's description: `"D1 Kebijakan Internal SPBE: 3.40; …"`.
    pub desc: String,
}

/// A value printed beside a vertex.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarLabel {
    /// `x` attribute.
    pub x: String,
    /// `y` attribute.
    pub y: String,
    /// `text-anchor`: `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// The value as published (`"3.40"`), or `"–"` when there is none.
    pub text: String,
}

impl RadarLayout {
    /// The layout of `tier` (`"domain"`, `"aspect"`, any tier of `fw`; empty
    /// for the framework's top tier) on a `size`-pixel canvas (240 to
    /// 4,096; other sizes are raised or lowered to that range). An unknown tier is an [`Error::InvalidOption`] listing the
    /// framework's tiers.
    pub fn new(fw: &Framework, tier: &str, lang: Lang, size: u32) -> Result<RadarLayout> {
        let tier = resolve_tier(fw, tier);
        let axes: Vec<AxisNode> = fw
            .tier(tier)
            .map(|n| AxisNode {
                id: n.id().to_owned(),
                name: n.name().get(lang).to_owned(),
            })
            .collect();
        if axes.is_empty() {
            return Err(Error::InvalidOption {
                option: "tier".into(),
                value: tier.to_owned(),
                allowed: fw.tiers().to_vec(),
            });
        }
        let size = f64::from(size.clamp(MIN_SIZE, MAX_SIZE));
        let k = size / 480.0;
        let (header, footer) = (56.0 * k, 30.0 * k);
        let scale = fw.scale();
        let plot = Plot {
            cx: size / 2.0,
            cy: header + (size - header - footer) / 2.0,
            radius: 0.27 * size,
            k,
            n: axes.len(),
            lo: f64::from(scale.min),
            hi: f64::from(scale.max),
        };
        Ok(RadarLayout {
            axes,
            plot,
            lang,
            size,
            decimals: fw.rounding().decimals as usize,
        })
    }

    /// The layout a live page moves with group values (the dense scores'
    /// order, [`Framework::groups`]): like [`RadarLayout::new`], but `tier`
    /// must be a group tier (domains, aspects, …; empty for the top tier),
    /// since indicators have no group value. Anything else is an
    /// [`Error::InvalidOption`] listing the group tiers.
    ///
    /// ```
    /// use egov_masterplan::{render::RadarLayout, Framework, Lang};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let layout = RadarLayout::for_groups(&fw, "", Lang::Id, 480)?;
    /// assert_eq!(layout.axis_ids().collect::<Vec<_>>(), ["D1", "D2", "D3", "D4"]);
    /// // Groups in framework order: D1 A1 D2 A2 A3 A4 D3 A5 A6 D4 A7 A8.
    /// assert_eq!(layout.group_positions(&fw), [0, 2, 6, 9]);
    /// let err = RadarLayout::for_groups(&fw, "indicator", Lang::Id, 480).unwrap_err();
    /// assert_eq!(err.fields()["allowed"], serde_json::json!(["domain", "aspect"]));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn for_groups(fw: &Framework, tier: &str, lang: Lang, size: u32) -> Result<RadarLayout> {
        let group_tiers = fw.group_tiers();
        let tier = resolve_tier(fw, tier);
        if !group_tiers.iter().any(|t| t == tier) {
            return Err(Error::InvalidOption {
                option: "tier".into(),
                value: tier.to_owned(),
                allowed: group_tiers.to_vec(),
            });
        }
        RadarLayout::new(fw, tier, lang, size)
    }

    /// Each axis's position among the framework's group nodes
    /// ([`Framework::groups`], the order of dense group values), in axis
    /// order; `usize::MAX` for an axis that is not a group.
    pub fn group_positions(&self, fw: &Framework) -> Vec<usize> {
        let groups: Vec<&str> = fw.groups().map(|n| n.id()).collect();
        self.axis_ids()
            .map(|id| groups.iter().position(|g| *g == id).unwrap_or(usize::MAX))
            .collect()
    }

    /// The axes' node ids, in drawing order (clockwise from the top).
    pub fn axis_ids(&self) -> impl Iterator<Item = &str> {
        self.axes.iter().map(|a| a.id.as_str())
    }

    /// The axes' names in the layout's language, in drawing order.
    pub fn axis_names(&self) -> impl Iterator<Item = &str> {
        self.axes.iter().map(|a| a.name.as_str())
    }

    /// The shape for one value per axis: `(drawn value, printed text)`, or
    /// `None` for an axis without a value (drawn at the scale minimum,
    /// printed "–"). Missing trailing values count as `None`.
    pub fn shape(&self, values: &[Option<(f64, String)>]) -> RadarShape {
        let p = &self.plot;
        let value = |i: usize| values.get(i).and_then(|v| v.as_ref());
        let drawn = |i: usize| value(i).map_or(p.lo, |v| v.0);
        let text = |i: usize| value(i).map_or_else(|| "–".to_owned(), |v| v.1.clone());
        let points = p.points((0..p.n).map(drawn));
        let vertices = (0..p.n)
            .map(|i| {
                let (x, y) = p.at(i, p.r(drawn(i)));
                (N(x).to_string(), N(y).to_string())
            })
            .collect();
        let labels = (0..p.n)
            .map(|i| {
                let (x, y, anchor) = p.value_label(i, p.r(drawn(i)));
                RadarLabel {
                    x: N(x).to_string(),
                    y: N(y).to_string(),
                    anchor,
                    text: text(i),
                }
            })
            .collect();
        let desc = self
            .axes
            .iter()
            .enumerate()
            .map(|(i, a)| format!("{} {}: {}", a.id, a.name, text(i)))
            .collect::<Vec<_>>()
            .join("; ");
        RadarShape {
            points,
            vertices,
            labels,
            desc: plain_text(&desc),
        }
    }

    /// The shape for published (rounded) values, one per axis; NaN (or a
    /// missing entry) means no value. Each is printed with the framework's
    /// decimals, as a scorecard prints it.
    pub fn shape_from_rounded(&self, values: &[f64]) -> RadarShape {
        let d = self.decimals;
        let pairs: Vec<Option<(f64, String)>> = values
            .iter()
            .map(|&v| v.is_finite().then(|| (v, format!("{v:.d$}"))))
            .collect();
        self.shape(&pairs)
    }

    /// The chart's title: `"<subject> — <period>: Indeks 3.40 (Baik)"`.
    pub fn title(&self, subject: &str, period: i32, index: &str, predicate: &str) -> String {
        plain_text(&format!(
            "{subject} — {period}: {} {index} ({predicate})",
            self.index_word()
        ))
    }

    /// "Indeks" or "Index".
    pub(crate) fn index_word(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Indeks",
            Lang::En => "Index",
        }
    }
}

/// Text as the chart carries it: without the control characters XML cannot
/// hold (what [`escape_xml`](super::escape_xml) drops), not escaped.
fn plain_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || !(c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}')
        })
        .collect()
}

/// The tier a radar draws: the one named, or the framework's top tier when
/// none is.
fn resolve_tier<'a>(fw: &'a Framework, tier: &'a str) -> &'a str {
    if tier.is_empty() {
        fw.tiers().first().map_or(tier, String::as_str)
    } else {
        tier
    }
}
