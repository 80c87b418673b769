//! Imports of files made by the real tools (tests/data/*-real.*: jrnl 4.6 from PyPI and
//! Debian's taskwarrior 2.6.2, run with TZ=Asia/Ho_Chi_Minh around midnight): nothing
//! they hold is lost or changed, what worklog cannot keep is said; the format is
//! recognised from the content; a file or records already imported are refused; an
//! empty file imports nothing and leaves no undo step.

use crate::common::TestEnv;
use serde_json::{Value, json};

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn pick(v: &Value, keys: &[&str]) -> Value {
    Value::Object(keys.iter().map(|k| (k.to_string(), v[*k].clone())).collect())
}

/// The five entries of the real jrnl journal, as worklog must hold them (with a unit
/// `ldtbxh` and a unit `yte` in the book).
fn jrnl_expected(ldtbxh: &str, yte: &str) -> Vec<Value> {
    vec![
        json!({"date": "2022-12-19", "time": "23:45", "text": "Họp trực tuyến với #yte về tiêm chủng.\nThống nhất lịch kiểm tra @yte ngày 21/12.",
               "tags": ["yte"], "units": [yte]}),
        json!({"date": "2022-12-20", "time": "00:15", "text": "Soạn công văn đôn đốc báo cáo #khẩn",
               "tags": ["khẩn", "starred"], "units": []}),
        json!({"date": "2022-12-20", "time": "08:30", "text": "Tham mưu kế hoạch #tiêmchủng.\nĐã trao đổi với @ldtbxh và @khongcodonvi về #ngân_sách.",
               "tags": ["khongcodonvi", "ngân_sách", "tiêmchủng"], "units": [ldtbxh]}),
        json!({"date": "2022-12-21", "time": "07:00", "text": "Tiếp dân phường Thắng Nhì", "tags": ["starred"], "units": []}),
        // Written in NFD: stored NFC, and the whole tag (jrnl itself read `#đa`).
        json!({"date": "2022-12-21", "time": "23:59", "text": "Kiểm tra hồ sơ #đấtđai tại xã Long Hương", "tags": ["đấtđai"], "units": []}),
    ]
}

fn entries(env: &TestEnv) -> Vec<Value> {
    env.json(&["log", "2022-12"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| pick(e, &["date", "time", "text", "tags", "units"]))
        .collect()
}

#[test]
fn real_jrnl_json_and_text_exports_keep_times_stars_tags_and_units() {
    for name in ["jrnl-real.json", "jrnl-real.txt"] {
        let env = TestEnv::new().with_units();
        // Recognised from the content: no --from.
        let out = env.ok(&["import", &data(name)]);
        assert!(out.starts_with("Imported 5 entries"), "{name}: {out}");
        assert!(
            out.contains("time → time: 5") && out.contains("starred → tags = starred: 2"),
            "{name}: {out}"
        );
        assert!(
            out.contains("@word → units: 2") && out.contains("@word → tags: 1"),
            "{name}: {out}"
        );
        assert_eq!(entries(&env), jrnl_expected("ldtbxh", "yte"), "{name}");
        // The time is shown in `log` and in `show`.
        let log = env.ok(&["log", "2022-12"]);
        assert!(log.contains("2022-12-19 23:45"), "{log}");
        let id = env.json(&["log", "2022-12"])[0]["id"].to_string();
        assert_eq!(env.json(&["show", &id])["time"], "23:45");
    }
}

#[test]
fn real_jrnl_json_says_its_tag_list_is_read_again() {
    let env = TestEnv::new();
    let out = env.ok(&["import", &data("jrnl-real.json"), "--dry-run", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["imported"], 0);
    assert_eq!(v["rows"], 5);
    let dropped = &v["summary"]["dropped"];
    assert_eq!(dropped[0]["field"], "tags");
    assert_eq!(dropped[0]["count"], 5);
    assert!(
        v["summary"]["mapped"]
            .as_array()
            .unwrap()
            .contains(&json!({"from": "time", "to": "time", "count": 5}))
    );
    assert!(env.json(&["log", "2022-12"]).as_array().unwrap().is_empty());
}

#[test]
fn real_taskwarrior_export_keeps_started_project_case_and_the_rest() {
    let env = TestEnv::new();
    let out = env.ok(&["import", &data("taskwarrior-real.json")]);
    assert!(
        out.contains("Imported 7 tasks") && out.contains("2 deleted or recurring skipped"),
        "{out}"
    );
    assert!(
        out.contains("(no priority): 4 (worklog has no \"no priority\": taken as normal, like M)"),
        "{out}"
    );
    assert!(out.contains("urgency: 7 (taskwarrior computes"), "{out}");
    let tasks = env.json(&["task", "list", "--all"]);
    let by_title = |title: &str| -> Value {
        tasks
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["title"] == title)
            .cloned()
            .unwrap_or_else(|| panic!("{title}"))
    };
    // due 19/12 23:30 in Vietnam (16:30 UTC) stays the 19th; 20/12 00:30 (17:30 UTC the 19th) is the 20th.
    let t1 = by_title("Trình kế hoạch tiêm chủng mở rộng");
    assert_eq!(
        pick(&t1, &["status", "priority", "due", "assigned"]),
        json!({"status": "todo", "priority": "high", "due": "2022-12-19", "assigned": "2022-12-01"})
    );
    let t2 = by_title("Soạn báo cáo tháng 12 gửi Sở Nội vụ");
    // created 01/12 23:50 in Vietnam
    assert_eq!(
        pick(&t2, &["priority", "due", "assigned"]),
        json!({"priority": "normal", "due": "2022-12-20", "assigned": "2022-12-01"})
    );
    let started = by_title("Kiểm tra hồ sơ đất đai");
    assert_eq!(
        pick(&started, &["status", "tags"]),
        json!({"status": "doing", "tags": ["đấtđai"]})
    );
    let done = by_title("Tổng hợp báo cáo tháng 11");
    assert_eq!(
        pick(&done, &["status", "closed_on"]),
        json!({"status": "done", "closed_on": "2022-12-03"})
    );

    let notes = |t: &Value| -> Vec<String> {
        let show = env.json(&["show", &t["id"].to_string()]);
        show["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["event"] == "note")
            .map(|e| e["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(notes(&t1)[0], "taskwarrior: project YTe.TiemChung");
    assert_eq!(
        notes(&t2),
        vec!["taskwarrior: project VanPhong · scheduled 2022-12-18 · until 2023-01-31"]
    );
    let waiting = by_title("Đọc dự thảo quy chế phối hợp");
    assert_eq!(notes(&waiting), vec!["taskwarrior: wait 2022-12-25"]);
    let dep = by_title("Chờ Sở Tài chính trả lời về kinh phí");
    assert_eq!(
        notes(&dep),
        vec![format!(
            "taskwarrior: project vanphong · depends on #{}",
            t1["id"]
        )]
    );
    let show = env.json(&["show", &started["id"].to_string()]);
    let start: Vec<&Value> = show["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "start")
        .collect();
    // started 06/12 23:40 in Vietnam
    assert_eq!(start[0]["date"], "2022-12-06");
}

#[test]
fn a_file_or_records_imported_before_are_refused_and_named() {
    let env = TestEnv::new().with_units();
    env.ok(&["import", &data("jrnl-real.txt")]);
    let before = env.db_bytes();
    let e = env.input_error(&["import", &data("jrnl-real.txt")]);
    assert!(
        e.contains("already imported") && e.contains("--allow-duplicates"),
        "{e}"
    );
    // The same entries in another file (the JSON export) are named by id.
    let e = env.input_error(&["import", &data("jrnl-real.json")]);
    assert!(
        e.contains("5 of its records are already in the book") && e.contains("(2022-12-19)"),
        "{e}"
    );
    assert_eq!(env.db_bytes(), before);
    env.ok(&["import", &data("jrnl-real.json"), "--allow-duplicates"]);
    assert_eq!(env.json(&["log", "2022-12"]).as_array().unwrap().len(), 10);

    let env = TestEnv::new();
    env.ok(&["import", &data("taskwarrior-real.json")]);
    let lines: Vec<String> =
        serde_json::from_str::<Vec<Value>>(&std::fs::read_to_string(data("taskwarrior-real.json")).unwrap())
            .unwrap()
            .iter()
            .map(Value::to_string)
            .collect();
    let f = file(&env, "tasks.ndjson", &lines.join("\n"));
    let e = env.input_error(&["import", &f]);
    assert!(
        e.contains("7 of its records") && e.contains("taskwarrior:a97b992f"),
        "{e}"
    );
}

#[test]
fn the_format_is_recognised_and_a_wrong_from_says_what_the_file_looks_like() {
    let env = TestEnv::new();
    let e = env.input_error(&["import", &data("taskwarrior-real.json"), "--from", "jrnl"]);
    assert!(
        e.contains("looks like a taskwarrior file, not jrnl") && e.contains("--from taskwarrior"),
        "{e}"
    );
    let e = env.input_error(&["import", &data("jrnl-real.txt"), "--from", "csv"]);
    assert!(e.contains("looks like a jrnl file, not csv"), "{e}");
    let e = env.input_error(&[
        "--lang",
        "vi",
        "import",
        &data("jrnl-real.json"),
        "--from",
        "taskwarrior",
    ]);
    assert!(e.contains("trông như tệp jrnl"), "{e}");
    let csv = file(&env, "a.csv", "date,text\n2022-12-19,Họp\n");
    assert!(env.ok(&["import", &csv]).starts_with("Imported 1 entries"));
}

#[test]
fn an_empty_file_imports_nothing_and_leaves_no_undo_step() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    for (name, text) in [
        ("e.csv", ""),
        ("e.json", "  \n"),
        ("e2.json", "[]"),
        ("h.csv", "date,text\n"),
    ] {
        let f = file(&env, name, text);
        let before = env.db_bytes();
        let out = env.ok(&["import", &f]);
        assert!(out.contains("nothing was imported"), "{name}: {out}");
        assert_eq!(env.db_bytes(), before, "{name}");
    }
    // The last command that wrote is still the `add`.
    assert!(env.ok(&["undo"]).contains("add entry"));
}

/// Issue 16 item 6 (SPEC §11 R11): text from import and merge files is stored and shown
/// cleaned and NFC, like typed text.
#[test]
fn r11_text_from_files_is_cleaned_and_nfc() {
    let nfd = "Kie\u{302}\u{309}m tra";
    let env = TestEnv::new();
    let jrnl = format!(
        r#"{{"entries":[{{"title":"{nfd} \u001b[31mđỏ\u001b[0m #the\u0301","body":"","date":"2022-12-19","time":"08:00","starred":false}}]}}"#
    );
    env.ok(&["import", &file(&env, "j.json", &jrnl)]);
    let tw = format!(
        r#"[{{"uuid":"u1","description":"{nfd}\u0007","status":"pending","entry":"20221201T010000Z","project":"Va\u0306n\u001bPho\u0300ng","tags":["the\u0301"]}}]"#
    );
    env.ok(&["import", &file(&env, "t.json", &tw)]);
    let log = env.json(&["log", "2022-12"]);
    assert_eq!(log[0]["text"], "Kiểm tra [31mđỏ[0m #thé");
    assert_eq!(log[0]["tags"], json!(["thé"]));
    let task = &env.json(&["task", "list", "--all"])[0];
    assert_eq!(
        (task["title"].as_str(), task["tags"].clone()),
        (Some("Kiểm tra"), json!(["project:vănphòng", "thé"]))
    );

    // A worklog export carrying raw text: stored clean.
    let export = env.ok(&["export"]).replace("Kiểm tra", &format!("{nfd}\\u001b"));
    let copy = TestEnv::new();
    copy.ok(&["import", &file(&copy, "e.json", &export), "--from", "worklog"]);
    assert!(
        copy.json(&["log", "2022-12"])[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Kiểm tra ["),
        "{}",
        copy.json(&["log", "2022-12"])
    );

    // A merge file from someone else's machine.
    let mut month: Value = serde_json::from_str(&env.ok(&["report", "month", "--format", "json"])).unwrap();
    month["person"]["name"] = format!("A\u{1b}[2J{nfd}").into();
    let f = file(&env, "m.json", &month.to_string());
    let out = env.ok(&["report", "merge", &f]);
    assert!(!out.contains('\u{1b}'), "{out}");
    assert_eq!(
        env.json(&["report", "merge", &f])["people"][0]["name"],
        "A[2JKiểm tra"
    );
}
