//! `edit` of a task: title, due date, priority, plan, unit, major mark, field, documents.
//! A change of due date, unit or plan goes on the task's timeline with its `--reason`.

use super::Args;
use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::{Task, TaskChange};
use crate::render::View;
use crate::render::message::Message;
use crate::store::edits::{Change, task_unit_id};
use crate::store::tasks::{NewTask, get_task};
use crate::store::{self, WriteTx};
use crate::text::shorthand;

/// Rewrites task `a.id` from the options, keeping what they do not name.
pub fn apply(ctx: &Ctx, tx: &WriteTx, a: &Args, text: Option<String>) -> Result<View> {
    let conn = tx.db();
    let old = get_task(conn, a.id, ctx.task_asof())?;
    let (o, m) = (&a.opts, &a.more);
    let title = text.unwrap_or_else(|| old.title.clone());
    let due = match &m.due {
        Some(d) => Some(parse_date(d, ctx.today(), Dir::Future, ctx.cal())?),
        None => old.due,
    };
    let plan = match &m.plan {
        Some(p) => Some(crate::input::plan_label(p, ctx.today(), ctx.cal())?.label),
        None => old.plan.clone(),
    };
    let old_unit = task_unit_id(conn, a.id)?;
    let unit = match o.units.as_slice() {
        [] => old_unit,
        [u] => Some(crate::ops::unit_for_new_work(ctx, conn, u, ctx.today())?),
        [_, second, ..] => return Err(Error::input(M::EditOneUnit, &[&second])),
    };
    let field = match &o.field {
        Some(f) => Some(store::units::resolve_field(conn, f)?),
        None => old.field.clone(),
    };
    let (tags, mentions) = tags_and_mentions(ctx, tx, a, &old, &title)?;
    let new = NewTask {
        title,
        due,
        priority: m.priority.unwrap_or(old.priority),
        plan,
        unit,
        major: if m.major || m.no_major { m.major } else { old.major },
        field,
        tags,
        docs: if o.docs.is_empty() {
            old.docs.clone()
        } else {
            crate::ops::cited_numbers(conn, &o.docs)?
        },
    };
    let reason = m.reason.as_deref().map(crate::input::user_text).transpose()?;
    let changes = changes(tx, &old, old_unit, &new, reason.as_deref())?;
    if reason.is_some() && changes.is_empty() {
        return Err(Error::input(M::EditReasonAlone, &[]));
    }
    tx.update_task(a.id, &new, &mentions)?;
    for c in &changes {
        tx.add_task_change(a.id, ctx.today(), c)?;
    }
    let task = get_task(tx.db(), a.id, ctx.task_asof())?;
    let mut lines = vec![t(M::Updated, &[&a.id])];
    lines.extend(crate::ops::due_before_assigned(&task));
    Ok(Message { lines, json: task }.into())
}

/// The tags (`-t` and the title's `#tags`, else the old ones) and the units the title
/// mentions with `@alias` (checked; a mention does not assign the task).
fn tags_and_mentions(
    ctx: &Ctx,
    tx: &WriteTx,
    a: &Args,
    old: &Task,
    title: &str,
) -> Result<(Vec<String>, Vec<i64>)> {
    let sh = shorthand(title);
    let old_inline = shorthand(&old.title).tags;
    let mut tags: Vec<String> = if a.opts.tags.is_empty() {
        old.tags
            .iter()
            .filter(|t| !old_inline.contains(t))
            .cloned()
            .collect()
    } else {
        a.opts.tags.iter().map(|t| crate::text::tag(t)).collect()
    };
    for tag in sh.tags {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let mut mentions = Vec::new();
    for u in &sh.units {
        let id = crate::ops::unit_for_new_work(ctx, tx.db(), u, ctx.today())?;
        if !mentions.contains(&id) {
            mentions.push(id);
        }
    }
    Ok((tags, mentions))
}

/// What changed in the due date, the unit and the plan, for the timeline.
fn changes<'a>(
    tx: &WriteTx,
    old: &Task,
    old_unit: Option<i64>,
    new: &NewTask,
    reason: Option<&'a str>,
) -> Result<Vec<Change<'a>>> {
    let mut v = Vec::new();
    if old.due != new.due {
        v.push(Change {
            what: TaskChange::Due,
            old: old.due.map(|d| d.to_string()),
            new: new.due.map(|d| d.to_string()),
            reason,
        });
    }
    if old_unit != new.unit {
        let alias = |id: Option<i64>| -> Result<Option<String>> {
            Ok(id
                .map(|u| store::units::get_unit(tx.db(), u))
                .transpose()?
                .map(|u| u.alias))
        };
        v.push(Change {
            what: TaskChange::Unit,
            old: alias(old_unit)?,
            new: alias(new.unit)?,
            reason,
        });
    }
    if old.plan != new.plan {
        v.push(Change {
            what: TaskChange::Plan,
            old: old.plan.clone(),
            new: new.plan.clone(),
            reason,
        });
    }
    Ok(v)
}
