//! An automated attacker, for tests: it reads every view the service offers of
//! a consultation (every combination of up to three filters, each table of each
//! report) and tries to recover the answers of one planted respondent who is
//! unique on audience and language, by solving the linear system that the
//! published figures give (least squares over the counts of every group of
//! audience × language × area × channel), which includes every differencing
//! of views as a special case.

use super::Audience;
use super::answers::AnswerValue;
use super::results::{Filter, Group, NO_ANSWER, Report};
use std::collections::BTreeSet;

/// What the attacker knows of the consultation: every value of each
/// dimension (visible in the published breakdowns), and the questions whose
/// tables split respondents into exclusive rows (single choice, scale).
pub struct Knowledge<'a> {
    pub audiences: &'a [Audience],
    pub languages: &'a [&'a str],
    pub areas: &'a [&'a str],
    pub channels: &'a [i32],
    pub questions: &'a [&'a str],
}

impl Knowledge<'_> {
    fn groups(&self) -> Vec<Group> {
        let mut out = Vec::new();
        for a in self.audiences {
            for l in self.languages {
                for ar in self.areas {
                    for c in self.channels {
                        out.push(Group {
                            audience: *a,
                            language: (*l).to_owned(),
                            area: (*ar).to_owned(),
                            channel: *c,
                        });
                    }
                }
            }
        }
        out
    }

    /// Every filter of up to three conditions.
    pub fn filters(&self) -> Vec<Filter> {
        let mut out = Vec::new();
        for a in std::iter::once(None).chain(self.audiences.iter().map(|a| Some(*a))) {
            for l in std::iter::once(None).chain(self.languages.iter().map(|l| Some((*l).to_owned()))) {
                for ar in std::iter::once(None).chain(self.areas.iter().map(|x| Some((*x).to_owned()))) {
                    for c in std::iter::once(None).chain(self.channels.iter().map(|c| Some(*c))) {
                        let f = Filter { audience: a, language: l.clone(), area: ar.clone(), channel: c };
                        if [f.audience.is_some(), f.language.is_some(), f.area.is_some(), f.channel.is_some()]
                            .iter()
                            .filter(|x| **x)
                            .count()
                            <= 3
                        {
                            out.push(f);
                        }
                    }
                }
            }
        }
        out
    }
}

fn admits(f: &Filter, g: &Group) -> bool {
    f.audience.is_none_or(|a| a == g.audience)
        && f.language.as_ref().is_none_or(|l| *l == g.language)
        && f.area.as_ref().is_none_or(|a| *a == g.area)
        && f.channel.is_none_or(|c| c == g.channel)
}

/// For each question, the attacker's guess of the planted respondent's row
/// (an option id, a scale point, or [`NO_ANSWER`]), from `reports` (one per
/// filter of [`Knowledge::filters`]).
pub fn guess(know: &Knowledge<'_>, reports: &[(Filter, Report)], planted: &Group) -> Vec<Option<String>> {
    let groups = know.groups();
    know.questions
        .iter()
        .map(|q| {
            let mut rows: BTreeSet<String> = BTreeSet::new();
            for (_, r) in reports {
                for qr in r.questions.iter().filter(|x| x.question == *q) {
                    for aa in &qr.audiences {
                        rows.extend(aa.table.rows.iter().map(|row| row.key.clone()));
                    }
                }
            }
            let rows: Vec<String> = rows.into_iter().collect();
            // Unknowns: count of each (group, row).
            let n = groups.len() * rows.len();
            let var = |g: usize, r: usize| g * rows.len() + r;
            let mut ata = vec![0f64; n * n];
            let mut aty = vec![0f64; n];
            let mut equation = |vars: &[usize], y: f64| {
                for &i in vars {
                    aty[i] += y;
                    for &j in vars {
                        ata[i * n + j] += 1.0;
                    }
                }
            };
            for (f, r) in reports {
                for qr in r.questions.iter().filter(|x| x.question == *q) {
                    for aa in &qr.audiences {
                        let within = Filter { audience: Some(aa.audience), ..f.clone() };
                        let members: Vec<usize> = (0..groups.len()).filter(|g| admits(&within, &groups[*g])).collect();
                        for row in &aa.table.rows {
                            let (Some(count), Some(ri)) = (row.count, rows.iter().position(|x| *x == row.key)) else {
                                continue;
                            };
                            let vars: Vec<usize> = members.iter().map(|g| var(*g, ri)).collect();
                            equation(&vars, count as f64);
                        }
                    }
                }
            }
            // Ridge regularisation picks the least-norm solution where the
            // views leave the counts undetermined.
            for i in 0..n {
                ata[i * n + i] += 1e-3;
            }
            let x = solve(ata, aty, n);
            let mine: Vec<usize> = (0..groups.len())
                .filter(|g| groups[*g].audience == planted.audience && groups[*g].language == planted.language)
                .collect();
            (0..rows.len())
                .map(|r| (r, mine.iter().map(|g| x[var(*g, r)]).sum::<f64>()))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .filter(|(_, s)| *s > 0.0)
                .map(|(r, _)| rows[r].clone())
        })
        .collect()
}

/// The planted respondent's true row for each question.
pub fn truth(know: &Knowledge<'_>, planted: &[(&'static str, AnswerValue)]) -> Vec<String> {
    know.questions
        .iter()
        .map(|q| match planted.iter().find(|(id, _)| id == q).map(|(_, v)| v) {
            Some(AnswerValue::Choice(o)) => o.clone(),
            Some(AnswerValue::Scale(n)) => n.to_string(),
            _ => NO_ANSWER.to_owned(),
        })
        .collect()
}

/// Gaussian elimination with partial pivoting of a symmetric positive system.
fn solve(mut a: Vec<f64>, mut b: Vec<f64>, n: usize) -> Vec<f64> {
    for col in 0..n {
        let pivot = (col..n).max_by(|x, y| a[x * n + col].abs().total_cmp(&a[y * n + col].abs())).unwrap_or(col);
        if pivot != col {
            for j in 0..n {
                a.swap(col * n + j, pivot * n + j);
            }
            b.swap(col, pivot);
        }
        let p = a[col * n + col];
        if p.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..n {
            let factor = a[row * n + col] / p;
            if factor == 0.0 {
                continue;
            }
            for j in col..n {
                a[row * n + j] -= factor * a[col * n + j];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0f64; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|j| a[row * n + j] * x[j]).sum();
        let p = a[row * n + row];
        x[row] = if p.abs() < 1e-12 { 0.0 } else { (b[row] - s) / p };
    }
    x
}
