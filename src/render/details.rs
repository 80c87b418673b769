//! What `show ID` prints for each kind of record: the JSON straight from typed view
//! structs (the model record, with the lunar date beside the solar one and a task's
//! timeline), and for people a two-column table of labelled values, built from the same
//! types only when a human format is asked for, then the sections a kind has (a task's
//! blockers and timeline, what cites a document).

use super::labels::{
    blocker_state_label, contingency_status_label, doc_status_label, level_label, plan_period_label,
    priority_label, record_kind_label, remedy_label, task_status_label, unit_kind_label,
};
use super::listings::{blocker_listing, timeline_listing};
use super::lunar::LunarView;
use super::{Human, Listing, Render};
use crate::calendar::LunarDate;
use crate::error::Result;
use crate::i18n::{M, s};
use crate::model::{
    Blocker, BlockerBrief, Citation, ContingencyRecord, Document, Entry, Fact, FactVersion, Field,
    GoalRecord, NoteRecord, PlanRecord, Priority, RecordKind, SubmissionRecord, Task, TaskStatus,
    TimelineItem, Unit,
};
use chrono::NaiveDate;
use serde::Serialize;

/// A record as `show` prints it.
pub enum Details {
    /// An entry; `kind_label` is its kind of work as the configuration names it.
    Entry {
        entry: Entry,
        kind_label: String,
    },
    /// A task with its timeline and its open blockers.
    Task {
        task: Task,
        timeline: Vec<TimelineItem>,
        blockers: Vec<Blocker>,
    },
    /// A document with the records citing it.
    Document {
        doc: Document,
        cites: Vec<Citation>,
    },
    Note(NoteRecord),
    Plan(PlanRecord),
    /// A goal; `plan` is its plan's period (`2022-W50`).
    Goal {
        goal: GoalRecord,
        plan: Option<String>,
    },
    /// A contingency; `plan` is its plan's period, when it belongs to a plan.
    Contingency {
        record: ContingencyRecord,
        plan: Option<String>,
    },
    Blocker(Blocker),
    /// A fact with its earlier values, oldest first.
    Fact {
        fact: Fact,
        history: Vec<FactVersion>,
    },
    Unit(Unit),
    Field(Field),
    Submission(SubmissionRecord),
    Consultation(crate::model::Consultation),
    Proposal(crate::model::Proposal),
}

fn lunar_of(d: NaiveDate) -> Option<LunarDate> {
    crate::calendar::solar_to_lunar(d).ok()
}

/// An entry with its lunar date right after the solar one.
#[derive(Serialize)]
struct EntryView<'a> {
    id: i64,
    #[serde(rename = "type")]
    record: RecordKind,
    date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lunar: Option<LunarView>,
    text: &'a str,
    kind: &'a str,
    field: &'a Option<String>,
    units: &'a [String],
    tags: &'a [String],
    docs: &'a [String],
    minutes: Option<i64>,
    task: Option<i64>,
    created_at: &'a str,
    updated_at: &'a str,
}

impl<'a> EntryView<'a> {
    fn of(e: &'a Entry) -> EntryView<'a> {
        EntryView {
            id: e.id,
            record: e.record,
            date: e.date,
            time: &e.time,
            lunar: lunar_of(e.date).as_ref().map(LunarView::of),
            text: &e.text,
            kind: &e.kind,
            field: &e.field,
            units: &e.units,
            tags: &e.tags,
            docs: &e.docs,
            minutes: e.minutes,
            task: e.task,
            created_at: &e.created_at,
            updated_at: &e.updated_at,
        }
    }
}

/// A task with the lunar date of its deadline right after it, and its timeline last.
#[derive(Serialize)]
struct TaskView<'a> {
    id: i64,
    #[serde(rename = "type")]
    record: RecordKind,
    title: &'a str,
    status: TaskStatus,
    priority: Priority,
    due: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due_lunar: Option<LunarView>,
    plan: &'a Option<String>,
    unit: &'a Option<String>,
    unit_name: &'a Option<String>,
    unit_now: &'a Option<String>,
    major: bool,
    field: &'a Option<String>,
    tags: &'a [String],
    docs: &'a [String],
    assigned: NaiveDate,
    started_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
    last_touched: NaiveDate,
    overdue: bool,
    stale: bool,
    carried: i64,
    done_on_time: Option<bool>,
    blockers: &'a [BlockerBrief],
    created_at: &'a str,
    updated_at: &'a str,
    timeline: &'a [TimelineItem],
}

impl<'a> TaskView<'a> {
    fn of(t: &'a Task, timeline: &'a [TimelineItem]) -> TaskView<'a> {
        TaskView {
            id: t.id,
            record: t.record,
            title: &t.title,
            status: t.status,
            priority: t.priority,
            due: t.due,
            due_lunar: t.due.and_then(lunar_of).as_ref().map(LunarView::of),
            plan: &t.plan,
            unit: &t.unit,
            unit_name: &t.unit_name,
            unit_now: &t.unit_now,
            major: t.major,
            field: &t.field,
            tags: &t.tags,
            docs: &t.docs,
            assigned: t.assigned,
            started_on: t.started_on,
            closed_on: t.closed_on,
            last_touched: t.last_touched,
            overdue: t.overdue,
            stale: t.stale,
            carried: t.carried,
            done_on_time: t.done_on_time,
            blockers: &t.blockers,
            created_at: &t.created_at,
            updated_at: &t.updated_at,
            timeline,
        }
    }
}

impl Render for Details {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        match self {
            Details::Entry { entry, .. } => super::json(buf, &EntryView::of(entry)),
            Details::Task { task, timeline, .. } => super::json(buf, &TaskView::of(task, timeline)),
            Details::Document { doc, .. } => super::json(buf, doc),
            Details::Note(r) => super::json(buf, r),
            Details::Plan(r) => super::json(buf, r),
            Details::Goal { goal, .. } => super::json(buf, goal),
            Details::Contingency { record, .. } => super::json(buf, record),
            Details::Blocker(r) => super::json(buf, r),
            Details::Fact { fact, history } => super::json(buf, &FactView { fact, history }),
            Details::Unit(r) => super::json(buf, r),
            Details::Field(r) => super::json(buf, r),
            Details::Submission(r) => super::json(buf, r),
            Details::Consultation(r) => super::json(buf, r),
            Details::Proposal(r) => super::json(buf, r),
        }
    }

    fn human(&self) -> Result<Human> {
        Ok(match self {
            Details::Task {
                task,
                timeline,
                blockers,
            } => {
                let mut sections = vec![details(RecordKind::Task, task.id, task_rows(task))];
                if !task.blockers.is_empty() {
                    sections.push(blockers_section(blockers));
                }
                sections.push(timeline_listing(timeline));
                Human::Sections(sections)
            }
            Details::Document { doc, cites } => Human::Sections(vec![
                details(RecordKind::Document, doc.id, document_rows(doc)),
                cited_listing(cites),
            ]),
            Details::Entry { entry, kind_label } => Human::Listing(details(
                RecordKind::Entry,
                entry.id,
                entry_rows(entry, kind_label),
            )),
            Details::Note(r) => Human::Listing(details(RecordKind::Note, r.id, note_rows(r))),
            Details::Plan(r) => Human::Listing(details(RecordKind::Plan, r.id, plan_rows(r))),
            Details::Goal { goal, plan } => {
                Human::Listing(details(RecordKind::Goal, goal.id, goal_rows(goal, plan)))
            }
            Details::Contingency { record, plan } => Human::Listing(details(
                RecordKind::Contingency,
                record.id,
                contingency_rows(record, plan),
            )),
            Details::Blocker(r) => Human::Listing(details(RecordKind::Blocker, r.id, blocker_rows(r))),
            Details::Fact { fact, history } => {
                Human::Listing(details(RecordKind::Fact, fact.id, fact_rows(fact, history)))
            }
            Details::Unit(r) => Human::Listing(details(RecordKind::Unit, r.id, unit_rows(r))),
            Details::Field(r) => Human::Listing(details(RecordKind::Field, r.id, field_rows(r))),
            Details::Submission(r) => {
                Human::Listing(details(RecordKind::Submission, r.id, submission_rows(r)))
            }
            Details::Consultation(r) => {
                Human::Listing(details(RecordKind::Consultation, r.id, consult_rows(r)))
            }
            Details::Proposal(r) => Human::Listing(details(RecordKind::Proposal, r.id, proposal_rows(r))),
        })
    }
}

/// The two-column table of one record: "#12 · nhiệm vụ", then item and value.
fn details(kind: RecordKind, id: i64, rows: Rows) -> Listing {
    Listing {
        title: Some(format!("#{} · {}", id, record_kind_label(kind))),
        headers: vec![s(M::LItem).to_string(), s(M::LValue).to_string()],
        rows: rows.0,
        ..Listing::default()
    }
}

/// The rows of a details table: each a field's label (its key when it has none) and
/// its value as people read it.
#[derive(Default)]
struct Rows(Vec<Vec<String>>);

impl Rows {
    fn add(&mut self, key: &str, value: String) -> &mut Rows {
        let label = field_label(key)
            .map(str::to_string)
            .unwrap_or_else(|| key.to_string());
        self.0.push(vec![label, value]);
        self
    }

    fn id(&mut self, id: i64, kind: RecordKind) -> &mut Rows {
        self.add("id", id.to_string())
            .add("type", record_kind_label(kind).to_string())
    }

    /// A solar date and, right after it, its lunar date (when it has one).
    fn with_lunar(&mut self, key: &str, lunar_key: &str, date: NaiveDate, value: String) -> &mut Rows {
        self.add(key, value);
        if let Some(l) = lunar_of(date) {
            self.add(lunar_key, super::lunar::lunar_phrase(&l, crate::i18n::lang()));
        }
        self
    }

    fn stamps(&mut self, created_at: &str, updated_at: &str) -> &mut Rows {
        self.add("created_at", crate::i18n::stamp(created_at))
            .add("updated_at", crate::i18n::stamp(updated_at))
    }
}

/// Text as the table shows it; a text that is a date reads as one.
fn plain(text: &str) -> String {
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) if text.len() == 10 => crate::i18n::date(d),
        _ => text.to_string(),
    }
}

fn opt(text: &Option<String>) -> String {
    text.as_deref().map(plain).unwrap_or_default()
}

fn list(items: &[String]) -> String {
    items.iter().map(|i| plain(i)).collect::<Vec<_>>().join(", ")
}

fn date(d: NaiveDate) -> String {
    crate::i18n::date(d)
}

fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_default()
}

/// A reference to another record: `#25`.
fn reference(id: Option<i64>) -> String {
    id.map(|i| format!("#{i}")).unwrap_or_default()
}

/// A stored `YYYY-MM-DD` day, as dates are shown.
fn opt_day(text: &Option<String>) -> String {
    opt(text)
}

/// A plan's stored period (`2022-W50`) as its heading reads.
fn opt_period(p: &Option<String>) -> String {
    p.as_deref().map(plan_period_label).unwrap_or_default()
}

fn yes_no(b: bool) -> String {
    s(if b { M::Yes } else { M::No }).to_string()
}

/// A stored day (`date` of a note) with its weekday; as stored when it is not a date.
fn stored_day(d: &str) -> String {
    NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(crate::i18n::day)
        .unwrap_or_else(|_| d.to_string())
}

fn entry_rows(e: &Entry, kind_label: &str) -> Rows {
    let mut r = Rows::default();
    r.id(e.id, RecordKind::Entry)
        .with_lunar("date", "lunar", e.date, crate::i18n::day(e.date))
        .add("text", plain(&e.text))
        .add("kind", kind_label.to_string())
        .add("field", opt(&e.field))
        .add("units", list(&e.units))
        .add("tags", list(&e.tags))
        .add("docs", list(&e.docs))
        .add(
            "minutes",
            e.minutes.map(crate::i18n::duration).unwrap_or_default(),
        )
        .add("task", reference(e.task))
        .stamps(&e.created_at, &e.updated_at);
    r
}

fn task_rows(t: &Task) -> Rows {
    let mut r = Rows::default();
    r.id(t.id, RecordKind::Task)
        .add("title", plain(&t.title))
        .add("status", task_status_label(t.status).to_string())
        .add("priority", priority_label(t.priority).to_string());
    match t.due {
        Some(d) => r.with_lunar("due", "due_lunar", d, date(d)),
        None => r.add("due", String::new()),
    };
    r.add("plan", opt_period(&t.plan))
        .add("unit", opt(&t.unit))
        .add("unit_name", opt(&t.unit_name))
        .add("unit_now", opt(&t.unit_now))
        .add("major", yes_no(t.major))
        .add("field", opt(&t.field))
        .add("tags", list(&t.tags))
        .add("docs", list(&t.docs))
        .add("assigned", date(t.assigned))
        .add("started_on", opt_date(t.started_on))
        .add("closed_on", opt_date(t.closed_on))
        .add("last_touched", date(t.last_touched))
        .add("overdue", yes_no(t.overdue))
        .add("stale", yes_no(t.stale))
        .add("carried", t.carried.to_string())
        .add("done_on_time", t.done_on_time.map(yes_no).unwrap_or_default())
        .stamps(&t.created_at, &t.updated_at);
    r
}

fn document_rows(d: &Document) -> Rows {
    let mut r = Rows::default();
    r.id(d.id, RecordKind::Document)
        .add("number", opt(&d.number))
        .add("doc_title", plain(&d.title))
        .add("issuer", opt(&d.issuer))
        .add("level", level_label(d.level).to_string())
        .add("field", opt(&d.field))
        .add("status", doc_status_label(d.status).to_string())
        .add("issued_on", opt_date(d.issued_on))
        .add("due", opt_date(d.due))
        .add("drafting_unit", opt(&d.drafting_unit))
        .add(
            "cited_by",
            d.cited_by
                .iter()
                .map(|i| format!("#{i}"))
                .collect::<Vec<_>>()
                .join(" "),
        )
        .stamps(&d.created_at, &d.updated_at);
    r
}

fn blocker_rows(b: &Blocker) -> Rows {
    let mut r = Rows::default();
    r.id(b.id, RecordKind::Blocker)
        .add("text", plain(&b.text))
        .add("unit", plain(&b.unit))
        .add("task", reference(b.task))
        .add("proposal", opt(&b.proposal))
        .add(
            "remedy",
            b.remedy.map(remedy_label).unwrap_or_default().to_string(),
        )
        .add("raised_on", date(b.raised_on))
        .add("resolved_on", opt_date(b.resolved_on))
        .add("note", opt(&b.note))
        .add("status", blocker_state_label(b.resolved_on))
        .add("age_days", b.age_days.to_string())
        .stamps(&b.created_at, &b.updated_at);
    r
}

fn fact_rows(f: &Fact, history: &[FactVersion]) -> Rows {
    let mut r = Rows::default();
    r.id(f.id, RecordKind::Fact)
        .add("text", plain(&f.text))
        .add("value", opt(&f.value))
        .add("source", opt(&f.source))
        .add("as_of", opt_date(f.as_of))
        .add("field", plain(&f.field))
        .add("fact_stale", yes_no(f.stale));
    // Newest earlier value first: "1.200 người · 30/11/2022 · Báo cáo Sở".
    for v in history.iter().rev() {
        let parts: Vec<String> = [v.value.clone(), v.as_of.map(crate::i18n::date), v.source.clone()]
            .into_iter()
            .flatten()
            .collect();
        r.add("history", parts.join(" · "));
    }
    r.stamps(&f.created_at, &f.updated_at);
    r
}

/// A fact as `show --format json` prints it: the listing's object, and `history` when it
/// has earlier values.
#[derive(Serialize)]
struct FactView<'a> {
    #[serde(flatten)]
    fact: &'a Fact,
    #[serde(skip_serializing_if = "<[FactVersion]>::is_empty")]
    history: &'a [FactVersion],
}

fn unit_rows(u: &Unit) -> Rows {
    let mut r = Rows::default();
    r.id(u.id, RecordKind::Unit)
        .add("alias", plain(&u.alias))
        .add("name", plain(&u.name))
        .add("kind", unit_kind_label(u.kind).to_string())
        .add("retired", opt_date(u.retired))
        .add("replaced_by", opt(&u.replaced_by))
        .stamps(&u.created_at, &u.updated_at);
    r
}

fn field_rows(f: &Field) -> Rows {
    let mut r = Rows::default();
    r.id(f.id, RecordKind::Field)
        .add("field_key", plain(&f.key))
        .add("name", plain(&f.name))
        .stamps(&f.created_at, &f.updated_at);
    r
}

fn note_rows(n: &NoteRecord) -> Rows {
    let mut r = Rows::default();
    r.id(n.id, RecordKind::Note)
        .add("task", reference(Some(n.task_id)))
        .add("date", stored_day(&n.date))
        .add("kind", super::listings::task::note_kind_label(&n.kind))
        .add("text", opt(&n.text))
        .add("from_plan", opt_period(&n.from_plan))
        .add("to_plan", opt_period(&n.to_plan))
        .stamps(&n.created_at, &n.updated_at);
    r
}

fn plan_rows(p: &PlanRecord) -> Rows {
    let mut r = Rows::default();
    r.id(p.id, RecordKind::Plan)
        .add("period", plan_period_label(&p.period))
        .add("date_from", plain(&p.date_from))
        .add("date_to", plain(&p.date_to))
        .add("plan_closed_on", opt_day(&p.closed_on))
        .add("close_note", opt(&p.close_note))
        .stamps(&p.created_at, &p.updated_at);
    r
}

/// A plan a record belongs to: its period by name and its id (`Tuần 50 (…) · #34`).
fn plan_ref(id: Option<i64>, period: &Option<String>) -> String {
    match (id, period) {
        (Some(id), Some(p)) => format!("{} · #{id}", plan_period_label(p)),
        (id, _) => reference(id),
    }
}

fn goal_rows(g: &GoalRecord, plan: &Option<String>) -> Rows {
    let mut r = Rows::default();
    r.id(g.id, RecordKind::Goal)
        .add("plan", plan_ref(Some(g.plan_id), plan))
        .add("text", plain(&g.text))
        .add("achieved", yes_no(g.achieved.is_some_and(|a| a != 0)))
        .stamps(&g.created_at, &g.updated_at);
    r
}

fn contingency_rows(c: &ContingencyRecord, plan: &Option<String>) -> Rows {
    let mut r = Rows::default();
    let status = crate::model::ContingencyStatus::parse(&c.status)
        .map(|st| contingency_status_label(st).to_string())
        .unwrap_or_else(|| c.status.clone());
    r.id(c.id, RecordKind::Contingency)
        .add("plan", plan_ref(c.plan_id, plan))
        .add("task", reference(c.task_id))
        .add("situation", plain(&c.situation))
        .add("response", plain(&c.response))
        .add("status", status)
        .add("triggered_on", opt_day(&c.triggered_on))
        .add("outcome", opt(&c.outcome))
        .add("closed_on", opt_day(&c.closed_on))
        .stamps(&c.created_at, &c.updated_at);
    r
}

fn consult_rows(c: &crate::model::Consultation) -> Rows {
    let ids = |v: &[i64]| v.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join(", ");
    let mut r = Rows::default();
    r.id(c.id, RecordKind::Consultation)
        .add("text", plain(&c.text))
        .add(s(M::LLeader), c.leader_name.clone())
        .add(s(M::LFor), opt_date(c.for_date))
        .add(
            "status",
            super::labels::consult_status_label(c.status).to_string(),
        )
        .add(s(M::LOpinion), opt(&c.opinion))
        .add(s(M::LAnsweredOn), opt_date(c.answered_on))
        .add(s(M::LConcerns), ids(&c.concerns))
        .add(s(M::LDocs), list(&c.docs))
        .add(s(M::LCreatedTasks), ids(&c.created_tasks))
        .stamps(&c.created_at, &c.updated_at);
    r
}

fn proposal_rows(p: &crate::model::Proposal) -> Rows {
    let ids = |v: &[i64]| v.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join(", ");
    let mut r = Rows::default();
    r.id(p.id, RecordKind::Proposal)
        .add("text", plain(&p.text))
        .add(
            s(M::LKind),
            super::labels::proposal_kind_label(p.scheme).to_string(),
        )
        .add(s(M::LUnits), list(&p.units))
        .add(s(M::LReason), opt(&p.reason))
        .add(s(M::LDate), crate::i18n::date(p.proposed_on))
        .add(
            "status",
            super::labels::proposal_status_label(p.status).to_string(),
        )
        .add(s(M::LDecidedOn), opt_date(p.decided_on))
        .add(s(M::LNote), opt(&p.note))
        .add(s(M::LFacts), ids(&p.facts))
        .add(s(M::LDocs), list(&p.docs))
        .add(s(M::LCreatedTasks), ids(&p.created_tasks))
        .stamps(&p.created_at, &p.updated_at);
    r
}

fn submission_rows(sub: &SubmissionRecord) -> Rows {
    let mut r = Rows::default();
    // The frozen copy is data for `--as-submitted`, not something to read here.
    let report = match sub.report.as_str() {
        "month" => s(M::ReportMonthName).to_string(),
        other => other.to_string(),
    };
    r.id(sub.id, RecordKind::Submission)
        .add("report", report)
        .add("period", plan_period_label(&sub.period))
        .add(
            "see_with",
            format!("worklog report {} {} --submissions", sub.report, sub.period),
        )
        .stamps(&sub.created_at, &sub.updated_at);
    r
}

fn field_label(k: &str) -> Option<&'static str> {
    Some(s(match k {
        "id" => M::LId,
        "date" => M::LDate,
        "text" => M::LText,
        "kind" => M::LKind,
        "field" => M::LField,
        "units" => M::LUnits,
        "tags" => M::LTags,
        "docs" => M::LDocs,
        "minutes" => M::LMinutes,
        "task" => M::LTask,
        "alias" => M::LAlias,
        "name" => M::LName,
        "key" => M::LKey,
        "field_key" => M::LFieldKey,
        "doc_title" => M::LDocTitle,
        "fact_stale" => M::LFactStale,
        "period" => M::LPeriod,
        "from_plan" => M::LFromPlan,
        "to_plan" => M::LToPlan,
        "date_from" => M::LDateFrom,
        "date_to" => M::LDateTo,
        "plan_closed_on" => M::LPlanClosedOn,
        "close_note" => M::LCloseNote,
        "achieved" => M::LGoalAchieved,
        "situation" => M::LSituation,
        "response" => M::LResponse,
        "triggered_on" => M::LTriggeredOn,
        "outcome" => M::LOutcome,
        "report" => M::LReport,
        "see_with" => M::LSeeWith,
        "status" => M::LStatus,
        "title" => M::LTitle,
        "priority" => M::LPriority,
        "due" => M::LDue,
        "plan" => M::LPlan,
        "unit" => M::LUnit,
        "assigned" => M::LAssigned,
        "type" => M::LType,
        "unit_name" => M::LUnitName,
        "major" => M::LMajor,
        "started_on" => M::LStarted,
        "closed_on" => M::LClosed,
        "last_touched" => M::LLastTouched,
        "overdue" => M::LOverdue,
        "stale" => M::LStale,
        "carried" => M::LCarried,
        "done_on_time" => M::LDoneOnTime,
        "created_at" => M::LCreated,
        "updated_at" => M::LUpdated,
        "retired" => M::LRetired,
        "replaced_by" => M::LReplacedBy,
        "unit_now" => M::LUnitNow,
        "number" => M::LNumber,
        "issuer" => M::LIssuer,
        "level" => M::LLevel,
        "issued_on" => M::LIssuedOn,
        "drafting_unit" => M::LDraftingUnit,
        "cited_by" => M::LCitedBy,
        "proposal" => M::LProposal,
        "remedy" => M::LRemedy,
        "raised_on" => M::LRaised,
        "resolved_on" => M::LResolvedOn,
        "note" => M::LNote,
        "age_days" => M::LAge,
        "value" => M::LValue,
        "source" => M::LSource,
        "as_of" => M::LAsOf,
        "lunar" => M::LLunar,
        "due_lunar" => M::LDueLunar,
        "history" => M::LFactHistory,
        _ => return None,
    }))
}

/// The records citing a document, as a section of its `show`.
fn cited_listing(cites: &[Citation]) -> Listing {
    let rows = cites
        .iter()
        .map(|c| {
            let kind = record_kind_label(c.record);
            vec![format!("#{}", c.id), kind.to_string(), c.text.clone()]
        })
        .collect();
    Listing {
        title: Some(s(M::LCitedBy).to_string()),
        headers: vec![
            s(M::LId).to_string(),
            s(M::LType).to_string(),
            s(M::LText).to_string(),
        ],
        rows,
        empty: Some(s(M::DocNotCited).to_string()),
        ..Listing::default()
    }
}

/// The open blockers of a task, as a section of its `show`: the blocker table under a
/// title, without the count `blocker list` puts under it.
fn blockers_section(v: &[Blocker]) -> Listing {
    let mut l = blocker_listing(v);
    l.title = Some(s(M::LBlockers).to_string());
    l.footer = None;
    l
}

/// `show` of a removed record: the record as it was, said to be removed and when. JSON
/// adds `deleted_at` to the kinds whose object lacks it.
pub struct RemovedDetails {
    pub details: Details,
    pub deleted_at: String,
}

/// A record's object with its removal stamp after its own keys.
#[derive(Serialize)]
struct WithDeleted<'a, T: Serialize> {
    #[serde(flatten)]
    record: T,
    deleted_at: &'a str,
}

impl Render for RemovedDetails {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        let at = self.deleted_at.as_str();
        fn with<T: Serialize>(buf: &mut Vec<u8>, record: T, deleted_at: &str) -> Result<()> {
            super::json(buf, &WithDeleted { record, deleted_at })
        }
        match &self.details {
            Details::Entry { entry, .. } => with(buf, EntryView::of(entry), at),
            Details::Task { task, timeline, .. } => with(buf, TaskView::of(task, timeline), at),
            Details::Document { doc, .. } => with(buf, doc, at),
            Details::Blocker(r) => with(buf, r, at),
            Details::Fact { fact, history } => with(buf, FactView { fact, history }, at),
            Details::Unit(r) => with(buf, r, at),
            Details::Field(r) => with(buf, r, at),
            // These stored rows carry their own `deleted_at`.
            Details::Note(_)
            | Details::Plan(_)
            | Details::Goal { .. }
            | Details::Contingency { .. }
            | Details::Submission(_) => self.details.json(buf),
            Details::Consultation(r) => with(buf, r, at),
            Details::Proposal(r) => with(buf, r, at),
        }
    }

    fn human(&self) -> Result<Human> {
        let note = crate::i18n::t(M::ShowRemoved, &[&removed_day(&self.deleted_at)]);
        let mark = |l: &mut Listing| {
            l.title = Some(format!("{} — {note}", l.title.clone().unwrap_or_default()));
        };
        Ok(match self.details.human()? {
            Human::Listing(mut l) => {
                mark(&mut l);
                Human::Listing(l)
            }
            Human::Sections(mut v) => {
                if let Some(first) = v.first_mut() {
                    mark(first);
                }
                Human::Sections(v)
            }
            Human::Lines(v) => Human::Lines(v),
        })
    }
}

/// The day of an RFC 3339 stamp, as dates are shown.
fn removed_day(stamp: &str) -> String {
    stamp
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(crate::i18n::date)
        .unwrap_or_else(|| stamp.to_string())
}
