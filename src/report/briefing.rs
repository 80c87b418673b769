//! `report briefing [DATE]` (SPEC §6): the content an official brings to the giao ban
//! meeting of DATE's week — the week's results (the `report week` object), each
//! consultation with the leader's opinion (agreed first, then those not agreed, then
//! those not yet answered), what needs the leadership's direction (overdue follow-ups
//! and open obstacles) and the proposals (pending, or decided in the week). One pure
//! function from the gathered rows to the report.

use super::followups::UnitFollowups;
use super::week::WeekReport;
use crate::model::{
    Blocker, BlockerBrief, ConsultStatus, Consultation, Proposal, ProposalStatus, Remedy, Task, TaskStatus,
};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BriefingReport {
    /// The day asked for; the meeting's week is `week.period`.
    pub date: NaiveDate,
    pub week: WeekReport,
    pub consultations: Vec<BriefConsultation>,
    pub needs_direction: NeedsDirection,
    pub proposals: Vec<BriefProposal>,
}

/// A task a leader's opinion or an accepted proposal created.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LinkedTask {
    pub id: i64,
    pub title: String,
    pub status: TaskStatus,
    pub due: Option<NaiveDate>,
    pub unit: Option<String>,
    pub unit_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BriefConsultation {
    pub id: i64,
    pub text: String,
    /// The leader's alias; `leader_name` as written down.
    pub leader: String,
    pub leader_name: String,
    #[serde(rename = "for")]
    pub for_date: Option<NaiveDate>,
    pub status: ConsultStatus,
    pub opinion: Option<String>,
    pub answered_on: Option<NaiveDate>,
    pub docs: Vec<String>,
    pub tasks: Vec<LinkedTask>,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct NeedsDirection {
    /// Follow-ups past their due date, major schemes first, then the latest due first.
    pub overdue: Vec<OverdueFollowup>,
    /// Open obstacles, oldest first, but for those on an overdue follow-up (listed there).
    pub blockers: Vec<DirectionBlocker>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OverdueFollowup {
    pub id: i64,
    pub title: String,
    pub unit: String,
    pub unit_name: String,
    pub due: Option<NaiveDate>,
    pub days_late: i64,
    pub major: bool,
    pub last_note: Option<String>,
    pub blockers: Vec<BlockerBrief>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DirectionBlocker {
    pub id: i64,
    pub text: String,
    pub unit: String,
    pub unit_name: String,
    pub task: Option<i64>,
    pub task_title: Option<String>,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub raised_on: NaiveDate,
    pub age_days: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BriefProposal {
    pub id: i64,
    pub text: String,
    pub units: Vec<String>,
    pub scheme: bool,
    pub status: ProposalStatus,
    pub reason: Option<String>,
    pub proposed_on: NaiveDate,
    pub decided_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub tasks: Vec<LinkedTask>,
}

/// What the briefing is computed from: everything live, chosen here.
pub struct BriefingInput<'a> {
    pub date: NaiveDate,
    pub today: NaiveDate,
    pub week: WeekReport,
    pub consultations: &'a [Consultation],
    pub followups: &'a [UnitFollowups],
    pub blockers: &'a [Blocker],
    pub proposals: &'a [Proposal],
    /// The tasks consultations and proposals created, and those blockers are raised on.
    pub tasks: &'a HashMap<i64, Task>,
    /// Unit aliases to names.
    pub units: &'a BTreeMap<String, String>,
}

/// Agreed first, then not agreed or to revise, then not yet answered.
fn rank(s: ConsultStatus) -> u8 {
    match s {
        ConsultStatus::Agreed => 0,
        ConsultStatus::NotAgreed | ConsultStatus::Revise => 1,
        ConsultStatus::Open => 2,
    }
}

pub fn compute(i: BriefingInput) -> BriefingReport {
    let (from, to) = (i.week.period.from, i.week.period.to);
    let in_week = |d: NaiveDate| from <= d && d <= to;
    let name = |alias: &str| i.units.get(alias).cloned().unwrap_or_else(|| alias.to_string());
    let linked = |ids: &[i64]| -> Vec<LinkedTask> {
        ids.iter()
            .filter_map(|id| i.tasks.get(id))
            .map(|t| LinkedTask {
                id: t.id,
                title: t.title.clone(),
                status: t.status,
                due: t.due,
                unit: t.unit.clone(),
                unit_name: t.unit_name.clone().or_else(|| t.unit.as_deref().map(name)),
            })
            .collect()
    };
    let mut consultations: Vec<BriefConsultation> = i
        .consultations
        .iter()
        .filter(|c| match c.for_date {
            Some(d) => in_week(d),
            None => c.is_open() || c.answered_on.is_some_and(in_week),
        })
        .map(|c| BriefConsultation {
            id: c.id,
            text: c.text.clone(),
            leader: c.leader.clone(),
            leader_name: c.leader_name.clone(),
            for_date: c.for_date,
            status: c.status,
            opinion: c.opinion.clone(),
            answered_on: c.answered_on,
            docs: c.docs.clone(),
            tasks: linked(&c.created_tasks),
        })
        .collect();
    consultations.sort_by_key(|c| (rank(c.status), c.for_date.is_none(), c.for_date, c.id));
    let mut overdue: Vec<OverdueFollowup> = i
        .followups
        .iter()
        .flat_map(|u| {
            u.followups.iter().filter(|f| f.overdue).map(|f| OverdueFollowup {
                id: f.id,
                title: f.title.clone(),
                unit: u.unit.clone(),
                unit_name: u.name.clone(),
                due: f.due,
                days_late: f.due.map(|d| (i.today - d).num_days().max(0)).unwrap_or(0),
                major: f.major,
                last_note: f.last_note.clone(),
                blockers: f.blockers.clone(),
            })
        })
        .collect();
    overdue.sort_by_key(|f| (!f.major, std::cmp::Reverse(f.days_late), f.id));
    let blockers = i
        .blockers
        .iter()
        // Those on an overdue follow-up are shown with it.
        .filter(|b| b.resolved_on.is_none())
        .filter(|b| !overdue.iter().any(|f| f.blockers.iter().any(|x| x.id == b.id)))
        .map(|b| DirectionBlocker {
            id: b.id,
            text: b.text.clone(),
            unit: b.unit.clone(),
            unit_name: name(&b.unit),
            task: b.task,
            task_title: b.task.and_then(|t| i.tasks.get(&t)).map(|t| t.title.clone()),
            proposal: b.proposal.clone(),
            remedy: b.remedy,
            raised_on: b.raised_on,
            age_days: b.age_days,
        })
        .collect();
    let mut proposals: Vec<BriefProposal> = i
        .proposals
        .iter()
        .filter(|p| p.proposed_on <= to && (p.is_pending() || p.decided_on.is_some_and(in_week)))
        .map(|p| BriefProposal {
            id: p.id,
            text: p.text.clone(),
            units: p.units.clone(),
            scheme: p.scheme,
            status: p.status,
            reason: p.reason.clone(),
            proposed_on: p.proposed_on,
            decided_on: p.decided_on,
            note: p.note.clone(),
            tasks: linked(&p.created_tasks),
        })
        .collect();
    proposals.sort_by_key(|p| (p.is_pending(), !p.scheme, p.proposed_on, p.id));
    BriefingReport {
        date: i.date,
        week: i.week,
        consultations,
        needs_direction: NeedsDirection { overdue, blockers },
        proposals,
    }
}

impl BriefProposal {
    pub fn is_pending(&self) -> bool {
        self.status == ProposalStatus::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;
    use crate::report::week::{PeriodInfo, WeekInput};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn week() -> WeekReport {
        crate::report::week::compute(&WeekInput {
            period: PeriodInfo {
                kind: "week".into(),
                label: "2022-W51".into(),
                from: d("2022-12-19"),
                to: d("2022-12-25"),
            },
            plan_id: None,
            closed_on: None,
            note: None,
            items: vec![],
            goals: vec![],
            contingencies: vec![],
            entries: vec![],
            histories: Default::default(),
        })
    }

    fn consult(
        id: i64,
        status: ConsultStatus,
        for_date: Option<&str>,
        answered: Option<&str>,
    ) -> Consultation {
        Consultation {
            id,
            record: RecordKind::Consultation,
            text: format!("c{id}"),
            leader: "pct".into(),
            leader_name: "PCT".into(),
            for_date: for_date.map(d),
            status,
            opinion: None,
            answered_on: answered.map(d),
            concerns: vec![],
            docs: vec![],
            created_tasks: vec![],
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    fn proposal(id: i64, status: ProposalStatus, on: &str, decided: Option<&str>) -> Proposal {
        Proposal {
            id,
            record: RecordKind::Proposal,
            text: format!("p{id}"),
            units: vec![],
            scheme: false,
            reason: None,
            status,
            proposed_on: d(on),
            decided_on: decided.map(d),
            note: None,
            docs: vec![],
            facts: vec![],
            created_tasks: vec![],
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn the_weeks_items_agreed_first_and_the_proposals_pending_or_decided_in_it() {
        let consultations = vec![
            consult(1, ConsultStatus::Open, Some("2022-12-21"), None),
            consult(2, ConsultStatus::Revise, Some("2022-12-21"), Some("2022-12-20")),
            consult(3, ConsultStatus::Agreed, Some("2022-12-23"), Some("2022-12-20")),
            // Another week's meeting.
            consult(4, ConsultStatus::Agreed, Some("2022-12-14"), Some("2022-12-13")),
            // Undated: open ones always, answered ones when answered in the week.
            consult(5, ConsultStatus::Open, None, None),
            consult(6, ConsultStatus::NotAgreed, None, Some("2022-12-10")),
            consult(7, ConsultStatus::Agreed, Some("2022-12-20"), Some("2022-12-19")),
        ];
        let proposals = vec![
            proposal(10, ProposalStatus::Pending, "2022-11-01", None),
            proposal(11, ProposalStatus::Accepted, "2022-11-01", Some("2022-12-20")),
            proposal(12, ProposalStatus::Rejected, "2022-11-01", Some("2022-12-10")),
            // Made after the week.
            proposal(13, ProposalStatus::Pending, "2022-12-27", None),
        ];
        let r = compute(BriefingInput {
            date: d("2022-12-21"),
            today: d("2022-12-21"),
            week: week(),
            consultations: &consultations,
            followups: &[],
            blockers: &[],
            proposals: &proposals,
            tasks: &HashMap::new(),
            units: &BTreeMap::new(),
        });
        let ids: Vec<i64> = r.consultations.iter().map(|c| c.id).collect();
        assert_eq!(ids, vec![7, 3, 2, 1, 5]);
        let ids: Vec<i64> = r.proposals.iter().map(|p| p.id).collect();
        assert_eq!(ids, vec![11, 10]);
    }
}
