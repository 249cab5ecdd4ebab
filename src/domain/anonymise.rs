//! k-anonymity of the response-level export: every column that could single
//! someone out (audience, language, area, channel, and every answer to an
//! `area` question) is generalised, by withholding values, until each row's
//! combination of them is shared by at least k rows.
//!
//! Local recoding by levels: level 0 withholds nothing; each next level also
//! withholds the next column in [`Plan::new`]'s order (channel first, audience
//! last). Rows whose combination at a level is shared by k rows are published
//! at that level; the rest go on to the next. Rows left over when every column
//! is withheld, if fewer than k, take the smallest published groups with them
//! until they are k; with fewer than k rows in all, nothing is exported.

use std::collections::HashMap;

/// The value exported in place of a withheld one.
pub const WITHHELD: &str = "withheld";

/// A row's identifying values, in column order.
pub type Key = Vec<String>;

/// How each combination of identifying values is exported.
#[derive(Debug, Default)]
pub struct Plan {
    /// Full key → how many columns (in withholding order) are withheld.
    levels: HashMap<Key, usize>,
    /// Column indexes, in the order they are withheld.
    order: Vec<usize>,
}

impl Plan {
    /// `counts`: rows per full key; `order`: column indexes, first withheld first.
    pub fn new(counts: &HashMap<Key, u64>, order: Vec<usize>, k: u64) -> Plan {
        let total: u64 = counts.values().sum();
        let mut plan = Plan { levels: HashMap::new(), order };
        if total < k.max(1) {
            return plan;
        }
        let mut remaining: Vec<(&Key, u64)> = counts.iter().map(|(key, n)| (key, *n)).collect();
        remaining.sort();
        // Published groups, for taking whole ones along at the end: (level, projected key) → full keys.
        let mut published: Vec<(u64, Vec<&Key>)> = Vec::new();
        for level in 0..=plan.order.len() {
            let mut groups: HashMap<Key, (u64, Vec<&Key>)> = HashMap::new();
            for (key, n) in &remaining {
                let g = groups.entry(plan.project(key, level)).or_default();
                g.0 += n;
                g.1.push(key);
            }
            let mut next = Vec::new();
            for (key, n) in remaining {
                let (size, _) = &groups[&plan.project(key, level)];
                if *size >= k || level == plan.order.len() {
                    plan.levels.insert(key.clone(), level);
                } else {
                    next.push((key, n));
                }
            }
            let mut sizes: Vec<(u64, Vec<&Key>)> =
                groups.into_values().filter(|(size, _)| *size >= k || level == plan.order.len()).collect();
            sizes.sort();
            if level < plan.order.len() {
                published.extend(sizes);
            } else if let Some((mut leftover, _)) = sizes.pop() {
                // Everything withheld, and still fewer than k: take whole
                // published groups along, smallest first.
                published.sort_by_key(|(size, _)| *size);
                for (size, keys) in published.drain(..) {
                    if leftover >= k {
                        break;
                    }
                    leftover += size;
                    for key in keys {
                        plan.levels.insert(key.clone(), level);
                    }
                }
            }
            remaining = next;
        }
        plan
    }

    fn project(&self, key: &Key, level: usize) -> Key {
        let mut out = key.clone();
        for i in &self.order[..level] {
            if let Some(v) = out.get_mut(*i) {
                *v = WITHHELD.to_owned();
            }
        }
        out
    }

    /// The key as exported, or `None` when the row is not exported at all.
    pub fn publish(&self, key: &Key) -> Option<Key> {
        self.levels.get(key).map(|level| self.project(key, *level))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rows() -> impl Strategy<Value = Vec<Key>> {
        proptest::collection::vec(
            (0usize..4, 0usize..4, 0usize..5, 0usize..3, 0usize..6).prop_map(|(a, l, ar, c, x)| {
                vec![
                    ["age-5-8", "age-9-12", "age-13-17", "parent"][a].to_owned(),
                    ["en", "fr", "ar", "es"][l].to_owned(),
                    ["", "n", "s", "e", "w"][ar].to_owned(),
                    c.to_string(),
                    ["", "n", "s", "e", "w", "x"][x].to_owned(),
                ]
            }),
            0..120,
        )
    }

    proptest! {
        #[test]
        fn every_exported_combination_is_shared_by_k_rows(rows in rows(), k in 2u64..12) {
            let mut counts: HashMap<Key, u64> = HashMap::new();
            for r in &rows {
                *counts.entry(r.clone()).or_default() += 1;
            }
            let plan = Plan::new(&counts, vec![3, 4, 2, 1, 0], k);
            let mut published: HashMap<Key, u64> = HashMap::new();
            let mut exported = 0;
            for r in &rows {
                if let Some(p) = plan.publish(r) {
                    exported += 1;
                    for (i, v) in p.iter().enumerate() {
                        prop_assert!(v == &r[i] || v == WITHHELD, "a value is kept or withheld, never changed");
                    }
                    *published.entry(p).or_default() += 1;
                }
            }
            for (key, n) in &published {
                prop_assert!(*n >= k, "{key:?} is shared by {n} rows at k={k}");
            }
            if rows.len() as u64 >= k {
                prop_assert_eq!(exported, rows.len(), "with k rows in all, every row is exported");
            } else {
                prop_assert_eq!(exported, 0);
            }
        }
    }

    #[test]
    fn the_only_arabic_speaking_teenager_is_not_singled_out() {
        let mut counts: HashMap<Key, u64> = HashMap::new();
        let row = |a: &str, l: &str| vec![a.to_owned(), l.to_owned(), "n".to_owned(), "0".to_owned(), "n".to_owned()];
        counts.insert(row("age-13-17", "en"), 20);
        counts.insert(row("age-13-17", "fr"), 19);
        counts.insert(row("age-13-17", "ar"), 1);
        let plan = Plan::new(&counts, vec![3, 4, 2, 1, 0], 5);
        let published = plan.publish(&row("age-13-17", "ar")).expect("exported");
        assert_eq!(published[1], WITHHELD);
        assert!(published.iter().all(|v| v != "ar"));
    }
}
