//! Public holidays (Labour Code 2019, Art. 112), compensatory days (Art. 111(3)), the
//! yearly official schedule from the config, and working-day arithmetic (deadlines,
//! eow/eom/eoy, "before Tết").
//!
//! This module owns the `[calendar]` config table and the working-day rules; it must not
//! read files, the clock or the environment, print, or know about tasks and reports.
//! Callers pass "today" in explicitly.
//!
//! Rules, for a solar year Y:
//! * statutory holidays: 1/1; Tết = the last day of lunar year Y − 1 and days 1–4 of lunar
//!   year Y (all in solar year Y); 10/3 lunar (Hùng Kings); 30/4; 1/5; 2/9 plus 1/9
//!   (or 3/9 with `national_day_extra = "after"`);
//! * a statutory holiday on Saturday or Sunday gives a compensatory day off on the next
//!   Monday–Friday that is not itself a statutory holiday or an earlier compensatory day;
//! * `official."Y"` replaces the computed Tết and 2/9 days (and their compensatory days)
//!   of year Y by its `days_off`; its `workdays` are make-up working days;
//! * without one, the schedule the Prime Minister announced for year Y, when it is built
//!   in (`ANNOUNCED`, DOMAIN.md §g), replaces the parts it announced — the Tết break, and
//!   the 2/9 days where it gives them — and adds its swapped days off and make-up days;
//!   the config's `official."Y"` overrides it whole;
//! * `extra_days_off` and `extra_workdays` apply on top; a declared working day always
//!   wins over a day off.
//!
//! Compensatory days are computed from the statutory days only, so an official schedule
//! that lists them as well does not push them further.

use super::error::CalendarError;
use super::lunar::{MAX_LUNAR_YEAR, MIN_LUNAR_YEAR, lunar_to_solar, tet};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Which day next to 2/9 is the second National Day holiday when no official schedule
/// says: 1/9 (`before`, the default) or 3/9 (`after`).
#[derive(Deserialize, Serialize, Default, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum NationalDayExtra {
    #[default]
    Before,
    After,
}

/// A schedule announced by the Prime Minister's decision (Labour Code Art. 112(3)),
/// built in: the weekdays off of the Tết break, of the 2/9 break (empty when the source
/// gives none: the computed days stay), other days off (swapped for a Saturday worked),
/// and the Saturdays worked. Weekends inside a break need no entry.
struct Announced {
    year: i32,
    tet: &'static [(u32, u32)],
    national: &'static [(u32, u32)],
    other_off: &'static [(u32, u32)],
    workdays: &'static [(u32, u32)],
}

/// DOMAIN.md §g, with its sources.
const ANNOUNCED: &[Announced] = &[
    // socongthuong.daklak.gov.vn, 07/01/2020
    Announced {
        year: 2020,
        tet: &[(1, 23), (1, 24), (1, 27), (1, 28), (1, 29)],
        national: &[],
        other_off: &[],
        workdays: &[],
    },
    // wikihoc.com "Lịch nghỉ Tết Nguyên Đán Nhâm Dần 2022"
    Announced {
        year: 2022,
        tet: &[(1, 31), (2, 1), (2, 2), (2, 3), (2, 4)],
        national: &[],
        other_off: &[],
        workdays: &[],
    },
    // VPCP letter 8056/VPCP-KGVX of 01/12/2022 (ngaymoionline.com.vn)
    Announced {
        year: 2023,
        tet: &[(1, 20), (1, 23), (1, 24), (1, 25), (1, 26)],
        national: &[(9, 1), (9, 4)],
        other_off: &[],
        workdays: &[],
    },
    // sucsongtre.vn; 29/04 off for Saturday 04/05 (python-holidays)
    Announced {
        year: 2024,
        tet: &[(2, 8), (2, 9), (2, 12), (2, 13), (2, 14)],
        national: &[(9, 2), (9, 3)],
        other_off: &[(4, 29)],
        workdays: &[(5, 4)],
    },
    // tet-amlich.com "Các ngày nghỉ lễ 2025"; 02/05 off for Saturday 26/04
    Announced {
        year: 2025,
        tet: &[(1, 27), (1, 28), (1, 29), (1, 30), (1, 31)],
        national: &[(9, 1), (9, 2)],
        other_off: &[(5, 2)],
        workdays: &[(4, 26)],
    },
    // congan.com.vn; tracuuquyhoach.com (VPCP, 25/12/2025)
    Announced {
        year: 2026,
        tet: &[(2, 16), (2, 17), (2, 18), (2, 19), (2, 20)],
        national: &[],
        other_off: &[(1, 2)],
        workdays: &[],
    },
];

fn announced(year: i32) -> Option<&'static Announced> {
    ANNOUNCED.iter().find(|a| a.year == year)
}

/// The days of `md` in `year`.
fn days_of(year: i32, md: &[(u32, u32)]) -> Vec<NaiveDate> {
    md.iter()
        .filter_map(|(m, d)| NaiveDate::from_ymd_opt(year, *m, *d))
        .collect()
}

/// One year's announced schedule (`[calendar.official.YYYY]`).
#[derive(Deserialize, Default, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OfficialYear {
    /// The days off; they replace the computed Tết and 2/9 days of the year.
    #[serde(default)]
    pub days_off: Vec<NaiveDate>,
    /// Make-up working days (làm bù), even on a Saturday.
    #[serde(default)]
    pub workdays: Vec<NaiveDate>,
}

/// The `[calendar]` table of `config.toml`.
#[derive(Deserialize, Default, Clone, Debug, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    #[serde(default)]
    pub extra_days_off: Vec<NaiveDate>,
    #[serde(default)]
    pub extra_workdays: Vec<NaiveDate>,
    #[serde(default)]
    pub national_day_extra: NationalDayExtra,
    /// Official schedules keyed by the year as a string ("2025").
    #[serde(default)]
    pub official: BTreeMap<String, OfficialYear>,
}

impl CalendarConfig {
    /// Checks the official schedules: each key must be a year in 1900–2100, each date must
    /// lie in that year, and no date may be both a day off and a working day (in the
    /// official lists of a year, or in the two extra lists).
    pub fn validate(&self) -> Result<(), CalendarError> {
        for (key, official) in &self.official {
            let year =
                parse_year_key(key).ok_or_else(|| CalendarError::BadOfficialYear { key: key.clone() })?;
            for (list, dates) in [("days_off", &official.days_off), ("workdays", &official.workdays)] {
                if let Some(date) = dates.iter().find(|d| d.year() != year) {
                    return Err(CalendarError::OfficialDateOutsideYear {
                        year,
                        list,
                        date: *date,
                    });
                }
            }
            if let Some(date) = official.days_off.iter().find(|d| official.workdays.contains(d)) {
                return Err(CalendarError::ConflictingDay {
                    date: *date,
                    day_off_list: format!("calendar.official.{year}.days_off"),
                    workday_list: format!("calendar.official.{year}.workdays"),
                });
            }
        }
        if let Some(date) = self
            .extra_days_off
            .iter()
            .find(|d| self.extra_workdays.contains(d))
        {
            return Err(CalendarError::ConflictingDay {
                date: *date,
                day_off_list: "calendar.extra_days_off".to_string(),
                workday_list: "calendar.extra_workdays".to_string(),
            });
        }
        Ok(())
    }
}

fn parse_year_key(key: &str) -> Option<i32> {
    if key.len() != 4 || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<i32>()
        .ok()
        .filter(|y| (MIN_LUNAR_YEAR..=MAX_LUNAR_YEAR).contains(y))
}

/// What kind of day off a day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// 1/1, Tết Dương lịch.
    NewYear,
    /// Tết Nguyên đán (computed, or an official day off around it).
    Tet,
    /// 10/3 lunar, Giỗ Tổ Hùng Vương.
    HungKings,
    /// 30/4, Ngày Chiến thắng.
    Reunification,
    /// 1/5, Ngày Quốc tế Lao động.
    Labour,
    /// 2/9 and the adjacent day (computed, or an official day off around it).
    National,
    /// Nghỉ bù for a holiday on a weekend.
    Compensatory,
    /// A day off of the official schedule that is none of the above (e.g. a swapped day).
    Official,
    /// A day from `extra_days_off`.
    Extra,
}

impl HolidayKind {
    /// Vietnamese name.
    pub fn name_vi(self) -> &'static str {
        match self {
            Self::NewYear => "Tết Dương lịch",
            Self::Tet => "Tết Nguyên đán",
            Self::HungKings => "Giỗ Tổ Hùng Vương",
            Self::Reunification => "Ngày Chiến thắng",
            Self::Labour => "Ngày Quốc tế Lao động",
            Self::National => "Quốc khánh",
            Self::Compensatory => "Nghỉ bù",
            Self::Official => "Nghỉ theo lịch chính thức",
            Self::Extra => "Ngày nghỉ thêm",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Self::NewYear => "New Year's Day",
            Self::Tet => "Lunar New Year (Tết)",
            Self::HungKings => "Hùng Kings' Commemoration",
            Self::Reunification => "Reunification Day",
            Self::Labour => "International Labour Day",
            Self::National => "National Day",
            Self::Compensatory => "Compensatory day off",
            Self::Official => "Official day off",
            Self::Extra => "Extra day off",
        }
    }
}

/// A day off with its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Holiday {
    pub kind: HolidayKind,
    pub name_vi: String,
    pub name_en: String,
}

impl From<HolidayKind> for Holiday {
    fn from(kind: HolidayKind) -> Self {
        Self {
            kind,
            name_vi: kind.name_vi().to_string(),
            name_en: kind.name_en().to_string(),
        }
    }
}

/// The days off and declared working days of one solar year, indexed by `ordinal0`.
#[derive(Debug)]
struct YearTable {
    kinds: Vec<Option<HolidayKind>>,
    workdays: Vec<bool>,
}

impl YearTable {
    fn kind(&self, d: NaiveDate) -> Option<HolidayKind> {
        self.kinds.get(ordinal(d)).copied().flatten()
    }

    fn is_declared_workday(&self, d: NaiveDate) -> bool {
        self.workdays.get(ordinal(d)).copied().unwrap_or(false)
    }
}

fn ordinal(d: NaiveDate) -> usize {
    usize::try_from(d.ordinal0()).unwrap_or(usize::MAX)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// The largest number of working days [`Calendar::add_working_days`] moves (about 3 800
/// years); larger offsets are clamped so that an absurd input cannot run for minutes.
pub const MAX_WORKING_DAY_STEP: u64 = 1_000_000;

/// The working-day calendar: statutory holidays plus the configured schedule.
///
/// Year tables are computed lazily and cached, so asking about every day of a year is
/// cheap. The cache uses a `RefCell`, so a `Calendar` is `Send` but not `Sync`.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    cfg: CalendarConfig,
    official: BTreeMap<i32, OfficialYear>,
    cache: RefCell<HashMap<i32, Rc<YearTable>>>,
}

impl Calendar {
    /// Builds a calendar. Official keys that are not valid years are ignored; call
    /// [`CalendarConfig::validate`] (or use [`Calendar::try_new`]) to report them.
    pub fn new(cfg: CalendarConfig) -> Self {
        let official = cfg
            .official
            .iter()
            .filter_map(|(k, v)| parse_year_key(k).map(|y| (y, v.clone())))
            .collect();
        Self {
            cfg,
            official,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Validates the config, then builds the calendar.
    pub fn try_new(cfg: CalendarConfig) -> Result<Self, CalendarError> {
        cfg.validate()?;
        Ok(Self::new(cfg))
    }

    /// Whether year `year`'s Tết break follows an announced schedule (built in, or in the
    /// config) rather than the computed Labour-Code rule.
    pub fn tet_announced(&self, year: i32) -> bool {
        self.official.contains_key(&year) || announced(year).is_some()
    }

    /// The year of the coming Tết on `today`: this year's while its first day has not
    /// passed, else next year's.
    pub fn coming_tet_year(&self, today: NaiveDate) -> i32 {
        match tet(today.year()) {
            Ok(t) if today <= t => today.year(),
            _ => today.year() + 1,
        }
    }

    /// The configuration the calendar was built from.
    pub fn config(&self) -> &CalendarConfig {
        &self.cfg
    }

    fn table(&self, year: i32) -> Rc<YearTable> {
        if let Some(t) = self.cache.borrow().get(&year) {
            return Rc::clone(t);
        }
        let t = Rc::new(self.build_year(year));
        self.cache.borrow_mut().insert(year, Rc::clone(&t));
        t
    }

    fn build_year(&self, year: i32) -> YearTable {
        let len = NaiveDate::from_ymd_opt(year, 12, 31).map_or(366, |d| ordinal(d) + 1);
        let mut kinds: Vec<Option<HolidayKind>> = vec![None; len];
        let mut workdays = vec![false; len];
        let in_year = |d: NaiveDate| (d.year() == year).then(|| ordinal(d)).filter(|&i| i < len);
        let ymd = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);

        // 1. Statutory holidays.
        let mut statutory: Vec<(NaiveDate, HolidayKind)> = Vec::new();
        let official = self.official.get(&year);
        // Without the config's schedule, the built-in announced one for the parts it gives.
        let built_in = official.is_none().then(|| announced(year)).flatten();
        let computed_tet = official.is_none() && built_in.is_none_or(|a| a.tet.is_empty());
        let computed_national = official.is_none() && built_in.is_none_or(|a| a.national.is_empty());
        let tet_day = tet(year).ok();
        let hung = lunar_to_solar(10, 3, year, false).ok();
        let fixed = [
            (ymd(1, 1), HolidayKind::NewYear),
            (hung, HolidayKind::HungKings),
            (ymd(4, 30), HolidayKind::Reunification),
            (ymd(5, 1), HolidayKind::Labour),
        ];
        statutory.extend(fixed.iter().filter_map(|(d, k)| d.map(|d| (d, *k))));
        if computed_tet {
            if let Some(t) = tet_day {
                statutory.extend((-1..=3).filter_map(|i| add_days(t, i).map(|d| (d, HolidayKind::Tet))));
            }
        }
        if computed_national {
            let adjacent = match self.cfg.national_day_extra {
                NationalDayExtra::Before => ymd(9, 1),
                NationalDayExtra::After => ymd(9, 3),
            };
            statutory.extend(
                [ymd(9, 2), adjacent]
                    .into_iter()
                    .flatten()
                    .map(|d| (d, HolidayKind::National)),
            );
        }
        // One day is one holiday: if two statutory holidays fall on the same day (10/3
        // lunar can be 30/4 or 1/5), it counts once, with the first kind's label.
        statutory.sort();
        statutory.dedup_by_key(|(d, _)| *d);
        for (d, k) in &statutory {
            if let Some(i) = in_year(*d) {
                kinds[i].get_or_insert(*k);
            }
        }

        // 2. Compensatory days, against the statutory days only, in date order.
        for (d, _) in &statutory {
            if !is_weekend(*d) {
                continue;
            }
            let mut cur = *d;
            while let Some(next) = cur.succ_opt() {
                cur = next;
                let Some(i) = in_year(cur) else { break };
                if !is_weekend(cur) && kinds[i].is_none() {
                    kinds[i] = Some(HolidayKind::Compensatory);
                    break;
                }
            }
        }

        // 3. The official schedule (the config's, else the built-in one) and the extra
        //    days, on top.
        if let Some(a) = built_in {
            // A break is every day from its first weekday off to its last, the weekend
            // inside it included (mùng 1 on a Sunday is still Tết).
            for part in [a.tet, a.national] {
                let days = days_of(year, part);
                let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
                    continue;
                };
                for d in first.iter_days().take_while(|d| d <= last) {
                    if let Some(i) = in_year(d) {
                        kinds[i].get_or_insert(classify_official(d, tet_day));
                    }
                }
            }
            for d in days_of(year, a.other_off) {
                if let Some(i) = in_year(d) {
                    kinds[i].get_or_insert(HolidayKind::Official);
                }
            }
            for d in days_of(year, a.workdays) {
                if let Some(i) = in_year(d) {
                    workdays[i] = true;
                }
            }
        }
        if let Some(official) = official {
            for d in &official.days_off {
                if let Some(i) = in_year(*d) {
                    kinds[i].get_or_insert(classify_official(*d, tet_day));
                }
            }
            for d in &official.workdays {
                if let Some(i) = in_year(*d) {
                    workdays[i] = true;
                }
            }
        }
        for d in &self.cfg.extra_days_off {
            if let Some(i) = in_year(*d) {
                kinds[i].get_or_insert(HolidayKind::Extra);
            }
        }
        for d in &self.cfg.extra_workdays {
            if let Some(i) = in_year(*d) {
                workdays[i] = true;
            }
        }
        YearTable { kinds, workdays }
    }

    /// The holiday or day off that `d` is, if any (also for a day that a declared
    /// working day overrides; see [`Calendar::is_working_day`]).
    pub fn holiday(&self, d: NaiveDate) -> Option<Holiday> {
        self.table(d.year()).kind(d).map(Holiday::from)
    }

    /// Monday–Friday and not a day off, or a declared working day.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        let t = self.table(d.year());
        t.is_declared_workday(d) || (!is_weekend(d) && t.kind(d).is_none())
    }

    /// Civil-code deadline counting: the start day is not counted; `+n` is the n-th
    /// working day after `d`, `-n` the n-th before; `0` gives `d` itself when it is a
    /// working day, else the next working day.
    ///
    /// Never panics: `|n|` is clamped to [`MAX_WORKING_DAY_STEP`] and the walk stops at
    /// the ends of chrono's date range.
    pub fn add_working_days(&self, d: NaiveDate, n: i64) -> NaiveDate {
        if n == 0 {
            return self.first_working_day_on_or_after(d);
        }
        let forward = n > 0;
        let mut remaining = n.unsigned_abs().min(MAX_WORKING_DAY_STEP);
        let mut cur = d;
        while remaining > 0 {
            let next = if forward { cur.succ_opt() } else { cur.pred_opt() };
            let Some(next) = next else { return cur };
            cur = next;
            if self.is_working_day(cur) {
                remaining -= 1;
            }
        }
        cur
    }

    /// Signed count of working days between two dates, matching
    /// [`Calendar::add_working_days`]: the number of working days in `(from, to]` when
    /// `from <= to`, minus the number in `[to, from)` when `to < from`. So for `n != 0`,
    /// `working_days_between(d, add_working_days(d, n)) == n`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let count = |first: NaiveDate, last: NaiveDate| {
            let n = first
                .iter_days()
                .take_while(|d| *d <= last)
                .filter(|d| self.is_working_day(*d))
                .count();
            i64::try_from(n).unwrap_or(i64::MAX)
        };
        if from <= to {
            from.succ_opt().map_or(0, |first| count(first, to))
        } else {
            from.pred_opt().map_or(0, |last| -count(to, last))
        }
    }

    fn first_working_day_on_or_after(&self, d: NaiveDate) -> NaiveDate {
        let mut cur = d;
        while !self.is_working_day(cur) {
            match cur.succ_opt() {
                Some(n) => cur = n,
                None => break,
            }
        }
        cur
    }

    fn last_working_day_on_or_before(&self, d: NaiveDate) -> NaiveDate {
        let mut cur = d;
        while !self.is_working_day(cur) {
            match cur.pred_opt() {
                Some(p) => cur = p,
                None => break,
            }
        }
        cur
    }

    /// `eow`: the last working day of the ISO week (Monday–Sunday) containing `d`.
    /// If the week has no working day (e.g. inside the Tết break), this is the last
    /// working day before the week's end, i.e. in an earlier week.
    pub fn last_working_day_of_week(&self, d: NaiveDate) -> NaiveDate {
        let to_sunday = 6 - i64::from(d.weekday().num_days_from_monday());
        let sunday = add_days(d, to_sunday).unwrap_or(d);
        self.last_working_day_on_or_before(sunday)
    }

    /// `eom`: the last working day of the month containing `d` (or, if the month has
    /// none, the last one before its end).
    pub fn last_working_day_of_month(&self, d: NaiveDate) -> NaiveDate {
        let next_month = if d.month() == 12 {
            NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
        };
        let end = next_month.and_then(|n| n.pred_opt()).unwrap_or(d);
        self.last_working_day_on_or_before(end)
    }

    /// `eoy`: the last working day of the year containing `d` (or, if the year has
    /// none, the last one before its end).
    pub fn last_working_day_of_year(&self, d: NaiveDate) -> NaiveDate {
        let end = NaiveDate::from_ymd_opt(d.year(), 12, 31).unwrap_or(d);
        self.last_working_day_on_or_before(end)
    }

    /// `tet`: the first day of the coming Lunar New Year. On Tết day 1 itself this is
    /// `today`; from day 2 on it is next year's. Errors outside lunar years 1900–2100.
    pub fn next_tet(&self, today: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let this_year = tet(today.year())?;
        if this_year >= today {
            Ok(this_year)
        } else {
            tet(today.year() + 1)
        }
    }

    /// "Before Tết": the last working day before the break (the run of non-working days)
    /// that contains the coming Tết's first day. If `today` is already inside that
    /// break, the result lies in the past. If the configured schedule makes Tết day 1 a
    /// working day, this is the last working day before it.
    pub fn last_working_day_before_tet_break(&self, today: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let t = self.next_tet(today)?;
        let eve = t.pred_opt().unwrap_or(t);
        Ok(self.last_working_day_on_or_before(eve))
    }

    /// All days off of a solar year, sorted by date (including days off that a declared
    /// working day overrides).
    pub fn holidays_in_year(&self, year: i32) -> Vec<(NaiveDate, Holiday)> {
        let Some(jan1) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            return Vec::new();
        };
        let t = self.table(year);
        jan1.iter_days()
            .take_while(|d| d.year() == year)
            .filter_map(|d| t.kind(d).map(|k| (d, Holiday::from(k))))
            .collect()
    }
}

/// The label of an official day off: Tết near Tết, National Day near 2/9, else Official.
fn classify_official(d: NaiveDate, tet_day: Option<NaiveDate>) -> HolidayKind {
    if let Some(t) = tet_day {
        if (d - t).num_days().abs() <= 10 {
            return HolidayKind::Tet;
        }
    }
    let (m, day) = (d.month(), d.day());
    if (m == 8 && day >= 29) || (m == 9 && day <= 5) {
        return HolidayKind::National;
    }
    HolidayKind::Official
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn the_announced_schedules_are_built_in() {
        let cal = Calendar::default();
        // 2023: the break was 20–26/01, not the computed 21–27/01; "before Tết" is Thu 19/01
        assert!(!cal.is_working_day(ymd(2023, 1, 20)));
        assert!(cal.is_working_day(ymd(2023, 1, 27)));
        assert_eq!(
            cal.last_working_day_before_tet_break(ymd(2023, 1, 2)),
            Ok(ymd(2023, 1, 19))
        );
        // 2/9/2023: Fri 01/09 and Mon 04/09 off
        assert!(!cal.is_working_day(ymd(2023, 9, 4)));
        // 2024: Mon 29/04 off for Saturday 04/05 worked
        assert!(!cal.is_working_day(ymd(2024, 4, 29)));
        assert!(cal.is_working_day(ymd(2024, 5, 4)));
        // +5wd from Thu 23/01/2025 is still Thu 06/02/2025
        assert_eq!(cal.add_working_days(ymd(2025, 1, 23), 5), ymd(2025, 2, 6));
        // 2020 announced only Tết: its 2/9 days stay computed
        assert!(!cal.is_working_day(ymd(2020, 9, 2)));
        assert!(cal.tet_announced(2023) && !cal.tet_announced(2027));
        assert_eq!(cal.coming_tet_year(ymd(2026, 12, 1)), 2027);
        assert_eq!(cal.coming_tet_year(ymd(2026, 1, 5)), 2026);
    }

    #[test]
    fn the_config_overrides_a_built_in_year_whole() {
        let mut cfg = CalendarConfig::default();
        cfg.official.insert(
            "2023".into(),
            OfficialYear {
                days_off: vec![ymd(2023, 1, 23)],
                workdays: vec![],
            },
        );
        let cal = Calendar::new(cfg);
        assert!(cal.is_working_day(ymd(2023, 1, 20)));
        assert!(!cal.is_working_day(ymd(2023, 1, 23)));
    }

    #[test]
    fn year_keys() {
        assert_eq!(parse_year_key("2025"), Some(2025));
        assert_eq!(parse_year_key("1900"), Some(1900));
        assert_eq!(parse_year_key("2101"), None);
        assert_eq!(parse_year_key("25"), None);
        assert_eq!(parse_year_key("+202"), None);
        assert_eq!(parse_year_key("２０２５"), None);
    }

    #[test]
    fn compensatory_chain_2022() {
        // 30/4/2022 was a Saturday and 1/5 a Sunday: Monday 2/5 and Tuesday 3/5 off.
        let cal = Calendar::default();
        let kind = |d| cal.holiday(d).map(|h| h.kind);
        assert_eq!(kind(ymd(2022, 4, 30)), Some(HolidayKind::Reunification));
        assert_eq!(kind(ymd(2022, 5, 1)), Some(HolidayKind::Labour));
        assert_eq!(kind(ymd(2022, 5, 2)), Some(HolidayKind::Compensatory));
        assert_eq!(kind(ymd(2022, 5, 3)), Some(HolidayKind::Compensatory));
        assert_eq!(kind(ymd(2022, 5, 4)), None);
        assert!(cal.is_working_day(ymd(2022, 5, 4)));
        // Giỗ Tổ 10/3 lunar = Sunday 10/4/2022, so Monday 11/4 off.
        assert_eq!(kind(ymd(2022, 4, 10)), Some(HolidayKind::HungKings));
        assert_eq!(kind(ymd(2022, 4, 11)), Some(HolidayKind::Compensatory));
    }

    #[test]
    fn official_days_are_labelled() {
        let t = Some(ymd(2025, 1, 29));
        assert_eq!(classify_official(ymd(2025, 1, 27), t), HolidayKind::Tet);
        assert_eq!(classify_official(ymd(2025, 9, 1), t), HolidayKind::National);
        assert_eq!(classify_official(ymd(2025, 5, 2), t), HolidayKind::Official);
    }

    #[test]
    fn extremes_do_not_panic() {
        let cal = Calendar::default();
        for d in [NaiveDate::MIN, NaiveDate::MAX, ymd(1, 1, 1), ymd(9999, 12, 31)] {
            let _ = cal.is_working_day(d);
            let _ = cal.holiday(d);
            let _ = cal.add_working_days(d, 3);
            let _ = cal.add_working_days(d, -3);
            let _ = cal.add_working_days(d, 0);
            let _ = cal.last_working_day_of_week(d);
            let _ = cal.last_working_day_of_month(d);
            let _ = cal.last_working_day_of_year(d);
            assert!(cal.next_tet(d).is_err());
            assert!(cal.last_working_day_before_tet_break(d).is_err());
        }
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 5), NaiveDate::MAX);
        let far = cal.add_working_days(ymd(2025, 1, 1), i64::MAX);
        assert!(far.year() > 5000 && far.year() < 7000, "{far}");
    }

    #[test]
    fn names_come_from_the_kind() {
        let h = Holiday::from(HolidayKind::HungKings);
        assert_eq!(h.name_vi, "Giỗ Tổ Hùng Vương");
        assert_eq!(h.name_en, "Hùng Kings' Commemoration");
    }
}
