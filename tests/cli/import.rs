use crate::common::TestEnv;

fn file(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn import_csv_all_columns() {
    let env = TestEnv::new().with_units();
    let f = file(
        &env,
        "so.csv",
        "\u{feff}date,text,kind,field,unit,tags,minutes\n\
         19/12/2022,Họp giao ban,họp,laodong,ldtbxh;yte,giao-ban;tuần,60\n\
         hôm qua,\"Dự thảo, lần 2\",draft,,,,\n",
    );
    let o = env.run(&["import", &f, "--from", "csv"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(o.stdout.starts_with("Imported 2 entries"), "{}", o.stdout);
    let v = env.json(&["log", "week"]);
    assert_eq!(v[0]["text"], "Họp giao ban");
    assert_eq!(v[0]["kind"], "meeting");
    assert_eq!(v[0]["units"], serde_json::json!(["ldtbxh", "yte"]));
    assert_eq!(v[0]["tags"], serde_json::json!(["giao-ban", "tuần"]));
    assert_eq!(v[0]["minutes"], 60);
    assert_eq!(v[1]["text"], "Dự thảo, lần 2");
    assert_eq!(v[1]["date"], "2022-12-20");
}

#[test]
fn import_is_all_or_nothing_and_names_line_and_column() {
    let env = TestEnv::new().with_units();
    let before = env.db_bytes();
    let f = file(
        &env,
        "bad.csv",
        "date,text,unit\n19/12/2022,ok,yte\n20/12/2022,bad,ldtbhx\n",
    );
    let err = env.input_error(&["import", &f]);
    assert!(
        err.contains("line 3") && err.contains("'unit'") && err.contains("ldtbxh"),
        "{err}"
    );
    assert_eq!(env.db_bytes(), before);
    let f = file(&env, "bad2.csv", "date,text\n31/02/2022,x\n");
    let err = env.input_error(&["import", &f]);
    assert!(err.contains("line 2") && err.contains("'date'"), "{err}");
    let f = file(&env, "bad3.csv", "day,text\n");
    let err = env.input_error(&["import", &f]);
    assert!(err.contains("'day'"), "{err}");
    let f = file(&env, "bad4.csv", "text\nx\n");
    let err = env.input_error(&["import", &f]);
    assert!(err.contains("'date'"), "{err}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn import_dry_run_counts_and_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let before = env.db_bytes();
    let f = file(&env, "ok.csv", "date,text\n19/12/2022,a\n20/12/2022,b\n");
    let out = env.ok(&["import", &f, "--dry-run"]);
    assert!(out.starts_with("Would import 2 entries"), "{out}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn import_of_a_missing_file_or_other_format() {
    let env = TestEnv::new();
    let err = env.input_error(&["import", "nope.csv"]);
    assert!(err.contains("nope.csv"), "{err}");
}

#[test]
fn import_many_rows() {
    let env = TestEnv::new();
    let mut text = String::from("date,text,minutes\n");
    for i in 0..5000 {
        text.push_str(&format!("{}/12/2022,Việc số {i},{}\n", i % 28 + 1, i % 120));
    }
    let f = file(&env, "big.csv", &text);
    env.ok(&["import", &f]);
    assert_eq!(env.json(&["log", "2022-12"]).as_array().unwrap().len(), 5000);
}

#[test]
fn imported_rows_are_searchable_and_undo_takes_them_back() {
    let env = TestEnv::new().with_units();
    let f = file(
        &env,
        "s.csv",
        "date,text,unit,tags\n19/12/2022,Kiểm tra đường giao thông,yte,kiểm-tra\n20/12/2022,Họp giao ban,,\n",
    );
    env.ok(&["import", &f]);
    let hits = env.json(&["search", "duong"]);
    assert_eq!(hits.as_array().unwrap().len(), 1, "{hits}");
    assert_eq!(hits[0]["text"], "Kiểm tra đường giao thông");
    let v = env.json(&["log", "week"]);
    assert_eq!(v[0]["units"], serde_json::json!(["yte"]));
    assert_eq!(v[0]["tags"], serde_json::json!(["kiểm-tra"]));
    env.ok(&["undo"]);
    assert_eq!(env.json(&["search", "duong"]), serde_json::json!([]));
    // the next record still takes a new id
    assert_eq!(env.json(&["add", "x"])["id"], 6);
}
