//! The report family for people: each report struct of `report/` (week, month, follow-ups,
//! review, merge) as tables, Markdown, CSV and, for the documents, docx and html
//! (`render::doc::admin`). JSON is the report struct itself. Built only from what the
//! command gathered: nothing here reads the database.

pub mod briefing;
pub mod facts;
pub mod followups;
pub mod merge;
pub mod month;
pub mod review;
pub mod week;

/// A record id, qualified by whose report it came from in a roll-up (`An#12`): ids are
/// per database.
pub fn id_of(from: &Option<String>, id: i64) -> String {
    match from {
        Some(from) => format!("{from}#{id}"),
        None => format!("#{id}"),
    }
}

/// A listed item's text, preceded by whose report it came from in a roll-up.
pub fn tagged(from: &Option<String>, text: &str) -> String {
    match from {
        Some(from) => format!("{from}: {text}"),
        None => text.to_string(),
    }
}
