//! An obstacle or delay at a unit (*khó khăn, vướng mắc*, SPEC §2). `age_days` and
//! `status` are derived when the row is read.

use chrono::NaiveDate;
use serde::Serialize;

pub const REMEDIES: &[&str] = &["directive", "meeting", "other"];

/// An obstacle or delay at a unit, usually on a follow-up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Blocker {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub text: String,
    /// The unit's alias as it was when the blocker was raised (history is kept).
    pub unit: String,
    pub task: Option<i64>,
    pub proposal: Option<String>,
    /// directive | meeting | other
    pub remedy: Option<String>,
    pub raised_on: NaiveDate,
    pub resolved_on: Option<NaiveDate>,
    pub note: Option<String>,
    /// open | resolved
    pub status: &'static str,
    /// Open: today − raised_on; resolved: resolved_on − raised_on.
    pub age_days: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// An open blocker as it is shown beside its follow-up.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BlockerBrief {
    pub id: i64,
    pub text: String,
    pub proposal: Option<String>,
    pub remedy: Option<String>,
    pub age_days: i64,
}

impl Blocker {
    pub fn brief(&self) -> BlockerBrief {
        BlockerBrief {
            id: self.id,
            text: self.text.clone(),
            proposal: self.proposal.clone(),
            remedy: self.remedy.clone(),
            age_days: self.age_days,
        }
    }
}
