//! `--format docx|html` for the month and review reports: the files are well-formed, carry
//! the administrative header and the user's figures, and escape whatever the user wrote.

use crate::common::TestEnv;
use std::io::Read;

const HOSTILE: &str = "Báo cáo <script>alert(1)</script> & \"số liệu\" ]]>";

fn env() -> TestEnv {
    let mut env = TestEnv::at("2022-12-01").with_units();
    env.write_config(
        "lang = \"vi\"\n[person]\nname = \"Nguyễn Văn A\"\ntitle = \"Chuyên viên\"\norg = \"Văn phòng UBND tỉnh\"\n\
         place = \"Bà Rịa - Vũng Tàu\"\nparent_org = \"Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu\"\n\
         [report]\nsymbol = \"BC-VP\"\nrecipients = [\"Lãnh đạo Văn phòng;\", \"Lưu: VT.\"]\n",
    );
    env.ok(&[
        "add",
        "Tham mưu văn bản",
        "-k",
        "advice",
        "-d",
        "01/12",
        "-m",
        "60",
    ]);
    // Each thing is written on or after the day it happened (a later day is refused).
    env.today = "2022-12-02".into();
    env.ok(&["add", "Dự họp", "-k", "meeting", "-d", "02/12", "-m", "30"]);
    env.today = "2022-12-01".into();
    env.ok(&["task", "add", HOSTILE, "--due", "10/12", "--plan", "2022-12"]);
    env.today = "2022-12-09".into();
    env.ok(&["task", "done", "6", "--date", "09/12"]);
    env.today = "2022-12-01".into();
    env.ok(&[
        "task",
        "add",
        "Đề án chuyển đổi số",
        "-u",
        "ldtbxh",
        "--major",
        "--due",
        "19/01/2023",
    ]);
    env.ok(&[
        "blocker",
        "add",
        "Thiếu kinh phí",
        "-u",
        "ldtbxh",
        "--task",
        "8",
        "--proposal",
        "Tổ chức họp liên ngành",
        "--remedy",
        "meeting",
    ]);
    env.today = "2022-12-14".into();
    env
}

fn docx_xml(path: &std::path::Path) -> String {
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).unwrap();
    for name in ["[Content_Types].xml", "_rels/.rels", "word/styles.xml"] {
        let mut part = String::new();
        z.by_name(name).unwrap().read_to_string(&mut part).unwrap();
        roxmltree::Document::parse(&part).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    roxmltree::Document::parse(&xml).expect("document.xml is well-formed");
    xml
}

/// The paragraphs of a document.xml, runs joined, line breaks as spaces and
/// non-breaking spaces as spaces.
pub(crate) fn paragraphs(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            let mut line = String::new();
            for n in p.descendants() {
                if n.has_tag_name("t") {
                    line.push_str(n.text().unwrap_or(""));
                } else if n.has_tag_name("br") {
                    line.push(' ');
                }
            }
            line.replace('\u{a0}', " ")
        })
        .collect()
}

/// The text of a document.xml, one paragraph a line.
fn text_of(xml: &str) -> String {
    paragraphs(xml).join("\n") + "\n"
}

#[test]
fn month_report_as_word_document() {
    let env = env();
    let path = env.dir.path().join("bao-cao.docx");
    let o = env.run(&[
        "report",
        "month",
        "--format",
        "docx",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(o.code, 0, "{}", o.all());
    let text = text_of(&docx_xml(&path));
    for want in [
        "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
        "VĂN PHÒNG UBND TỈNH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "/BC-VP",
        "Bà Rịa - Vũng Tàu, ngày 14 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kết quả công tác tháng 12 năm 2022",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "Tổng số 1 nhiệm vụ được giao trong kỳ; đã hoàn thành 1 (đúng hạn 1, quá hạn 0)",
        "II. ĐÁNH GIÁ CHUNG",
        "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 01 NĂM 2023",
        "Đề án chuyển đổi số (Đề án) (hạn 19/01/2023)",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
        "Tổ chức họp liên ngành",
        HOSTILE,
        "Lãnh đạo Văn phòng;",
        "CHUYÊN VIÊN",
        "Nguyễn Văn A",
        "./.",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

#[test]
fn month_report_docx_needs_a_file() {
    let env = env();
    let err = env.input_error(&["report", "month", "--format", "docx"]);
    assert!(err.contains("-o"), "{err}");
}

#[test]
fn month_report_as_html_page() {
    let env = env();
    let out = env.ok(&["report", "month", "--format", "html"]);
    assert!(out.contains("<svg"), "no chart");
    assert!(out.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(
        !out.contains("<script>alert(1)</script>"),
        "user text not escaped"
    );
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!out.contains("http://") && !out.contains("https://") || !out.contains("src=\"http"));
}

#[test]
fn review_report_as_word_document() {
    let env = env();
    let path = env.dir.path().join("review.docx");
    env.ok(&[
        "report",
        "review",
        "--format",
        "docx",
        "-o",
        path.to_str().unwrap(),
    ]);
    let text = text_of(&docx_xml(&path));
    for want in [
        "I. CÔNG VIỆC ĐÃ THỰC HIỆN TỪ ĐẦU NĂM",
        "III. VIỆC ĐÃ THAM MƯU GIAO NHƯNG CÁC CƠ QUAN, ĐƠN VỊ CHƯA THỰC HIỆN",
        "Đề án chuyển đổi số",
        "vướng mắc: Thiếu kinh phí; đề xuất: Tổ chức họp liên ngành",
        "trước Tết Nguyên đán Quý Mão 2023",
        "IV. VĂN BẢN ĐÃ BAN HÀNH SO VỚI VĂN BẢN PHẢI BAN HÀNH",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
}

#[test]
fn year_and_range_reports_as_documents() {
    let env = env();
    let y = env.dir.path().join("y.docx");
    env.ok(&[
        "report",
        "year",
        "2022",
        "--format",
        "docx",
        "-o",
        y.to_str().unwrap(),
    ]);
    assert!(text_of(&docx_xml(&y)).contains("năm 2022"));
    let out = env.ok(&["report", "range", "01/12/2022", "10/12/2022", "--format", "html"]);
    assert!(out.contains("<svg"));
}

/// Converts the Word report with LibreOffice when it is installed (it is not needed to
/// build or test worklog; this only proves the file opens in an office suite).
#[test]
fn month_report_opens_in_libreoffice() {
    let found = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok();
    if !found {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    }
    let env = env();
    let path = env.dir.path().join("bao-cao.docx");
    env.ok(&[
        "report",
        "month",
        "--format",
        "docx",
        "-o",
        path.to_str().unwrap(),
    ]);
    let status = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(env.dir.path())
        .arg(&path)
        .env("HOME", env.dir.path())
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let pdf = std::fs::read(env.dir.path().join("bao-cao.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
}

/// The submitted copy's document once took its "next period" section from today's tasks:
/// a task added after the submission appeared in the copy "as it was submitted".
#[test]
fn the_submitted_document_keeps_the_next_period_it_showed() {
    let env = env();
    env.ok(&["report", "month", "2022-12", "--submit"]);
    let html = |env: &TestEnv| env.ok(&["report", "month", "2022-12", "--as-submitted", "--format", "html"]);
    let docx = |env: &TestEnv| {
        let path = env.dir.path().join("nop.docx");
        env.ok(&[
            "report",
            "month",
            "2022-12",
            "--as-submitted",
            "--format",
            "docx",
            "-o",
            path.to_str().unwrap(),
        ]);
        text_of(&docx_xml(&path))
    };
    let (html_then, docx_then) = (html(&env), docx(&env));
    assert!(
        docx_then.contains("Đề án chuyển đổi số (Đề án) (hạn 19/01/2023)"),
        "{docx_then}"
    );
    env.ok(&["task", "add", "Việc giao sau khi nộp", "--due", "15/01/2023"]);
    env.ok(&["task", "done", "8"]);
    assert_eq!(html(&env), html_then);
    assert_eq!(docx(&env), docx_then);
    // Today's report does show the change.
    let live = env.ok(&["report", "month", "2022-12", "--format", "html"]);
    assert!(live.contains("Việc giao sau khi nộp"), "{live}");
    assert!(!live.contains("Đề án chuyển đổi số (Đề án) (hạn"), "{live}");
}
