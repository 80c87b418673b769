//! The Vietnamese lunisolar calendar (âm lịch): solar ↔ lunar conversion, month lengths,
//! leap months, can–chi (sexagenary) names and Vietnamese month/day labels.
//!
//! Everything is computed from the astronomy (new moons and solar terms, after Meeus, as
//! described by Hồ Ngọc Đức's rules) for the meridian 105°E, i.e. **UTC+7 for every
//! year** — no table of month starts is embedded. Lunar years 1900–2100 are supported,
//! i.e. solar dates from Tết 1900 (1900-01-31) to the day before Tết 2101 (2101-01-28).
//!
//! Deliberate choices: UTC+7 is used before 1968 too (North Vietnam used UTC+8 until
//! then, so some pre-1968 month starts differ by a day from tables that model this, e.g.
//! Tết 1903, 1916, 1935, 1965); the sun's true longitude is used (the apparent longitude
//! gives the same months for 1900–2100).
//!
//! This module must not know about holidays, configuration, the database or output; it
//! depends only on `std`, `chrono` (dates), `serde` (to serialise [`LunarDate`]) and the
//! calendar's own error type.

use super::error::CalendarError;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::sync::OnceLock;

/// First supported lunar year.
pub const MIN_LUNAR_YEAR: i32 = 1900;
/// Last supported lunar year.
pub const MAX_LUNAR_YEAR: i32 = 2100;

/// Time zone of the Vietnamese calendar, in hours east of UTC.
const TZ_HOURS: f64 = 7.0;
/// JDN − days-from-CE (chrono counts 0001-01-01 as day 1; its JDN is 1 721 426).
const JDN_CE_OFFSET: i64 = 1_721_425;
/// Mean synodic month, in days.
const SYNODIC_MONTH: f64 = 29.530_588_853;
/// Julian day of the new moon k = 0 (1900-01-01), used to estimate k from a day.
const K_EPOCH: f64 = 2_415_021.076_998_695;

/// A date of the Vietnamese lunar calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct LunarDate {
    /// Day of the lunar month, 1–30.
    pub day: u32,
    /// Lunar month, 1–12 (a leap month carries the number of the month before it).
    pub month: u32,
    /// Lunar year (the year that starts at Tết).
    pub year: i32,
    /// Whether the month is the leap month (tháng nhuận) of the year.
    pub leap: bool,
}

// ---------------------------------------------------------------------------------------
// Astronomy
// ---------------------------------------------------------------------------------------

fn sin_deg(x: f64) -> f64 {
    x.to_radians().sin()
}

/// Julian Day Number (noon-based, integer) of a Gregorian date; valid for any year.
fn jdn_ymd(year: i64, month: i64, day: i64) -> i64 {
    let a = (14 - month).div_euclid(12);
    let y = year + 4800 - a;
    let m = month + 12 * a - 3;
    day + (153 * m + 2).div_euclid(5) + 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
        - 32045
}

fn jdn(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce()) + JDN_CE_OFFSET
}

fn date_from_jdn(j: i64) -> Option<NaiveDate> {
    i32::try_from(j - JDN_CE_OFFSET)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

/// Julian day (UT, fractional) of the k-th new moon after the one of 1900-01-01.
fn new_moon_jd(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let mut jd = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd += 0.000_33 * sin_deg(166.56 + 132.87 * t - 0.009_173 * t2);
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mp = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let c1 = (0.1734 - 0.000_393 * t) * sin_deg(m) + 0.0021 * sin_deg(2.0 * m) - 0.4068 * sin_deg(mp)
        + 0.0161 * sin_deg(2.0 * mp)
        - 0.0004 * sin_deg(3.0 * mp)
        + 0.0104 * sin_deg(2.0 * f)
        - 0.0051 * sin_deg(m + mp)
        - 0.0074 * sin_deg(m - mp)
        + 0.0004 * sin_deg(2.0 * f + m)
        - 0.0004 * sin_deg(2.0 * f - m)
        - 0.0006 * sin_deg(2.0 * f + mp)
        + 0.0010 * sin_deg(2.0 * f - mp)
        + 0.0005 * sin_deg(2.0 * mp + m);
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd + c1 - delta_t
}

/// JDN of the local (UTC+7) civil day containing the k-th new moon.
fn new_moon_day(k: i64) -> i64 {
    (new_moon_jd(k) + 0.5 + TZ_HOURS / 24.0).floor() as i64
}

/// The sun's true ecliptic longitude in degrees, 0 ≤ λ < 360, at Julian day `jd`.
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let t2 = t * t;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let c = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * sin_deg(m)
        + (0.019_993 - 0.000_101 * t) * sin_deg(2.0 * m)
        + 0.000_290 * sin_deg(3.0 * m);
    let l = l0 + c;
    l - 360.0 * (l / 360.0).floor()
}

/// Which 30° segment (0–11) the sun is in at the local midnight starting day `day_jdn`.
fn sun_segment(day_jdn: i64) -> i64 {
    (sun_longitude(day_jdn as f64 - 0.5 - TZ_HOURS / 24.0) / 30.0).floor() as i64
}

/// JDN of the first day of lunar month 11 (the month containing the December solstice)
/// of Gregorian year `year`.
fn compute_a11(year: i32) -> i64 {
    let off = jdn_ymd(i64::from(year), 12, 31) - 2_415_021;
    let k = (off as f64 / SYNODIC_MONTH).floor() as i64;
    let nm = new_moon_day(k);
    if sun_segment(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// New-moon index k whose local day is the month start `start_jdn`.
fn k_of_month_start(start_jdn: i64) -> i64 {
    ((start_jdn as f64 - K_EPOCH) / SYNODIC_MONTH + 0.5).floor() as i64
}

/// Offset (in months, month 11 = 0) of the leap month after the month 11 starting `a11`.
fn compute_leap_offset(a11: i64) -> i64 {
    let k = k_of_month_start(a11);
    let mut i = 1;
    let mut arc = sun_segment(new_moon_day(k + 1));
    loop {
        let last = arc;
        i += 1;
        arc = sun_segment(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The lunar "span" from month 11 of Gregorian year Y to month 11 of Y + 1.
#[derive(Debug, Clone, Copy)]
struct Span {
    /// JDN of the start of month 11 of Y.
    a11: i64,
    /// The new-moon index of that month start.
    k11: i64,
    /// When the span has 13 months: the offset of its leap month (month 11 = 0).
    leap_offset: Option<i64>,
}

const CACHE_FIRST: i32 = MIN_LUNAR_YEAR - 2;
const CACHE_LAST: i32 = MAX_LUNAR_YEAR + 2;

fn compute_span(a11: i64, b11: i64) -> Span {
    Span {
        a11,
        k11: k_of_month_start(a11),
        leap_offset: (b11 - a11 > 365).then(|| compute_leap_offset(a11)),
    }
}

/// The span starting at month 11 of Gregorian year `year`, each year computed on first
/// use and kept (1898–2102): a command that converts one date pays for two or three
/// years, not for the whole table (SPEC §10: `status` shows today's lunar date).
fn span(year: i32) -> Span {
    const LEN: usize = (CACHE_LAST - CACHE_FIRST + 1) as usize;
    static CACHE: [OnceLock<Span>; LEN] = [const { OnceLock::new() }; LEN];
    let compute = || compute_span(compute_a11(year), compute_a11(year + 1));
    match usize::try_from(year - CACHE_FIRST)
        .ok()
        .and_then(|i| CACHE.get(i))
    {
        Some(cell) => *cell.get_or_init(compute),
        None => compute(),
    }
}

/// The leap month number (1–12) that the leap offset of a span stands for.
fn leap_month_of_offset(lo: i64) -> u32 {
    // Offset 1 is the month after month 11, i.e. a leap 11; offset 2 a leap 12, etc.
    let lm = (lo - 2).rem_euclid(12);
    let lm = if lm == 0 { 12 } else { lm };
    u32::try_from(lm).unwrap_or(12)
}

// ---------------------------------------------------------------------------------------
// Range
// ---------------------------------------------------------------------------------------

fn check_year(year: i32) -> Result<(), CalendarError> {
    if (MIN_LUNAR_YEAR..=MAX_LUNAR_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError::YearOutOfRange { year })
    }
}

/// The solar dates covered by lunar years 1900–2100: Tết 1900 to the day before Tết 2101.
pub fn supported_range() -> (NaiveDate, NaiveDate) {
    static RANGE: OnceLock<(NaiveDate, NaiveDate)> = OnceLock::new();
    *RANGE.get_or_init(|| {
        let first = month_start_k(1, MIN_LUNAR_YEAR, false)
            .ok()
            .and_then(|k| date_from_jdn(new_moon_day(k)));
        let next = month_start_k(1, MAX_LUNAR_YEAR + 1, false)
            .ok()
            .and_then(|k| date_from_jdn(new_moon_day(k) - 1));
        // The fallbacks are never used: the computation above cannot fail for these years.
        (first.unwrap_or(NaiveDate::MIN), next.unwrap_or(NaiveDate::MIN))
    })
}

// ---------------------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------------------

/// Converts a solar (Gregorian) date to the Vietnamese lunar calendar (UTC+7).
///
/// Errors with [`CalendarError::DateOutOfRange`] outside [`supported_range`].
pub fn solar_to_lunar(d: NaiveDate) -> Result<LunarDate, CalendarError> {
    let (min, max) = supported_range();
    if d < min || d > max {
        return Err(CalendarError::DateOutOfRange { date: d, min, max });
    }
    let n = jdn(d);
    // Find the month start ms = new_moon_day(k) with ms ≤ n < new_moon_day(k + 1).
    let mut k = ((n as f64 - K_EPOCH) / SYNODIC_MONTH).floor() as i64;
    let mut ms = new_moon_day(k + 1);
    if ms <= n {
        k += 1;
    } else {
        ms = new_moon_day(k);
    }
    while ms > n {
        k -= 1;
        ms = new_moon_day(k);
    }
    loop {
        let next = new_moon_day(k + 1);
        if next > n {
            break;
        }
        k += 1;
        ms = next;
    }

    let y = d.year();
    let this = span(y);
    // `sp` is the span (month 11 to month 11) that contains the month starting at `ms`;
    // its `leap_offset` says whether it has 13 months.
    let (mut lunar_year, sp) = if this.a11 >= ms {
        (y, span(y - 1))
    } else {
        (y + 1, this)
    };
    let day = n - ms + 1;
    let diff = (ms - sp.a11).div_euclid(29);
    let mut leap = false;
    let mut month = diff + 11;
    if let Some(lo) = sp.leap_offset {
        if diff >= lo {
            month = diff + 10;
            leap = diff == lo;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    let to_u32 = |v: i64| u32::try_from(v).map_err(|_| CalendarError::DateOutOfRange { date: d, min, max });
    Ok(LunarDate {
        day: to_u32(day)?,
        month: to_u32(month)?,
        year: lunar_year,
        leap,
    })
}

fn check_month(month: u32) -> Result<(), CalendarError> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err(CalendarError::MonthOutOfRange { month })
    }
}

/// The new-moon index of the start of lunar month (`month`, `leap`) of lunar `year`.
/// Checks the leap flag against the year but not the year range.
fn month_start_k(month: u32, year: i32, leap: bool) -> Result<i64, CalendarError> {
    check_month(month)?;
    let sp = if month < 11 { span(year - 1) } else { span(year) };
    let mut off = i64::from(month) - 11;
    if off < 0 {
        off += 12;
    }
    match sp.leap_offset {
        Some(lo) => {
            let lm = leap_month_of_offset(lo);
            if leap && month != lm {
                return Err(no_such_leap(month, year));
            }
            if leap || off >= lo {
                off += 1;
            }
        }
        None if leap => return Err(no_such_leap(month, year)),
        None => {}
    }
    Ok(sp.k11 + off)
}

fn no_such_leap(month: u32, year: i32) -> CalendarError {
    CalendarError::NoSuchLeapMonth {
        month,
        year,
        leap_month: leap_month(year).ok().flatten(),
    }
}

/// The leap month (1–12) of lunar `year`, or `None` if the year has 12 months.
pub fn leap_month(year: i32) -> Result<Option<u32>, CalendarError> {
    check_year(year)?;
    // Months 1–10 of `year` lie in the span from month 11 of year − 1; 11–12 in the next.
    if let Some(lo) = span(year - 1).leap_offset {
        let lm = leap_month_of_offset(lo);
        if lm <= 10 {
            return Ok(Some(lm));
        }
    }
    if let Some(lo) = span(year).leap_offset {
        let lm = leap_month_of_offset(lo);
        if lm >= 11 {
            return Ok(Some(lm));
        }
    }
    Ok(None)
}

/// Number of days (29 or 30) of lunar month (`month`, `leap`) of lunar `year`.
pub fn month_length(month: u32, year: i32, leap: bool) -> Result<u32, CalendarError> {
    check_year(year)?;
    let k = month_start_k(month, year, leap)?;
    let len = new_moon_day(k + 1) - new_moon_day(k);
    u32::try_from(len).map_err(|_| CalendarError::YearOutOfRange { year })
}

/// Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
///
/// Errors: year outside 1900–2100, month outside 1–12, day outside 1–30, day 30 of a
/// 29-day month, or a leap month the year does not have.
pub fn lunar_to_solar(day: u32, month: u32, year: i32, leap: bool) -> Result<NaiveDate, CalendarError> {
    check_year(year)?;
    check_month(month)?;
    if !(1..=30).contains(&day) {
        return Err(CalendarError::DayOutOfRange { day });
    }
    let k = month_start_k(month, year, leap)?;
    let start = new_moon_day(k);
    let length = new_moon_day(k + 1) - start;
    if i64::from(day) > length {
        return Err(CalendarError::DayNotInMonth {
            day,
            month,
            year,
            leap,
            length: u32::try_from(length).unwrap_or(29),
        });
    }
    date_from_jdn(start + i64::from(day) - 1).ok_or(CalendarError::YearOutOfRange { year })
}

/// The first day of the lunar year (Tết Nguyên đán) of `year`.
pub fn tet(year: i32) -> Result<NaiveDate, CalendarError> {
    lunar_to_solar(1, 1, year, false)
}

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

const CAN: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
const CHI: [&str; 12] = [
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
];

fn can_chi(can: i64, chi: i64) -> String {
    let c = usize::try_from(can.rem_euclid(10)).unwrap_or(0);
    let h = usize::try_from(chi.rem_euclid(12)).unwrap_or(0);
    format!("{} {}", CAN[c], CHI[h])
}

/// Can–chi name of a lunar year, e.g. 2023 → "Quý Mão", 2026 → "Bính Ngọ".
pub fn year_name(lunar_year: i32) -> String {
    let y = i64::from(lunar_year);
    can_chi(y + 6, y + 8)
}

/// Can–chi name of a lunar month (a leap month shares the name of its regular month).
pub fn month_name_canchi(lunar_year: i32, month: u32) -> String {
    let y = i64::from(lunar_year);
    let m = i64::from(month);
    can_chi(y * 12 + m + 3, m + 1)
}

/// Can–chi name of a day (solar date).
pub fn day_name_canchi(date: NaiveDate) -> String {
    let j = jdn(date);
    can_chi(j + 9, j + 1)
}

/// Vietnamese name of a lunar month: "tháng Giêng" … "tháng Chạp", " nhuận" if leap.
pub fn month_label_vi(month: u32, leap: bool) -> String {
    let name = match month {
        1 => "Giêng".to_string(),
        2 => "Hai".to_string(),
        3 => "Ba".to_string(),
        4 => "Tư".to_string(),
        5 => "Năm".to_string(),
        6 => "Sáu".to_string(),
        7 => "Bảy".to_string(),
        8 => "Tám".to_string(),
        9 => "Chín".to_string(),
        10 => "Mười".to_string(),
        11 => "Một".to_string(),
        12 => "Chạp".to_string(),
        other => other.to_string(),
    };
    if leap {
        format!("tháng {name} nhuận")
    } else {
        format!("tháng {name}")
    }
}

/// Vietnamese name of a lunar day: "mùng 1" … "mùng 10", "rằm" (15), else the number.
pub fn day_label_vi(day: u32) -> String {
    match day {
        1..=10 => format!("mùng {day}"),
        15 => "rằm".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn jdn_formula_agrees_with_chrono() {
        for d in [
            ymd(1900, 1, 1),
            ymd(2000, 2, 29),
            ymd(2100, 12, 31),
            ymd(1582, 10, 15),
        ] {
            assert_eq!(jdn_ymd(d.year().into(), d.month().into(), d.day().into()), jdn(d));
        }
        assert_eq!(jdn(ymd(2000, 1, 1)), 2_451_545);
        assert_eq!(date_from_jdn(2_451_545), Some(ymd(2000, 1, 1)));
    }

    #[test]
    fn range_is_lunar_years_1900_to_2100() {
        let (min, max) = supported_range();
        assert_eq!(min, ymd(1900, 1, 31));
        assert!(max >= ymd(2100, 12, 31));
        assert!(solar_to_lunar(min.pred_opt().unwrap_or(min)).is_err());
        assert!(solar_to_lunar(max.succ_opt().unwrap_or(max)).is_err());
        let first = solar_to_lunar(min);
        assert_eq!(
            first,
            Ok(LunarDate {
                day: 1,
                month: 1,
                year: 1900,
                leap: false
            })
        );
        let last = solar_to_lunar(max).map(|l| (l.month, l.year, l.leap));
        assert_eq!(last, Ok((12, 2100, false)));
    }

    #[test]
    fn errors_name_the_value() {
        let e = lunar_to_solar(30, 3, 2024, false);
        assert_eq!(
            e.as_ref().map_err(ToString::to_string),
            Err("lunar month 3 of 2024 has 29 days, not 30".to_string())
        );
        assert_eq!(
            e.map_err(|e| e.message_vi()),
            Err("tháng 3 âm lịch năm 2024 chỉ có 29 ngày, không có ngày 30".to_string())
        );
        assert_eq!(
            lunar_to_solar(1, 5, 2024, true).map_err(|e| e.to_string()),
            Err("2024 has no leap month 5 (its leap month: none)".to_string())
        );
        assert_eq!(
            lunar_to_solar(1, 5, 2020, true).map_err(|e| e.to_string()),
            Err("2020 has no leap month 5 (its leap month: 4)".to_string())
        );
        assert_eq!(
            lunar_to_solar(1, 1, 2150, false).map_err(|e| e.to_string()),
            Err("year 2150 is outside 1900–2100".to_string())
        );
        assert!(matches!(
            lunar_to_solar(0, 1, 2024, false),
            Err(CalendarError::DayOutOfRange { day: 0 })
        ));
        assert!(matches!(
            lunar_to_solar(31, 1, 2024, false),
            Err(CalendarError::DayOutOfRange { day: 31 })
        ));
        assert!(matches!(
            lunar_to_solar(1, 13, 2024, false),
            Err(CalendarError::MonthOutOfRange { month: 13 })
        ));
        assert!(matches!(
            month_length(0, 2024, false),
            Err(CalendarError::MonthOutOfRange { month: 0 })
        ));
        assert!(solar_to_lunar(ymd(1899, 12, 31)).is_err());
        assert!(solar_to_lunar(ymd(2101, 6, 1)).is_err());
    }

    #[test]
    fn names() {
        assert_eq!(year_name(2023), "Quý Mão");
        assert_eq!(year_name(2024), "Giáp Thìn");
        assert_eq!(year_name(2026), "Bính Ngọ");
        assert_eq!(month_label_vi(1, false), "tháng Giêng");
        assert_eq!(month_label_vi(4, true), "tháng Tư nhuận");
        assert_eq!(month_label_vi(11, false), "tháng Một");
        assert_eq!(month_label_vi(12, false), "tháng Chạp");
        assert_eq!(day_label_vi(1), "mùng 1");
        assert_eq!(day_label_vi(10), "mùng 10");
        assert_eq!(day_label_vi(11), "11");
        assert_eq!(day_label_vi(15), "rằm");
        // Month 1 of a Giáp year is Bính Dần.
        assert_eq!(month_name_canchi(2024, 1), "Bính Dần");
        // 2000-01-01 was a Mậu Ngọ day.
        assert_eq!(day_name_canchi(ymd(2000, 1, 1)), "Mậu Ngọ");
    }
}
