//! Blockers, documents and facts (SPEC §2) as listings and `show` print them; the JSON
//! keys are the field names here. Derived values (`age_days`, `stale`, `status` of a
//! blocker) are computed when rows are read.

use chrono::NaiveDate;
use serde::Serialize;

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

pub const REMEDIES: &[&str] = &["directive", "meeting", "other"];
pub const DOC_LEVELS: &[&str] = &["central", "province", "other"];

/// A policy, regulation or directive the work rests on.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Document {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    /// None for a required document not issued yet.
    pub number: Option<String>,
    pub title: String,
    pub issuer: Option<String>,
    /// central | province | other
    pub level: String,
    pub field: Option<String>,
    /// issued | required
    pub status: String,
    pub issued_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub drafting_unit: Option<String>,
    /// The live tasks and entries citing it by number (diacritic-insensitive), by id.
    pub cited_by: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

/// A record citing a document, as reports list it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Citation {
    pub id: i64,
    /// task | entry
    #[serde(rename = "type")]
    pub record: &'static str,
    /// The task's title or the entry's text.
    pub text: String,
}

/// A key figure or fact of a sector.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Fact {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub text: String,
    pub value: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<NaiveDate>,
    pub field: String,
    /// as_of (else the day it was written down) is older than `fact_stale_days`.
    pub stale: bool,
    pub created_at: String,
    pub updated_at: String,
}
