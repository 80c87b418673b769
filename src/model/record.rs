//! The kinds of record that share the one id sequence (SPEC §2: `show 12` needs no type).

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    Entry,
    Task,
    Note,
    Plan,
    Goal,
    Contingency,
    Blocker,
    Document,
    Fact,
    Unit,
    Field,
    Submission,
    Consultation,
    Proposal,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Entry => "entry",
            RecordKind::Task => "task",
            RecordKind::Note => "note",
            RecordKind::Plan => "plan",
            RecordKind::Goal => "goal",
            RecordKind::Contingency => "contingency",
            RecordKind::Blocker => "blocker",
            RecordKind::Document => "document",
            RecordKind::Fact => "fact",
            RecordKind::Unit => "unit",
            RecordKind::Field => "field",
            RecordKind::Submission => "submission",
            RecordKind::Consultation => "consultation",
            RecordKind::Proposal => "proposal",
        }
    }

    pub fn parse(s: &str) -> Option<RecordKind> {
        Some(match s {
            "entry" => RecordKind::Entry,
            "task" => RecordKind::Task,
            "note" => RecordKind::Note,
            "plan" => RecordKind::Plan,
            "goal" => RecordKind::Goal,
            "contingency" => RecordKind::Contingency,
            "blocker" => RecordKind::Blocker,
            "document" => RecordKind::Document,
            "fact" => RecordKind::Fact,
            "unit" => RecordKind::Unit,
            "field" => RecordKind::Field,
            "submission" => RecordKind::Submission,
            "consultation" => RecordKind::Consultation,
            "proposal" => RecordKind::Proposal,
            _ => return None,
        })
    }
}
