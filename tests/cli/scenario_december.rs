//! A December in the life of an official (SPEC §1): work assigned to two departments, one
//! of them merged into another mid-month, obstacles with proposals, regulations issued and
//! required and cited (some typed without the Đ), the units' answers, one follow-up
//! completed — and both reports checked number by number.

use crate::common::TestEnv;
use serde_json::{Value, json};

fn id(v: &Value) -> String {
    v["id"].to_string()
}

#[test]
fn a_december_of_followups_a_merger_and_the_review() {
    let mut env = TestEnv::at("2022-12-01").with_units();
    env.ok(&["field", "add", "yte", "Y tế"]);
    // 1/12: assignments and the regulations they rest on
    let de_an = env.json(&[
        "task",
        "add",
        "Triển khai Đề án hỗ trợ việc làm",
        "-u",
        "ldtbxh",
        "--major",
        "--due",
        "30/12/2022",
    ]);
    let bc_chedo = env.json(&[
        "task",
        "add",
        "Báo cáo giải quyết chế độ",
        "-u",
        "ldtbxh",
        "--due",
        "09/12/2022",
    ]);
    let tiem = env.json(&[
        "task",
        "add",
        "Báo cáo tiêm chủng mùa đông",
        "-u",
        "yte",
        "--due",
        "16/12/2022",
    ]);
    let tongket = env.json(&["task", "add", "Soạn báo cáo tổng kết năm", "--due", "28/12/2022"]);
    let qd45 = env.json(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định hỗ trợ việc làm",
        "--issued",
        "12/10/2022",
        "-f",
        "laodong",
        "--task",
        &id(&de_an),
    ]);
    let nq18 = env.json(&[
        "doc",
        "add",
        "18-NQ/TW",
        "--title",
        "Nghị quyết 18",
        "--level",
        "central",
        "--issued",
        "25/10/2017",
    ]);

    // 5/12: a meeting citing the decision typed without the Đ; an obstacle
    env.today = "2022-12-05".into();
    let hop = env.json(&[
        "add",
        "Họp với Sở LĐTBXH về Đề án",
        "-k",
        "meeting",
        "-m",
        "90",
        "--doc",
        "45/2022/QD-UBND",
        "--task",
        &id(&de_an),
    ]);
    let kinhphi = env.json(&[
        "blocker",
        "add",
        "Chưa bố trí được kinh phí",
        "-u",
        "ldtbxh",
        "--task",
        &id(&de_an),
        "--proposal",
        "Đề nghị UBND tỉnh họp với Sở Tài chính",
        "--remedy",
        "meeting",
    ]);

    // 8/12: the units answer; one follow-up is done
    env.today = "2022-12-08".into();
    env.ok(&["task", "note", &id(&bc_chedo), "Sở đã gửi báo cáo"]);
    env.ok(&["task", "done", &id(&bc_chedo)]);
    env.ok(&["task", "note", &id(&de_an), "Sở trả lời: đang hoàn thiện hồ sơ"]);

    // 12/12: advice on a health plan, citing a circular not registered yet
    env.today = "2022-12-12".into();
    let gopy = env.json(&[
        "add",
        "Góp ý dự thảo kế hoạch tiêm chủng",
        "-k",
        "advice",
        "-m",
        "30",
        "-f",
        "yte",
        "--doc",
        "01/2018/TT-VPCP",
    ]);

    // 15/12: ldtbxh is merged into the new Sở Nội vụ
    env.today = "2022-12-15".into();
    env.ok(&["unit", "add", "snv", "Sở Nội vụ", "--kind", "department"]);
    env.ok(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "15/12/2022",
        "--replaced-by",
        "snv",
    ]);
    let raso = env.json(&[
        "task",
        "add",
        "Rà soát tổ chức bộ máy sau sáp nhập",
        "-u",
        "snv",
        "--due",
        "23/12/2022",
    ]);
    let required = env.json(&[
        "doc",
        "add",
        "--title",
        "Quy định chức năng, nhiệm vụ Sở Nội vụ",
        "--required",
        "--level",
        "province",
        "--due",
        "31/01/2023",
        "-u",
        "snv",
        "-f",
        "laodong",
    ]);
    let tt01 = env.json(&[
        "doc",
        "add",
        "01/2018/TT-VPCP",
        "--title",
        "Thông tư hướng dẫn",
        "--level",
        "central",
        "--issued",
        "01/03/2018",
    ]);

    // 16/12: more obstacles, one resolved
    env.today = "2022-12-16".into();
    let solieu = env.json(&[
        "blocker",
        "add",
        "Chậm cung cấp số liệu",
        "-u",
        "yte",
        "--task",
        &id(&tiem),
        "--proposal",
        "Ban hành văn bản đôn đốc",
        "--remedy",
        "directive",
    ]);
    let cu = env.json(&["blocker", "add", "Vướng quy định cũ", "-u", "snv"]);
    env.today = "2022-12-19".into();
    env.ok(&["blocker", "resolve", &id(&cu), "--note", "Đã có hướng dẫn"]);

    // 21/12: the retired unit's alias still names work done before the merger (a
    // back-dated entry); new work goes to the successor
    env.today = "2022-12-21".into();
    let cu_entry = env.json(&[
        "add",
        "Nhận hồ sơ lưu của Sở LĐTBXH",
        "-u",
        "ldtbxh",
        "-d",
        "14/12/2022",
    ]);
    assert_eq!(cu_entry["units"], json!(["ldtbxh"]));
    env.input_error(&["add", "Nhận hồ sơ lưu của Sở LĐTBXH", "-u", "ldtbxh"]);

    // task list -u snv: the merged unit's open follow-up and the new one
    let l = env.json(&["task", "list", "-u", "snv"]);
    let ids: Vec<&Value> = l.as_array().unwrap().iter().map(|t| &t["id"]).collect();
    assert_eq!(ids, vec![&raso["id"], &de_an["id"]]);
    assert_eq!(l[1]["unit"], "ldtbxh");
    assert_eq!(l[1]["unit_now"], "snv");

    // report followups
    let r = env.json(&["report", "followups"]);
    let expected = json!({"units": [
        {"unit": "snv", "name": "Sở Nội vụ", "followups": [
            {"id": de_an["id"], "title": "Triển khai Đề án hỗ trợ việc làm", "assigned": "2022-12-01",
             "due": "2022-12-30", "age_days": 20, "overdue": false, "stale": false, "major": true,
             "last_note": "Sở trả lời: đang hoàn thiện hồ sơ",
             "blockers": [{"id": kinhphi["id"], "text": "Chưa bố trí được kinh phí",
                           "proposal": "Đề nghị UBND tỉnh họp với Sở Tài chính", "remedy": "meeting", "age_days": 16}],
             "formerly": "ldtbxh"},
            {"id": raso["id"], "title": "Rà soát tổ chức bộ máy sau sáp nhập", "assigned": "2022-12-15",
             "due": "2022-12-23", "age_days": 6, "overdue": false, "stale": false, "major": false,
             "last_note": null, "blockers": [], "formerly": null}
        ]},
        {"unit": "yte", "name": "Sở Y tế", "followups": [
            {"id": tiem["id"], "title": "Báo cáo tiêm chủng mùa đông", "assigned": "2022-12-01",
             "due": "2022-12-16", "age_days": 20, "overdue": true, "stale": true, "major": false,
             "last_note": null,
             "blockers": [{"id": solieu["id"], "text": "Chậm cung cấp số liệu",
                           "proposal": "Ban hành văn bản đôn đốc", "remedy": "directive", "age_days": 5}],
             "formerly": null}
        ]}
    ]});
    assert_eq!(r, expected);

    // report review
    let v = env.json(&["report", "review", "--since", "01/12/2022"]);
    assert_eq!(v["since"], "2022-12-01");
    assert_eq!(v["until"], "2023-01-19"); // the announced Tết break starts Fri 20/01
    assert_eq!(
        v["work_done"]["by_month"],
        json!([{"month": "2022-12", "by_kind": [
            {"key": "advice", "label": "Advice", "count": 1, "minutes": 30},
            {"key": "meeting", "label": "Meeting", "count": 1, "minutes": 90},
            {"key": "other", "label": "Other", "count": 1, "minutes": 0}
        ], "total": 3, "minutes": 120}])
    );
    let done: Vec<&Value> = v["work_done"]["tasks_done"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["id"])
        .collect();
    assert_eq!(done, vec![&bc_chedo["id"]]);
    assert_eq!(v["work_done"]["tasks_done"][0]["closed_on"], "2022-12-08");
    let must: Vec<&Value> = v["must_finish"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["id"])
        .collect();
    assert_eq!(must, vec![&tiem["id"], &raso["id"], &tongket["id"], &de_an["id"]]);
    // II: documents by field, with what cites them
    let by_field = v["documents_by_field"].as_array().unwrap();
    assert_eq!(by_field.len(), 2);
    assert_eq!(by_field[0]["field"], "laodong");
    assert_eq!(by_field[0]["name"], "Lao động, việc làm");
    let docs: Vec<&Value> = by_field[0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(docs, vec![&qd45["id"], &required["id"]]);
    assert_eq!(
        by_field[0]["documents"][0]["cited_by"],
        json!([
            {"id": de_an["id"], "type": "task", "text": "Triển khai Đề án hỗ trợ việc làm"},
            {"id": hop["id"], "type": "entry", "text": "Họp với Sở LĐTBXH về Đề án"}
        ])
    );
    assert_eq!(by_field[0]["documents"][1]["status"], "required");
    assert_eq!(by_field[0]["documents"][1]["drafting_unit"], "snv");
    assert_eq!(by_field[1]["field"], Value::Null);
    let docs: Vec<&Value> = by_field[1]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(docs, vec![&nq18["id"], &tt01["id"]]);
    assert_eq!(
        by_field[1]["documents"][1]["cited_by"],
        json!([{"id": gopy["id"], "type": "entry", "text": "Góp ý dự thảo kế hoạch tiêm chủng"}])
    );
    // III: the same as report followups
    assert_eq!(v["followups_pending"], expected["units"]);
    // IV: issued against required, by level and field
    assert_eq!(
        v["document_counts"],
        json!([
            {"level": "central", "field": null, "issued": 2, "required": 0, "required_issued": 0, "pending": 0},
            {"level": "province", "field": "laodong", "issued": 1, "required": 1, "required_issued": 0, "pending": 1}
        ])
    );
    // the human views
    insta::assert_snapshot!(
        "scenario_review_vi",
        env.run(&["report", "review", "--since", "01/12/2022", "--lang", "vi"])
            .all()
    );
    insta::assert_snapshot!(
        "scenario_followups_md_vi",
        env.run(&["report", "followups", "--format", "md", "--lang", "vi"])
            .all()
    );
}
