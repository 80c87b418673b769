//! Search hits (`search`): each with a snippet around its first match, highlighted on a
//! colour terminal, and a footer saying whether the list was cut.

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Hit;
use crate::render::{Human, Render};
use crate::text::{highlight, match_spans, snippet};
use chrono::NaiveDate;
use serde::Serialize;

/// Width of the text shown, in chars, around the first match.
const SNIPPET: usize = 120;

/// `search`: the hits, best first, and how they were cut.
pub struct SearchView {
    pub hits: Vec<Hit>,
    /// The folded query words (for the snippet and the highlight).
    pub words: Vec<String>,
    /// Bold the matched words (a colour terminal).
    pub color: bool,
    /// More records matched than the ranking window.
    pub more: bool,
    /// How many of the newest matches were ranked.
    pub window: usize,
    /// `--limit` (0: every hit).
    pub limit: usize,
}

/// The hits as `--format json` prints them: each record with its snippet before its rank.
#[derive(Serialize)]
#[serde(transparent)]
struct SearchHits<'a>(Vec<HitRecord<'a>>);

#[derive(Serialize)]
struct HitRecord<'a> {
    id: i64,
    #[serde(rename = "type")]
    record: &'a str,
    date: Option<NaiveDate>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    task: Option<i64>,
    snippet: String,
    rank: f64,
}

impl SearchView {
    fn footer(&self) -> Option<String> {
        let n = self.hits.len();
        (n > 0).then(|| {
            if self.more {
                t(M::SearchWindow, &[&n, &self.window])
            } else if self.limit > 0 && n == self.limit {
                t(M::SearchLimited, &[&n])
            } else {
                t(M::SearchCount, &[&n])
            }
        })
    }
}

impl Render for SearchView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        let hits = self
            .hits
            .iter()
            .map(|h| HitRecord {
                id: h.id,
                record: &h.record,
                date: h.date,
                text: &h.text,
                task: h.task,
                snippet: snippet(&h.text, &self.words, SNIPPET),
                rank: h.rank,
            })
            .collect();
        crate::render::json(buf, &SearchHits(hits))
    }

    fn human(&self) -> Result<Human> {
        let headers = headers(&[M::LId, M::LType, M::LDate, M::LText]);
        let rows = self
            .hits
            .iter()
            .map(|h| {
                let shown = snippet(&h.text, &self.words, SNIPPET);
                let shown = if self.color {
                    // bold yellow, reset after each word (`Output` turns the marks into colour)
                    let spans = match_spans(&shown, &self.words);
                    highlight(&shown, &spans, crate::render::MARK_ON, crate::render::MARK_OFF)
                } else {
                    shown
                };
                let id = match h.task {
                    Some(task) => format!("#{} (#{task})", h.id),
                    None => format!("#{}", h.id),
                };
                vec![
                    id,
                    crate::render::labels::record_type_label(&h.record),
                    h.date.map(crate::i18n::date).unwrap_or_default(),
                    shown,
                ]
            })
            .collect();
        let mut l = table(headers, rows);
        l.footer = self.footer();
        l.empty = Some(s(M::NoResults).to_string());
        Ok(Human::Listing(l))
    }
}
