//! Disclosure control by the cell key method (the Australian Bureau of
//! Statistics' TableBuilder, the UK 2021 Census flexible tables, τ-Argus and
//! the R packages `ptable` and `cellKey`). Every count that leaves the service
//! is published by [`publish`], and by nothing else.
//!
//! - Each response gets a random record key when it is stored (never shown).
//! - A cell's key is the sum of its records' keys modulo [`KEY_RANGE`]; tallies
//!   keep that sum beside each count, so a cell's key is known without
//!   reading responses, and it is the same whatever view the cell appears in.
//! - The perturbation table (`ptable.csv`) turns (true count, cell key) into
//!   the published value: the same people always give the same figure, on
//!   every page and in every format, and the difference between two views is
//!   noise rather than a child.
//! - A perturbed value from 1 to k - 1 is published as "fewer than k".

use serde::Serialize;
use std::sync::LazyLock;

/// Record keys and cell keys are integers modulo this range.
pub const KEY_RANGE: u32 = 1 << 16;

/// A new response's record key.
pub fn record_key() -> i64 {
    i64::from(rand::random_range(0..KEY_RANGE))
}

/// A true count and its cell key: what a published figure is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Count {
    pub n: u64,
    pub key: u32,
}

impl Count {
    /// A tally's count and its stored key sum (any integer; reduced here).
    pub fn new(n: i64, key_sum: i64) -> Self {
        Count { n: u64::try_from(n).unwrap_or(0), key: key_sum.rem_euclid(i64::from(KEY_RANGE)) as u32 }
    }

    /// The records of `self` that are not in `part`, a subset of them
    /// (respondents less those who answered, say).
    pub fn less(self, part: Count) -> Count {
        Count { n: self.n.saturating_sub(part.n), key: (self.key + KEY_RANGE - part.key) % KEY_RANGE }
    }
}

impl std::ops::Add for Count {
    type Output = Count;
    fn add(self, o: Count) -> Count {
        Count { n: self.n + o.n, key: (self.key + o.key) % KEY_RANGE }
    }
}

impl std::ops::AddAssign for Count {
    fn add_assign(&mut self, o: Count) {
        *self = *self + o;
    }
}

impl std::iter::Sum for Count {
    fn sum<I: Iterator<Item = Count>>(iter: I) -> Count {
        iter.fold(Count::default(), |a, b| a + b)
    }
}

/// A published figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Cell {
    /// The perturbed count (0 or at least k).
    Shown(u64),
    /// Fewer than k.
    Hidden,
}

impl Cell {
    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Shown(n) => Some(n),
            Cell::Hidden => None,
        }
    }
}

/// The one function that publishes a count, at threshold `k`.
pub fn publish(c: Count, k: u64) -> Cell {
    match PTABLE.perturb(c) {
        v if v > 0 && v < k => Cell::Hidden,
        v => Cell::Shown(v),
    }
}

/// The perturbation table: for each true count (the last for every larger
/// one), deviations and how many of the [`KEY_RANGE`] keys give each.
pub struct PTable {
    rows: Vec<(u64, Vec<(i64, u32)>)>,
}

pub static PTABLE: LazyLock<PTable> = LazyLock::new(|| {
    // The shipped table is checked by the tests below; a broken build fails them.
    PTable::parse(include_str!("ptable.csv")).unwrap_or(PTable { rows: vec![] })
});

impl PTable {
    pub fn parse(source: &str) -> Result<PTable, String> {
        let mut rows: Vec<(u64, Vec<(i64, u32)>)> = Vec::new();
        for (i, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("count,") {
                continue;
            }
            let bad = || format!("ptable.csv line {}: expected count,deviation,keys", i + 1);
            let mut f = line.split(',').map(str::trim);
            let (Some(n), Some(d), Some(k), None) = (f.next(), f.next(), f.next(), f.next()) else { return Err(bad()) };
            let (n, d, k) = (
                n.parse::<u64>().map_err(|_| bad())?,
                d.parse::<i64>().map_err(|_| bad())?,
                k.parse::<u32>().map_err(|_| bad())?,
            );
            match rows.last_mut() {
                Some((m, row)) if *m == n => row.push((d, k)),
                _ => rows.push((n, vec![(d, k)])),
            }
        }
        for (n, row) in &rows {
            if row.iter().map(|(_, k)| k).sum::<u32>() != KEY_RANGE {
                return Err(format!("ptable.csv: the keys of count {n} do not add up to {KEY_RANGE}"));
            }
        }
        Ok(PTable { rows })
    }

    /// The rows for count `n`.
    pub fn row(&self, n: u64) -> &[(i64, u32)] {
        self.rows.iter().rev().find(|(m, _)| *m <= n).or(self.rows.first()).map_or(&[], |(_, r)| r.as_slice())
    }

    /// The published value of a count, before the threshold: zeros stay zero.
    pub fn perturb(&self, c: Count) -> u64 {
        if c.n == 0 {
            return 0;
        }
        let mut upto = 0u32;
        for (d, keys) in self.row(c.n) {
            upto += keys;
            if c.key < upto {
                return u64::try_from(c.n as i64 + d).unwrap_or(0);
            }
        }
        c.n
    }

    /// (count, largest deviation, mean, variance) of each row, for the README and tests.
    pub fn parameters(&self) -> Vec<(u64, i64, f64, f64)> {
        self.rows
            .iter()
            .map(|(n, row)| {
                let p = |k: u32| f64::from(k) / f64::from(KEY_RANGE);
                let mean: f64 = row.iter().map(|(d, k)| *d as f64 * p(*k)).sum();
                let var: f64 = row.iter().map(|(d, k)| (*d as f64 - mean).powi(2) * p(*k)).sum();
                (*n, row.iter().map(|(d, _)| d.abs()).max().unwrap_or(0), mean, var)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_shipped_table_is_unbiased_with_variance_one_and_deviations_of_at_most_two() {
        let t = PTable::parse(include_str!("ptable.csv")).expect("ptable.csv parses");
        let params = t.parameters();
        assert!(!params.is_empty());
        for (n, d, mean, var) in params {
            assert!(d <= 2, "count {n}: deviation {d}");
            assert!(mean.abs() < 1e-12, "count {n}: mean deviation {mean}");
            assert!((var - 1.0).abs() < 1e-12, "count {n}: variance {var}");
            for (dev, _) in t.row(n) {
                assert!(n as i64 + dev >= 0, "count {n} can become negative");
            }
        }
        // Exactly, in whole keys: the sums of keys × deviation are 0.
        for n in 1..5 {
            assert_eq!(t.row(n).iter().map(|(d, k)| d * i64::from(*k)).sum::<i64>(), 0);
            assert_eq!(t.row(n).iter().map(|(d, k)| d * d * i64::from(*k)).sum::<i64>(), i64::from(KEY_RANGE));
        }
    }

    #[test]
    fn over_every_cell_key_the_published_value_averages_the_true_count() {
        for n in [1u64, 2, 3, 7, 40] {
            let sum: u64 = (0..KEY_RANGE).map(|key| PTABLE.perturb(Count { n, key })).sum();
            assert_eq!(sum, n * u64::from(KEY_RANGE), "count {n}");
        }
    }

    #[test]
    fn zeros_stay_zero_and_small_values_read_fewer_than_k() {
        assert_eq!(publish(Count { n: 0, key: 1234 }, 10), Cell::Shown(0));
        for key in (0..KEY_RANGE).step_by(97) {
            let c = publish(Count { n: 4, key }, 10);
            assert_eq!(c, Cell::Hidden, "4 ± 2 is always under 10");
            match publish(Count { n: 1, key }, 3) {
                Cell::Shown(v) => assert!(v == 0 || v == 3),
                Cell::Hidden => {}
            }
        }
    }

    proptest! {
        #[test]
        fn the_same_records_give_the_same_figure_however_they_are_added_up(
            keys in proptest::collection::vec(0u32..KEY_RANGE, 0..60),
            split in any::<prop::sample::Index>(),
        ) {
            let one = |k: &u32| Count { n: 1, key: *k };
            let whole: Count = keys.iter().map(one).sum();
            let at = if keys.is_empty() { 0 } else { split.index(keys.len()) };
            let (a, b) = keys.split_at(at);
            let parts = a.iter().map(one).sum::<Count>() + b.iter().map(one).sum::<Count>();
            prop_assert_eq!(whole, parts);
            prop_assert_eq!(publish(whole, 5), publish(parts, 5));
            prop_assert_eq!(whole.less(a.iter().map(one).sum()), b.iter().map(one).sum::<Count>());
            let v = PTABLE.perturb(whole);
            prop_assert!(v.abs_diff(whole.n) <= 2);
        }
    }
}
