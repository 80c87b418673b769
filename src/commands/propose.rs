//! `worklog propose`: a directive, an assignment or a scheme (Đề án) the official
//! proposes to the leadership (SPEC §3): what, to which units, why, the facts and
//! documents it rests on; then its fate — accepted (the follow-up tasks the acceptance
//! creates keep the link) or not accepted. The month report and the review count them.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::ProposalStatus;
use crate::ops::TaskOpts;
use crate::render::View;
use crate::render::listings::ProposalList;
use crate::render::message::Message;
use crate::store::proposals::{NewProposal, get_proposal, live_proposal, proposals};
use crate::store::records::{RecordKind, live_kind};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Write down a proposed directive, assignment or scheme: worklog propose add "Giao Sở Nội vụ xây dựng Đề án" -u snv --scheme
    Add(AddArgs),
    /// List proposals
    List(ListArgs),
    /// The leadership accepted the proposal; it can create follow-up tasks that keep the link
    Accept(DecideArgs),
    /// The leadership did not accept the proposal
    Reject(RejectArgs),
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog propose add \"Ban hành Chỉ thị tăng cường giải ngân vốn đầu tư công\" -u skhdt -u stc --reason \"Giải ngân đạt 45%\" --fact 21\n  worklog propose add \"Xây dựng Đề án phát triển nguồn nhân lực\" -u snv --scheme --doc 45/2022/QĐ-UBND"
)]
pub struct AddArgs {
    /// What is proposed
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// A unit to direct or assign, by alias (repeatable)
    #[arg(short = 'u', long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// A scheme (Đề án) rather than a single directive or assignment
    #[arg(long)]
    pub scheme: bool,
    /// Why it is proposed
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// A document number it rests on (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// A fact it rests on, by id (repeatable; see worklog fact list)
    #[arg(long = "fact", value_name = "ID", value_parser = crate::input::parse_id)]
    pub facts: Vec<i64>,
    /// The day it was proposed (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only those still pending
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog propose accept 40 --note \"Đồng ý, giao Sở Nội vụ chủ trì\"\n  worklog propose accept 40 --task \"Xây dựng Đề án\" --due 31/03 -u snv --task \"Lấy ý kiến các sở\" --due 15/02 -u snv"
)]
pub struct DecideArgs {
    /// The proposal's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The day it was decided (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// What the leadership said
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// A follow-up task the acceptance creates (repeatable; each --due and -u goes with the --task of the same rank)
    #[arg(long = "task", value_name = "TITLE")]
    pub tasks: Vec<String>,
    /// Due date of the created task
    #[arg(long = "due", value_name = "DATE", allow_hyphen_values = true)]
    pub dues: Vec<String>,
    /// The unit responsible for the created task (makes it a follow-up)
    #[arg(short = 'u', long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog propose reject 40 --note \"Chưa đủ cơ sở, nghiên cứu thêm\""
)]
pub struct RejectArgs {
    /// The proposal's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The day it was decided (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// What the leadership said
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => list(ctx, a),
        Cmd::Accept(a) => decide(ctx, ProposalStatus::Accepted, a),
        Cmd::Reject(a) => decide(
            ctx,
            ProposalStatus::Rejected,
            DecideArgs {
                id: a.id,
                date: a.date,
                note: a.note,
                tasks: Vec::new(),
                dues: Vec::new(),
                units: Vec::new(),
            },
        ),
    }
}

fn day_of(ctx: &Ctx, input: Option<&str>) -> Result<chrono::NaiveDate> {
    match input {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint),
        None => Ok(ctx.today()),
    }
}

fn optional_text(v: Option<&str>) -> Result<Option<String>> {
    match v.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => Ok(Some(crate::input::user_text(v)?)),
        None => Ok(None),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let text = crate::input::user_text(&a.text.join(" "))?;
    let reason = optional_text(a.reason.as_deref())?;
    let on = day_of(ctx, a.date.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let mut units = Vec::new();
    for alias in &a.units {
        let id = crate::ops::unit_for_new_work(ctx, tx.db(), alias, on)?;
        if !units.contains(&id) {
            units.push(id);
        }
    }
    for id in &a.facts {
        let kind = live_kind(tx.db(), *id)?;
        if kind != RecordKind::Fact {
            let label = crate::render::labels::record_kind_label(kind);
            return Err(Error::input(M::ProposalFactKind, &[id, &label]).hint(M::ProposalFactHint, &[]));
        }
    }
    let docs = crate::ops::cited_numbers(tx.db(), &a.docs)?;
    let new = NewProposal {
        text,
        units,
        scheme: a.scheme,
        reason,
        docs,
        facts: a.facts,
        proposed_on: Some(on),
    };
    let id = tx.insert_proposal(&new)?;
    let p = get_proposal(tx.db(), id)?;
    tx.finish(&t(M::UndoProposalAdd, &[&id]), ctx.dry_run)?;
    let what = crate::render::labels::proposal_kind_label(p.scheme);
    Ok(Message::line(t(M::ProposalAdded, &[&what, &id, &crate::i18n::day(on)]), p).into())
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let store = ctx.store_ro()?;
    let list = proposals(store.db(), a.open)?;
    Ok(View::Typed(Box::new(ProposalList { proposals: list })))
}

/// The tasks `--task`, `--due` and `-u` ask the decision to create.
fn task_requests(a: &DecideArgs) -> Result<Vec<(String, TaskOpts)>> {
    let n = a.tasks.len();
    if n == 0 && (!a.dues.is_empty() || !a.units.is_empty()) {
        return Err(Error::input(M::ConsultTaskOptsAlone, &[]).hint(M::ConsultTaskOptsHint, &[&"--due"]));
    }
    let mut out = Vec::with_capacity(n);
    for (i, title) in a.tasks.iter().enumerate() {
        let o = TaskOpts {
            due: crate::ops::nth(&a.dues, i, n, "--due")?.map(str::to_string),
            unit: crate::ops::nth(&a.units, i, n, "-u")?.map(str::to_string),
            ..TaskOpts::default()
        };
        out.push((crate::input::user_text(title)?, o));
    }
    Ok(out)
}

fn decide(ctx: &Ctx, status: ProposalStatus, a: DecideArgs) -> Result<View> {
    let note = optional_text(a.note.as_deref())?;
    let date = day_of(ctx, a.date.as_deref())?;
    let requests = task_requests(&a)?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let p = live_proposal(tx.db(), a.id)?;
    if let (false, Some(on)) = (p.is_pending(), p.decided_on) {
        let was = crate::render::labels::proposal_status_label(p.status);
        return Err(
            Error::input(M::ProposalDecided, &[&a.id, &was, &crate::i18n::date(on)])
                .hint(M::ProposalDecidedHint, &[]),
        );
    }
    if date < p.proposed_on {
        return Err(Error::input(
            M::ProposalDecidedBefore,
            &[&crate::i18n::date(date), &a.id, &crate::i18n::date(p.proposed_on)],
        ));
    }
    tx.decide_proposal(a.id, status, note.as_deref(), date)?;
    for (title, mut o) in requests {
        // The follow-ups of an accepted scheme are the scheme's: major, listed first.
        o.major = p.scheme;
        let task = crate::ops::insert_task(ctx, &tx, title, &o, None)?;
        tx.link_proposal(a.id, task.id, "created")?;
        tx.add_task_event(
            task.id,
            date,
            crate::model::Event::Note,
            Some(&t(M::ProposalTaskNote, &[&a.id])),
            (None, None),
        )?;
    }
    let p = get_proposal(tx.db(), a.id)?;
    let undo = match status {
        ProposalStatus::Rejected => M::UndoProposalReject,
        _ => M::UndoProposalAccept,
    };
    tx.finish(&t(undo, &[&a.id]), ctx.dry_run)?;
    let label = crate::render::labels::proposal_status_label(p.status);
    let line = match p.created_tasks.len() {
        0 => t(M::ProposalDecidedLine, &[&a.id, &label]),
        k => {
            let ids: Vec<String> = p.created_tasks.iter().map(|i| format!("#{i}")).collect();
            t(M::ProposalDecidedTasks, &[&a.id, &label, &k, &ids.join(", ")])
        }
    };
    Ok(Message::line(line, p).into())
}
