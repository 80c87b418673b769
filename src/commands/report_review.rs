//! `worklog report review [--since DATE] [--until DATE]`: reads what the stock-take
//! needs, computes it (`report::review`) and lays it out in sections I–IV.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::render::{Listing, View, to_json};
use crate::report::review::{ReviewInput, ReviewReport, compute};
use crate::store::EntryFilter;
use crate::store::documents::{DocFilter, citations, list_documents};
use crate::store::tasks::{TaskFilter, TaskState};
use crate::text::doc_key;
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report review\n  worklog report review --since 01/07/2022 --until 20/01/2023 --format md\n\nDefaults: --since is 1 January of this year; --until is the last working day before\nthe coming Tết break."
)]
pub struct Args {
    /// The start of the work counted (default: 1 January of this year)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// The date open tasks must be finished by (default: the last working day before Tết)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub until: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let today = ctx.today();
    let since = match a.since.as_deref() {
        Some(d) => parse_date(d, today, Dir::Past, ctx.cal())?,
        None => NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today),
    };
    if since > today {
        return Err(Error::input(M::ReviewSinceFuture, &[&crate::i18n::date(since)]));
    }
    let until = match a.until.as_deref() {
        Some(d) => parse_date(d, today, Dir::Future, ctx.cal())?,
        None => ctx.cal().last_working_day_before_tet_break(today)?,
    };
    let store = ctx.store_ro()?;
    let conn = store.db();
    let entries = store.entries(&EntryFilter {
        from: Some(since),
        to: Some(today),
        ..EntryFilter::default()
    })?;
    let tasks = store.tasks(
        &TaskFilter {
            state: TaskState::All,
            ..TaskFilter::default()
        },
        super::task::asof(ctx),
    )?;
    let documents = list_documents(conn, &DocFilter::default())?;
    let mut cites = HashMap::new();
    for d in &documents {
        if let Some(n) = &d.number {
            cites.insert(d.id, citations(conn, &doc_key(n))?);
        }
    }
    let fields: HashMap<String, String> = store.fields()?.into_iter().map(|f| (f.key, f.name)).collect();
    let kinds = crate::render::labels::kinds(&ctx.config);
    let followups = super::report_followups::build(ctx, conn, None)?;
    let report = compute(ReviewInput {
        since,
        until,
        today,
        entries: &entries,
        kinds: &kinds,
        tasks: &tasks,
        documents: &documents,
        citations: &cites,
        fields: &fields,
        followups: followups.units,
    });
    if let Some(v) =
        super::report_doc::document_view(ctx, || Ok(super::report_doc::review_document(ctx, &report)))?
    {
        return Ok(v);
    }
    let json = to_json(&report)?;
    Ok(View::Sections {
        sections: sections(ctx, &report)?,
        json,
    })
}

fn headers(ms: &[M]) -> Vec<String> {
    ms.iter().map(|m| s(*m).to_string()).collect()
}

fn sections(ctx: &Ctx, r: &ReviewReport) -> Result<Vec<Listing>> {
    let today = ctx.today();
    let mut out = Vec::new();
    // I. Work done, by month and kind.
    let mut rows = Vec::new();
    for m in &r.work_done.by_month {
        for k in &m.by_kind {
            rows.push(vec![
                m.month.clone(),
                k.label.clone(),
                k.count.to_string(),
                k.minutes.to_string(),
            ]);
        }
        rows.push(vec![
            m.month.clone(),
            s(M::LTotal).to_string(),
            m.total.to_string(),
            m.minutes.to_string(),
        ]);
    }
    let mut l = Listing::new(
        headers(&[M::LMonth, M::LKind, M::LCount, M::LMinutes]),
        rows,
        &r.work_done,
    )?;
    l.title = Some(t(
        M::ReviewWorkDone,
        &[&crate::i18n::date(r.since), &crate::i18n::date(today)],
    ));
    out.push(l);
    let mut l = super::task::task_listing(&r.work_done.tasks_done)?;
    l.title = Some(s(M::ReviewTasksDone).to_string());
    out.push(l);
    let mut l = super::task::task_listing(&r.must_finish)?;
    l.title = Some(t(
        M::ReviewMustFinish,
        &[&crate::i18n::date(r.until), &tet_name(ctx)],
    ));
    out.push(l);
    // II. Documents by field.
    let mut rows = Vec::new();
    for f in &r.documents_by_field {
        let field = match (&f.field, &f.name) {
            (Some(k), Some(n)) => format!("{k} · {n}"),
            (Some(k), None) => k.clone(),
            _ => s(M::NoField).to_string(),
        };
        for d in &f.documents {
            let cited = d
                .cited_by
                .iter()
                .map(|c| format!("#{} {}", c.id, c.text))
                .collect::<Vec<_>>()
                .join("; ");
            rows.push(vec![
                field.clone(),
                d.number.clone().unwrap_or_default(),
                d.title.clone(),
                crate::render::labels::level_label(&d.level).to_string(),
                crate::render::labels::doc_status_label(&d.status).to_string(),
                cited,
            ]);
        }
    }
    let mut l = Listing::new(
        headers(&[
            M::LField,
            M::LNumber,
            M::LDocTitle,
            M::LLevel,
            M::LStatus,
            M::LCitedBy,
        ]),
        rows,
        &r.documents_by_field,
    )?;
    l.title = Some(s(M::ReviewDocuments).to_string());
    l.empty = Some(s(M::NoResults).to_string());
    out.push(l);
    // III. Follow-ups not yet carried out.
    let mut rows = Vec::new();
    for u in &r.followups_pending {
        for f in &u.followups {
            rows.push(vec![
                u.unit.clone(),
                format!("#{}", f.id),
                f.title.clone(),
                crate::i18n::date(f.assigned),
                f.due.map(crate::i18n::date).unwrap_or_default(),
                f.age_days.to_string(),
                super::report_followups::item_marks(f),
                super::report_followups::blockers_text(f),
            ]);
        }
    }
    let mut l = Listing::new(
        headers(&[
            M::LUnit,
            M::LId,
            M::LTitle,
            M::LAssigned,
            M::LDue,
            M::LAge,
            M::LMarks,
            M::LBlockers,
        ]),
        rows,
        &r.followups_pending,
    )?;
    l.title = Some(s(M::ReviewFollowups).to_string());
    l.empty = Some(s(M::FollowupsNone).to_string());
    out.push(l);
    // IV. Documents issued against required.
    let rows = r
        .document_counts
        .iter()
        .map(|c| {
            vec![
                crate::render::labels::level_label(&c.level).to_string(),
                c.field.clone().unwrap_or_else(|| s(M::NoField).to_string()),
                c.issued.to_string(),
                c.required.to_string(),
            ]
        })
        .collect();
    let mut l = Listing::new(
        headers(&[M::LLevel, M::LField, M::LIssued, M::LRequired]),
        rows,
        &r.document_counts,
    )?;
    l.title = Some(s(M::ReviewCounts).to_string());
    l.empty = Some(s(M::NoResults).to_string());
    let issued: usize = r.document_counts.iter().map(|c| c.issued).sum();
    let required: usize = r.document_counts.iter().map(|c| c.required).sum();
    l.footer = Some(t(M::ReviewCountsTotal, &[&issued, &required]));
    out.push(l);
    Ok(out)
}

/// "Quý Mão 2023": the coming Lunar New Year, as report headings name it.
pub fn tet_name(ctx: &Ctx) -> String {
    match ctx.cal().next_tet(ctx.today()) {
        Ok(d) => format!("{} {}", crate::calendar::year_name(d.year()), d.year()),
        Err(_) => String::new(),
    }
}
