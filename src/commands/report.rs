//! `worklog report`: reports computed in `report/` from rows the store gathers, then
//! rendered as a table, Markdown, CSV or JSON. This file only chooses the period, fetches
//! and formats.

use crate::app::Ctx;
use crate::dates::{PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::render::{Listing, View, to_json};
use crate::report::week::{WeekReport, compute};
use crate::store::plans::{find_plan, week_input};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// A week's plan against its result, with the week's arising work
    #[command(
        after_long_help = "Examples:\n  worklog report week\n  worklog report week last-week --format md"
    )]
    Week {
        /// The week (default: this week): week, last-week, 2022-W50…
        period: Option<String>,
    },
    /// Work assigned to units and not done: major first, oldest first, with blockers
    Followups(super::report_followups::Args),
    /// The four-part stock-take: work done, documents, pending follow-ups, documents issued/required
    Review(super::report_review::Args),
    /// Monthly statistics: worklog report month [2022-12] [--submit]
    Month(super::report_month::MonthArgs),
    /// Yearly statistics: worklog report year [2022]
    Year(super::report_month::YearArgs),
    /// Statistics of any span: worklog report range 01/12/2022 15/12/2022
    Range(super::report_month::RangeArgs),
    /// An office head's roll-up of several officials' `report month --format json` files
    Merge(super::report_merge::Args),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Week { period } => week(ctx, period.as_deref()),
        Cmd::Followups(a) => super::report_followups::run(ctx, a),
        Cmd::Review(a) => super::report_review::run(ctx, a),
        Cmd::Month(a) => super::report_month::month(ctx, a),
        Cmd::Year(a) => super::report_month::year(ctx, a),
        Cmd::Range(a) => super::report_month::range(ctx, a),
        Cmd::Merge(a) => super::report_merge::run(ctx, a),
    }
}

fn week(ctx: &Ctx, period: Option<&str>) -> Result<View> {
    let input = period.unwrap_or("week");
    let p = parse_period(input, ctx.today(), ctx.cal())?;
    if p.kind != PeriodKind::Week {
        return Err(Error::input(M::NotAWeek, &[&input]).hint(M::NotAWeekHint, &[]));
    }
    let store = ctx.store_ro()?;
    let plan = find_plan(store.db(), &p.label)?;
    let report = compute(&week_input(store.db(), &p, plan)?);
    week_view(&report, None)
}

/// The sections of a plan report; `headline` (e.g. "closed") goes under the title.
pub fn week_view(r: &WeekReport, headline: Option<String>) -> Result<View> {
    let kind = if r.period.kind == "month" {
        s(M::PlanMonth)
    } else {
        s(M::PlanWeek)
    };
    let mut title = t(
        M::ReportWeekTitle,
        &[
            &kind,
            &r.period.label,
            &crate::i18n::date(r.period.from),
            &crate::i18n::date(r.period.to),
        ],
    );
    if let Some(d) = r.closed_on {
        title.push_str(&t(M::PlanClosedOn, &[&crate::i18n::date(d)]));
    }
    let headers = |ms: &[M]| ms.iter().map(|m| s(*m).to_string()).collect::<Vec<_>>();
    let rows = r
        .items
        .iter()
        .map(|i| {
            let mut result = crate::render::labels::result_label(i.result).to_string();
            if let Some(to) = &i.carried_to {
                result = format!("{result} → {to}");
            }
            vec![
                format!("#{}", i.id),
                i.title.clone(),
                result,
                i.reason.clone().unwrap_or_default(),
                if i.carried > 0 {
                    i.carried.to_string()
                } else {
                    String::new()
                },
            ]
        })
        .collect();
    let mut items = Listing::new(
        headers(&[M::LId, M::LTitle, M::LResult, M::LReason, M::LCarried]),
        rows,
        &r.items,
    )?;
    items.title = Some(title);
    items.empty = Some(s(M::PlanNoItems).to_string());
    let c = &r.results;
    let mut footer = vec![t(
        M::ReportResultCounts,
        &[
            &r.items.len(),
            &c.done,
            &c.in_progress,
            &c.not_done,
            &c.carried,
            &c.dropped,
        ],
    )];
    if let Some(n) = &r.note {
        footer.push(t(M::PlanCloseNote, &[n]));
    }
    if let Some(h) = headline {
        footer.push(h);
    }
    items.footer = Some(footer.join("\n"));
    let mut sections = vec![items];

    if !r.goals.is_empty() {
        let rows = r
            .goals
            .iter()
            .map(|g| vec![format!("#{}", g.id), g.text.clone()])
            .collect();
        let mut l = Listing::new(headers(&[M::LId, M::LGoal]), rows, &r.goals)?;
        l.title = Some(s(M::PlanGoals).to_string());
        sections.push(l);
    }
    if !r.contingencies.is_empty() {
        let rows = r
            .contingencies
            .iter()
            .map(|c| {
                let status = match c.triggered_on {
                    Some(d) if c.status != "open" => format!(
                        "{} {}",
                        crate::render::labels::contingency_status_label(&c.status),
                        crate::i18n::date(d)
                    ),
                    _ => crate::render::labels::contingency_status_label(&c.status).to_string(),
                };
                vec![
                    format!("#{}", c.id),
                    c.situation.clone(),
                    c.response.clone(),
                    status,
                    c.outcome.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let mut l = Listing::new(
            headers(&[M::LId, M::LSituation, M::LResponse, M::LStatus, M::LOutcome]),
            rows,
            &r.contingencies,
        )?;
        l.title = Some(s(M::PlanContingencies).to_string());
        sections.push(l);
    }

    let e = &r.entries;
    let percent = format!("{:.0}%", e.arising_share * 100.0);
    let rows = vec![
        vec![s(M::REntriesTotal).to_string(), e.total.to_string()],
        vec![s(M::REntriesPlanned).to_string(), e.planned.to_string()],
        vec![s(M::REntriesArising).to_string(), e.arising.to_string()],
        vec![s(M::REntriesArisingShare).to_string(), percent],
    ];
    let mut l = Listing::new(headers(&[M::LItem, M::LValue]), rows, &r.entries)?;
    l.title = Some(s(M::REntriesTitle).to_string());
    sections.push(l);

    if !r.arising_work.is_empty() {
        let rows = r
            .arising_work
            .iter()
            .map(|a| {
                vec![
                    format!("#{}", a.id),
                    crate::i18n::date(a.date),
                    a.text.clone(),
                    a.task.map(|t| format!("#{t}")).unwrap_or_default(),
                ]
            })
            .collect();
        let mut l = Listing::new(
            headers(&[M::LId, M::LDate, M::LText, M::LTask]),
            rows,
            &r.arising_work,
        )?;
        l.title = Some(s(M::RArisingTitle).to_string());
        let triggered: Vec<String> = r
            .contingencies
            .iter()
            .filter(|c| c.status == "triggered" || c.triggered_on.is_some())
            .map(|c| {
                t(
                    M::RTriggeredLine,
                    &[
                        &c.id,
                        &c.situation,
                        &c.triggered_on.map(crate::i18n::date).unwrap_or_default(),
                        &c.outcome.clone().unwrap_or_default(),
                    ],
                )
            })
            .collect();
        if !triggered.is_empty() {
            l.footer = Some(format!("{}\n{}", s(M::RTriggeredTitle), triggered.join("\n")));
        }
        sections.push(l);
    }
    Ok(View::Sections {
        sections,
        json: to_json(r)?,
    })
}
