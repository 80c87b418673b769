//! Entries as a table (`log`), with their count and minutes under it.

use super::{headers, table};
use crate::config::Config;
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::Entry;
use crate::render::table::Inline;
use crate::render::{Human, Listing, MinuteCells, Render};

/// `log`: the entries of a period. Kind labels come from the config (custom kinds), so
/// they are looked up when the view is made.
pub struct EntryList {
    pub entries: Vec<Entry>,
    /// The label of each entry's kind, in the same order.
    pub kinds: Vec<String>,
}

impl EntryList {
    pub fn new(config: &Config, entries: Vec<Entry>) -> EntryList {
        let kinds = entries
            .iter()
            .map(|e| crate::render::labels::kind_label(&config.kinds, &e.kind))
            .collect();
        EntryList { entries, kinds }
    }
}

impl Render for EntryList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.entries)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(entry_listing(&self.entries, &self.kinds)))
    }
}

/// The table of entries; `kinds` holds the label of each entry's kind.
pub fn entry_listing(entries: &[Entry], kinds: &[String]) -> Listing {
    let headers = headers(&[
        M::LId,
        M::LDate,
        M::LKind,
        M::LText,
        M::LUnits,
        M::LTags,
        M::LMinutes,
    ]);
    let rows = entries
        .iter()
        .zip(kinds)
        .map(|(e, kind)| {
            vec![
                format!("#{}", e.id),
                match &e.time {
                    Some(time) => format!("{} {time}", crate::i18n::date(e.date)),
                    None => crate::i18n::date(e.date),
                },
                kind.clone(),
                e.text.clone(),
                e.units.join(", "),
                e.tags
                    .iter()
                    .map(|t| format!("#{t}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                e.minutes.map(|m| m.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let mut l = table(headers, rows);
    l.fit.inline = vec![
        Inline {
            column: 4,
            text: 3,
            prefix: '@',
            sep: ", ",
        },
        Inline {
            column: 5,
            text: 3,
            prefix: '#',
            sep: " ",
        },
    ];
    l.minutes = MinuteCells::columns(&[6]);
    let minutes: i64 = entries.iter().filter_map(|e| e.minutes).sum();
    l.count_footer(t(
        M::EntriesCount,
        &[&entries.len(), &crate::i18n::duration(minutes)],
    ));
    l.empty = Some(s(M::NoResults).to_string());
    l
}
