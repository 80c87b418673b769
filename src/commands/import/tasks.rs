//! Tasks from taskwarrior: each with its notes, its start or completion, and a note of
//! what taskwarrior knew that worklog has no field for; the uuids are the import's
//! provenance, so the same task is not imported twice.

use super::{File, lines, refuse_existing, refuse_same_file};
use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::import::Summary;
use crate::import::taskwarrior::TwTask;
use crate::model::{Event, TaskStatus};
use crate::render::View;
use crate::render::message::Message;
use crate::render::progress::Progress;
use crate::store::{WriteTx, imports, tasks::NewTask};
use serde::Serialize;
use std::collections::HashMap;

/// `--format json` of `--from taskwarrior`.
#[derive(Serialize)]
struct TasksImported {
    imported: usize,
    tasks: usize,
    skipped: usize,
    file: String,
    dry_run: bool,
    summary: Summary,
}

fn key(uuid: &str) -> String {
    format!("taskwarrior:{uuid}")
}

pub(super) fn run(ctx: &Ctx, file: &File) -> Result<View> {
    let shown = file.shown;
    let mut store = ctx.store_rw()?;
    let tw = crate::import::taskwarrior::read(file.bytes, shown, ctx.today())?;
    if tw.tasks.is_empty() && tw.skipped == 0 {
        return Ok(super::nothing(ctx, shown));
    }
    let tx = store.begin_write()?;
    refuse_same_file(tx.db(), file)?;
    let keys: Vec<String> = tw
        .tasks
        .iter()
        .filter(|t| !t.uuid.is_empty())
        .map(|t| key(&t.uuid))
        .collect();
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let named: Vec<String> = imports::existing_keys(tx.db(), &refs)?
        .into_iter()
        .map(|x| t(M::ImportWhere, &[&format!("#{}", x.record_id), &x.key]))
        .collect();
    refuse_existing(file, &named)?;
    let progress = Progress::new(Some(tw.tasks.len() as u64), ctx.out.quiet);
    let items = insert_tasks(&tx, &tw.tasks, &progress)?;
    drop(progress);
    tx.record_import("taskwarrior", shown, &file.digest, &items)?;
    let n = tw.tasks.len();
    tx.finish(&t(M::UndoImportTasks, &[&n, &shown]), ctx.dry_run)?;
    let m = if ctx.dry_run {
        M::ImportTasksWould
    } else {
        M::ImportedTasks
    };
    let json = TasksImported {
        imported: if ctx.dry_run { 0 } else { n },
        tasks: n,
        skipped: tw.skipped,
        file: shown.to_string(),
        dry_run: ctx.dry_run,
        summary: tw.summary.clone(),
    };
    Ok(Message {
        lines: lines(t(m, &[&n, &shown, &tw.skipped]), &tw.summary),
        json,
    }
    .into())
}

/// Inserts the tasks; returns (id, source key) of each.
fn insert_tasks(tx: &WriteTx, tasks: &[TwTask], progress: &Progress) -> Result<Vec<(i64, String)>> {
    let mut ids: HashMap<&str, i64> = HashMap::new();
    let mut items = Vec::new();
    for tw in tasks {
        let task = NewTask {
            title: tw.title.clone(),
            due: tw.due,
            priority: tw.priority,
            tags: tw.tags.clone(),
            ..NewTask::default()
        };
        let id = tx.insert_task(&task, tw.assigned)?;
        progress.inc(1);
        if !tw.uuid.is_empty() {
            ids.insert(&tw.uuid, id);
        }
        let k = if tw.uuid.is_empty() {
            format!("taskwarrior:#{id}")
        } else {
            key(&tw.uuid)
        };
        items.push((id, k));
        for (date, text) in &tw.notes {
            tx.add_task_event(id, *date, Event::Note, Some(text), (None, None))?;
        }
        if let Some(d) = tw.started {
            tx.set_task_status(id, TaskStatus::Doing, d)?;
            tx.add_task_event(id, d, Event::Start, None, (None, None))?;
        }
        if let Some(d) = tw.done_on {
            tx.set_task_status(id, TaskStatus::Done, d)?;
            tx.add_task_event(id, d, Event::Done, None, (None, None))?;
        }
    }
    // The note of what taskwarrior knew, once every task has its id (for `depends`).
    for (tw, (id, _)) in tasks.iter().zip(&items) {
        let mut parts: Vec<String> = tw.extra.iter().map(|(k, v)| format!("{k} {v}")).collect();
        for uuid in &tw.depends {
            let on = ids
                .get(uuid.as_str())
                .map(|i| format!("#{i}"))
                .unwrap_or_else(|| uuid.clone());
            parts.push(t(M::ImportTwDependsOn, &[&on]));
        }
        if !parts.is_empty() {
            let note = t(M::ImportTwNote, &[&parts.join(" · ")]);
            tx.add_task_event(*id, tw.assigned, Event::Note, Some(&note), (None, None))?;
        }
    }
    Ok(items)
}
