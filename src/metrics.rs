//! Operators' figures in Prometheus text format: requests by route and status,
//! latency histograms, submissions accepted and refused by reason, rate-limited
//! requests, flagged texts and database pool use. Per instance, in memory.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    submissions: Mutex<BTreeMap<&'static str, u64>>,
    rate_limited: Mutex<BTreeMap<&'static str, u64>>,
    flagged: AtomicU64,
}

/// Why a sent form was or was not stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    Duplicate,
    Honeypot,
    TooFast,
    RateLimited,
    Closed,
    BadCode,
    Unavailable,
}

impl Outcome {
    const ALL: [Outcome; 8] = [
        Outcome::Accepted,
        Outcome::Duplicate,
        Outcome::Honeypot,
        Outcome::TooFast,
        Outcome::RateLimited,
        Outcome::Closed,
        Outcome::BadCode,
        Outcome::Unavailable,
    ];

    fn label(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Duplicate => "duplicate",
            Outcome::Honeypot => "honeypot",
            Outcome::TooFast => "too_fast",
            Outcome::RateLimited => "rate_limited",
            Outcome::Closed => "closed",
            Outcome::BadCode => "bad_code",
            Outcome::Unavailable => "database_unavailable",
        }
    }
}

/// The rate limits, as labelled in `childvoice_rate_limited_total`.
pub const LIMITS: [&str; 3] = ["pages", "submit", "login"];

/// A request method as a label: the standard ones, and `OTHER` for anything a
/// client makes up (a label per made-up method would grow without limit).
fn method_label(method: &str) -> &'static str {
    ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].into_iter().find(|m| *m == method).unwrap_or("OTHER")
}

impl Metrics {
    /// Every counter with fixed labels starts at 0, so a rate is known from the first scrape.
    pub fn new() -> Self {
        let m = Metrics::default();
        if let Ok(mut s) = m.submissions.lock() {
            for o in Outcome::ALL {
                s.insert(o.label(), 0);
            }
        }
        if let Ok(mut r) = m.rate_limited.lock() {
            for l in LIMITS {
                r.insert(l, 0);
            }
        }
        m
    }

    pub fn request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let method = method_label(method);
        if let Ok(mut m) = self.requests.lock() {
            // Keys are allocated once per route and status, not once per request.
            match m.iter_mut().find(|((me, r, s), _)| me == method && r == route && *s == status) {
                Some((_, n)) => *n += 1,
                None => {
                    m.insert((method.to_owned(), route.to_owned(), status), 1);
                }
            }
        }
        if let Ok(mut m) = self.latency.lock() {
            if !m.contains_key(route) {
                m.insert(route.to_owned(), Default::default());
            }
            let Some(h) = m.get_mut(route) else { return };
            let secs = elapsed.as_secs_f64();
            for (i, le) in BUCKETS.iter().enumerate() {
                if secs <= *le {
                    h.counts[i] += 1;
                }
            }
            h.count += 1;
            h.sum += secs;
        }
    }

    pub fn submission(&self, outcome: Outcome) {
        if let Ok(mut m) = self.submissions.lock() {
            *m.entry(outcome.label()).or_default() += 1;
        }
    }

    pub fn rate_limited(&self, limiter: &'static str) {
        if let Ok(mut m) = self.rate_limited.lock() {
            *m.entry(limiter).or_default() += 1;
        }
    }

    pub fn flagged(&self) {
        self.flagged.fetch_add(1, Ordering::Relaxed);
    }

    /// Prometheus text exposition; `pool` is (connections open, of which idle) if known.
    pub fn render(&self, pool: Option<(u32, usize)>) -> String {
        let mut out = String::new();
        out.push_str("# HELP childvoice_http_requests_total HTTP requests by method, route pattern and status.\n# TYPE childvoice_http_requests_total counter\n");
        if let Ok(m) = self.requests.lock() {
            for ((method, route, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "childvoice_http_requests_total{{method=\"{method}\",route=\"{}\",status=\"{status}\"}} {n}",
                    escape(route)
                );
            }
        }
        out.push_str("# HELP childvoice_http_request_duration_seconds Request latency by route pattern.\n# TYPE childvoice_http_request_duration_seconds histogram\n");
        if let Ok(m) = self.latency.lock() {
            for (route, h) in m.iter() {
                let route = escape(route);
                for (i, le) in BUCKETS.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "childvoice_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {}",
                        h.counts[i]
                    );
                }
                let _ = writeln!(
                    out,
                    "childvoice_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                    h.count
                );
                let _ = writeln!(out, "childvoice_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
                let _ =
                    writeln!(out, "childvoice_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.count);
            }
        }
        out.push_str(
            "# HELP childvoice_submissions_total Sent forms by outcome.\n# TYPE childvoice_submissions_total counter\n",
        );
        if let Ok(m) = self.submissions.lock() {
            for (outcome, n) in m.iter() {
                let _ = writeln!(out, "childvoice_submissions_total{{outcome=\"{outcome}\"}} {n}");
            }
        }
        out.push_str("# HELP childvoice_rate_limited_total Requests refused by a rate limit.\n# TYPE childvoice_rate_limited_total counter\n");
        if let Ok(m) = self.rate_limited.lock() {
            for (limiter, n) in m.iter() {
                let _ = writeln!(out, "childvoice_rate_limited_total{{limit=\"{limiter}\"}} {n}");
            }
        }
        out.push_str("# HELP childvoice_flagged_texts_total Free texts flagged for the safeguarding lead.\n# TYPE childvoice_flagged_texts_total counter\n");
        let _ = writeln!(out, "childvoice_flagged_texts_total {}", self.flagged.load(Ordering::Relaxed));
        if let Some((size, idle)) = pool {
            // Two states that add up to the open connections, so that sum() is right.
            let idle = u64::try_from(idle).unwrap_or(0).min(u64::from(size));
            out.push_str("# HELP childvoice_db_pool_connections Open database connections by state (in use or idle).\n# TYPE childvoice_db_pool_connections gauge\n");
            let _ = writeln!(out, "childvoice_db_pool_connections{{state=\"in_use\"}} {}", u64::from(size) - idle);
            let _ = writeln!(out, "childvoice_db_pool_connections{{state=\"idle\"}} {idle}");
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_rendered_in_prometheus_text_format() {
        let m = Metrics::new();
        let fresh = m.render(None);
        assert!(fresh.contains("childvoice_submissions_total{outcome=\"accepted\"} 0"), "counters start at 0");
        assert!(fresh.contains("childvoice_rate_limited_total{limit=\"login\"} 0"));
        m.request("GET", "/s/{slug}", 200, Duration::from_millis(3));
        m.request("BREW", "/s/{slug}", 405, Duration::from_millis(3));
        m.request("XYZZY", "/s/{slug}", 405, Duration::from_millis(3));
        m.submission(Outcome::Accepted);
        m.submission(Outcome::Honeypot);
        m.rate_limited("submit");
        let text = m.render(Some((4, 3)));
        assert!(text.contains("childvoice_http_requests_total{method=\"GET\",route=\"/s/{slug}\",status=\"200\"} 1"));
        assert!(text.contains("childvoice_http_request_duration_seconds_bucket{route=\"/s/{slug}\",le=\"0.005\"} 3"));
        assert!(text.contains("childvoice_submissions_total{outcome=\"honeypot\"} 1"));
        assert!(text.contains("childvoice_rate_limited_total{limit=\"submit\"} 1"));
        assert!(text.contains("childvoice_db_pool_connections{state=\"idle\"} 3"));
        assert!(text.contains("childvoice_db_pool_connections{state=\"in_use\"} 1"), "idle ones are not counted twice");
        assert!(
            text.contains("childvoice_http_requests_total{method=\"OTHER\",route=\"/s/{slug}\",status=\"405\"} 2"),
            "made-up methods share one label: {text}"
        );
        assert!(!text.contains("BREW"));
    }
}
