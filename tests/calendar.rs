//! Integration tests of the calendar module against the golden data in `tests/data/`.

use chrono::NaiveDate;
use worklog::calendar::*;

fn data(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s}: {e}"))
}

#[test]
fn lunar_sample_every_line() {
    let text = data("lunar_sample.tsv");
    let mut n = 0;
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 5, "bad line {line:?}");
        let solar = date(f[0]);
        let expected = LunarDate {
            day: f[1].parse().expect("day"),
            month: f[2].parse().expect("month"),
            year: f[3].parse().expect("year"),
            leap: f[4] == "1",
        };
        assert_eq!(
            solar_to_lunar(solar),
            Ok(expected),
            "solar_to_lunar({solar})"
        );
        assert_eq!(
            lunar_to_solar(expected.day, expected.month, expected.year, expected.leap),
            Ok(solar),
            "lunar_to_solar({expected:?})"
        );
        n += 1;
    }
    assert!(n >= 20, "only {n} lines");
}

#[test]
fn tet_sample_every_line() {
    let text = data("tet_sample.tsv");
    let mut n = 0;
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 2, "bad line {line:?}");
        let year: i32 = f[0].parse().expect("year");
        assert_eq!(tet(year), Ok(date(f[1])), "tet({year})");
        n += 1;
    }
    assert!(n >= 10, "only {n} lines");
}
