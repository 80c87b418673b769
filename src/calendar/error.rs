//! The one error type of the calendar module, with an English (`Display`) and a
//! Vietnamese (`message_vi`) wording. Every message names the offending value.
//! This module owns wording only: it must not decide anything, print or read config.

use chrono::NaiveDate;
use std::fmt;

/// Everything that can go wrong in lunar conversion or in the calendar configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// A solar date outside the range the lunar conversion supports.
    DateOutOfRange {
        date: NaiveDate,
        min: NaiveDate,
        max: NaiveDate,
    },
    /// A lunar (or holiday) year outside 1900–2100.
    YearOutOfRange { year: i32 },
    /// A lunar month number outside 1–12.
    MonthOutOfRange { month: u32 },
    /// A lunar day number outside 1–30.
    DayOutOfRange { day: u32 },
    /// Day 30 of a 29-day month.
    DayNotInMonth {
        day: u32,
        month: u32,
        year: i32,
        leap: bool,
        length: u32,
    },
    /// A leap month that the lunar year does not have.
    NoSuchLeapMonth {
        month: u32,
        year: i32,
        /// The leap month the year really has, if any.
        leap_month: Option<u32>,
    },
    /// A key of `calendar.official` that is not a year in 1900–2100.
    BadOfficialYear { key: String },
    /// A date in `calendar.official.YYYY.<list>` that does not lie in year YYYY.
    OfficialDateOutsideYear {
        year: i32,
        list: &'static str,
        date: NaiveDate,
    },
    /// The same date is declared both a day off and a working day.
    ConflictingDay {
        date: NaiveDate,
        day_off_list: String,
        workday_list: String,
    },
}

fn vi_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn leap_en(leap: bool) -> &'static str {
    if leap { "leap " } else { "" }
}

fn leap_vi(leap: bool) -> &'static str {
    if leap { " nhuận" } else { "" }
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DateOutOfRange { date, min, max } => write!(
                f,
                "date {date} is outside the supported range {min} to {max} of the lunar calendar"
            ),
            Self::YearOutOfRange { year } => write!(f, "year {year} is outside 1900–2100"),
            Self::MonthOutOfRange { month } => {
                write!(f, "lunar month {month} does not exist (months are 1–12)")
            }
            Self::DayOutOfRange { day } => {
                write!(f, "lunar day {day} does not exist (days are 1–30)")
            }
            Self::DayNotInMonth {
                day,
                month,
                year,
                leap,
                length,
            } => write!(
                f,
                "{}lunar month {month} of {year} has {length} days, not {day}",
                leap_en(*leap)
            ),
            Self::NoSuchLeapMonth {
                month,
                year,
                leap_month,
            } => {
                let actual = leap_month.map_or_else(|| "none".to_string(), |m| m.to_string());
                write!(f, "{year} has no leap month {month} (its leap month: {actual})")
            }
            Self::BadOfficialYear { key } => write!(
                f,
                "calendar.official key \"{key}\" is not a year between 1900 and 2100"
            ),
            Self::OfficialDateOutsideYear { year, list, date } => write!(
                f,
                "calendar.official.{year}.{list} contains {date}, which is not in {year}"
            ),
            Self::ConflictingDay {
                date,
                day_off_list,
                workday_list,
            } => write!(
                f,
                "{date} is listed both in {day_off_list} and in {workday_list}; keep it in one of them"
            ),
        }
    }
}

impl std::error::Error for CalendarError {}

impl CalendarError {
    /// The same message in Vietnamese.
    pub fn message_vi(&self) -> String {
        match self {
            Self::DateOutOfRange { date, min, max } => format!(
                "ngày {} nằm ngoài phạm vi âm lịch hỗ trợ ({} – {})",
                vi_date(*date),
                vi_date(*min),
                vi_date(*max)
            ),
            Self::YearOutOfRange { year } => format!("năm {year} nằm ngoài phạm vi 1900–2100"),
            Self::MonthOutOfRange { month } => {
                format!("không có tháng {month} âm lịch (tháng từ 1 đến 12)")
            }
            Self::DayOutOfRange { day } => {
                format!("không có ngày {day} âm lịch (ngày từ 1 đến 30)")
            }
            Self::DayNotInMonth {
                day,
                month,
                year,
                leap,
                length,
            } => format!(
                "tháng {month}{} âm lịch năm {year} chỉ có {length} ngày, không có ngày {day}",
                leap_vi(*leap)
            ),
            Self::NoSuchLeapMonth {
                month,
                year,
                leap_month,
            } => {
                let actual = match leap_month {
                    Some(m) => format!("tháng nhuận của năm này là tháng {m}"),
                    None => "năm này không có tháng nhuận".to_string(),
                };
                format!("năm {year} âm lịch không có tháng {month} nhuận ({actual})")
            }
            Self::BadOfficialYear { key } => {
                format!("khóa calendar.official \"{key}\" không phải là một năm trong khoảng 1900–2100")
            }
            Self::OfficialDateOutsideYear { year, list, date } => format!(
                "calendar.official.{year}.{list} có ngày {}, không thuộc năm {year}",
                vi_date(*date)
            ),
            Self::ConflictingDay {
                date,
                day_off_list,
                workday_list,
            } => format!(
                "ngày {} vừa có trong {day_off_list} vừa có trong {workday_list}; chỉ giữ ở một danh sách",
                vi_date(*date)
            ),
        }
    }
}
