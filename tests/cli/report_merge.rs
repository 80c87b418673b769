//! `worklog report merge` (SPEC §3): two officials' databases built with the real binary,
//! their December month reports exported as JSON, merged by a third (the office head);
//! every summed counter checked against the two files and against hand-derived values;
//! the per-person table; bad inputs (missing file, a week report, garbage, different
//! periods, `-` twice) refused with exit 2 in both languages and nothing on stdout.

use crate::common::TestEnv;
use serde_json::Value;
use std::path::PathBuf;

fn id(v: &Value) -> i64 {
    v["id"].as_i64().expect("an id")
}

/// An official's environment on 1/12/2022 (so tasks can be assigned before they are done);
/// the caller moves `today` on to 21/12 after adding them.
fn official(name: &str, title: &str) -> TestEnv {
    let env = TestEnv::at("2022-12-01");
    env.write_config(&format!(
        "[person]\nname = \"{name}\"\ntitle = \"{title}\"\norg = \"Văn phòng UBND tỉnh\"\n"
    ));
    env.with_units()
}

/// An, with entries, a done planned task, an overdue follow-up, a blocker, a
/// contingency, an issued document, and a November entry.
fn an() -> TestEnv {
    let mut env = official("Nguyễn Văn An", "Chuyên viên");
    let t = id(&env.json(&[
        "task",
        "add",
        "Kế hoạch tiêm chủng",
        "--plan",
        "2022-12",
        "--due",
        "2022-12-15",
    ]));
    env.ok(&[
        "task",
        "add",
        "Báo cáo số liệu",
        "-u",
        "yte",
        "--due",
        "2022-12-10",
        "--plan",
        "2022-12",
    ]);
    env.today = "2022-12-21".into();
    env.ok(&[
        "add",
        "Họp giao ban @yte #giaoban",
        "-d",
        "2022-12-05",
        "-k",
        "meeting",
        "-m",
        "60",
    ]);
    env.ok(&[
        "add",
        "Tham mưu kế hoạch",
        "-d",
        "2022-12-06",
        "-k",
        "advice",
        "-m",
        "30",
        "-f",
        "laodong",
    ]);
    env.ok(&[
        "add",
        "Soạn công văn",
        "-d",
        "2022-12-06",
        "-k",
        "draft",
        "-m",
        "45",
    ]);
    env.ok(&[
        "add",
        "Việc tháng trước",
        "-d",
        "2022-11-20",
        "-k",
        "other",
        "-m",
        "10",
    ]);
    env.ok(&["task", "done", &t.to_string(), "--date", "2022-12-14"]);
    env.ok(&[
        "blocker",
        "add",
        "Chậm gửi số liệu",
        "-u",
        "yte",
        "--proposal",
        "Họp đôn đốc",
        "--remedy",
        "meeting",
    ]);
    env.ok(&[
        "contingency",
        "add",
        "Dịch bệnh bùng phát",
        "--response",
        "Kích hoạt tổ phản ứng",
        "--plan",
        "2022-12",
    ]);
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy chế",
        "--issued",
        "2022-12-10",
    ]);
    env
}

/// Bình, with entries on one of An's days, a task done late and a follow-up at ldtbxh.
fn binh() -> TestEnv {
    let mut env = official("Trần Thị Bình", "Chuyên viên chính");
    let t = id(&env.json(&[
        "task",
        "add",
        "Tổng kết năm",
        "--plan",
        "2022-12",
        "--due",
        "2022-12-09",
    ]));
    env.ok(&[
        "task",
        "add",
        "Chính sách việc làm",
        "-u",
        "ldtbxh",
        "--due",
        "2022-12-30",
    ]);
    env.today = "2022-12-21".into();
    env.ok(&[
        "add",
        "Họp với Sở @ldtbxh",
        "-d",
        "2022-12-05",
        "-k",
        "meeting",
        "-m",
        "90",
    ]);
    env.ok(&[
        "add",
        "Soạn tờ trình #totrinh",
        "-d",
        "2022-12-07",
        "-k",
        "draft",
        "-m",
        "120",
    ]);
    env.ok(&[
        "add",
        "Việc tháng trước",
        "-d",
        "2022-11-21",
        "-k",
        "draft",
        "-m",
        "20",
    ]);
    env.ok(&["add", "Việc tháng trước nữa", "-d", "2022-11-22", "-k", "draft"]);
    env.ok(&["task", "done", &t.to_string(), "--date", "2022-12-12"]);
    env
}

/// Writes `env`'s month report of `period` as JSON into `dir/name` and returns the path.
fn export(env: &TestEnv, period: &str, dir: &TestEnv, name: &str) -> (PathBuf, Value) {
    let out = env.ok(&["report", "month", period, "--format", "json"]);
    let path = dir.dir.path().join(name);
    std::fs::write(&path, &out).unwrap();
    (path, serde_json::from_str(&out).unwrap())
}

fn n(v: &Value, path: &str) -> i64 {
    v.pointer(path)
        .and_then(Value::as_i64)
        .unwrap_or_else(|| panic!("{path} in {v}"))
}

const SUMMED: &[&str] = &[
    "/entries/total",
    "/entries/minutes",
    "/entries/planned",
    "/entries/arising",
    "/tasks/planned",
    "/tasks/done",
    "/tasks/done_on_time",
    "/tasks/open",
    "/tasks/overdue",
    "/tasks/stale",
    "/tasks/carried",
    "/tasks/dropped",
    "/followups/open",
    "/followups/done",
    "/followups/overdue",
    "/followups/stale",
    "/blockers/raised",
    "/blockers/resolved",
    "/contingencies/prepared",
    "/contingencies/triggered",
    "/documents/issued",
    "/documents/required_pending",
    "/previous/entries/total",
    "/previous/entries/minutes",
    "/previous/entries/arising",
    "/previous/tasks/planned",
    "/previous/tasks/done",
    "/previous/followups/open",
    "/previous/blockers/open",
    "/previous/documents/issued",
];

#[test]
fn merge_sums_every_counter_of_two_officials() {
    let head = TestEnv::new();
    let (a_env, b_env) = (an(), binh());
    let (pa, a) = export(&a_env, "2022-12", &head, "an.json");
    let (pb, b) = export(&b_env, "2022-12", &head, "binh.json");
    let m = head.json(&["report", "merge", pa.to_str().unwrap(), pb.to_str().unwrap()]);

    for p in SUMMED {
        assert_eq!(n(&m, p), n(&a, p) + n(&b, p), "{p}");
    }
    // Hand-derived: 3 + 2 December entries, 135 + 210 minutes; 22 working days (the
    // period's, not person-days), on 3 of which someone logged (each logged on 2);
    // November: 1 + 2 entries.
    assert_eq!(n(&m, "/entries/total"), 5);
    assert_eq!(n(&m, "/entries/minutes"), 345);
    assert_eq!(n(&m, "/entries/working_days"), 22);
    assert_eq!(n(&m, "/entries/days_logged"), 3);
    let days: Vec<(i64, i64)> = m["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (n(p, "/days_logged"), n(p, "/working_days")))
        .collect();
    assert_eq!(days, vec![(2, 22), (2, 22)]);
    let table = head.ok(&["report", "merge", pa.to_str().unwrap(), pb.to_str().unwrap()]);
    assert!(table.contains("2/22") && table.contains("3/22"), "{table}");
    // Ids are per database: qualified by whose report they came from.
    let done_id = m["done_list"][0]["id"].as_i64().unwrap();
    let from = m["done_list"][0]["from"].as_str().unwrap();
    assert!(table.contains(&format!("{from}#{done_id}")), "{table}");
    assert_eq!(n(&m, "/previous/entries/total"), 3);
    // Each: a planned task done (An on time, Bình late) and a follow-up planned or due.
    assert_eq!(n(&m, "/tasks/planned"), 4);
    assert_eq!((n(&m, "/tasks/done"), n(&m, "/tasks/done_on_time")), (2, 1));
    assert_eq!(m["tasks"]["completion_rate"].as_f64(), Some(0.5));
    assert_eq!(n(&m, "/documents/issued"), 1);
    assert_eq!(m["period"]["label"], "2022-12");

    // Breakdowns merged by key, largest first (ties: more minutes first).
    let kinds: Vec<(String, i64, i64)> = m["entries"]["by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["key"].as_str().unwrap().to_string(),
                n(k, "/count"),
                n(k, "/minutes"),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("draft".to_string(), 2, 165),
            ("meeting".to_string(), 2, 150),
            ("advice".to_string(), 1, 30)
        ]
    );
    let units: Vec<&str> = m["entries"]["by_unit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["key"].as_str().unwrap())
        .collect();
    assert_eq!(units, vec!["ldtbxh", "yte"]);
    let tags: Vec<&str> = m["entries"]["by_tag"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["key"].as_str().unwrap())
        .collect();
    assert_eq!(tags, vec!["totrinh", "giaoban"]);

    // Daily rows summed by date.
    let daily = m["daily"].as_array().unwrap();
    assert_eq!(daily.len(), 31);
    assert_eq!((n(&daily[4], "/count"), n(&daily[4], "/minutes")), (2, 150));
    assert_eq!(daily[4]["date"], "2022-12-05");
    assert_eq!(n(&daily[5], "/count"), 2);
    assert_eq!(n(&daily[6], "/count"), 1);

    // Follow-ups by unit merged; lists labelled with whose report they came from.
    let fu: Vec<(String, i64)> = m["followups"]["by_unit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["unit"].as_str().unwrap().to_string(), n(u, "/open")))
        .collect();
    assert_eq!(fu, vec![("ldtbxh".to_string(), 1), ("yte".to_string(), 1)]);
    let open = m["blockers"]["open"].as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["from"], "Nguyễn Văn An");
    assert_eq!(open[0]["text"], "Chậm gửi số liệu");
    let done: Vec<(&str, &str)> = m["done_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["from"].as_str().unwrap(), d["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        done,
        // in the order they were finished: Bình's on 12/12, An's on 14/12
        vec![
            ("Trần Thị Bình", "Tổng kết năm"),
            ("Nguyễn Văn An", "Kế hoạch tiêm chủng")
        ]
    );
    assert_eq!(m["contingencies"]["list"][0]["from"], "Nguyễn Văn An");

    // People: each official's own figures.
    let people = m["people"].as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!(people[0]["name"], "Nguyễn Văn An");
    assert_eq!(people[1]["title"], "Chuyên viên chính");
    assert_eq!((n(&people[0], "/entries"), n(&people[0], "/minutes")), (3, 135));
    assert_eq!((n(&people[1], "/entries"), n(&people[1], "/minutes")), (2, 210));
    assert_eq!(
        (n(&people[1], "/tasks_planned"), n(&people[1], "/tasks_done")),
        (2, 1)
    );
    assert_eq!(n(&people[0], "/blockers_open"), 1);

    // The same roll-up from standard input; the table, md and csv views.
    let text = std::fs::read_to_string(&pb).unwrap();
    let o = head.run_stdin(
        &["report", "merge", pa.to_str().unwrap(), "-", "--format", "json"],
        &text,
    );
    assert_eq!(o.code, 0, "{}", o.all());
    let again: Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(again["entries"], m["entries"]);
    let table = head.ok(&["report", "merge", pa.to_str().unwrap(), pb.to_str().unwrap()]);
    assert!(table.contains("Roll-up of 2 reports"), "{table}");
    assert!(table.contains("Trần Thị Bình"), "{table}");
    assert!(table.contains("Nguyễn Văn An: Chậm gửi số liệu"), "{table}");
    let md = head.ok(&[
        "report",
        "merge",
        pa.to_str().unwrap(),
        pb.to_str().unwrap(),
        "--format",
        "md",
    ]);
    assert!(md.contains("| Total |"), "{md}");
    let csv = head.ok(&[
        "report",
        "merge",
        pa.to_str().unwrap(),
        pb.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(lines[1].starts_with("Nguyễn Văn An (Chuyên viên),"), "{csv}");
    assert!(lines[3].starts_with("Total,,5,3/22,345,5,4,2,50%"), "{csv}");
    let html = head.ok(&[
        "report",
        "merge",
        pa.to_str().unwrap(),
        pb.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert!(html.contains("Trần Thị Bình"));
    // The head never needed a database.
    assert!(!head.db().exists());
}

#[test]
fn merge_refuses_bad_inputs_with_exit_2() {
    let head = TestEnv::new();
    let a_env = an();
    let (pa, _) = export(&a_env, "2022-12", &head, "an.json");
    let (pnov, _) = export(&a_env, "2022-11", &head, "nov.json");
    let week = head.dir.path().join("week.json");
    std::fs::write(&week, a_env.ok(&["report", "week", "--format", "json"])).unwrap();
    let junk = head.dir.path().join("junk.json");
    std::fs::write(&junk, "this is not json").unwrap();
    let a = pa.to_str().unwrap();

    let e = head.input_error(&["report", "merge", a, "missing.json"]);
    assert!(e.contains("missing.json: cannot read the file"), "{e}");
    let e = head.input_error(&["--lang", "vi", "report", "merge", a, "missing.json"]);
    assert!(e.contains("missing.json: không đọc được tệp"), "{e}");

    let e = head.input_error(&["report", "merge", a, week.to_str().unwrap()]);
    assert!(e.contains("week.json: not a worklog month report"), "{e}");
    assert!(e.contains("report month --format json"), "{e}");
    let e = head.input_error(&["--lang", "vi", "report", "merge", week.to_str().unwrap()]);
    assert!(e.contains("week.json: không phải báo cáo tháng"), "{e}");

    let e = head.input_error(&["report", "merge", junk.to_str().unwrap(), a]);
    assert!(e.contains("junk.json: not a JSON file"), "{e}");
    let e = head.input_error(&["--lang", "vi", "report", "merge", junk.to_str().unwrap()]);
    assert!(e.contains("junk.json: không phải tệp JSON"), "{e}");

    let e = head.input_error(&["report", "merge", a, pnov.to_str().unwrap()]);
    assert!(
        e.contains("an.json covers 2022-12") && e.contains("nov.json covers 2022-11"),
        "{e}"
    );
    let e = head.input_error(&["--lang", "vi", "report", "merge", a, pnov.to_str().unwrap()]);
    assert!(e.contains("không tổng hợp các kỳ khác nhau"), "{e}");

    let e = head.input_error(&["report", "merge", "-", "-"]);
    assert!(e.contains("standard input"), "{e}");
    let o = head.run_stdin(&["report", "merge", "-"], "{\"period\": 1}");
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(o.stdout.is_empty());
    assert!(o.stderr.contains("-: not a worklog month report"), "{}", o.stderr);
}

#[test]
fn merge_refuses_the_same_persons_report_twice() {
    let head = TestEnv::new();
    let a_env = an();
    let (pa, a) = export(&a_env, "2022-12", &head, "an.json");
    assert!(
        a["identity"]["database"].is_string() && a["identity"]["person"] == "Nguyễn Văn An",
        "{}",
        a["identity"]
    );
    // The same book exported again under another name, and a copy of the book.
    let (pa2, _) = export(&a_env, "2022-12", &head, "an-lan-2.json");
    let e = head.input_error(&["report", "merge", pa.to_str().unwrap(), pa2.to_str().unwrap()]);
    assert!(
        e.contains("an-lan-2.json is the same person's report as") && e.contains("Nguyễn Văn An"),
        "{e}"
    );
    let e = head.input_error(&[
        "--lang",
        "vi",
        "report",
        "merge",
        pa.to_str().unwrap(),
        pa2.to_str().unwrap(),
    ]);
    assert!(e.contains("cùng một người"), "{e}");
    // A file without an identity (made before reports had one), given twice.
    let mut old = a.clone();
    old.as_object_mut().unwrap().remove("identity");
    let p_old = head.dir.path().join("old.json");
    std::fs::write(&p_old, old.to_string()).unwrap();
    let p_old2 = head.dir.path().join("old-copy.json");
    std::fs::write(&p_old2, old.to_string()).unwrap();
    let e = head.input_error(&[
        "report",
        "merge",
        p_old.to_str().unwrap(),
        p_old2.to_str().unwrap(),
    ]);
    assert!(e.contains("same person's report"), "{e}");
    // Two people still merge.
    let (pb, _) = export(&binh(), "2022-12", &head, "binh.json");
    head.ok(&["report", "merge", pa.to_str().unwrap(), pb.to_str().unwrap()]);
}
