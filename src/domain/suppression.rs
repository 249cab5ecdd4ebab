//! Small-cell suppression: no figure that leaves the service may come from
//! fewer than `k` people, or let such a figure be worked out by subtraction.
//!
//! For a set of counts that add up to a shown total (responses per audience,
//! per channel, per option…): a count from fewer than `k` people is hidden
//! (primary suppression); then more counts are hidden, smallest first, until
//! the hidden ones cannot be told apart and together come from at least `k`
//! people (secondary suppression); if that is impossible, the total is hidden
//! too. A total from fewer than `k` people hides everything.

/// A published figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    /// Hidden to protect a small group (primary or secondary: never said which).
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

/// Counts and their total, as they may be published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Cell>,
    pub total: Cell,
}

/// Suppresses `counts`, whose total is their sum, at threshold `k`.
pub fn suppress(counts: &[u64], k: u64) -> Published {
    suppress_nested(counts, &[], Forced::default(), k)
}

/// The same table under a wider filter (fewer conditions): its true counts
/// and what was published of it.
pub struct Wider<'a> {
    pub counts: &'a [u64],
    pub published: &'a Published,
}

fn small(n: u64, k: u64) -> bool {
    n > 0 && n < k
}

/// Suppresses a table of a filtered view so that, besides what [`suppress`]
/// guarantees within it, no pair of it and a wider view of the same table
/// gives a small group away by subtraction:
/// - a cell hidden in any wider view is hidden here (else its count here,
///   equal to the wider one when nobody outside the filter is in it, would
///   show it);
/// - a cell is hidden when it differs from a wider one by a small group, and
///   the total likewise;
/// - the hidden cells together differ from the same cells of every wider view
///   by nobody or by at least `k` people.
///
/// `forced` hides cells and the total that another published table already
/// keeps from view (a hidden total takes at least one cell with it, so the
/// cells cannot be summed back into it).
///
/// `wider` must hold the view under every proper subset of this view's
/// conditions, each published by this function: differences between views
/// further apart are sums of these steps, so are never a small group either.
/// Cells and total that must be hidden whatever their counts.
#[derive(Clone, Debug, Default)]
pub struct Forced {
    pub cells: Vec<bool>,
    pub total: bool,
}

pub fn suppress_nested(counts: &[u64], wider: &[Wider<'_>], forced: Forced, k: u64) -> Published {
    let total: u64 = counts.iter().sum();
    if total < k {
        return Published { cells: vec![Cell::Hidden; counts.len()], total: Cell::Hidden };
    }
    let mut hidden: Vec<bool> = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            small(n, k)
                || forced.cells.get(i) == Some(&true)
                || wider.iter().any(|w| w.published.cells.get(i) != Some(&Cell::Shown(w.counts[i])))
                || wider.iter().any(|w| small(w.counts[i].saturating_sub(n), k))
        })
        .collect();
    let total_hidden = forced.total
        || wider
            .iter()
            .any(|w| w.published.total == Cell::Hidden || small(w.counts.iter().sum::<u64>().saturating_sub(total), k));
    let publish = |hidden: &[bool], total: Cell| Published {
        cells: counts.iter().zip(hidden).map(|(&n, &h)| if h { Cell::Hidden } else { Cell::Shown(n) }).collect(),
        total,
    };
    if total_hidden {
        if !hidden.contains(&true)
            && let Some(i) = (0..counts.len()).filter(|i| counts[*i] > 0).min_by_key(|i| counts[*i])
        {
            hidden[i] = true;
        }
        return publish(&hidden, Cell::Hidden);
    }
    loop {
        let hidden_count = hidden.iter().filter(|h| **h).count();
        let hidden_sum: u64 = counts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(n, _)| n).sum();
        let apart_from_wider = wider.iter().all(|w| {
            let apart: u64 =
                (0..counts.len()).filter(|i| hidden[*i]).map(|i| w.counts[i].saturating_sub(counts[i])).sum();
            !small(apart, k)
        });
        if hidden_count == 0 || (hidden_count >= 2 && hidden_sum >= k && apart_from_wider) {
            return publish(&hidden, Cell::Shown(total));
        }
        // Hide one more: the smallest group, people before empty cells.
        match (0..counts.len()).filter(|i| !hidden[*i]).min_by_key(|i| (counts[*i] == 0, counts[*i])) {
            Some(i) => hidden[i] = true,
            None => return publish(&hidden, Cell::Hidden),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_group_of_nine_is_never_shown_at_k_ten() {
        let p = suppress(&[9, 40, 31], 10);
        assert_eq!(p.cells[0], Cell::Hidden);
        assert_eq!(p.cells[2], Cell::Hidden, "the smallest other count hides it from subtraction");
        assert_eq!(p.cells[1], Cell::Shown(40));
        assert_eq!(p.total, Cell::Shown(80));
    }

    #[test]
    fn a_small_total_shows_nothing_but_that_fact() {
        let p = suppress(&[3, 5], 10);
        assert!(p.cells.iter().all(|c| *c == Cell::Hidden));
        assert_eq!(p.total, Cell::Hidden);
    }

    #[test]
    fn two_small_groups_that_together_are_still_small_take_a_third_with_them() {
        let p = suppress(&[4, 5, 100, 0], 10);
        assert_eq!(p.cells, vec![Cell::Hidden, Cell::Hidden, Cell::Hidden, Cell::Shown(0)]);
        assert_eq!(p.total, Cell::Shown(109), "three hidden counts summing to 109 single nobody out");
        let pair = suppress(&[4, 5], 5);
        assert_eq!(pair.cells, vec![Cell::Hidden, Cell::Hidden], "the 5 goes too, or 9 - 5 would give the 4 away");
        assert_eq!(pair.total, Cell::Shown(9));
        let q = suppress(&[4, 5, 100, 50], 10);
        assert_eq!(q.cells, vec![Cell::Hidden, Cell::Hidden, Cell::Shown(100), Cell::Hidden]);
        assert_eq!(q.total, Cell::Shown(159));
    }

    proptest! {
        #[test]
        fn no_published_view_lets_a_small_count_be_worked_out(counts in proptest::collection::vec(0u64..60, 0..8), k in 3u64..15) {
            let p = suppress(&counts, k);
            let total: u64 = counts.iter().sum();
            for (cell, &n) in p.cells.iter().zip(&counts) {
                if let Cell::Shown(m) = cell {
                    prop_assert_eq!(*m, n, "shown figures are true");
                    prop_assert!(n == 0 || n >= k, "no small group is shown");
                }
            }
            match p.total {
                Cell::Hidden => prop_assert!(total < k || p.cells.contains(&Cell::Hidden)),
                Cell::Shown(t) => {
                    prop_assert_eq!(t, total);
                    prop_assert!(t >= k);
                    let hidden: Vec<u64> = p.cells.iter().zip(&counts).filter(|(c, _)| **c == Cell::Hidden).map(|(_, n)| *n).collect();
                    // Subtracting the shown cells from the total gives only the sum of
                    // the hidden ones: it must not single one out, nor be a small group.
                    prop_assert!(hidden.is_empty() || (hidden.len() >= 2 && hidden.iter().sum::<u64>() >= k));
                }
            }
        }
    }
}
