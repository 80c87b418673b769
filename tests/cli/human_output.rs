//! What people read, in both languages: `show` labels every row of every kind, time
//! stamps in local time, minutes as hours and minutes (JSON keeps minutes), weeks and
//! months by name, one name per record kind, and the wording defects once found — each a
//! regression test named after what broke.

use crate::common::TestEnv;

fn vi(env: &TestEnv, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--lang", "vi"]);
    env.ok(&a)
}

fn en(env: &TestEnv, args: &[&str]) -> String {
    let mut a = args.to_vec();
    a.extend(["--lang", "en"]);
    env.ok(&a)
}

fn id(env: &TestEnv, args: &[&str]) -> String {
    env.json(args)["id"].to_string()
}

/// Row labels of a `show` table (its first table): the first cell of each row.
fn labels(out: &str) -> Vec<String> {
    out.lines()
        .take_while(|l| !l.starts_with('└'))
        .filter(|l| l.starts_with('│'))
        .filter_map(|l| l.trim_start_matches('│').split('┆').next())
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect()
}

/// The raw stored keys a `show` once printed as labels, and debug forms of values.
const RAW: &[&str] = &[
    "plan_id",
    "task_id",
    "deleted_at",
    "situation",
    "response",
    "triggered_on",
    "outcome",
    "from_plan",
    "to_plan",
    "date_from",
    "date_to",
    "close_note",
    "period",
    "Some(",
    "+00:00",
    "triggered",
    "department",
];

#[test]
fn show_labels_every_row_of_every_kind_in_both_languages() {
    let env = TestEnv::at("2022-12-05").with_units();
    let plan_item = id(&env, &["plan", "add", "Chuẩn bị hội nghị", "--plan", "2022-W49"]);
    let goal = id(&env, &["plan", "goal", "Xong hội nghị", "--plan", "2022-W49"]);
    let ct = id(
        &env,
        &[
            "contingency",
            "add",
            "Mất điện",
            "--response",
            "Máy phát",
            "--plan",
            "2022-W49",
        ],
    );
    env.ok(&["contingency", "trigger", &ct, "--outcome", "Đã dùng máy phát"]);
    let note = env.json(&["task", "note", &plan_item, "Đã có ý kiến"])["id"].to_string();
    let fact = id(
        &env,
        &["fact", "add", "Số hộ nghèo", "--value", "12", "-f", "laodong"],
    );
    let blocker = id(&env, &["blocker", "add", "Thiếu kinh phí", "-u", "yte"]);
    let entry = id(&env, &["add", "Họp", "-m", "90", "--task", &plan_item]);
    let plan = id(&env, &["plan", "week", "2022-W49"]);
    let units = env.json(&["unit", "list"]);
    let unit = units[0]["id"].to_string();
    let field = env.json(&["field", "list"])[0]["id"].to_string();
    for record in [
        &plan_item, &goal, &ct, &note, &fact, &blocker, &entry, &plan, &unit, &field,
    ] {
        for out in [vi(&env, &["show", record]), en(&env, &["show", record])] {
            for raw in RAW {
                assert!(!out.contains(raw), "show {record}: {raw} in\n{out}");
            }
            let l = labels(&out);
            let mut seen = std::collections::BTreeSet::new();
            for label in &l {
                assert!(
                    seen.insert(label),
                    "show {record}: two rows called {label}:\n{out}"
                );
            }
        }
    }
    // the contingency: its own labels and status
    let out = vi(&env, &["show", &ct]);
    for want in [
        "Tình huống",
        "Phương án xử lý",
        "Đã xảy ra",
        "Ngày xảy ra",
        "Kết quả xử lý",
    ] {
        assert!(out.contains(want), "{want}:\n{out}");
    }
    // a document's title is its trích yếu, not a task; a fact is out of date, not stale
    let doc = id(
        &env,
        &[
            "doc",
            "add",
            "45/2022/QĐ-UBND",
            "--title",
            "Quy định",
            "--issued",
            "01/12/2022",
        ],
    );
    let out = vi(&env, &["show", &doc]);
    assert!(labels(&out).contains(&"Trích yếu".to_string()), "{out}");
    assert!(!labels(&out).contains(&"Nhiệm vụ".to_string()), "{out}");
    let out = vi(&env, &["show", &fact]);
    assert!(labels(&out).contains(&"Cần cập nhật".to_string()), "{out}");
    assert!(!out.contains("Tồn đọng"), "{out}");
    // a unit's alias and a field's key are not both "Mã" beside the id
    let out = vi(&env, &["unit", "list"]);
    let header = out.lines().nth(1).unwrap();
    let cells: Vec<&str> = header.trim_matches('│').split('┆').map(str::trim).collect();
    assert_eq!(cells.iter().filter(|c| **c == "Mã").count(), 1, "{out}");
    assert!(header.contains("Mã viết tắt"), "{out}");
    let out = vi(&env, &["field", "list"]);
    assert!(out.contains("Mã lĩnh vực"), "{out}");
}

#[test]
fn show_time_stamps_are_local_time_to_the_minute() {
    let env = TestEnv::at("2022-12-05");
    let e = env.json(&["add", "Họp"]);
    let stamp = e["created_at"].as_str().unwrap().to_string();
    let utc = chrono::DateTime::parse_from_rfc3339(&stamp).unwrap();
    let hcm = utc + chrono::Duration::hours(7);
    let o = env
        .cmd()
        .env("TZ", "Asia/Ho_Chi_Minh")
        .args(["show", &e["id"].to_string(), "--lang", "vi"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    let want = hcm.format("%d/%m/%Y %H:%M").to_string();
    assert!(out.contains(&want), "{want} in:\n{out}");
    // JSON keeps the stored stamp
    assert_eq!(
        env.json(&["show", &e["id"].to_string()])["created_at"],
        stamp.as_str()
    );
}

#[test]
fn minutes_read_as_hours_and_minutes_but_json_and_csv_keep_minutes() {
    let env = TestEnv::at("2022-12-05");
    env.ok(&["add", "Họp", "-m", "90"]);
    env.ok(&["add", "Tiếp dân", "-m", "45"]);
    env.ok(&["add", "Trực", "-m", "120"]);
    let out = vi(&env, &["log", "week"]);
    for want in [
        "1 giờ 30 phút",
        "45 phút",
        "2 giờ",
        "3 mục · 4 giờ 15 phút",
        "Thời gian",
    ] {
        assert!(out.contains(want), "{want}:\n{out}");
    }
    let out = en(&env, &["log", "week"]);
    for want in ["1 h 30 min", "45 min", "2 h", "3 entries · 4 h 15 min"] {
        assert!(out.contains(want), "{want}:\n{out}");
    }
    let md = vi(&env, &["log", "week", "--format", "md"]);
    assert!(md.contains("1 giờ 30 phút"), "{md}");
    let csv = vi(&env, &["log", "week", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with("Phút"), "{csv}");
    assert!(csv.contains(",90"), "{csv}");
    assert!(!csv.contains("giờ"), "{csv}");
    let json = env.json(&["log", "week"]);
    assert_eq!(json[0]["minutes"], 90);
    let show = vi(&env, &["show", &json[0]["id"].to_string()]);
    assert!(show.contains("1 giờ 30 phút"), "{show}");
}

#[test]
fn weeks_and_months_read_by_name() {
    let env = TestEnv::at("2022-12-05");
    env.ok(&["plan", "add", "Chuẩn bị hội nghị", "--plan", "2022-W49"]);
    env.ok(&["plan", "add", "Báo cáo tháng", "--plan", "2022-12"]);
    let out = vi(&env, &["plan", "week", "2022-W49"]);
    assert!(out.starts_with("Kế hoạch tuần 49 (05/12–11/12/2022)\n"), "{out}");
    let out = en(&env, &["plan", "week", "2022-W49"]);
    assert!(
        out.starts_with("Plan for Week 49 (2022-12-05 – 2022-12-11)\n"),
        "{out}"
    );
    let out = vi(&env, &["plan", "month", "2022-12"]);
    assert!(out.starts_with("Kế hoạch tháng 12/2022\n"), "{out}");
    let out = en(&env, &["plan", "month", "2022-12"]);
    assert!(out.starts_with("Plan for December 2022\n"), "{out}");
    let out = vi(&env, &["task", "list", "--all"]);
    assert!(
        out.contains("Tuần 49/2022") && out.contains("Tháng 12/2022"),
        "{out}"
    );
    assert!(!out.contains("2022-W49"), "{out}");
    let out = vi(&env, &["report", "week", "2022-W49"]);
    assert!(
        out.starts_with("Kết quả thực hiện kế hoạch tuần 49 (05/12–11/12/2022)"),
        "{out}"
    );
    // a month cut off on the 14th (15/11–14/12) is still December
    env.write_config("[report]\nmonth_cutoff_day = 14\n");
    let out = vi(&env, &["report", "month", "2022-12", "--submit", "--dry-run"]);
    assert!(out.starts_with("Sẽ nộp báo cáo tháng 12/2022 lúc "), "{out}");
    let out = en(&env, &["report", "month", "2022-12", "--submit", "--dry-run"]);
    assert!(out.starts_with("Would submit report December 2022 at "), "{out}");
    // a week across the new year names both years
    let env = TestEnv::at("2022-12-26");
    env.ok(&["plan", "add", "Tổng kết", "--plan", "week"]);
    let out = vi(&env, &["plan", "week"]);
    assert!(
        out.starts_with("Kế hoạch tuần 52 (26/12/2022–01/01/2023)"),
        "{out}"
    );
}

#[test]
fn a_fact_has_one_name_in_show_search_and_its_list() {
    let env = TestEnv::at("2022-12-05").with_units();
    let fact = id(
        &env,
        &["fact", "add", "Số hộ nghèo", "--value", "12", "-f", "laodong"],
    );
    let show = vi(&env, &["show", &fact]);
    assert!(show.starts_with(&format!("#{fact} · thông tin cơ bản")), "{show}");
    let search = vi(&env, &["search", "ho ngheo", "--in", "facts"]);
    assert!(search.contains("Thông tin cơ bản"), "{search}");
    assert!(!search.contains("Số liệu"), "{search}");
    let list = vi(&env, &["fact", "list"]);
    assert!(list.contains("1 thông tin cơ bản"), "{list}");
    let entry = id(&env, &["add", "Họp về hộ nghèo"]);
    let search = vi(&env, &["search", "ho ngheo", "--in", "all"]);
    assert!(search.contains("Mục nhật ký"), "{search}");
    assert!(vi(&env, &["show", &entry]).starts_with(&format!("#{entry} · mục nhật ký")));
}

#[test]
fn a_closed_task_is_not_said_to_be_da_da_hoan_thanh() {
    let env = TestEnv::at("2022-12-05");
    let task = id(&env, &["task", "add", "Báo cáo"]);
    env.ok(&["task", "done", &task]);
    let err = env.input_error(&["task", "done", &task, "--lang", "vi"]);
    assert!(!err.contains("đã đã"), "{err}");
    assert!(err.contains("đã hoàn thành"), "{err}");
    let err = env.input_error(&["task", "done", &task, "--lang", "en"]);
    assert!(err.contains("is already done"), "{err}");
}

#[test]
fn a_dry_run_says_what_it_would_write() {
    let env = TestEnv::at("2022-12-05").with_units();
    let out = vi(&env, &["add", "Họp", "--dry-run"]);
    assert!(out.starts_with("Sẽ ghi #"), "{out}");
    assert!(!out.contains("Đã ghi"), "{out}");
    let out = en(&env, &["add", "Họp", "--dry-run"]);
    assert!(out.starts_with("Would save #"), "{out}");
    let task = id(&env, &["task", "add", "Báo cáo"]);
    for (args, vi_start, en_start) in [
        (
            vec!["edit", task.as_str(), "--due", "20/12/2022"],
            "Sẽ sửa #",
            "Would update #",
        ),
        (
            vec!["task", "done", task.as_str()],
            "Sẽ đánh dấu hoàn thành #",
            "Would mark #",
        ),
        (
            vec!["task", "add", "Việc khác"],
            "Sẽ thêm nhiệm vụ #",
            "Would add task #",
        ),
        (
            vec!["blocker", "add", "Thiếu", "-u", "yte"],
            "Sẽ ghi khó khăn",
            "Would record blocker",
        ),
        (vec!["undo"], "Sẽ hoàn tác: ", "Would undo: "),
        (
            vec!["unit", "retire", "yte", "--date", "05/12/2022"],
            "Sẽ ghi đơn vị yte",
            "Would retire unit yte",
        ),
    ] {
        let mut a = args.clone();
        a.push("--dry-run");
        let out = vi(&env, &a);
        assert!(out.starts_with(vi_start), "{args:?}: {out}");
        assert!(out.contains("(chạy thử: chưa ghi gì)"), "{out}");
        let out = en(&env, &a);
        assert!(out.starts_with(en_start), "{args:?}: {out}");
    }
    // and nothing was written
    assert_eq!(env.json(&["log", "week"]).as_array().unwrap().len(), 0);
}

#[test]
fn the_officials_own_task_is_added_not_assigned() {
    let env = TestEnv::at("2022-12-05").with_units();
    let out = vi(&env, &["task", "add", "Soạn báo cáo"]);
    assert!(out.starts_with("Đã thêm nhiệm vụ #"), "{out}");
    assert!(!out.contains("Đã giao"), "{out}");
    let out = vi(&env, &["task", "add", "Báo cáo số liệu", "-u", "yte"]);
    assert!(out.starts_with("Đã giao nhiệm vụ #"), "{out}");
    assert!(out.contains("cho yte"), "{out}");
    let out = en(&env, &["task", "add", "Figures", "-u", "yte"]);
    assert!(
        out.starts_with("Assigned task #") && out.contains("to yte"),
        "{out}"
    );
}

#[test]
fn report_week_shows_a_triggered_contingency_once() {
    let env = TestEnv::at("2022-12-05");
    env.ok(&["plan", "add", "Báo cáo", "--plan", "week"]);
    let ct = id(
        &env,
        &[
            "contingency",
            "add",
            "Sở chậm gửi số liệu",
            "--response",
            "Ước tính",
            "--plan",
            "week",
        ],
    );
    env.ok(&[
        "contingency",
        "trigger",
        &ct,
        "--outcome",
        "Đã dùng số liệu ước tính",
    ]);
    env.ok(&["add", "Việc phát sinh"]);
    for out in [vi(&env, &["report", "week"]), en(&env, &["report", "week"])] {
        assert_eq!(out.matches("Sở chậm gửi").count(), 1, "{out}");
        assert_eq!(out.matches("Đã dùng số liệu").count(), 1, "{out}");
    }
}

#[test]
fn an_empty_listing_is_not_followed_by_a_zero_count() {
    let env = TestEnv::at("2022-12-05");
    for args in [
        vec!["doc", "list"],
        vec!["log", "week"],
        vec!["task", "list"],
        vec!["fact", "list"],
    ] {
        let out = vi(&env, &args);
        assert_eq!(out, "Không có mục nào.\n", "{args:?}");
        let out = en(&env, &args);
        assert_eq!(out, "Nothing found.\n", "{args:?}");
    }
}

#[test]
fn show_of_a_submission_and_a_consultation_is_labelled_without_raw_data() {
    let env = TestEnv::at("2022-12-28");
    env.write_config("[leaders]\npct = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"\n");
    env.ok(&["add", "Họp", "-m", "30"]);
    env.ok(&["report", "month", "--submit"]);
    let sub = env.json(&["report", "month", "--submissions"])[0]["id"].to_string();
    let consult = id(
        &env,
        &[
            "consult",
            "add",
            "Xin ý kiến",
            "--leader",
            "pct",
            "--for",
            "29/12",
        ],
    );
    for record in [&sub, &consult] {
        for out in [vi(&env, &["show", record]), en(&env, &["show", record])] {
            for raw in RAW.iter().chain(&["{\"", "done|"]) {
                assert!(!out.contains(raw), "show {record}: {raw} in\n{out}");
            }
        }
    }
    let out = vi(&env, &["show", &sub]);
    assert!(
        out.contains("Báo cáo tháng") && out.contains("Tháng 12/2022"),
        "{out}"
    );
    assert!(
        out.contains("worklog report month 2022-12 --submissions"),
        "{out}"
    );
    let out = vi(&env, &["report", "month", "--submissions"]);
    assert!(!out.contains("+00:00"), "{out}");
}
