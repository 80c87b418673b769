//! `report month --submit`, `--submissions` and `--as-submitted [N]`: a month report's
//! submitted versions. Each submission is a new frozen copy beside the earlier ones,
//! never overwritten; a re-submission says so (and asks first on a terminal).

use super::month::{build, next_tasks, records};
use crate::app::Ctx;
use crate::dates::Period;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::doc::admin::Issuer;
use crate::render::listings::submissions::{AsSubmitted, SubmissionList, SubmissionRow};
use crate::render::reports::month::MonthView;
use crate::report::submission::{Frozen, amendments};
use crate::store::{self, Store};

/// `--submit`: freezes the report, its records' fingerprints and its next period's tasks
/// as a new version; earlier versions are kept. Re-submitting says so, and on a terminal
/// asks first (before the write transaction opens: no lock while the user answers).
pub fn submit(ctx: &Ctx, p0: &Period) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let report = build(ctx, &store, p0)?;
    let frozen = Frozen {
        records: records(&store, &report)?,
        next: Some(next_tasks(ctx, &store, &report)?),
        issuer: Some(Issuer::new(&ctx.config, ctx.today())),
        content: Some(crate::ops::month_content(ctx, &store, &report.period)?),
        report,
    };
    let earlier = store::submissions::all(store.db(), "month", &p0.label)?;
    if let Some((_, at, _)) = earlier.last() {
        if crate::render::prompt::interactive() && !confirm_resubmit(&p0.label, earlier.len(), at)? {
            return Err(Error::input(M::RResubmitDeclined, &[&p0.label]));
        }
    }
    let content = frozen.to_json().map_err(|e| Error::fail(M::DbError, &[&e]))?;
    let tx = store.begin_write()?;
    // Another process may have submitted meanwhile: the version is counted under the lock.
    let versions = store::submissions::all(tx.db(), "month", &p0.label)?;
    let now = tx.stamp();
    store::submissions::insert(tx.db(), "month", &p0.label, &content, &now)?;
    tx.finish(&t(M::UndoSubmit, &[&p0.label]), ctx.dry_run)?;
    let mut report = frozen.report;
    report.submitted_at = Some(now.clone());
    report.amendments = Some(Vec::new());
    let period = crate::render::labels::period_phrase(p0);
    let line = match versions.last() {
        None => t(M::RSubmitted, &[&period, &crate::i18n::stamp(&now)]),
        Some((_, at, content)) => {
            let before = Frozen::from_json(content).map_err(|e| Error::fail(M::DbError, &[&e]))?;
            let changes = amendments(&before.records, &frozen.records).len();
            t(
                M::RResubmitted,
                &[
                    &period,
                    &crate::i18n::stamp(&now),
                    &(versions.len() + 1),
                    &versions.len(),
                    &crate::i18n::stamp(at),
                    &changes,
                ],
            )
        }
    };
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, report,
    ))))
}

/// Asks whether to submit one more version of `label`; `false` unless the answer is yes.
fn confirm_resubmit(label: &str, count: usize, last_at: &str) -> Result<bool> {
    let q = t(
        M::RResubmitQuestion,
        &[
            &crate::render::labels::plan_period_phrase(label),
            &count,
            &crate::i18n::stamp(last_at),
        ],
    );
    let answer = crate::render::prompt::ask(&q)?.unwrap_or_default();
    Ok(matches!(
        crate::text::fold(answer.trim()).as_str(),
        "y" | "yes" | "c" | "co" | "dong y"
    ))
}

/// Every submitted version of the month `label`, oldest first: id, when, what it froze.
fn versions(store: &Store, label: &str) -> Result<Vec<(i64, String, Frozen)>> {
    store::submissions::all(store.db(), "month", label)?
        .into_iter()
        .map(|(id, at, content)| {
            let frozen = Frozen::from_json(&content).map_err(|e| Error::fail(M::DbError, &[&e]))?;
            Ok((id, at, frozen))
        })
        .collect()
}

/// `--as-submitted [N]`: version N (the last when none is given) as it was submitted,
/// its document included (its "next period" as it listed then), saying when.
pub fn as_submitted(ctx: &Ctx, label: &str, version: Option<usize>) -> Result<View> {
    let store = ctx.store_ro()?;
    let mut all = versions(&store, label)?;
    if all.is_empty() {
        return Err(Error::input(M::RNotSubmitted, &[&label]).hint(M::RNotSubmittedHint, &[&label]));
    }
    let of = all.len();
    let n = version.unwrap_or(of);
    if n == 0 || n > of {
        return Err(
            Error::input(M::RNoSuchVersion, &[&label, &n, &of]).hint(M::RNoSuchVersionHint, &[&label])
        );
    }
    let (_, at, frozen) = all.swap_remove(n - 1);
    let mut report = frozen.report;
    report.submitted_at = Some(at.clone());
    let next = frozen.next.unwrap_or_default();
    // The copy as it was, its document included: who issued it, to whom, and what its
    // sections said then (copies of older builds: the counters and today's issuer).
    let inner = MonthView {
        report,
        next,
        content: frozen.content.unwrap_or_default(),
        issuer: frozen
            .issuer
            .unwrap_or_else(|| Issuer::new(&ctx.config, ctx.today())),
        utf8: ctx.out.utf8,
    };
    Ok(View::Typed(Box::new(AsSubmitted {
        view: inner,
        version: n,
        of,
        submitted_at: at,
    })))
}

/// `--submissions`: each version with when it was submitted and what changed since the
/// one before.
pub fn list(ctx: &Ctx, label: &str) -> Result<View> {
    let store = ctx.store_ro()?;
    let all = versions(&store, label)?;
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, (id, at, frozen))| SubmissionRow {
            version: i + 1,
            id: *id,
            submitted_at: at.clone(),
            changes: match i {
                0 => Vec::new(),
                _ => amendments(&all[i - 1].2.records, &frozen.records),
            },
        })
        .collect();
    Ok(View::Typed(Box::new(SubmissionList {
        period: label.to_string(),
        rows,
    })))
}
