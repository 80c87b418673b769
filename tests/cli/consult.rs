//! `worklog consult` (alias `xin-y-kien`): add, list, answer with tasks that keep the
//! link, the `status` section, errors in both languages, undo and dry run.

use crate::common::TestEnv;

const LEADERS: &str = "[leaders]\npct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"\n";

/// Monday 19/12/2022, two units, a leader and a task (#4).
fn env_monday() -> TestEnv {
    let env = TestEnv::at("2022-12-19").with_units();
    env.write_config(LEADERS);
    env.ok(&["task", "add", "Báo cáo giải ngân vốn đầu tư công"]);
    env
}

fn add_for_wednesday(env: &TestEnv) -> i64 {
    let c = env.json(&[
        "consult",
        "add",
        "Báo cáo tiến độ giải ngân",
        "--leader",
        "PCT-Tuan",
        "--for",
        "21/12",
        "--task",
        "4",
        "--doc",
        "45/2022/QĐ-UBND",
    ]);
    assert_eq!(c["type"], "consultation");
    assert_eq!(c["leader"], "pct-tuan");
    assert_eq!(c["leader_name"], "Phó Chủ tịch UBND tỉnh Trần Anh Tuấn");
    assert_eq!(c["for"], "2022-12-21");
    assert_eq!(c["status"], "open");
    assert_eq!(c["concerns"], serde_json::json!([4]));
    assert_eq!(c["docs"], serde_json::json!(["45/2022/QĐ-UBND"]));
    c["id"].as_i64().unwrap()
}

#[test]
fn add_list_answer_with_tasks_keeps_the_links() {
    let env = env_monday();
    let id = add_for_wednesday(&env);
    let sid = id.to_string();
    assert_eq!(
        env.json(&["consult", "list", "--open"]).as_array().unwrap().len(),
        1
    );
    assert_eq!(
        env.json(&["xin-y-kien", "list", "--for", "20/12"])
            .as_array()
            .unwrap()
            .len(),
        0
    );

    let mut tuesday = TestEnv::at("2022-12-20");
    tuesday.dir = env.dir;
    let a = tuesday.json(&[
        "consult",
        "answer",
        &sid,
        "--opinion",
        "Đồng ý; giao các sở",
        "--agreed",
        "--task",
        "Rà soát số liệu giải ngân",
        "--due",
        "23/12",
        "-u",
        "ldtbxh",
        "--task",
        "Bổ sung kinh phí",
        "--due",
        "27/12",
        "-u",
        "yte",
    ]);
    assert_eq!(a["status"], "agreed");
    assert_eq!(a["answered_on"], "2022-12-20");
    assert_eq!(a["opinion"], "Đồng ý; giao các sở");
    let created: Vec<i64> = a["created_tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert_eq!(created.len(), 2);
    let t0 = tuesday.json(&["show", &created[0].to_string()]);
    assert_eq!(
        (t0["title"].as_str(), t0["due"].as_str()),
        (Some("Rà soát số liệu giải ngân"), Some("2022-12-23"))
    );
    assert_eq!(
        t0["unit"]["alias"].as_str().or(t0["unit"].as_str()),
        Some("ldtbxh"),
        "{t0}"
    );
    let t1 = tuesday.json(&["show", &created[1].to_string()]);
    assert_eq!(t1["due"], "2022-12-27");
    // The created task's timeline says where it came from.
    let human = tuesday.ok(&["show", &created[1].to_string()]);
    assert!(human.contains(&format!("#{id}")), "{human}");
    // Both are follow-ups now.
    let f = tuesday.json(&["task", "list", "-u", "yte"]);
    assert_eq!(f.as_array().unwrap().len(), 1);
    assert!(
        tuesday
            .json(&["consult", "list", "--open"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Answered once: a second answer is refused.
    let e = tuesday.input_error(&["consult", "answer", &sid, "--opinion", "Lại"]);
    assert!(e.contains("2022-12-20"), "{e}");

    // Undo takes back the opinion and both tasks.
    let u = tuesday.ok(&["undo"]);
    assert!(u.contains(&format!("#{id}")), "{u}");
    let c = tuesday.json(&["show", &sid]);
    assert_eq!(c["status"], "open");
    assert_eq!(c["created_tasks"], serde_json::json!([]));
    assert_eq!(tuesday.run(&["show", &created[0].to_string()]).code, 2);
}

#[test]
fn dry_run_writes_nothing() {
    let env = env_monday();
    let before = env.db_bytes();
    let out = env.ok(&["consult", "add", "Thử", "--leader", "pct-tuan", "--dry-run"]);
    assert!(out.contains("#"), "{out}");
    assert_eq!(env.db_bytes(), before);
    let id = add_for_wednesday(&env).to_string();
    let before = env.db_bytes();
    env.ok(&[
        "consult",
        "answer",
        &id,
        "--opinion",
        "Không",
        "--not-agreed",
        "--task",
        "X",
        "--dry-run",
    ]);
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.json(&["show", &id])["status"], "open");
}

#[test]
fn status_lists_open_consultations_within_three_working_days() {
    let env = env_monday();
    add_for_wednesday(&env);
    env.ok(&[
        "consult",
        "add",
        "Dự thảo kế hoạch năm 2023",
        "--leader",
        "pct-tuan",
        "--for",
        "30/12",
    ]);
    let s = env.json(&["status"]);
    let list = s["consultations"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{s}");
    assert_eq!(list[0]["for"], "2022-12-21");
    let human = env.ok(&["status"]);
    assert!(human.contains("Báo cáo tiến độ giải ngân"), "{human}");
    assert!(!human.contains("Dự thảo kế hoạch năm 2023"), "{human}");
    // Thursday 22/12 + 3 working days = Tuesday 27/12: the 30/12 one is still far.
    let mut later = TestEnv::at("2022-12-27");
    later.dir = env.dir;
    let s = later.json(&["status"]);
    assert_eq!(s["consultations"].as_array().unwrap().len(), 1, "{s}");
    assert_eq!(s["consultations"][0]["for"], "2022-12-30");
}

#[test]
fn bad_input_is_exit_2_in_both_languages() {
    let env = env_monday();
    let e = env.input_error(&["consult", "add", "X", "--leader", "pct-tun"]);
    assert!(e.contains("pct-tun") && e.contains("pct-tuan"), "{e}");
    let e = env.input_error(&["--lang", "vi", "consult", "add", "X", "--leader", "pct-tun"]);
    assert!(e.contains("lãnh đạo") && e.contains("pct-tuan"), "{e}");
    let e = env.input_error(&["consult", "add", "X"]);
    assert!(e.contains("pct-tuan"), "{e}");
    let e = env.input_error(&["consult", "add", "X", "--leader", "pct-tuan", "--for", "31/31"]);
    assert!(e.contains("31/31"), "{e}");
    let e = env.input_error(&["consult", "add", "X", "--leader", "pct-tuan", "--task", "1"]);
    assert!(e.contains("#1"), "{e}");
    let id = add_for_wednesday(&env).to_string();
    let e = env.input_error(&["consult", "answer", &id]);
    assert!(e.contains("--opinion"), "{e}");
    let e = env.input_error(&[
        "consult",
        "answer",
        &id,
        "--opinion",
        "x",
        "--task",
        "a",
        "-u",
        "yte",
        "-u",
        "ldtbxh",
    ]);
    assert!(e.contains("-u"), "{e}");
    let e = env.input_error(&[
        "consult",
        "answer",
        &id,
        "--opinion",
        "x",
        "--task",
        "a",
        "-u",
        "ytte",
    ]);
    assert!(e.contains("ytte"), "{e}");
    // The failed answer changed nothing.
    assert_eq!(env.json(&["show", &id])["status"], "open");
    let e = env.input_error(&["consult", "answer", "4", "--opinion", "x"]);
    assert!(e.contains("#4"), "{e}");
    // No [leaders] at all: the hint says how to add one.
    let bare = TestEnv::new();
    let e = bare.input_error(&["consult", "add", "X", "--leader", "a"]);
    assert!(e.contains("[leaders]"), "{e}");
}
