//! The administrative *báo cáo* (Decree 30/2020, DOMAIN.md §c) of the month (year,
//! range, merged) and review reports: fills the neutral document model of `render::doc`
//! from a computed report and its issuer, for `--format docx` and `--format html`. This
//! file holds the frame every document shares (header, addressee, recipients, signature)
//! and the numbering of its parts; `month` and `review` write their sections in
//! sentences (`prose`). Everything shown is handed in; nothing here reads the database.

mod briefing;
mod facts;
mod followups;
mod month;
mod prose;
mod review;
mod week;

pub use crate::report::input::Issuer;
pub use briefing::briefing_document;
pub use facts::facts_document;
pub use followups::{FollowupsContent, followups_document};
pub use month::month_document;
pub use prose::hours;
pub use review::review_document;
pub use week::{WeekContent, week_document};

use super::{AdminReport, Chart, Header, Para, Section, Signature, to_docx, to_html};
use crate::i18n::{Lang, M, lang, s, t};
use crate::render::Format;

/// The document's bytes in `format` (docx or html); `None` for the other formats. Warns on
/// stderr when the config leaves out what the document needs (see `warn_missing`).
pub fn encode(format: Format, doc: &AdminReport, charts: &[Chart], issuer: &Issuer) -> Option<Vec<u8>> {
    let bytes = match format {
        Format::Docx => to_docx(doc),
        Format::Html => to_html(doc, charts).into_bytes(),
        _ => return None,
    };
    warn_missing(issuer);
    Some(bytes)
}

/// The `[person]` keys the document left blank, and how to set them, on stderr.
fn warn_missing(issuer: &Issuer) {
    use std::io::Write;
    let missing = issuer.missing();
    if !missing.is_empty() {
        // A warning, not an error: the document is written all the same.
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", t(M::DocMissingPerson, &[&missing.join(", ")]));
        let _ = writeln!(err, "{}", s(M::DocMissingPersonHint));
    }
}

/// A part of the body before numbering: its title, what it says, and its numbered
/// sub-parts (a sub-part with nothing to say is left out).
pub(super) struct Part {
    pub title: String,
    pub lead: Vec<Para>,
    pub subs: Vec<(String, Vec<Para>)>,
}

impl Part {
    pub fn new(title: String) -> Part {
        Part {
            title,
            lead: Vec::new(),
            subs: Vec::new(),
        }
    }

    pub fn sub(mut self, title: String, body: Vec<Para>) -> Part {
        self.subs.push((title, body));
        self
    }
}

const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// The parts as numbered sections: I, II, … and 1., 2., … inside each, counted over what
/// is printed; a part with nothing to say says so in one line.
pub(super) fn numbered(parts: Vec<Part>) -> Vec<Section> {
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            let mut paragraphs = part.lead;
            let subs: Vec<_> = part.subs.into_iter().filter(|(_, b)| !b.is_empty()).collect();
            for (j, (title, body)) in subs.into_iter().enumerate() {
                paragraphs.push(Para::Subheading(format!("{}. {title}", j + 1)));
                paragraphs.extend(body);
            }
            if paragraphs.is_empty() {
                paragraphs.push(Para::Text(s(M::DocNothing).to_string()));
            }
            Section {
                heading: format!(
                    "{}. {}",
                    ROMAN.get(i).copied().unwrap_or("X"),
                    part.title.to_uppercase()
                ),
                paragraphs,
            }
        })
        .collect()
}

/// Header, addressee, signature and recipients from the issuer.
pub(super) fn frame(issuer: &Issuer, summary: String) -> AdminReport {
    let p = &issuer.person;
    let authority = if p.authority.is_empty() {
        p.title
            .iter()
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.to_uppercase())
            .collect()
    } else {
        p.authority.iter().map(|a| a.to_uppercase()).collect()
    };
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    AdminReport {
        lang: match lang() {
            Lang::Vi => "vi".into(),
            Lang::En => "en".into(),
        },
        header: Header {
            nation: s(M::DocNation).to_string(),
            motto: s(M::DocMotto).to_string(),
            parent_org: given(&p.parent_org).map(|o| prose::header_lines(&o)),
            org: given(&p.org)
                .map(|o| prose::header_lines(&o))
                .unwrap_or_else(|| "………………".to_string()),
            number: t(M::DocNumber, &[&issuer.symbol]),
            place_date: prose::place_date_line(p.place.as_deref().unwrap_or(""), issuer.today),
        },
        title: s(M::DocTitle).to_string(),
        summary,
        notice: None,
        to: issuer.to.as_ref().map(|to| t(M::DocTo, &[to])),
        intro: None,
        sections: Vec::new(),
        closing: String::new(),
        recipients_title: s(M::DocRecipientsTitle).to_string(),
        recipients: recipients(issuer),
        signature: Signature {
            authority,
            name: p.name.clone().unwrap_or_default(),
        },
        appendix: Vec::new(),
    }
}

/// "- Như trên;" only when there is a Kính gửi to refer to; the config's lines, else
/// the archive line.
fn recipients(issuer: &Issuer) -> Vec<String> {
    let as_above = s(M::DocRecipients1);
    let mut lines: Vec<String> = if issuer.recipients.is_empty() {
        vec![s(M::DocRecipients2).to_string()]
    } else {
        issuer.recipients.clone()
    };
    let is_as_above = |l: &str| {
        let l = l.trim().trim_end_matches([';', '.']).to_lowercase();
        l == "như trên" || l == "as above"
    };
    lines.retain(|l| !is_as_above(l));
    if issuer.to.is_some() {
        lines.insert(0, as_above.to_string());
    }
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let l = l
                .trim()
                .trim_start_matches('-')
                .trim()
                .trim_end_matches([';', '.'])
                .to_string();
            format!("- {l}{}", if i + 1 == n { "." } else { ";" })
        })
        .collect()
}

/// "(Kèm theo Báo cáo số      /BC-VP ngày 28/12/2022)" under each appendix title.
pub(super) fn appendix_note(issuer: &Issuer) -> String {
    t(M::DocAppendixNote, &[&issuer.symbol, &prose::date(issuer.today)])
}

/// "PHỤ LỤC 01", "PHỤ LỤC 02", …
pub fn appendix_title(n: usize) -> String {
    t(M::DocAppendixNo, &[&format!("{n:02}")])
}

/// ", Nguyễn Văn A, Chuyên viên Văn phòng UBND tỉnh," after "tôi" in an opening: the
/// official by name and duty; empty when the config names no one.
pub(super) fn duty(issuer: &Issuer) -> String {
    let p = &issuer.person;
    let who: Vec<&str> = [&p.name, &p.title]
        .into_iter()
        .filter_map(|v| v.as_deref().map(str::trim).filter(|v| !v.is_empty()))
        .collect();
    match (
        who.as_slice(),
        p.org.as_deref().map(str::trim).filter(|o| !o.is_empty()),
    ) {
        ([], _) => String::new(),
        ([name], org) => match org {
            Some(o) => format!(", {name} ({o}),"),
            None => format!(", {name},"),
        },
        ([name, title, ..], org) => match org {
            Some(o) => format!(", {name}, {title} {o},"),
            None => format!(", {name}, {title},"),
        },
    }
}
