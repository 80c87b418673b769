//! The follow-ups report as the official's own *báo cáo*: I each unit's pending
//! assignments (major schemes first) with how late they are and the unit's last answer;
//! II the open obstacles with the remedies proposed; III what the leadership is asked to
//! direct; the list of assignments as a table in the appendix.

use super::prose::{self, capital, count, join};
use super::{Issuer, Part, appendix_note, appendix_title, duty, frame, numbered};
use crate::i18n::{M, s, t};
use crate::model::Blocker;
use crate::render::doc::{AdminReport, Chart, Para, Table};
use crate::report::followups::{FollowupItem, FollowupsReport};
use std::collections::{BTreeMap, HashMap};

/// What the follow-ups document says beyond the report: the open obstacles (of the unit
/// asked for, or all) and the units' names.
#[derive(Debug, Clone, Default)]
pub struct FollowupsContent {
    /// The open obstacles, oldest first.
    pub blockers: Vec<Blocker>,
    /// Unit aliases to names, for the shorthand of the texts.
    pub unit_names: BTreeMap<String, String>,
}

struct Follow<'a> {
    r: &'a FollowupsReport,
    c: &'a FollowupsContent,
    issuer: &'a Issuer,
}

impl Follow<'_> {
    fn clean(&self, text: &str) -> String {
        prose::clean(text, &self.c.unit_names)
    }

    fn unit(&self, alias: &str) -> String {
        self.c
            .unit_names
            .get(alias)
            .cloned()
            .or_else(|| {
                self.r
                    .units
                    .iter()
                    .find(|u| u.unit == alias)
                    .map(|u| u.name.clone())
            })
            .unwrap_or_else(|| alias.to_string())
    }

    fn items(&self) -> impl Iterator<Item = &FollowupItem> {
        self.r.units.iter().flat_map(|u| u.followups.iter())
    }

    /// Days past the due date, today.
    fn days_late(&self, f: &FollowupItem) -> Option<i64> {
        f.due
            .map(|d| (self.issuer.today - d).num_days())
            .filter(|d| f.overdue && *d > 0)
    }
}

/// The follow-ups report as a document.
pub fn followups_document(
    issuer: &Issuer,
    r: &FollowupsReport,
    content: &FollowupsContent,
) -> (AdminReport, Vec<Chart>) {
    let f = Follow {
        r,
        c: content,
        issuer,
    };
    let today = prose::date(issuer.today);
    let mut doc = frame(issuer, t(M::DocSummaryFollowups, &[&today]));
    doc.intro = Some(capital(&t(M::DocFollowupsIntro, &[&duty(issuer), &today])));
    doc.sections = numbered(vec![by_unit(&f), obstacles(&f), proposals(&f)]);
    doc.closing = t(M::DocClosingFollowups, &[&today]);
    doc.appendix = appendix(&f);
    (doc, Vec::new())
}

/// "giao ngày 15/11/2022, hạn 09/12/2022, quá hạn 19 ngày" and the marks that apply.
fn notes(f: &Follow, x: &FollowupItem) -> Vec<String> {
    let mut notes = vec![t(M::DocAssigned, &[&prose::date(x.assigned)])];
    match x.due {
        Some(due) => notes.push(t(M::DocDue, &[&prose::date(due)])),
        None => notes.push(s(M::DocNoDue).to_string()),
    }
    if let Some(late) = f.days_late(x) {
        notes.push(t(M::DocLate, &[&count(late, M::DocNDays)]));
    }
    if let Some(old) = &x.formerly {
        notes.push(t(M::DocFormerly, &[&f.unit(old)]));
    }
    if x.stale {
        notes.push(s(M::DocStaleNews).to_string());
    }
    notes
}

/// I. Each unit's pending assignments, major schemes first, with the unit's last answer.
fn by_unit(f: &Follow) -> Part {
    let mut part = Part::new(s(M::DocPartFollowups).to_string());
    let today = prose::date(f.issuer.today);
    let total = f.items().count();
    if total == 0 {
        part.lead.push(Para::Text(t(M::DocFollowupsNone, &[&today])));
        return part;
    }
    let mut sentence = t(
        M::DocFollowupsSentence,
        &[
            &today,
            &count(total as i64, M::DocNTasks),
            &count(f.r.units.len() as i64, M::DocNUnits),
        ],
    );
    let overdue = f.items().filter(|x| f.days_late(x).is_some()).count();
    let major = f.items().filter(|x| x.major).count();
    let stale = f.items().filter(|x| x.stale).count();
    let mut which = Vec::new();
    if overdue > 0 {
        which.push(t(M::DocFollowupsOverdue, &[&overdue]));
    }
    if major > 0 {
        which.push(count(major as i64, M::DocNMajor));
    }
    if stale > 0 {
        which.push(t(M::DocFollowupsStale, &[&stale]));
    }
    if !which.is_empty() {
        sentence.push_str(&t(M::DocFollowupsOfWhich, &[&join(&which)]));
    }
    part.lead.push(Para::Text(format!("{sentence}.")));
    for u in &f.r.units {
        let body = u
            .followups
            .iter()
            .map(|x| {
                let major = if x.major {
                    format!("{}: ", capital(s(M::DocMajorScheme)))
                } else {
                    String::new()
                };
                let mut line = format!(
                    "{major}{} ({})",
                    capital(&f.clean(&x.title)),
                    notes(f, x).join(", ")
                );
                if let Some(n) = &x.last_note {
                    line.push_str(&t(M::DocLastNote, &[&f.clean(n)]));
                }
                Para::Bullet(format!("{line}."))
            })
            .collect();
        part = part.sub(u.name.clone(), body);
    }
    part
}

/// The follow-up an obstacle was raised on, by task id.
fn titles(f: &Follow) -> HashMap<i64, String> {
    f.items().map(|x| (x.id, x.title.clone())).collect()
}

/// II. The open obstacles: the unit, the assignment concerned, since when, the remedy
/// proposed.
fn obstacles(f: &Follow) -> Part {
    let titles = titles(f);
    let mut part = Part::new(s(M::DocObstaclesTitle).to_string());
    part.lead =
        f.c.blockers
            .iter()
            .map(|b| {
                let since = prose::date(b.raised_on);
                let mut line = match b.task.and_then(|id| titles.get(&id)) {
                    Some(title) => t(
                        M::DocObstacleTask,
                        &[&f.unit(&b.unit), &f.clean(title), &f.clean(&b.text), &since],
                    ),
                    None => t(M::DocObstacleLine, &[&f.unit(&b.unit), &f.clean(&b.text), &since]),
                };
                if let Some(p) = &b.proposal {
                    line.push_str(&t(M::DocObstacleProposal, &[&f.clean(p)]));
                }
                if let Some(r) = b.remedy {
                    line.push_str(&t(
                        M::DocObstacleRemedy,
                        &[&crate::render::labels::remedy_label(r).to_lowercase()],
                    ));
                }
                Para::Bullet(format!("{line}."))
            })
            .collect();
    part
}

/// III. What the leadership is asked for: the obstacles' proposals, then to press each
/// unit with overdue assignments.
fn proposals(f: &Follow) -> Part {
    let mut part = Part::new(s(M::DocPartProposals).to_string());
    part.lead =
        f.c.blockers
            .iter()
            .filter_map(|b| {
                let p = b.proposal.as_ref()?;
                Some(Para::Bullet(t(
                    M::DocProposalLine,
                    &[&capital(&f.clean(p)), &f.clean(&b.text), &f.unit(&b.unit)],
                )))
            })
            .collect();
    for u in &f.r.units {
        let late: Vec<String> = u
            .followups
            .iter()
            .filter(|x| f.days_late(x).is_some())
            .map(|x| f.clean(&x.title))
            .collect();
        if !late.is_empty() {
            part.lead
                .push(Para::Bullet(t(M::DocUrgeLine, &[&u.name, &join(&late)])));
        }
    }
    part
}

/// The appendix: every pending assignment as a row, with its obstacles.
fn appendix(f: &Follow) -> Vec<Table> {
    let mut rows = Vec::new();
    for u in &f.r.units {
        for x in &u.followups {
            let state = match f.days_late(x) {
                Some(late) => t(M::DocLate, &[&count(late, M::DocNDays)]),
                None => s(M::DocOnTime).to_string(),
            };
            let obstacles: Vec<String> = x
                .blockers
                .iter()
                .map(|b| {
                    let mut o = capital(&f.clean(&b.text));
                    if let Some(p) = &b.proposal {
                        o.push_str(&t(M::DocObstacleProposal, &[&f.clean(p)]));
                    }
                    o
                })
                .collect();
            let major = if x.major {
                format!(" ({})", s(M::DocMajorScheme))
            } else {
                String::new()
            };
            rows.push(vec![
                (rows.len() + 1).to_string(),
                u.name.clone(),
                format!("{}{major}", capital(&f.clean(&x.title))),
                x.due.map(prose::date).unwrap_or_default(),
                capital(&state),
                obstacles.join("; "),
            ]);
        }
    }
    if rows.is_empty() {
        return Vec::new();
    }
    vec![Table {
        title: appendix_title(1),
        caption: Some(s(M::DocAppendixFollowups).to_string()),
        note: Some(appendix_note(f.issuer)),
        // Wide enough for "STT" and a whole dd/mm/yyyy date on one line.
        widths: vec![15, 26, 50, 29, 24, 56],
        headers: vec![
            s(M::DocStt).into(),
            s(M::LUnit).into(),
            s(M::LTitle).into(),
            s(M::LDue).into(),
            s(M::DocColState).into(),
            s(M::DocColObstacle).into(),
        ],
        rows,
    }]
}
