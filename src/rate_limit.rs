//! In-memory rate limits (governor), keyed by client address. The address is
//! only ever a key in memory: never stored, never logged. Limits are per
//! instance: with N instances behind a balancer, a client gets up to N times.

use crate::config::{Cidr, Rate};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

pub struct Limiter {
    inner: Option<DefaultKeyedRateLimiter<IpAddr>>,
    clock: DefaultClock,
}

impl Limiter {
    /// `per_minute` sustained, with bursts of up to `burst` at once.
    pub fn per_minute(per_minute: u32, burst: u32) -> Self {
        Self::new(Rate { per_minute, burst })
    }

    /// A limiter for `rate`; a rate of 0 per minute lets everything through.
    pub fn new(rate: Rate) -> Self {
        let inner = NonZeroU32::new(rate.per_minute).map(|per_minute| {
            let burst = NonZeroU32::new(rate.burst.max(1)).unwrap_or(NonZeroU32::MIN);
            RateLimiter::keyed(Quota::per_minute(per_minute).allow_burst(burst))
        });
        Limiter { inner, clock: DefaultClock::default() }
    }

    /// `Err(wait)` when the client must wait before trying again.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        match &self.inner {
            Some(l) => l.check_key(&client).map_err(|not_until| not_until.wait_time_from(self.clock.now())),
            None => Ok(()),
        }
    }

    /// Forgets clients that have been quiet long enough to start afresh.
    pub fn shrink(&self) {
        if let Some(l) = &self.inner {
            l.retain_recent();
            l.shrink_to_fit();
        }
    }
}

/// The client's address: the peer's, unless the peer is a trusted proxy, in
/// which case the nearest untrusted address of `X-Forwarded-For`.
pub fn client_address(peer: Option<IpAddr>, forwarded_for: Option<&str>, trusted: &[Cidr]) -> IpAddr {
    let unspecified = IpAddr::from([0, 0, 0, 0]);
    let Some(peer) = peer else { return unspecified };
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let Some(header) = forwarded_for else { return peer };
    let mut chain: Vec<IpAddr> = header.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    while let Some(last) = chain.pop() {
        if !is_trusted(last) {
            return last;
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_burst_passes_then_the_client_waits() {
        let l = Limiter::per_minute(6, 3);
        for _ in 0..3 {
            assert!(l.check(ip("198.51.100.7")).is_ok());
        }
        let wait = l.check(ip("198.51.100.7")).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(10), "{wait:?}");
        assert!(l.check(ip("198.51.100.8")).is_ok(), "other clients are not affected");
        let off = Limiter::per_minute(0, 0);
        assert!((0..1000).all(|_| off.check(ip("198.51.100.7")).is_ok()));
    }

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let trusted: Vec<Cidr> = vec!["10.0.0.0/8".parse().unwrap(), "::1".parse().unwrap()];
        let xff = Some("203.0.113.9, 10.1.2.3");
        assert_eq!(client_address(Some(ip("10.0.0.5")), xff, &trusted), ip("203.0.113.9"));
        assert_eq!(
            client_address(Some(ip("192.0.2.1")), xff, &trusted),
            ip("192.0.2.1"),
            "an untrusted peer's header is ignored"
        );
        assert_eq!(client_address(Some(ip("::1")), Some("garbage"), &trusted), ip("::1"));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("::ffff:10.9.9.9".parse::<IpAddr>().map(|a| trusted[0].contains(a)).unwrap());
    }
}
