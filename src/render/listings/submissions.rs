//! Submissions of a month report: `report month --submissions` (every version, when it
//! was submitted and what changed since the one before) and the title line of
//! `report month --as-submitted [N]` (which version, submitted when).

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::{Format, Human, Listing, Render};
use crate::report::month::Amendment;
use serde::Serialize;

/// One submitted version of a period's report.
#[derive(Debug, Serialize)]
pub struct SubmissionRow {
    /// 1 for the first submission of the period, then 2, 3…
    pub version: usize,
    pub id: i64,
    pub submitted_at: String,
    /// What changed since the version before (empty for the first).
    pub changes: Vec<Amendment>,
}

/// `report month --submissions`.
pub struct SubmissionList {
    pub period: String,
    pub rows: Vec<SubmissionRow>,
}

impl Render for SubmissionList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.rows)
    }

    fn human(&self) -> Result<Human> {
        let rows = self
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.version.to_string(),
                    format!("#{}", r.id),
                    crate::i18n::stamp(&r.submitted_at),
                    changes_text(r),
                ]
            })
            .collect();
        let mut l = table(
            headers(&[M::RVersion, M::LId, M::RSubmittedOn, M::RChangesSince]),
            rows,
        );
        let period = crate::render::labels::plan_period_phrase(&self.period);
        l.title = Some(t(M::RSubmissionsOf, &[&period]));
        l.empty = Some(t(M::RNotSubmitted, &[&period]));
        Ok(Human::Listing(l))
    }
}

/// "first submission", or the changes one per line: "+ #12 Họp…", "~ #14 …", "− #15 …".
fn changes_text(r: &SubmissionRow) -> String {
    if r.version == 1 {
        return s(M::RFirstSubmission).to_string();
    }
    if r.changes.is_empty() {
        return s(M::RNoChanges).to_string();
    }
    r.changes
        .iter()
        .map(|a| {
            let mark = match a.change.as_str() {
                "added" => "+",
                "removed" => "−",
                _ => "~",
            };
            format!("{mark} #{} {}", a.id, a.what)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A submitted copy shown as it was, its title saying which version and when.
pub struct AsSubmitted<V: Render> {
    pub view: V,
    pub version: usize,
    pub of: usize,
    pub submitted_at: String,
}

impl<V: Render> AsSubmitted<V> {
    fn mark(&self, h: Human) -> Human {
        let note = t(
            M::RAsSubmittedNote,
            &[&self.version, &self.of, &crate::i18n::stamp(&self.submitted_at)],
        );
        let mark = |l: &mut Listing| {
            l.title = Some(match l.title.take() {
                Some(title) => format!("{title} — {note}"),
                None => note.clone(),
            });
        };
        match h {
            Human::Listing(mut l) => {
                mark(&mut l);
                Human::Listing(l)
            }
            Human::Sections(mut v) => {
                if let Some(first) = v.first_mut() {
                    mark(first);
                }
                Human::Sections(v)
            }
            Human::Lines(v) => Human::Lines(v),
        }
    }
}

impl<V: Render> Render for AsSubmitted<V> {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        self.view.json(buf)
    }

    fn human(&self) -> Result<Human> {
        Ok(self.mark(self.view.human()?))
    }

    fn human_for(&self, format: Format) -> Result<Human> {
        Ok(self.mark(self.view.human_for(format)?))
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        self.view.document(format)
    }
}
