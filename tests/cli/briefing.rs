//! `worklog report briefing [DATE]`: the giao ban content of a week in every format, and
//! the scenario of issue 12 — consult on Monday, the leader's opinion on Tuesday creating
//! two follow-ups, the briefing on Wednesday showing both; the docx read back from its
//! XML (parts I–IV, the consultations by verdict, what needs direction, the proposals).

use crate::common::TestEnv;
use std::io::Read;

const CONFIG: &str = "lang = \"vi\"\n[person]\nname = \"Nguyễn Văn A\"\ntitle = \"Chuyên viên\"\n\
    org = \"Văn phòng UBND tỉnh\"\nplace = \"Bà Rịa - Vũng Tàu\"\n\
    parent_org = \"Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu\"\nsymbol = \"VP\"\n\
    [leaders]\npct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"\n";

/// The same book on another day.
fn day(env: TestEnv, today: &str) -> TestEnv {
    TestEnv {
        dir: env.dir,
        today: today.to_string(),
    }
}

/// Monday 19/12/2022: the week's plan (#4 and #5), three items to clear with the leader
/// for Wednesday, a follow-up already overdue with an obstacle, another obstacle, and
/// two proposals (one decided the week before).
fn monday() -> (TestEnv, Ids) {
    let env = TestEnv::at("2022-12-12").with_units();
    env.write_config(CONFIG);
    let old = env.json(&["propose", "add", "Kế hoạch kiểm tra công vụ", "-u", "yte"])["id"].to_string();
    env.ok(&["propose", "reject", &old, "--note", "Chưa cần thiết"]);
    let env = day(env, "2022-12-19");
    env.ok(&["plan", "week"]);
    let plan_a = env.json(&["plan", "add", "Báo cáo sơ kết quý IV", "--due", "20/12"])["id"].to_string();
    env.ok(&["plan", "add", "Rà soát hồ sơ tồn đọng"]);
    env.ok(&["add", "Dự họp giao ban @ldtbxh", "-k", "meeting"]);
    let consult = |text: &str| {
        env.json(&["consult", "add", text, "--leader", "pct-tuan", "--for", "21/12"])["id"].to_string()
    };
    let agreed = consult("Báo cáo tiến độ giải ngân vốn đầu tư công");
    let revise = consult("Dự thảo kế hoạch kiểm tra năm 2023");
    let open = consult("Phương án sắp xếp trụ sở làm việc");
    let late = env.json(&[
        "task",
        "add",
        "Triển khai Đề án 06",
        "-u",
        "ldtbxh",
        "--major",
        "--due",
        "16/12",
    ])["id"]
        .to_string();
    env.ok(&[
        "blocker",
        "add",
        "Thiếu kinh phí",
        "-u",
        "ldtbxh",
        "--task",
        &late,
        "--proposal",
        "Họp liên ngành",
        "--remedy",
        "meeting",
    ]);
    env.ok(&[
        "blocker",
        "add",
        "Chậm cử cán bộ đầu mối",
        "-u",
        "yte",
        "--proposal",
        "Ban hành văn bản đôn đốc",
        "--remedy",
        "directive",
    ]);
    env.ok(&[
        "propose",
        "add",
        "Xây dựng Đề án phát triển nguồn nhân lực y tế",
        "-u",
        "yte",
        "--scheme",
        "--reason",
        "Thiếu bác sĩ tuyến xã",
    ]);
    (
        env,
        Ids {
            plan_a,
            agreed,
            revise,
            open,
            late,
            old,
        },
    )
}

struct Ids {
    plan_a: String,
    agreed: String,
    revise: String,
    open: String,
    late: String,
    old: String,
}

/// Tuesday: the leader agrees to one item, creating two follow-ups, and asks for the
/// other to be revised; the plan's first item is done. Wednesday's book is returned.
fn wednesday() -> (TestEnv, Ids) {
    let (env, ids) = monday();
    let env = day(env, "2022-12-20");
    env.ok(&[
        "consult",
        "answer",
        &ids.agreed,
        "--opinion",
        "Đồng ý, giao Sở Lao động rà soát số liệu",
        "--agreed",
        "--task",
        "Rà soát số liệu giải ngân",
        "--due",
        "23/12",
        "-u",
        "ldtbxh",
        "--task",
        "Bổ sung kinh phí cho các dự án",
        "--due",
        "27/12",
        "-u",
        "yte",
    ]);
    env.ok(&[
        "consult",
        "answer",
        &ids.revise,
        "--opinion",
        "Bổ sung nội dung kiểm tra",
        "--revise",
    ]);
    env.ok(&["task", "done", &ids.plan_a]);
    (day(env, "2022-12-21"), ids)
}

#[test]
fn the_wednesday_briefing_shows_tuesdays_two_follow_ups() {
    let (env, ids) = wednesday();
    let b = env.json(&["report", "briefing"]);
    assert_eq!(b["date"], "2022-12-21");
    assert_eq!(b["week"]["period"]["label"], "2022-W51");
    let c = b["consultations"].as_array().unwrap();
    let order: Vec<(String, &str)> = c
        .iter()
        .map(|c| (c["id"].to_string(), c["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        order,
        vec![
            (ids.agreed.clone(), "agreed"),
            (ids.revise.clone(), "revise"),
            (ids.open.clone(), "open"),
        ],
        "agreed first, the unanswered last"
    );
    assert_eq!(c[0]["leader"], "pct-tuan");
    assert_eq!(c[0]["for"], "2022-12-21");
    assert_eq!(c[0]["answered_on"], "2022-12-20");
    assert_eq!(c[0]["opinion"], "Đồng ý, giao Sở Lao động rà soát số liệu");
    let tasks: Vec<(&str, &str, &str)> = c[0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["title"].as_str().unwrap(),
                t["unit"].as_str().unwrap(),
                t["due"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        tasks,
        vec![
            ("Rà soát số liệu giải ngân", "ldtbxh", "2022-12-23"),
            ("Bổ sung kinh phí cho các dự án", "yte", "2022-12-27"),
        ]
    );
    // What needs direction: the overdue follow-up with its obstacle, the other obstacle.
    let n = &b["needs_direction"];
    assert_eq!(n["overdue"].as_array().unwrap().len(), 1, "{n}");
    assert_eq!(n["overdue"][0]["id"].to_string(), ids.late);
    assert_eq!(n["overdue"][0]["days_late"], 5);
    assert_eq!(n["overdue"][0]["blockers"][0]["text"], "Thiếu kinh phí");
    let blockers: Vec<&str> = n["blockers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["text"].as_str().unwrap())
        .collect();
    assert_eq!(blockers, vec!["Chậm cử cán bộ đầu mối"]);
    // The pending proposal; the one rejected last week is not this week's business.
    let p = b["proposals"].as_array().unwrap();
    assert_eq!(p.len(), 1, "{}", b["proposals"]);
    assert_eq!(p[0]["status"], "pending");
    assert_eq!(p[0]["scheme"], true);
    assert_eq!(p[0]["units"], serde_json::json!(["yte"]));
    assert!(
        !b["proposals"]
            .to_string()
            .contains(&format!("\"id\":{}", ids.old))
    );
    // The week's results come from report week.
    assert_eq!(b["week"], env.json(&["report", "week"]));

    // Every human format shows both follow-ups and marks what is not agreed.
    // Wide enough that no cell wraps.
    let o = env
        .cmd()
        .env("COLUMNS", "400")
        .args(["--lang", "vi", "report", "briefing"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let table = String::from_utf8(o.stdout).unwrap();
    let md = env.ok(&["--lang", "vi", "report", "briefing", "--format", "md"]);
    let html = env.ok(&["--lang", "vi", "report", "briefing", "--format", "html"]);
    for (name, out) in [("table", &table), ("md", &md), ("html", &html)] {
        for want in [
            "Rà soát số liệu giải ngân",
            "Bổ sung kinh phí cho các dự án",
            "chưa xin ý kiến",
            "chưa thống nhất",
            "Triển khai Đề án 06",
            "Chậm cử cán bộ đầu mối",
            "Xây dựng Đề án phát triển nguồn nhân lực y tế",
        ] {
            assert!(
                out.to_lowercase().contains(&want.to_lowercase()),
                "{name} lacks {want}:\n{out}"
            );
        }
    }
    // The table tells the counts under the consultations.
    assert!(
        table.contains("1 đã thống nhất, 1 chưa thống nhất, 1 chưa xin ý kiến"),
        "{table}"
    );
    // The document speaks of units by name, never by alias or shorthand.
    assert!(
        md.contains("Rà soát số liệu giải ngân (Sở Lao động - Thương binh và Xã hội, hạn 23/12/2022)"),
        "{md}"
    );
    assert!(
        md.contains("Dự họp giao ban Sở Lao động - Thương binh và Xã hội"),
        "{md}"
    );
    assert!(!md.contains("@ldtbxh") && !md.contains("ldtbxh,"), "{md}");
    assert!(
        html.starts_with("<!DOCTYPE html>") || html.contains("<html"),
        "{html}"
    );
    let en = env.ok(&["--lang", "en", "report", "briefing", "--format", "md"]);
    for want in [
        "Not yet consulted",
        "not agreed, to revise",
        "THE WEEK'S RESULTS",
        "PROPOSALS",
    ] {
        assert!(en.contains(want), "{want}: {en}");
    }
    let csv = env.ok(&["report", "briefing", "--format", "csv"]);
    assert!(csv.contains("Rà soát số liệu giải ngân"), "{csv}");
}

/// The docx's paragraphs, read from word/document.xml.
fn docx_paragraphs(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let path = env.dir.path().join("giao-ban.docx");
    let p = path.to_str().unwrap().to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", "docx", "-o", &p]);
    let out = env.run(&all);
    assert_eq!(out.code, 0, "{}", out.all());
    let mut z = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    crate::report_doc::paragraphs(&xml)
        .into_iter()
        .filter(|l| !l.is_empty())
        .collect()
}

/// The paragraphs after the one equal to `heading`, up to the next that `stop` matches.
fn under<'a>(paras: &'a [String], heading: &str, stop: impl Fn(&str) -> bool) -> Vec<&'a str> {
    let at = paras
        .iter()
        .position(|p| p == heading)
        .unwrap_or_else(|| panic!("no {heading:?} in:\n{}", paras.join("\n")));
    paras[at + 1..]
        .iter()
        .map(|p| p.strip_prefix("- ").unwrap_or(p))
        .take_while(|p| !stop(p))
        .collect()
}

fn numbered(p: &str) -> bool {
    p.split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || "IVX".contains(c)))
        || p.starts_with("Trên đây")
}

#[test]
fn the_docx_is_a_decree_30_report_with_the_four_parts() {
    let (env, _) = wednesday();
    let paras = docx_paragraphs(&env, &["--lang", "vi", "report", "briefing", "21/12/2022"]);
    let text = paras.join("\n");
    for want in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /BC-VP",
        "Bà Rịa - Vũng Tàu, ngày 21 tháng 12 năm 2022",
        "BÁO CÁO",
        "Nội dung báo cáo tại cuộc họp giao ban ngày 21/12/2022",
        "Kính gửi: Lãnh đạo Văn phòng UBND tỉnh.",
        "Nơi nhận:",
        "Nguyễn Văn A",
    ] {
        let squeezed = text
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(squeezed.contains(want), "{want}:\n{text}");
    }
    let parts: Vec<&String> = paras
        .iter()
        .filter(|p| {
            ["I. ", "II. ", "III. ", "IV. ", "V. "]
                .iter()
                .any(|r| p.starts_with(r))
        })
        .collect();
    assert_eq!(
        parts,
        vec![
            "I. KẾT QUẢ CÔNG TÁC TRONG TUẦN",
            "II. NỘI DUNG XIN Ý KIẾN LÃNH ĐẠO TRƯỚC KHI BÁO CÁO",
            "III. NỘI DUNG CẦN XIN Ý KIẾN CHỈ ĐẠO",
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
        ]
    );
    // I: the plan's results, what was done, what was not, the arising work.
    let i = under(&paras, "I. KẾT QUẢ CÔNG TÁC TRONG TUẦN", |p| {
        p.starts_with("II. ")
    });
    assert_eq!(
        i[0],
        "Kế hoạch tuần có 2 nhiệm vụ: đã hoàn thành 1, chưa thực hiện 1."
    );
    assert_eq!(
        i[1],
        "Trong tuần, tôi đã thực hiện 1 việc, trong đó 1 việc phát sinh."
    );
    assert_eq!(
        under(&paras, "1. Nhiệm vụ đã hoàn thành", numbered),
        vec!["Báo cáo sơ kết quý IV."]
    );
    assert_eq!(
        under(&paras, "2. Nhiệm vụ chưa hoàn thành", numbered),
        vec!["Rà soát hồ sơ tồn đọng."]
    );
    // II: agreed, not agreed, not consulted — each under its own numbered heading.
    let agreed = under(&paras, "1. Đã thống nhất", numbered);
    assert_eq!(agreed.len(), 1, "{agreed:?}");
    assert!(agreed[0].starts_with("Báo cáo tiến độ giải ngân vốn đầu tư công (ý kiến của Phó Chủ tịch UBND tỉnh Trần Anh Tuấn ngày 20/12/2022): Đồng ý"), "{agreed:?}");
    assert!(agreed[0].ends_with("số liệu. Nhiệm vụ được giao: Rà soát số liệu giải ngân (Sở Lao động - Thương binh và Xã hội, hạn 23/12/2022); Bổ sung kinh phí cho các dự án (Sở Y tế, hạn 27/12/2022)."), "{agreed:?}");
    let not_agreed = under(&paras, "2. Chưa thống nhất", numbered);
    assert_eq!(not_agreed.len(), 1);
    assert_eq!(
        not_agreed[0],
        "Dự thảo kế hoạch kiểm tra năm 2023 – chưa thống nhất, cần chỉnh sửa (ý kiến của Phó Chủ tịch UBND tỉnh Trần Anh Tuấn ngày 20/12/2022): Bổ sung nội dung kiểm tra."
    );
    let open = under(&paras, "3. Chưa xin ý kiến", numbered);
    assert_eq!(
        open,
        vec![
            "Phương án sắp xếp trụ sở làm việc – chưa xin ý kiến Phó Chủ tịch UBND tỉnh Trần Anh Tuấn, cho cuộc họp ngày 21/12/2022."
        ]
    );
    // III: the overdue follow-up, major first, with its obstacle; the other obstacle.
    let late = under(
        &paras,
        "1. Nhiệm vụ các cơ quan, đơn vị thực hiện quá hạn",
        numbered,
    );
    assert_eq!(
        late,
        vec![
            "Đề án: Sở Lao động - Thương binh và Xã hội – Triển khai Đề án 06 (hạn 16/12/2022, quá hạn 5 ngày); vướng mắc: Thiếu kinh phí; đề xuất: Họp liên ngành."
        ]
    );
    let obstacles = under(&paras, "2. Khó khăn, vướng mắc và giải pháp đề xuất", numbered);
    assert_eq!(obstacles.len(), 1, "{obstacles:?}");
    assert!(obstacles[0].starts_with("Sở Y tế: Chậm cử cán bộ đầu mối (phát sinh từ ngày 19/12/2022); đề xuất: Ban hành văn bản đôn đốc"), "{obstacles:?}");
    // IV: the pending scheme.
    let iv = under(&paras, "IV. ĐỀ XUẤT, KIẾN NGHỊ", numbered);
    assert_eq!(
        iv,
        vec![
            "Đề án: Xây dựng Đề án phát triển nguồn nhân lực y tế (giao Sở Y tế); lý do: Thiếu bác sĩ tuyến xã – chờ Lãnh đạo quyết định."
        ]
    );
    assert!(
        text.contains("Trên đây là nội dung báo cáo giao ban tuần từ ngày 19/12/2022 đến ngày 25/12/2022"),
        "{text}"
    );
    // No raw ids, keys or shorthand in the prose.
    for bad in ["#", "@", "ldtbxh", "pct-tuan", "pending", "not_agreed"] {
        assert!(!text.contains(bad), "{bad}:\n{text}");
    }

    let en = docx_paragraphs(&env, &["--lang", "en", "report", "briefing"]);
    let en = en.join("\n");
    for want in [
        "REPORT",
        "I. THE WEEK'S RESULTS",
        "1. Agreed",
        "2. Not agreed",
        "3. Not yet consulted",
        "IV. PROPOSALS",
    ] {
        assert!(en.contains(want), "{want}:\n{en}");
    }
}

#[test]
fn another_week_and_an_empty_book() {
    let (env, _) = wednesday();
    // The week after: the consultations of the 21st are not its business; the open
    // obstacles and the pending proposal still are.
    let b = env.json(&["report", "briefing", "28/12"]);
    assert_eq!(b["week"]["period"]["label"], "2022-W52");
    assert_eq!(b["consultations"], serde_json::json!([]));
    assert_eq!(b["proposals"].as_array().unwrap().len(), 1);
    let t = env.ok(&["--lang", "en", "report", "briefing", "28/12"]);
    assert!(t.contains("no consultation for this week"), "{t}");
    // Nothing at all: every part says so.
    let bare = TestEnv::at("2022-12-21");
    let md = bare.ok(&["--lang", "vi", "report", "briefing", "--format", "md"]);
    assert!(
        md.contains("## II. NỘI DUNG XIN Ý KIẾN LÃNH ĐẠO TRƯỚC KHI BÁO CÁO\n\nKhông có."),
        "{md}"
    );
    let j = bare.json(&["report", "briefing"]);
    assert_eq!(
        j["needs_direction"],
        serde_json::json!({"overdue": [], "blockers": []})
    );
    // A day that is no date is exit 2 with the accepted forms.
    let e = bare.input_error(&["report", "briefing", "31/31"]);
    assert!(e.contains("31/31") && e.contains("19/12/2022"), "{e}");
    let e = bare.input_error(&["--lang", "vi", "report", "briefing", "thu9"]);
    assert!(e.contains("thu9"), "{e}");
    // docx needs a file.
    let e = bare.input_error(&["report", "briefing", "--format", "docx"]);
    assert!(e.contains("-o"), "{e}");
}

#[test]
fn at_80_columns_the_consultations_table_leaves_out_the_meeting_date() {
    let (env, _) = wednesday();
    let at = |width: &str| {
        let o = env
            .cmd()
            .args(["report", "briefing", "--lang", "vi"])
            .env("COLUMNS", width)
            .output()
            .expect("run");
        assert!(o.status.success());
        let out = String::from_utf8(o.stdout).unwrap();
        let table: String = out
            .split("Nội dung xin ý kiến lãnh đạo\n")
            .nth(1)
            .expect("the consultations table")
            .lines()
            .take_while(|l| !l.starts_with('└'))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            table.lines().all(|l| l.chars().count() <= width.parse().unwrap()),
            "{table}"
        );
        table
    };
    assert!(at("200").contains("Cho ngày"));
    let narrow = at("80");
    assert!(!narrow.contains("Cho ngày"), "{narrow}");
    assert!(
        narrow.contains("Lãnh đạo") && narrow.contains("Ý kiến"),
        "{narrow}"
    );
}
