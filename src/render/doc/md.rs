//! The Markdown form of an administrative report: the same document as the Word file,
//! as text to paste (headings for the title and the parts, the paragraphs, the "- "
//! items, the closing, recipients and signer, then the appendix tables as Markdown
//! tables). Text is written as it is, with Markdown's own characters escaped so that a
//! `*` or `|` in a record stays a character.

use super::{AdminReport, Para};
use std::fmt::Write;

/// Escapes the characters Markdown would read as markup at any place in a line.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: one line, escaped.
fn cell(text: &str) -> String {
    esc(&text.replace('\n', " "))
}

pub fn to_md(doc: &AdminReport) -> String {
    let mut out = String::new();
    let h = &doc.header;
    let mut agency: Vec<String> = Vec::new();
    if let Some(p) = &h.parent_org {
        // The parent body's name is one name, broken over two lines only on paper.
        agency.push(p.replace(['\n', '\u{a0}'], " "));
    }
    agency.push(h.org.replace('\u{a0}', " "));
    let _ = writeln!(out, "{}  ", esc(&agency.join(" – ")));
    let _ = writeln!(out, "{}  ", esc(&h.number.replace('\u{a0}', " ")));
    let _ = writeln!(out, "*{}*\n", esc(&h.place_date));
    let _ = writeln!(out, "# {}\n", esc(&doc.title));
    let _ = writeln!(out, "**{}**\n", esc(&doc.summary));
    if let Some(n) = &doc.notice {
        let _ = writeln!(out, "*{}*\n", esc(n));
    }
    if let Some(to) = &doc.to {
        let _ = writeln!(out, "{}\n", esc(to));
    }
    if let Some(intro) = &doc.intro {
        let _ = writeln!(out, "{}\n", esc(intro));
    }
    for s in &doc.sections {
        let _ = writeln!(out, "## {}\n", esc(&s.heading));
        let mut in_list = false;
        for p in &s.paragraphs {
            match p {
                Para::Bullet(t) => {
                    let t = t.strip_prefix("- ").unwrap_or(t);
                    let _ = writeln!(out, "- {}", esc(t));
                    in_list = true;
                }
                Para::Text(t) | Para::Subheading(t) => {
                    if in_list {
                        out.push('\n');
                        in_list = false;
                    }
                    match p {
                        Para::Subheading(_) => {
                            let _ = writeln!(out, "### {}\n", esc(t));
                        }
                        _ => {
                            let _ = writeln!(out, "{}\n", esc(t));
                        }
                    }
                }
            }
        }
        if in_list {
            out.push('\n');
        }
    }
    let _ = writeln!(out, "{}\n", esc(&doc.closing));
    let _ = writeln!(out, "**{}**\n", esc(&doc.recipients_title));
    for r in &doc.recipients {
        let _ = writeln!(out, "{}  ", esc(r));
    }
    out.push('\n');
    for a in &doc.signature.authority {
        let _ = writeln!(out, "**{}**  ", esc(a));
    }
    let _ = writeln!(out, "**{}**\n", esc(&doc.signature.name));
    for t in &doc.appendix {
        let _ = writeln!(out, "## {}\n", esc(&t.title));
        if let Some(c) = &t.caption {
            let _ = writeln!(out, "**{}**\n", esc(c));
        }
        if let Some(n) = &t.note {
            let _ = writeln!(out, "*{}*\n", esc(&n.replace('\u{a0}', " ")));
        }
        let _ = writeln!(
            out,
            "| {} |",
            t.headers.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | ")
        );
        let _ = writeln!(out, "|{}", "---|".repeat(t.headers.len()));
        for r in &t.rows {
            let _ = writeln!(
                out,
                "| {} |",
                r.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_records_stays_text() {
        assert_eq!(esc("a*b|c #d"), "a\\*b\\|c \\#d");
        let md = to_md(&crate::render::doc::sample());
        assert!(md.contains("\n# "), "{md}");
        assert!(md.contains("\n## "), "{md}");
    }
}
