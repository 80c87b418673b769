//! `worklog cal`'s month: a Monday-first grid with the lunar date of every day,
//! holidays, today and the open tasks due, then the month's holidays and deadlines
//! (SPEC §5). JSON is one object per day; Markdown and CSV give the days as rows; the
//! other formats the grid and its two lists.

use super::lunar::{LunarView, cell_label};
use super::{Format, Human, Listing, Render};
use crate::calendar::{HolidayKind, LunarDate, year_name};
use crate::dates::Period;
use crate::error::Result;
use crate::i18n::{Lang, M, lang, s, t};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// One day of the month, computed once and rendered in every format.
pub struct CalendarDay {
    pub date: NaiveDate,
    pub lunar: Option<LunarDate>,
    pub holiday: Option<HolidayKind>,
    pub working: bool,
    pub due: Vec<i64>,
}

/// A month as `cal` shows it.
pub struct CalendarView {
    pub month: Period,
    pub days: Vec<CalendarDay>,
    /// The open tasks due in the month, by due date.
    pub tasks: Vec<Deadline>,
    pub today: NaiveDate,
}

/// An open task due in the month, as the deadlines list shows it.
pub struct Deadline {
    pub id: i64,
    pub due: NaiveDate,
    pub title: String,
}

#[derive(Serialize)]
struct MonthJson<'a> {
    month: &'a str,
    days: Vec<DayJson>,
}

#[derive(Serialize)]
struct DayJson {
    date: NaiveDate,
    weekday: u32,
    lunar: Option<LunarView>,
    holiday: Option<&'static str>,
    working_day: bool,
    due: Vec<i64>,
}

fn day_json(d: &CalendarDay) -> DayJson {
    DayJson {
        date: d.date,
        weekday: d.date.weekday().number_from_monday(),
        lunar: d.lunar.as_ref().map(LunarView::of),
        holiday: d.holiday.map(super::labels::holiday_name),
        working_day: d.working,
        due: d.due.clone(),
    }
}

impl Render for CalendarView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        let v = MonthJson {
            month: &self.month.label,
            days: self.days.iter().map(day_json).collect(),
        };
        super::json(buf, &v)
    }

    /// The grid and its two lists.
    fn human(&self) -> Result<Human> {
        Ok(Human::Sections(vec![
            grid(title(&self.month, &self.days), &self.days, self.today),
            holidays(&self.days),
            deadlines(&self.tasks),
        ]))
    }

    /// Markdown and CSV list the days as rows; the other formats show `human`.
    fn human_for(&self, format: Format) -> Result<Human> {
        match format {
            Format::Md | Format::Csv => Ok(Human::Listing(day_rows(
                title(&self.month, &self.days),
                &self.days,
            ))),
            _ => self.human(),
        }
    }
}

/// "Tháng 01/2023 · năm Nhâm Dần / Quý Mão (Tết Nguyên đán Quý Mão: 22/01/2023)".
fn title(month: &Period, days: &[CalendarDay]) -> String {
    let mut years: Vec<i32> = days.iter().filter_map(|d| d.lunar.map(|l| l.year)).collect();
    years.dedup();
    let names = years
        .iter()
        .map(|y| year_name(*y))
        .collect::<Vec<_>>()
        .join(" / ");
    let shown = match lang() {
        Lang::Vi => month.from.format("%m/%Y").to_string(),
        Lang::En => month.from.format("%B %Y").to_string(),
    };
    let mut line = t(M::CalTitle, &[&shown, &names]);
    let tet = days
        .iter()
        .find(|d| d.lunar.is_some_and(|l| l.day == 1 && l.month == 1 && !l.leap));
    if let Some((d, l)) = tet.and_then(|d| d.lunar.map(|l| (d, l))) {
        let note = t(M::CalTetNote, &[&year_name(l.year), &crate::i18n::date(d.date)]);
        line.push_str(&format!(" ({note})"));
    }
    line
}

fn weekday_headers() -> Vec<String> {
    [
        M::CalWd1,
        M::CalWd2,
        M::CalWd3,
        M::CalWd4,
        M::CalWd5,
        M::CalWd6,
        M::CalWd7,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect()
}

/// One cell: the solar day (bracketed when today), the lunar label, the holiday's short
/// name (or "make-up workday" for a weekend worked), and the count of tasks due.
fn cell(d: &CalendarDay, today: NaiveDate) -> String {
    let mut lines = Vec::new();
    lines.push(if d.date == today {
        format!("[{}] {}", d.date.day(), s(M::CalToday))
    } else {
        d.date.day().to_string()
    });
    if let Some(l) = &d.lunar {
        lines.push(cell_label(l, lang()));
    }
    if let Some(h) = d.holiday {
        lines.push(format!("* {}", super::labels::holiday_short(h)));
    } else if d.working && d.date.weekday().number_from_monday() > 5 {
        lines.push(s(M::CalMakeUp).to_string());
    }
    if !d.due.is_empty() {
        lines.push(t(M::CalDue, &[&d.due.len()]));
    }
    lines.join("\n")
}

fn grid(title: String, days: &[CalendarDay], today: NaiveDate) -> Listing {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    if let Some(first) = days.first() {
        let lead = first.date.weekday().num_days_from_monday();
        for _ in 0..lead {
            row.push(String::new());
        }
    }
    for d in days {
        row.push(cell(d, today));
        if row.len() == 7 {
            rows.push(std::mem::take(&mut row));
        }
    }
    if !row.is_empty() {
        row.resize(7, String::new());
        rows.push(row);
    }
    // The condensed table style draws no line between rows; a blank line under each week
    // keeps one week's days apart from the next.
    let last = rows.len().saturating_sub(1);
    for (i, r) in rows.iter_mut().enumerate() {
        if i < last {
            let height = r.iter().map(|c| c.lines().count()).max().unwrap_or(0);
            if let Some(c) = r.first_mut() {
                let lines = c.lines().count().max(1);
                c.push_str(&"\n".repeat(height + 1 - lines));
                c.push(' ');
            }
        }
    }
    Listing {
        title: Some(title),
        headers: weekday_headers(),
        rows,
        footer: Some(s(M::CalLegend).to_string()),
        ..Listing::default()
    }
}

fn holidays(days: &[CalendarDay]) -> Listing {
    let rows = days
        .iter()
        .filter_map(|d| {
            d.holiday.map(|h| {
                vec![
                    crate::i18n::day(d.date),
                    format!("* {}", super::labels::holiday_short(h)),
                    super::labels::holiday_name(h).to_string(),
                ]
            })
        })
        .collect();
    Listing {
        title: Some(s(M::CalHolidays).to_string()),
        headers: vec![s(M::LDate).into(), String::new(), s(M::LHoliday).into()],
        rows,
        empty: Some(s(M::CalNoHolidays).to_string()),
        ..Listing::default()
    }
}

fn deadlines(tasks: &[Deadline]) -> Listing {
    let rows = tasks
        .iter()
        .map(|t| vec![format!("#{}", t.id), crate::i18n::day(t.due), t.title.clone()])
        .collect();
    Listing {
        title: Some(s(M::CalDeadlines).to_string()),
        headers: vec![s(M::LId).into(), s(M::LDue).into(), s(M::LTitle).into()],
        rows,
        empty: Some(s(M::CalNoDeadlines).to_string()),
        ..Listing::default()
    }
}

/// The days as rows, for Markdown and CSV.
fn day_rows(title: String, days: &[CalendarDay]) -> Listing {
    let rows = days
        .iter()
        .map(|d| {
            let wd = d.date.weekday();
            vec![
                crate::i18n::date(d.date),
                crate::i18n::weekday(wd).to_string(),
                d.lunar
                    .as_ref()
                    .map(|l| super::lunar::lunar_phrase(l, lang()))
                    .unwrap_or_default(),
                d.holiday
                    .map(super::labels::holiday_name)
                    .unwrap_or_default()
                    .to_string(),
                s(if d.working { M::Yes } else { M::No }).to_string(),
                d.due
                    .iter()
                    .map(|id| format!("#{id}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    Listing {
        title: Some(title),
        headers: vec![
            s(M::LDate).into(),
            s(M::LWeekday).into(),
            s(M::LLunar).into(),
            s(M::LHoliday).into(),
            s(M::LWorkingDay).into(),
            s(M::LDue).into(),
        ],
        rows,
        ..Listing::default()
    }
}
