//! `worklog report review [--since DATE] [--until DATE]`: reads what the stock-take
//! needs, computes it (`report::review`) and shows it (`render::reports::review`) in
//! sections I–IV.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::doc::admin::Issuer;
use crate::render::reports::review::ReviewView;
use crate::report::review::{ReviewInput, compute};
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
        ctx.task_asof(),
    )?;
    let documents = list_documents(conn, &DocFilter::default())?;
    let mut cites = HashMap::new();
    for d in &documents {
        if let Some(n) = &d.number {
            cites.insert(d.id, citations(conn, &doc_key(n))?);
        }
    }
    let fields: HashMap<String, String> = store.fields()?.into_iter().map(|f| (f.key, f.name)).collect();
    let kinds = crate::render::labels::kinds(&ctx.config.kinds);
    let followups = crate::ops::followups_report(ctx, conn, None)?;
    let ever_required = crate::store::documents::ever_required(conn)?;
    let proposals = crate::store::proposals::proposals(conn, false)?;
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
        ever_required: &ever_required,
        proposals: &proposals,
    });
    // "Before Tết" rests on the break: say when it is only computed.
    let note = a
        .until
        .is_none()
        .then(|| crate::ops::tet_computed_note(ctx, 366))
        .flatten();
    Ok(View::Typed(Box::new(crate::render::noted::Noted {
        view: ReviewView {
            report,
            today,
            tet: tet_name(ctx),
            issuer: Issuer::new(&ctx.config, today),
            units: store
                .units(true)?
                .into_iter()
                .map(|u| (u.alias, u.name))
                .collect(),
        },
        note,
    })))
}

/// "Quý Mão 2023": the coming Lunar New Year, as report headings name it.
pub fn tet_name(ctx: &Ctx) -> String {
    match ctx.cal().next_tet(ctx.today()) {
        Ok(d) => format!("{} {}", crate::calendar::year_name(d.year()), d.year()),
        Err(_) => String::new(),
    }
}
