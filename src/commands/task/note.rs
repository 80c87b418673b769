//! `task note`: a progress note on a task's timeline (e.g. the unit's answer).

use super::event_date;
use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::model::{Event, RecordKind};
use crate::render::View;
use crate::render::listings::TaskNote;
use crate::store::tasks::live_task;

#[derive(Debug, clap::Args)]
pub struct NoteArgs {
    /// The task's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The note
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// The day of the note (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn note(ctx: &Ctx, a: NoteArgs) -> Result<View> {
    let id = a.id;
    let text = crate::input::user_text(&a.text.join(" "))?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), id, ctx.task_asof())?;
    let date = event_date(ctx, &task, a.date.as_deref())?;
    let note_id = tx.add_task_event(id, date, Event::Note, Some(&text), (None, None))?;
    tx.finish(&t(M::UndoTaskNote, &[&id]), ctx.dry_run)?;
    let note = TaskNote {
        id: note_id,
        record: RecordKind::Note,
        task: id,
        date,
        text,
    };
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(M::TaskNoted, &[&note_id, &id]),
        note,
    ))))
}
