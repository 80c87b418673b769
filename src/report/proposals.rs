//! Proposals counted by their fate, for the month report (what was proposed, accepted
//! and not accepted in the period, what was pending at its end) and the review (what was
//! proposed since a date, by its fate now). Pure: the proposals in, the counts out.

use crate::model::{Proposal, ProposalStatus};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The proposals of a period by fate (`report month`, JSON `proposals`).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ProposalCounts {
    /// Made in the period.
    pub proposed: i64,
    /// Of those, schemes (Đề án).
    pub schemes: i64,
    /// Accepted in the period.
    pub accepted: i64,
    /// Not accepted in the period.
    pub rejected: i64,
    /// Made by the end of the period and not yet decided then.
    pub pending: i64,
    /// Follow-up tasks created by the acceptances of the period.
    pub tasks_created: i64,
}

impl std::ops::Add for ProposalCounts {
    type Output = ProposalCounts;
    fn add(self, o: ProposalCounts) -> ProposalCounts {
        ProposalCounts {
            proposed: self.proposed + o.proposed,
            schemes: self.schemes + o.schemes,
            accepted: self.accepted + o.accepted,
            rejected: self.rejected + o.rejected,
            pending: self.pending + o.pending,
            tasks_created: self.tasks_created + o.tasks_created,
        }
    }
}

impl ProposalCounts {
    pub fn is_empty(&self) -> bool {
        self.proposed == 0 && self.accepted == 0 && self.rejected == 0 && self.pending == 0
    }
}

/// The counts of the period `from..=to`, states taken as of `asof` (the end of the
/// period, or today if earlier).
pub fn period_counts(list: &[Proposal], from: NaiveDate, to: NaiveDate, asof: NaiveDate) -> ProposalCounts {
    let end = to.min(asof);
    let within = |d: NaiveDate| from <= d && d <= end;
    let decided_by = |p: &Proposal| p.decided_on.filter(|d| *d <= end);
    let mut c = ProposalCounts::default();
    for p in list {
        if within(p.proposed_on) {
            c.proposed += 1;
            c.schemes += i64::from(p.scheme);
        }
        match (p.status, decided_by(p)) {
            (ProposalStatus::Accepted, Some(d)) if within(d) => {
                c.accepted += 1;
                c.tasks_created += p.created_tasks.len() as i64;
            }
            (ProposalStatus::Rejected, Some(d)) if within(d) => c.rejected += 1,
            (_, None) if p.proposed_on <= end => c.pending += 1,
            _ => {}
        }
    }
    c
}

/// The proposals made since `since` by their fate now (`report review`, JSON
/// `proposals`): the counts, and each of them, schemes first, then oldest first.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ProposalReview {
    pub total: i64,
    pub schemes: i64,
    pub accepted: i64,
    pub rejected: i64,
    pub pending: i64,
    pub list: Vec<Proposal>,
}

pub fn review(list: &[Proposal], since: NaiveDate, today: NaiveDate) -> ProposalReview {
    let mut r = ProposalReview::default();
    let mut chosen: Vec<Proposal> = list
        .iter()
        .filter(|p| since <= p.proposed_on && p.proposed_on <= today)
        .cloned()
        .collect();
    chosen.sort_by_key(|p| (!p.scheme, p.proposed_on, p.id));
    for p in &chosen {
        r.total += 1;
        r.schemes += i64::from(p.scheme);
        match p.status {
            ProposalStatus::Accepted => r.accepted += 1,
            ProposalStatus::Rejected => r.rejected += 1,
            ProposalStatus::Pending => r.pending += 1,
        }
    }
    r.list = chosen;
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    fn p(id: i64, on: NaiveDate, status: ProposalStatus, decided: Option<NaiveDate>) -> Proposal {
        Proposal {
            id,
            record: RecordKind::Proposal,
            text: format!("p{id}"),
            units: Vec::new(),
            scheme: id % 2 == 0,
            reason: None,
            status,
            proposed_on: on,
            decided_on: decided,
            note: None,
            docs: Vec::new(),
            facts: Vec::new(),
            created_tasks: if status == ProposalStatus::Accepted {
                vec![id + 100]
            } else {
                Vec::new()
            },
            created_at: String::new(),
            updated_at: String::new(),
        }
    }

    #[test]
    fn a_month_counts_what_was_made_and_decided_in_it_and_what_was_pending_at_its_end() {
        let list = vec![
            // made in November, accepted in December
            p(1, d(11, 20), ProposalStatus::Accepted, Some(d(12, 5))),
            // made and rejected in December
            p(2, d(12, 2), ProposalStatus::Rejected, Some(d(12, 9))),
            // made in December, still pending
            p(3, d(12, 12), ProposalStatus::Pending, None),
            // made in December, accepted in January: pending at the end of December
            p(
                4,
                d(12, 20),
                ProposalStatus::Accepted,
                NaiveDate::from_ymd_opt(2023, 1, 5),
            ),
        ];
        let dec = period_counts(&list, d(12, 1), d(12, 31), d(12, 31));
        assert_eq!(
            dec,
            ProposalCounts {
                proposed: 3,
                schemes: 2,
                accepted: 1,
                rejected: 1,
                pending: 2,
                tasks_created: 1,
            }
        );
        let nov = period_counts(&list, d(11, 1), d(11, 30), d(12, 31));
        assert_eq!((nov.proposed, nov.accepted, nov.pending), (1, 0, 1));
    }

    #[test]
    fn the_review_lists_schemes_first() {
        let list = vec![
            p(1, d(3, 1), ProposalStatus::Pending, None),
            p(2, d(5, 1), ProposalStatus::Accepted, Some(d(5, 2))),
            p(3, d(1, 1), ProposalStatus::Rejected, Some(d(1, 5))),
        ];
        let r = review(&list, d(2, 1), d(12, 31));
        assert_eq!(
            (r.total, r.schemes, r.accepted, r.pending, r.rejected),
            (2, 1, 1, 1, 0)
        );
        assert_eq!(r.list.iter().map(|p| p.id).collect::<Vec<_>>(), vec![2, 1]);
    }
}
