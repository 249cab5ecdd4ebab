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
    let total: u64 = counts.iter().sum();
    if total < k {
        return Published { cells: vec![Cell::Hidden; counts.len()], total: Cell::Hidden };
    }
    // Zero is never a group of people, so it may be shown.
    let mut hidden: Vec<bool> = counts.iter().map(|&n| n > 0 && n < k).collect();
    loop {
        let hidden_count = hidden.iter().filter(|h| **h).count();
        let hidden_sum: u64 = counts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(n, _)| n).sum();
        if hidden_count == 0 || (hidden_count >= 2 && hidden_sum >= k) {
            break;
        }
        let next =
            counts.iter().enumerate().filter(|(i, n)| !hidden[*i] && **n > 0).min_by_key(|(_, n)| **n).map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => {
                // Nothing left to hide beside them: the total would give them away.
                return Published {
                    cells: counts
                        .iter()
                        .zip(&hidden)
                        .map(|(&n, &h)| if h { Cell::Hidden } else { Cell::Shown(n) })
                        .collect(),
                    total: Cell::Hidden,
                };
            }
        }
    }
    Published {
        cells: counts.iter().zip(&hidden).map(|(&n, &h)| if h { Cell::Hidden } else { Cell::Shown(n) }).collect(),
        total: Cell::Shown(total),
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
