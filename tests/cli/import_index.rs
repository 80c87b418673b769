//! The search index after a bulk import (SPEC §10 P6): an import indexes its new records
//! in one statement at the end, every other command record by record at its commit. These
//! tests hold the bulk path to the record-by-record one: the index an import builds is
//! the one single commands build; undo takes the records out of search; a failing import
//! leaves the file untouched and the index working. The schema has no search triggers.

use crate::common::TestEnv;
use crate::export::varied;
use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;

fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// Everything the FTS5 index holds: (term, record id, position), sorted.
fn index_content(conn: &Connection) -> Vec<(String, i64, i64)> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search_idx, instance)",
    )
    .unwrap();
    let mut st = conn
        .prepare("SELECT term, doc, offset FROM temp.vocab ORDER BY doc, offset, term")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn index_of(env: &TestEnv) -> Vec<(String, i64, i64)> {
    index_content(&Connection::open(env.db()).unwrap())
}

/// The search triggers the schema holds (none since issue 17).
fn search_triggers(env: &TestEnv) -> Vec<(String, String)> {
    let c = Connection::open(env.db()).unwrap();
    let mut st = c
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%' ORDER BY name")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

/// An empty database that has used (and undone) an id.
fn empty_target() -> TestEnv {
    let b = TestEnv::new();
    b.ok(&["add", "tạm"]);
    b.ok(&["undo"]);
    b
}

/// The words the varied database's records of every kind hold.
const WORDS: &[&str] = &[
    "bao cao",
    "so",
    "van ban",
    "quyet dinh",
    "ubnd",
    "tra loi",
    "ty le",
    "ho ngheo",
    "gui",
    "kiem tra",
    "lao dong",
];

#[test]
fn a_json_import_indexes_every_record_as_single_commands_do() {
    let a = varied();
    let path = file(&a, "export.json", &a.ok(&["export"]));
    let b = empty_target();
    assert!(search_triggers(&b).is_empty());
    b.ok(&["import", &path, "--from", "worklog"]);
    // a's index was built one record at a time, at each command's commit; b's by the import.
    let (ia, ib) = (index_of(&a), index_of(&b));
    assert!(ia.len() > 50, "{ia:?}");
    assert_eq!(ia, ib);
    // entries, tasks, notes, documents and facts all answer the same searches
    let mut kinds = std::collections::BTreeSet::new();
    for w in WORDS {
        let (ra, rb) = (a.json(&["search", w]), b.json(&["search", w]));
        assert_eq!(ra, rb, "search {w}");
        for h in rb.as_array().unwrap() {
            kinds.insert(h["type"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["document", "entry", "fact", "note", "task"],
        "the words reach every kind of record"
    );
    // later commands keep the index in step
    b.ok(&["add", "Khảo sát đường giao thông nông thôn"]);
    let hits = b.json(&["search", "khao sat duong"]);
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
}

#[test]
fn a_csv_import_indexes_its_entries_by_their_definition() {
    let env = TestEnv::new().with_units();
    // a record before the import: indexed once, at its commit, and left alone
    env.ok(&["add", "Họp giao ban đầu tuần", "--doc", "12/QĐ-UBND"]);
    let f = file(
        &env,
        "s.csv",
        "date,text,unit,tags\n\
         19/12/2022,Kiểm tra đường giao thông @yte #kiểm-tra,ldtbxh,gấp\n\
         20/12/2022,\"Dự thảo Quyết định, lần 2\",,\n\
         21/12/2022,Tổng hợp số liệu hộ nghèo Đắk Lắk,yte;ldtbxh,dự-án;tết\n",
    );
    env.ok(&["import", &f]);
    let imported = index_of(&env);
    // The same rows as an entry's own definition gives: its text and its document
    // numbers, folded; re-derived for every entry in a copy.
    let copy = env.dir.path().join("copy.db");
    std::fs::copy(env.db(), &copy).unwrap();
    let c = Connection::open(&copy).unwrap();
    c.create_scalar_function(
        "wl_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let v: Option<String> = ctx.get(0)?;
            Ok(v.map(|s| worklog::text::fold(&s)))
        },
    )
    .unwrap();
    c.execute_batch(
        "DELETE FROM search_idx;
         INSERT INTO search_idx(rowid, body) SELECT e.id, wl_fold(e.text || coalesce(' ' ||
           (SELECT group_concat(d.number, ' ') FROM record_docs d WHERE d.record_id = e.id), ''))
           FROM entries e WHERE e.deleted_at IS NULL;",
    )
    .unwrap();
    let by_definition = index_content(&c);
    assert_eq!(imported, by_definition);
    assert!(imported.iter().any(|(t, _, _)| t == "dak"), "{imported:?}");
    for (w, n) in [
        ("duong", 1),
        ("quyet dinh", 1),
        ("giao ban", 1),
        ("ubnd", 1),
        ("ho ngheo", 1),
    ] {
        let hits = env.json(&["search", w]);
        assert_eq!(hits.as_array().unwrap().len(), n, "search {w}: {hits}");
    }
}

#[test]
fn undo_of_a_json_import_takes_its_records_out_of_search() {
    let a = varied();
    let path = file(&a, "export.json", &a.ok(&["export"]));
    let b = empty_target();
    b.ok(&["import", &path, "--from", "worklog"]);
    assert!(!b.json(&["search", "bao cao"]).as_array().unwrap().is_empty());
    b.ok(&["undo"]);
    for w in WORDS {
        assert_eq!(b.json(&["search", w]), serde_json::json!([]), "search {w}");
    }
    assert!(index_of(&b).is_empty());
    b.ok(&["add", "Báo cáo sau khi hoàn tác"]);
    assert_eq!(b.json(&["search", "bao cao"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_failing_json_import_changes_no_byte_and_leaves_the_triggers() {
    let a = varied();
    let export: serde_json::Value = serde_json::from_str(&a.ok(&["export"])).unwrap();
    let b = empty_target();
    let triggers = search_triggers(&b);
    let before = b.db_bytes();
    // A bad last row of the last tables (every row before it is already in), and a
    // broken link found only once all rows are in.
    let mut bad_value = export.clone();
    let facts = bad_value["tables"]["facts"].as_array_mut().unwrap();
    let last = facts.len();
    facts[last - 1]["value"] = serde_json::json!(true);
    let mut broken_link = export.clone();
    broken_link["tables"]["record_tags"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"record_id": 999_999, "tag": "mồ-côi"}));
    let mut unknown_column = export;
    let subs = unknown_column["tables"]["submissions"].as_array_mut().unwrap();
    subs.push(serde_json::json!({"id": 1, "colour": "red"}));
    for (name, doc, want) in [
        ("value", bad_value, format!("table 'facts', row {last}")),
        ("link", broken_link, "record_tags".to_string()),
        ("column", unknown_column, "no column 'colour'".to_string()),
    ] {
        let f = file(&b, &format!("{name}.json"), &doc.to_string());
        let err = b.input_error(&["import", &f, "--from", "worklog"]);
        assert!(err.contains(&want), "{name}: want {want:?} in {err}");
        assert_eq!(b.db_bytes(), before, "{name}: the database changed");
        assert_eq!(search_triggers(&b), triggers, "{name}: the triggers changed");
    }
    b.ok(&["add", "Kiểm tra đường giao thông"]);
    let hits = b.json(&["search", "duong"]);
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
}

#[test]
fn json_rows_keep_their_reading_rules() {
    // A repeated column keeps its first place and takes the last value (as a JSON object
    // read into a map); rows may leave columns out (their defaults apply) and change
    // their set of columns mid-table.
    let b = TestEnv::new();
    let text = r#"{"format":"worklog-export","version":1,"schema_version":1,"next_id":4,"tables":{
        "records":[{"id":1,"kind":"fact"},{"kind":"entry","id":2},{"id":3,"kind":"entry"}],
        "entries":[
          {"id":2,"date":"2022-12-19","text":"cũ","text":"Rà soát hồ sơ","kind":"other","created_at":"2022-12-19T08:00:00+07:00","updated_at":"2022-12-19T08:00:00+07:00"},
          {"id":3,"date":"2022-12-20","text":"Họp tổ công tác","created_at":"2022-12-20T08:00:00+07:00","updated_at":"2022-12-20T08:00:00+07:00"}],
        "facts":[{"id":1,"text":"Tỷ lệ hộ nghèo","value":1.5e0,"created_at":"2022-12-20T08:00:00+07:00","updated_at":"2022-12-20T08:00:00+07:00"}]}}"#;
    let f = file(&b, "rules.json", text);
    b.ok(&["import", &f, "--from", "worklog"]);
    let v = b.json(&["log", "week"]);
    assert_eq!(v[0]["text"], "Rà soát hồ sơ");
    assert_eq!(v[1]["kind"], "other", "the column default");
    let e: serde_json::Value = serde_json::from_str(&b.ok(&["export"])).unwrap();
    // a number in a TEXT column becomes text, as SQLite's column affinity has it
    assert_eq!(e["tables"]["facts"][0]["value"], "1.5");
    assert_eq!(b.json(&["search", "ho so"]).as_array().unwrap().len(), 1);
    assert_eq!(b.json(&["search", "ho ngheo"]).as_array().unwrap().len(), 1);
}
