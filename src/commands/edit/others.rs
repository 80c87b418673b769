//! `edit` of a document, a fact, a unit, a field, a blocker, a contingency or a goal:
//! the text the editor opens on, and the rewrite from the options.

use super::Args;
use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::input::user_text;
use crate::model::UnitKind;
use crate::render::View;
use crate::render::message::Message;
use crate::store::documents::{NewDocument, get_document};
use crate::store::facts::{NewFact, get_fact};
use crate::store::{self, Db, RecordKind, WriteTx};

/// The text a record's editor session opens on: what a TEXT argument replaces.
pub fn main_text(ctx: &Ctx, db: Db<'_>, kind: RecordKind, id: i64) -> Result<String> {
    Ok(match kind {
        RecordKind::Entry => store::entries::get_entry(db, id)?.text,
        RecordKind::Task => store::tasks::get_task(db, id, ctx.task_asof())?.title,
        RecordKind::Document => get_document(db, id)?.title,
        RecordKind::Fact => get_fact(db, id, ctx.fact_asof())?.text,
        RecordKind::Unit => store::units::get_unit(db, id)?.name,
        RecordKind::Field => store::units::get_field(db, id)?.name,
        RecordKind::Blocker => store::blockers::get_blocker(db, id, ctx.today())?.text,
        RecordKind::Contingency => store::records::get_contingency_record(db, id)?.situation,
        RecordKind::Goal => store::records::get_goal(db, id)?.text,
        RecordKind::Consultation => store::consults::get_consultation(db, id)?.text,
        RecordKind::Proposal => store::proposals::get_proposal(db, id)?.text,
        RecordKind::Note | RecordKind::Plan | RecordKind::Submission => String::new(),
    })
}

/// Rewrites record `a.id` of `kind` (neither an entry nor a task).
pub fn apply(ctx: &Ctx, tx: &WriteTx, kind: RecordKind, a: &Args, text: Option<String>) -> Result<View> {
    let line = t(M::Updated, &[&a.id]);
    let db = tx.db();
    Ok(match kind {
        RecordKind::Document => {
            document(ctx, tx, a, text)?;
            Message::line(line, get_document(db, a.id)?).into()
        }
        RecordKind::Fact => {
            fact(ctx, tx, a, text)?;
            Message::line(line, get_fact(db, a.id, ctx.fact_asof())?).into()
        }
        RecordKind::Unit => {
            let u = store::units::get_unit(db, a.id)?;
            let name = pick(text, a.more.name.as_deref(), u.name)?;
            let kind = match &a.opts.kind {
                Some(k) => parse_key::<UnitKind>(k, "--kind")?,
                None => u.kind,
            };
            tx.update_unit(a.id, &name, kind)?;
            Message::line(line, store::units::get_unit(db, a.id)?).into()
        }
        RecordKind::Field => {
            let f = store::units::get_field(db, a.id)?;
            tx.update_field(a.id, &pick(text, a.more.name.as_deref(), f.name)?)?;
            Message::line(line, store::units::get_field(db, a.id)?).into()
        }
        RecordKind::Blocker => {
            let b = store::blockers::get_blocker(db, a.id, ctx.today())?;
            let remedy = a.more.remedy.or(b.remedy);
            let proposal = optional(a.more.proposal.as_deref(), b.proposal)?;
            tx.update_blocker(a.id, &text.unwrap_or(b.text), proposal.as_deref(), remedy)?;
            Message::line(line, store::blockers::get_blocker(db, a.id, ctx.today())?).into()
        }
        RecordKind::Contingency => {
            let c = store::records::get_contingency_record(db, a.id)?;
            let response = match &a.more.response {
                Some(r) => user_text(r)?,
                None => c.response,
            };
            tx.update_contingency(a.id, &text.unwrap_or(c.situation), &response)?;
            Message::line(line, store::plans::get_contingency(db, a.id)?).into()
        }
        RecordKind::Goal => {
            let g = store::records::get_goal(db, a.id)?;
            tx.update_goal(a.id, &text.unwrap_or(g.text))?;
            Message::line(line, store::records::get_goal(db, a.id)?).into()
        }
        RecordKind::Consultation => {
            let c = store::consults::get_consultation(db, a.id)?;
            tx.update_consultation_text(a.id, &text.unwrap_or(c.text))?;
            Message::line(line, store::consults::get_consultation(db, a.id)?).into()
        }
        RecordKind::Proposal => {
            let p = store::proposals::get_proposal(db, a.id)?;
            let reason = optional(a.more.reason.as_deref(), p.reason)?;
            tx.update_proposal(a.id, &text.unwrap_or(p.text), reason.as_deref())?;
            Message::line(line, store::proposals::get_proposal(db, a.id)?).into()
        }
        RecordKind::Entry
        | RecordKind::Task
        | RecordKind::Note
        | RecordKind::Plan
        | RecordKind::Submission => unreachable_kind(a.id, kind)?,
    })
}

/// The kinds `run` sends elsewhere or refuses before the transaction.
fn unreachable_kind(id: i64, kind: RecordKind) -> Result<View> {
    let label = crate::render::labels::record_kind_label(kind);
    Err(Error::input(M::EditCannot, &[&id, &label]).hint(M::EditCannotHint, &[]))
}

/// The new text: the TEXT argument, else the named option, else the old value.
fn pick(text: Option<String>, option: Option<&str>, old: String) -> Result<String> {
    match (text, option) {
        (Some(t), _) => Ok(t),
        (None, Some(o)) => user_text(o),
        (None, None) => Ok(old),
    }
}

/// An optional text: given and empty clears it, given replaces it, absent keeps it.
fn optional(given: Option<&str>, old: Option<String>) -> Result<Option<String>> {
    match given {
        None => Ok(old),
        Some(s) if s.trim().is_empty() => Ok(None),
        Some(s) => user_text(s).map(Some),
    }
}

/// A closed choice typed for `option` (either language); a wrong one lists the accepted
/// keys in the user's language.
fn parse_key<T: crate::choice::Choice>(input: &str, option: &str) -> Result<T> {
    crate::choice::parse::<T>(input).ok_or_else(|| {
        Error::input(
            M::EditBadChoice,
            &[&input, &option, &crate::choice::listed::<T>()],
        )
    })
}

fn document(ctx: &Ctx, tx: &WriteTx, a: &Args, text: Option<String>) -> Result<()> {
    let db = tx.db();
    let d = get_document(db, a.id)?;
    let m = &a.more;
    let number = match &m.number {
        Some(n) => {
            let n = crate::input::valid_number(n)?;
            crate::ops::check_unique_number(db, &n, Some(a.id))?;
            Some(n)
        }
        None => d.number.clone(),
    };
    let field = match &a.opts.field {
        Some(f) => Some(store::units::resolve_field(db, f)?),
        None => d.field.clone(),
    };
    let drafting_unit = match a.opts.units.as_slice() {
        [] => store::edits::drafting_unit_id(db, a.id)?,
        [u, ..] => Some(crate::ops::unit_for_new_work(ctx, db, u, ctx.today())?),
    };
    let due = match &m.due {
        Some(s) => Some(parse_date(s, ctx.today(), Dir::Future, ctx.cal())?),
        None => d.due,
    };
    let level = m.level.unwrap_or(d.level);
    tx.update_document(
        a.id,
        &NewDocument {
            number,
            title: pick(text, m.title.as_deref(), d.title)?,
            issuer: optional(m.issuer.as_deref(), d.issuer)?,
            level,
            field,
            status: d.status,
            issued_on: d.issued_on,
            due,
            drafting_unit,
        },
    )?;
    Ok(())
}

fn fact(ctx: &Ctx, tx: &WriteTx, a: &Args, text: Option<String>) -> Result<()> {
    let db = tx.db();
    let f = get_fact(db, a.id, ctx.fact_asof())?;
    let m = &a.more;
    let as_of = match &m.as_of {
        Some(s) => Some(crate::ops::past_date(ctx, s, M::FutureDateHint)?),
        None => f.as_of,
    };
    let field = match &a.opts.field {
        Some(x) => store::units::resolve_field(db, x)?,
        None => f.field.clone(),
    };
    tx.update_fact(
        a.id,
        &NewFact {
            text: text.unwrap_or(f.text),
            value: optional(m.value.as_deref(), f.value)?,
            source: optional(m.source.as_deref(), f.source)?,
            as_of,
            field,
        },
    )?;
    Ok(())
}
