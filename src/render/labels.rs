//! Every label the user reads for a stored key: kinds of work, statuses, priorities,
//! levels, remedies, record kinds, in the process language. Pure lookups in the
//! catalogue; nothing here reads the database.

use crate::calendar::HolidayKind;
use crate::i18n::{Lang, lang};
use crate::i18n::{M, s, t};
use crate::model::period::{Period, PeriodKind};
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

/// A stored record kind key (`entry`, `fact`…) as a table cell names it: the one name of
/// its kind (`record_kind_label`), with a capital ("Thông tin cơ bản").
pub fn record_type_label(record: &str) -> String {
    match RecordKind::parse(record) {
        Some(kind) => record_kind_title(kind),
        None => record.to_string(),
    }
}

/// The name of a record kind starting with a capital, for a table cell.
pub fn record_kind_title(kind: RecordKind) -> String {
    let name = record_kind_label(kind);
    let mut c = name.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
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

/// A period as its heading reads: `Tuần 49 (05/12–11/12/2022)`, `Tháng 12/2022` /
/// `Week 49 (2022-12-05 – 2022-12-11)`, `December 2022`; other periods by their label.
pub fn period_label(p: &Period) -> String {
    match p.kind {
        PeriodKind::Week => week_label(p.from, p.to),
        // a month shifted by `report.month_cutoff_day` (15/11–14/12) is named by its end
        PeriodKind::Month => month_label(p.to),
        _ => p.label.clone(),
    }
}

/// The same inside a sentence: `kế hoạch tuần 49 (…)`, `tháng 12/2022`; English keeps
/// its capitals.
pub fn period_phrase(p: &Period) -> String {
    lower_first(period_label(p))
}

/// A plan's stored period (`2022-W50`, `2022-12`) as its heading reads (see
/// `period_label`); anything else as stored.
pub fn plan_period_label(stored: &str) -> String {
    plan_period(stored)
        .map(|p| period_label(&p))
        .unwrap_or_else(|| stored.to_string())
}

/// The same inside a sentence (see `period_phrase`).
pub fn plan_period_phrase(stored: &str) -> String {
    plan_period(stored)
        .map(|p| period_phrase(&p))
        .unwrap_or_else(|| stored.to_string())
}

/// A plan's stored period in a table cell, short: `Tuần 50/2022`, `Tháng 12/2022` /
/// `Week 50/2022`, `Dec 2022`.
pub fn plan_period_short(stored: &str) -> String {
    use chrono::Datelike;
    match plan_period(stored) {
        Some(p) if p.kind == PeriodKind::Week => {
            let w = p.from.iso_week();
            match lang() {
                Lang::Vi => format!("Tuần {}/{}", w.week(), w.year()),
                Lang::En => format!("Week {}/{}", w.week(), w.year()),
            }
        }
        Some(p) => match lang() {
            Lang::Vi => month_label(p.to),
            Lang::En => p.to.format("%b %Y").to_string(),
        },
        None => stored.to_string(),
    }
}

/// `2022-W50` → that ISO week; `2022-12` → that month.
fn plan_period(stored: &str) -> Option<Period> {
    let (y, rest) = stored.split_once('-')?;
    let y: i32 = y.parse().ok()?;
    match rest.strip_prefix('W') {
        Some(w) => {
            let d = chrono::NaiveDate::from_isoywd_opt(y, w.parse().ok()?, chrono::Weekday::Mon)?;
            Some(Period::week_of(d))
        }
        None => Period::month(y, rest.parse().ok()?),
    }
}

fn week_label(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let week = from.iso_week().week();
    match lang() {
        Lang::Vi if from.year() == to.year() => {
            format!("Tuần {week} ({}–{})", from.format("%d/%m"), to.format("%d/%m/%Y"))
        }
        Lang::Vi => format!(
            "Tuần {week} ({}–{})",
            from.format("%d/%m/%Y"),
            to.format("%d/%m/%Y")
        ),
        Lang::En => format!(
            "Week {week} ({} – {})",
            crate::i18n::date(from),
            crate::i18n::date(to)
        ),
    }
}

fn month_label(day: chrono::NaiveDate) -> String {
    match lang() {
        Lang::Vi => day.format("Tháng %m/%Y").to_string(),
        Lang::En => day.format("%B %Y").to_string(),
    }
}

fn lower_first(text: String) -> String {
    if lang() == Lang::En {
        return text;
    }
    let mut c = text.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => text,
    }
}

/// A blocker's state: "Chưa giải quyết" / "Đã giải quyết 19/12/2022".
pub fn blocker_state_label(resolved_on: Option<chrono::NaiveDate>) -> String {
    match resolved_on {
        Some(d) => t(M::BlockerResolvedOn, &[&crate::i18n::date(d)]),
        None => s(M::BlockerOpen).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    // The labels themselves are checked through the binary in both languages
    // (tests/cli/human_output.rs): the language is one per process.
    #[test]
    fn a_plans_stored_period_is_its_week_or_month() {
        let w = plan_period("2022-W52").unwrap();
        assert_eq!(
            (w.kind, w.from, w.to),
            (PeriodKind::Week, d(2022, 12, 26), d(2023, 1, 1))
        );
        let w = plan_period("2026-W01").unwrap();
        assert_eq!(w.from, d(2025, 12, 29));
        let m = plan_period("2022-12").unwrap();
        assert_eq!(
            (m.kind, m.from, m.to),
            (PeriodKind::Month, d(2022, 12, 1), d(2022, 12, 31))
        );
        assert!(plan_period("2022-Q4").is_none());
        assert!(plan_period("2022-W60").is_none());
        assert!(plan_period("week").is_none());
    }
}
