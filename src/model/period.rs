//! A span of days with a stable label (`2022-W50`, `2022-12`, `2022-Q4`, …), and the
//! arithmetic reports do on it: the `report.month_cutoff_day` shift, the period before
//! (for the "previous" counters), the reporting month that holds a day, and the period
//! after (the "next period" section of the administrative report). Pure: no clock, no
//! I/O; parsing PERIOD input stays in `dates.rs`.

use chrono::{Datelike, Days, IsoWeek, Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodKind {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Range,
}

/// A span of days with a stable label (`2022-W50`, `2022-12`, `2022-Q4`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub kind: PeriodKind,
    pub label: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn day(d: NaiveDate) -> Period {
        Period {
            kind: PeriodKind::Day,
            label: d.format("%Y-%m-%d").to_string(),
            from: d,
            to: d,
        }
    }

    pub fn week_of(d: NaiveDate) -> Period {
        let w: IsoWeek = d.iso_week();
        let from = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
        Period {
            kind: PeriodKind::Week,
            label: format!("{}-W{:02}", w.year(), w.week()),
            from,
            to: from + Days::new(6),
        }
    }

    pub fn month(y: i32, m: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(y, m, 1)?;
        let to = from.checked_add_months(Months::new(1))? - Days::new(1);
        Some(Period {
            kind: PeriodKind::Month,
            label: format!("{y:04}-{m:02}"),
            from,
            to,
        })
    }

    pub fn year(y: i32) -> Option<Period> {
        Some(Period {
            kind: PeriodKind::Year,
            label: format!("{y:04}"),
            from: NaiveDate::from_ymd_opt(y, 1, 1)?,
            to: NaiveDate::from_ymd_opt(y, 12, 31)?,
        })
    }

    pub(crate) fn span(kind: PeriodKind, label: String, y: i32, m1: u32, m2: u32) -> Option<Period> {
        let from = NaiveDate::from_ymd_opt(y, m1, 1)?;
        let to = Period::month(y, m2)?.to;
        Some(Period {
            kind,
            label,
            from,
            to,
        })
    }

    pub fn range(from: NaiveDate, to: NaiveDate) -> Period {
        Period {
            kind: PeriodKind::Range,
            label: format!("{}..{}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d")),
            from,
            to,
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }

    pub fn days(&self) -> impl Iterator<Item = NaiveDate> + use<> {
        let to = self.to;
        self.from.iter_days().take_while(move |d| *d <= to)
    }
}

/// How the period after a report's is named in the administrative report: a year, or
/// the reporting month it ends in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Following {
    Year(i32),
    /// The first day of the month that names the period.
    Month(NaiveDate),
}

impl PeriodKind {
    /// How many calendar months a period of this kind spans (a year for the rest).
    pub fn months(self) -> u32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Half => 6,
            _ => 12,
        }
    }

    fn is_calendar(self) -> bool {
        matches!(
            self,
            PeriodKind::Month | PeriodKind::Quarter | PeriodKind::Half | PeriodKind::Year
        )
    }
}

impl Period {
    /// Applies `report.month_cutoff_day`: month `2022-12` with cut-off 14 is 15/11–14/12.
    /// Weeks, days and ranges, and a cut-off of 0, are left as they are.
    pub fn with_cutoff(self, cutoff: u32) -> Period {
        if cutoff == 0 || !self.kind.is_calendar() {
            return self;
        }
        let from = self
            .from
            .checked_sub_months(Months::new(1))
            .and_then(|d| d.with_day(cutoff + 1))
            .unwrap_or(self.from);
        let to = self.to.with_day(cutoff).unwrap_or(self.to);
        Period { from, to, ..self }
    }

    /// The period before this one (unshifted), with its label; a range's is the range of
    /// as many days just before it.
    pub fn previous(&self) -> Period {
        if self.kind.is_calendar() {
            let n = self.kind.months();
            let from = self.from.checked_sub_months(Months::new(n)).unwrap_or(self.from);
            let to = self.from - Days::new(1);
            let label = match self.kind {
                PeriodKind::Month => format!("{:04}-{:02}", from.year(), from.month()),
                PeriodKind::Quarter => format!("{}-Q{}", from.year(), from.month().div_ceil(3)),
                PeriodKind::Half => format!("{}-H{}", from.year(), from.month().div_ceil(6)),
                _ => format!("{:04}", from.year()),
            };
            return Period {
                kind: self.kind,
                label,
                from,
                to,
            };
        }
        let len = (self.to - self.from).num_days() + 1;
        let to = self.from - Days::new(1);
        let from = to - Days::new(len as u64 - 1);
        let mut prev = Period::range(from, to);
        prev.kind = self.kind;
        if self.kind == PeriodKind::Week {
            prev = Period::week_of(from);
        }
        prev
    }

    /// The reporting month that contains `today` (unshifted): with a cut-off, the day
    /// after it already belongs to the next month's report.
    pub fn reporting_month(today: NaiveDate, cutoff: u32) -> Option<Period> {
        let d = if cutoff > 0 && today.day() > cutoff {
            today.checked_add_months(Months::new(1)).unwrap_or(today)
        } else {
            today
        };
        Period::month(d.year(), d.month())
    }

    /// The days after this period that its report's "next period" covers: as many
    /// months for a calendar period, as many days otherwise (first and last day).
    pub fn following_days(&self) -> (NaiveDate, NaiveDate) {
        let from = self.to + Days::new(1);
        let to = if self.kind.is_calendar() {
            self.to.checked_add_months(Months::new(self.kind.months()))
        } else {
            self.to
                .checked_add_days(Days::new((self.to - self.from).num_days() as u64 + 1))
        }
        .unwrap_or(from);
        (from, to)
    }

    /// How the period after this one is named: the next year, or (with a cut-off) the
    /// month the next reporting month ends in.
    pub fn following(&self) -> Following {
        let next = self.to + Days::new(1);
        if self.kind == PeriodKind::Year {
            return Following::Year(next.year() + i32::from(next.month() > 1));
        }
        let end = if next.day() > 1 {
            next.checked_add_months(Months::new(1)).unwrap_or(next)
        } else {
            next
        };
        Following::Month(end.with_day(1).unwrap_or(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn cutoff_shifts_months_quarters_and_years() {
        let m = Period::month(2022, 12).unwrap().with_cutoff(14);
        assert_eq!(
            (m.from, m.to, m.label.as_str()),
            (d(2022, 11, 15), d(2022, 12, 14), "2022-12")
        );
        let y = Period::year(2022).unwrap().with_cutoff(14);
        assert_eq!((y.from, y.to), (d(2021, 12, 15), d(2022, 12, 14)));
        let jan = Period::month(2023, 1).unwrap().with_cutoff(14);
        assert_eq!((jan.from, jan.to), (d(2022, 12, 15), d(2023, 1, 14)));
        let r = Period::range(d(2022, 1, 3), d(2022, 1, 9)).with_cutoff(14);
        assert_eq!((r.from, r.to), (d(2022, 1, 3), d(2022, 1, 9)));
        let none = Period::month(2022, 12).unwrap().with_cutoff(0);
        assert_eq!(none, Period::month(2022, 12).unwrap());
    }

    #[test]
    fn previous_periods() {
        let p = Period::month(2023, 1).unwrap().previous();
        assert_eq!(
            (p.label.as_str(), p.from, p.to),
            ("2022-12", d(2022, 12, 1), d(2022, 12, 31))
        );
        let q = Period::span(PeriodKind::Quarter, "2023-Q1".into(), 2023, 1, 3)
            .unwrap()
            .previous();
        assert_eq!(
            (q.label.as_str(), q.from, q.to),
            ("2022-Q4", d(2022, 10, 1), d(2022, 12, 31))
        );
        let r = Period::range(d(2022, 12, 11), d(2022, 12, 20)).previous();
        assert_eq!((r.from, r.to), (d(2022, 12, 1), d(2022, 12, 10)));
        let w = Period::week_of(d(2022, 12, 14)).previous();
        assert_eq!(w, Period::week_of(d(2022, 12, 7)));
    }

    #[test]
    fn reporting_month_honours_the_cutoff() {
        let m = |today, cutoff| Period::reporting_month(today, cutoff).unwrap().label;
        assert_eq!(m(d(2022, 12, 20), 0), "2022-12");
        assert_eq!(m(d(2022, 12, 14), 14), "2022-12");
        assert_eq!(m(d(2022, 12, 15), 14), "2023-01");
    }

    #[test]
    fn following_days_and_names() {
        let dec = Period::month(2022, 12).unwrap();
        assert_eq!(dec.following_days(), (d(2023, 1, 1), d(2023, 1, 31)));
        assert_eq!(dec.following(), Following::Month(d(2023, 1, 1)));
        let shifted = dec.clone().with_cutoff(14);
        assert_eq!(shifted.following(), Following::Month(d(2023, 1, 1)));
        let year = Period::year(2022).unwrap();
        assert_eq!(year.following_days(), (d(2023, 1, 1), d(2023, 12, 31)));
        assert_eq!(year.following(), Following::Year(2023));
        assert_eq!(year.with_cutoff(14).following(), Following::Year(2023));
        let r = Period::range(d(2022, 12, 1), d(2022, 12, 10));
        assert_eq!(r.following_days(), (d(2022, 12, 11), d(2022, 12, 20)));
    }
}
