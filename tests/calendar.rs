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
        assert_eq!(solar_to_lunar(solar), Ok(expected), "solar_to_lunar({solar})");
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

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("bad date {y}-{m}-{d}"))
}

// --------------------------------------------------------------------------------------
// Lunar calendar golden facts (DOMAIN.md §a)
// --------------------------------------------------------------------------------------

#[test]
fn leap_months() {
    for (year, leap) in [(2020, 4), (2023, 2), (2025, 6), (2033, 11), (2055, 6)] {
        assert_eq!(leap_month(year), Ok(Some(leap)), "leap month of {year}");
        let start = lunar_to_solar(1, leap, year, true);
        assert!(start.is_ok(), "{year} leap {leap}: {start:?}");
        // The leap month directly follows the regular month of the same number.
        let regular = lunar_to_solar(1, leap, year, false).expect("regular month");
        let len = month_length(leap, year, false).expect("length");
        assert_eq!(
            regular + chrono::Days::new(len.into()),
            start.expect("leap start")
        );
        let other = if leap == 12 { 1 } else { leap + 1 };
        assert_eq!(
            lunar_to_solar(1, other, year, true),
            Err(CalendarError::NoSuchLeapMonth {
                month: other,
                year,
                leap_month: Some(leap)
            })
        );
    }
    assert!(lunar_to_solar(1, 4, 2020, true).is_ok());
    assert!(lunar_to_solar(1, 5, 2020, true).is_err());
    for year in [2021, 2022, 2024, 2026, 2007, 2030, 2053] {
        assert_eq!(leap_month(year), Ok(None), "{year}");
    }
    assert_eq!(
        lunar_to_solar(1, 5, 2024, true).map_err(|e| e.to_string()),
        Err("2024 has no leap month 5 (its leap month: none)".to_string())
    );
    assert_eq!(
        solar_to_lunar(lunar_to_solar(15, 4, 2020, true).expect("leap 4")),
        Ok(LunarDate {
            day: 15,
            month: 4,
            year: 2020,
            leap: true
        })
    );
}

#[test]
fn tet_and_year_names() {
    assert_eq!(tet(2023), Ok(ymd(2023, 1, 22)));
    assert_eq!(year_name(2023), "Quý Mão");
    assert_eq!(year_name(2024), "Giáp Thìn");
    assert_eq!(year_name(2026), "Bính Ngọ");
    // Vietnam's calendar differs from China's: 1985 Tết on 21/1, 2007 on 17/2.
    assert_eq!(tet(1985), Ok(ymd(1985, 1, 21)));
    assert_eq!(tet(2007), Ok(ymd(2007, 2, 17)));
    assert!(matches!(
        tet(2101),
        Err(CalendarError::YearOutOfRange { year: 2101 })
    ));
    assert!(matches!(
        tet(1899),
        Err(CalendarError::YearOutOfRange { year: 1899 })
    ));
}

#[test]
fn hung_kings_days() {
    let cal = Calendar::default();
    for (year, m, d) in [
        (2024, 4, 18),
        (2025, 4, 7),
        (2026, 4, 26),
        (2027, 4, 16),
        (2028, 4, 4),
        (2029, 4, 23),
        (2030, 4, 12),
    ] {
        let day = ymd(year, m, d);
        assert_eq!(lunar_to_solar(10, 3, year, false), Ok(day), "10/3/{year}");
        assert_eq!(
            cal.holiday(day).map(|h| h.kind),
            Some(HolidayKind::HungKings),
            "{day}"
        );
        assert!(!cal.is_working_day(day));
    }
    // 2026: Sunday 26/4, so Monday 27/4 is a compensatory day off.
    assert_eq!(
        cal.holiday(ymd(2026, 4, 27)).map(|h| h.kind),
        Some(HolidayKind::Compensatory)
    );
    assert!(!cal.is_working_day(ymd(2026, 4, 27)));
    assert!(cal.is_working_day(ymd(2026, 4, 28)));
    // 2022: Sunday 10/4, so Monday 11/4 off.
    assert_eq!(
        cal.holiday(ymd(2022, 4, 11)).map(|h| h.kind),
        Some(HolidayKind::Compensatory)
    );
}

/// Every day of the supported range: solar → lunar → solar is the identity, months are
/// 29 or 30 days long, and consecutive days step through the lunar calendar correctly.
#[test]
fn exhaustive_round_trip_and_month_lengths() {
    let (min, max) = supported_range();
    assert_eq!(min, ymd(1900, 1, 31));
    assert!(max >= ymd(2100, 12, 31));
    let mut prev: Option<LunarDate> = None;
    let mut days = 0u32;
    let mut months = 0u32;
    for d in min.iter_days().take_while(|d| *d <= max) {
        let l = solar_to_lunar(d).unwrap_or_else(|e| panic!("{d}: {e}"));
        assert_eq!(
            lunar_to_solar(l.day, l.month, l.year, l.leap),
            Ok(d),
            "round trip of {d} via {l:?}"
        );
        if l.day == 1 {
            months += 1;
            let len = month_length(l.month, l.year, l.leap).unwrap_or(0);
            assert!(len == 29 || len == 30, "{l:?} has {len} days");
            if let Some(p) = prev {
                // The previous month ended on its last day.
                assert_eq!(month_length(p.month, p.year, p.leap), Ok(p.day), "{p:?}");
                if l.leap {
                    assert_eq!((l.month, l.year), (p.month, p.year), "{d}");
                } else if l.month == 1 {
                    assert_eq!((p.month, l.year), (12, p.year + 1), "{d}");
                } else {
                    assert_eq!((l.month, l.year), (p.month + 1, p.year), "{d}");
                }
            }
        } else if let Some(p) = prev {
            assert_eq!(
                (l.day, l.month, l.year, l.leap),
                (p.day + 1, p.month, p.year, p.leap),
                "{d}"
            );
        }
        prev = Some(l);
        days += 1;
    }
    assert!(days > 73_000, "{days}");
    // 201 lunar years have 201 × 12 months plus about 74 leap months.
    assert!((201 * 12 + 70..=201 * 12 + 78).contains(&months), "{months}");
}

#[test]
fn every_year_has_twelve_or_thirteen_months() {
    for year in 1900..=2100 {
        let leap = leap_month(year).expect("year in range");
        for month in 1..=12 {
            let len = month_length(month, year, false).expect("month");
            assert!(len == 29 || len == 30);
            assert_eq!(month_length(month, year, true).is_ok(), leap == Some(month));
        }
        // Tết of the next year is 1 day after the last day of month 12.
        if year < 2100 {
            let last = lunar_to_solar(month_length(12, year, false).expect("12"), 12, year, false)
                .expect("last day");
            assert_eq!(last.succ_opt(), tet(year + 1).ok(), "{year}");
        }
    }
}

// --------------------------------------------------------------------------------------
// Holidays and working days (DOMAIN.md §b, SPEC §4–§5)
// --------------------------------------------------------------------------------------

#[derive(serde::Deserialize)]
struct ConfigFile {
    calendar: CalendarConfig,
}

fn config(toml_text: &str) -> CalendarConfig {
    toml::from_str::<ConfigFile>(toml_text)
        .unwrap_or_else(|e| panic!("config: {e}"))
        .calendar
}

fn official_2025() -> Calendar {
    Calendar::try_new(config(
        r#"
        [calendar.official.2025]
        days_off = ["2025-01-27","2025-01-28","2025-01-29","2025-01-30","2025-01-31"]
        "#,
    ))
    .expect("valid config")
}

fn kind(cal: &Calendar, d: NaiveDate) -> Option<HolidayKind> {
    cal.holiday(d).map(|h| h.kind)
}

#[test]
fn spec_config_parses() {
    let cfg = config(
        r#"
        [calendar]
        extra_days_off = ["2023-01-02"]
        extra_workdays = []
        national_day_extra = "before"

        [calendar.official.2025]
        days_off = ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-09-01", "2025-09-02"]
        workdays = []
        "#,
    );
    assert_eq!(cfg.extra_days_off, vec![ymd(2023, 1, 2)]);
    assert_eq!(cfg.national_day_extra, NationalDayExtra::Before);
    assert_eq!(cfg.official["2025"].days_off.len(), 7);
    assert_eq!(cfg.validate(), Ok(()));
    assert_eq!(
        config("[calendar]\nnational_day_extra = \"after\"").national_day_extra,
        NationalDayExtra::After
    );
    // No [calendar] table at all is the default.
    assert_eq!(CalendarConfig::default(), config("[calendar]"));
}

#[test]
fn config_rejects_unknown_fields_and_bad_values() {
    let bad = |text: &str| toml::from_str::<ConfigFile>(text).is_err();
    assert!(bad("[calendar]\nextra_day_off = []"));
    assert!(bad("[calendar.official.2025]\ndays_of = []"));
    assert!(bad("[calendar]\nnational_day_extra = \"later\""));
    assert!(bad("[calendar]\nextra_days_off = [\"2025-02-30\"]"));

    let err = |text: &str| config(text).validate().map_err(|e| e.to_string());
    assert_eq!(
        err("[calendar.official.25]\ndays_off = []"),
        Err("calendar.official key \"25\" is not a year between 1900 and 2100".to_string())
    );
    assert_eq!(
        err("[calendar.official.2025]\ndays_off = [\"2024-12-31\"]"),
        Err("calendar.official.2025.days_off contains 2024-12-31, which is not in 2025".to_string())
    );
    assert!(
        err("[calendar.official.2025]\ndays_off = [\"2025-05-02\"]\nworkdays = [\"2025-05-02\"]").is_err()
    );
    assert!(err("[calendar]\nextra_days_off = [\"2025-05-02\"]\nextra_workdays = [\"2025-05-02\"]").is_err());
    let vi = config("[calendar.official.2025]\ndays_off = [\"2024-12-31\"]")
        .validate()
        .map_err(|e| e.message_vi());
    assert_eq!(
        vi,
        Err("calendar.official.2025.days_off có ngày 31/12/2024, không thuộc năm 2025".to_string())
    );
    assert!(Calendar::try_new(config("[calendar.official.abcd]")).is_err());
}

#[test]
fn spec_plus_5wd_over_tet_2025() {
    let thursday = ymd(2025, 1, 23);
    let expected = ymd(2025, 2, 6);
    // With the official 2025 schedule (break Sat 25/1 – Sun 2/2).
    let cal = official_2025();
    assert_eq!(cal.add_working_days(thursday, 5), expected);
    assert_eq!(kind(&cal, ymd(2025, 1, 27)), Some(HolidayKind::Tet));
    assert_eq!(kind(&cal, ymd(2025, 2, 3)), None);
    assert!(cal.is_working_day(ymd(2025, 2, 3)));
    // Without a config the announced 2025 schedule is built in (DOMAIN.md §g): the same
    // days. (The computed rule would give Tue 28/1 – Sat 1/2 and a compensatory Monday
    // 3/2; day 5 is Thursday 6/2 either way.)
    let default = Calendar::default();
    assert_eq!(tet(2025), Ok(ymd(2025, 1, 29)));
    for d in 27..=31 {
        assert_eq!(kind(&default, ymd(2025, 1, d)), Some(HolidayKind::Tet));
    }
    assert_eq!(kind(&default, ymd(2025, 2, 3)), None);
    assert_eq!(default.add_working_days(thursday, 5), expected);
    // Counting back and the n = 0 rule.
    assert_eq!(cal.add_working_days(expected, -5), thursday);
    assert_eq!(cal.add_working_days(ymd(2025, 1, 25), 0), ymd(2025, 2, 3));
    assert_eq!(cal.add_working_days(thursday, 0), thursday);
    assert_eq!(cal.add_working_days(thursday, 1), ymd(2025, 1, 24));
    assert_eq!(cal.working_days_between(thursday, expected), 5);
    assert_eq!(cal.working_days_between(expected, thursday), -5);
}

#[test]
fn before_tet_2026() {
    let today = ymd(2026, 1, 5);
    assert_eq!(tet(2026), Ok(ymd(2026, 2, 17)));
    let official = Calendar::try_new(config(
        r#"
        [calendar.official.2026]
        days_off = ["2026-02-16","2026-02-17","2026-02-18","2026-02-19","2026-02-20"]
        "#,
    ))
    .expect("valid");
    assert_eq!(official.next_tet(today), Ok(ymd(2026, 2, 17)));
    assert_eq!(
        official.last_working_day_before_tet_break(today),
        Ok(ymd(2026, 2, 13))
    );
    // The computed rule gives the same days (29 Chạp = Mon 16/2 to mùng 4 = Fri 20/2).
    let default = Calendar::default();
    assert_eq!(
        default.last_working_day_before_tet_break(today),
        Ok(ymd(2026, 2, 13))
    );
    let days: Vec<NaiveDate> = default
        .holidays_in_year(2026)
        .into_iter()
        .filter(|(_, h)| h.kind == HolidayKind::Tet)
        .map(|(d, _)| d)
        .collect();
    assert_eq!(days, (16..=20).map(|d| ymd(2026, 2, d)).collect::<Vec<_>>());
    assert!(default.is_working_day(ymd(2026, 2, 23)));
}

#[test]
fn next_tet_edges() {
    let cal = Calendar::default();
    assert_eq!(cal.next_tet(ymd(2026, 2, 17)), Ok(ymd(2026, 2, 17)));
    assert_eq!(cal.next_tet(ymd(2026, 2, 16)), Ok(ymd(2026, 2, 17)));
    assert_eq!(cal.next_tet(ymd(2026, 2, 18)), tet(2027));
    assert_eq!(cal.next_tet(ymd(2025, 12, 31)), Ok(ymd(2026, 2, 17)));
    assert!(cal.next_tet(ymd(2100, 12, 1)).is_err());
}

#[test]
fn end_of_week_month_year() {
    let cal = official_2025();
    // Week of Tết 2025 (Mon 27/1 – Sun 2/2) has no working day: Friday 24/1 before it.
    assert_eq!(cal.last_working_day_of_week(ymd(2025, 1, 29)), ymd(2025, 1, 24));
    assert_eq!(cal.last_working_day_of_week(ymd(2025, 2, 3)), ymd(2025, 2, 7));
    assert_eq!(cal.last_working_day_of_week(ymd(2025, 2, 9)), ymd(2025, 2, 7));
    assert_eq!(cal.last_working_day_of_month(ymd(2025, 1, 2)), ymd(2025, 1, 24));
    // 30/4/2025 is a Wednesday holiday.
    assert_eq!(cal.last_working_day_of_month(ymd(2025, 4, 1)), ymd(2025, 4, 29));
    assert_eq!(cal.last_working_day_of_month(ymd(2025, 12, 5)), ymd(2025, 12, 31));
    assert_eq!(cal.last_working_day_of_year(ymd(2025, 3, 3)), ymd(2025, 12, 31));
    // 31/12/2022 was a Saturday.
    assert_eq!(cal.last_working_day_of_year(ymd(2022, 3, 3)), ymd(2022, 12, 30));
}

#[test]
fn national_day_and_official_swaps() {
    let before = Calendar::default();
    // 2025: 1/9 Monday and 2/9 Tuesday.
    assert_eq!(kind(&before, ymd(2025, 9, 1)), Some(HolidayKind::National));
    assert_eq!(kind(&before, ymd(2025, 9, 2)), Some(HolidayKind::National));
    assert_eq!(kind(&before, ymd(2025, 9, 3)), None);
    // A year with no announced schedule (2027: 1/9 Wednesday) follows the setting.
    assert_eq!(kind(&before, ymd(2027, 9, 1)), Some(HolidayKind::National));
    assert_eq!(kind(&before, ymd(2027, 9, 3)), None);
    let after = Calendar::new(config("[calendar]\nnational_day_extra = \"after\""));
    assert_eq!(kind(&after, ymd(2027, 9, 1)), None);
    assert_eq!(kind(&after, ymd(2027, 9, 3)), Some(HolidayKind::National));
    // 2023: 1/9 Friday, 2/9 Saturday; the announced schedule gives Monday 4/9 off.
    assert_eq!(kind(&before, ymd(2023, 9, 4)), Some(HolidayKind::National));

    // 2024's swap: Monday 29/4 off, Saturday 4/5 worked. The official schedule replaces
    // the computed Tết and 2/9 days; 30/4, 1/5, 1/1 and 10/3 lunar stay.
    let cal = Calendar::try_new(config(
        r#"
        [calendar]
        extra_days_off = ["2024-12-24"]
        extra_workdays = ["2024-06-01"]
        [calendar.official.2024]
        days_off = ["2024-02-08","2024-02-09","2024-02-12","2024-02-13","2024-02-14","2024-04-29","2024-09-02","2024-09-03"]
        workdays = ["2024-05-04"]
        "#,
    ))
    .expect("valid");
    assert_eq!(kind(&cal, ymd(2024, 4, 29)), Some(HolidayKind::Official));
    assert!(!cal.is_working_day(ymd(2024, 4, 29)));
    assert!(cal.is_working_day(ymd(2024, 5, 4)));
    assert!(!cal.is_working_day(ymd(2024, 5, 5)));
    assert_eq!(kind(&cal, ymd(2024, 4, 30)), Some(HolidayKind::Reunification));
    assert_eq!(kind(&cal, ymd(2024, 5, 1)), Some(HolidayKind::Labour));
    assert_eq!(kind(&cal, ymd(2024, 4, 18)), Some(HolidayKind::HungKings));
    assert_eq!(kind(&cal, ymd(2024, 2, 8)), Some(HolidayKind::Tet));
    // Computed Tết day 4 (Tue 13/2) is in the list; computed 2/9 extra 1/9 is not.
    assert_eq!(kind(&cal, ymd(2024, 9, 1)), None);
    assert_eq!(kind(&cal, ymd(2024, 9, 3)), Some(HolidayKind::National));
    assert_eq!(kind(&cal, ymd(2024, 12, 24)), Some(HolidayKind::Extra));
    assert!(!cal.is_working_day(ymd(2024, 12, 24)));
    assert!(cal.is_working_day(ymd(2024, 6, 1)));
    // Other years keep the computed rule.
    assert_eq!(kind(&cal, ymd(2025, 1, 28)), Some(HolidayKind::Tet));
    // Names.
    let h = cal.holiday(ymd(2024, 4, 30)).expect("holiday");
    assert_eq!(
        (h.name_vi.as_str(), h.name_en.as_str()),
        ("Ngày Chiến thắng", "Reunification Day")
    );
}

#[test]
fn holidays_in_year_default_2025() {
    let cal = Calendar::default();
    let list = cal.holidays_in_year(2025);
    assert!(list.windows(2).all(|w| w[0].0 < w[1].0), "sorted");
    let got: Vec<(NaiveDate, HolidayKind)> = list.iter().map(|(d, h)| (*d, h.kind)).collect();
    let expected = vec![
        // the announced schedule, built in (DOMAIN.md §g)
        (ymd(2025, 1, 1), HolidayKind::NewYear),
        (ymd(2025, 1, 27), HolidayKind::Tet),
        (ymd(2025, 1, 28), HolidayKind::Tet),
        (ymd(2025, 1, 29), HolidayKind::Tet),
        (ymd(2025, 1, 30), HolidayKind::Tet),
        (ymd(2025, 1, 31), HolidayKind::Tet),
        (ymd(2025, 4, 7), HolidayKind::HungKings),
        (ymd(2025, 4, 30), HolidayKind::Reunification),
        (ymd(2025, 5, 1), HolidayKind::Labour),
        (ymd(2025, 5, 2), HolidayKind::Official),
        (ymd(2025, 9, 1), HolidayKind::National),
        (ymd(2025, 9, 2), HolidayKind::National),
    ];
    assert_eq!(got, expected);
    // Every year 1900–2100 has the 11 statutory days (fewer only when two coincide); the
    // years with an announced schedule built in have their breaks as announced instead.
    for year in (1900..=2100).filter(|y| !cal.tet_announced(*y)) {
        let n = cal
            .holidays_in_year(year)
            .iter()
            .filter(|(_, h)| !matches!(h.kind, HolidayKind::Compensatory | HolidayKind::Official))
            .count();
        assert!((10..=11).contains(&n), "{year}: {n}");
    }
    // Far outside the lunar range only the solar holidays remain; nothing panics.
    assert!(cal.holidays_in_year(3000).len() >= 5);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..73_000).prop_map(|n| ymd(1900, 3, 1) + chrono::Days::new(n.unsigned_abs()))
    }

    proptest! {
        #[test]
        fn add_working_days_properties(d in any_date(), n in -400i64..400, official in any::<bool>()) {
            let cal = if official { official_2025() } else { Calendar::default() };
            let r = cal.add_working_days(d, n);
            if n == 0 {
                prop_assert!(cal.is_working_day(r));
                prop_assert!(r >= d);
                prop_assert_eq!(r == d, cal.is_working_day(d));
            } else {
                prop_assert!(cal.is_working_day(r));
                prop_assert_eq!(r > d, n > 0);
                prop_assert_eq!(cal.working_days_between(d, r), n);
                // Going back lands on d, or on the last working day before d.
                let back = cal.add_working_days(r, -n);
                let expected = if cal.is_working_day(d) { d } else if n > 0 {
                    cal.add_working_days(d, -1)
                } else {
                    cal.add_working_days(d, 1)
                };
                prop_assert_eq!(back, expected);
                // Monotonic in n.
                let next = cal.add_working_days(d, n + n.signum());
                prop_assert_eq!(next > r, n > 0);
            }
        }

        #[test]
        fn solar_lunar_round_trip(d in any_date()) {
            let l = solar_to_lunar(d).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(lunar_to_solar(l.day, l.month, l.year, l.leap), Ok(d));
        }
    }
}
