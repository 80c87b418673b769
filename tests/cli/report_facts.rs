//! `worklog report facts`: the sector brief — facts by field with the value they
//! replaced ("so với …"), stale ones marked, the field's documents in force.

use crate::common::TestEnv;

/// A fact updated twice, a stale one, documents issued and required (also the sector
/// brief document's data, report_doc_more.rs).
pub(crate) fn brief_env() -> TestEnv {
    let env = TestEnv::new().with_units();
    env.ok(&["field", "add", "yte", "Y tế"]);
    let f = env.json(&[
        "fact",
        "add",
        "Số lao động có việc làm",
        "--value",
        "500.000",
        "--source",
        "Cục Thống kê",
        "--as-of",
        "30/06/2022",
        "-f",
        "laodong",
    ]);
    let id = f["id"].as_i64().unwrap().to_string();
    // Updated twice: the brief compares with the value just before.
    env.ok(&["edit", &id, "--value", "510.000", "--as-of", "30/09/2022"]);
    env.ok(&["edit", &id, "--value", "520.000", "--as-of", "30/11/2022"]);
    env.ok(&[
        "fact",
        "add",
        "Số trạm y tế",
        "--value",
        "82",
        "--as-of",
        "01/01/2020",
        "-f",
        "yte",
    ]);
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định việc làm",
        "--issued",
        "01/03/2022",
        "-f",
        "laodong",
    ]);
    env.ok(&[
        "doc",
        "add",
        "--title",
        "Quy chế chưa ban hành",
        "--required",
        "--level",
        "province",
        "-f",
        "laodong",
    ]);
    env
}

#[test]
fn brief_groups_by_field_with_history_stale_marks_and_documents_in_force() {
    let env = brief_env();
    let v = env.json(&["report", "facts"]);
    let fields = v["fields"].as_array().unwrap();
    assert_eq!(fields.len(), 2, "{v}");
    let lao = &fields[0];
    assert_eq!(
        (lao["field"].as_str(), lao["label"].as_str()),
        (Some("laodong"), Some("Lao động, việc làm"))
    );
    let fact = &lao["facts"][0];
    assert_eq!(fact["value"], "520.000");
    assert_eq!(fact["history"].as_array().unwrap().len(), 2);
    assert_eq!(fact["previous"]["value"], "510.000");
    assert_eq!(fact["previous"]["as_of"], "2022-09-30");
    assert_eq!(fact["stale"], false);
    // Only the issued document is in force.
    let docs = lao["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["number"], "45/2022/QĐ-UBND");
    assert_eq!(fields[1]["facts"][0]["stale"], true);
    assert_eq!(fields[1]["facts"][0]["previous"], serde_json::Value::Null);

    let vi = env.ok(&["--lang", "vi", "report", "facts"]);
    assert!(vi.contains("520.000 (so với 510.000 ngày 30/09/2022)"), "{vi}");
    assert!(vi.contains("(cũ)"), "{vi}");
    assert!(
        vi.contains("Văn bản đang có hiệu lực: Lao động, việc làm"),
        "{vi}"
    );
    assert!(!vi.contains("Quy chế chưa ban hành"), "{vi}");
    let md = env.ok(&["report", "facts", "--format", "md", "-f", "laodong"]);
    assert!(md.contains("| #") && md.contains("compared with 510.000"), "{md}");
    assert!(!md.contains("Số trạm y tế"), "{md}");
}

#[test]
fn unknown_field_is_exit_2_and_an_empty_book_says_so() {
    let env = brief_env();
    let e = env.input_error(&["report", "facts", "-f", "laodng"]);
    assert!(e.contains("laodng") && e.contains("laodong"), "{e}");
    let empty = TestEnv::new();
    let out = empty.ok(&["report", "facts"]);
    assert!(out.contains("fact add"), "{out}");
    assert_eq!(empty.json(&["report", "facts"])["fields"], serde_json::json!([]));
}
