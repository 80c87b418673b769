//! Benchmark (not a test): converts every day of the supported range (lunar years
//! 1900–2100) solar → lunar → solar and prints the count, the elapsed time and ns/day.
//!
//! Run with `cargo run --release --example lunar_bench`.

use std::time::Instant;
use worklog::calendar::{Calendar, lunar_to_solar, solar_to_lunar, supported_range};

fn main() {
    let (min, max) = supported_range();

    // Warm the one-off caches (month-11 starts, the range) so they are not timed.
    let _ = solar_to_lunar(min);

    let start = Instant::now();
    let mut days = 0u64;
    let mut mismatches = 0u64;
    for d in min.iter_days().take_while(|d| *d <= max) {
        let ok = solar_to_lunar(d)
            .and_then(|l| lunar_to_solar(l.day, l.month, l.year, l.leap))
            .is_ok_and(|back| back == d);
        if !ok {
            mismatches += 1;
        }
        days += 1;
    }
    let elapsed = start.elapsed();
    let ns_per_day = elapsed.as_nanos() as f64 / days.max(1) as f64;
    println!("lunar round trip: {days} days ({min} to {max}), {mismatches} mismatches");
    println!("elapsed: {elapsed:?}, {ns_per_day:.0} ns/day");

    // Working-day checks for every day, as a yearly report does (cold calendar).
    let cal = Calendar::default();
    let start = Instant::now();
    let working = min
        .iter_days()
        .take_while(|d| *d <= max)
        .filter(|d| cal.is_working_day(*d))
        .count();
    let elapsed = start.elapsed();
    let ns_per_day = elapsed.as_nanos() as f64 / days.max(1) as f64;
    println!("is_working_day: {working} working days, elapsed {elapsed:?}, {ns_per_day:.0} ns/day");
}
