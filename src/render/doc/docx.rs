//! The Word rendering: the OOXML parts of a minimal WordprocessingML package, written as
//! text and zipped. Layout per Decree 30/2020 (DOMAIN.md §c): A4, margins 20/20/30/20 mm,
//! Times New Roman 14 pt, page numbers centred in the header from page 2 (titlePg).
//! Writing the parts directly keeps the build light (docx-rs adds about a minute).

use super::{AdminReport, Para, Table, clean_text, escape};
use std::io::Write;

/// Font sizes in half-points.
const BODY: u32 = 28; // 14 pt
const HEAD: u32 = 26; // 13 pt
const NATIONAL: u32 = 24; // 12 pt
const RECIPIENTS_TITLE: u32 = 24; // 12 pt
const RECIPIENTS: u32 = 22; // 11 pt
const APPENDIX: u32 = 24; // 12 pt
/// Text width: A4 11906 twips less the 30 mm (1701) and 20 mm (1134) side margins.
const TEXT_WIDTH: u32 = 11906 - 1701 - 1134;
const LEFT_COL: u32 = 3800;

#[derive(Clone, Copy, Default)]
struct Run {
    bold: bool,
    italic: bool,
    size: u32,
}

const fn run(size: u32) -> Run {
    Run {
        bold: false,
        italic: false,
        size,
    }
}
const fn bold(size: u32) -> Run {
    Run {
        bold: true,
        italic: false,
        size,
    }
}

/// A run of text; `\n` becomes a line break and `\t` a tab.
fn r(text: &str, f: Run) -> String {
    let mut props = String::new();
    if f.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if f.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    props.push_str(&format!("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", f.size));
    let text = clean_text(text).replace("\r\n", "\n").replace('\r', "\n");
    let mut body = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            body.push_str("<w:br/>");
        }
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                body.push_str("<w:tab/>");
            }
            if !part.is_empty() {
                body.push_str(&format!("<w:t xml:space=\"preserve\">{}</w:t>", escape(part)));
            }
        }
    }
    format!("<w:r><w:rPr>{props}</w:rPr>{body}</w:r>")
}

/// Paragraph properties.
#[derive(Clone, Copy, Default)]
struct P {
    center: bool,
    justify: bool,
    first_line: u32,
    before: u32,
    after: u32,
    /// Indents on both sides (for the short rules).
    sides: u32,
    /// A solid rule above the paragraph (used on an empty paragraph as a line).
    rule: bool,
    keep_next: bool,
    page_break: bool,
}

fn p(props: P, runs: &str) -> String {
    let mut pp = String::new();
    if props.keep_next {
        pp.push_str("<w:keepNext/>");
    }
    if props.page_break {
        pp.push_str("<w:pageBreakBefore/>");
    }
    if props.rule {
        pp.push_str("<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>");
    }
    pp.push_str(&format!(
        "<w:spacing w:before=\"{}\" w:after=\"{}\"/>",
        props.before, props.after
    ));
    if props.first_line > 0 || props.sides > 0 {
        pp.push_str(&format!(
            "<w:ind w:left=\"{0}\" w:right=\"{0}\" w:firstLine=\"{1}\"/>",
            props.sides, props.first_line
        ));
    }
    if props.center {
        pp.push_str("<w:jc w:val=\"center\"/>");
    } else if props.justify {
        pp.push_str("<w:jc w:val=\"both\"/>");
    }
    format!("<w:p><w:pPr>{pp}</w:pPr>{runs}</w:p>")
}

fn centered(text: &str, f: Run) -> String {
    p(
        P {
            center: true,
            ..P::default()
        },
        &r(text, f),
    )
}

/// A short rule: an empty, tiny paragraph with a top border, indented on both sides.
fn rule(sides: u32) -> String {
    p(
        P {
            center: true,
            rule: true,
            sides,
            ..P::default()
        },
        "<w:r><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:r>",
    )
}

fn body(text: &str, f: Run) -> String {
    p(
        P {
            justify: true,
            first_line: 567,
            before: 120,
            ..P::default()
        },
        &r(text, f),
    )
}

/// A table without borders: one row per slice of cells (each cell its paragraphs).
fn layout_table(widths: &[u32], rows: &[&[String]]) -> String {
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    let trs: String = rows
        .iter()
        .map(|cells| {
            let tcs: String = widths
                .iter()
                .zip(cells.iter())
                .map(|(w, c)| format!("<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>"))
                .collect();
            format!("<w:tr><w:trPr><w:cantSplit/></w:trPr>{tcs}</w:tr>")
        })
        .collect();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>\
         <w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>\
         <w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>\
         <w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>\
         </w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>",
        widths.iter().sum::<u32>()
    )
}

/// The columns' widths in twips: `shares` of the text width (equal when not given).
fn column_widths(shares: &[u32], cols: usize) -> Vec<u32> {
    let shares: Vec<u32> = (0..cols)
        .map(|i| shares.get(i).copied().unwrap_or(1).max(1))
        .collect();
    let total: u32 = shares.iter().sum();
    shares.iter().map(|s| TEXT_WIDTH * s / total).collect()
}

/// An appendix table: bordered, header row bold and repeated on each page.
fn data_table(t: &Table) -> String {
    let cols = t
        .headers
        .len()
        .max(t.rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1);
    let widths = column_widths(&t.widths, cols);
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    let cell = |text: &str, f: Run, w: u32| {
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
            p(
                P {
                    before: 40,
                    after: 40,
                    ..P::default()
                },
                &r(text, f)
            )
        )
    };
    let row = |cells: &[String], f: Run, header: bool| {
        let tr = if header {
            "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        } else {
            "<w:trPr><w:cantSplit/></w:trPr>"
        };
        let mut s = format!("<w:tr>{tr}");
        for (i, w) in widths.iter().enumerate() {
            s.push_str(&cell(cells.get(i).map_or("", String::as_str), f, *w));
        }
        s.push_str("</w:tr>");
        s
    };
    let mut s = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>\
         <w:top w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:color=\"000000\"/>\
         </w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>\
         </w:tblPr><w:tblGrid>{grid}</w:tblGrid>",
        widths.iter().sum::<u32>()
    );
    if !t.headers.is_empty() {
        s.push_str(&row(&t.headers, bold(APPENDIX), true));
    }
    for r in &t.rows {
        s.push_str(&row(r, run(APPENDIX), false));
    }
    s.push_str("</w:tbl>");
    s
}

fn document_xml(rep: &AdminReport) -> String {
    let mut out = String::new();
    header_xml(rep, &mut out);
    title_xml(rep, &mut out);
    body_xml(rep, &mut out);
    signature_xml(rep, &mut out);
    appendix_xml(rep, &mut out);
    // A document must end with a paragraph; it also carries nothing after a table.
    out.push_str(&p(P::default(), ""));

    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{out}\
         <w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>\
         <w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>\
         <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1247\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>\
         <w:titlePg/></w:sectPr></w:body></w:document>"
    )
}

/// The agency (left) and national (right) header columns, the number and the place-date
/// line.
fn header_xml(rep: &AdminReport, out: &mut String) {
    let h = &rep.header;
    let mut left = String::new();
    if let Some(parent) = h.parent_org.as_deref().filter(|s| !s.trim().is_empty()) {
        left.push_str(&centered(&parent.to_uppercase(), run(HEAD)));
    }
    left.push_str(&centered(&h.org.to_uppercase(), bold(HEAD)));
    left.push_str(&rule(LEFT_COL / 3));
    let right_w = TEXT_WIDTH - LEFT_COL;
    let mut right = String::new();
    right.push_str(&centered(&h.nation, bold(NATIONAL)));
    right.push_str(&centered(&h.motto, bold(HEAD)));
    right.push_str(&rule(right_w / 6));
    // The number and the place-date line share the second row, so they stand level.
    let number = p(
        P {
            center: true,
            before: 60,
            ..P::default()
        },
        &r(&h.number, run(HEAD)),
    );
    let date = p(
        P {
            center: true,
            before: 60,
            ..P::default()
        },
        &r(
            &h.place_date,
            Run {
                italic: true,
                ..run(HEAD)
            },
        ),
    );
    out.push_str(&layout_table(
        &[LEFT_COL, right_w],
        &[&[left, right], &[number, date]],
    ));
}

/// The title, the trích yếu and its short rule.
fn title_xml(rep: &AdminReport, out: &mut String) {
    out.push_str(&p(
        P {
            center: true,
            before: 360,
            keep_next: true,
            ..P::default()
        },
        &r(&rep.title, bold(BODY)),
    ));
    out.push_str(&p(
        P {
            center: true,
            keep_next: true,
            ..P::default()
        },
        &r(&rep.summary, bold(BODY)),
    ));
    out.push_str(&rule(TEXT_WIDTH * 2 / 5));
    if let Some(notice) = &rep.notice {
        out.push_str(&centered(
            notice,
            Run {
                italic: true,
                ..run(HEAD)
            },
        ));
    }
    if let Some(to) = &rep.to {
        out.push_str(&p(
            P {
                center: true,
                before: 120,
                after: 120,
                ..P::default()
            },
            &r(to, run(BODY)),
        ));
    }
}

/// The opening, the sections with their paragraphs, and the closing.
fn body_xml(rep: &AdminReport, out: &mut String) {
    if let Some(intro) = &rep.intro {
        out.push_str(&body(intro, run(BODY)));
    }
    for s in &rep.sections {
        out.push_str(&p(
            P {
                justify: true,
                first_line: 567,
                before: 120,
                keep_next: true,
                ..P::default()
            },
            &r(&s.heading, bold(BODY)),
        ));
        for para in &s.paragraphs {
            out.push_str(&match para {
                Para::Text(t) => body(t, run(BODY)),
                Para::Subheading(t) => body(t, bold(BODY)),
                Para::Bullet(t) => {
                    let t = t.trim_start();
                    if t.starts_with('-') || t.starts_with('+') {
                        body(t, run(BODY))
                    } else {
                        body(&format!("- {t}"), run(BODY))
                    }
                }
            });
        }
    }
    if !rep.closing.trim().is_empty() {
        // The closing stays on the page of the signature, which never stands alone.
        out.push_str(&p(
            P {
                justify: true,
                first_line: 567,
                before: 120,
                keep_next: true,
                ..P::default()
            },
            &r(&rep.closing, run(BODY)),
        ));
    }
}

/// Recipients (left) and the signature block (right), side by side.
fn signature_xml(rep: &AdminReport, out: &mut String) {
    let mut left = p(
        P {
            before: 240,
            ..P::default()
        },
        &r(
            &rep.recipients_title,
            Run {
                bold: true,
                italic: true,
                size: RECIPIENTS_TITLE,
            },
        ),
    );
    for line in &rep.recipients {
        left.push_str(&p(P::default(), &r(line, run(RECIPIENTS))));
    }
    let mut right = String::new();
    for (i, line) in rep.signature.authority.iter().enumerate() {
        right.push_str(&p(
            P {
                center: true,
                before: if i == 0 { 240 } else { 0 },
                ..P::default()
            },
            &r(&line.to_uppercase(), bold(BODY)),
        ));
    }
    for _ in 0..4 {
        right.push_str(&p(P::default(), ""));
    }
    right.push_str(&centered(&rep.signature.name, bold(BODY)));
    out.push_str(&layout_table(
        &[LEFT_COL + 400, TEXT_WIDTH - LEFT_COL - 400],
        &[&[left, right]],
    ));
}

/// The appendix tables, from a new page.
fn appendix_xml(rep: &AdminReport, out: &mut String) {
    for (i, t) in rep.appendix.iter().enumerate() {
        out.push_str(&p(
            P {
                center: true,
                page_break: i == 0,
                before: if i == 0 { 0 } else { 360 },
                keep_next: true,
                ..P::default()
            },
            &r(&t.title, bold(BODY)),
        ));
        if let Some(caption) = &t.caption {
            out.push_str(&p(
                P {
                    center: true,
                    keep_next: true,
                    ..P::default()
                },
                &r(caption, bold(BODY)),
            ));
        }
        if let Some(note) = &t.note {
            out.push_str(&p(
                P {
                    center: true,
                    keep_next: true,
                    ..P::default()
                },
                &r(
                    note,
                    Run {
                        italic: true,
                        ..run(HEAD)
                    },
                ),
            ));
        }
        out.push_str(&p(
            P {
                after: 120,
                keep_next: true,
                ..P::default()
            },
            "",
        ));
        out.push_str(&data_table(t));
    }
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
</Types>";

const RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOC_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
<Relationship Id=\"rIdHeaderFirst\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>\
</Relationships>";

/// Times New Roman 14 pt everywhere, Vietnamese, black; single line spacing.
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:docDefaults><w:rPrDefault><w:rPr>\
<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>\
<w:color w:val=\"000000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>\
</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
</w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/></w:style>\
<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
</w:styles>";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

/// Pages 2 onwards: the page number, centred, 14 pt upright.
const HEADER_NUMBER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>\
<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>\
</w:hdr>";

/// Page 1: no number.
const HEADER_FIRST: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>";

/// The .docx file of a report. The package is deterministic (fixed part order and
/// time stamps), so the same report gives the same bytes.
pub fn to_docx(rep: &AdminReport) -> Vec<u8> {
    let document = document_xml(rep);
    let styles = if rep.lang == "en" {
        STYLES.replace("vi-VN", "en-GB")
    } else {
        STYLES.to_string()
    };
    let parts: [(&str, &str); 8] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", &document),
        ("word/styles.xml", &styles),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", HEADER_NUMBER),
        ("word/header2.xml", HEADER_FIRST),
    ];
    // Writing into memory fails only on a broken zip state, which cannot arise here.
    package(&parts).unwrap_or_default()
}

fn package(parts: &[(&str, &str)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in parts {
        zip.start_file(*name, opts)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
