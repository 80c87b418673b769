//! `worklog export` and `import --from worklog` (SPEC §7, §11 R6): a varied database
//! exports, imports into an empty one and exports again to the same bytes; the copy
//! answers every read command the same; bad files and non-empty targets are refused.

use crate::common::TestEnv;
use serde_json::Value;

fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn id(v: &Value) -> String {
    v["id"].to_string()
}

/// Every kind of record, links, a timeline, a retired unit, a deleted entry, a submission.
pub(crate) fn varied() -> TestEnv {
    let env = TestEnv::new().with_units();
    env.ok(&["unit", "add", "snv", "Sở Nội vụ", "--kind", "department"]);
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định chức năng nhiệm vụ",
        "--issuer",
        "UBND tỉnh",
        "--issued",
        "01/12/2022",
        "-f",
        "laodong",
    ]);
    env.ok(&[
        "doc",
        "add",
        "--title",
        "Quy định mức hỗ trợ",
        "--required",
        "--level",
        "province",
        "--due",
        "31/01/2023",
        "-u",
        "yte",
    ]);
    let t1 = env.json(&[
        "task",
        "add",
        "Đề án 06 về dữ liệu dân cư",
        "-u",
        "ldtbxh",
        "--major",
        "--due",
        "30/12/2022",
        "--doc",
        "45/2022/QĐ-UBND",
    ]);
    let t2 = env.json(&["task", "add", "Báo cáo quý IV", "-p", "high"]);
    let t3 = env.json(&["task", "add", "Tổng hợp số liệu", "-f", "laodong"]);
    env.ok(&["task", "start", &id(&t1)]);
    env.ok(&["task", "note", &id(&t1), "Sở đã trả lời bằng văn bản"]);
    env.ok(&[
        "task",
        "move",
        &id(&t2),
        "2022-W52",
        "--reason",
        "Chờ số liệu của Sở",
    ]);
    env.ok(&["task", "done", &id(&t3), "--note", "Đã gửi"]);
    env.ok(&[
        "add",
        "Họp giao ban @ldtbxh #giao-ban",
        "-d",
        "19/12/2022",
        "-k",
        "meeting",
        "-f",
        "laodong",
        "-m",
        "90",
        "--doc",
        "45/2022/QĐ-UBND",
    ]);
    env.ok(&[
        "add",
        "Dự thảo tờ trình",
        "-u",
        "yte",
        "-t",
        "to-trinh",
        "--task",
        &id(&t1),
    ]);
    env.ok(&[
        "add",
        "Công thức =1+1 \"trích dẫn\", dấu phẩy\nhai dòng",
        "-d",
        "20/12/2022",
    ]);
    let gone = env.json(&["add", "Mục sẽ xóa"]);
    env.ok(&["rm", &id(&gone)]);
    env.ok(&["plan", "goal", "Trình ký báo cáo trước thứ Sáu"]);
    env.ok(&[
        "contingency",
        "add",
        "Sở chậm gửi số liệu",
        "--response",
        "Dùng số liệu ước tính",
    ]);
    env.ok(&[
        "blocker",
        "add",
        "Thiếu kinh phí",
        "-u",
        "yte",
        "--task",
        &id(&t1),
        "--proposal",
        "Đề nghị bổ sung",
    ]);
    let fact = env.json(&[
        "fact",
        "add",
        "Số lao động có việc làm",
        "--value",
        "1.234.000 người",
        "--source",
        "Cục Thống kê",
        "--as-of",
        "01/01/2022",
        "-f",
        "laodong",
    ]);
    // corrections keep history: a fact's earlier value, a task's rescheduling
    env.ok(&[
        "edit",
        &id(&fact),
        "--value",
        "1.240.000 người",
        "--as-of",
        "01/07/2022",
    ]);
    env.ok(&[
        "edit",
        &id(&t2),
        "--due",
        "28/12/2022",
        "--reason",
        "Sở xin lùi hạn",
    ]);
    env.ok(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "20/12/2022",
        "--replaced-by",
        "snv",
    ]);
    // An import: entries with times of day, and the import's provenance.
    let jrnl = format!("{}/tests/data/jrnl-real.txt", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["import", &jrnl, "--from", "jrnl"]);
    env.ok(&["report", "month", "--submit"]);
    // A consultation answered with a task that keeps the link.
    env.write_config("[leaders]\npct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"\n");
    let c = env.json(&[
        "consult",
        "add",
        "Báo cáo giải ngân",
        "--leader",
        "pct-tuan",
        "--for",
        "22/12/2022",
    ]);
    env.ok(&[
        "consult",
        "answer",
        &id(&c),
        "--opinion",
        "Đồng ý",
        "--task",
        "Rà soát",
        "-u",
        "yte",
    ]);
    env
}

fn without(mut v: Value, key: &str) -> Value {
    match &mut v {
        Value::Object(m) => {
            m.remove(key);
            for x in m.values_mut() {
                *x = without(x.take(), key);
            }
        }
        Value::Array(a) => {
            for x in a.iter_mut() {
                *x = without(x.take(), key);
            }
        }
        _ => {}
    }
    v
}

#[test]
fn export_import_export_is_byte_identical_and_the_copy_reads_the_same() {
    let a = varied();
    let first = a.ok(&["export"]);
    let doc: Value = serde_json::from_str(&first).expect("export is JSON");
    assert_eq!(doc["format"], "worklog-export");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["schema_version"], worklog::store::LATEST_VERSION);
    let tables = doc["tables"].as_object().unwrap();
    let names: Vec<&str> = tables.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "records",
            "units",
            "fields",
            "plans",
            "goals",
            "tasks",
            "task_events",
            "entries",
            "record_units",
            "record_tags",
            "record_docs",
            "contingencies",
            "blockers",
            "documents",
            "facts",
            "submissions",
            "fact_history",
            "task_changes",
            "imports",
            "import_items",
            "consultations",
            "consultation_links",
            "proposals",
            "proposal_links"
        ]
    );
    // No command writes proposals yet (issue 12 item 2).
    for t in names
        .iter()
        .filter(|t| !["record_docs", "proposals", "proposal_links"].contains(t))
    {
        assert!(!tables[*t].as_array().unwrap().is_empty(), "table {t} is empty");
    }
    assert!(
        tables["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"] == "Mục sẽ xóa" && e["deleted_at"].is_string()),
        "the soft-deleted entry is exported"
    );
    assert!(
        tables["units"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["valid_to"] == "2022-12-20")
    );
    assert!(!first.contains("undo_") && !first.contains("search_idx"));
    let path = file(&a, "export.json", &first);
    // -o writes the same bytes (no byte-order mark on JSON)
    let o = a.dir.path().join("o.json");
    a.ok(&["export", "-o", o.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&o).unwrap(), first);

    // The target has used and undone an id: empty of records, sequence at 1.
    let b = TestEnv::new();
    b.ok(&["add", "tạm"]);
    b.ok(&["undo"]);
    let out = b.ok(&["import", &path, "--from", "worklog"]);
    let n = tables["records"].as_array().unwrap().len();
    assert!(out.starts_with(&format!("Imported {n} records")), "{out}");
    let second = b.ok(&["export"]);
    assert_eq!(first, second, "export → import → export is byte-identical");

    // The copy answers like the original.
    let next = doc["next_id"].as_i64().unwrap();
    for i in 1..next {
        let i = i.to_string();
        let (x, y) = (
            a.run(&["show", &i, "--format", "json"]),
            b.run(&["show", &i, "--format", "json"]),
        );
        assert_eq!((x.code, &x.stdout), (y.code, &y.stdout), "show {i}");
    }
    for args in [
        &["log", "2022"][..],
        &["task", "list", "--all"],
        &["unit", "list", "--all"],
        &["doc", "list"],
        &["fact", "list"],
        &["blocker", "list"],
        &["contingency", "list"],
        &["plan", "week"],
        &["search", "giao ban"],
        &["search", "trả lời"],
        &["status"],
    ] {
        assert_eq!(a.json(args), b.json(args), "{args:?}");
    }
    let found = b.json(&["search", "tra loi"]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    let ra = without(a.json(&["report", "month"]), "generated_at");
    let rb = without(b.json(&["report", "month"]), "generated_at");
    assert_eq!(ra, rb);
    assert_eq!(a.ok(&["report", "month"]), b.ok(&["report", "month"]));
    // Ids are never reused: both databases give the next record the same id.
    let na = a.json(&["add", "Mục mới"]);
    let nb = b.json(&["add", "Mục mới"]);
    assert_eq!(na["id"], nb["id"]);
    assert_eq!(na["id"], next);
}

#[test]
fn import_is_undone_whole_and_dry_run_writes_nothing() {
    let a = varied();
    let path = file(&a, "export.json", &a.ok(&["export"]));
    let b = TestEnv::new();
    let out = b.ok(&["import", &path, "--from", "worklog", "--dry-run"]);
    assert!(out.starts_with("Would import"), "{out}");
    let empty = b.json(&["export"]);
    assert_eq!(empty["tables"]["records"], serde_json::json!([]));
    assert_eq!(empty["next_id"], 1);
    b.ok(&["import", &path, "--from", "worklog"]);
    let out = b.ok(&["undo"]);
    assert!(out.contains("import of the export"), "{out}");
    let after = b.json(&["export"]);
    for (t, rows) in after["tables"].as_object().unwrap() {
        assert_eq!(rows, &serde_json::json!([]), "table {t} after undo");
    }
    assert!(b.json(&["search", "giao ban"]).as_array().unwrap().is_empty());
    // the ids stay used
    assert!(after["next_id"].as_i64().unwrap() > 1);
}

#[test]
fn import_refuses_a_non_empty_database_and_bad_files() {
    let a = varied();
    let path = file(&a, "export.json", &a.ok(&["export"]));
    let before = a.db_bytes();
    let err = a.input_error(&["import", &path, "--from", "worklog"]);
    assert!(
        err.contains("already holds records") && err.contains("--db new.db"),
        "{err}"
    );
    assert_eq!(a.db_bytes(), before);

    let b = TestEnv::new();
    let cases: &[(&str, &str)] = &[
        ("{not json", "not a valid JSON file"),
        (r#"{"format":"taskwarrior","version":1}"#, "format = taskwarrior"),
        (r#"[1,2]"#, "expected a worklog export"),
        (r#"{"format":"worklog-export","version":7}"#, "export version 7"),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":99,"next_id":1,"tables":{}}"#,
            "database version 99",
        ),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":2,"tables":{}}"#,
            "'next_id'",
        ),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":2,"next_id":1,"tables":{"undo_log":[]}}"#,
            "unknown table 'undo_log'",
        ),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":2,"next_id":2,"tables":{"records":[{"id":1,"colour":"red"}]}}"#,
            "no column 'colour'",
        ),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":2,"next_id":2,"tables":{"records":[{"id":1,"kind":"entry"},{"id":1,"kind":"entry"}]}}"#,
            "row 2",
        ),
        (
            r#"{"format":"worklog-export","version":1,"schema_version":2,"next_id":3,"tables":{"record_tags":[{"record_id":2,"tag":"x"}]}}"#,
            "refers to a record missing",
        ),
    ];
    for (i, (text, want)) in cases.iter().enumerate() {
        let f = file(&b, &format!("bad{i}.json"), text);
        let err = b.input_error(&["import", &f, "--from", "worklog"]);
        assert!(err.contains(want), "case {i}: want {want:?} in {err}");
    }
    let e = b.json(&["export"]);
    assert_eq!(e["tables"]["records"], serde_json::json!([]));
    assert_eq!(e["next_id"], 1);
}

#[test]
fn export_options_are_checked() {
    let env = TestEnv::new();
    let err = env.input_error(&["export", "--what", "tasks"]);
    assert!(err.contains("--what goes with --format csv"), "{err}");
    let err = env.input_error(&["export", "2022", "--format", "json"]);
    assert!(err.contains("PERIOD"), "{err}");
    let err = env.input_error(&["export", "--format", "md"]);
    assert!(err.contains("json, csv or xlsx"), "{err}");
    // a missing database is not created by an export
    env.ok(&["export"]);
    assert!(!env.db().exists());
}

#[test]
fn csv_export_of_entries_reimports_to_the_same_log() {
    let a = TestEnv::new().with_units();
    a.ok(&[
        "add",
        "Họp giao ban @ldtbxh #giao-ban",
        "-d",
        "19/12/2022",
        "-k",
        "meeting",
        "-f",
        "laodong",
        "-m",
        "90",
    ]);
    a.ok(&[
        "add",
        "Dự thảo, \"tờ trình\"\ndòng hai",
        "-u",
        "yte",
        "-u",
        "ldtbxh",
        "-t",
        "b",
        "-t",
        "a",
    ]);
    a.ok(&["add", "Tháng trước", "-d", "15/11/2022", "-k", "report"]);
    let gone = a.json(&["add", "Đã xóa"]);
    a.ok(&["rm", &id(&gone)]);
    let csv = a.ok(&["export", "--format", "csv"]);
    assert!(
        csv.starts_with("date,text,kind,field,unit,tags,minutes,time\n"),
        "{csv}"
    );
    assert!(!csv.contains("Đã xóa"));
    let month = a.ok(&["export", "--format", "csv", "--what", "entries", "2022-12"]);
    assert!(
        !month.contains("Tháng trước") && month.contains("Họp giao ban"),
        "{month}"
    );
    let path = file(&a, "entries.csv", &csv);
    let b = TestEnv::new().with_units();
    b.ok(&["import", &path, "--from", "csv"]);
    let strip = |v: Value| without(without(without(v, "id"), "created_at"), "updated_at");
    assert_eq!(strip(a.json(&["log", "2022"])), strip(b.json(&["log", "2022"])));
    // written to a file: a byte-order mark for Excel, and the file re-imports too
    let o = a.dir.path().join("o.csv");
    a.ok(&["export", "--format", "csv", "-o", o.to_str().unwrap()]);
    let bytes = std::fs::read(&o).unwrap();
    assert!(bytes.starts_with("\u{feff}date,".as_bytes()));
    let c = TestEnv::new().with_units();
    c.ok(&["import", o.to_str().unwrap(), "--from", "csv"]);
    assert_eq!(strip(a.json(&["log", "2022"])), strip(c.json(&["log", "2022"])));
}

#[test]
fn csv_exports_of_tasks_docs_facts_neutralise_formulas() {
    let env = TestEnv::new().with_units();
    env.ok(&[
        "task",
        "add",
        "=HYPERLINK(\"x\") báo cáo",
        "-u",
        "yte",
        "--due",
        "30/12/2022",
    ]);
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "@SUM quy định",
        "--issued",
        "01/12/2022",
    ]);
    env.ok(&["fact", "add", "Dân số", "--value", "+1.2 triệu", "-f", "laodong"]);
    let tasks = env.ok(&["export", "--format", "csv", "--what", "tasks"]);
    let mut lines = tasks.lines();
    assert_eq!(
        lines.next(),
        Some("id,title,status,priority,due,plan,unit,major,field,assigned,started,closed,docs")
    );
    let row = lines.next().unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"x\"\") báo cáo\",todo,normal,2022-12-30,"),
        "{row}"
    );
    assert!(row.contains(",yte,"), "{row}");
    let docs = env.ok(&["export", "--format", "csv", "--what", "docs"]);
    assert!(
        docs.starts_with("id,number,title,issuer,level,field,status,issued,due,unit\n"),
        "{docs}"
    );
    assert!(
        docs.contains("45/2022/QĐ-UBND,'@SUM quy định,,province,,issued,2022-12-01,,"),
        "{docs}"
    );
    let facts = env.ok(&["export", "--format", "csv", "--what", "facts"]);
    assert!(facts.contains(",Dân số,'+1.2 triệu,,,laodong"), "{facts}");
    let none = env.ok(&["export", "--format", "csv", "--what", "facts", "2020"]);
    assert_eq!(none, "id,text,value,source,as_of,field\n");
}
