//! Consultations (xin ý kiến): an item the official clears with a leader before
//! presenting it at a meeting, and the leader's opinion once given.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    /// Where a consultation stands: not yet answered, or the leader's verdict.
    pub enum ConsultStatus {
        Open = "open",
        Agreed = "agreed",
        NotAgreed = "not_agreed",
        Revise = "revise",
    }
}

/// A consultation with its links, as listings and `show` print it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Consultation {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub text: String,
    /// The leader's alias in the config's `[leaders]`.
    pub leader: String,
    /// The leader's name as it was when the consultation was written down.
    pub leader_name: String,
    /// The meeting's day the item is for.
    #[serde(rename = "for")]
    pub for_date: Option<NaiveDate>,
    pub status: ConsultStatus,
    pub opinion: Option<String>,
    pub answered_on: Option<NaiveDate>,
    /// The tasks and entries it concerns.
    pub concerns: Vec<i64>,
    pub docs: Vec<String>,
    /// The tasks the leader's opinion created.
    pub created_tasks: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Consultation {
    pub fn is_open(&self) -> bool {
        self.status == ConsultStatus::Open
    }
}
