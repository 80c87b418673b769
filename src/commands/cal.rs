//! `worklog cal [MONTH]`: a Monday-first month grid with the lunar date of every day,
//! holidays, today and the open tasks due, then the month's holidays and deadlines
//! (SPEC §5). `--format json` gives one object per day; `md`/`csv` give the days as rows.

use crate::app::Ctx;
use crate::calendar::{HolidayKind, LunarDate, solar_to_lunar, year_name};
use crate::dates::{DateError, Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{Lang, M, lang, s, t};
use crate::render::lunar::{cell_label, lunar_json};
use crate::render::{Format, Listing, View};
use crate::store::calendar::{DueTask, due_tasks};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog cal\n  worklog cal 2023-01\n  worklog cal last-month --format json"
)]
pub struct Args {
    /// The month: 2023-01, 01/2023, month, last-month (default: this month)
    #[arg(value_name = "MONTH")]
    pub month: Option<String>,
}

/// One day of the month, computed once and rendered in every format.
struct Day {
    date: NaiveDate,
    lunar: Option<LunarDate>,
    holiday: Option<HolidayKind>,
    working: bool,
    due: Vec<i64>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let today = ctx.today();
    let month = match &a.month {
        None => Period::month(today.year(), today.month()),
        Some(input) => Some(parse_month(input, today, ctx)?),
    }
    .ok_or_else(|| Error::input(M::CalNotAMonth, &[&"month"]).hint(M::CalNotAMonthHint, &[]))?;
    let store = ctx.store_ro()?;
    let tasks = due_tasks(store.db(), month.from, month.to)?;
    let days: Vec<Day> = month
        .days()
        .map(|date| Day {
            date,
            lunar: solar_to_lunar(date).ok(),
            holiday: ctx.cal().holiday(date).map(|h| h.kind),
            working: ctx.cal().is_working_day(date),
            due: tasks.iter().filter(|t| t.due == date).map(|t| t.id).collect(),
        })
        .collect();
    let json = json!({
        "month": month.label,
        "days": days.iter().map(day_json).collect::<Vec<_>>(),
    });
    let title = title(&month, &days);
    match ctx.out.format {
        Format::Md | Format::Csv => Ok(View::Listing(day_rows(title, &days, json))),
        _ => Ok(View::Sections {
            sections: vec![grid(title, &days, today), holidays(&days), deadlines(&tasks)],
            json,
        }),
    }
}

/// Any §4 period that is a calendar month; anything else is an input error naming the
/// month forms.
fn parse_month(input: &str, today: NaiveDate, ctx: &Ctx) -> Result<Period> {
    let not_a_month = || Error::input(M::CalNotAMonth, &[&input.trim()]).hint(M::CalNotAMonthHint, &[]);
    match parse_period(input, today, ctx.cal()) {
        Ok(p) if p.kind == PeriodKind::Month => Ok(p),
        Ok(_) | Err(DateError::BadPeriod(_)) => Err(not_a_month()),
        Err(e) => Err(e.into()),
    }
}

fn day_json(d: &Day) -> Value {
    json!({
        "date": d.date,
        "weekday": d.date.weekday().number_from_monday(),
        "lunar": d.lunar.as_ref().map(lunar_json),
        "holiday": d.holiday.map(crate::render::labels::holiday_name),
        "working_day": d.working,
        "due": d.due,
    })
}

/// "Tháng 01/2023 · năm Nhâm Dần / Quý Mão (Tết Nguyên đán Quý Mão: 22/01/2023)".
fn title(month: &Period, days: &[Day]) -> String {
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
fn cell(d: &Day, today: NaiveDate) -> String {
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
        lines.push(format!("* {}", crate::render::labels::holiday_short(h)));
    } else if d.working && d.date.weekday().number_from_monday() > 5 {
        lines.push(s(M::CalMakeUp).to_string());
    }
    if !d.due.is_empty() {
        lines.push(t(M::CalDue, &[&d.due.len()]));
    }
    lines.join("\n")
}

fn grid(title: String, days: &[Day], today: NaiveDate) -> Listing {
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

fn holidays(days: &[Day]) -> Listing {
    let rows = days
        .iter()
        .filter_map(|d| {
            d.holiday.map(|h| {
                vec![
                    crate::i18n::day(d.date),
                    format!("* {}", crate::render::labels::holiday_short(h)),
                    crate::render::labels::holiday_name(h).to_string(),
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

fn deadlines(tasks: &[DueTask]) -> Listing {
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
fn day_rows(title: String, days: &[Day], json: Value) -> Listing {
    let rows = days
        .iter()
        .map(|d| {
            let wd = d.date.weekday();
            vec![
                crate::i18n::date(d.date),
                crate::i18n::weekday(wd).to_string(),
                d.lunar
                    .as_ref()
                    .map(|l| crate::render::lunar::lunar_phrase(l, lang()))
                    .unwrap_or_default(),
                d.holiday
                    .map(crate::render::labels::holiday_name)
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
        json,
        ..Listing::default()
    }
}
