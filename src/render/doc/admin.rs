//! The administrative *báo cáo* (Decree 30/2020, DOMAIN.md §c) of the month (year,
//! range, merged) and review reports: fills the neutral document model of `render::doc`
//! from a computed report and what the issuer's config says, for `--format docx` and
//! `--format html`. Everything shown is handed in; nothing here reads the database.

use super::{AdminReport, Chart, Header, Para, Section, Signature, Table, place_date, to_docx, to_html};
use crate::config::{Config, Person};
use crate::dates::PeriodKind;
use crate::i18n::{Lang, M, lang, s, t};
use crate::model::period::Following;
use crate::render::Format;
use crate::render::reports::tagged;
use crate::report::month::{Body, MonthReport, NextTask};
use crate::report::review::ReviewReport;
use chrono::{Datelike, NaiveDate};

/// Who issues the document, and on what day: the header, signature and recipients.
#[derive(Debug, Clone)]
pub struct Issuer {
    pub person: Person,
    /// The symbol of report numbers, after "Số: …/".
    pub symbol: Option<String>,
    pub recipients: Vec<String>,
    pub today: NaiveDate,
}

impl Issuer {
    /// From config `[person]` and `[report]`.
    pub fn new(config: &Config, today: NaiveDate) -> Issuer {
        Issuer {
            person: config.person.clone(),
            symbol: config.report.symbol.clone(),
            recipients: config.report.recipients.clone(),
            today,
        }
    }
}

/// The document's bytes in `format` (docx or html); `None` for the other formats.
pub fn encode(format: Format, doc: &AdminReport, charts: &[Chart]) -> Option<Vec<u8>> {
    match format {
        Format::Docx => Some(to_docx(doc)),
        Format::Html => Some(to_html(doc, charts).into_bytes()),
        _ => None,
    }
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// Header, signature and recipients from config `[person]` and `[report]`.
fn frame(issuer: &Issuer, summary: String) -> AdminReport {
    let p = &issuer.person;
    let dots = "………………".to_string();
    let authority = if p.authority.is_empty() {
        vec![upper(p.title.as_deref().unwrap_or(""))]
    } else {
        p.authority.iter().map(|a| upper(a)).collect()
    };
    let recipients = if issuer.recipients.is_empty() {
        vec![
            format!("- {}", s(M::DocRecipients1)),
            format!("- {}", s(M::DocRecipients2)),
        ]
    } else {
        issuer.recipients.iter().map(|r| format!("- {r}")).collect()
    };
    AdminReport {
        header: Header {
            parent_org: p.parent_org.as_deref().map(upper),
            org: p.org.as_deref().map(upper).unwrap_or_else(|| dots.clone()),
            number: t(M::DocNumber, &[&issuer.symbol.as_deref().unwrap_or("BC")]),
            place_date: place_date(p.place.as_deref().unwrap_or(""), issuer.today),
        },
        title: s(M::DocTitle).to_string(),
        summary,
        intro: None,
        sections: Vec::new(),
        closing: String::new(),
        recipients,
        signature: Signature {
            authority,
            name: p.name.clone().unwrap_or_default(),
        },
        appendix: Vec::new(),
    }
}

fn period_name(r: &MonthReport) -> String {
    let p = &r.period;
    match p.kind {
        PeriodKind::Month => match lang() {
            Lang::Vi => t(M::DocMonthName, &[&format!("{:02}", p.to.month()), &p.to.year()]),
            Lang::En => p.to.format("%B %Y").to_string(),
        },
        PeriodKind::Year => match lang() {
            Lang::Vi => format!("năm {}", p.to.year()),
            Lang::En => p.to.year().to_string(),
        },
        _ => t(
            M::DocPeriodName,
            &[&crate::i18n::date(p.from), &crate::i18n::date(p.to)],
        ),
    }
}

fn next_period_name(r: &MonthReport) -> String {
    match r.period.following() {
        Following::Year(y) => match lang() {
            Lang::Vi => format!("năm {y}"),
            Lang::En => y.to_string(),
        },
        // With a cut-off the next reporting month is named by the month it ends in.
        Following::Month(end) => match lang() {
            Lang::Vi => t(M::DocMonthName, &[&format!("{:02}", end.month()), &end.year()]),
            Lang::En => end.format("%B %Y").to_string(),
        },
    }
}

fn pct(part: i64, whole: i64) -> String {
    if whole == 0 {
        "0%".into()
    } else {
        format!("{:.0}%", part as f64 * 100.0 / whole as f64)
    }
}

/// The month (year, range) report as a document. `next` are the open tasks planned in or
/// due in the next period (section III).
pub fn month_document(issuer: &Issuer, r: &MonthReport, next: &[NextTask]) -> (AdminReport, Vec<Chart>) {
    let name = period_name(r);
    let mut doc = frame(issuer, t(M::DocSummaryMonth, &[&name, &next_period_name(r)]));
    let who = issuer.person.org.clone().unwrap_or_default();
    doc.intro = Some(t(M::DocIntro, &[&who, &name]).trim_start().to_string());
    doc.sections = vec![
        Section {
            heading: s(M::DocS1).to_string(),
            paragraphs: results(&r.body),
        },
        Section {
            heading: s(M::DocS2).to_string(),
            paragraphs: shortcomings(r),
        },
        Section {
            heading: t(M::DocS3, &[&upper(&next_period_name(r))]),
            paragraphs: next_period(next),
        },
        Section {
            heading: s(M::DocS4).to_string(),
            paragraphs: proposals(r),
        },
    ];
    doc.closing = t(M::DocClosing, &[&name]);
    doc.appendix = month_appendix(&r.body);
    (doc, month_charts(&r.body))
}

/// Section I: the work done, the tasks, the follow-ups, the documents, the contingencies.
fn results(b: &Body) -> Vec<Para> {
    let mut s1 = work_and_tasks(b);
    s1.extend(followups_done(b));
    s1.push(Para::Subheading(s(M::DocDocsHead).to_string()));
    s1.push(Para::Text(t(
        M::DocDocsLine,
        &[&b.documents.issued, &b.documents.required_pending],
    )));
    s1.extend(contingencies_met(b));
    s1
}

/// Section I's first part: the entries and tasks counted, the work by kind, the tasks
/// done.
fn work_and_tasks(b: &Body) -> Vec<Para> {
    let e = &b.entries.counts;
    let by_kind = &b.entries.by_kind;
    let tk = &b.tasks;
    let mut s1 = vec![
        Para::Text(t(
            M::DocEntriesLine,
            &[
                &e.total,
                &(e.minutes / 60),
                &(e.minutes % 60),
                &e.days_logged,
                &e.working_days,
                &e.planned,
                &e.arising,
                &pct(e.arising, e.total),
            ],
        )),
        Para::Text(t(
            M::DocTasksLine,
            &[
                &tk.planned,
                &tk.done,
                &tk.done_on_time,
                &(tk.done - tk.done_on_time),
                &tk.open,
                &tk.overdue,
                &tk.carried,
                &tk.dropped,
            ],
        )),
        Para::Subheading(s(M::DocByKindHead).to_string()),
    ];
    s1.extend(
        by_kind
            .iter()
            .map(|k| Para::Bullet(t(M::DocByKindItem, &[&k.label, &k.count]))),
    );
    if !b.done_list.is_empty() {
        s1.push(Para::Subheading(s(M::DocDoneHead).to_string()));
        s1.extend(
            b.done_list
                .iter()
                .map(|d| Para::Bullet(tagged(&d.from, &d.title))),
        );
    }
    s1
}

/// Section I's follow-ups: the counts, then one line per unit.
fn followups_done(b: &Body) -> Vec<Para> {
    let f = &b.followups;
    let mut paras = vec![
        Para::Subheading(s(M::DocFollowHead).to_string()),
        Para::Text(t(M::DocFollowLine, &[&f.open, &f.overdue, &f.stale, &f.done])),
    ];
    paras.extend(
        f.by_unit
            .iter()
            .map(|u| Para::Bullet(t(M::DocFollowUnit, &[&u.name, &u.open, &u.done, &u.overdue]))),
    );
    paras
}

/// Section I's contingencies: the counts and those with an outcome; nothing when none
/// was prepared or triggered.
fn contingencies_met(b: &Body) -> Vec<Para> {
    let c = &b.contingencies;
    if c.prepared + c.triggered == 0 {
        return Vec::new();
    }
    let mut paras = vec![Para::Text(t(M::DocContLine, &[&c.prepared, &c.triggered]))];
    paras.extend(c.list.iter().filter(|c| c.outcome.is_some()).map(|c| {
        Para::Bullet(t(
            M::DocContItem,
            &[
                &tagged(&c.from, &c.situation),
                &c.outcome.clone().unwrap_or_default(),
            ],
        ))
    }));
    paras
}

/// Section II: overdue and stale work, open blockers.
fn shortcomings(r: &MonthReport) -> Vec<Para> {
    let b = &r.body;
    let tk = &b.tasks;
    let mut s2 = Vec::new();
    if tk.overdue + tk.stale > 0 {
        s2.push(Para::Text(t(M::DocOverdueLine, &[&tk.overdue, &tk.stale])));
    }
    s2.extend(b.blockers.open.iter().map(|x| {
        Para::Bullet(t(
            M::DocBlockerItem,
            &[&unit_name(r, &x.unit), &tagged(&x.from, &x.text), &x.age_days],
        ))
    }));
    if s2.is_empty() {
        s2.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s2
}

/// Section III: the next period's tasks.
fn next_period(next: &[NextTask]) -> Vec<Para> {
    let mut s3: Vec<Para> = next
        .iter()
        .map(|task| {
            let due = task
                .due
                .map(|d| t(M::DocNextDue, &[&crate::i18n::date(d)]))
                .unwrap_or_default();
            Para::Bullet(t(M::DocNextItem, &[&task.title, &due]))
        })
        .collect();
    if s3.is_empty() {
        s3.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s3
}

/// Section IV: the proposals of the open blockers.
fn proposals(r: &MonthReport) -> Vec<Para> {
    let b = &r.body;
    let mut s4: Vec<Para> = b
        .blockers
        .open
        .iter()
        .filter_map(|x| {
            let p = x.proposal.as_ref()?;
            let remedy = x
                .remedy
                .map(crate::render::labels::remedy_label)
                .unwrap_or_default();
            Some(Para::Bullet(t(
                M::DocProposalItem,
                &[p, &unit_name(r, &x.unit), &remedy],
            )))
        })
        .collect();
    if s4.is_empty() {
        s4.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s4
}

/// The appendix: the figures as tables.
fn month_appendix(b: &Body) -> Vec<Table> {
    let by_kind = &b.entries.by_kind;
    let kinds = Table {
        title: t(M::DocAppendix, &[&s(M::RByKind)]),
        headers: vec![s(M::LName).into(), s(M::RCount).into(), s(M::RMinutes).into()],
        rows: by_kind
            .iter()
            .map(|k| vec![k.label.clone(), k.count.to_string(), k.minutes.to_string()])
            .collect(),
    };
    let mut appendix = vec![kinds];
    if !b.done_list.is_empty() {
        appendix.push(Table {
            title: t(M::DocAppendix, &[&s(M::RDoneList)]),
            headers: vec![
                s(M::LId).into(),
                s(M::LTitle).into(),
                s(M::LDue).into(),
                s(M::LClosed).into(),
            ],
            rows: b
                .done_list
                .iter()
                .map(|d| {
                    vec![
                        format!("#{}", d.id),
                        tagged(&d.from, &d.title),
                        d.due.map(crate::i18n::date).unwrap_or_default(),
                        d.closed_on.map(crate::i18n::date).unwrap_or_default(),
                    ]
                })
                .collect(),
        });
    }
    appendix
}

/// The month charts: entries per day and per kind.
fn month_charts(b: &Body) -> Vec<Chart> {
    let by_kind = &b.entries.by_kind;
    vec![
        Chart {
            title: s(M::RDaily).to_string(),
            bars: b
                .daily
                .iter()
                .map(|d| (d.date.format("%d").to_string(), d.count as f64))
                .collect(),
        },
        Chart {
            title: s(M::RByKind).to_string(),
            bars: by_kind
                .iter()
                .map(|k| (k.label.clone(), k.count as f64))
                .collect(),
        },
    ]
}

/// The full name of the unit `alias`, or the alias when it has none.
fn unit_name(r: &MonthReport, alias: &str) -> String {
    r.body
        .followups
        .by_unit
        .iter()
        .find(|u| u.unit == alias)
        .map(|u| u.name.clone())
        .unwrap_or_else(|| alias.to_string())
}

/// The four-part stock-take as a document.
/// `tet` names the coming Lunar New Year ("Quý Mão 2023").
pub fn review_document(issuer: &Issuer, r: &ReviewReport, tet: &str) -> (AdminReport, Vec<Chart>) {
    let mut doc = frame(issuer, t(M::DocSummaryReview, &[&crate::i18n::date(r.since)]));
    doc.sections = vec![
        Section {
            heading: s(M::DocReviewS1).to_string(),
            paragraphs: review_work_done(r, tet),
        },
        Section {
            heading: s(M::DocReviewS2).to_string(),
            paragraphs: review_documents(r),
        },
        Section {
            heading: s(M::DocReviewS3).to_string(),
            paragraphs: review_followups(r),
        },
        Section {
            heading: s(M::DocReviewS4).to_string(),
            paragraphs: review_counts(r),
        },
    ];
    doc.closing = t(
        M::DocClosing,
        &[&t(
            M::DocPeriodName,
            &[&crate::i18n::date(r.since), &crate::i18n::date(issuer.today)],
        )],
    );
    doc.appendix = vec![review_appendix(r)];
    (doc, review_charts(r))
}

/// Review section 1: the work done by month, the tasks done, what must finish before Tết.
fn review_work_done(r: &ReviewReport, tet: &str) -> Vec<Para> {
    let mut s1: Vec<Para> = r
        .work_done
        .by_month
        .iter()
        .map(|m| Para::Bullet(t(M::DocReviewMonth, &[&m.month, &m.total, &m.minutes])))
        .collect();
    if !r.work_done.tasks_done.is_empty() {
        s1.push(Para::Subheading(s(M::DocDoneHead).to_string()));
        s1.extend(
            r.work_done
                .tasks_done
                .iter()
                .map(|task| Para::Bullet(task.title.clone())),
        );
    }
    s1.push(Para::Subheading(t(
        M::DocMustFinishHead,
        &[&tet, &crate::i18n::date(r.until)],
    )));
    if r.must_finish.is_empty() {
        s1.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s1.extend(r.must_finish.iter().map(|task| {
        let due = task
            .due
            .map(|d| t(M::DocNextDue, &[&crate::i18n::date(d)]))
            .unwrap_or_default();
        Para::Bullet(t(M::DocNextItem, &[&task.title, &due]))
    }));
    s1
}

/// Review section 2: the documents, grouped by field.
fn review_documents(r: &ReviewReport) -> Vec<Para> {
    let mut s2 = Vec::new();
    for f in &r.documents_by_field {
        s2.push(Para::Subheading(
            f.name
                .clone()
                .or(f.field.clone())
                .unwrap_or_else(|| s(M::RNone).to_string()),
        ));
        for d in &f.documents {
            let number = d.number.clone().map(|n| format!("{n} ")).unwrap_or_default();
            s2.push(Para::Bullet(format!("{number}{}", d.title)));
        }
    }
    if s2.is_empty() {
        s2.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s2
}

/// Review section 3: the pending follow-ups by unit, with their blockers.
fn review_followups(r: &ReviewReport) -> Vec<Para> {
    let mut s3 = Vec::new();
    for u in &r.followups_pending {
        s3.push(Para::Subheading(u.name.clone()));
        for item in &u.followups {
            let major = if item.major {
                format!("[{}] ", s(M::MarkMajor))
            } else {
                String::new()
            };
            let blockers: Vec<String> = item
                .blockers
                .iter()
                .map(|b| match &b.proposal {
                    Some(p) => format!("{} → {}", b.text, p),
                    None => b.text.clone(),
                })
                .collect();
            let tail = if blockers.is_empty() {
                String::new()
            } else {
                format!("; {}", blockers.join("; "))
            };
            s3.push(Para::Bullet(t(
                M::DocFollowItem,
                &[
                    &major,
                    &item.title,
                    &crate::i18n::date(item.assigned),
                    &item.age_days,
                    &tail,
                ],
            )));
        }
    }
    if s3.is_empty() {
        s3.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s3
}

/// Review section 4: the documents issued against those required, by level and field.
fn review_counts(r: &ReviewReport) -> Vec<Para> {
    let mut s4: Vec<Para> = r
        .document_counts
        .iter()
        .map(|c| {
            Para::Bullet(t(
                M::DocCountItem,
                &[
                    &c.level,
                    &c.field.clone().unwrap_or_else(|| s(M::RNone).to_string()),
                    &c.issued,
                    &(c.issued + c.required),
                ],
            ))
        })
        .collect();
    if s4.is_empty() {
        s4.push(Para::Text(s(M::DocNothing).to_string()));
    }
    s4
}

/// The review appendix: the document counts as a table.
fn review_appendix(r: &ReviewReport) -> Table {
    Table {
        title: t(M::DocAppendix, &[&s(M::DocReviewS4)]),
        headers: vec![
            s(M::LLevel).into(),
            s(M::LField).into(),
            s(M::LIssued).into(),
            s(M::LRequired).into(),
        ],
        rows: r
            .document_counts
            .iter()
            .map(|c| {
                vec![
                    c.level.as_str().to_string(),
                    c.field.clone().unwrap_or_default(),
                    c.issued.to_string(),
                    c.required.to_string(),
                ]
            })
            .collect(),
    }
}

/// The review chart: the entries of each month.
fn review_charts(r: &ReviewReport) -> Vec<Chart> {
    vec![Chart {
        title: s(M::RByKind).to_string(),
        bars: r
            .work_done
            .by_month
            .iter()
            .map(|m| (m.month.clone(), m.total as f64))
            .collect(),
    }]
}
