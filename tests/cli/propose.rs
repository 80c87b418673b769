//! `worklog propose`: add with units, reason, facts and documents; accept creating
//! follow-ups that keep the link; reject; list and show; the month report and the review
//! counting them by fate; undo, dry run, and errors in both languages.

use crate::common::TestEnv;

/// Monday 19/12/2022, two units, a field and a fact (#4).
fn env() -> TestEnv {
    let env = TestEnv::at("2022-12-19").with_units();
    env.ok(&[
        "fact",
        "add",
        "Tỷ lệ lao động qua đào tạo",
        "--value",
        "68%",
        "-f",
        "laodong",
    ]);
    env
}

fn add_scheme(env: &TestEnv) -> String {
    let p = env.json(&[
        "propose",
        "add",
        "Xây dựng Đề án phát triển nguồn nhân lực",
        "-u",
        "ldtbxh",
        "-u",
        "YTE",
        "--scheme",
        "--reason",
        "Thiếu lao động có tay nghề",
        "--fact",
        "4",
        "--doc",
        "45/2022/QĐ-UBND",
    ]);
    assert_eq!(p["type"], "proposal");
    assert_eq!(p["units"], serde_json::json!(["ldtbxh", "yte"]));
    assert_eq!(p["scheme"], true);
    assert_eq!(p["reason"], "Thiếu lao động có tay nghề");
    assert_eq!(p["facts"], serde_json::json!([4]));
    assert_eq!(p["docs"], serde_json::json!(["45/2022/QĐ-UBND"]));
    assert_eq!(p["status"], "pending");
    assert_eq!(p["proposed_on"], "2022-12-19");
    p["id"].as_i64().unwrap().to_string()
}

#[test]
fn add_accept_with_follow_ups_and_show() {
    let env = env();
    let id = add_scheme(&env);
    let line = env.ok(&[
        "--lang",
        "vi",
        "propose",
        "add",
        "Ban hành Chỉ thị về kỷ luật hành chính",
        "-u",
        "yte",
    ]);
    assert!(line.contains("Đã ghi đề xuất"), "{line}");
    assert_eq!(
        env.json(&["propose", "list", "--open"]).as_array().unwrap().len(),
        2
    );

    let a = env.json(&[
        "propose",
        "accept",
        &id,
        "--note",
        "Đồng ý, giao Sở LĐTBXH chủ trì",
        "--task",
        "Xây dựng dự thảo Đề án",
        "--due",
        "31/03/2023",
        "-u",
        "ldtbxh",
        "--task",
        "Góp ý dự thảo Đề án",
        "--due",
        "15/02/2023",
        "-u",
        "yte",
    ]);
    assert_eq!(a["status"], "accepted");
    assert_eq!(a["decided_on"], "2022-12-19");
    assert_eq!(a["note"], "Đồng ý, giao Sở LĐTBXH chủ trì");
    let created: Vec<String> = a["created_tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.to_string())
        .collect();
    assert_eq!(created.len(), 2);
    let t = env.json(&["show", &created[1]]);
    assert_eq!(t["title"], "Góp ý dự thảo Đề án");
    assert_eq!(t["due"], "2023-02-15");
    // The follow-ups of a scheme are major: listed first among the unit's follow-ups.
    assert_eq!(t["major"], true);
    // The follow-up's timeline names the proposal.
    let human = env.ok(&["show", &created[0]]);
    assert!(human.contains(&format!("#{id}")), "{human}");
    assert_eq!(
        env.json(&["task", "list", "-u", "yte"]).as_array().unwrap().len(),
        1
    );

    let list = env.json(&["propose", "list", "--open"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["propose", "list"]).as_array().unwrap().len(), 2);
    let shown = env.json(&["show", &id]);
    assert_eq!(shown["created_tasks"], a["created_tasks"]);
    let human = env.ok(&["--lang", "vi", "show", &id]);
    for want in [
        "đề án",
        "được chấp thuận",
        "Thiếu lao động có tay nghề",
        "45/2022/QĐ-UBND",
        "#4",
    ] {
        assert!(human.contains(want), "{want}: {human}");
    }
    let table = env.ok(&["--lang", "vi", "propose", "list"]);
    assert!(
        table.contains("chờ quyết định") && table.contains("2 đề xuất"),
        "{table}"
    );

    // Decided once: a second decision is refused, and says how to take it back.
    let e = env.input_error(&["propose", "reject", &id]);
    assert!(e.contains("accepted") && e.contains("worklog undo"), "{e}");
    // Undo takes back the acceptance and both tasks.
    env.ok(&["undo"]);
    let p = env.json(&["show", &id]);
    assert_eq!(p["status"], "pending");
    assert_eq!(p["created_tasks"], serde_json::json!([]));
    assert_eq!(env.run(&["show", &created[0]]).code, 2);
}

#[test]
fn reject_with_a_note_on_a_past_day() {
    let env = env();
    let id = add_scheme(&env);
    let mut later = TestEnv::at("2022-12-23");
    later.dir = env.dir;
    let r = later.json(&[
        "propose",
        "reject",
        &id,
        "--date",
        "21/12",
        "--note",
        "Chưa đủ cơ sở",
    ]);
    assert_eq!(r["status"], "rejected");
    assert_eq!(r["decided_on"], "2022-12-21");
    assert_eq!(r["created_tasks"], serde_json::json!([]));
    let table = later.ok(&["propose", "list"]);
    assert!(table.contains("not accepted 2022-12-21"), "{table}");
}

#[test]
fn dry_run_writes_nothing() {
    let env = env();
    let before = env.db_bytes();
    let out = env.ok(&["propose", "add", "Thử", "--dry-run"]);
    assert!(out.contains('#'), "{out}");
    assert_eq!(env.db_bytes(), before);
    let id = add_scheme(&env);
    let before = env.db_bytes();
    env.ok(&["propose", "accept", &id, "--task", "X", "--dry-run"]);
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.json(&["show", &id])["status"], "pending");
}

#[test]
fn the_month_report_and_the_review_count_proposals_by_fate() {
    let env = TestEnv::at("2022-11-28").with_units();
    // Made in November, accepted in December with one follow-up.
    let a = env.json(&["propose", "add", "Chỉ thị về giải ngân", "-u", "yte"])["id"].to_string();
    let mut dec = TestEnv::at("2022-12-20");
    dec.dir = env.dir;
    dec.ok(&[
        "propose",
        "accept",
        &a,
        "--date",
        "05/12",
        "--task",
        "Dự thảo Chỉ thị",
    ]);
    // Made and rejected in December; a scheme made in December, still pending.
    let b = dec.json(&["propose", "add", "Kế hoạch kiểm tra", "-d", "02/12"])["id"].to_string();
    dec.ok(&["propose", "reject", &b, "--date", "09/12"]);
    dec.ok(&["propose", "add", "Đề án chuyển đổi số", "--scheme", "-d", "12/12"]);

    let m = dec.json(&["report", "month", "2022-12"]);
    assert_eq!(
        m["proposals"],
        serde_json::json!({"proposed": 2, "schemes": 1, "accepted": 1, "rejected": 1, "pending": 1, "tasks_created": 1}),
        "{}",
        m["proposals"]
    );
    assert_eq!(m["previous"]["proposals"]["proposed"], 1);
    assert_eq!(m["previous"]["proposals"]["pending"], 1);
    let table = dec.ok(&["--lang", "vi", "report", "month", "2022-12"]);
    assert!(table.contains("Đề xuất được chấp thuận"), "{table}");
    let md = dec.ok(&["--lang", "vi", "report", "month", "2022-12", "--format", "md"]);
    assert!(
        md.contains("Trong kỳ, tôi đã đề xuất 2 nội dung (trong đó 1 đề án); được chấp thuận 1 (giao 1 nhiệm vụ); không được chấp thuận 1; còn 1 đề xuất chờ Lãnh đạo quyết định."),
        "{md}"
    );

    let r = dec.json(&["report", "review"]);
    let p = &r["proposals"];
    assert_eq!(
        (
            &p["total"],
            &p["accepted"],
            &p["rejected"],
            &p["pending"],
            &p["schemes"]
        ),
        (&3.into(), &1.into(), &1.into(), &1.into(), &1.into())
    );
    // Schemes first.
    assert_eq!(p["list"][0]["text"], "Đề án chuyển đổi số");
    let md = dec.ok(&["--lang", "vi", "report", "review", "--format", "md"]);
    assert!(
        md.contains("Từ ngày 01/01/2022, tôi đã đề xuất 3 nội dung (trong đó 1 đề án): được chấp thuận 1, không được chấp thuận 1, còn 1 đề xuất chờ Lãnh đạo quyết định, cụ thể:"),
        "{md}"
    );
    assert!(
        md.contains("Chỉ thị về giải ngân (giao Sở Y tế) – được chấp thuận ngày 05/12/2022."),
        "{md}"
    );
}

#[test]
fn bad_input_is_exit_2_in_both_languages() {
    let env = env();
    let e = env.input_error(&["propose", "add", "X", "-u", "ytte"]);
    assert!(e.contains("ytte") && e.contains("yte"), "{e}");
    let e = env.input_error(&["propose", "add", "X", "--fact", "1"]);
    assert!(e.contains("#1") && e.contains("fact list"), "{e}");
    let e = env.input_error(&["--lang", "vi", "propose", "add", "X", "--fact", "1"]);
    assert!(
        e.contains("thông tin cơ bản") && e.contains("worklog fact list"),
        "{e}"
    );
    let e = env.input_error(&["propose", "add", "X", "--doc", "abc"]);
    assert!(e.contains("abc"), "{e}");
    let e = env.input_error(&["propose", "add", "X", "-d", "ngày mai"]);
    assert!(e.contains("today"), "{e}");
    let id = add_scheme(&env);
    let e = env.input_error(&["propose", "accept", &id, "--due", "20/12"]);
    assert!(e.contains("--task"), "{e}");
    let e = env.input_error(&[
        "propose", "accept", &id, "--task", "a", "-u", "yte", "-u", "ldtbxh", "-u", "yte",
    ]);
    assert!(e.contains("-u"), "{e}");
    let e = env.input_error(&["propose", "accept", &id, "--date", "01/12"]);
    assert!(e.contains("01/12/2022") || e.contains("2022-12-01"), "{e}");
    let e = env.input_error(&["propose", "accept", "4"]);
    assert!(e.contains("#4") && e.contains("propose list"), "{e}");
    let e = env.input_error(&["--lang", "vi", "propose", "reject", "4"]);
    assert!(
        e.contains("không phải đề xuất") && e.contains("worklog propose list"),
        "{e}"
    );
    // The failed commands changed nothing.
    assert_eq!(env.json(&["show", &id])["status"], "pending");
    assert_eq!(env.json(&["propose", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_proposal_and_a_consultation_can_be_corrected_and_the_correction_undone() {
    let env = env();
    let p = add_scheme(&env);
    env.ok(&[
        "edit",
        &p,
        "Xây dựng Đề án nguồn nhân lực chất lượng cao",
        "--reason",
        "",
    ]);
    let shown = env.json(&["show", &p]);
    assert_eq!(shown["text"], "Xây dựng Đề án nguồn nhân lực chất lượng cao");
    assert!(shown["reason"].is_null(), "{shown}");
    env.ok(&["undo"]);
    assert_eq!(
        env.json(&["show", &p])["text"],
        "Xây dựng Đề án phát triển nguồn nhân lực"
    );
    let before = env.db_bytes();
    env.ok(&["edit", &p, "Khác", "--dry-run"]);
    assert_eq!(env.db_bytes(), before);
    // a consultation: its text only
    env.write_config("[leaders]\npct = \"Phó Chủ tịch UBND tỉnh\"\n");
    let c = env.json(&["consult", "add", "Báo cáo tiến đô", "--leader", "pct"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["edit", &c, "Báo cáo tiến độ"]);
    assert_eq!(env.json(&["show", &c])["text"], "Báo cáo tiến độ");
    let err = env.input_error(&["--lang", "vi", "edit", &c, "--reason", "x"]);
    assert!(err.starts_with("lỗi: --reason không dùng cho #"), "{err}");
}
