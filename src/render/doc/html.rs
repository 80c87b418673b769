//! The HTML rendering: one self-contained printable page (inline CSS with an A4 `@page`,
//! no external resources), the same layout as the Word file, charts as inline SVG. Every
//! piece of user text goes through `escape`.

use super::{AdminReport, Chart, Para, escape};
use std::fmt::Write;

const CSS: &str = "@page { size: A4; margin: 22mm 20mm 20mm 30mm; @top-center { content: counter(page); font-family: 'Times New Roman', serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
body { font-family: 'Times New Roman', Times, serif; font-size: 14pt; color: #000; max-width: 160mm; margin: 0 auto; line-height: 1.3; }
table.head, table.sign { width: 100%; border-collapse: collapse; }
table.head td, table.sign td { vertical-align: top; text-align: center; padding: 0; }
table.head td.left { width: 40%; } table.sign td.left { width: 45%; text-align: left; }
.org, .nation, .motto, .title, .summary, .sec, .sub, .name, .auth { font-weight: bold; }
.head p, .sign p { margin: 0; } .head { font-size: 13pt; } .nation { font-size: 12pt; }
.rule { border: 0; border-top: 1px solid #000; margin: 2px auto 6px; height: 0; display: block; }
.rule.short { width: 35%; } .rule.motto { width: 65%; } .rule.summary { width: 25%; margin: 2px auto 6px; }
.center { text-align: center; } .notice { text-align: center; font-style: italic; font-size: 13pt; margin: 0; } .to { text-align: center; margin: 6pt 0; }
.end { page-break-inside: avoid; break-inside: avoid; }
.date { font-style: italic; } .title { text-align: center; margin: 18pt 0 0; } .summary { text-align: center; margin: 0; }
.body p { text-align: justify; text-indent: 1cm; margin: 6pt 0 0; }
.recipients-title { font-weight: bold; font-style: italic; font-size: 12pt; } .recipients { font-size: 11pt; }
.signspace { height: 3.5em; }
.appendix { page-break-before: always; break-before: page; }
.appendix h2 { font-size: 14pt; text-align: center; margin: 12pt 0 0; } .appendix .caption { font-weight: bold; text-align: center; margin: 0; } .appendix .note { font-style: italic; text-align: center; font-size: 13pt; margin: 0 0 6pt; }
.appendix tr { page-break-inside: avoid; break-inside: avoid; } .appendix thead { display: table-header-group; }
.appendix table { width: 100%; border-collapse: collapse; font-size: 12pt; margin-bottom: 12pt; }
.appendix th, .appendix td { border: 1px solid #000; padding: 2pt 4pt; }
.charts { page-break-before: always; break-before: page; } figure { margin: 0 0 12pt; } figcaption { font-weight: bold; text-align: center; }
";

/// The report as one printable HTML page; `charts` follow the appendix.
pub fn to_html(rep: &AdminReport, charts: &[Chart]) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{} - {}</title><style>{CSS}</style></head><body>\n",
        escape(&rep.lang),
        escape(&rep.title),
        escape(&rep.summary)
    );
    header(&mut o, rep);
    body(&mut o, rep);
    signature(&mut o, rep);
    appendix(&mut o, rep);
    if !charts.is_empty() {
        o.push_str("<div class=\"charts\">");
        for c in charts {
            o.push_str(&svg_chart(c));
        }
        o.push_str("</div>\n");
    }
    o.push_str("</body></html>\n");
    o
}

/// `s` escaped, its line breaks as `<br>`.
fn lines(s: &str) -> String {
    escape(s).replace('\n', "<br>")
}

/// The header table (organisation, national motto, number, place and date), then the
/// title and summary.
fn header(o: &mut String, rep: &AdminReport) {
    // Inline as well as in the style sheet: office suites importing the page read only
    // the element's own style.
    const C: &str = "style=\"text-align:center;margin:0\"";
    let h = &rep.header;
    o.push_str("<table class=\"head\"><tr><td class=\"left\">");
    if let Some(parent) = h.parent_org.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(o, "<p class=\"parent\" {C}>{}</p>", lines(&parent.to_uppercase()));
    }
    let _ = writeln!(
        o,
        "<p class=\"org\" {C}>{}</p><hr class=\"rule short\" width=\"35%\" align=\"center\"></td>\
         <td><p class=\"nation\" {C}>{}</p><p class=\"motto\" {C}>{}</p>\
         <hr class=\"rule motto\" width=\"65%\" align=\"center\"></td></tr><tr><td class=\"left\"><p class=\"number\" {C}>{}</p></td>\
         <td><p class=\"date\" {C}>{}</p></td></tr></table>",
        lines(&h.org.to_uppercase()),
        escape(&h.nation),
        escape(&h.motto),
        // The blank before the slash is where the number is written by hand.
        escape(&h.number).replace(' ', "&nbsp;"),
        escape(&h.place_date)
    );
    let _ = writeln!(
        o,
        "<p class=\"title\">{}</p><p class=\"summary\">{}</p><div class=\"center\"><hr class=\"rule summary\" width=\"25%\" align=\"center\"></div>",
        lines(&rep.title),
        lines(&rep.summary)
    );
    if let Some(n) = &rep.notice {
        let _ = write!(o, "<p class=\"notice\">{}</p>", lines(n));
    }
    if let Some(to) = &rep.to {
        let _ = write!(o, "<p class=\"to\">{}</p>", lines(to));
    }
    o.push_str("<div class=\"body\">");
}

/// The body: the introduction, the sections and their paragraphs, the closing.
fn body(o: &mut String, rep: &AdminReport) {
    if let Some(intro) = &rep.intro {
        let _ = write!(o, "<p>{}</p>", lines(intro));
    }
    for s in &rep.sections {
        let _ = write!(o, "<p class=\"sec\">{}</p>", lines(&s.heading));
        for p in &s.paragraphs {
            let _ = match p {
                Para::Text(t) => write!(o, "<p>{}</p>", lines(t)),
                Para::Subheading(t) => write!(o, "<p class=\"sub\">{}</p>", lines(t)),
                Para::Bullet(t) => {
                    let t = t.trim_start();
                    let dash = if t.starts_with('-') || t.starts_with('+') {
                        ""
                    } else {
                        "- "
                    };
                    write!(o, "<p>{dash}{}</p>", lines(t))
                }
            };
        }
    }
    // The closing and the signature stay together on one page.
    o.push_str("</div>\n<div class=\"end\"><div class=\"body\">");
    if !rep.closing.trim().is_empty() {
        let _ = write!(o, "<p>{}</p>", lines(&rep.closing));
    }
}

/// The recipients and the signature block.
fn signature(o: &mut String, rep: &AdminReport) {
    const C: &str = "style=\"text-align:center;margin:0\"";
    o.push_str(
        "</div>\n<table class=\"sign\" width=\"100%\"><tr><td class=\"left\" width=\"45%\" valign=\"top\">",
    );
    let _ = write!(
        o,
        "<p class=\"recipients-title\">{}</p>",
        escape(&rep.recipients_title)
    );
    for r in &rep.recipients {
        let _ = write!(o, "<p class=\"recipients\">{}</p>", escape(r));
    }
    o.push_str("</td><td width=\"55%\" valign=\"top\">");
    for a in &rep.signature.authority {
        let _ = write!(o, "<p class=\"auth\" {C}>{}</p>", escape(&a.to_uppercase()));
    }
    let _ = writeln!(
        o,
        "<div class=\"signspace\"><p>&nbsp;</p><p>&nbsp;</p></div><p class=\"name\" {C}>{}</p></td></tr></table></div>",
        escape(&rep.signature.name)
    );
}

/// The appendix tables, if any.
fn appendix(o: &mut String, rep: &AdminReport) {
    if !rep.appendix.is_empty() {
        o.push_str("<div class=\"appendix\">");
        for t in &rep.appendix {
            let _ = write!(o, "<h2>{}</h2>", escape(&t.title));
            if let Some(c) = &t.caption {
                let _ = write!(o, "<p class=\"caption\">{}</p>", escape(c));
            }
            if let Some(n) = &t.note {
                let _ = write!(o, "<p class=\"note\">{}</p>", escape(n));
            }
            // The columns' shares of the width, as the Word table has them.
            let total: u32 = t.widths.iter().sum::<u32>().max(1);
            o.push_str("<table>");
            if !t.widths.is_empty() {
                o.push_str("<colgroup>");
                for w in &t.widths {
                    let _ = write!(o, "<col style=\"width:{}%\">", w * 100 / total);
                }
                o.push_str("</colgroup>");
            }
            if !t.headers.is_empty() {
                o.push_str("<thead><tr>");
                for c in &t.headers {
                    let _ = write!(o, "<th>{}</th>", escape(c));
                }
                o.push_str("</tr></thead>");
            }
            o.push_str("<tbody>");
            for row in &t.rows {
                o.push_str("<tr>");
                for c in row {
                    let _ = write!(o, "<td>{}</td>", escape(c));
                }
                o.push_str("</tr>");
            }
            o.push_str("</tbody></table>");
        }
        o.push_str("</div>\n");
    }
}

/// A vertical bar chart as inline SVG, scaled to its largest value; labels under the
/// bars, values above. Negative, infinite or NaN values are drawn as 0.
pub fn svg_chart(c: &Chart) -> String {
    let (w, h, top, bottom, left) = (600.0_f64, 240.0_f64, 20.0, 40.0, 10.0);
    let vals: Vec<f64> = c
        .bars
        .iter()
        .map(|(_, v)| if v.is_finite() && *v > 0.0 { *v } else { 0.0 })
        .collect();
    let max = vals.iter().copied().fold(0.0_f64, f64::max);
    let n = c.bars.len().max(1) as f64;
    let slot = (w - 2.0 * left) / n;
    let bar = (slot * 0.7).max(1.0);
    let plot = h - top - bottom;
    let mut s = format!(
        "<figure><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" font-family=\"Times New Roman, serif\" font-size=\"11\">\
         <line x1=\"{left}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y0}\" stroke=\"#000\"/>",
        escape(&c.title),
        y0 = h - bottom,
        x1 = w - left
    );
    for (i, ((label, _), v)) in c.bars.iter().zip(&vals).enumerate() {
        let bh = if max > 0.0 { v / max * plot } else { 0.0 };
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let y = h - bottom - bh;
        let cx = x + bar / 2.0;
        let _ = write!(
            s,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"#4a6fa5\"><title>{lt}: {v}</title></rect>\
             <text x=\"{cx:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\">{v}</text>\
             <text x=\"{cx:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\">{lt}</text>",
            lt = escape(label),
            ty = y - 3.0,
            ly = h - bottom + 14.0
        );
    }
    s.push_str("</svg></figure>");
    s
}
