//! The giao ban briefing as the official's own *báo cáo*: I the week's results (the plan
//! items and their results, the arising work, the goals); II the items cleared with a
//! leader — agreed first, then those not agreed, then those not yet consulted, each
//! marked so; III what needs the leadership's direction (overdue follow-ups, open
//! obstacles); IV the proposals and their fate.

use super::prose::{self, capital, count, join};
use super::{Issuer, Part, frame, numbered};
use crate::i18n::{M, s, t};
use crate::model::{ConsultStatus, ProposalStatus};
use crate::render::doc::{AdminReport, Para};
use crate::report::briefing::{BriefConsultation, BriefProposal, BriefingReport, LinkedTask};
use crate::report::week::{Item, ItemResult};
use std::collections::BTreeMap;

/// What a briefing document is made from.
struct Brief<'a> {
    r: &'a BriefingReport,
    units: &'a BTreeMap<String, String>,
}

impl Brief<'_> {
    /// `text` as prose: shorthand written out.
    fn clean(&self, text: &str) -> String {
        prose::clean(text, self.units)
    }

    /// The unit `alias` by its name.
    fn unit(&self, alias: &str) -> String {
        self.units
            .get(alias)
            .cloned()
            .unwrap_or_else(|| alias.to_string())
    }

    /// "Rà soát số liệu (Sở Tài chính, hạn 20/12/2022)".
    fn task(&self, task: &LinkedTask) -> String {
        let mut notes = Vec::new();
        if let Some(u) = task
            .unit_name
            .clone()
            .or_else(|| task.unit.as_deref().map(|u| self.unit(u)))
        {
            notes.push(u);
        }
        if let Some(d) = task.due {
            notes.push(t(M::DocDue, &[&prose::date(d)]));
        }
        let notes = match notes.is_empty() {
            true => String::new(),
            false => format!(" ({})", notes.join(", ")),
        };
        format!("{}{notes}", self.clean(&task.title))
    }

    /// " Nhiệm vụ được giao: A (…); B (…)." for the tasks an opinion or an acceptance
    /// created, after the sentence they follow.
    fn tasks(&self, tasks: &[LinkedTask]) -> String {
        if tasks.is_empty() {
            return String::new();
        }
        let list: Vec<String> = tasks.iter().map(|x| self.task(x)).collect();
        t(M::DocBriefTasks, &[&list.join("; ")])
    }
}

/// "tuần từ ngày 12/12/2022 đến ngày 18/12/2022".
fn week_name(r: &BriefingReport) -> String {
    t(
        M::DocBriefWeek,
        &[&prose::date(r.week.period.from), &prose::date(r.week.period.to)],
    )
}

/// The briefing as a document; `units` maps unit aliases to names.
pub fn briefing_document(
    issuer: &Issuer,
    r: &BriefingReport,
    units: &BTreeMap<String, String>,
) -> AdminReport {
    let b = Brief { r, units };
    let week = week_name(r);
    let mut doc = frame(
        issuer,
        capital(&t(M::DocSummaryBriefing, &[&prose::date(r.date)])),
    );
    doc.intro = Some(capital(&t(M::DocBriefIntro, &[&super::duty(issuer), &week])));
    doc.sections = numbered(vec![results(&b), consultations(&b), direction(&b), proposals(&b)]);
    doc.closing = t(M::DocClosingBriefing, &[&week]);
    doc
}

/// A plan label as prose: "2022-W52" as "tuần từ ngày 26/12/2022 đến ngày 01/01/2023",
/// "2023-01" as "tháng 01 năm 2023"; anything else as it is.
fn plan_name(label: &str) -> String {
    let week = label.split_once("-W").and_then(|(y, w)| {
        let monday =
            chrono::NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, chrono::Weekday::Mon)?;
        Some(t(
            M::DocBriefWeek,
            &[&prose::date(monday), &prose::date(monday + chrono::Days::new(6))],
        ))
    });
    let month = || {
        chrono::NaiveDate::parse_from_str(&format!("{label}-01"), "%Y-%m-%d")
            .ok()
            .map(prose::month_name)
    };
    week.or_else(month).unwrap_or_else(|| label.to_string())
}

/// "Hoàn thiện dự thảo (chuyển sang 2022-W51: chờ số liệu)."
fn item_line(b: &Brief, i: &Item) -> Para {
    let mut notes = Vec::new();
    if let (ItemResult::Carried, Some(to)) = (i.result, &i.carried_to) {
        notes.push(t(M::DocBriefCarriedTo, &[&plan_name(to)]));
    } else if i.result == ItemResult::InProgress {
        notes.push(s(M::DocBriefInProgress).to_string());
    } else if i.result == ItemResult::Dropped {
        notes.push(s(M::DocBriefDropped).to_string());
    }
    if let Some(why) = &i.reason {
        notes.push(t(M::DocWhy, &[&b.clean(why)]));
    }
    let notes = match notes.is_empty() {
        true => String::new(),
        false => format!(" ({})", notes.join("; ")),
    };
    Para::Bullet(format!("{}{notes}.", capital(&b.clean(&i.title))))
}

/// I. The week's results: the counts in a sentence, what was done, what was not, the
/// arising work and the goals.
fn results(b: &Brief) -> Part {
    let w = &b.r.week;
    let c = &w.results;
    let mut part = Part::new(s(M::DocPartBriefing1).to_string());
    if !w.items.is_empty() {
        let results: Vec<String> = [
            (c.done, M::DocBriefNDone),
            (c.in_progress, M::DocBriefNInProgress),
            (c.not_done + c.dropped, M::DocBriefNNotDone),
            (c.carried, M::DocBriefNCarried),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, m)| t(m, &[&n]))
        .collect();
        part.lead.push(Para::Text(t(
            M::DocBriefPlanSentence,
            &[&count(w.items.len() as i64, M::DocNTasks), &results.join(", ")],
        )));
    }
    let e = &w.entries;
    let kinds: Vec<String> = [(e.planned, M::DocBriefNPlanned), (e.arising, M::DocBriefNArising)]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, m)| t(m, &[&n]))
        .collect();
    part.lead.push(Para::Text(match e.total {
        0 => s(M::DocBriefNoEntries).to_string(),
        n => t(
            M::DocBriefEntriesSentence,
            &[&count(n as i64, M::DocNEntries), &join(&kinds)],
        ),
    }));
    let done = w
        .items
        .iter()
        .filter(|i| i.result == ItemResult::Done)
        .map(|i| item_line(b, i))
        .collect();
    let open = w
        .items
        .iter()
        .filter(|i| i.result != ItemResult::Done)
        .map(|i| item_line(b, i))
        .collect();
    let arising = w
        .arising_work
        .iter()
        .map(|a| Para::Bullet(format!("{}: {}.", prose::date(a.date), b.clean(&a.text))))
        .collect();
    let goals = w
        .goals
        .iter()
        .map(|g| {
            let mark = match g.achieved {
                true => s(M::DocBriefGoalMet),
                false => s(M::DocBriefGoalNotMet),
            };
            Para::Bullet(format!("{} ({mark}).", capital(&b.clean(&g.text))))
        })
        .collect();
    part.sub(s(M::DocBriefDoneTitle).to_string(), done)
        .sub(s(M::DocBriefOpenTitle).to_string(), open)
        .sub(s(M::DocBriefArisingTitle).to_string(), arising)
        .sub(s(M::DocBriefGoalsTitle).to_string(), goals)
}

/// One consultation: what, when the leader answered and what they said, the tasks the
/// opinion created; those not agreed or not consulted marked so.
fn consultation_line(b: &Brief, c: &BriefConsultation) -> Para {
    let text = capital(&b.clean(&c.text));
    let line = match (c.status, &c.opinion, c.answered_on) {
        (ConsultStatus::Open, _, _) => {
            let when = c
                .for_date
                .map(|d| t(M::DocBriefForMeeting, &[&prose::date(d)]))
                .unwrap_or_default();
            t(M::DocBriefNotConsulted, &[&text, &c.leader_name, &when])
        }
        (status, opinion, on) => {
            let on = on.map(|d| t(M::DocOnDay, &[&prose::date(d)])).unwrap_or_default();
            let opinion = opinion
                .as_deref()
                .map(|o| b.clean(o).trim_end_matches(['.', ';']).to_string())
                .unwrap_or_default();
            let mark = match status {
                ConsultStatus::Agreed => String::new(),
                ConsultStatus::Revise => t(M::DocBriefMark, &[&s(M::DocBriefRevise)]),
                _ => t(M::DocBriefMark, &[&s(M::ConsultNotAgreed)]),
            };
            let line = t(M::DocBriefOpinion, &[&text, &mark, &c.leader_name, &on, &opinion]);
            format!("{line}{}", b.tasks(&c.tasks))
        }
    };
    Para::Bullet(line.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// II. The consultations: agreed, not agreed (or to revise), not yet consulted.
fn consultations(b: &Brief) -> Part {
    let of = |f: fn(ConsultStatus) -> bool| -> Vec<Para> {
        b.r.consultations
            .iter()
            .filter(|c| f(c.status))
            .map(|c| consultation_line(b, c))
            .collect()
    };
    Part::new(s(M::DocPartBriefing2).to_string())
        .sub(capital(s(M::ConsultAgreed)), of(|s| s == ConsultStatus::Agreed))
        .sub(
            capital(s(M::ConsultNotAgreed)),
            of(|s| matches!(s, ConsultStatus::NotAgreed | ConsultStatus::Revise)),
        )
        .sub(capital(s(M::ConsultOpen)), of(|s| s == ConsultStatus::Open))
}

/// III. What needs direction: the overdue follow-ups (major schemes first), the open
/// obstacles with the remedy proposed.
fn direction(b: &Brief) -> Part {
    let n = &b.r.needs_direction;
    let overdue = n
        .overdue
        .iter()
        .map(|f| {
            let mut notes = Vec::new();
            if let Some(d) = f.due {
                notes.push(t(M::DocDue, &[&prose::date(d)]));
            }
            notes.push(t(M::DocLate, &[&count(f.days_late, M::DocNDays)]));
            let major = match f.major {
                true => format!("{}: ", capital(s(M::DocMajorScheme))),
                false => String::new(),
            };
            let mut line = format!(
                "{major}{} – {} ({})",
                f.unit_name,
                b.clean(&f.title),
                notes.join(", ")
            );
            if let Some(note) = &f.last_note {
                line.push_str(&t(M::DocBriefLastNote, &[&b.clean(note)]));
            }
            for x in &f.blockers {
                line.push_str(&t(M::DocObstacleOf, &[&b.clean(&x.text)]));
                if let Some(p) = &x.proposal {
                    line.push_str(&t(M::DocObstacleProposal, &[&b.clean(p)]));
                }
            }
            Para::Bullet(format!("{line}."))
        })
        .collect();
    let blockers = n
        .blockers
        .iter()
        .map(|x| {
            let mut line = t(
                M::DocObstacleLine,
                &[&x.unit_name, &b.clean(&x.text), &prose::date(x.raised_on)],
            );
            if let Some(task) = &x.task_title {
                line.push_str(&t(M::DocBriefOnTask, &[&b.clean(task)]));
            }
            if let Some(p) = &x.proposal {
                line.push_str(&t(M::DocObstacleProposal, &[&b.clean(p)]));
            }
            if let Some(r) = x.remedy {
                line.push_str(&t(
                    M::DocObstacleRemedy,
                    &[&crate::render::labels::remedy_label(r).to_lowercase()],
                ));
            }
            Para::Bullet(format!("{line}."))
        })
        .collect();
    Part::new(s(M::DocPartBriefing3).to_string())
        .sub(s(M::DocBriefOverdueTitle).to_string(), overdue)
        .sub(s(M::DocObstaclesTitle).to_string(), blockers)
}

/// One proposal: a scheme named so, the units, why, and its fate.
fn proposal_line(b: &Brief, p: &BriefProposal) -> Para {
    let what = match p.scheme {
        true => format!("{}: ", capital(s(M::DocMajorScheme))),
        false => String::new(),
    };
    let units: Vec<String> = p.units.iter().map(|u| b.unit(u)).collect();
    let units = match units.is_empty() {
        true => String::new(),
        false => t(M::DocBriefProposalUnits, &[&join(&units)]),
    };
    let reason = p
        .reason
        .as_deref()
        .map(|r| t(M::DocBriefReason, &[&b.clean(r)]))
        .unwrap_or_default();
    let on = p.decided_on.map(prose::date).unwrap_or_default();
    let note = p
        .note
        .as_deref()
        .map(|n| format!(": {}", b.clean(n).trim_end_matches(['.', ';'])))
        .unwrap_or_default();
    let fate = match p.status {
        ProposalStatus::Pending => s(M::DocBriefPending).to_string(),
        ProposalStatus::Accepted => t(M::DocBriefAccepted, &[&on, &note]),
        ProposalStatus::Rejected => t(M::DocBriefRejected, &[&on, &note]),
    };
    let line = format!(
        "{what}{}{units}{reason} – {fate}.{}",
        capital(&b.clean(&p.text)),
        b.tasks(&p.tasks)
    );
    Para::Bullet(line.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// IV. The proposals: decided in the week first, then those pending.
fn proposals(b: &Brief) -> Part {
    let mut part = Part::new(s(M::DocPartBriefing4).to_string());
    part.lead = b.r.proposals.iter().map(|p| proposal_line(b, p)).collect();
    part
}
