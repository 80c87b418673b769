//! The four-part stock-take the leader asked for, as the official's own *báo cáo*: I the
//! work since 1 January by month and kind, the tasks completed and those to finish before
//! Tết; II the documents each field's work rests on; III what was assigned and not
//! carried out, major schemes first; IV documents issued against those required.

use super::prose::{self, capital, count, hours, join};
use super::{Issuer, Part, appendix_note, appendix_title, frame, numbered};
use crate::i18n::{M, s, t};
use crate::model::{DocLevel, DocStatus};
use crate::render::doc::{AdminReport, Chart, Para, Table};
use crate::report::review::{DocumentCount, MonthWork, ReviewReport};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// "tháng 01/2022" (English "January 2022") from "2022-01".
fn month_label(key: &str) -> String {
    let (y, m) = key.split_once('-').unwrap_or((key, ""));
    match (
        crate::i18n::lang(),
        NaiveDate::parse_from_str(&format!("{key}-01"), "%Y-%m-%d"),
    ) {
        (crate::i18n::Lang::En, Ok(d)) => d.format("%B %Y").to_string(),
        _ => t(M::DocMonthShort, &[&m, &y]),
    }
}

fn level_name(l: DocLevel) -> &'static str {
    s(match l {
        DocLevel::Central => M::DocLevelCentral,
        DocLevel::Province => M::DocLevelProvince,
        DocLevel::Other => M::DocLevelOther,
    })
}

/// The name of the field `key` (as the report's part II names it), or "no field".
fn field_name(r: &ReviewReport, key: Option<&str>) -> String {
    r.documents_by_field
        .iter()
        .find(|f| f.field.as_deref() == key)
        .and_then(|f| f.name.clone())
        .or_else(|| key.map(str::to_string))
        .unwrap_or_else(|| s(M::DocNoField).to_string())
}

/// The four-part stock-take as a document. `tet` names the coming Lunar New Year ("Quý
/// Mão 2023"); `units` maps unit aliases to names.
pub fn review_document(
    issuer: &Issuer,
    r: &ReviewReport,
    tet: &str,
    units: &BTreeMap<String, String>,
) -> (AdminReport, Vec<Chart>) {
    let span = t(
        M::DocSinceUntil,
        &[&prose::date(r.since), &prose::date(issuer.today)],
    );
    let mut doc = frame(issuer, t(M::DocSummaryReview, &[&prose::date(r.since)]));
    doc.intro = Some(capital(&t(M::DocReviewIntro, &[&span])));
    let clean = |x: &str| prose::clean(x, units);
    doc.sections = numbered(vec![
        work_done(r, tet, &clean),
        documents(r, &clean),
        not_done(r, issuer.today, units, &clean),
        counts(r),
    ]);
    doc.closing = t(M::DocClosingReview, &[&span]);
    let mut table = counts_table(r);
    table.title = appendix_title(1);
    table.note = Some(appendix_note(issuer));
    doc.appendix = vec![table];
    (doc, charts(r))
}

/// I. The work by month (empty months collapsed into one line) and kind, the tasks
/// completed, the tasks to finish before Tết.
fn work_done(r: &ReviewReport, tet: &str, clean: &dyn Fn(&str) -> String) -> Part {
    let mut by_month = Vec::new();
    let mut empty: Vec<&MonthWork> = Vec::new();
    let flush = |empty: &mut Vec<&MonthWork>, out: &mut Vec<Para>| {
        match empty.as_slice() {
            [] => {}
            [one] => out.push(Para::Bullet(capital(&t(
                M::DocMonthNothing,
                &[&month_label(&one.month)],
            )))),
            [first, .., last] => out.push(Para::Bullet(t(
                M::DocMonthsNothing,
                &[&month_label(&first.month), &month_label(&last.month)],
            ))),
        }
        empty.clear();
    };
    for m in &r.work_done.by_month {
        if m.total == 0 {
            empty.push(m);
            continue;
        }
        flush(&mut empty, &mut by_month);
        let kinds: Vec<String> = m
            .by_kind
            .iter()
            .map(|k| format!("{} {}", k.label.to_lowercase(), k.count))
            .collect();
        by_month.push(Para::Bullet(t(
            M::DocMonthWork,
            &[
                &capital(&month_label(&m.month)),
                &count(m.total as i64, M::DocNEntries),
                &hours(m.minutes),
                &join(&kinds),
            ],
        )));
    }
    flush(&mut empty, &mut by_month);
    let done = r
        .work_done
        .tasks_done
        .iter()
        .map(|task| {
            let closed = task.closed_on.map(prose::date).unwrap_or_default();
            let unit = task
                .unit_name
                .as_ref()
                .map(|u| format!(" ({u})"))
                .unwrap_or_default();
            Para::Bullet(format!(
                "{}{unit}: {}.",
                capital(&clean(&task.title)),
                t(M::DocDoneOn, &[&closed])
            ))
        })
        .collect();
    let must = r
        .must_finish
        .iter()
        .map(|task| {
            let due = task
                .due
                .map(|d| t(M::DocDue, &[&prose::date(d)]))
                .unwrap_or_default();
            let unit = task
                .unit_name
                .as_ref()
                .map(|u| format!("; {u}"))
                .unwrap_or_default();
            Para::Bullet(format!("{} ({due}{unit}).", capital(&clean(&task.title))))
        })
        .collect();
    Part::new(s(M::DocPartReview1).to_string())
        .sub(s(M::DocReviewByMonth).to_string(), by_month)
        .sub(s(M::DocReviewDone).to_string(), done)
        .sub(t(M::DocReviewMustFinish, &[&tet, &prose::date(r.until)]), must)
}

/// II. The documents by field, under the field's name, each with what cites it; a
/// required document not yet issued is marked so.
fn documents(r: &ReviewReport, clean: &dyn Fn(&str) -> String) -> Part {
    let mut part = Part::new(s(M::DocPartReview2).to_string());
    for f in &r.documents_by_field {
        let name = f.name.clone().unwrap_or_else(|| s(M::DocNoField).to_string());
        let body = f
            .documents
            .iter()
            .map(|d| {
                let mut line = match (&d.number, d.status) {
                    (Some(n), DocStatus::Issued) => {
                        let on = d
                            .issued_on
                            .map(|o| t(M::DocOnDay, &[&prose::date(o)]))
                            .unwrap_or_default();
                        t(M::DocIssuedDoc, &[&n, &on, &level_name(d.level), &d.title])
                    }
                    (n, _) => {
                        let due = d
                            .due
                            .map(|o| t(M::DocDue, &[&prose::date(o)]))
                            .unwrap_or_else(|| s(M::DocNoDue).to_string());
                        let unit = d
                            .drafting_unit
                            .as_ref()
                            .map(|u| t(M::DocDrafter, &[&clean(&format!("@{u}"))]))
                            .unwrap_or_default();
                        let n = n.as_ref().map(|n| format!("{n} ")).unwrap_or_default();
                        format!("{n}{} ({}; {due}{unit})", d.title, s(M::DocNotIssued))
                    }
                };
                line = line.split_whitespace().collect::<Vec<_>>().join(" ");
                if !d.cited_by.is_empty() {
                    let cites: Vec<String> = d.cited_by.iter().map(|c| clean(&c.text)).collect();
                    line.push_str(&t(M::DocCitedBy, &[&join(&cites)]));
                }
                Para::Bullet(format!("{line}."))
            })
            .collect();
        part = part.sub(name, body);
    }
    part
}

/// III. What was assigned and not carried out: major schemes first, with the unit, how
/// late, the obstacles and the remedies proposed; then the proposals and their fate.
fn not_done(
    r: &ReviewReport,
    today: NaiveDate,
    units: &BTreeMap<String, String>,
    clean: &dyn Fn(&str) -> String,
) -> Part {
    let mut items: Vec<(bool, Para)> = Vec::new();
    for u in &r.followups_pending {
        for f in &u.followups {
            let mut notes = vec![t(M::DocAssigned, &[&prose::date(f.assigned)])];
            if let Some(due) = f.due {
                notes.push(t(M::DocDue, &[&prose::date(due)]));
            }
            if f.overdue {
                if let Some(due) = f.due {
                    notes.push(t(
                        M::DocLate,
                        &[&count((today - due).num_days().max(0), M::DocNDays)],
                    ));
                }
            }
            let major = if f.major {
                format!("{}: ", capital(s(M::DocMajorScheme)))
            } else {
                String::new()
            };
            let mut line = format!("{major}{} – {} ({})", u.name, clean(&f.title), notes.join(", "));
            for b in &f.blockers {
                line.push_str(&t(M::DocObstacleOf, &[&clean(&b.text)]));
                if let Some(p) = &b.proposal {
                    line.push_str(&t(M::DocObstacleProposal, &[&clean(p)]));
                }
            }
            items.push((f.major, Para::Bullet(format!("{line}."))));
        }
    }
    items.sort_by_key(|(major, _)| !*major);
    let mut part = Part::new(s(M::DocPartReview3).to_string());
    part.lead = items.into_iter().map(|(_, p)| p).collect();
    part.lead.extend(proposals(r, units, clean));
    part
}

/// The proposals made since `since`: the counts by fate, then each, schemes first.
fn proposals(
    r: &ReviewReport,
    units: &BTreeMap<String, String>,
    clean: &dyn Fn(&str) -> String,
) -> Vec<Para> {
    let p = &r.proposals;
    if p.total == 0 {
        return Vec::new();
    }
    let schemes = match p.schemes {
        0 => String::new(),
        k => t(M::DocProposalsSchemes, &[&k]),
    };
    let fates = prose::proposal_fates(p.accepted, 0, p.rejected, p.pending);
    let mut out = vec![Para::Text(t(
        M::DocReviewProposals,
        &[
            &prose::date(r.since),
            &count(p.total, M::DocNProposals),
            &schemes,
            &fates.join(", "),
        ],
    ))];
    for x in &p.list {
        let what = match x.scheme {
            true => format!("{}: ", capital(s(M::DocMajorScheme))),
            false => String::new(),
        };
        let names: Vec<String> = x
            .units
            .iter()
            .map(|u| units.get(u).cloned().unwrap_or_else(|| u.clone()))
            .collect();
        let to = match names.is_empty() {
            true => String::new(),
            false => t(M::DocBriefProposalUnits, &[&join(&names)]),
        };
        let fate = crate::render::labels::proposal_status_label(x.status);
        let on = x
            .decided_on
            .map(|d| format!(" {}", t(M::DocOnDay, &[&prose::date(d)])))
            .unwrap_or_default();
        out.push(Para::Bullet(format!(
            "{what}{}{to} – {fate}{on}.",
            capital(&clean(&x.text))
        )));
    }
    out
}

/// IV. Issued against required, by level and field, in sentences matching the appendix.
fn counts(r: &ReviewReport) -> Part {
    let sum = |f: fn(&DocumentCount) -> usize| r.document_counts.iter().map(f).sum::<usize>();
    let mut part = Part::new(s(M::DocPartReview4).to_string());
    if r.document_counts.is_empty() {
        return part;
    }
    part.lead.push(Para::Text(t(
        M::DocCountsSentence,
        &[
            &count(sum(|c| c.required) as i64, M::DocNDocuments),
            &sum(|c| c.required_issued),
            &sum(|c| c.pending),
            &sum(|c| c.issued - c.required_issued),
        ],
    )));
    part.lead.extend(r.document_counts.iter().map(|c| {
        Para::Bullet(format!(
            "{}.",
            t(
                M::DocCountLine,
                &[
                    &match c.field {
                        Some(_) => t(
                            M::DocLevelField,
                            &[&level_name(c.level), &field_name(r, c.field.as_deref())]
                        ),
                        None => t(M::DocLevelNoField, &[&level_name(c.level)]),
                    },
                    &c.required,
                    &c.required_issued,
                    &c.pending,
                    &(c.issued - c.required_issued),
                ],
            )
        ))
    }));
    part
}

/// The appendix table of part IV.
fn counts_table(r: &ReviewReport) -> Table {
    Table {
        title: String::new(),
        caption: Some(s(M::DocAppendixCounts).to_string()),
        note: None,
        widths: vec![3, 6, 8, 5, 5, 5, 6],
        headers: vec![
            s(M::DocStt).into(),
            s(M::LLevel).into(),
            s(M::LField).into(),
            s(M::LRequired).into(),
            s(M::LIssued).into(),
            s(M::DocNotIssuedCol).into(),
            s(M::DocOtherIssued).into(),
        ],
        rows: r
            .document_counts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                vec![
                    (i + 1).to_string(),
                    level_name(c.level).to_string(),
                    field_name(r, c.field.as_deref()),
                    c.required.to_string(),
                    c.required_issued.to_string(),
                    c.pending.to_string(),
                    (c.issued - c.required_issued).to_string(),
                ]
            })
            .collect(),
    }
}

/// The review chart: the entries of each month.
fn charts(r: &ReviewReport) -> Vec<Chart> {
    vec![Chart {
        title: s(M::DocReviewByMonth).to_string(),
        bars: r
            .work_done
            .by_month
            .iter()
            .map(|m| (month_label(&m.month), m.total as f64))
            .collect(),
    }]
}
