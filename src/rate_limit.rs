//! In-memory rate limits (governor), keyed by client address. The address is
//! only ever a key in memory: never stored, never logged. Limits are per
//! instance: with N instances behind a balancer, a client gets up to N times.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

pub struct Limiter {
    inner: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
}

impl Limiter {
    /// `per_minute` sustained, with bursts of up to `burst` at once.
    pub fn per_minute(per_minute: u32, burst: u32) -> Self {
        let rate = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
        Limiter {
            inner: RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst)),
            clock: DefaultClock::default(),
        }
    }

    /// `Err(wait)` when the client must wait before trying again.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        self.inner.check_key(&client).map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }

    /// Forgets clients that have been quiet long enough to start afresh.
    pub fn shrink(&self) {
        self.inner.retain_recent();
        self.inner.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_client_waits() {
        let l = Limiter::per_minute(6, 3);
        let ip: IpAddr = "198.51.100.7".parse().unwrap();
        for _ in 0..3 {
            assert!(l.check(ip).is_ok());
        }
        let wait = l.check(ip).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(10), "{wait:?}");
        assert!(l.check("198.51.100.8".parse().unwrap()).is_ok(), "other clients are not affected");
    }
}
