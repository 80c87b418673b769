//! The month (year, range) report as the official's own *báo cáo*: I results in
//! sentences, the work by kind with its content, the tasks completed, the follow-ups by
//! unit, obstacles, contingencies and documents; II assessment; III the next period;
//! IV proposals; the figures in a numbered appendix.

use super::prose::{self, capital, count, hours, join};
use super::{Issuer, Part, appendix_note, appendix_title, frame, numbered};
use crate::dates::PeriodKind;
use crate::i18n::{M, s, t};
use crate::model::ContingencyStatus;
use crate::model::period::Following;
use crate::render::doc::{AdminReport, Chart, Para, Table};
use crate::render::reports::tagged;
use crate::report::input::MonthContent;
use crate::report::month::{Body, MonthReport, NextTask};
use chrono::Datelike;
use std::collections::BTreeMap;

/// What a month document is made from.
struct Month<'a> {
    r: &'a MonthReport,
    next: &'a [NextTask],
    c: &'a MonthContent,
    issuer: &'a Issuer,
}

impl Month<'_> {
    fn b(&self) -> &Body {
        &self.r.body
    }

    /// `text` as prose: shorthand written out.
    fn clean(&self, text: &str) -> String {
        prose::clean(text, &self.c.unit_names)
    }

    /// The unit `alias` by its name.
    fn unit(&self, alias: &str) -> String {
        self.c
            .unit_names
            .get(alias)
            .cloned()
            .or_else(|| {
                self.b()
                    .followups
                    .by_unit
                    .iter()
                    .find(|u| u.unit == alias)
                    .map(|u| u.name.clone())
            })
            .unwrap_or_else(|| alias.to_string())
    }
}

/// "tháng 12 năm 2022", "năm 2022", "kỳ từ ngày … đến ngày …".
fn period_name(r: &MonthReport) -> String {
    let p = &r.period;
    match p.kind {
        PeriodKind::Month => prose::month_name(p.to),
        PeriodKind::Year => t(M::DocYearName, &[&p.to.year()]),
        _ => t(M::DocPeriodName, &[&prose::date(p.from), &prose::date(p.to)]),
    }
}

/// The dates covered, stated when they are not the calendar month or year.
fn covered(r: &MonthReport) -> Option<String> {
    let p = &r.period;
    let calendar = match p.kind {
        PeriodKind::Month | PeriodKind::Year => p.from.day() == 1,
        _ => true,
    };
    (!calendar).then(|| t(M::DocCovered, &[&prose::date(p.from), &prose::date(p.to)]))
}

fn next_period_name(r: &MonthReport) -> String {
    match r.period.following() {
        Following::Year(y) => t(M::DocYearName, &[&y]),
        // With a cut-off the next reporting month is named by the month it ends in.
        Following::Month(end) => prose::month_name(end),
    }
}

fn pct(part: i64, whole: i64) -> String {
    if whole == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// The month (year, range) report as a document. `next` are the open tasks planned in or
/// due in the next period, `content` what the sections say beyond the counters.
pub fn month_document(
    issuer: &Issuer,
    r: &MonthReport,
    next: &[NextTask],
    content: &MonthContent,
) -> (AdminReport, Vec<Chart>) {
    let m = Month {
        r,
        next,
        c: content,
        issuer,
    };
    let name = period_name(r);
    let dated = match covered(r) {
        Some(c) => format!("{name} ({c})"),
        None => name.clone(),
    };
    let mut doc = frame(
        issuer,
        capital(&t(M::DocSummaryMonth, &[&dated, &next_period_name(r)])),
    );
    doc.intro = Some(intro(issuer, &dated));
    doc.notice = notice(r);
    doc.sections = numbered(vec![results(&m), assessment(&m), next_period(&m), proposals(&m)]);
    doc.closing = t(M::DocClosing, &[&name]);
    doc.appendix = appendix(&m);
    (doc, charts(m.b()))
}

/// "Thực hiện nhiệm vụ được giao, tôi, Nguyễn Văn A, Chuyên viên Văn phòng UBND tỉnh,
/// xin báo cáo …": the official by name and duty, or "tôi" alone.
pub(super) fn intro(issuer: &Issuer, dated: &str) -> String {
    capital(&t(M::DocIntroSelf, &[&super::duty(issuer), &dated]))
}

/// That this version replaces a submitted one, when it was amended since.
fn notice(r: &MonthReport) -> Option<String> {
    let (at, a) = (r.submitted_at.as_ref()?, r.amendments.as_ref()?);
    if a.is_empty() {
        return None;
    }
    let day = chrono::NaiveDate::parse_from_str(at.get(..10).unwrap_or(at), "%Y-%m-%d")
        .map(prose::date)
        .unwrap_or_else(|_| at.clone());
    Some(t(M::DocAmended, &[&day, &count(a.len() as i64, M::DocNChanges)]))
}

/// I. Results: the figures, the work by kind, the tasks done, the follow-ups, the
/// obstacles, the contingencies and the documents.
fn results(m: &Month) -> Part {
    let b = m.b();
    let e = &b.entries.counts;
    let tk = &b.tasks;
    let mut part = Part::new(s(M::DocPartResults).to_string());
    part.lead.push(Para::Text(t(
        M::DocEntriesSentence,
        &[
            &count(e.total, M::DocNEntries),
            &hours(e.minutes),
            &e.days_logged,
            &count(e.working_days, M::DocNWorkingDays),
            &e.planned,
            &e.arising,
            &pct(e.arising, e.total),
        ],
    )));
    part.lead.push(Para::Text(t(
        M::DocTasksSentence,
        &[
            &count(tk.planned, M::DocNTasks),
            &tk.done,
            &tk.done_on_time,
            &(tk.done - tk.done_on_time),
            &tk.open,
            &tk.overdue,
        ],
    )));
    part.sub(s(M::DocByKindTitle).to_string(), work_by_kind(m))
        .sub(s(M::DocDoneTitle).to_string(), tasks_done(m))
        .sub(s(M::DocFollowTitle).to_string(), followups(m))
        .sub(s(M::DocObstaclesTitle).to_string(), obstacles(m))
        .sub(s(M::DocContTitle).to_string(), contingencies(m))
        .sub(s(M::DocDocsTitle).to_string(), documents(m))
}

/// Each kind of work: its count and time, then its main entries with their dates and
/// units.
fn work_by_kind(m: &Month) -> Vec<Para> {
    let mut out = Vec::new();
    for k in &m.b().entries.by_kind {
        out.push(Para::Text(t(
            M::DocKindLine,
            &[&k.label, &count(k.count, M::DocNEntries), &hours(k.minutes)],
        )));
        let key = k.key.as_deref().unwrap_or("");
        for e in m.c.entries.iter().filter(|e| e.kind == key) {
            let mut about = vec![prose::date(e.date)];
            about.extend(e.units.iter().cloned());
            out.push(Para::Bullet(format!(
                "{} ({}).",
                capital(&m.clean(&e.text)),
                about.join("; ")
            )));
        }
        if let Some(n) = m.c.more.get(key).filter(|n| **n > 0) {
            out.push(Para::Bullet(t(M::DocMoreEntries, &[&count(*n, M::DocNEntries)])));
        }
    }
    out
}

/// Every task completed: when, against its due date, and the unit concerned.
fn tasks_done(m: &Month) -> Vec<Para> {
    m.b()
        .done_list
        .iter()
        .map(|d| {
            let mut line = capital(&tagged(&d.from, &m.clean(&d.title)));
            if let Some(u) = &d.unit {
                line.push_str(&format!(" ({})", m.unit(u)));
            }
            let closed = d.closed_on.map(prose::date).unwrap_or_default();
            let when = match (d.due, d.closed_on) {
                (Some(due), Some(c)) if c > due => t(
                    M::DocDoneLate,
                    &[
                        &closed,
                        &prose::date(due),
                        &count((c - due).num_days(), M::DocNDays),
                    ],
                ),
                (Some(due), _) => t(M::DocDoneOnTime, &[&closed, &prose::date(due)]),
                _ => t(M::DocDoneOn, &[&closed]),
            };
            Para::Bullet(format!("{line}: {when}."))
        })
        .collect()
}

/// The follow-ups in sentences: the counts, then each unit — what it finished, what it has
/// not and how late.
fn followups(m: &Month) -> Vec<Para> {
    let f = &m.b().followups;
    if f.open + f.done == 0 && m.c.followups.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Para::Text(t(
        M::DocFollowSentence,
        &[&count(f.done, M::DocNFollowups), &f.open, &f.overdue],
    ))];
    let mut units: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    for d in m.b().done_list.iter() {
        if let Some(u) = &d.unit {
            let when = d.closed_on.map(prose::date).unwrap_or_default();
            units.entry(m.unit(u)).or_default().0.push(format!(
                "{} ({})",
                m.clean(&d.title),
                t(M::DocOnDay, &[&when])
            ));
        }
    }
    for o in &m.c.followups {
        let mut what = m.clean(&o.title);
        let mut notes = Vec::new();
        if let Some(due) = o.due {
            notes.push(t(M::DocDue, &[&prose::date(due)]));
        }
        if let Some(late) = o.days_late {
            notes.push(t(M::DocLate, &[&count(late, M::DocNDays)]));
        }
        if !notes.is_empty() {
            what.push_str(&format!(" ({})", notes.join(", ")));
        }
        units.entry(o.unit.clone()).or_default().1.push(what);
    }
    for (unit, (done, open)) in units {
        let mut parts = Vec::new();
        if !done.is_empty() {
            parts.push(t(M::DocUnitDone, &[&join(&done)]));
        }
        if !open.is_empty() {
            parts.push(t(M::DocUnitOpen, &[&join(&open)]));
        }
        out.push(Para::Bullet(format!("{unit} {}.", parts.join("; "))));
    }
    out
}

/// The open obstacles with the remedies proposed.
fn obstacles(m: &Month) -> Vec<Para> {
    m.b()
        .blockers
        .open
        .iter()
        .map(|x| {
            let mut line = t(
                M::DocObstacleLine,
                &[
                    &m.unit(&x.unit),
                    &m.clean(&tagged(&x.from, &x.text)),
                    &prose::date(x.raised_on),
                ],
            );
            if let Some(p) = &x.proposal {
                line.push_str(&t(M::DocObstacleProposal, &[&m.clean(p)]));
            }
            if let Some(r) = x.remedy {
                line.push_str(&t(
                    M::DocObstacleRemedy,
                    &[&crate::render::labels::remedy_label(r).to_lowercase()],
                ));
            }
            Para::Bullet(format!("{line}."))
        })
        .collect()
}

/// The contingencies prepared and those triggered, with their outcomes.
fn contingencies(m: &Month) -> Vec<Para> {
    let c = &m.b().contingencies;
    if c.list.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Para::Text(t(
        M::DocContSentence,
        &[&count(c.prepared, M::DocNContingencies), &c.triggered],
    ))];
    for x in &c.list {
        let state = match (x.status, &x.outcome) {
            (ContingencyStatus::Open, _) => s(M::DocContNotTriggered).to_string(),
            (_, Some(o)) => t(
                M::DocContTriggered,
                &[&x.triggered_on.map(prose::date).unwrap_or_default(), &m.clean(o)],
            ),
            (_, None) => t(
                M::DocContTriggeredNoOutcome,
                &[&x.triggered_on.map(prose::date).unwrap_or_default()],
            ),
        };
        out.push(Para::Bullet(format!(
            "{}: {}; {state}.",
            capital(&m.clean(&tagged(&x.from, &x.situation))),
            m.clean(&x.response)
        )));
    }
    out
}

/// The documents issued in the period and those its work cites.
fn documents(m: &Month) -> Vec<Para> {
    let d = &m.b().documents;
    let mut out = vec![Para::Text(t(
        M::DocDocsSentence,
        &[&count(d.issued, M::DocNDocuments), &d.required_pending],
    ))];
    for doc in &m.c.documents {
        let number = doc.number.clone().unwrap_or_default();
        let title = if doc.title.is_empty() {
            String::new()
        } else {
            format!(" {}", doc.title)
        };
        let line = if doc.issued_in_period {
            t(
                M::DocDocIssued,
                &[
                    &number,
                    &title,
                    &doc.issued_on.map(prose::date).unwrap_or_default(),
                ],
            )
        } else {
            t(M::DocDocCited, &[&number, &title])
        };
        out.push(Para::Bullet(format!("{line}.")));
    }
    if d.issued + d.required_pending == 0 && m.c.documents.is_empty() {
        return Vec::new();
    }
    out
}

/// II. Assessment: completion and on-time rates, the change against the previous period,
/// the overdue tasks and why.
fn assessment(m: &Month) -> Part {
    let b = m.b();
    let p = &m.r.previous;
    let tk = &b.tasks;
    let mut part = Part::new(s(M::DocPartAssessment).to_string());
    part.lead.push(Para::Text(t(
        M::DocRatesSentence,
        &[
            &pct(tk.done, tk.planned),
            &tk.done,
            &tk.planned,
            &pct(tk.done_on_time, tk.done),
            &tk.done_on_time,
            &tk.done,
        ],
    )));
    if let Some(g) = m.r.goals.filter(|g| g.total > 0) {
        part.lead
            .push(Para::Text(t(M::DocGoalsSentence, &[&g.achieved, &g.total])));
    }
    if let Some(c) = m.r.proposals.filter(|c| !c.is_empty()) {
        let made = match (c.proposed, c.schemes) {
            (0, _) => s(M::DocProposalsNone).to_string(),
            (n, 0) => t(M::DocProposalsMade, &[&count(n, M::DocNProposals), &""]),
            (n, k) => t(
                M::DocProposalsMade,
                &[&count(n, M::DocNProposals), &t(M::DocProposalsSchemes, &[&k])],
            ),
        };
        let fates = prose::proposal_fates(c.accepted, c.tasks_created, c.rejected, c.pending);
        let mut sentence = vec![made];
        sentence.extend(fates);
        part.lead.push(Para::Text(format!("{}.", sentence.join("; "))));
    }
    let change = |now: i64, before: i64| match now - before {
        0 => s(M::DocUnchanged).to_string(),
        d if d > 0 => t(M::DocUp, &[&d]),
        d => t(M::DocDown, &[&-d]),
    };
    let prev_name = match p.period.kind {
        PeriodKind::Month => prose::month_name(p.period.to),
        PeriodKind::Year => t(M::DocYearName, &[&p.period.to.year()]),
        _ => t(
            M::DocPeriodName,
            &[&prose::date(p.period.from), &prose::date(p.period.to)],
        ),
    };
    let minutes = b.entries.counts.minutes - p.entries.minutes;
    let minutes_change = match minutes {
        0 => s(M::DocUnchanged).to_string(),
        d if d > 0 => t(M::DocUp, &[&hours(d)]),
        d => t(M::DocDown, &[&hours(-d)]),
    };
    part.lead.push(Para::Text(t(
        M::DocChangeSentence,
        &[
            &prev_name,
            &count(b.entries.counts.total, M::DocNEntries),
            &change(b.entries.counts.total, p.entries.total),
            &hours(b.entries.counts.minutes),
            &minutes_change,
            &count(tk.done, M::DocNTasks),
            &change(tk.done, p.tasks.done),
        ],
    )));
    let late = prose::late_tasks(&m.c.overdue, &|x| m.clean(x));
    if !late.is_empty() {
        part.lead.push(Para::Text(t(
            M::DocOverdueSentence,
            &[&count(late.len() as i64, M::DocNTasks)],
        )));
        part.lead.extend(late);
    }
    part
}

/// III. The next period: its tasks, and the follow-ups carried forward.
fn next_period(m: &Month) -> Part {
    let tasks = m
        .next
        .iter()
        .map(|task| {
            let due = task
                .due
                .map(|d| format!(" ({})", t(M::DocDue, &[&prose::date(d)])))
                .unwrap_or_default();
            Para::Bullet(format!("{}{due}.", capital(&m.clean(&task.title))))
        })
        .collect();
    let carried =
        m.c.followups
            .iter()
            .map(|o| {
                let major = if o.major {
                    format!(" ({})", s(M::DocMajorScheme))
                } else {
                    String::new()
                };
                let late = o
                    .days_late
                    .map(|d| format!(", {}", t(M::DocLate, &[&count(d, M::DocNDays)])))
                    .unwrap_or_default();
                let due = o
                    .due
                    .map(|d| t(M::DocDue, &[&prose::date(d)]))
                    .unwrap_or_else(|| s(M::DocNoDue).to_string());
                Para::Bullet(format!("{}: {}{major} ({due}{late}).", o.unit, m.clean(&o.title)))
            })
            .collect();
    let late =
        m.c.overdue
            .iter()
            .filter(|x| x.unit.is_none())
            .map(|x| {
                Para::Bullet(t(
                    M::DocFinishLate,
                    &[&capital(&m.clean(&x.title)), &prose::date(x.due)],
                ))
            })
            .collect();
    Part::new(t(M::DocPartNext, &[&next_period_name(m.r)]))
        .sub(s(M::DocNextTasksTitle).to_string(), tasks)
        .sub(s(M::DocNextLateTitle).to_string(), late)
        .sub(s(M::DocNextFollowTitle).to_string(), carried)
}

/// IV. Proposals: those of the open obstacles.
fn proposals(m: &Month) -> Part {
    let mut part = Part::new(s(M::DocPartProposals).to_string());
    part.lead = m
        .b()
        .blockers
        .open
        .iter()
        .filter_map(|x| {
            let p = x.proposal.as_ref()?;
            Some(Para::Bullet(t(
                M::DocProposalLine,
                &[&capital(&m.clean(p)), &m.clean(&x.text), &m.unit(&x.unit)],
            )))
        })
        .collect();
    part
}

/// The appendix: the work by kind and the tasks done, numbered, with an STT column.
fn appendix(m: &Month) -> Vec<Table> {
    let b = m.b();
    let note = Some(appendix_note(m.issuer));
    let mut out = vec![Table {
        title: String::new(),
        caption: Some(s(M::DocAppendixKinds).to_string()),
        note: note.clone(),
        widths: vec![3, 12, 5, 6],
        headers: vec![
            s(M::DocStt).into(),
            s(M::LKind).into(),
            s(M::RCount).into(),
            s(M::DocHours).into(),
        ],
        rows: b
            .entries
            .by_kind
            .iter()
            .enumerate()
            .map(|(i, k)| {
                vec![
                    (i + 1).to_string(),
                    k.label.clone(),
                    k.count.to_string(),
                    hours(k.minutes),
                ]
            })
            .collect(),
    }];
    if !b.done_list.is_empty() {
        out.push(Table {
            title: String::new(),
            caption: Some(s(M::RDoneList).to_string()),
            note,
            widths: vec![3, 11, 6, 5, 5],
            headers: vec![
                s(M::DocStt).into(),
                s(M::LTitle).into(),
                s(M::LUnit).into(),
                s(M::LDue).into(),
                s(M::LClosed).into(),
            ],
            rows: b
                .done_list
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    vec![
                        (i + 1).to_string(),
                        capital(&m.clean(&tagged(&d.from, &d.title))),
                        d.unit.as_deref().map(|u| m.unit(u)).unwrap_or_default(),
                        d.due.map(prose::date).unwrap_or_default(),
                        d.closed_on.map(prose::date).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    for (i, table) in out.iter_mut().enumerate() {
        table.title = appendix_title(i + 1);
    }
    out
}

/// The month charts: entries per day and per kind.
fn charts(b: &Body) -> Vec<Chart> {
    vec![
        Chart {
            title: s(M::RDaily).to_string(),
            bars: b
                .daily
                .iter()
                .map(|d| (d.date.format("%d").to_string(), d.count as f64))
                .collect(),
        },
        Chart {
            title: s(M::RByKind).to_string(),
            bars: b
                .entries
                .by_kind
                .iter()
                .map(|k| (k.label.clone(), k.count as f64))
                .collect(),
        },
    ]
}
