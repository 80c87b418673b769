//! The parts of the month document an official signs, read from the docx XML of the
//! golden December scenario: who reports and to whom, the header lines kept whole, the
//! computed numbering, formal prose (no shorthand, raw keys, ids or raw minutes), the
//! cut-off dates, the appendix, the English document, the amended and submitted copies.

use crate::common::{Out, TestEnv};
use std::io::Read;

/// The golden official's config (`[person]` whole), with `extra` appended.
fn config(extra: &str) -> String {
    format!(
        "lang = \"vi\"\n[person]\nname = \"Nguyễn Văn A\"\ntitle = \"Chuyên viên\"\norg = \"Văn phòng UBND tỉnh\"\n\
         place = \"Bà Rịa - Vũng Tàu\"\nparent_org = \"Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu\"\n\
         authority = [\"KT. CHÁNH VĂN PHÒNG\", \"PHÓ CHÁNH VĂN PHÒNG\"]\nsymbol = \"VP\"\n{extra}"
    )
}

/// A written document: its paragraphs (non-breaking spaces and line breaks as spaces),
/// its raw document.xml, and the run's output.
struct Doc {
    paras: Vec<String>,
    xml: String,
    out: Out,
}

impl Doc {
    fn text(&self) -> String {
        self.paras.join("\n")
    }

    /// The body: from the title to the recipients.
    fn body(&self) -> String {
        let start = self
            .paras
            .iter()
            .position(|p| p == "BÁO CÁO" || p == "REPORT")
            .expect("title");
        let end = self
            .paras
            .iter()
            .position(|p| p == "Nơi nhận:" || p == "Recipients:")
            .expect("recipients");
        self.paras[start..end].join("\n")
    }

    /// The paragraphs of part `roman` ("III"), without its heading.
    fn part(&self, roman: &str) -> Vec<String> {
        let start = self
            .paras
            .iter()
            .position(|p| p.starts_with(&format!("{roman}. ")))
            .unwrap_or_else(|| panic!("no part {roman}:\n{}", self.text()));
        self.paras[start + 1..]
            .iter()
            .take_while(|p| {
                !is_part_heading(p) && !p.starts_with("Trên đây") && !p.starts_with("This concludes")
            })
            .cloned()
            .collect()
    }
}

fn is_part_heading(p: &str) -> bool {
    p.split_once(". ").is_some_and(|(n, rest)| {
        !n.is_empty() && n.chars().all(|c| "IVX".contains(c)) && rest == rest.to_uppercase()
    })
}

fn docx(env: &TestEnv, args: &[&str]) -> Doc {
    let path = env.dir.path().join("doc.docx");
    let _ = std::fs::remove_file(&path);
    let mut all: Vec<&str> = args.to_vec();
    let p = path.to_str().unwrap().to_string();
    all.extend(["--format", "docx", "-o", &p]);
    let out = env.run(&all);
    assert_eq!(out.code, 0, "{}", out.all());
    let mut z = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let paras = crate::report_doc::paragraphs(&xml);
    Doc { paras, xml, out }
}

fn scenario(config_text: &str) -> TestEnv {
    let (env, _) = crate::golden::build();
    env.write_config(config_text);
    env
}

#[test]
fn the_month_document_is_the_officials_own_numbered_report() {
    let env = scenario(&config(""));
    let d = docx(&env, &["report", "month", "--lang", "vi"]);
    let text = d.text();
    // Who reports, and to whom.
    for want in [
        "Số:       /BC-VP",
        "Kính gửi: Lãnh đạo Văn phòng UBND tỉnh.",
        "Thực hiện nhiệm vụ được giao, tôi, Nguyễn Văn A, Chuyên viên Văn phòng UBND tỉnh, xin báo cáo kết quả công tác tháng 12 năm 2022 như sau:",
        "- Như trên;",
        "- Lưu: VT.",
    ] {
        assert!(
            d.paras.iter().any(|p| p.contains(want)),
            "missing {want:?} in:\n{text}"
        );
    }
    // The header lines are kept whole: broken only before the province.
    assert!(
        d.xml.contains("ỦY\u{a0}BAN\u{a0}NHÂN\u{a0}DÂN</w:t><w:br/><w:t xml:space=\"preserve\">TỈNH\u{a0}BÀ\u{a0}RỊA\u{a0}-\u{a0}VŨNG\u{a0}TÀU"),
        "{}",
        d.xml
    );
    assert!(d.xml.contains("VĂN\u{a0}PHÒNG\u{a0}UBND\u{a0}TỈNH"));
    // Parts I–IV in order, each with its sub-parts numbered 1, 2, … as printed.
    let headings: Vec<&String> = d.paras.iter().filter(|p| is_part_heading(p)).collect();
    assert_eq!(
        headings,
        [
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
            "II. ĐÁNH GIÁ CHUNG",
            "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 01 NĂM 2023",
            "IV. KIẾN NGHỊ, ĐỀ XUẤT",
        ],
        "{text}"
    );
    for roman in ["I", "II", "III", "IV"] {
        let numbers: Vec<usize> = d
            .part(roman)
            .iter()
            .filter_map(|p| p.split_once(". ").and_then(|(n, _)| n.parse().ok()))
            .collect();
        assert_eq!(
            numbers,
            (1..=numbers.len()).collect::<Vec<_>>(),
            "part {roman}:\n{text}"
        );
    }
    assert_eq!(
        d.part("I").iter().filter(|p| p.starts_with("6. ")).count(),
        1,
        "{text}"
    );
    // What it says.
    let part1 = d.part("I").join("\n");
    for want in [
        "Trong kỳ, tôi đã thực hiện 15 việc với tổng thời gian 18 giờ 50 phút",
        "Soạn thảo văn bản: 3 việc, thời gian 4 giờ 30 phút, cụ thể:",
        "- Tổng hợp số liệu quý (05/12/2022; Sở Lao động - Thương binh và Xã hội).",
        "- Dự thảo tờ trình: hoàn thành ngày 13/12/2022, chậm so với hạn 09/12/2022 là 4 ngày.",
        "- Sở Nội vụ đã hoàn thành: Sở LĐTBXH báo cáo số liệu lao động (ngày 14/12/2022); chưa hoàn thành:",
        "Rà soát tổ chức bộ máy sau sáp nhập (hạn 23/12/2022, quá hạn 5 ngày)",
        "Chưa bố trí được kinh phí (phát sinh từ ngày 05/12/2022); đề xuất: Đề nghị UBND tỉnh họp với Sở Tài chính",
        "- Sở chậm gửi số liệu: Dùng số liệu ước tính; đã xảy ra ngày 15/12/2022, kết quả: Đã dùng số liệu ước tính.",
        "Căn cứ 45/2022/QĐ-UBND Quy định hỗ trợ việc làm.",
    ] {
        assert!(part1.contains(want), "missing {want:?} in part I:\n{part1}");
    }
    let part2 = d.part("II").join("\n");
    assert!(
        part2.contains("So với tháng 11 năm 2022: đã thực hiện 15 việc (tăng 12)"),
        "{part2}"
    );
    assert!(
        part2.contains("- Tổng hợp ý kiến: hạn 20/12/2022, quá hạn 8 ngày;"),
        "{part2}"
    );
    let part3 = d.part("III").join("\n");
    assert!(
        part3.contains("Triển khai Đề án hỗ trợ việc làm (Đề án) (hạn 30/12/2022)"),
        "{part3}"
    );
    assert!(
        part3.contains("Rà soát tổ chức bộ máy sau sáp nhập (hạn 23/12/2022, quá hạn 5 ngày)"),
        "{part3}"
    );
    let part4 = d.part("IV").join("\n");
    assert!(
        part4.contains("Đề nghị họp liên ngành, để tháo gỡ vướng mắc: Sở Y tế chưa có số liệu (Sở Y tế)."),
        "{part4}"
    );
    // The appendix: numbered, attached to the report, an STT column, no ids.
    for want in ["PHỤ LỤC 01", "PHỤ LỤC 02", "STT"] {
        assert!(d.paras.iter().any(|p| p == want), "missing {want:?}:\n{text}");
    }
    assert!(
        text.contains("(Kèm theo Báo cáo số      /BC-VP ngày 28/12/2022)"),
        "{text}"
    );
}

#[test]
fn the_month_document_has_no_shorthand_raw_keys_ids_or_minutes() {
    let env = scenario(&config(""));
    env.ok(&[
        "add",
        "Làm việc với @yte về #tiemchung, báo cáo",
        "-k",
        "advice",
        "-m",
        "75",
        "-d",
        "27/12/2022",
    ]);
    for lang in ["vi", "en"] {
        let d = docx(&env, &["report", "month", "--lang", lang]);
        let body = d.body();
        assert!(
            body.contains("Làm việc với Sở Y tế về, báo cáo (27/12/2022; Sở Y tế)."),
            "{body}"
        );
        for bad in ["@", "#", "[Đề án]", "→", "[major]"] {
            assert!(!body.contains(bad), "{lang}: {bad:?} in:\n{body}");
        }
        let all = d.text();
        let words: Vec<&str> = all
            .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '_')
            .filter(|w| !w.is_empty())
            .collect();
        // The kind and level keys are English words: they may be prose in English.
        let keys = [
            "advice",
            "draft",
            "meeting",
            "inspection",
            "coordination",
            "citizen",
            "central",
            "province",
        ];
        let aliases = [
            "ldtbxh", "yte", "snv", "laodong", "tham-muu", "totrinh", "baocao", "kiemtra",
        ];
        let keys = if lang == "vi" {
            [&keys[..], &aliases[..]].concat()
        } else {
            aliases.to_vec()
        };
        for key in keys {
            assert!(!words.contains(&key), "{lang}: raw key {key:?} in:\n{}", d.text());
        }
        // Minutes only under an hour: longer times are hours and minutes.
        for w in d.text().split(['(', ')', ',', ';', '\n']) {
            let w = w.trim();
            for unit in [" phút", " minutes"] {
                if let Some(n) = w.strip_suffix(unit).and_then(|n| n.rsplit(' ').next()) {
                    if let Ok(n) = n.parse::<i64>() {
                        assert!(n < 60, "{lang}: raw minutes {w:?}");
                    }
                }
            }
        }
        assert!(!d.text().contains("1130"), "{lang}: the month's raw minutes");
    }
}

#[test]
fn without_person_the_document_still_reads_and_the_command_warns() {
    let env = scenario("lang = \"vi\"\n");
    let d = docx(&env, &["report", "month"]);
    let text = d.text();
    assert!(
        text.contains(
            "Thực hiện nhiệm vụ được giao, tôi xin báo cáo kết quả công tác tháng 12 năm 2022 như sau:"
        ),
        "{text}"
    );
    assert!(!text.contains("Kính gửi"), "{text}");
    assert!(!text.contains("Như trên"), "{text}");
    assert!(d.paras.iter().any(|p| p == "- Lưu: VT."), "{text}");
    for want in ["person.name", "person.org", "worklog init --name"] {
        assert!(
            d.out.stderr.contains(want),
            "stderr lacks {want:?}: {}",
            d.out.stderr
        );
    }
    // With [person] nothing is said.
    let env2 = scenario(&config(""));
    assert_eq!(docx(&env2, &["report", "month"]).out.stderr, "");
}

#[test]
fn a_cut_off_day_is_stated_in_the_title_and_the_opening() {
    let env = scenario(&config(
        "[report]\nmonth_cutoff_day = 14\nto = \"Chánh Văn phòng UBND tỉnh\"\n",
    ));
    let d = docx(&env, &["report", "month", "2022-12", "--lang", "vi"]);
    let text = d.text();
    let dates = "tháng 12 năm 2022 (từ ngày 15/11/2022 đến ngày 14/12/2022)";
    assert!(
        d.paras
            .iter()
            .any(|p| p.starts_with("Kết quả công tác ") && p.contains(dates)),
        "title: {text}"
    );
    assert!(
        d.paras
            .iter()
            .any(|p| p.starts_with("Thực hiện") && p.contains(dates)),
        "opening: {text}"
    );
    assert!(text.contains("Kính gửi: Chánh Văn phòng UBND tỉnh."), "{text}");
}

#[test]
fn the_english_document_is_english() {
    let env = scenario(&config(""));
    let d = docx(&env, &["report", "month", "--lang", "en"]);
    let text = d.text();
    for want in [
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Recipients:",
        "To: ",
        "APPENDIX 01",
        "Bà Rịa - Vũng Tàu, 28 December 2022",
    ] {
        assert!(text.contains(want), "missing {want:?}:\n{text}");
    }
    for vi in [
        "Kính gửi",
        "Nơi nhận",
        "Như trên",
        "CỘNG HÒA",
        "Độc lập",
        "PHỤ LỤC",
        "Kèm theo",
        "hoàn thành",
        "quá hạn",
        " giờ",
        " phút",
        "ngày 28",
        "Số:",
    ] {
        assert!(
            !text.contains(vi),
            "Vietnamese {vi:?} in the English document:\n{text}"
        );
    }
    for plural in ["1 days", "1 tasks", "1 hours", "1 documents", "1 items"] {
        assert!(!text.contains(plural), "{plural:?}:\n{text}");
    }
}

#[test]
fn an_amended_month_says_so_and_the_submitted_copy_stays_as_it_was() {
    let mut env = scenario(&config(""));
    env.ok(&["report", "month", "--submit"]);
    let frozen = docx(&env, &["report", "month", "2022-12", "--as-submitted"]).text();
    env.today = "2022-12-29".into();
    env.ok(&["add", "Họp rà soát cuối năm @yte", "-k", "meeting", "-m", "60"]);
    let now = docx(&env, &["report", "month", "2022-12"]).text();
    assert!(
        now.contains("thay thế bản đã gửi ngày 28/12/2022 (1 thay đổi"),
        "{now}"
    );
    assert!(
        now.contains("Họp rà soát cuối năm Sở Y tế (29/12/2022; Sở Y tế)."),
        "{now}"
    );
    // The copy as submitted: nothing from today's data, dated the day it was made.
    let again = docx(&env, &["report", "month", "2022-12", "--as-submitted"]).text();
    assert_eq!(again, frozen);
    assert!(!again.contains("Họp rà soát cuối năm"), "{again}");
    assert!(!again.contains("thay thế bản"), "{again}");
    assert!(again.contains("ngày 28 tháng 12 năm 2022"), "{again}");
}

#[test]
fn the_review_document_has_the_four_parts_the_leader_asked_for() {
    let env = scenario(&config(""));
    let d = docx(&env, &["report", "review", "--lang", "vi"]);
    let text = d.text();
    let headings: Vec<&String> = d.paras.iter().filter(|p| is_part_heading(p)).collect();
    assert_eq!(
        headings,
        [
            "I. CÔNG VIỆC ĐÃ THỰC HIỆN TỪ ĐẦU NĂM; NHIỆM VỤ PHẢI HOÀN THÀNH TRƯỚC TẾT",
            "II. VĂN BẢN, CHÍNH SÁCH LÀM CĂN CỨ",
            "III. VIỆC ĐÃ THAM MƯU GIAO NHƯNG CÁC CƠ QUAN, ĐƠN VỊ CHƯA THỰC HIỆN",
            "IV. VĂN BẢN ĐÃ BAN HÀNH SO VỚI VĂN BẢN PHẢI BAN HÀNH",
        ],
        "{text}"
    );
    let part1 = d.part("I").join("\n");
    for want in [
        "- Từ tháng 01/2022 đến tháng 10/2022: không có công việc được ghi chép",
        "- Tháng 12/2022: 15 việc, thời gian 18 giờ 50 phút (",
        "3. Nhiệm vụ phải hoàn thành trước Tết Nguyên đán Quý Mão 2023 (đến ngày 19/01/2023)",
        "- Triển khai Đề án hỗ trợ việc làm (hạn 30/12/2022;",
    ] {
        assert!(part1.contains(want), "missing {want:?} in part I:\n{part1}");
    }
    let part2 = d.part("II").join("\n");
    for want in [
        "1. Lao động, việc làm",
        "2. Y tế",
        "- Văn bản số 45/2022/QĐ-UBND ngày 12/10/2022 (Tỉnh): Quy định hỗ trợ việc làm; được dẫn chiếu tại: Triển khai Đề án hỗ trợ việc làm và Họp với Sở LĐTBXH về Đề án.",
        "- Quy định chức năng, nhiệm vụ Sở Nội vụ (chưa ban hành; hạn 31/01/2023; đơn vị soạn thảo: Sở Nội vụ).",
        "(Trung ương)",
    ] {
        assert!(part2.contains(want), "missing {want:?} in part II:\n{part2}");
    }
    let part3 = d.part("III");
    assert!(
        part3[0].starts_with("- Đề án: Sở Nội vụ – Triển khai Đề án hỗ trợ việc làm"),
        "{part3:?}"
    );
    assert!(
        part3.iter().any(|p| p.contains(
            "quá hạn 5 ngày); vướng mắc: Sở Y tế chưa có số liệu; đề xuất: Đề nghị họp liên ngành"
        )),
        "{part3:?}"
    );
    let part4 = d.part("IV").join("\n");
    assert!(
        part4.contains("Các văn bản phải ban hành: 2 văn bản, đã ban hành 0, còn 2 chưa ban hành"),
        "{part4}"
    );
    assert!(part4.contains("- Trung ương, chưa phân lĩnh vực:"), "{part4}");
    let body = d.body();
    for bad in ["@", "#", "→", "[Đề án]", "central", "province", "laodong", "snv"] {
        assert!(!body.contains(bad), "{bad:?} in:\n{body}");
    }
    // Issuing a required document moves it from pending to issued; the total stays.
    let docs = env.json(&["doc", "list", "--required"]);
    let id = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "Kế hoạch phòng chống dịch")
        .map(|d| d["id"].to_string())
        .expect("the required plan");
    env.ok(&["doc", "issue", &id, "99/KH-UBND", "--date", "27/12/2022"]);
    let d = docx(&env, &["report", "review", "--lang", "vi"]);
    let part4 = d.part("IV").join("\n");
    assert!(
        part4.contains("Các văn bản phải ban hành: 2 văn bản, đã ban hành 1, còn 1 chưa ban hành"),
        "{part4}"
    );
    assert!(
        part4.contains("Tỉnh, lĩnh vực Y tế: phải ban hành 1, đã ban hành 1, chưa ban hành 0"),
        "{part4}"
    );
}

#[test]
fn the_html_page_keeps_the_number_line_and_prints_well() {
    let env = scenario(&config(""));
    let html = env.ok(&["report", "month", "--lang", "vi", "--format", "html"]);
    // The number line, its blank kept for the number written by hand.
    assert!(
        html.contains("Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-VP"),
        "{html}"
    );
    // Page numbers in print, not on the first page.
    assert!(html.contains("@top-center { content: counter(page)"), "{html}");
    assert!(
        html.contains("@page :first { @top-center { content: none; } }"),
        "{html}"
    );
    // The rule under the title is centred; the closing and the signature break together.
    assert!(
        html.contains(
            "<div class=\"center\"><hr class=\"rule summary\" width=\"25%\" align=\"center\"></div>"
        )
    );
    let end = html.find("<div class=\"end\">").expect("the closing block");
    let closing = html.find("Trên đây là báo cáo").unwrap();
    let sign = html.find("<table class=\"sign\"").unwrap();
    let after = html[sign..]
        .find("</table></div>")
        .map(|i| i + sign)
        .expect("the block closes after the signature");
    assert!(end < closing && closing < sign && sign < after, "{html}");
    assert!(html.contains(".end { page-break-inside: avoid; break-inside: avoid; }"));
    assert!(html.contains("<p class=\"to\">Kính gửi: Lãnh đạo Văn phòng UBND tỉnh.</p>"));
}
