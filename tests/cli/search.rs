use crate::common::TestEnv;
use serde_json::Value;

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .expect("a JSON array")
        .iter()
        .map(|h| h["id"].as_i64().expect("id"))
        .collect()
}

/// Tasks, notes, documents and facts written straight into the file, with wl_fold
/// registered as the store does, so that the triggers index them.
fn seed_other_records(env: &TestEnv) {
    env.ok(&["add", "seed"]); // creates and migrates the file
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.create_scalar_function(
        "wl_fold",
        1,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8
            | rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let v: Option<String> = ctx.get(0)?;
            Ok(v.map(|s| worklog::text::fold(&s)))
        },
    )
    .unwrap();
    conn
        .execute_batch(
            "INSERT INTO records(id, kind) VALUES (100, 'task'), (101, 'note'), (102, 'document'), (103, 'fact');
             INSERT INTO tasks(id, title, due, assigned, created_at, updated_at)
               VALUES (100, 'Đôn đốc báo cáo đường sắt', '2022-11-30', '2022-11-01', 'x', 'x');
             INSERT INTO task_events(id, task_id, date, kind, text, created_at, updated_at)
               VALUES (101, 100, '2022-11-15', 'note', 'Sở trả lời về đường sắt', 'x', 'x');
             INSERT INTO documents(id, number, number_key, title, issuer, status, issued_on, created_at, updated_at)
               VALUES (102, '12/2022/QĐ-UBND', '12/2022/QDUBND', 'Quy định về đường bộ', 'UBND tỉnh', 'issued', '2022-03-01', 'x', 'x');
             INSERT INTO facts(id, text, value, source, as_of, created_at, updated_at)
               VALUES (103, 'Chiều dài đường tỉnh', '1.234 km', 'Sở Xây dựng', '2021-12-31', 'x', 'x');
             -- written behind worklog's back: indexed for search by hand
             INSERT INTO search_idx(rowid, body) VALUES
               (100, wl_fold('Đôn đốc báo cáo đường sắt')),
               (101, wl_fold('Sở trả lời về đường sắt')),
               (102, wl_fold('12/2022/QĐ-UBND Quy định về đường bộ UBND tỉnh')),
               (103, wl_fold('Chiều dài đường tỉnh 1.234 km Sở Xây dựng'));",
        )
        .unwrap();
}

#[test]
fn folds_diacritics_and_d_bar() {
    let env = TestEnv::new();
    env.ok(&["add", "Tham mưu văn bản về đường giao thông"]);
    env.ok(&["add", "Họp giao ban"]);
    assert_eq!(ids(&env.json(&["search", "tham", "muu"])), [1]);
    assert_eq!(ids(&env.json(&["search", "duong"])), [1]);
    assert_eq!(ids(&env.json(&["search", "ĐƯỜNG"])), [1]);
    assert_eq!(ids(&env.json(&["search", "giao"])).len(), 2);
    // words are ANDed
    assert_eq!(ids(&env.json(&["search", "hop giao"])), [2]);
    assert!(ids(&env.json(&["search", "tham", "hop"])).is_empty());
}

#[test]
fn the_original_text_is_returned_not_the_folded_one() {
    let env = TestEnv::new();
    env.ok(&["add", "Tham mưu văn bản", "-d", "19/12"]);
    let v = env.json(&["search", "tham muu"]);
    assert_eq!(v[0]["type"], "entry");
    assert_eq!(v[0]["text"], "Tham mưu văn bản");
    assert_eq!(v[0]["date"], "2022-12-19");
    assert!(v[0]["rank"].is_f64());
}

#[test]
fn document_numbers_match_without_the_d_bar() {
    let env = TestEnv::new();
    env.ok(&["add", "Triển khai quy định", "--doc", "45/2022/QĐ-UBND"]);
    env.ok(&["add", "Góp ý 08/QĐ-UBND của tỉnh"]);
    env.ok(&["add", "Không liên quan UBND"]);
    let mut found = ids(&env.json(&["search", "QD-UBND"]));
    found.sort();
    assert_eq!(found, [1, 2]);
    assert_eq!(ids(&env.json(&["search", "45/2022/qd-ubnd"])), [1]);
}

#[test]
fn an_nfd_query_finds_nfc_text() {
    let env = TestEnv::new();
    env.ok(&["add", "Làm việc với Sở Lao động"]);
    // "động" decomposed: o + dot below + circumflex
    let nfd = "\u{111}o\u{323}\u{302}ng";
    assert_eq!(ids(&env.json(&["search", nfd])), [1]);
}

#[test]
fn hostile_queries_are_plain_text() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban: UBND-Sở (NOT) chuẩn bị"]);
    for q in [
        "ubnd-so",
        "NOT",
        "(họp",
        "\"",
        "*",
        "giao ban:",
        "a OR b",
        "NEAR(a b)",
        "'",
        "^x",
        "x:y",
    ] {
        let o = env.run(&["search", q]);
        assert_eq!(o.code, 0, "{q}: {}", o.all());
    }
    assert_eq!(ids(&env.json(&["search", "ubnd-so"])), [1]);
    assert_eq!(ids(&env.json(&["search", "NOT"])), [1]);
    assert_eq!(ids(&env.json(&["search", "(họp"])), [1]);
    assert_eq!(ids(&env.json(&["search", "giao ban:"])), [1]);
    assert!(ids(&env.json(&["search", "*"])).is_empty());
}

#[test]
fn an_empty_query_is_an_input_error() {
    let env = TestEnv::new();
    let err = env.input_error(&["search", "  "]);
    assert!(err.contains("empty"), "{err}");
    env.input_error(&["search", "\u{301}"]);
}

#[test]
fn in_limits_the_record_types() {
    let env = TestEnv::new();
    env.ok(&["add", "Khảo sát đường giao thông"]);
    seed_other_records(&env);
    let all = env.json(&["search", "duong"]);
    let mut types: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["type"].as_str().unwrap())
        .collect();
    types.sort();
    assert_eq!(types, ["document", "entry", "fact", "note", "task"]);
    assert_eq!(ids(&env.json(&["search", "duong", "--in", "entries"])), [1]);
    assert_eq!(ids(&env.json(&["search", "duong", "--in", "docs"])), [102]);
    assert_eq!(ids(&env.json(&["search", "duong", "--in", "facts"])), [103]);
    let mut t = ids(&env.json(&["search", "duong", "--in", "tasks"]));
    t.sort();
    assert_eq!(t, [100, 101]);
    let note = env.json(&["search", "tra loi"]);
    assert_eq!(note[0]["task"], 100);
    // a document's number, title and issuer are searched, and shown as they were typed
    let d = env.json(&["search", "qd-ubnd", "--in", "docs"]);
    assert_eq!(d[0]["text"], "12/2022/QĐ-UBND · Quy định về đường bộ · UBND tỉnh");
}

#[test]
fn a_period_filters_by_the_records_date() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp lần một", "-d", "01/11/2022"]);
    env.ok(&["add", "Họp lần hai", "-d", "19/12"]);
    seed_other_records(&env);
    assert_eq!(ids(&env.json(&["search", "hop", "2022-12"])), [2]);
    assert_eq!(ids(&env.json(&["search", "hop", "--period", "2022-11"])), [1]);
    assert_eq!(ids(&env.json(&["search", "hop"])).len(), 2);
    // task due 2022-11-30, its note 2022-11-15, document 2022-03-01, fact 2021-12-31
    let mut nov = ids(&env.json(&["search", "duong", "2022-11"]));
    nov.sort();
    assert_eq!(nov, [100, 101]);
    assert_eq!(ids(&env.json(&["search", "duong", "2021"])), [103]);
    assert_eq!(
        ids(&env.json(&["search", "duong", "2022-03-01..2022-03-31"])),
        [102]
    );
    // a Vietnamese word is searched, not read as a period, unless --period says so
    assert!(ids(&env.json(&["search", "hop", "tháng"])).is_empty());
    assert_eq!(ids(&env.json(&["search", "hop", "--period", "tháng này"])), [2]);
    env.input_error(&["search", "hop", "--period", "someday"]);
}

#[test]
fn deleted_entries_leave_and_undo_brings_them_back() {
    let env = TestEnv::new();
    env.ok(&["add", "Tiếp công dân"]);
    env.ok(&["add", "Tiếp dân định kỳ"]);
    env.ok(&["rm", "1"]);
    assert_eq!(ids(&env.json(&["search", "tiep"])), [2]);
    env.ok(&["undo"]);
    let mut found = ids(&env.json(&["search", "tiep"]));
    found.sort();
    assert_eq!(found, [1, 2]);
    // undo of an add removes the entry from search
    env.ok(&["add", "Kiểm tra đột xuất"]);
    assert_eq!(ids(&env.json(&["search", "dot xuat"])), [3]);
    env.ok(&["undo"]);
    assert!(ids(&env.json(&["search", "dot xuat"])).is_empty());
}

#[test]
fn edit_updates_the_index() {
    let env = TestEnv::new();
    env.ok(&["add", "Dự thảo tờ trình", "--doc", "12/TTr-UBND"]);
    assert_eq!(ids(&env.json(&["search", "to trinh"])), [1]);
    env.ok(&["edit", "1", "Dự thảo kế hoạch", "--doc", "07/KH-UBND"]);
    assert!(ids(&env.json(&["search", "to trinh"])).is_empty());
    assert!(ids(&env.json(&["search", "ttr-ubnd"])).is_empty());
    assert_eq!(ids(&env.json(&["search", "ke hoach"])), [1]);
    assert_eq!(ids(&env.json(&["search", "kh-ubnd"])), [1]);
    env.ok(&["undo"]);
    assert_eq!(ids(&env.json(&["search", "to trinh"])), [1]);
    assert_eq!(ids(&env.json(&["search", "ttr-ubnd"])), [1]);
    assert!(ids(&env.json(&["search", "ke hoach"])).is_empty());
}

#[test]
fn dry_run_does_not_index() {
    let env = TestEnv::new();
    env.ok(&["add", "một"]);
    env.ok(&["--dry-run", "add", "Thẩm định hồ sơ"]);
    assert!(ids(&env.json(&["search", "tham dinh"])).is_empty());
}

#[test]
fn table_output() {
    let env = TestEnv::new();
    env.ok(&["add", "Tham mưu văn bản về đường giao thông", "-d", "19/12"]);
    env.ok(&["add", "Đường dây nóng", "-d", "20/12"]);
    let o = env.run(&["--lang", "vi", "search", "duong"]);
    insta::assert_snapshot!("search_table_vi", o.all());
    let o = env.run(&["search", "nothing-here"]);
    insta::assert_snapshot!("search_empty_en", o.all());
}

#[test]
fn a_missing_database_is_not_created() {
    let env = TestEnv::new();
    assert!(ids(&env.json(&["search", "x"])).is_empty());
    assert!(!env.db().exists());
}

/// 600 entries that all match `hop`, imported in date order: rows 1–100 in 2021, the
/// rest in 2022. Row 3 (old) and row 590 (recent) match best.
fn many_matches(env: &TestEnv) {
    let mut csv = String::from("date,text\n");
    for i in 1..=600 {
        let date = if i <= 100 {
            format!("{:02}/{:02}/2021", 1 + i % 28, 1 + i % 12)
        } else {
            format!("{:02}/{:02}/2022", 1 + i % 28, 1 + i % 12)
        };
        let text = match i {
            3 => format!("Họp họp họp họp lần {i}"),
            590 => format!("Họp họp họp lần {i}"),
            _ => format!("Họp giao ban định kỳ với các phòng lần {i}"),
        };
        csv.push_str(&format!("{date},{text}\n"));
    }
    let f = env.dir.path().join("many.csv");
    std::fs::write(&f, csv).unwrap();
    env.ok(&["import", f.to_str().unwrap(), "--from", "csv"]);
}

fn texts(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a JSON array")
        .iter()
        .map(|h| h["text"].as_str().expect("text").to_string())
        .collect()
}

#[test]
fn many_matches_rank_the_newest_500_and_say_so() {
    let env = TestEnv::new();
    many_matches(&env);
    // the default: the best 50 of the 500 most recently recorded (rows 101–600)
    let shown = texts(&env.json(&["search", "hop"]));
    assert_eq!(shown.len(), 50);
    assert_eq!(shown[0], "Họp họp họp lần 590");
    assert!(!shown.iter().any(|t| t.ends_with("lần 3")));
    let rows: Vec<i64> = shown
        .iter()
        .map(|t| t.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert!(rows.iter().all(|&r| r > 100), "{rows:?}");
    // --limit is honoured, in the same order
    let five = texts(&env.json(&["search", "hop", "--limit", "5"]));
    assert_eq!(five, shown[..5]);
    // the footer says what was ranked, in both languages
    let o = env.run(&["search", "hop", "-n", "2"]);
    assert!(
        o.stdout
            .contains("the best 2 of the 500 most recently recorded matches; more records match"),
        "{}",
        o.stdout
    );
    let o = env.run(&["--lang", "vi", "search", "hop", "-n", "2"]);
    insta::assert_snapshot!("search_window_vi", o.all());
    // --limit 0 ranks every match: the old row comes first
    let all = texts(&env.json(&["search", "hop", "--limit", "0"]));
    assert_eq!(all.len(), 600);
    assert_eq!(all[0], "Họp họp họp họp lần 3");
    assert_eq!(all[1], "Họp họp họp lần 590");
    let o = env.run(&["search", "hop", "--limit", "0"]);
    assert!(o.stdout.contains("600 found"), "{}", o.stdout);
    // a larger --limit widens the window to it
    assert_eq!(
        texts(&env.json(&["search", "hop", "--limit", "600"]))[0],
        "Họp họp họp họp lần 3"
    );
}

#[test]
fn filters_apply_before_the_window() {
    let env = TestEnv::new();
    many_matches(&env);
    // the 100 rows of 2021 are older than the newest 500, yet a period finds and ranks them all
    let old = texts(&env.json(&["search", "hop", "2021", "--limit", "0"]));
    assert_eq!(old.len(), 100);
    assert_eq!(old[0], "Họp họp họp họp lần 3");
    let o = env.run(&["search", "hop", "2021"]);
    assert!(o.stdout.contains("the first 50 results"), "{}", o.stdout);
    // a record type with no match finds nothing, however many entries match
    assert!(ids(&env.json(&["search", "hop", "--in", "docs"])).is_empty());
    assert_eq!(ids(&env.json(&["search", "hop", "--in", "entries"])).len(), 50);
}
