//! Parsing DATE and PERIOD input (SPEC §4) against a given "today". Accepts the forms
//! officials type — `19/12`, `hôm qua`, `t6`, `+5wd`, `2022-W50` — with or without
//! diacritics. Pure: no clock, no I/O; working days come from the calendar passed in.

use crate::calendar::Calendar;
use crate::error::Error;
use crate::i18n::M;
pub use crate::model::period::{Period, PeriodKind};
use crate::text::fold;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Which way a bare weekday name points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// An entry's date: the most recent such day, today included.
    Past,
    /// A due date: the next such day, today included.
    Future,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Bad(String),
    Impossible(String),
    OutOfRange(String),
    BadPeriod(String),
    Reversed(String),
    Calendar(String),
}

impl From<DateError> for Error {
    fn from(e: DateError) -> Error {
        match e {
            DateError::Bad(s) => Error::input(M::BadDate, &[&s]).hint(M::BadDateHint, &[]),
            DateError::Impossible(s) => Error::input(M::ImpossibleDate, &[&s]).hint(M::BadDateHint, &[]),
            DateError::OutOfRange(s) => Error::input(M::DateOutOfRange, &[&s]),
            DateError::BadPeriod(s) => Error::input(M::BadPeriod, &[&s]).hint(M::BadPeriodHint, &[]),
            DateError::Reversed(s) => Error::input(M::PeriodReversed, &[&s]),
            DateError::Calendar(s) => Error::input(M::CalendarError, &[&s]),
        }
    }
}

fn calendar_message(e: &crate::calendar::CalendarError) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::Vi => e.message_vi(),
        crate::i18n::Lang::En => e.to_string(),
    }
}

pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

fn in_range(d: NaiveDate, raw: &str) -> Result<NaiveDate, DateError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
        Ok(d)
    } else {
        Err(DateError::OutOfRange(raw.to_string()))
    }
}

/// Parses a DATE.
pub fn parse_date(input: &str, today: NaiveDate, dir: Dir, cal: &Calendar) -> Result<NaiveDate, DateError> {
    let raw = input.trim();
    let f = fold(raw);
    let f = f.split_whitespace().collect::<Vec<_>>().join(" ");
    let bad = || DateError::Bad(raw.to_string());
    if f.is_empty() {
        return Err(bad());
    }
    match f.as_str() {
        "today" | "hom nay" | "homnay" | "nay" => return Ok(today),
        "yesterday" | "hom qua" | "homqua" => return in_range(today - Days::new(1), raw),
        "tomorrow" | "ngay mai" | "ngaymai" | "mai" => return in_range(today + Days::new(1), raw),
        // `hôm kia`: the day before yesterday; `ngày kia`/`ngày mốt`: the day after tomorrow.
        "hom kia" | "homkia" | "day-before-yesterday" => return in_range(today - Days::new(2), raw),
        "ngay kia" | "ngaykia" | "ngay mot" | "day-after-tomorrow" => {
            return in_range(today + Days::new(2), raw);
        }
        "eow" | "eom" | "eoy" | "tet" => return named_calendar_day(&f, today, cal, raw),
        // As a date (a due date), next week and next month are their last working day.
        "tuan sau" | "tuansau" | "tuan toi" | "next-week" | "next week" => {
            return named_calendar_day("eow", today + Days::new(7), cal, raw);
        }
        "thang sau" | "thangsau" | "thang toi" | "next-month" | "next month" => {
            let next = today.with_day(1).unwrap_or(today) + Months::new(1);
            return named_calendar_day("eom", next, cal, raw);
        }
        _ => {}
    }
    if let Some(wd) = weekday_name(&f) {
        let cur = today.weekday().num_days_from_monday() as i64;
        let want = wd.num_days_from_monday() as i64;
        let d = match dir {
            Dir::Past => today - chrono::Duration::days((cur - want).rem_euclid(7)),
            Dir::Future => today + chrono::Duration::days((want - cur).rem_euclid(7)),
        };
        return in_range(d, raw);
    }
    if let Some(r) = parse_offset(&f, today, cal, raw) {
        return r;
    }
    if let Some(r) = parse_lunar(&f, today, dir, raw) {
        return r;
    }
    parse_numeric(&f, today, raw)
}

/// A lunar date: `10/3 al`, `10/3/2023 âm lịch`, `âm 15/8`, `1/4n/2020 al` (`n` marks a leap
/// month). Without a year: the lunar year of today, or the next/previous one when that
/// day has passed (for a due date) or is still to come (for an entry's date). `None` when
/// the text is not marked lunar.
fn parse_lunar(f: &str, today: NaiveDate, dir: Dir, raw: &str) -> Option<Result<NaiveDate, DateError>> {
    let mut body = None;
    for mark in ["am lich", "al", "am", "lunar"] {
        if let Some(rest) = f.strip_suffix(mark).filter(|r| r.ends_with(' ')) {
            body = Some(rest.trim());
            break;
        }
        if let Some(rest) = f.strip_prefix(mark).filter(|r| r.starts_with(' ')) {
            body = Some(rest.trim());
            break;
        }
    }
    let body = body?;
    let bad = || DateError::Bad(raw.to_string());
    let calendar = |e: crate::calendar::CalendarError| DateError::Calendar(calendar_message(&e));
    let parts: Vec<&str> = body.split(['/', '-', '.']).collect();
    let num = |s: &str| s.parse::<u32>().ok();
    let (day, month_text, year) = match parts.as_slice() {
        [d, m] => (num(d), *m, None),
        [d, m, y] => (num(d), *m, Some(y.parse::<i32>().ok())),
        _ => return Some(Err(bad())),
    };
    let (month_digits, leap) = match month_text.strip_suffix('n') {
        Some(m) => (m, true),
        None => (month_text, false),
    };
    let (Some(day), Some(month)) = (day, num(month_digits)) else {
        return Some(Err(bad()));
    };
    let solve = |y: i32| crate::calendar::lunar_to_solar(day, month, y, leap).map_err(calendar);
    Some(
        match year {
            Some(Some(y)) => solve(y),
            Some(None) => Err(bad()),
            None => {
                let this = match crate::calendar::solar_to_lunar(today) {
                    Ok(l) => l.year,
                    Err(e) => return Some(Err(calendar(e))),
                };
                match solve(this) {
                    Ok(d) if dir == Dir::Future && d < today => solve(this + 1),
                    Ok(d) if dir == Dir::Past && d > today => solve(this - 1),
                    r => r,
                }
            }
        }
        .and_then(|d| in_range(d, raw)),
    )
}

fn named_calendar_day(f: &str, today: NaiveDate, cal: &Calendar, raw: &str) -> Result<NaiveDate, DateError> {
    let d = match f {
        "eow" => cal.last_working_day_of_week(today),
        "eom" => cal.last_working_day_of_month(today),
        "eoy" => cal.last_working_day_of_year(today),
        _ => cal
            .next_tet(today)
            .map_err(|e| DateError::Calendar(calendar_message(&e)))?,
    };
    in_range(d, raw)
}

fn weekday_name(f: &str) -> Option<Weekday> {
    use Weekday::*;
    let compact: String = f.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match compact.as_str() {
        "mon" | "monday" | "t2" | "thu2" | "thuhai" => Mon,
        "tue" | "tuesday" | "t3" | "thu3" | "thuba" => Tue,
        "wed" | "wednesday" | "t4" | "thu4" | "thutu" => Wed,
        "thu" | "thursday" | "t5" | "thu5" | "thunam" => Thu,
        "fri" | "friday" | "t6" | "thu6" | "thusau" => Fri,
        "sat" | "saturday" | "t7" | "thu7" | "thubay" => Sat,
        "sun" | "sunday" | "cn" | "chunhat" => Sun,
        _ => return None,
    })
}

/// `+3d`, `-2d`, `+2w`, `+1m`, `+5wd`. `None` when the text is not an offset at all.
fn parse_offset(
    f: &str,
    today: NaiveDate,
    cal: &Calendar,
    raw: &str,
) -> Option<Result<NaiveDate, DateError>> {
    let sign = match f.chars().next()? {
        '+' => 1i64,
        '-' => -1i64,
        _ => return None,
    };
    let body = &f[1..];
    let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
    let unit = &body[digits.len()..];
    if digits.is_empty() || digits.len() > 6 {
        return Some(Err(DateError::Bad(raw.to_string())));
    }
    let n: i64 = match digits.parse() {
        Ok(n) => n,
        Err(_) => return Some(Err(DateError::Bad(raw.to_string()))),
    };
    let out_of_range = || DateError::OutOfRange(raw.to_string());
    let d = match unit.trim() {
        "d" | "day" | "days" | "ngay" => today.checked_add_signed(chrono::Duration::days(sign * n)),
        "w" | "week" | "weeks" | "tuan" => today.checked_add_signed(chrono::Duration::weeks(sign * n)),
        "m" | "month" | "months" | "thang" => {
            let months = Months::new(u32::try_from(n).unwrap_or(u32::MAX));
            if sign > 0 {
                today.checked_add_months(months)
            } else {
                today.checked_sub_months(months)
            }
        }
        "wd" | "ngay lam viec" | "nlv" => {
            if n > 50_000 {
                return Some(Err(out_of_range()));
            }
            Some(cal.add_working_days(today, sign * n))
        }
        _ => return Some(Err(DateError::Bad(raw.to_string()))),
    };
    Some(match d {
        Some(d) => in_range(d, raw),
        None => Err(out_of_range()),
    })
}

/// `2022-12-19`, `19/12/2022`, `19/12/22`, `19/12`, `19-12-2022`, `19.12.2022`.
fn parse_numeric(f: &str, today: NaiveDate, raw: &str) -> Result<NaiveDate, DateError> {
    let bad = || DateError::Bad(raw.to_string());
    let parts: Vec<&str> = f.split(['/', '-', '.']).collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 4)
    {
        return Err(bad());
    }
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y)? as i32, num(m)?, num(d)?),
        [d, m, y] if y.len() == 4 => (num(y)? as i32, num(m)?, num(d)?),
        [d, m, y] if y.len() == 2 => (2000 + num(y)? as i32, num(m)?, num(d)?),
        [d, m] if d.len() <= 2 && m.len() <= 2 => (today.year(), num(m)?, num(d)?),
        _ => return Err(bad()),
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(DateError::Impossible(raw.to_string()));
    }
    let date = NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| DateError::Impossible(raw.to_string()))?;
    in_range(date, raw)
}

/// Parses a PERIOD: a named period, a range `A..B`, an ISO week, a quarter, a half, a
/// year, a month, or one day.
pub fn parse_period(input: &str, today: NaiveDate, cal: &Calendar) -> Result<Period, DateError> {
    let raw = input.trim();
    let f = fold(raw).split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(p) = named_period(&f, today, raw)
        .or_else(|| range_period(&f, today, cal, raw))
        .or_else(|| iso_week(&f, raw))
        .or_else(|| quarter(&f, raw))
        .or_else(|| half(&f, raw))
        .or_else(|| year4(&f).map(|y| checked(Period::year(y), raw)))
        .or_else(|| month_period(&f, raw))
    {
        return p;
    }
    match parse_date(raw, today, Dir::Past, cal) {
        Ok(d) => Ok(Period::day(d)),
        Err(DateError::Bad(_)) => Err(bad_period(raw)),
        Err(e) => Err(e),
    }
}

/// `raw` is not a period.
fn bad_period(raw: &str) -> DateError {
    DateError::BadPeriod(raw.to_string())
}

/// The period, if there is one and it lies within the years worklog handles.
fn checked(p: Option<Period>, raw: &str) -> Result<Period, DateError> {
    let p = p.ok_or_else(|| bad_period(raw))?;
    if p.from.year() < MIN_YEAR || p.to.year() > MAX_YEAR {
        return Err(DateError::OutOfRange(raw.to_string()));
    }
    Ok(p)
}

/// Up to four ASCII digits as a number.
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        None
    } else {
        s.parse().ok()
    }
}

/// Exactly four ASCII digits as a year.
fn year4(s: &str) -> Option<i32> {
    if s.len() == 4 {
        digits(s).map(|y| y as i32)
    } else {
        None
    }
}

/// Today, yesterday, this or last week, month or year (English or folded Vietnamese);
/// `None` when `f` names none of them.
fn named_period(f: &str, today: NaiveDate, raw: &str) -> Option<Result<Period, DateError>> {
    let p = match f {
        "today" | "hom nay" => return Some(Ok(Period::day(today))),
        "yesterday" | "hom qua" => Some(Period::day(today - Days::new(1))),
        "week" | "this-week" | "tuan nay" | "tuan" => return Some(Ok(Period::week_of(today))),
        "last-week" | "tuan truoc" => Some(Period::week_of(today - Days::new(7))),
        "next-week" | "tuan sau" | "tuan toi" => Some(Period::week_of(today + Days::new(7))),
        "month" | "this-month" | "thang nay" | "thang" => Period::month(today.year(), today.month()),
        "last-month" | "thang truoc" => today
            .checked_sub_months(Months::new(1))
            .and_then(|d| Period::month(d.year(), d.month())),
        "next-month" | "thang sau" | "thang toi" => today
            .checked_add_months(Months::new(1))
            .and_then(|d| Period::month(d.year(), d.month())),
        "year" | "this-year" | "nam nay" | "nam" => Period::year(today.year()),
        "last-year" | "nam truoc" => Period::year(today.year() - 1),
        "next-year" | "nam sau" | "nam toi" => Period::year(today.year() + 1),
        _ => return None,
    };
    Some(checked(p, raw))
}

/// `A..B`, two dates in order; `None` when `f` has no `..`.
fn range_period(f: &str, today: NaiveDate, cal: &Calendar, raw: &str) -> Option<Result<Period, DateError>> {
    let (a, b) = f.split_once("..")?;
    let date = |s: &str| parse_date(s, today, Dir::Past, cal).map_err(|_| bad_period(raw));
    Some(date(a).and_then(|from| {
        let to = date(b)?;
        if from > to {
            return Err(DateError::Reversed(raw.to_string()));
        }
        Ok(Period::range(from, to))
    }))
}

/// An ISO week, `2022-W50`; `None` when `f` has no `-w`.
fn iso_week(f: &str, raw: &str) -> Option<Result<Period, DateError>> {
    let (y, w) = f.split_once("-w")?;
    Some(match (year4(y), digits(w)) {
        (Some(y), Some(w)) => match NaiveDate::from_isoywd_opt(y, w, Weekday::Mon) {
            Some(monday) => checked(Some(Period::week_of(monday)), raw),
            None => Err(bad_period(raw)),
        },
        _ => Err(bad_period(raw)),
    })
}

/// A quarter, `2022-Q4`; `None` when `f` has no `-q`.
fn quarter(f: &str, raw: &str) -> Option<Result<Period, DateError>> {
    let (y, q) = f.split_once("-q")?;
    Some(match (year4(y), digits(q).filter(|q| (1..=4).contains(q))) {
        (Some(y), Some(q)) => checked(
            Period::span(PeriodKind::Quarter, format!("{y}-Q{q}"), y, q * 3 - 2, q * 3),
            raw,
        ),
        _ => Err(bad_period(raw)),
    })
}

/// A half year, `2022-H2`; `None` when `f` has no `-h`.
fn half(f: &str, raw: &str) -> Option<Result<Period, DateError>> {
    let (y, h) = f.split_once("-h")?;
    Some(match (year4(y), digits(h).filter(|h| (1..=2).contains(h))) {
        (Some(y), Some(h)) => checked(
            Period::span(PeriodKind::Half, format!("{y}-H{h}"), y, h * 6 - 5, h * 6),
            raw,
        ),
        _ => Err(bad_period(raw)),
    })
}

/// A month, `2022-12` or `12/2022`; `None` when `f` is neither.
fn month_period(f: &str, raw: &str) -> Option<Result<Period, DateError>> {
    let parts: Vec<&str> = f.split(['-', '/', '.']).collect();
    let [a, b] = parts.as_slice() else {
        return None;
    };
    if let (Some(y), Some(m)) = (year4(a), digits(b)) {
        return Some(checked(Period::month(y, m), raw));
    }
    if let (Some(m), Some(y)) = (digits(a), year4(b)) {
        return Some(checked(Period::month(y, m), raw));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    // Wednesday 2022-12-21
    fn today() -> NaiveDate {
        d(2022, 12, 21)
    }
    fn cal() -> Calendar {
        Calendar::default()
    }
    fn p(s: &str) -> Result<NaiveDate, DateError> {
        parse_date(s, today(), Dir::Past, &cal())
    }

    #[test]
    fn numeric_forms() {
        for s in [
            "2022-12-19",
            "19/12/2022",
            "19/12/22",
            "19/12",
            "19-12-2022",
            "19.12.2022",
            " 19/12 ",
        ] {
            assert_eq!(p(s), Ok(d(2022, 12, 19)), "{s}");
        }
        assert_eq!(p("1/2"), Ok(d(2022, 2, 1)));
    }

    #[test]
    fn words_in_both_languages_with_and_without_marks() {
        assert_eq!(p("hôm qua"), Ok(d(2022, 12, 20)));
        assert_eq!(p("hom qua"), Ok(d(2022, 12, 20)));
        assert_eq!(p("Hôm nay"), Ok(today()));
        assert_eq!(p("ngày mai"), Ok(d(2022, 12, 22)));
        assert_eq!(p("yesterday"), Ok(d(2022, 12, 20)));
        assert_eq!(p("hôm kia"), Ok(d(2022, 12, 19)));
        assert_eq!(p("Hom kia"), Ok(d(2022, 12, 19)));
        assert_eq!(p("ngày kia"), Ok(d(2022, 12, 23)));
        assert_eq!(p("ngày mốt"), Ok(d(2022, 12, 23)));
    }

    #[test]
    fn weekdays_point_back_for_entries_and_forward_for_due_dates() {
        assert_eq!(p("t6"), Ok(d(2022, 12, 16)));
        assert_eq!(p("thứ sáu"), Ok(d(2022, 12, 16)));
        assert_eq!(p("thu 6"), Ok(d(2022, 12, 16)));
        assert_eq!(p("t4"), Ok(today()));
        assert_eq!(p("cn"), Ok(d(2022, 12, 18)));
        assert_eq!(p("chủ nhật"), Ok(d(2022, 12, 18)));
        assert_eq!(p("mon"), Ok(d(2022, 12, 19)));
        let f = |s| parse_date(s, today(), Dir::Future, &cal());
        assert_eq!(f("t6"), Ok(d(2022, 12, 23)));
        assert_eq!(f("wed"), Ok(today()));
        assert_eq!(f("thứ hai"), Ok(d(2022, 12, 26)));
    }

    #[test]
    fn offsets() {
        assert_eq!(p("+3d"), Ok(d(2022, 12, 24)));
        assert_eq!(p("-2d"), Ok(d(2022, 12, 19)));
        assert_eq!(p("+2w"), Ok(d(2023, 1, 4)));
        assert_eq!(p("+1m"), Ok(d(2023, 1, 21)));
        assert_eq!(p("-1m"), Ok(d(2022, 11, 21)));
    }

    #[test]
    fn impossible_and_malformed_dates_are_refused() {
        assert_eq!(p("31/02/2022"), Err(DateError::Impossible("31/02/2022".into())));
        assert_eq!(p("2022-13-01"), Err(DateError::Impossible("2022-13-01".into())));
        assert!(matches!(p("hôm kìa nữa"), Err(DateError::Bad(_))));
        assert!(matches!(p(""), Err(DateError::Bad(_))));
        assert!(matches!(p("1/2/3/4"), Err(DateError::Bad(_))));
        assert!(matches!(p("+999999999d"), Err(DateError::Bad(_))));
        assert!(matches!(p("1/1/2200"), Err(DateError::OutOfRange(_))));
    }

    #[test]
    fn periods() {
        let pp = |s| parse_period(s, today(), &cal()).unwrap();
        assert_eq!(pp("week"), Period::week_of(d(2022, 12, 19)));
        assert_eq!(pp("week").label, "2022-W51");
        assert_eq!(
            (pp("2022-W50").from, pp("2022-W50").to),
            (d(2022, 12, 12), d(2022, 12, 18))
        );
        assert_eq!(pp("2022-12"), Period::month(2022, 12).unwrap());
        assert_eq!(pp("12/2022"), Period::month(2022, 12).unwrap());
        assert_eq!(pp("last-month").label, "2022-11");
        let q = pp("2022-Q4");
        assert_eq!(
            (q.from, q.to, q.label.as_str()),
            (d(2022, 10, 1), d(2022, 12, 31), "2022-Q4")
        );
        let h = pp("2022-H1");
        assert_eq!((h.from, h.to), (d(2022, 1, 1), d(2022, 6, 30)));
        assert_eq!(pp("2022").to, d(2022, 12, 31));
        let r = pp("01/12/2022..15/12/2022");
        assert_eq!((r.from, r.to), (d(2022, 12, 1), d(2022, 12, 15)));
        assert_eq!(pp("hôm qua"), Period::day(d(2022, 12, 20)));
        assert_eq!(pp("19/12"), Period::day(d(2022, 12, 19)));
        assert_eq!(pp("2020-W53").from, d(2020, 12, 28));
        assert_eq!(pp("next-week").label, "2022-W52");
        assert_eq!(pp("tuần sau").label, "2022-W52");
        assert_eq!(pp("Tuan toi").label, "2022-W52");
        assert_eq!(pp("next-month").label, "2023-01");
        assert_eq!(pp("tháng sau").label, "2023-01");
        assert_eq!(pp("năm sau").label, "2023");
        assert_eq!(pp("hôm kia"), Period::day(d(2022, 12, 19)));
    }

    #[test]
    fn bad_periods() {
        for s in [
            "2022-W54",
            "2022-13",
            "2022-Q5",
            "2022-H3",
            "abc",
            "15/12/2022..01/12/2022",
        ] {
            assert!(parse_period(s, today(), &cal()).is_err(), "{s}");
        }
        assert!(matches!(
            parse_period("15/12/2022..01/12/2022", today(), &cal()),
            Err(DateError::Reversed(_))
        ));
    }

    #[test]
    fn lunar_dates() {
        // Today 2022-12-21 is 28/11 of lunar year 2022 (Nhâm Dần).
        let f = |s| parse_date(s, today(), Dir::Future, &cal());
        assert_eq!(f("1/1 al"), Ok(d(2023, 1, 22))); // Tết Quý Mão
        assert!(f("mùng 1/1 âm lịch").is_err());
        assert_eq!(f("10/3/2023 âm lịch"), Ok(d(2023, 4, 29))); // Giỗ Tổ 2023
        assert_eq!(f("âm 10/3/2023"), Ok(d(2023, 4, 29)));
        assert_eq!(p("15/8 al"), Ok(d(2022, 9, 10))); // Trung thu 2022, already past
        assert_eq!(f("1/2n/2023 al"), Ok(d(2023, 3, 22))); // 2023 has a leap month 2
        assert!(matches!(f("1/5n/2023 al"), Err(DateError::Calendar(m)) if m.contains("2023")));
        assert!(matches!(f("30/3/2024 al"), Err(DateError::Calendar(_)))); // month 3 of 2024 has 29 days
        assert!(matches!(f("1/1/2150 al"), Err(DateError::Calendar(_))));
        assert!(matches!(f("x/1 al"), Err(DateError::Bad(_))));
    }

    #[test]
    fn working_days_and_calendar_words() {
        // Thursday 2025-01-23, Tết break 25/01–02/02 (computed rule): +5wd is Thursday 06/02
        let t = d(2025, 1, 23);
        assert_eq!(parse_date("+5wd", t, Dir::Future, &cal()), Ok(d(2025, 2, 6)));
        // the announced 2025 schedule (built in) gives Monday 27/01 off too, so the working
        // day before Monday 03/02 is Friday 24/01 (the computed rule would give 27/01)
        assert_eq!(
            parse_date("-1wd", d(2025, 2, 3), Dir::Future, &cal()),
            Ok(d(2025, 1, 24))
        );
        assert_eq!(parse_date("tet", t, Dir::Future, &cal()), Ok(d(2025, 1, 29)));
        assert_eq!(
            parse_date("tết", d(2025, 2, 1), Dir::Future, &cal()),
            Ok(d(2026, 2, 17))
        );
        assert_eq!(p("eow"), Ok(d(2022, 12, 23)));
        // next week / next month as a date: their last working day
        assert_eq!(p("tuần sau"), Ok(d(2022, 12, 30)));
        assert_eq!(p("next-week"), Ok(d(2022, 12, 30)));
        assert_eq!(p("tháng sau"), Ok(d(2023, 1, 31)));
        assert_eq!(p("next-month"), Ok(d(2023, 1, 31)));
        assert_eq!(p("eom"), Ok(d(2022, 12, 30)));
        assert_eq!(p("eoy"), Ok(d(2022, 12, 30)));
    }

    proptest! {
        #[test]
        fn every_printed_date_parses_back(days in 0i64..73_000) {
            let date = d(1900, 1, 1) + chrono::Duration::days(days);
            let t = today();
            prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string(), t, Dir::Past, &cal()), Ok(date));
            prop_assert_eq!(parse_date(&date.format("%d/%m/%Y").to_string(), t, Dir::Past, &cal()), Ok(date));
            prop_assert_eq!(parse_date(&date.format("%-d-%-m-%Y").to_string(), t, Dir::Past, &cal()), Ok(date));
        }

        #[test]
        fn any_text_parses_or_fails_without_panicking(s in "\\PC{0,40}") {
            let _ = parse_date(&s, today(), Dir::Past, &cal());
            let _ = parse_period(&s, today(), &cal());
        }

        #[test]
        fn months_and_weeks_cover_their_days(y in 1900i32..2100, m in 1u32..=12) {
            let p = Period::month(y, m).unwrap();
            prop_assert_eq!(p.from.day(), 1);
            prop_assert_eq!((p.to + Days::new(1)).day(), 1);
            let parsed = parse_period(&p.label, today(), &cal()).unwrap();
            prop_assert_eq!(&parsed, &p);
            let w = Period::week_of(p.from);
            prop_assert_eq!(w.from.weekday(), Weekday::Mon);
            prop_assert!(w.contains(p.from));
            prop_assert_eq!(parse_period(&w.label, today(), &cal()).unwrap(), w);
        }
    }
}
