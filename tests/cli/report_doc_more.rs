//! `report week`, `report followups` and `report facts` as documents (docx, html): the
//! Decree 30 frame (national motto, agency header, title, Kính gửi, numbered parts,
//! recipients, signature), what each part says, the appendix tables, in Vietnamese and
//! English; the golden December scenario and a fact updated twice.

use crate::common::TestEnv;
use std::io::Read;

/// A written Word document: its paragraphs (runs joined, line breaks and non-breaking
/// spaces as spaces) and its document.xml.
struct Doc {
    paras: Vec<String>,
    xml: String,
}

impl Doc {
    fn text(&self) -> String {
        self.paras.join("\n")
    }

    fn has(&self, want: &str) {
        assert!(
            self.paras.iter().any(|p| p == want),
            "no paragraph {want:?} in:\n{}",
            self.text()
        );
    }

    fn contains(&self, want: &str) {
        assert!(
            self.text().contains(want),
            "missing {want:?} in:\n{}",
            self.text()
        );
    }

    /// The paragraphs after the heading that starts with `start`, up to the next part
    /// heading (or the closing line).
    fn part(&self, start: &str) -> Vec<String> {
        let i = self
            .paras
            .iter()
            .position(|p| p.starts_with(start))
            .unwrap_or_else(|| panic!("no part {start:?} in:\n{}", self.text()));
        self.paras[i + 1..]
            .iter()
            .take_while(|p| {
                !is_part_heading(p) && !p.starts_with("Trên đây") && !p.starts_with("This concludes")
            })
            .cloned()
            .collect()
    }

    /// The rows of the appendix tables (the header row included), each cell's text.
    fn table_rows(&self) -> Vec<Vec<String>> {
        let doc = roxmltree::Document::parse(&self.xml).unwrap();
        doc.descendants()
            .filter(|n| n.has_tag_name("tbl"))
            .filter(|t| {
                // The data tables repeat their header row; the layout tables (header,
                // signature) have none.
                t.descendants().any(|n| n.has_tag_name("tblHeader"))
            })
            .flat_map(|t| {
                t.children()
                    .filter(|n| n.has_tag_name("tr"))
                    .map(|tr| {
                        tr.children()
                            .filter(|n| n.has_tag_name("tc"))
                            .map(|tc| {
                                tc.descendants()
                                    .filter(|n| n.has_tag_name("t"))
                                    .map(|n| n.text().unwrap_or(""))
                                    .collect::<String>()
                            })
                            .collect()
                    })
                    .collect::<Vec<Vec<String>>>()
            })
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
    let p = path.to_str().unwrap().to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "docx", "-o", &p]);
    let out = env.run(&all);
    assert_eq!(out.code, 0, "{}", out.all());
    let mut z = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
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
    let paras = crate::report_doc::paragraphs(&xml);
    Doc { paras, xml }
}

/// The frame every document shares: the national motto header, the agency, the number,
/// the place and date, the title, the addressee, the recipients and the signature.
fn frame_vi(d: &Doc) {
    for want in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "VĂN PHÒNG UBND TỈNH",
        "Số:       /BC-VP",
        "Bà Rịa - Vũng Tàu, ngày 28 tháng 12 năm 2022",
        "BÁO CÁO",
        "Kính gửi: Lãnh đạo Văn phòng UBND tỉnh.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. CHÁNH VĂN PHÒNG",
        "PHÓ CHÁNH VĂN PHÒNG",
        "Nguyễn Văn A",
    ] {
        d.has(want);
    }
    d.contains("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU");
    assert!(d.text().contains("./."), "no closing mark:\n{}", d.text());
    no_shorthand(d);
}

fn frame_en(d: &Doc) {
    for want in [
        "SOCIALIST REPUBLIC OF VIET NAM",
        "Independence - Freedom - Happiness",
        "REPORT",
        "Recipients:",
        "- As above;",
        "PHÓ CHÁNH VĂN PHÒNG",
        "Nguyễn Văn A",
    ] {
        d.has(want);
    }
    d.contains("Bà Rịa - Vũng Tàu, 28 December 2022");
    no_shorthand(d);
}

/// No inline shorthand, internal ids or raw plan labels in the body.
fn no_shorthand(d: &Doc) {
    let body = d.text();
    for bad in ["@ldtbxh", "@snv", "@yte", "#tham-muu", "2022-W5"] {
        assert!(!body.contains(bad), "{bad:?} in:\n{body}");
    }
    assert!(
        !body
            .split_whitespace()
            .any(|w| w.starts_with('#') && w[1..].starts_with(|c: char| c.is_ascii_digit())),
        "an internal id in:\n{body}"
    );
}

fn scenario() -> TestEnv {
    let (env, _) = crate::golden::build();
    env
}

#[test]
fn the_week_document_is_the_weekly_report_for_the_briefing() {
    let env = scenario();
    let d = docx(&env, &["report", "week", "2022-W51", "--lang", "vi"]);
    frame_vi(&d);
    d.has("Kết quả công tác tuần từ ngày 19/12/2022 đến ngày 25/12/2022 và nhiệm vụ trọng tâm tuần tới");
    d.has("Thực hiện nhiệm vụ được giao, tôi, Nguyễn Văn A, Chuyên viên Văn phòng UBND tỉnh, xin báo cáo kết quả công tác tuần từ ngày 19/12/2022 đến ngày 25/12/2022 như sau:");
    let results = d.part("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    for want in [
        "Trong tuần, tôi đã thực hiện 5 việc, trong đó 1 việc theo kế hoạch và 4 việc phát sinh (chiếm 80%).",
        "Kế hoạch tuần có 1 nhiệm vụ, trong đó chưa hoàn thành 1.",
        "1. Nhiệm vụ theo kế hoạch chưa hoàn thành",
        "- Chuẩn bị báo cáo năm: chưa hoàn thành; lý do: Chờ số liệu của Sở.",
        "2. Công việc phát sinh",
        "- Trực cơ quan (22/12/2022).",
        "3. Chuẩn bị và xử lý tình huống phát sinh",
        "Đã chuẩn bị 1 phương án dự phòng; chưa có tình huống nào xảy ra.",
        "- Bão đổ bộ: Sơ tán dân; chưa xảy ra.",
    ] {
        assert!(results.iter().any(|p| p == want), "no {want:?} in {results:#?}");
    }
    // No sub-part for what the week did not have (done items, goals).
    assert!(
        !results
            .iter()
            .any(|p| p.contains("đã hoàn thành") && p.starts_with("1.")),
        "{results:#?}"
    );
    let problems = d.part("II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC");
    assert_eq!(problems[0], "1. Nhiệm vụ chậm, quá hạn", "{problems:#?}");
    assert!(
        problems.contains(&"Còn 4 nhiệm vụ quá hạn:".to_string()),
        "{problems:#?}"
    );
    assert!(
        problems
            .contains(&"- Tổng hợp ý kiến: hạn 20/12/2022, quá hạn 5 ngày; chưa ghi nhận lý do.".to_string()),
        "{problems:#?}"
    );
    assert!(problems.contains(&"2. Khó khăn, vướng mắc và giải pháp đề xuất".to_string()));
    assert!(
        problems
            .iter()
            .any(|p| p == "- Sở Nội vụ: Vướng quy định cũ (phát sinh từ ngày 16/12/2022)."),
        "{problems:#?}"
    );
    let next = d.part("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM TUẦN TỚI (TỪ NGÀY 26/12/2022 ĐẾN NGÀY 01/01/2023)");
    assert!(
        next.contains(&"1. Nhiệm vụ theo kế hoạch".to_string()),
        "{next:#?}"
    );
    assert!(next.contains(&"- Chuẩn bị hội nghị.".to_string()), "{next:#?}");
    assert!(next.contains(&"- Triển khai Đề án hỗ trợ việc làm (hạn 30/12/2022).".to_string()));
    let proposals = d.part("IV. KIẾN NGHỊ, ĐỀ XUẤT");
    assert!(
        proposals.contains(
            &"- Đề nghị họp liên ngành, để tháo gỡ vướng mắc: Sở Y tế chưa có số liệu (Sở Y tế).".to_string()
        ),
        "{proposals:#?}"
    );
    d.has("Trên đây là báo cáo kết quả công tác tuần từ ngày 19/12/2022 đến ngày 25/12/2022 của tôi, kính báo cáo Lãnh đạo xem xét, chỉ đạo./.");
    // The appendix: the plan against its result, one row per item under the header.
    d.has("PHỤ LỤC 01");
    d.has("Kết quả thực hiện kế hoạch tuần");
    d.has("(Kèm theo Báo cáo số      /BC-VP ngày 28/12/2022)");
    assert_eq!(
        d.table_rows(),
        vec![
            vec!["STT", "Nhiệm vụ", "Kết quả", "Lý do"],
            vec![
                "1",
                "Chuẩn bị báo cáo năm",
                "Chưa hoàn thành",
                "Chờ số liệu của Sở"
            ],
        ]
    );

    let en = docx(&env, &["report", "week", "2022-W51", "--lang", "en"]);
    frame_en(&en);
    en.has("Work done in the week from 19/12/2022 to 25/12/2022 and priorities for the coming week");
    for want in [
        "I. RESULTS",
        "II. SHORTCOMINGS AND OBSTACLES",
        "III. PRIORITIES FOR THE COMING WEEK (26/12/2022 TO 01/01/2023)",
        "IV. PROPOSALS",
        "- Chuẩn bị báo cáo năm: not done; reason: Chờ số liệu của Sở.",
        "APPENDIX 01",
    ] {
        en.has(want);
    }
}

#[test]
fn a_week_carried_over_says_where_and_an_empty_week_says_so() {
    let env = scenario();
    // 2022-W50: "Chuẩn bị hội nghị" was moved to 2022-W52 — written as the week's dates.
    let d = docx(&env, &["report", "week", "2022-W50", "--lang", "vi"]);
    d.contains("Chuẩn bị hội nghị: chuyển sang tuần từ ngày 26/12/2022 đến ngày 01/01/2023; lý do: Chờ lãnh đạo cho ý kiến.");
    let rows = d.table_rows();
    assert!(
        rows.iter().any(|r| r[1] == "Chuẩn bị hội nghị"
            && r[2] == "Chuyển sang tuần từ ngày 26/12/2022 đến ngày 01/01/2023"),
        "{rows:?}"
    );
    // An earlier week: the obstacles open now that were raised by its end, not later.
    let d = docx(&env, &["report", "week", "2022-W49", "--lang", "vi"]);
    d.contains("Sở Y tế: Sở Y tế chưa có số liệu (phát sinh từ ngày 06/12/2022)");
    assert!(!d.text().contains("Vướng quy định cũ"), "{}", d.text());
    // A week of nothing, in an empty book: every part says so in one line.
    let empty = TestEnv::at("2022-12-28");
    let d = docx(&empty, &["report", "week", "--lang", "vi"]);
    let results = d.part("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    assert_eq!(
        results,
        vec![
            "Trong tuần chưa ghi chép công việc nào.",
            "Tuần này không có nhiệm vụ theo kế hoạch."
        ]
    );
    for part in ["II. ", "III. ", "IV. "] {
        assert_eq!(d.part(part), vec!["Không có."], "{part}\n{}", d.text());
    }
    assert!(d.table_rows().is_empty(), "no appendix without items");
    assert!(!d.text().contains("PHỤ LỤC"));
}

#[test]
fn the_week_document_as_html_and_its_other_forms() {
    let env = scenario();
    let html = env.ok(&["report", "week", "2022-W51", "--format", "html", "--lang", "vi"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    for want in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
        "Chuẩn bị báo cáo năm: chưa hoàn thành; lý do: Chờ số liệu của Sở.",
        "PHỤ LỤC 01",
        "Nguyễn Văn A",
    ] {
        assert!(html.contains(want), "missing {want:?}");
    }
    let en = env.ok(&["report", "week", "2022-W51", "--format", "html", "--lang", "en"]);
    assert!(en.contains("<html lang=\"en\""), "{en}");
    assert!(en.contains("I. RESULTS") && en.contains("SOCIALIST REPUBLIC OF VIET NAM"));
    // docx needs a file; the table form stays the plan table.
    let err = env.input_error(&["report", "week", "--format", "docx"]);
    assert!(err.contains("-o"), "{err}");
    let table = env.ok(&["report", "week", "2022-W51", "--lang", "vi"]);
    assert!(
        table.contains("Kết quả thực hiện kế hoạch tuần 51 (19/12–25/12/2022)"),
        "{table}"
    );
    // The closing review of `plan close` is not a document: html is refused, naming
    // the formats it has, and nothing is closed.
    let fresh = TestEnv::at("2022-12-23");
    fresh.ok(&["plan", "add", "Việc tuần", "--week"]);
    let closed = fresh.input_error(&["plan", "close", "--format", "html"]);
    assert!(closed.contains("table, md, csv, json, xlsx"), "{closed}");
    assert!(!fresh.ok(&["plan", "close"]).is_empty());
}

#[test]
fn the_followups_document_lists_each_units_pending_work_and_obstacles() {
    let env = scenario();
    let d = docx(&env, &["report", "followups", "--lang", "vi"]);
    frame_vi(&d);
    d.has("Tình hình thực hiện các nhiệm vụ giao các cơ quan, đơn vị chưa hoàn thành (tính đến ngày 28/12/2022)");
    let by_unit = d.part("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐƠN VỊ");
    assert_eq!(
        by_unit[0],
        "Tính đến ngày 28/12/2022, còn 5 nhiệm vụ giao 2 cơ quan, đơn vị chưa hoàn thành; trong đó 2 quá hạn, 1 Đề án và 3 lâu chưa có thông tin cập nhật."
    );
    assert_eq!(by_unit[1], "1. Sở Nội vụ");
    // Major schemes first, with the unit it was assigned to before the merger and its
    // last answer.
    assert_eq!(
        by_unit[2],
        "- Đề án: Triển khai Đề án hỗ trợ việc làm (giao ngày 01/12/2022, hạn 30/12/2022, trước đây giao Sở Lao động - Thương binh và Xã hội, lâu chưa có thông tin cập nhật); tình hình: Sở trả lời: đang hoàn thiện hồ sơ."
    );
    assert!(
        by_unit.contains(
            &"- Rà soát tổ chức bộ máy sau sáp nhập (giao ngày 15/12/2022, hạn 23/12/2022, quá hạn 5 ngày)."
                .to_string()
        ),
        "{by_unit:#?}"
    );
    assert!(by_unit.contains(&"2. Sở Y tế".to_string()));
    assert!(
        by_unit.contains(&"- Sở Y tế báo cáo dịch bệnh (giao ngày 02/12/2022, hạn 23/12/2022, quá hạn 5 ngày); tình hình: Sở hẹn gửi báo cáo.".to_string()),
        "{by_unit:#?}"
    );
    let obstacles = d.part("II. KHÓ KHĂN, VƯỚNG MẮC VÀ GIẢI PHÁP ĐỀ XUẤT");
    assert_eq!(
        obstacles,
        vec![
            "- Sở Lao động - Thương binh và Xã hội (nhiệm vụ: Triển khai Đề án hỗ trợ việc làm): Chưa bố trí được kinh phí (phát sinh từ ngày 05/12/2022); đề xuất: Đề nghị UBND tỉnh họp với Sở Tài chính (hình thức: tổ chức họp).",
            "- Sở Y tế (nhiệm vụ: Sở Y tế báo cáo dịch bệnh): Sở Y tế chưa có số liệu (phát sinh từ ngày 06/12/2022); đề xuất: Đề nghị họp liên ngành (hình thức: tổ chức họp).",
            "- Sở Nội vụ: Vướng quy định cũ (phát sinh từ ngày 16/12/2022).",
        ]
    );
    let asks = d.part("III. KIẾN NGHỊ, ĐỀ XUẤT");
    assert!(
        asks.contains(
            &"- Đề nghị Lãnh đạo chỉ đạo Sở Y tế khẩn trương hoàn thành: Sở Y tế báo cáo dịch bệnh."
                .to_string()
        ),
        "{asks:#?}"
    );
    d.has("Trên đây là báo cáo tình hình thực hiện các nhiệm vụ giao các cơ quan, đơn vị tính đến ngày 28/12/2022 của tôi, kính báo cáo Lãnh đạo xem xét, chỉ đạo./.");
    let rows = d.table_rows();
    assert_eq!(
        rows[0],
        vec![
            "STT",
            "Đơn vị",
            "Nhiệm vụ",
            "Hạn",
            "Tình trạng",
            "Khó khăn, vướng mắc; đề xuất"
        ]
    );
    assert_eq!(rows.len(), 6, "a header and five follow-ups: {rows:?}");
    assert_eq!(
        rows[1],
        vec![
            "1",
            "Sở Nội vụ",
            "Triển khai Đề án hỗ trợ việc làm (Đề án)",
            "30/12/2022",
            "Trong hạn",
            "Chưa bố trí được kinh phí; đề xuất: Đề nghị UBND tỉnh họp với Sở Tài chính",
        ]
    );

    let en = docx(&env, &["report", "followups", "--lang", "en"]);
    frame_en(&en);
    en.has("Work assigned to agencies and not yet completed (as of 28/12/2022)");
    en.has("I. THE AGENCIES' PENDING ASSIGNMENTS");
    en.has("II. OBSTACLES AND THE REMEDIES PROPOSED");
    en.has("III. PROPOSALS");
    en.contains("As of 28/12/2022, 5 tasks assigned to 2 agencies are not completed; of them 2 overdue, 1 major scheme and 3 without news for a long time.");

    let html = env.ok(&["report", "followups", "--format", "html", "--lang", "vi"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("Độc lập - Tự do - Hạnh phúc")
            && html.contains("II. KHÓ KHĂN, VƯỚNG MẮC VÀ GIẢI PHÁP ĐỀ XUẤT")
    );
    let html_en = env.ok(&["report", "followups", "--format", "html", "--lang", "en"]);
    assert!(
        html_en.contains("I. THE AGENCIES&#39; PENDING ASSIGNMENTS"),
        "{html_en}"
    );
}

#[test]
fn the_followups_document_of_one_unit_and_of_none() {
    let env = scenario();
    let d = docx(&env, &["report", "followups", "-u", "yte", "--lang", "vi"]);
    let text = d.text();
    assert!(!text.contains("Sở Nội vụ"), "{text}");
    assert!(
        !text.contains("Chưa bố trí được kinh phí"),
        "another unit's obstacle:\n{text}"
    );
    d.contains("còn 2 nhiệm vụ giao 1 cơ quan, đơn vị chưa hoàn thành");
    assert_eq!(d.table_rows().len(), 3);
    // Nothing pending: the parts say so, and there is no appendix.
    let empty = TestEnv::at("2022-12-28");
    let d = docx(&empty, &["report", "followups", "--lang", "vi"]);
    assert_eq!(
        d.part("I. "),
        vec!["Tính đến ngày 28/12/2022, các cơ quan, đơn vị không còn nhiệm vụ được giao chưa hoàn thành."]
    );
    assert_eq!(d.part("II. "), vec!["Không có."]);
    assert_eq!(d.part("III. "), vec!["Không có."]);
    assert!(d.table_rows().is_empty());
    // Without [person] the frame keeps its places and the command warns.
    let out = empty.run(&["report", "followups", "--format", "html", "--lang", "vi"]);
    assert_eq!(out.code, 0);
    assert!(out.stderr.contains("cảnh báo"), "{}", out.stderr);
}

/// The brief of report_facts.rs (a fact updated twice, a stale one, documents issued and
/// required), signed by the golden official.
fn facts_env() -> TestEnv {
    let env = crate::report_facts::brief_env();
    env.write_config(
        "[person]\nname = \"Nguyễn Văn A\"\ntitle = \"Chuyên viên\"\norg = \"Văn phòng UBND tỉnh\"\n\
         place = \"Bà Rịa - Vũng Tàu\"\n[report]\nsymbol = \"BC-VP\"\n",
    );
    env
}

#[test]
fn the_sector_brief_as_a_document_for_the_leader() {
    let env = facts_env();
    let d = docx(&env, &["report", "facts", "--lang", "vi"]);
    for want in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Một số thông tin cơ bản của các ngành, lĩnh vực được phân công theo dõi",
        "Kính gửi: Lãnh đạo Văn phòng UBND tỉnh.",
        "Thực hiện yêu cầu của Lãnh đạo, tôi, Nguyễn Văn A, Chuyên viên Văn phòng UBND tỉnh, xin báo cáo một số thông tin cơ bản của ngành, lĩnh vực được phân công theo dõi, tính đến ngày 21/12/2022, như sau:",
        "CHUYÊN VIÊN",
        "Nguyễn Văn A",
    ] {
        d.has(want);
    }
    assert_eq!(
        d.part("I. LĨNH VỰC LAO ĐỘNG, VIỆC LÀM"),
        vec![
            "1. Số liệu cơ bản",
            "- Số lao động có việc làm: 520.000 (so với 510.000 ngày 30/09/2022); nguồn: Cục Thống kê; số liệu đến ngày 30/11/2022.",
            "2. Văn bản đang có hiệu lực",
            "- Văn bản số 45/2022/QĐ-UBND ngày 01/03/2022 (Tỉnh): Quy định việc làm.",
        ]
    );
    // The stale figure is marked; a field without documents says so.
    assert_eq!(
        d.part("II. LĨNH VỰC Y TẾ"),
        vec![
            "1. Số liệu cơ bản",
            "- Số trạm y tế: 82; số liệu đến ngày 01/01/2020 (số liệu đã cũ, cần cập nhật).",
            "2. Văn bản đang có hiệu lực",
            "Không có.",
        ]
    );
    assert!(
        !d.text().contains("Quy chế chưa ban hành"),
        "a required document is not in force"
    );
    d.has("Trên đây là một số thông tin cơ bản của ngành, lĩnh vực tính đến ngày 21/12/2022, kính báo cáo Lãnh đạo./.");
    assert!(d.table_rows().is_empty(), "the brief has no appendix");

    // One field.
    let one = docx(&env, &["report", "facts", "-f", "yte", "--lang", "vi"]);
    one.has("Một số thông tin cơ bản của ngành, lĩnh vực Y tế");
    one.has("I. LĨNH VỰC Y TẾ");
    assert!(!one.text().contains("LAO ĐỘNG"), "{}", one.text());

    let en = docx(&env, &["report", "facts", "--lang", "en"]);
    for want in [
        "SOCIALIST REPUBLIC OF VIET NAM",
        "REPORT",
        "Key facts of the sectors I follow",
        "I. LAO ĐỘNG, VIỆC LÀM",
        "1. Key figures",
        "- Số lao động có việc làm: 520.000 (compared with 510.000 on 30/09/2022); source: Cục Thống kê; as of 30/11/2022.",
        "- Số trạm y tế: 82; as of 01/01/2020 (out of date, to be updated).",
        "2. Documents in force",
        "None.",
    ] {
        en.has(want);
    }

    let html = env.ok(&["report", "facts", "--format", "html", "--lang", "vi"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for want in [
        "Độc lập - Tự do - Hạnh phúc",
        "I. LĨNH VỰC LAO ĐỘNG, VIỆC LÀM",
        "so với 510.000 ngày 30/09/2022",
        "số liệu đã cũ, cần cập nhật",
    ] {
        assert!(html.contains(want), "missing {want:?}");
    }
    let html_en = env.ok(&["report", "facts", "--format", "html", "--lang", "en"]);
    assert!(html_en.contains("compared with 510.000 on 30/09/2022"));
}

#[test]
fn the_sector_brief_of_an_empty_book_says_so() {
    let env = TestEnv::new().with_units();
    let d = docx(&env, &["report", "facts", "--lang", "vi"]);
    assert_eq!(d.part("I. THÔNG TIN CƠ BẢN CỦA NGÀNH"), vec!["Không có."]);
    let one = docx(&env, &["report", "facts", "-f", "laodong", "--lang", "vi"]);
    one.has("Một số thông tin cơ bản của ngành, lĩnh vực Lao động, việc làm");
    assert_eq!(one.part("I. LĨNH VỰC LAO ĐỘNG, VIỆC LÀM"), vec!["Không có."]);
}
