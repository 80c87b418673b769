//! `worklog import FILE --from jrnl|taskwarrior`: the hand-written fixtures under
//! tests/data/ imported and checked record by record through `--format json` listings;
//! undo takes the whole import back; a dry run leaves the file byte for byte; malformed
//! items are refused with exit 2, naming the item (or line) and the field.

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

#[test]
fn jrnl_export_becomes_entries_and_undo_takes_them_back() {
    let env = TestEnv::new();
    env.ok(&["add", "x", "-d", "2022-12-01"]);
    let before = env.db_bytes();
    let out = env.ok(&["import", &data("jrnl.json"), "--from", "jrnl", "--dry-run"]);
    assert!(out.starts_with("Would import 2 entries"), "{out}");
    assert_eq!(env.db_bytes(), before);

    let out = env.ok(&["import", &data("jrnl.json"), "--from", "jrnl"]);
    assert!(out.starts_with("Imported 2 entries"), "{out}");
    let log = env.json(&["log", "2022-12"]);
    let got: Vec<Value> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| pick(e, &["date", "text", "kind", "tags", "units", "minutes"]))
        .collect();
    assert_eq!(
        got,
        vec![
            json!({"date": "2022-12-01", "text": "x", "kind": "other", "tags": [], "units": [], "minutes": null}),
            // Tags are read from the text (no unit `yte` here, so @yte is a tag); the
            // starred entry gets the tag `starred`.
            json!({"date": "2022-12-19", "text": "Họp giao ban tuần.\nThống nhất lịch kiểm tra @yte.", "kind": "other", "tags": ["yte"], "units": [], "minutes": null}),
            json!({"date": "2022-12-20", "text": "Soạn công văn đôn đốc báo cáo", "kind": "other", "tags": ["starred"], "units": [], "minutes": null}),
        ]
    );
    let undo = env.ok(&["undo"]);
    assert!(undo.contains("import 2 entries"), "{undo}");
    assert_eq!(env.json(&["log", "2022-12"]).as_array().unwrap().len(), 1);
}

#[test]
fn taskwarrior_export_becomes_tasks() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let before = env.db_bytes();
    let out = env.ok(&[
        "import",
        &data("taskwarrior.json"),
        "--from",
        "taskwarrior",
        "--dry-run",
    ]);
    assert!(out.starts_with("Would import 3 tasks"), "{out}");
    assert_eq!(env.db_bytes(), before);

    let out = env.ok(&["import", &data("taskwarrior.json"), "--from", "taskwarrior"]);
    assert!(
        out.contains("Imported 3 tasks") && out.contains("2 deleted or recurring skipped"),
        "{out}"
    );
    let tasks = env.json(&["task", "list", "--all"]);
    let got: Vec<Value> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            pick(
                t,
                &[
                    "title",
                    "status",
                    "priority",
                    "due",
                    "tags",
                    "assigned",
                    "closed_on",
                ],
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            // due 15/12 17:00 UTC is 16/12 00:00 in Vietnam
            json!({"title": "Trình kế hoạch tiêm chủng", "status": "todo", "priority": "high", "due": "2022-12-16",
                   "tags": ["khdn", "project:yte", "urgent"], "assigned": "2022-12-01", "closed_on": null}),
            // ended 02/12 18:00 UTC = 03/12 in Vietnam
            json!({"title": "Tổng hợp báo cáo tháng 11", "status": "done", "priority": "normal", "due": null,
                   "tags": [], "assigned": "2022-11-25", "closed_on": "2022-12-03"}),
            json!({"title": "Đọc dự thảo quy chế", "status": "todo", "priority": "low", "due": null,
                   "tags": [], "assigned": "2022-12-10", "closed_on": null}),
        ]
    );
    let first = tasks[0]["id"].as_i64().unwrap().to_string();
    let show = env.json(&["show", &first]);
    let notes: Vec<Value> = show["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "note")
        .map(|e| pick(e, &["date", "text"]))
        .collect();
    assert_eq!(
        notes,
        vec![
            json!({"date": "2022-12-01", "text": "taskwarrior: project YTe"}),
            json!({"date": "2022-12-05", "text": "Sở Y tế hẹn gửi số liệu thứ Sáu"})
        ]
    );

    // One object per line reads the same.
    let lines: Vec<String> =
        serde_json::from_str::<Vec<Value>>(&std::fs::read_to_string(data("taskwarrior.json")).unwrap())
            .unwrap()
            .iter()
            .map(|v| v.to_string())
            .collect();
    let other = TestEnv::new();
    let f = file(&other, "tasks.ndjson", &lines.join("\n"));
    other.ok(&["import", &f, "--from", "taskwarrior"]);
    assert_eq!(
        other.json(&["task", "list", "--all"]).as_array().unwrap().len(),
        3
    );

    let undo = env.ok(&["undo"]);
    assert!(undo.contains("import 3 tasks"), "{undo}");
    assert_eq!(env.json(&["task", "list", "--all"]).as_array().unwrap().len(), 0);
}

#[test]
fn malformed_imports_name_the_item_and_change_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let before = env.db_bytes();
    let f = file(
        &env,
        "bad.json",
        r#"[{"description":"a","status":"pending"},{"description":"b","status":"pending","due":"next week"}]"#,
    );
    let e = env.input_error(&["import", &f, "--from", "taskwarrior"]);
    assert!(
        e.contains("item 2, field 'due'") && e.contains("next week"),
        "{e}"
    );
    let e = env.input_error(&["--lang", "vi", "import", &f, "--from", "taskwarrior"]);
    assert!(e.contains("mục 2, trường 'due'"), "{e}");

    let f = file(
        &env,
        "bad.ndjson",
        "{\"description\":\"a\",\"status\":\"pending\"}\n{\"status\":\"pending\"}\n",
    );
    let e = env.input_error(&["import", &f, "--from", "taskwarrior"]);
    assert!(e.contains("line 2, field 'description'"), "{e}");
    let f = file(&env, "bad2.json", r#"[{"description":"a","status":"started"}]"#);
    let e = env.input_error(&["import", &f, "--from", "taskwarrior"]);
    assert!(
        e.contains("item 1, field 'status'") && e.contains("started"),
        "{e}"
    );
    let f = file(
        &env,
        "bad3.json",
        r#"[{"description":"a","status":"pending","priority":"X"}]"#,
    );
    let e = env.input_error(&["import", &f, "--from", "taskwarrior"]);
    assert!(e.contains("field 'priority'"), "{e}");

    let f = file(
        &env,
        "jrnl.json",
        r#"{"entries":[{"title":"ok","body":"","date":"2022-12-19"},{"title":"t","body":"","date":"19/12/2022"}]}"#,
    );
    let e = env.input_error(&["import", &f, "--from", "jrnl"]);
    assert!(e.contains("item 2, field 'date'"), "{e}");
    let f = file(
        &env,
        "jrnl2.json",
        r#"{"entries":[{"title":"","body":"  ","date":"2022-12-19"}]}"#,
    );
    let e = env.input_error(&["import", &f, "--from", "jrnl"]);
    assert!(e.contains("item 1, field 'title'"), "{e}");
    let f = file(&env, "junk.json", "not json");
    let e = env.input_error(&["import", &f, "--from", "jrnl"]);
    assert!(e.contains("junk.json"), "{e}");
    let e = env.input_error(&["import", &f, "--from", "taskwarrior"]);
    assert!(e.contains("line 1"), "{e}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn jrnl_plain_text_becomes_entries() {
    let env = TestEnv::new();
    let out = env.ok(&["import", &data("jrnl.txt"), "--from", "jrnl"]);
    assert!(out.starts_with("Imported 2 entries"), "{out}");
    let got: Vec<Value> = env
        .json(&["log", "2022-12"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| pick(e, &["date", "text", "tags"]))
        .collect();
    assert_eq!(
        got,
        vec![
            json!({"date": "2022-12-19", "text": "Họp giao ban tuần.\nThống nhất lịch kiểm tra @yte.", "tags": ["yte"]}),
            json!({"date": "2022-12-20", "text": "Soạn công văn đôn đốc báo cáo @giaoban", "tags": ["giaoban"]}),
        ]
    );
    let f = file(&env, "notes.txt", "một dòng không có ngày\n2022-12-19 08:30 x\n");
    let e = env.input_error(&["import", &f, "--from", "jrnl"]);
    assert!(e.contains("line 1, field 'date'"), "{e}");
}
