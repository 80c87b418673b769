//! `worklog cal`: the month grid with lunar dates, holidays and deadlines (SPEC §5), and
//! working-day due dates end to end (`-d +5wd`, `-d tet`).

use crate::common::TestEnv;
use serde_json::Value;

/// Adds a task due on `due` through the real binary, then moves it to `status`.
fn insert_task(env: &TestEnv, title: &str, due: &str, status: &str) -> i64 {
    let v = env.json(&["task", "add", title, "--due", due]);
    let id = v["id"].as_i64().expect("task id");
    let id_s = id.to_string();
    match status {
        "doing" => {
            env.ok(&["task", "start", &id_s]);
        }
        "done" => {
            env.ok(&["task", "done", &id_s]);
        }
        _ => {}
    }
    id
}

fn day<'a>(v: &'a Value, date: &str) -> &'a Value {
    v["days"]
        .as_array()
        .expect("days")
        .iter()
        .find(|d| d["date"] == date)
        .unwrap_or_else(|| panic!("no day {date} in {v}"))
}

fn off_days(v: &Value) -> Vec<String> {
    v["days"]
        .as_array()
        .expect("days")
        .iter()
        .filter(|d| d["working_day"] == false)
        .map(|d| d["date"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn tet_quy_mao_2023_follows_the_announced_schedule() {
    let env = TestEnv::at("2023-01-10");
    let v = env.json(&["cal", "2023-01"]);
    assert_eq!(v["month"], "2023-01");
    assert_eq!(v["days"].as_array().map(Vec::len), Some(31));
    let tet = day(&v, "2023-01-22");
    assert_eq!(tet["weekday"], 7);
    assert_eq!(tet["lunar"]["day"], 1);
    assert_eq!(tet["lunar"]["month"], 1);
    assert_eq!(tet["lunar"]["year"], 2023);
    assert_eq!(tet["lunar"]["year_name"], "Quý Mão");
    assert_eq!(tet["holiday"], "Lunar New Year (Tết)");
    // The announced schedule (VPCP 8056/VPCP-KGVX, DOMAIN.md §g) is built in: the break
    // is Fri 20/01 (29 Chạp) – Thu 26/01; the computed Labour-Code rule would have given
    // 21/01–27/01 with two compensatory days, and Fri 20/01 as a working day.
    assert_eq!(day(&v, "2023-01-20")["working_day"], false);
    assert_eq!(day(&v, "2023-01-20")["lunar"]["day"], 29);
    assert_eq!(day(&v, "2023-01-21")["lunar"]["day"], 30);
    assert_eq!(day(&v, "2023-01-21")["lunar"]["year_name"], "Nhâm Dần");
    for d in [
        "2023-01-20",
        "2023-01-23",
        "2023-01-24",
        "2023-01-25",
        "2023-01-26",
    ] {
        assert_eq!(day(&v, d)["holiday"], "Lunar New Year (Tết)", "{d}");
    }
    assert_eq!(day(&v, "2023-01-27")["working_day"], true);
    // 1/1 on a Sunday gives Monday 2/1 off.
    assert_eq!(day(&v, "2023-01-01")["holiday"], "New Year's Day");
    assert_eq!(day(&v, "2023-01-02")["holiday"], "Compensatory day off");
    let expected_off: Vec<String> = [
        "01", "02", "07", "08", "14", "15", "20", "21", "22", "23", "24", "25", "26", "28", "29",
    ]
    .iter()
    .map(|d| format!("2023-01-{d}"))
    .collect();
    assert_eq!(off_days(&v), expected_off);
    // The holiday name follows the language.
    let vi = env.json(&["cal", "2023-01", "--lang", "vi"]);
    assert_eq!(day(&vi, "2023-01-22")["holiday"], "Tết Nguyên đán");
    assert_eq!(day(&vi, "2023-01-03")["holiday"], Value::Null);
}

#[test]
fn an_official_schedule_changes_the_grid() {
    let env = TestEnv::at("2023-01-10");
    env.write_config(
        "[calendar.official.2023]\ndays_off = [\"2023-01-20\", \"2023-01-23\", \"2023-01-24\", \"2023-01-25\", \"2023-01-26\"]\n",
    );
    let v = env.json(&["cal", "2023-01"]);
    assert_eq!(day(&v, "2023-01-20")["working_day"], false);
    assert_eq!(day(&v, "2023-01-27")["working_day"], true);
    let off: Vec<String> = off_days(&v)
        .into_iter()
        .filter(|d| d.as_str() >= "2023-01-16")
        .collect();
    assert_eq!(
        off,
        [
            "2023-01-20",
            "2023-01-21",
            "2023-01-22",
            "2023-01-23",
            "2023-01-24",
            "2023-01-25",
            "2023-01-26",
            "2023-01-28",
            "2023-01-29"
        ]
    );
}

#[test]
fn lunar_fields_match_the_golden_sample() {
    let env = TestEnv::new();
    let tsv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/lunar_sample.tsv"
    ))
    .expect("lunar_sample.tsv");
    let mut checked = 0;
    for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()).take(8) {
        let f: Vec<&str> = line.split('\t').collect();
        let (date, ld, lm, ly, leap) = (f[0], f[1], f[2], f[3], f[4]);
        let v = env.json(&["cal", &date[..7]]);
        let l = &day(&v, date)["lunar"];
        assert_eq!(l["day"].to_string(), ld, "{date}");
        assert_eq!(l["month"].to_string(), lm, "{date}");
        assert_eq!(l["year"].to_string(), ly, "{date}");
        assert_eq!(l["leap"], leap == "1", "{date}");
        checked += 1;
    }
    assert_eq!(checked, 8);
}

#[test]
fn due_lists_open_task_ids() {
    let env = TestEnv::at("2023-01-10");
    let a = insert_task(&env, "Báo cáo tổng kết năm", "2023-01-16", "todo");
    let b = insert_task(&env, "Tờ trình kế hoạch Tết", "2023-01-16", "doing");
    insert_task(&env, "Đã xong", "2023-01-16", "done");
    let c = insert_task(&env, "Kiểm tra an toàn thực phẩm", "2023-01-30", "todo");
    insert_task(&env, "Tháng sau", "2023-02-01", "todo");
    let v = env.json(&["cal", "2023-01"]);
    assert_eq!(day(&v, "2023-01-16")["due"], serde_json::json!([a, b]));
    assert_eq!(day(&v, "2023-01-30")["due"], serde_json::json!([c]));
    assert_eq!(day(&v, "2023-01-17")["due"], serde_json::json!([]));
    let out = env.ok(&["cal", "2023-01"]);
    assert!(out.contains("due: 2"), "{out}");
    assert!(out.contains("Kiểm tra an toàn thực phẩm"), "{out}");
    assert!(!out.contains("Đã xong"), "{out}");
}

#[test]
fn grid_snapshots_in_both_languages() {
    let env = TestEnv::at("2023-01-18");
    insert_task(&env, "Báo cáo tổng kết năm 2022", "2023-01-18", "todo");
    insert_task(&env, "Dự thảo kế hoạch trực Tết", "2023-01-19", "doing");
    env.ok(&["unit", "add", "yte", "Sở Y tế"]);
    insert_task(&env, "Kiểm tra an toàn thực phẩm @yte", "2023-01-30", "todo");
    insta::assert_snapshot!(
        "cal_2023_01_vi",
        env.run(&["cal", "2023-01", "--lang", "vi"]).all()
    );
    insta::assert_snapshot!("cal_2023_01_en", env.run(&["cal", "--lang", "en"]).all());
}

#[test]
fn csv_and_md_give_one_row_per_day() {
    let env = TestEnv::new();
    let csv = env.ok(&["cal", "2022-12", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 32, "{csv}");
    assert!(
        csv.starts_with("Date,Weekday,Lunar,Holiday,Working day,Due"),
        "{csv}"
    );
    let md = env.ok(&["cal", "12/2022", "--format", "md", "--lang", "vi"]);
    assert!(
        md.contains("| 21/12/2022 | Thứ Tư | 28 tháng Một năm Nhâm Dần |"),
        "{md}"
    );
}

#[test]
fn months_only() {
    let env = TestEnv::new();
    for bad in ["2023-13", "2200-01", "2023-W05", "2023", "today", "xyz"] {
        let err = env.input_error(&["cal", bad]);
        assert!(err.contains(bad), "{bad}: {err}");
    }
    let err = env.input_error(&["cal", "2023-W05"]);
    assert!(err.contains("2023-01") && err.contains("last-month"), "{err}");
    assert_eq!(env.json(&["cal"])["month"], "2022-12");
    assert_eq!(env.json(&["cal", "last-month"])["month"], "2022-11");
    assert_eq!(env.json(&["cal", "01/2023"])["month"], "2023-01");
    // A read-only command creates no database.
    assert!(!env.db().exists());
}

#[test]
fn working_day_due_dates_end_to_end() {
    let env = TestEnv::at("2025-01-23");
    env.write_config(
        "[calendar.official.2025]\ndays_off = [\"2025-01-27\", \"2025-01-28\", \"2025-01-29\", \"2025-01-30\", \"2025-01-31\"]\n",
    );
    // SPEC §5: from Thursday 23/01/2025 (Tết break 25/01–02/02), +5wd is Thursday 06/02.
    assert_eq!(
        env.json(&["task", "add", "x", "--due", "+5wd"])["due"],
        "2025-02-06"
    );
    // `tet` is the first day of the coming Lunar New Year.
    assert_eq!(
        env.json(&["task", "add", "y", "--due", "tet"])["due"],
        "2025-01-29"
    );
    let v = env.json(&["cal", "2025-01"]);
    assert_eq!(day(&v, "2025-01-24")["working_day"], true);
    assert_eq!(day(&v, "2025-01-27")["working_day"], false);
}

#[test]
fn lunar_dates_as_input() {
    let env = TestEnv::at("2022-12-21");
    let v = env.json(&["task", "add", "Chuẩn bị Giỗ Tổ", "--due", "10/3 al"]);
    assert_eq!(v["due"], "2023-04-29");
    let v = env.json(&["add", "Trung thu", "-d", "âm lịch 15/8"]);
    assert_eq!(v["date"], "2022-09-10");
    let err = env.input_error(&["task", "add", "x", "--due", "30/3/2024 al"]);
    assert!(err.contains("29"), "{err}");
    let err = env.input_error(&["--lang", "vi", "task", "add", "x", "--due", "1/5n/2023 al"]);
    assert!(err.contains("2023"), "{err}");
    let err = env.input_error(&["task", "add", "x", "--due", "1/1/2150 al"]);
    assert!(err.contains("2150"), "{err}");
}

#[test]
fn a_computed_tet_break_is_said_in_one_line_with_how_to_add_the_announced_one() {
    // Tết 2027 (Sat 06/02/2027) has no announced schedule built in
    let env = TestEnv::at("2026-12-01");
    let note = "The Tết 2027 break is computed from the Labour Code, not an announced schedule; once it is announced, add [calendar.official.2027] to the config (see: worklog config)";
    for args in [vec!["status"], vec!["cal", "2027-02"], vec!["report", "review"]] {
        let out = env.ok(&args);
        assert_eq!(out.matches(note).count(), 1, "{args:?}: {out}");
    }
    // a month before the break does not need it; JSON keeps its shape
    assert!(
        !env.ok(&["cal", "2026-12"])
            .contains("computed from the Labour Code")
    );
    assert!(env.json(&["cal", "2027-02"]).get("days").is_some());
    // with the schedule in the config, nothing is said
    env.write_config("[calendar.official.2027]\ndays_off = [\"2027-02-04\", \"2027-02-05\", \"2027-02-08\", \"2027-02-09\", \"2027-02-10\"]\n");
    assert!(
        !env.ok(&["cal", "2027-02"])
            .contains("computed from the Labour Code")
    );
    // an announced Tết (2023, built in) says nothing either
    let env = TestEnv::at("2022-12-21");
    assert!(!env.ok(&["status"]).contains("computed from the Labour Code"));
    assert!(
        !env.ok(&["report", "review"])
            .contains("computed from the Labour Code")
    );
}
