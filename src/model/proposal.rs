//! Proposals (đề xuất, kiến nghị): a directive, an assignment or a scheme (Đề án) the
//! official proposes to the leadership, the units it concerns, why, the facts and
//! documents it rests on, and its fate: pending, accepted (with the follow-up tasks the
//! acceptance created) or not accepted.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    /// A proposal's fate.
    pub enum ProposalStatus {
        Pending = "pending",
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

/// A proposal with its links, as listings and `show` print it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Proposal {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub text: String,
    /// The units it proposes to direct or assign (aliases).
    pub units: Vec<String>,
    /// A scheme (Đề án) rather than a single directive or assignment.
    pub scheme: bool,
    /// Why it is proposed.
    pub reason: Option<String>,
    pub status: ProposalStatus,
    pub proposed_on: NaiveDate,
    /// The day it was accepted or not accepted.
    pub decided_on: Option<NaiveDate>,
    /// What was said when it was decided.
    pub note: Option<String>,
    /// The document numbers it rests on.
    pub docs: Vec<String>,
    /// The facts it rests on (ids).
    pub facts: Vec<i64>,
    /// The tasks its acceptance created.
    pub created_tasks: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Proposal {
    pub fn is_pending(&self) -> bool {
        self.status == ProposalStatus::Pending
    }
}
