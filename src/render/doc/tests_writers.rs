//! The writers against hostile text: every XML part must parse, whatever the report says.

use super::*;
use std::io::Read;

fn parts(docx: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip file");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            (f.name().to_string(), s)
        })
        .collect()
}

fn hostile() -> AdminReport {
    let nasty = "<script>alert(1)</script> & ]]> \u{0}\u{1}\u{1b}[31m\u{7f}\u{fffe} \"q\" 'a' Vie\u{302}\u{323}t\r\nline\ttab";
    let mut r = sample();
    r.header.org = nasty.into();
    r.header.number = format!("Số: {nasty}");
    r.title = nasty.into();
    r.summary = nasty.into();
    r.intro = Some(nasty.into());
    r.sections[0].heading = nasty.into();
    r.sections[0].paragraphs.push(Para::Text(nasty.into()));
    r.sections[0].paragraphs.push(Para::Bullet(nasty.into()));
    r.closing = nasty.into();
    r.recipients.push(nasty.into());
    r.signature.authority.push(nasty.into());
    r.signature.name = nasty.into();
    r.appendix[0].title = nasty.into();
    r.appendix[0].rows.push(vec![nasty.into(); 5]);
    r
}

#[test]
fn docx_has_every_part_and_each_is_well_formed() {
    let p = parts(&to_docx(&sample()));
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    for want in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/header1.xml",
        "word/header2.xml",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for (name, xml) in &p {
        roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

fn document_text(docx: &[u8]) -> (String, String) {
    let (_, xml) = parts(docx)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let text: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    (xml, text)
}

#[test]
fn docx_carries_the_header_texts_and_layout() {
    let (xml, text) = document_text(&to_docx(&sample()));
    for want in [
        "ỦY BAN NHÂN DÂN",
        "TỈNH BÀ RỊA - VŨNG TÀU",
        "VĂN PHÒNG",
        "Số: 15/BC-VP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bà Rịa - Vũng Tàu, ngày 05 tháng 01 năm 2026",
        "BÁO CÁO",
        "Nơi nhận:",
        "KT. CHÁNH VĂN PHÒNG",
        "Nguyễn Văn A",
        "Lao động, việc làm",
    ] {
        assert!(text.contains(want), "{want} not in {text}");
    }
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert!(xml.contains("<w:titlePg/>"));
    assert!(xml.contains("w:left=\"1701\""));
    assert!(xml.contains("<w:pageBreakBefore/>"));
}

#[test]
fn docx_escapes_and_strips_hostile_text() {
    let docx = to_docx(&hostile());
    for (name, xml) in parts(&docx) {
        roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}\n{xml}"));
        assert!(!xml.contains("<script>"), "{name}");
        assert!(!xml.contains('\u{0}') && !xml.contains('\u{1b}') && !xml.contains('\u{fffe}'));
    }
    let (_, text) = document_text(&docx);
    assert!(text.contains("<script>alert(1)</script> & ]]>"), "{text}");
    assert!(text.contains("Việt"), "NFD text is composed: {text}");
}

#[test]
fn docx_is_deterministic() {
    assert_eq!(to_docx(&sample()), to_docx(&sample()));
}

#[test]
fn html_escapes_user_text_and_draws_charts() {
    let charts = [Chart {
        title: "Việc theo ngày <b>".into(),
        bars: vec![
            ("01/12".into(), 3.0),
            ("<script>alert(1)</script>".into(), 5.0),
            ("nan".into(), f64::NAN),
            ("neg".into(), -2.0),
        ],
    }];
    let html = to_html(&hostile(), &charts);
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains('\u{0}') && !html.contains('\u{1b}'));
    assert!(html.contains("<svg"));
    assert!(!html.contains("NaN"));
    assert!(
        !html.contains("http://")
            || html
                .matches("http://")
                .all(|_| html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    );
    assert!(
        !html.contains("src=") && !html.contains("<link"),
        "self-contained"
    );
    let html = to_html(&sample(), &[]);
    for want in [
        "ỦY BAN NHÂN DÂN<br>TỈNH BÀ RỊA - VŨNG TÀU",
        "VĂN PHÒNG",
        "Số:&nbsp;15/BC-VP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bà Rịa - Vũng Tàu, ngày 05 tháng 01 năm 2026",
        "@page { size: A4",
        "Nơi nhận:",
    ] {
        assert!(html.contains(want), "{want}");
    }
}

/// Converts the sample to PDF with LibreOffice when it is installed: the file must open
/// and give a PDF of at least two pages (the appendix starts a new page).
#[test]
fn docx_converts_to_pdf_with_libreoffice() {
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join("soffice").is_file()))
        .unwrap_or(false);
    if !found {
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipped: soffice is not on PATH (install libreoffice-writer-nogui to run this test)");
        }
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("bao-cao.docx");
    std::fs::write(&docx, to_docx(&sample())).unwrap();
    let out = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .unwrap();
    let pdf = dir.path().join("bao-cao.pdf");
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let pages = bytes
        .windows(10)
        .filter(|w| w == b"/Type/Page" || w == b"/Type /Pag")
        .count();
    assert!(pages >= 2, "expected at least 2 pages, found {pages}");
}
