//! Catalog validation: ids, owners, kinds, reference codes, relation ends
//! and domains, and cycles in `hosted-on`.

use super::model::{Agency, Element, Relation, RelationType};
use super::ArchitectureData;
use crate::error::{Error, Result};
use crate::text::Text;
use std::collections::{BTreeMap, BTreeSet};

pub(crate) fn build(
    id: Option<String>,
    name: Option<Text>,
    agencies: Vec<Agency>,
    elements: Vec<Element>,
    relations: Vec<Relation>,
) -> Result<ArchitectureData> {
    check_sizes(
        id.as_deref(),
        name.as_ref(),
        &agencies,
        &elements,
        &relations,
    )?;
    let mut agency_index = BTreeMap::new();
    for (i, a) in agencies.iter().enumerate() {
        non_empty("agencies[].id", &a.id)?;
        if agency_index.insert(a.id.clone(), i).is_some() {
            return Err(Error::DuplicateId {
                what: "agency".into(),
                id: a.id.clone(),
            });
        }
    }
    for a in &agencies {
        if let Some(p) = a.parent.as_ref().filter(|p| !agency_index.contains_key(*p)) {
            return Err(Error::UnknownAgency {
                agency: p.clone(),
                referenced_by: format!("agency `{}` (parent)", a.id),
            });
        }
    }
    let mut element_index = BTreeMap::new();
    for (i, e) in elements.iter().enumerate() {
        non_empty("elements[].id", &e.id)?;
        if element_index.insert(e.id.clone(), i).is_some() {
            return Err(Error::DuplicateId {
                what: "element".into(),
                id: e.id.clone(),
            });
        }
        check_element(e, &agency_index)?;
    }
    let mut seen = BTreeSet::new();
    for r in &relations {
        check_relation(r, &elements, &element_index)?;
        if !seen.insert(r) {
            return Err(Error::DuplicateId {
                what: "relation".into(),
                id: format!("{} -{}-> {}", r.from, r.kind, r.to),
            });
        }
    }
    check_hosting_cycles(&relations)?;
    Ok(ArchitectureData {
        id,
        name,
        agencies,
        elements,
        relations,
        agency_index,
        element_index,
    })
}

fn non_empty(field: &str, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::field("architecture", field, "must not be empty"));
    }
    Ok(())
}

fn check_element(e: &Element, agencies: &BTreeMap<String, usize>) -> Result<()> {
    if !e.domain.kinds().contains(&e.kind.as_str()) {
        return Err(Error::InvalidOption {
            option: format!("elements[{}].kind", e.id),
            value: e.kind.clone(),
            allowed: e.domain.kinds().iter().map(|k| (*k).to_owned()).collect(),
        });
    }
    if let Some(o) = e.owner.as_ref().filter(|o| !agencies.contains_key(*o)) {
        return Err(Error::UnknownAgency {
            agency: o.clone(),
            referenced_by: format!("element `{}` (owner)", e.id),
        });
    }
    if let Some(code) = &e.reference {
        check_reference(e, code)?;
    }
    Ok(())
}

/// `RAA.02.03`: the domain's prefix, a tier-1 item that exists, then any
/// number of two-digit (or longer) tiers.
fn check_reference(e: &Element, code: &str) -> Result<()> {
    let (prefix, tier1_count) = e.domain.reference_prefix();
    let bad = |message: String| Error::InvalidReference {
        element: e.id.clone(),
        reference: code.to_owned(),
        detail: message,
    };
    let mut parts = code.split('.');
    let head = parts.next().unwrap_or_default();
    if head != prefix {
        let known = ["RAB", "RAD", "RAL", "RAA", "RAI", "RAK"];
        return Err(bad(if known.contains(&head) {
            format!(
                "belongs to another domain; a {} element uses {prefix}",
                e.domain
            )
        } else {
            format!(
                "has an unknown prefix `{head}`; a {} element uses {prefix}",
                e.domain
            )
        }));
    }
    let tier1 = parts
        .next()
        .ok_or_else(|| bad(format!("needs a tier-1 item, e.g. {prefix}.01")))?;
    let n: u32 = tier1
        .parse()
        .ok()
        .filter(|_| tier1.len() == 2)
        .ok_or_else(|| bad(format!("has tier-1 item `{tier1}`; expected two digits")))?;
    if n == 0 || n > tier1_count {
        return Err(bad(format!(
            "has tier-1 item {tier1}; {prefix} has items 01 to {tier1_count:02}"
        )));
    }
    for p in parts {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(format!("has a tier `{p}` that is not a number")));
        }
    }
    Ok(())
}

fn check_relation(
    r: &Relation,
    elements: &[Element],
    index: &BTreeMap<String, usize>,
) -> Result<()> {
    let end = |id: &String| {
        index
            .get(id)
            .map(|&i| &elements[i])
            .ok_or_else(|| Error::DanglingRelation {
                from: r.from.clone(),
                to: r.to.clone(),
                relation: r.kind.as_str().into(),
                missing: id.clone(),
            })
    };
    let (from, to) = (end(&r.from)?, end(&r.to)?);
    if r.from == r.to {
        return Err(Error::field(
            "architecture",
            &format!("relations[{} -{}-> {}]", r.from, r.kind, r.to),
            "joins an element to itself",
        ));
    }
    if !r.kind.allowed(from.domain, to.domain) {
        return Err(Error::RelationNotAllowed {
            from: r.from.clone(),
            to: r.to.clone(),
            relation: r.kind.as_str().into(),
            from_domain: from.domain.as_str().into(),
            to_domain: to.domain.as_str().into(),
        });
    }
    Ok(())
}

/// Depth-first search over `hosted-on` edges; a back edge closes a cycle,
/// reported from its smallest id.
fn check_hosting_cycles(relations: &[Relation]) -> Result<()> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in relations
        .iter()
        .filter(|r| r.kind == RelationType::HostedOn)
    {
        next.entry(r.from.as_str()).or_default().push(r.to.as_str());
    }
    for targets in next.values_mut() {
        targets.sort_unstable();
    }
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for &start in next.keys() {
        if done.contains(start) {
            continue;
        }
        // (node, index of the next child to visit)
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut on_path: BTreeSet<&str> = BTreeSet::from([start]);
        while let Some((node, child)) = stack.last().copied() {
            let children = next.get(node).map(Vec::as_slice).unwrap_or_default();
            match children.get(child) {
                None => {
                    stack.pop();
                    on_path.remove(node);
                    done.insert(node);
                }
                Some(&c) => {
                    if let Some(top) = stack.last_mut() {
                        top.1 += 1;
                    }
                    if on_path.contains(c) {
                        let at = stack.iter().position(|(n, _)| *n == c).unwrap_or(0);
                        let mut cycle: Vec<String> =
                            stack[at..].iter().map(|(n, _)| (*n).to_owned()).collect();
                        if let Some(min) = (0..cycle.len()).min_by(|&a, &b| cycle[a].cmp(&cycle[b]))
                        {
                            cycle.rotate_left(min);
                        }
                        if let Some(first) = cycle.first().cloned() {
                            cycle.push(first);
                        }
                        return Err(Error::HostingCycle { cycle });
                    }
                    if !done.contains(c) {
                        on_path.insert(c);
                        stack.push((c, 0));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Counts, ids and texts within [`crate::limits`].
fn check_sizes(
    id: Option<&str>,
    name: Option<&Text>,
    agencies: &[Agency],
    elements: &[Element],
    relations: &[Relation],
) -> Result<()> {
    use crate::limits::{self, ItemField};
    const WHAT: &str = "architecture";
    limits::count(
        "architecture agencies",
        agencies.len(),
        limits::MAX_AGENCIES,
    )?;
    limits::count(
        "architecture elements",
        elements.len(),
        limits::MAX_ELEMENTS,
    )?;
    limits::count(
        "architecture relations",
        relations.len(),
        limits::MAX_RELATIONS,
    )?;
    if let Some(id) = id {
        limits::id(WHAT, "id", id)?;
    }
    if let Some(name) = name {
        limits::name(WHAT, "name", name)?;
    }
    for a in agencies {
        limits::id(WHAT, "agencies[].id", &a.id)?;
        limits::name(WHAT, ItemField("agencies", &a.id, "name"), &a.name)?;
        if let Some(p) = &a.parent {
            limits::id(WHAT, ItemField("agencies", &a.id, "parent"), p)?;
        }
    }
    for e in elements {
        limits::id(WHAT, "elements[].id", &e.id)?;
        let field = |f| ItemField("elements", &e.id, f);
        limits::name(WHAT, field("name"), &e.name)?;
        limits::id(WHAT, field("kind"), &e.kind)?;
        for (f, v) in [("owner", &e.owner), ("reference", &e.reference)] {
            if let Some(v) = v {
                limits::id(WHAT, field(f), v)?;
            }
        }
        if let Some(f) = &e.function {
            limits::text(WHAT, field("function"), f)?;
        }
        for (k, v) in &e.properties {
            limits::id(WHAT, field("properties"), k)?;
            limits::text(WHAT, format_args!("elements[{}].properties.{k}", e.id), v)?;
        }
    }
    for r in relations {
        limits::id(WHAT, "relations[].from", &r.from)?;
        limits::id(WHAT, "relations[].to", &r.to)?;
    }
    Ok(())
}
