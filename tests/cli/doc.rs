use crate::common::TestEnv;

#[test]
fn issued_and_required_documents_with_citations() {
    let env = TestEnv::new().with_units();
    let task = env.json(&["task", "add", "Triển khai quy định", "-u", "ldtbxh"]);
    let tid = task["id"].to_string();
    let d = env.json(&[
        "doc",
        "add",
        "45 / 2022 / QĐ – UBND",
        "--title",
        "Quy định hỗ trợ việc làm",
        "--issued",
        "12/10/2022",
        "-f",
        "laodong",
        "--task",
        &tid,
        "--issuer",
        "UBND tỉnh",
    ]);
    assert_eq!(d["type"], "document");
    assert_eq!(d["number"], "45/2022/QĐ-UBND");
    assert_eq!(d["level"], "province");
    assert_eq!(d["status"], "issued");
    assert_eq!(d["issued_on"], "2022-10-12");
    assert_eq!(d["field"], "laodong");
    assert_eq!(d["cited_by"], serde_json::json!([task["id"]]));
    // an entry citing it without the Đ is found by the folded key
    let e = env.json(&["add", "Họp triển khai", "--doc", "45/2022/QD-UBND"]);
    let shown = env.json(&["show", &d["id"].to_string()]);
    assert_eq!(shown["cited_by"], serde_json::json!([task["id"], e["id"]]));
    let r = env.json(&[
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
    assert_eq!(r["status"], "required");
    assert_eq!(r["number"], serde_json::Value::Null);
    assert_eq!(r["due"], "2023-01-31");
    assert_eq!(r["drafting_unit"], "yte");
    let c = env.json(&[
        "doc",
        "add",
        "18-NQ/TW",
        "--title",
        "Nghị quyết 18",
        "--level",
        "central",
    ]);
    assert_eq!(c["level"], "central");
    assert_eq!(env.json(&["doc", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["doc", "list", "--required"]).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        env.json(&["doc", "list", "--issued", "--level", "central"])[0]["id"],
        c["id"]
    );
    assert_eq!(env.json(&["doc", "list", "-f", "LaoDong"])[0]["id"], d["id"]);
    // the required one is issued later
    let rid = r["id"].to_string();
    let i = env.json(&["doc", "issue", &rid, "12/2022/QĐ-UBND", "--date", "20/12/2022"]);
    assert_eq!(i["status"], "issued");
    assert_eq!(i["number"], "12/2022/QĐ-UBND");
    assert_eq!(i["issued_on"], "2022-12-20");
    let err = env.input_error(&["doc", "issue", &rid, "13/2022/QĐ-UBND", "--date", "20/12/2022"]);
    assert!(err.contains("already issued"), "{err}");
    insta::assert_snapshot!("doc_list_vi", env.run(&["doc", "list", "--lang", "vi"]).all());
}

#[test]
fn malformed_and_duplicate_numbers_are_refused() {
    let env = TestEnv::new().with_units();
    for bad in ["123/ubnd-kt", "/UBND", "123/UBND-", "12/2022"] {
        let err = env.input_error(&["doc", "add", bad, "--title", "x"]);
        assert!(err.contains("45/2022/QĐ-UBND"), "{err}");
    }
    let err = env.input_error(&["doc", "add", "123/ubnd-kt", "--title", "x", "--lang", "vi"]);
    assert!(err.contains("không đúng dạng"), "{err}");
    env.ok(&["doc", "add", "45/2022/QĐ-UBND", "--title", "x"]);
    let err = env.input_error(&["doc", "add", "45/2022/Qđ-ubnd", "--title", "y"]);
    assert!(
        err.contains("already recorded") && err.contains("45/2022/QĐ-UBND"),
        "{err}"
    );
    let err = env.input_error(&["doc", "add", "45/2022/QD-UBND", "--title", "y", "--lang", "vi"]);
    assert!(err.contains("đã có"), "{err}");
    let err = env.input_error(&["doc", "add", "--title", "no number"]);
    assert!(err.contains("number"), "{err}");
    let err = env.input_error(&["doc", "add", "46/2022/QĐ-UBND"]);
    assert!(err.contains("title"), "{err}");
    env.input_error(&[
        "doc",
        "add",
        "46/2022/QĐ-UBND",
        "--title",
        "x",
        "--issued",
        "01/12/2022",
        "--required",
        "--level",
        "province",
    ]);
    env.input_error(&[
        "doc",
        "add",
        "46/2022/QĐ-UBND",
        "--title",
        "x",
        "--due",
        "01/01/2023",
    ]);
    env.input_error(&[
        "doc",
        "add",
        "46/2022/QĐ-UBND",
        "--title",
        "x",
        "--level",
        "district",
    ]);
    let err = env.input_error(&["doc", "add", "46/2022/QĐ-UBND", "--title", "x", "--task", "1"]);
    assert!(err.contains("not a task"), "{err}");
    let err = env.input_error(&["doc", "add", "--title", "x", "--required", "--task", "1"]);
    assert!(err.contains("without a number"), "{err}");
}

#[test]
fn doc_add_is_undoable_and_dry_run_writes_nothing() {
    let env = TestEnv::new().with_units();
    let before = env.db_bytes();
    env.ok(&["doc", "add", "45/2022/QĐ-UBND", "--title", "x", "--dry-run"]);
    assert_eq!(env.db_bytes(), before);
    env.ok(&["doc", "add", "45/2022/QĐ-UBND", "--title", "x"]);
    env.ok(&["undo"]);
    assert!(env.json(&["doc", "list"]).as_array().unwrap().is_empty());
    // the number is free again
    env.ok(&["doc", "add", "45/2022/QĐ-UBND", "--title", "x"]);
}

#[test]
fn numbers_take_one_form_everywhere_and_cite_the_registered_document() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định",
        "--issued",
        "01/12/2022",
    ]);
    // typed without the Đ, with spaces and a typographic dash: the registered number
    let v = env.json(&["add", "Rà soát quy định", "--doc", "45 / 2022 / QD – UBND"]);
    assert_eq!(v["docs"], serde_json::json!(["45/2022/QĐ-UBND"]));
    let v = env.json(&["task", "add", "Triển khai", "--doc", "45/2022/QD-UBND"]);
    assert_eq!(v["docs"], serde_json::json!(["45/2022/QĐ-UBND"]));
    // not registered: normalised and zero-padded as doc add would
    let v = env.json(&["add", "Công văn đôn đốc", "--doc", "5/UBND-KT"]);
    assert_eq!(v["docs"], serde_json::json!(["05/UBND-KT"]));
    let err = env.input_error(&["add", "x", "--doc", "ubnd/kt"]);
    assert!(err.contains("ubnd/kt"), "{err}");
    let err = env.input_error(&["doc", "add", "--title", "Quy định mới", "--required"]);
    assert!(
        err.contains("needs the level") && err.contains("--level central"),
        "{err}"
    );
}
