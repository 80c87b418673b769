//! `worklog consult` (alias `xin-y-kien`): an item the official must clear with a leader
//! before presenting it (SPEC §3): the leader from the config's `[leaders]`, the meeting
//! day, the tasks and documents it concerns; then the leader's opinion, which may create
//! tasks that keep the link. `status` lists the open ones whose meeting is near.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::ConsultStatus;
use crate::ops::TaskOpts;
use crate::render::View;
use crate::render::listings::ConsultList;
use crate::render::message::Message;
use crate::store::consults::{
    ConsultFilter, NewConsultation, consultations, get_consultation, live_consultation,
};
use crate::store::records::{RecordKind, live_kind};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Write down an item to clear with a leader: worklog consult add "Báo cáo giải ngân" --leader pct-tuan --for thu4
    Add(AddArgs),
    /// List consultations
    List(ListArgs),
    /// Record the leader's opinion; it can create tasks that keep the link
    Answer(AnswerArgs),
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog consult add \"Báo cáo tiến độ giải ngân vốn đầu tư công\" --leader pct-tuan --for 16/12 --task 12\n  worklog xin-y-kien add \"Dự thảo kế hoạch kiểm tra\" --leader pct-tuan --doc 45/2022/QĐ-UBND"
)]
pub struct AddArgs {
    /// What to clear with the leader
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// The leader, by the alias in the config's [leaders]
    #[arg(long, value_name = "ALIAS")]
    pub leader: Option<String>,
    /// The day of the meeting it is for: 16/12, thu4, +2wd…
    #[arg(long = "for", value_name = "DATE", allow_hyphen_values = true)]
    pub for_date: Option<String>,
    /// A task or entry it concerns (repeatable)
    #[arg(long = "task", value_name = "ID", value_parser = crate::input::parse_id)]
    pub tasks: Vec<i64>,
    /// A document number it concerns (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only those the leader has not answered yet
    #[arg(long)]
    pub open: bool,
    /// Only those for the meeting of this day
    #[arg(long = "for", value_name = "DATE", allow_hyphen_values = true)]
    pub for_date: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog consult answer 31 --opinion \"Đồng ý, bổ sung số liệu quý IV\" --agreed\n  worklog consult answer 31 --opinion \"Giao Sở Tài chính rà soát\" --revise --task \"Rà soát số liệu\" --due 20/12 -u stc"
)]
pub struct AnswerArgs {
    /// The consultation's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The leader's opinion (required)
    #[arg(long, value_name = "TEXT")]
    pub opinion: Option<String>,
    /// The leader agreed (the default)
    #[arg(long, conflicts_with_all = ["not_agreed", "revise"])]
    pub agreed: bool,
    /// The leader did not agree
    #[arg(long, conflicts_with = "revise")]
    pub not_agreed: bool,
    /// The leader asked for it to be revised
    #[arg(long)]
    pub revise: bool,
    /// The day the opinion was given (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A task the opinion creates (repeatable; each --due and -u goes with the --task of the same rank)
    #[arg(long = "task", value_name = "TITLE")]
    pub tasks: Vec<String>,
    /// Due date of the created task
    #[arg(long = "due", value_name = "DATE", allow_hyphen_values = true)]
    pub dues: Vec<String>,
    /// The unit responsible for the created task (makes it a follow-up)
    #[arg(short = 'u', long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => list(ctx, a),
        Cmd::Answer(a) => answer(ctx, a),
    }
}

/// The leader `alias` names in `[leaders]`: (alias, name).
fn leader(ctx: &Ctx, alias: Option<&str>) -> Result<(String, String)> {
    let leaders = &ctx.config.leaders;
    let known = || leaders.keys().cloned().collect::<Vec<_>>().join(", ");
    let Some(alias) = alias.map(str::trim).filter(|a| !a.is_empty()) else {
        return Err(match leaders.is_empty() {
            true => Error::input(M::ConsultNeedsLeader, &[]).hint(M::LeadersNoneHint, &[]),
            false => Error::input(M::ConsultNeedsLeader, &[]).hint(M::LeadersKnownHint, &[&known()]),
        });
    };
    let want = crate::text::fold(alias);
    if let Some((k, v)) = leaders.iter().find(|(k, _)| crate::text::fold(k) == want) {
        return Ok((k.clone(), crate::text::nfc(v)));
    }
    let close = crate::text::suggest(alias, leaders.keys().map(String::as_str));
    Err(match (leaders.is_empty(), close.is_empty()) {
        (true, _) => Error::input(M::UnknownLeader, &[&alias]).hint(M::LeadersNoneHint, &[]),
        (false, true) => Error::input(M::UnknownLeader, &[&alias]).hint(M::LeadersKnownHint, &[&known()]),
        (false, false) => {
            Error::input(M::UnknownLeader, &[&alias]).hint(M::LeadersCloseHint, &[&close.join(", ")])
        }
    })
}

fn meeting_day(ctx: &Ctx, input: Option<&str>) -> Result<Option<chrono::NaiveDate>> {
    Ok(input
        .map(|d| parse_date(d, ctx.today(), Dir::Future, ctx.cal()))
        .transpose()?)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let text = crate::input::user_text(&a.text.join(" "))?;
    let (leader, leader_name) = leader(ctx, a.leader.as_deref())?;
    let for_date = meeting_day(ctx, a.for_date.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    for id in &a.tasks {
        let kind = live_kind(tx.db(), *id)?;
        if !matches!(kind, RecordKind::Task | RecordKind::Entry) {
            let label = crate::render::labels::record_kind_label(kind);
            return Err(Error::input(M::ConsultConcernsKind, &[id, &label]));
        }
    }
    let docs = crate::ops::cited_numbers(tx.db(), &a.docs)?;
    let new = NewConsultation {
        text,
        leader,
        leader_name,
        for_date,
        concerns: a.tasks,
        docs,
    };
    let id = tx.insert_consultation(&new)?;
    let c = get_consultation(tx.db(), id)?;
    tx.finish(&t(M::UndoConsultAdd, &[&id]), ctx.dry_run)?;
    let day = c.for_date.map(crate::i18n::day).unwrap_or_default();
    let line = match c.for_date {
        Some(_) => t(M::ConsultAddedFor, &[&id, &c.leader_name, &day]),
        None => t(M::ConsultAdded, &[&id, &c.leader_name]),
    };
    Ok(Message::line(line, c).into())
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let for_date = meeting_day(ctx, a.for_date.as_deref())?;
    let store = ctx.store_ro()?;
    let filter = ConsultFilter {
        open: a.open,
        for_date,
        for_between: None,
    };
    let list = consultations(store.db(), &filter)?;
    Ok(View::Typed(Box::new(ConsultList { consultations: list })))
}

/// The --due or -u value that goes with the `i`-th of `n` tasks: one value for all, or
/// one per task.
fn nth<'a>(values: &'a [String], i: usize, n: usize, flag: &str) -> Result<Option<&'a str>> {
    match values.len() {
        0 => Ok(None),
        1 => Ok(Some(values[0].as_str())),
        k if k == n => Ok(Some(values[i].as_str())),
        k => {
            Err(Error::input(M::ConsultTaskOptsCount, &[&k, &flag, &n])
                .hint(M::ConsultTaskOptsHint, &[&flag]))
        }
    }
}

fn answer(ctx: &Ctx, a: AnswerArgs) -> Result<View> {
    let opinion = match a.opinion.as_deref() {
        Some(o) => crate::input::user_text(o)?,
        None => {
            return Err(Error::input(M::ConsultNeedsOpinion, &[]).hint(M::ConsultNeedsOpinionHint, &[&a.id]));
        }
    };
    let verdict = match (a.not_agreed, a.revise) {
        (true, _) => ConsultStatus::NotAgreed,
        (_, true) => ConsultStatus::Revise,
        _ => ConsultStatus::Agreed,
    };
    let date = match a.date.as_deref() {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint)?,
        None => ctx.today(),
    };
    let n = a.tasks.len();
    if n == 0 && (!a.dues.is_empty() || !a.units.is_empty()) {
        return Err(Error::input(M::ConsultTaskOptsAlone, &[]).hint(M::ConsultTaskOptsHint, &[&"--due"]));
    }
    let mut opts = Vec::with_capacity(n);
    for (i, title) in a.tasks.iter().enumerate() {
        let title = crate::input::user_text(title)?;
        let o = TaskOpts {
            due: nth(&a.dues, i, n, "--due")?.map(str::to_string),
            unit: nth(&a.units, i, n, "-u")?.map(str::to_string),
            ..TaskOpts::default()
        };
        opts.push((title, o));
    }
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let c = live_consultation(tx.db(), a.id)?;
    if let (false, Some(on)) = (c.is_open(), c.answered_on) {
        return Err(Error::input(
            M::ConsultAlreadyAnswered,
            &[&a.id, &crate::i18n::date(on)],
        ));
    }
    tx.answer_consultation(a.id, verdict, &opinion, date)?;
    for (title, o) in opts {
        let task = crate::ops::insert_task(ctx, &tx, title, &o, None)?;
        tx.link_consultation(a.id, task.id, "created")?;
        let note = t(M::ConsultTaskNote, &[&a.id, &c.leader_name]);
        tx.add_task_event(
            task.id,
            date,
            crate::model::Event::Note,
            Some(&note),
            (None, None),
        )?;
    }
    let c = get_consultation(tx.db(), a.id)?;
    tx.finish(&t(M::UndoConsultAnswer, &[&a.id]), ctx.dry_run)?;
    let verdict_label = crate::render::labels::consult_status_label(c.status);
    let line = match c.created_tasks.len() {
        0 => t(M::ConsultAnswered, &[&a.id, &verdict_label]),
        k => t(
            M::ConsultAnsweredTasks,
            &[
                &a.id,
                &verdict_label,
                &k,
                &c.created_tasks
                    .iter()
                    .map(|i| format!("#{i}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ],
        ),
    };
    Ok(Message::line(line, c).into())
}
