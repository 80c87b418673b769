//! `edit` of every kind of record, `task reopen`, the timeline of corrections, and the
//! text read before the write lock is taken (issue 13 item 1, issue 16 item 1).

use crate::common::TestEnv;
use std::io::Write;
use std::process::Stdio;

/// Every row of every table, as the sqlite3 shell would dump it: equal means unchanged.
/// The derived indexes (the search index, the report's link index) are left out: they are
/// re-derived from these rows (store/index.rs tests check they follow every write).
pub(crate) fn dump(env: &TestEnv) -> String {
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let mut tables: Vec<String> = c
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'
               AND name <> 'report_links' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for t in tables {
        let mut st = c
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))
            .unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            out.push_str(&t);
            for i in 0..n {
                out.push_str(&format!("|{:?}", r.get_ref(i).unwrap()));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_rescheduled_task_shows_the_change_and_its_reason_on_its_timeline() {
    let env = TestEnv::at("2022-12-15").with_units();
    env.ok(&["task", "add", "Báo cáo quý", "--due", "20/12", "-u", "ldtbxh"]);
    assert_eq!(
        env.ok(&["edit", "4", "--due", "22/12", "--reason", "Sở xin lùi hạn"]),
        "Updated #4\n"
    );
    let v = env.json(&["show", "4"]);
    assert_eq!(v["due"], "2022-12-22");
    let change = &v["timeline"][1];
    assert_eq!(change["event"], "due");
    assert_eq!(change["from"], "2022-12-20");
    assert_eq!(change["to"], "2022-12-22");
    assert_eq!(change["text"], "Sở xin lùi hạn");
    let shown = env.ok(&["--lang", "vi", "show", "4"]);
    assert!(
        shown.contains("hạn 20/12/2022 → 22/12/2022: Sở xin lùi hạn"),
        "{shown}"
    );
    // a new unit is a reassignment, on the timeline too; undo takes it back
    env.ok(&["edit", "4", "-u", "yte", "--reason", "Chuyển Sở Y tế chủ trì"]);
    let v = env.json(&["show", "4"]);
    assert_eq!(v["unit"], "yte");
    assert_eq!(v["timeline"][2]["event"], "unit");
    assert_eq!(v["timeline"][2]["from"], "ldtbxh");
    env.ok(&["undo"]);
    let v = env.json(&["show", "4"]);
    assert_eq!(v["unit"], "ldtbxh");
    assert_eq!(v["timeline"].as_array().unwrap().len(), 2);
}

#[test]
fn a_task_edit_changes_what_it_names_and_keeps_the_rest() {
    let env = TestEnv::at("2022-12-15").with_units();
    env.ok(&[
        "task",
        "add",
        "Dự thảo quy chế",
        "--due",
        "20/12",
        "-p",
        "high",
        "-f",
        "laodong",
    ]);
    let v = env.json(&[
        "edit",
        "4",
        "Dự thảo quy chế phối hợp",
        "--major",
        "--plan",
        "2022-12",
        "-p",
        "low",
    ]);
    assert_eq!(v["title"], "Dự thảo quy chế phối hợp");
    assert_eq!(v["major"], true);
    assert_eq!(v["plan"], "2022-12");
    assert_eq!(v["priority"], "low");
    assert_eq!(v["due"], "2022-12-20");
    assert_eq!(v["field"], "laodong");
    let err = env.input_error(&["edit", "4", "--reason", "vì sao"]);
    assert!(err.contains("--reason goes with a change"), "{err}");
}

#[test]
fn every_kind_is_edited_with_its_own_options() {
    let env = TestEnv::at("2022-12-15").with_units();
    // unit #1, field #3
    let v = env.json(&["edit", "1", "Sở Lao động", "--kind", "department"]);
    assert_eq!(
        (v["name"].as_str(), v["kind"].as_str()),
        (Some("Sở Lao động"), Some("department"))
    );
    assert_eq!(
        env.json(&["edit", "3", "--name", "Lao động - việc làm"])["name"],
        "Lao động - việc làm"
    );
    // document
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định",
        "--issued",
        "12/10/2022",
    ]);
    let v = env.json(&[
        "edit",
        "4",
        "--title",
        "Quy định quản lý",
        "--level",
        "central",
        "--issuer",
        "UBND tỉnh",
    ]);
    assert_eq!(
        (v["title"].as_str(), v["level"].as_str()),
        (Some("Quy định quản lý"), Some("central"))
    );
    assert_eq!(v["issuer"], "UBND tỉnh");
    // blocker
    env.ok(&["blocker", "add", "Thiếu kinh phí", "-u", "yte"]);
    let v = env.json(&["edit", "5", "--proposal", "Họp liên ngành", "--remedy", "meeting"]);
    assert_eq!(
        (v["proposal"].as_str(), v["remedy"].as_str()),
        (Some("Họp liên ngành"), Some("meeting"))
    );
    assert_eq!(v["text"], "Thiếu kinh phí");
    // contingency and goal
    env.ok(&[
        "contingency",
        "add",
        "Mưa lớn",
        "--response",
        "Hoãn kiểm tra",
        "--plan",
        "week",
    ]);
    let id = env.json(&["contingency", "list"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let v = env.json(&[
        "edit",
        &id,
        "Mưa lớn kéo dài",
        "--response",
        "Kiểm tra trực tuyến",
    ]);
    assert_eq!(
        (v["situation"].as_str(), v["response"].as_str()),
        (Some("Mưa lớn kéo dài"), Some("Kiểm tra trực tuyến"))
    );
    let goal = env.json(&["plan", "goal", "Hoàn thành báo cáo"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assert_eq!(
        env.json(&["edit", &goal, "Hoàn thành báo cáo quý"])["text"],
        "Hoàn thành báo cáo quý"
    );
}

#[test]
fn a_fact_keeps_its_earlier_value_in_its_history() {
    let env = TestEnv::at("2022-12-15").with_units();
    env.ok(&[
        "fact",
        "add",
        "Số lao động được hỗ trợ",
        "--value",
        "1.200",
        "--as-of",
        "30/11",
        "-f",
        "laodong",
    ]);
    let v = env.json(&[
        "edit",
        "4",
        "--value",
        "1.350",
        "--as-of",
        "14/12",
        "--source",
        "Báo cáo Sở",
    ]);
    assert_eq!(v["value"], "1.350");
    let v = env.json(&["show", "4"]);
    assert_eq!(v["history"][0]["value"], "1.200");
    assert_eq!(v["history"][0]["as_of"], "2022-11-30");
    assert!(env.ok(&["show", "4"]).contains("1.200 · 2022-11-30"));
    // editing the text alone keeps no history line
    env.ok(&["edit", "4", "Số lao động đã được hỗ trợ"]);
    assert_eq!(env.json(&["show", "4"])["history"].as_array().unwrap().len(), 1);
}

#[test]
fn a_done_or_dropped_task_can_be_reopened() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["task", "add", "Tổng hợp số liệu"]);
    env.ok(&["task", "done", "1"]);
    assert_eq!(
        env.ok(&["task", "reopen", "1", "--note", "Sở gửi bổ sung"]),
        "Reopened task #1 Tổng hợp số liệu\n"
    );
    let v = env.json(&["show", "1"]);
    assert_eq!(v["status"], "todo");
    assert!(v["closed_on"].is_null());
    assert_eq!(
        v["timeline"].as_array().unwrap().last().unwrap()["event"],
        "reopen"
    );
    let err = env.input_error(&["task", "reopen", "1"]);
    assert!(err.contains("task #1 is open"), "{err}");
}

#[test]
fn a_dry_run_or_a_refused_edit_changes_nothing() {
    let env = TestEnv::at("2022-12-15").with_units();
    env.ok(&["task", "add", "Báo cáo", "--due", "20/12"]);
    env.ok(&["fact", "add", "Số hộ", "--value", "10", "-f", "laodong"]);
    let before = dump(&env);
    env.ok(&["edit", "4", "--due", "22/12", "--reason", "lùi", "--dry-run"]);
    env.ok(&["edit", "5", "--value", "11", "--dry-run"]);
    env.input_error(&["edit", "4", "--value", "3"]);
    env.input_error(&["edit", "5", "--as-of", "20/12"]);
    env.input_error(&["edit", "4", "-u", "nosuch"]);
    env.input_error(&["edit", "1", "--kind", "bogus"]);
    assert_eq!(dump(&env), before);
}

/// `worklog ARGS` started with its standard input left open for the test to write.
fn spawn_edit(env: &TestEnv, args: &[&str]) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("worklog"))
        .args(args)
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", &env.today)
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// R10 through `$EDITOR` on a terminal (util-linux `script`; skipped where missing): the
/// editor itself runs another writing command, which must not wait for a lock.
#[cfg(unix)]
#[test]
fn r10_another_writer_goes_on_while_the_editor_is_open() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::at("2022-12-15");
    env.ok(&["add", "Họp giao ban"]);
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let editor = env.dir.path().join("ed.sh");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\n{} add 'Trong lúc soạn' >/dev/null 2>&1 || exit 1\nprintf 'Họp giao ban tuần' > \"$1\"\n",
            bin.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let started = std::time::Instant::now();
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{} edit 1", bin.display()), "/dev/null"])
        .env("EDITOR", &editor)
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", &env.today)
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
    assert_eq!(env.json(&["show", "1"])["text"], "Họp giao ban tuần");
    assert_eq!(env.json(&["show", "2"])["text"], "Trong lúc soạn");
}

#[test]
fn no_lock_is_held_while_the_new_text_is_being_typed() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["add", "Họp giao ban"]);
    let mut edit = spawn_edit(&env, &["edit", "1", "-"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    // another writer goes on at once while the edit waits for its text
    let started = std::time::Instant::now();
    env.ok(&["add", "Tiếp công dân"]);
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
    edit.stdin
        .take()
        .unwrap()
        .write_all("Họp giao ban tuần".as_bytes())
        .unwrap();
    let out = edit.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(env.json(&["show", "1"])["text"], "Họp giao ban tuần");
}

#[test]
fn an_edit_whose_record_changed_while_typing_writes_nothing() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["add", "Họp giao ban"]);
    let mut edit = spawn_edit(&env, &["edit", "1", "-"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    env.ok(&["edit", "1", "-m", "30"]);
    edit.stdin.take().unwrap().write_all(b"Other text").unwrap();
    let out = edit.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("#1 was changed by another command"), "{err}");
    let v = env.json(&["show", "1"]);
    assert_eq!(
        (v["text"].as_str(), v["minutes"].as_i64()),
        (Some("Họp giao ban"), Some(30))
    );
}

#[test]
fn a_goal_marked_done_is_counted_by_the_week_report() {
    let env = TestEnv::at("2022-12-15");
    let g1 = env.json(&["plan", "goal", "Trình ký báo cáo"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["plan", "goal", "Kiểm tra 3 xã"]);
    assert_eq!(
        env.ok(&["plan", "goal", "done", &g1]),
        format!("Goal #{g1} achieved: Trình ký báo cáo\n")
    );
    let v = env.json(&["report", "week"]);
    assert_eq!(v["goals_achieved"], 1);
    assert_eq!(v["goals"][0]["achieved"], true);
    assert_eq!(v["goals"][1]["achieved"], false);
    assert!(env.ok(&["report", "week"]).contains("1/2 goals achieved"));
    let err = env.input_error(&["plan", "goal", "done", &g1]);
    assert!(err.contains("already marked achieved"), "{err}");
    env.ok(&["undo"]);
    assert_eq!(env.json(&["report", "week"])["goals_achieved"], 0);
}

#[test]
fn a_corrected_document_number_is_corrected_where_it_is_cited() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&[
        "doc",
        "add",
        "45/2021/QĐ-UBND",
        "--title",
        "Quy định",
        "--issued",
        "01/12/2022",
    ]);
    env.ok(&["task", "add", "Triển khai", "--doc", "45/2021/QĐ-UBND"]);
    let v = env.json(&["edit", "1", "--number", "45/2022/QĐ-UBND"]);
    assert_eq!(v["number"], "45/2022/QĐ-UBND");
    assert_eq!(v["cited_by"], serde_json::json!([2]));
    assert_eq!(
        env.json(&["show", "2"])["docs"],
        serde_json::json!(["45/2022/QĐ-UBND"])
    );
    let err = env.input_error(&["edit", "1", "--number", "quy dinh"]);
    assert!(err.contains("quy dinh"), "{err}");
}

#[test]
fn the_month_report_counts_the_goals_of_its_weeks_and_month() {
    let env = TestEnv::at("2022-12-15");
    let g1 = env.json(&["plan", "goal", "Trình ký báo cáo"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["plan", "goal", "Kiểm tra 3 xã", "--month"]);
    // A goal of another month is not this month's.
    env.ok(&["plan", "goal", "Tổng kết năm", "--plan", "2023-01"]);
    env.ok(&["plan", "goal", "done", &g1]);
    let v = env.json(&["report", "month", "2022-12"]);
    assert_eq!(v["goals"]["total"], 2, "{}", v["goals"]);
    assert_eq!(v["goals"]["achieved"], 1);
    let path = env.dir.path().join("m.docx");
    env.ok(&[
        "--lang",
        "vi",
        "report",
        "month",
        "2022-12",
        "--format",
        "docx",
        "-o",
        path.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    assert!(
        xml.contains("Đạt 1/2 mục tiêu đề ra"),
        "the assessment names the goals achieved"
    );
}
