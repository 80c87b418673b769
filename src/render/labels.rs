//! Every label the user reads for a stored key: kinds of work, statuses, priorities,
//! levels, remedies, record kinds, in the process language. Pure lookups in the
//! catalogue; nothing here reads the database.

use crate::calendar::HolidayKind;
use crate::i18n::{Lang, lang};
use crate::i18n::{M, s, t};
use crate::model::{
    BUILTIN_KINDS, ContingencyStatus, DocLevel, DocStatus, Document, Priority, RecordKind, Remedy,
    TaskStatus, UnitKind,
};
use crate::report::week::ItemResult;
use std::collections::BTreeMap;

/// Every known kind: (key, label in the current language).
/// `extra`: config `[kinds]`, key = label.
pub fn kinds(extra: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = BUILTIN_KINDS
        .iter()
        .map(|k| (k.to_string(), builtin_kind_label(k).to_string()))
        .collect();
    for (k, label) in extra {
        if !v.iter().any(|(key, _)| key == k) {
            v.push((k.clone(), label.clone()));
        }
    }
    v
}

/// The catalogue message naming a built-in kind.
pub fn builtin_kind_msg(k: &str) -> M {
    match k {
        "advice" => M::WAdvice,
        "draft" => M::WDraft,
        "meeting" => M::WMeeting,
        "inspection" => M::WInspection,
        "coordination" => M::WCoordination,
        "report" => M::WReport,
        "citizen" => M::WCitizen,
        _ => M::WOther,
    }
}

fn builtin_kind_label(k: &str) -> &'static str {
    s(builtin_kind_msg(k))
}

/// The label of a kind key (the key itself when unknown, e.g. removed from config).
pub fn kind_label(extra: &BTreeMap<String, String>, key: &str) -> String {
    kinds(extra)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, l)| l)
        .unwrap_or_else(|| key.to_string())
}

/// The one line a creating command prints: `Đã ghi #12 · Thứ Hai 12/12/2022`.
pub fn saved_line(id: i64, date: chrono::NaiveDate) -> String {
    t(M::Saved, &[&id, &crate::i18n::day(date)])
}

pub fn remedy_label(r: Remedy) -> &'static str {
    s(match r {
        Remedy::Directive => M::RemedyDirective,
        Remedy::Meeting => M::RemedyMeeting,
        Remedy::Other => M::RemedyOther,
    })
}

pub fn contingency_status_label(status: ContingencyStatus) -> &'static str {
    s(match status {
        ContingencyStatus::Triggered => M::CTriggered,
        ContingencyStatus::Closed => M::CClosed,
        ContingencyStatus::Open => M::COpen,
    })
}

/// A consultation's state as people read it: open, agreed, not agreed, to revise.
pub fn consult_status_label(status: crate::model::ConsultStatus) -> &'static str {
    use crate::model::ConsultStatus;
    s(match status {
        ConsultStatus::Open => M::ConsultOpen,
        ConsultStatus::Agreed => M::ConsultAgreed,
        ConsultStatus::NotAgreed => M::ConsultNotAgreed,
        ConsultStatus::Revise => M::ConsultRevise,
    })
}

/// A proposal's fate as people read it: pending, accepted, not accepted.
pub fn proposal_status_label(status: crate::model::ProposalStatus) -> &'static str {
    use crate::model::ProposalStatus;
    s(match status {
        ProposalStatus::Pending => M::ProposalPending,
        ProposalStatus::Accepted => M::ProposalAccepted,
        ProposalStatus::Rejected => M::ProposalRejected,
    })
}

/// What a proposal is: a scheme (Đề án), or a directive or assignment.
pub fn proposal_kind_label(scheme: bool) -> &'static str {
    s(if scheme {
        M::ProposalScheme
    } else {
        M::ProposalPlain
    })
}

pub fn level_label(l: DocLevel) -> &'static str {
    s(match l {
        DocLevel::Central => M::LevelCentral,
        DocLevel::Province => M::LevelProvince,
        DocLevel::Other => M::LevelOther,
    })
}

pub fn doc_status_label(st: DocStatus) -> &'static str {
    s(match st {
        DocStatus::Issued => M::DocStatusIssued,
        DocStatus::Required => M::DocStatusRequired,
    })
}

/// `45/2022/QĐ-UBND · title`, or just the title of an unnumbered required document.
pub fn doc_label(d: &Document) -> String {
    match &d.number {
        Some(n) => format!("{n} · {}", d.title),
        None => d.title.clone(),
    }
}

pub fn task_status_label(status: TaskStatus) -> &'static str {
    s(match status {
        TaskStatus::Todo => M::STodo,
        TaskStatus::Doing => M::SDoing,
        TaskStatus::Done => M::SDone,
        TaskStatus::Dropped => M::SDropped,
    })
}

pub fn priority_label(p: Priority) -> &'static str {
    s(match p {
        Priority::High => M::PHigh,
        Priority::Normal => M::PNormal,
        Priority::Low => M::PLow,
    })
}

pub fn unit_kind_label(k: UnitKind) -> &'static str {
    s(match k {
        UnitKind::Department => M::UDepartment,
        UnitKind::Commune => M::UCommune,
        UnitKind::Province => M::UProvince,
        UnitKind::Other => M::UOther,
    })
}

pub fn result_label(r: ItemResult) -> &'static str {
    s(match r {
        ItemResult::Done => M::RDone,
        ItemResult::InProgress => M::RInProgress,
        ItemResult::NotDone => M::RNotDone,
        ItemResult::Carried => M::RCarried,
        ItemResult::Dropped => M::RDropped,
    })
}

pub fn record_type_label(record: &str) -> &'static str {
    s(match record {
        "entry" => M::TEntry,
        "task" => M::TTask,
        "note" => M::TNote,
        "document" => M::TDocument,
        _ => M::TFact,
    })
}

pub fn holiday_name(k: HolidayKind) -> &'static str {
    match lang() {
        Lang::Vi => k.name_vi(),
        Lang::En => k.name_en(),
    }
}

pub fn holiday_short(k: HolidayKind) -> &'static str {
    s(match k {
        HolidayKind::NewYear => M::HsNewYear,
        HolidayKind::Tet => M::HsTet,
        HolidayKind::HungKings => M::HsHungKings,
        HolidayKind::Reunification => M::HsReunification,
        HolidayKind::Labour => M::HsLabour,
        HolidayKind::National => M::HsNational,
        HolidayKind::Compensatory => M::HsCompensatory,
        HolidayKind::Official => M::HsOfficial,
        HolidayKind::Extra => M::HsExtra,
    })
}

/// The name users read, in their language.
pub fn record_kind_label(kind: RecordKind) -> &'static str {
    s(match kind {
        RecordKind::Entry => M::KEntry,
        RecordKind::Task => M::KTask,
        RecordKind::Note => M::KNote,
        RecordKind::Plan => M::KPlan,
        RecordKind::Goal => M::KGoal,
        RecordKind::Contingency => M::KContingency,
        RecordKind::Blocker => M::KBlocker,
        RecordKind::Document => M::KDocument,
        RecordKind::Fact => M::KFact,
        RecordKind::Unit => M::KUnit,
        RecordKind::Field => M::KField,
        RecordKind::Submission => M::KSubmission,
        RecordKind::Consultation => M::KConsultation,
        RecordKind::Proposal => M::KProposal,
    })
}
