//! `worklog show ID`: any record by id, whatever its kind. The command reads the typed
//! record (and what belongs with it: a task's timeline and blockers, what cites a
//! document); `render::details` shows it.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::details::{Details, RemovedDetails};
use crate::store::facts::FactAsof;
use crate::store::records::{RecordKind, kind_of};
use crate::store::tasks::Asof;
use crate::store::{self};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The record's id (12 or #12)
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let conn = store.db();
    let (kind, deleted) = kind_of(conn, a.id)?;
    let details = match kind {
        RecordKind::Entry => {
            let entry = store::entries::get_entry(conn, a.id)?;
            let kind_label = crate::render::labels::kind_label(&ctx.config.kinds, &entry.kind);
            Details::Entry { entry, kind_label }
        }
        RecordKind::Task => {
            let asof = Asof {
                today: ctx.today(),
                stale_days: ctx.config.stale_days,
            };
            let task = store::tasks::get_task(conn, a.id, asof)?;
            let timeline = store::tasks::timeline(conn, &task)?;
            let blockers = if task.blockers.is_empty() {
                Vec::new()
            } else {
                let all = store::blockers::list_blockers(conn, true, None, ctx.today())?;
                all.into_iter().filter(|b| b.task == Some(task.id)).collect()
            };
            Details::Task {
                task,
                timeline,
                blockers,
            }
        }
        RecordKind::Document => {
            let doc = store::documents::get_document(conn, a.id)?;
            let cites = match doc.number.as_deref().map(crate::text::doc_key) {
                Some(k) => store::documents::citations(conn, &k)?,
                None => Vec::new(),
            };
            Details::Document { doc, cites }
        }
        RecordKind::Note => Details::Note(store::records::get_note(conn, a.id)?),
        RecordKind::Plan => Details::Plan(store::records::get_plan(conn, a.id)?),
        RecordKind::Goal => Details::Goal(store::records::get_goal(conn, a.id)?),
        RecordKind::Contingency => Details::Contingency(store::records::get_contingency_record(conn, a.id)?),
        RecordKind::Blocker => Details::Blocker(store::blockers::get_blocker(conn, a.id, ctx.today())?),
        RecordKind::Fact => {
            let asof = FactAsof {
                today: ctx.today(),
                stale_days: ctx.config.fact_stale_days,
            };
            let history = store::edits::fact_history(conn, a.id)?;
            Details::Fact {
                fact: store::facts::get_fact(conn, a.id, asof)?,
                history,
            }
        }
        RecordKind::Unit => Details::Unit(store::units::get_unit(conn, a.id)?),
        RecordKind::Field => Details::Field(store::units::get_field(conn, a.id)?),
        RecordKind::Submission => Details::Submission(store::records::get_submission(conn, a.id)?),
        RecordKind::Consultation => Details::Consultation(store::consults::get_consultation(conn, a.id)?),
        // Proposals have no command yet: shown as their kind and id.
        RecordKind::Proposal => {
            return Err(crate::error::Error::input(
                crate::i18n::M::ProposalNotYet,
                &[&a.id],
            ));
        }
    };
    if deleted {
        let deleted_at = store::records::deleted_at(conn, kind, a.id)?.unwrap_or_default();
        return Ok(View::Typed(Box::new(RemovedDetails { details, deleted_at })));
    }
    Ok(View::Typed(Box::new(details)))
}
