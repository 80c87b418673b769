//! `worklog report month|year|range` (SPEC §6): a December 2022 built through the real
//! binary with known content, every JSON counter checked against a hand-derived value,
//! counters that must add up, the month cut-off, years and ranges, frozen submissions with
//! their amendments, and the table/md/csv views.

use crate::common::TestEnv;
use serde_json::{Value, json};

fn id(v: &Value) -> i64 {
    v["id"].as_i64().expect("an id")
}

/// Every id the scenario creates, by the name used in the comments.
#[allow(dead_code)]
struct Ids {
    tnov: i64,
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    e: i64,
    g: i64,
    h: i64,
    k: i64,
    f1: i64,
    f2: i64,
    f3: i64,
    f4: i64,
    bl1: i64,
    bl2: i64,
    bl3: i64,
    ct0: i64,
    ct1: i64,
    ct2: i64,
    /// December entries e1..e12 (index 0 = e1).
    e_dec: Vec<i64>,
}

/// Runs `args` on `day` and returns the created record's id.
fn on(env: &mut TestEnv, day: &str, args: &[&str]) -> i64 {
    env.today = day.to_string();
    id(&env.json(args))
}

/// Builds November and December 2022 with known content; "today" ends at 2023-01-05.
///
/// November (the previous period):
/// - N1 10/11 meeting 60'; N2 25/11 advice 30' @ldtbxh; N3 28/11 report 15' → Tnov.
/// - Tnov: planned 2022-11, due 30/11, done 28/11 (on time).
/// - F1 (ldtbxh) assigned 15/11, due 09/12, done 14/12 (late); F4 (ldtbxh) 20/11, no due,
///   never touched; blocker BL2 (ldtbxh) raised 21/11, resolved 12/12; contingency CT0
///   for plan 2022-11; document 12/2022/NQ-HĐND issued 20/11.
///
/// December:
/// - A plan 2022-12 due 15/12 done 14/12 (on time); B plan 2022-12 due 09/12 done 13/12
///   (late); C plan 2022-W50 dropped 16/12; D no plan due 20/12 open (overdue), touched
///   by e9 on 19/12; E plan 2022-12 never touched (stale); G plan 2022-W50 moved to
///   2022-W52 on 16/12, touched by e11 on 27/12; H plan 2022-12 moved to 2023-01 on 28/12;
///   K no plan no due, done 08/12 (in done_list, not in scope). On 02/01/2023 E is
///   carried into 2023-01.
/// - F2 (yte) assigned 02/12 due 23/12, open, note 22/12; F3 (yte) 05/12 due 15/01/2023,
///   never touched.
/// - BL1 (yte, on F2) raised 06/12, open; BL3 (ldtbxh) raised 07/12 resolved 09/12.
/// - CT1 plan 2022-W50 created 09/12, triggered 15/12; CT2 plan 2022-12 created 09/12.
/// - 45/2022/QĐ-UBND issued 05/12; a required plan due 31/12 (yte), created 07/12.
/// - entries e1..e12, see the table in `december_counters`.
fn scenario() -> (TestEnv, Ids) {
    let mut env = TestEnv::at("2022-11-10").with_units();
    let e = &mut env;
    // --- November ---
    on(
        e,
        "2022-11-10",
        &["add", "Họp giao ban", "-k", "meeting", "-m", "60"],
    );
    let tnov = on(
        e,
        "2022-11-10",
        &[
            "task",
            "add",
            "Báo cáo tháng 11",
            "--plan",
            "2022-11",
            "--due",
            "2022-11-30",
        ],
    );
    let ct0 = on(
        e,
        "2022-11-10",
        &[
            "contingency",
            "add",
            "Mất điện",
            "--response",
            "Dùng máy phát",
            "--plan",
            "2022-11",
        ],
    );
    let f1 = on(
        e,
        "2022-11-15",
        &[
            "task",
            "add",
            "Sở LĐTBXH báo cáo số liệu lao động",
            "-u",
            "ldtbxh",
            "--due",
            "2022-12-09",
        ],
    );
    let f4 = on(
        e,
        "2022-11-20",
        &["task", "add", "Sở LĐTBXH rà soát hộ nghèo", "-u", "ldtbxh"],
    );
    let bl2 = on(
        e,
        "2022-11-21",
        &[
            "blocker",
            "add",
            "Thiếu hướng dẫn của Bộ",
            "-u",
            "ldtbxh",
            "--proposal",
            "Đề nghị ban hành văn bản hướng dẫn",
            "--remedy",
            "directive",
        ],
    );
    on(
        e,
        "2022-11-25",
        &[
            "add",
            "Tham mưu văn bản",
            "-k",
            "advice",
            "-m",
            "30",
            "-u",
            "ldtbxh",
        ],
    );
    on(
        e,
        "2022-11-25",
        &[
            "doc",
            "add",
            "12/2022/NQ-HĐND",
            "--title",
            "Nghị quyết về lao động",
            "--issued",
            "20/11/2022",
        ],
    );
    let t = tnov.to_string();
    on(
        e,
        "2022-11-28",
        &["add", "Báo cáo tháng", "-k", "report", "-m", "15", "--task", &t],
    );
    on(e, "2022-11-28", &["task", "done", &t]);

    // --- December ---
    let d1 = "2022-12-01";
    let a = on(
        e,
        d1,
        &[
            "task",
            "add",
            "Báo cáo quý IV",
            "--plan",
            "2022-12",
            "--due",
            "2022-12-15",
        ],
    );
    let b = on(
        e,
        d1,
        &[
            "task",
            "add",
            "Dự thảo tờ trình",
            "--plan",
            "2022-12",
            "--due",
            "2022-12-09",
        ],
    );
    let c = on(
        e,
        d1,
        &["task", "add", "Kiểm tra an toàn lao động", "--plan", "2022-W50"],
    );
    let d = on(e, d1, &["task", "add", "Tổng hợp ý kiến", "--due", "2022-12-20"]);
    let e_ = on(e, d1, &["task", "add", "Rà soát quy hoạch", "--plan", "2022-12"]);
    let h = on(e, d1, &["task", "add", "Tổng kết năm", "--plan", "2022-12"]);
    let mut e_dec = vec![on(
        e,
        d1,
        &["add", "Họp giao ban đầu tháng", "-k", "meeting", "-m", "60"],
    )];
    let f2 = on(
        e,
        "2022-12-02",
        &[
            "task",
            "add",
            "Sở Y tế báo cáo dịch bệnh",
            "-u",
            "yte",
            "--due",
            "2022-12-23",
        ],
    );
    let f3 = on(
        e,
        "2022-12-05",
        &[
            "task",
            "add",
            "Sở Y tế đề xuất kinh phí",
            "-u",
            "yte",
            "--due",
            "2023-01-15",
        ],
    );
    let g = on(
        e,
        "2022-12-05",
        &["task", "add", "Chuẩn bị hội nghị", "--plan", "2022-W50"],
    );
    let (sa, sb, sc, sd, sg, sh) = (
        a.to_string(),
        b.to_string(),
        c.to_string(),
        d.to_string(),
        g.to_string(),
        h.to_string(),
    );
    e_dec.push(on(
        e,
        "2022-12-05",
        &[
            "add",
            "Tổng hợp số liệu quý",
            "-k",
            "advice",
            "-f",
            "laodong",
            "-u",
            "ldtbxh",
            "-t",
            "baocao",
            "-m",
            "90",
            "--task",
            &sa,
        ],
    ));
    e_dec.push(on(
        e,
        "2022-12-05",
        &["add", "Tiếp công dân", "-k", "citizen", "-m", "30"],
    ));
    on(
        e,
        "2022-12-05",
        &[
            "doc",
            "add",
            "45/2022/QĐ-UBND",
            "--title",
            "Quy định về an toàn lao động",
            "--issued",
            "05/12/2022",
        ],
    );
    let bl1 = on(
        e,
        "2022-12-06",
        &[
            "blocker",
            "add",
            "Sở Y tế chưa có số liệu",
            "-u",
            "yte",
            "--task",
            &f2.to_string(),
            "--proposal",
            "Đề nghị họp liên ngành",
            "--remedy",
            "meeting",
        ],
    );
    let k = on(e, "2022-12-07", &["task", "add", "Trả lời đơn công dân"]);
    let bl3 = on(
        e,
        "2022-12-07",
        &["blocker", "add", "Chậm phê duyệt", "-u", "ldtbxh"],
    );
    on(
        e,
        "2022-12-07",
        &[
            "doc",
            "add",
            "--title",
            "Kế hoạch phòng chống dịch",
            "--required",
            "--level",
            "province",
            "--due",
            "31/12/2022",
            "-u",
            "yte",
        ],
    );
    let sk = k.to_string();
    e_dec.push(on(
        e,
        "2022-12-08",
        &["add", "Trả lời đơn", "-k", "citizen", "-m", "45", "--task", &sk],
    ));
    on(e, "2022-12-08", &["task", "done", &sk]);
    on(e, "2022-12-09", &["blocker", "resolve", &bl3.to_string()]);
    let ct1 = on(
        e,
        "2022-12-09",
        &[
            "contingency",
            "add",
            "Sở chậm gửi số liệu",
            "--response",
            "Dùng số liệu ước tính",
            "--plan",
            "2022-W50",
        ],
    );
    let ct2 = on(
        e,
        "2022-12-09",
        &[
            "contingency",
            "add",
            "Mưa lũ",
            "--response",
            "Phương án trực",
            "--plan",
            "2022-12",
        ],
    );
    e_dec.push(on(
        e,
        "2022-12-12",
        &[
            "add",
            "Dự thảo tờ trình",
            "-k",
            "draft",
            "-f",
            "laodong",
            "-u",
            "ldtbxh",
            "-t",
            "totrinh",
            "-m",
            "120",
            "--task",
            &sb,
        ],
    ));
    on(e, "2022-12-12", &["blocker", "resolve", &bl2.to_string()]);
    e_dec.push(on(
        e,
        "2022-12-13",
        &[
            "add",
            "Hoàn thiện tờ trình",
            "-k",
            "draft",
            "-f",
            "laodong",
            "-t",
            "totrinh",
            "-m",
            "60",
            "--task",
            &sb,
        ],
    ));
    on(e, "2022-12-13", &["task", "done", &sb]);
    e_dec.push(on(
        e,
        "2022-12-14",
        &[
            "add",
            "Làm việc với Sở Y tế",
            "-k",
            "coordination",
            "-u",
            "yte",
            "-m",
            "45",
        ],
    ));
    on(e, "2022-12-14", &["task", "done", &sa]);
    on(e, "2022-12-14", &["task", "done", &f1.to_string()]);
    e_dec.push(on(
        e,
        "2022-12-15",
        &[
            "add",
            "Kiểm tra tại Sở",
            "-k",
            "inspection",
            "-f",
            "laodong",
            "-u",
            "ldtbxh",
            "-u",
            "yte",
            "-t",
            "kiemtra",
            "-m",
            "180",
            "--task",
            &sc,
        ],
    ));
    on(
        e,
        "2022-12-15",
        &[
            "contingency",
            "trigger",
            &ct1.to_string(),
            "--outcome",
            "Đã dùng số liệu ước tính",
        ],
    );
    on(e, "2022-12-16", &["task", "drop", &sc]);
    on(
        e,
        "2022-12-16",
        &[
            "task",
            "move",
            &sg,
            "2022-W52",
            "--reason",
            "Chờ lãnh đạo cho ý kiến",
        ],
    );
    e_dec.push(on(
        e,
        "2022-12-19",
        &[
            "add",
            "Tổng hợp ý kiến các sở",
            "-k",
            "advice",
            "-u",
            "yte",
            "-m",
            "30",
            "--task",
            &sd,
        ],
    ));
    e_dec.push(on(
        e,
        "2022-12-19",
        &["add", "Báo cáo nhanh", "-k", "report", "-t", "baocao", "-m", "20"],
    ));
    on(
        e,
        "2022-12-22",
        &["task", "note", &f2.to_string(), "Sở hẹn gửi báo cáo"],
    );
    e_dec.push(on(
        e,
        "2022-12-27",
        &[
            "add",
            "Chuẩn bị tài liệu hội nghị",
            "-k",
            "draft",
            "-m",
            "90",
            "--task",
            &sg,
        ],
    ));
    on(
        e,
        "2022-12-28",
        &[
            "task",
            "move",
            &sh,
            "2023-01",
            "--reason",
            "Chuyển sang tháng sau",
        ],
    );
    e_dec.push(on(e, "2022-12-31", &["add", "Trực cơ quan", "-k", "other"]));
    // January: December's unfinished E is carried into the next month's plan, the way
    // `plan month` carries at the start of a month.
    on(
        e,
        "2023-01-02",
        &[
            "task",
            "move",
            &e_.to_string(),
            "2023-01",
            "--reason",
            "Chưa có số liệu",
        ],
    );
    env.today = "2023-01-05".to_string();
    let ids = Ids {
        tnov,
        a,
        b,
        c,
        d,
        e: e_,
        g,
        h,
        k,
        f1,
        f2,
        f3,
        f4,
        bl1,
        bl2,
        bl3,
        ct0,
        ct1,
        ct2,
        e_dec,
    };
    assert_eq!(ids.e_dec.len(), 12);
    (env, ids)
}

/// A breakdown as (key, count, minutes), in the order printed.
fn buckets(v: &Value) -> Vec<(Option<String>, i64, i64)> {
    v.as_array()
        .expect("a breakdown list")
        .iter()
        .map(|b| {
            (
                b["key"].as_str().map(str::to_string),
                b["count"].as_i64().unwrap(),
                b["minutes"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn k(key: &str, count: i64, minutes: i64) -> (Option<String>, i64, i64) {
    (Some(key.to_string()), count, minutes)
}

#[test]
fn december_counters() {
    let (env, ids) = scenario();
    let r = env.json(&["report", "month", "2022-12"]);

    // period: the calendar month (no cut-off configured).
    assert_eq!(
        r["period"],
        json!({"kind": "month", "label": "2022-12", "from": "2022-12-01", "to": "2022-12-31"})
    );
    assert!(r["generated_at"].as_str().unwrap().starts_with("2023-01-05"));
    assert!(r.get("person").is_some());

    // entries (date kind field units tags minutes task → planned?):
    //  e1  01/12 meeting      -       -            -        60  -      arising
    //  e2  05/12 advice       laodong ldtbxh       baocao   90  A      planned (A in 2022-12)
    //  e3  05/12 citizen      -       -            -        30  -      arising
    //  e4  08/12 citizen      -       -            -        45  K      arising (K in no plan)
    //  e5  12/12 draft        laodong ldtbxh       totrinh 120  B      planned
    //  e6  13/12 draft        laodong -            totrinh  60  B      planned
    //  e7  14/12 coordination -       yte          -        45  -      arising
    //  e8  15/12 inspection   laodong ldtbxh,yte   kiemtra 180  C      planned (C in W50)
    //  e9  19/12 advice       -       yte          -        30  D      arising (D in no plan)
    //  e10 19/12 report       -       -            baocao   20  -      arising
    //  e11 27/12 draft        -       -            -        90  G      planned (G in W52 since 16/12)
    //  e12 31/12 other        -       -            -         0  -      arising (a Saturday)
    let en = &r["entries"];
    assert_eq!(en["total"], 12);
    // 01, 05, 08, 12, 13, 14, 15, 19, 27, 31
    assert_eq!(en["days_logged"], 10);
    // December 2022: 31 days, 9 weekend days (3-4, 10-11, 17-18, 24-25, 31), no holiday.
    assert_eq!(en["working_days"], 22);
    // 60+90+30+45+120+60+45+180+30+20+90+0
    assert_eq!(en["minutes"], 770);
    assert_eq!(en["planned"], 5);
    assert_eq!(en["arising"], 7);
    // Largest first: count, then minutes, then key.
    assert_eq!(
        buckets(&en["by_kind"]),
        vec![
            k("draft", 3, 270),
            k("advice", 2, 120),
            k("citizen", 2, 75),
            k("inspection", 1, 180),
            k("meeting", 1, 60),
            k("coordination", 1, 45),
            k("report", 1, 20),
            k("other", 1, 0),
        ]
    );
    // laodong: e2 e5 e6 e8 = 90+120+60+180; the other eight have no field.
    assert_eq!(
        buckets(&en["by_field"]),
        vec![(None, 8, 320), k("laodong", 4, 450)]
    );
    assert_eq!(en["by_field"][1]["label"], "Lao động, việc làm");
    // ldtbxh: e2 e5 e8 = 90+120+180; yte: e7 e8 e9 = 45+180+30 (e8 counts under both).
    assert_eq!(
        buckets(&en["by_unit"]),
        vec![k("ldtbxh", 3, 390), k("yte", 3, 255)]
    );
    assert_eq!(en["by_unit"][1]["label"], "Sở Y tế");
    // totrinh: e5 e6; baocao: e2 e10; kiemtra: e8.
    assert_eq!(
        buckets(&en["by_tag"]),
        vec![k("totrinh", 2, 180), k("baocao", 2, 110), k("kiemtra", 1, 180)]
    );

    // daily: one per day of the month.
    let daily = r["daily"].as_array().unwrap();
    assert_eq!(daily.len(), 31);
    assert_eq!(
        daily[4],
        json!({"date": "2022-12-05", "count": 2, "minutes": 120, "working_day": true})
    );
    assert_eq!(
        daily[18],
        json!({"date": "2022-12-19", "count": 2, "minutes": 50, "working_day": true})
    );
    assert_eq!(
        daily[2],
        json!({"date": "2022-12-03", "count": 0, "minutes": 0, "working_day": false})
    );
    assert_eq!(
        daily[30],
        json!({"date": "2022-12-31", "count": 1, "minutes": 0, "working_day": false})
    );

    // tasks in scope = planned in a December plan (2022-12, W50, W52) or due in December,
    // assigned by 31/12: A B C E G H (plans) + D F1 F2 (due) = 9; F3 (due January), F4
    // (no due) and K (no plan, no due) are not. States as of 31/12:
    //  done: A B F1 (3); on time: A only (B done 13/12 > due 09/12, F1 14/12 > 09/12);
    //  open: D E G H F2 (5); overdue (due < 31/12): D (20/12), F2 (23/12);
    //  stale (untouched ≥ 14 days): E (since 01/12); D touched 19/12, G 27/12, H 28/12
    //  (the move), F2 22/12 (the note);
    //  carried (moved out of a December plan to another plan): G (W50→W52), H
    //  (2022-12→2023-01 on 28/12) and E (2022-12→2023-01 on 02/01). E's carry happened
    //  after 31/12, yet it is December's plan item that slipped — the usual case, since
    //  unfinished items are carried when the next period's plan is made (SPEC §2 "carried
    //  each time an unfinished plan item moves to the next period"; `report week` counts
    //  such items as carried too). The code first counted only moves made by 31/12, which
    //  gave 2 and hid every carry made at the start of January. E stays open and stale
    //  as of 31/12 (the move is a touch on 02/01, after the as-of day);
    //  dropped: C; completion 3/9 = 0.333.
    assert_eq!(
        r["tasks"],
        json!({"planned": 9, "done": 3, "done_on_time": 1, "open": 5, "overdue": 2, "stale": 1,
               "carried": 3, "dropped": 1, "completion_rate": 0.333})
    );
    // done_list: finished in December whatever the plan, by date then id: K 08/12, B 13/12,
    // F1 14/12, A 14/12 (F1 was created in November, so its id is smaller).
    let done: Vec<(i64, String, bool)> = r["done_list"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                id(t),
                t["closed_on"].as_str().unwrap().to_string(),
                t["on_time"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        done,
        vec![
            (ids.k, "2022-12-08".into(), true),
            (ids.b, "2022-12-13".into(), false),
            (ids.f1, "2022-12-14".into(), false),
            (ids.a, "2022-12-14".into(), true),
        ]
    );
    assert_eq!(r["done_list"][2]["unit"], "ldtbxh");

    // follow-ups (tasks with a unit) as of 31/12: open F2 F3 F4; done in December F1;
    // overdue F2; stale F3 (untouched since 05/12) and F4 (since 20/11); F2 had a note on
    // 22/12. By unit, largest (open + done) first, ties by alias.
    assert_eq!(
        r["followups"],
        json!({"open": 3, "done": 1, "overdue": 1, "stale": 2, "by_unit": [
            {"unit": "ldtbxh", "name": "Sở Lao động - Thương binh và Xã hội", "open": 1, "done": 1, "overdue": 0},
            {"unit": "yte", "name": "Sở Y tế", "open": 2, "done": 0, "overdue": 1},
        ]})
    );

    // blockers: raised in December BL1 BL3; resolved in December BL3 (09/12) and BL2 (12/12,
    // raised in November); open at 31/12: BL1, raised 06/12 → 25 days.
    let bl = &r["blockers"];
    assert_eq!(
        (bl["raised"].as_i64(), bl["resolved"].as_i64()),
        (Some(2), Some(2))
    );
    let open = bl["open"].as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(id(&open[0]), ids.bl1);
    assert_eq!(open[0]["unit"], "yte");
    assert_eq!(open[0]["task"], ids.f2);
    assert_eq!(open[0]["proposal"], "Đề nghị họp liên ngành");
    assert_eq!(open[0]["remedy"], "meeting");
    assert_eq!(open[0]["raised_on"], "2022-12-06");
    assert_eq!(open[0]["age_days"], 25);

    // contingencies: CT1 (W50) and CT2 (2022-12) prepared in December; CT1 triggered 15/12.
    // CT0 belongs to November's plan.
    let ct = &r["contingencies"];
    assert_eq!(
        (ct["prepared"].as_i64(), ct["triggered"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        ct["list"],
        json!([
            {"id": ids.ct1, "situation": "Sở chậm gửi số liệu", "response": "Dùng số liệu ước tính",
             "status": "triggered", "triggered_on": "2022-12-15", "outcome": "Đã dùng số liệu ước tính"},
            {"id": ids.ct2, "situation": "Mưa lũ", "response": "Phương án trực",
             "status": "open", "triggered_on": null, "outcome": null},
        ])
    );

    // documents: 45/2022/QĐ-UBND issued 05/12; the required plan (due 31/12) pending.
    assert_eq!(r["documents"], json!({"issued": 1, "required_pending": 1}));

    // previous = November 2022 (22 working days: 30 days, 8 weekend days).
    let p = &r["previous"];
    assert_eq!(
        p["period"],
        json!({"kind": "month", "label": "2022-11", "from": "2022-11-01", "to": "2022-11-30"})
    );
    // N1 N2 N3 = 60+30+15; N3 advanced Tnov, planned in 2022-11.
    assert_eq!(
        p["entries"],
        json!({"total": 3, "days_logged": 3, "working_days": 22, "minutes": 105, "planned": 1, "arising": 2})
    );
    // Tnov only (F1 is due in December): done 28/11, due 30/11.
    assert_eq!(
        p["tasks"],
        json!({"planned": 1, "done": 1, "done_on_time": 1, "open": 0, "overdue": 0, "stale": 0,
               "carried": 0, "dropped": 0, "completion_rate": 1.0})
    );
    // F1 (untouched since 15/11: 15 days → stale) and F4 (since 20/11: 10 days) open at 30/11.
    assert_eq!(
        p["followups"],
        json!({"open": 2, "done": 0, "overdue": 0, "stale": 1})
    );
    // BL2 raised 21/11, still open at 30/11.
    assert_eq!(p["blockers"], json!({"raised": 1, "resolved": 0, "open": 1}));
    assert_eq!(p["contingencies"], json!({"prepared": 1, "triggered": 0}));
    // 12/2022/NQ-HĐND issued 20/11; the required plan did not exist yet.
    assert_eq!(p["documents"], json!({"issued": 1, "required_pending": 0}));
}

/// The invariants between counters, on the December scenario and on November.
fn check_sums(r: &Value) {
    let en = &r["entries"];
    let total = en["total"].as_i64().unwrap();
    let minutes = en["minutes"].as_i64().unwrap();
    let sum = |v: &Value, key: &str| -> i64 {
        v.as_array()
            .unwrap()
            .iter()
            .map(|b| b[key].as_i64().unwrap())
            .sum()
    };
    assert_eq!(sum(&en["by_kind"], "count"), total);
    assert_eq!(sum(&en["by_kind"], "minutes"), minutes);
    // every entry has exactly one field bucket (none included)
    assert_eq!(sum(&en["by_field"], "count"), total);
    assert_eq!(
        en["planned"].as_i64().unwrap() + en["arising"].as_i64().unwrap(),
        total
    );
    assert_eq!(sum(&r["daily"], "count"), total);
    assert_eq!(sum(&r["daily"], "minutes"), minutes);
    let days = r["daily"].as_array().unwrap();
    assert_eq!(
        days.iter().filter(|d| d["count"].as_i64().unwrap() > 0).count() as i64,
        en["days_logged"].as_i64().unwrap()
    );
    assert_eq!(
        days.iter().filter(|d| d["working_day"] == true).count() as i64,
        en["working_days"].as_i64().unwrap()
    );
    for list in ["by_kind", "by_field", "by_unit", "by_tag"] {
        let c: Vec<i64> = en[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["count"].as_i64().unwrap())
            .collect();
        assert!(
            c.windows(2).all(|w| w[0] >= w[1]),
            "{list} not largest first: {c:?}"
        );
    }
    let f = &r["followups"];
    assert_eq!(sum(&f["by_unit"], "open"), f["open"].as_i64().unwrap());
    assert_eq!(sum(&f["by_unit"], "done"), f["done"].as_i64().unwrap());
    assert_eq!(sum(&f["by_unit"], "overdue"), f["overdue"].as_i64().unwrap());
    let t = &r["tasks"];
    let n = |k: &str| t[k].as_i64().unwrap();
    assert!(n("done") <= n("planned"));
    assert!(n("done_on_time") <= n("done"));
    assert!(n("overdue") <= n("open") && n("stale") <= n("open"));
    // a task in scope is done, dropped or still open
    assert_eq!(n("done") + n("dropped") + n("open"), n("planned"));
    let rate = if n("planned") == 0 {
        0.0
    } else {
        (n("done") as f64 / n("planned") as f64 * 1000.0).round() / 1000.0
    };
    assert_eq!(t["completion_rate"].as_f64().unwrap(), rate);
    let done_in_list = r["done_list"].as_array().unwrap().len() as i64;
    assert!(done_in_list >= 0);
}

#[test]
fn counters_add_up() {
    let (env, _) = scenario();
    for p in ["2022-12", "2022-11", "2022-Q4"] {
        let r = env.json(&["report", "month", p]);
        check_sums(&r);
    }
    check_sums(&env.json(&["report", "year", "2022"]));
    check_sums(&env.json(&["report", "range", "01/12/2022", "15/12/2022"]));
}

fn period(r: &Value) -> (String, String, String) {
    let p = &r["period"];
    (
        p["label"].as_str().unwrap().to_string(),
        p["from"].as_str().unwrap().to_string(),
        p["to"].as_str().unwrap().to_string(),
    )
}

fn p3(label: &str, from: &str, to: &str) -> (String, String, String) {
    (label.to_string(), from.to_string(), to.to_string())
}

fn total(r: &Value) -> i64 {
    r["entries"]["total"].as_i64().unwrap()
}

#[test]
fn month_cutoff_day_shifts_the_period() {
    let mut env = TestEnv::at("2022-12-20");
    env.write_config("[report]\nmonth_cutoff_day = 14\n");
    for (day, text) in [
        ("2021-12-14", "ngày 14/12/2021"),
        ("2021-12-15", "ngày 15/12/2021"),
        ("2022-11-14", "ngày 14/11"),
        ("2022-11-15", "ngày 15/11"),
        ("2022-12-14", "ngày 14/12"),
        ("2022-12-15", "ngày 15/12"),
    ] {
        env.ok(&["add", text, "-d", day]);
    }
    // 2022-12 with the cut-off on the 14th: 15/11–14/12, so 15/11 and 14/12 are in,
    // 14/11 and 15/12 are not.
    let r = env.json(&["report", "month", "2022-12"]);
    assert_eq!(period(&r), p3("2022-12", "2022-11-15", "2022-12-14"));
    assert_eq!(total(&r), 2);
    assert_eq!(r["daily"].as_array().unwrap().len(), 30);
    assert_eq!(r["daily"][0]["date"], "2022-11-15");
    // previous: 2022-11 = 15/10–14/11, holding 14/11.
    assert_eq!(period(&r["previous"]), p3("2022-11", "2022-10-15", "2022-11-14"));
    assert_eq!(r["previous"]["entries"]["total"], 1);
    // The header states the exact dates covered.
    let table = env.ok(&["report", "month", "2022-12"]);
    let first = table.lines().next().unwrap_or_default();
    assert!(
        first.contains("2022-11-15") && first.contains("2022-12-14"),
        "title: {first}"
    );
    let vi = env.ok(&["report", "month", "2022-12", "--lang", "vi"]);
    assert!(vi.contains("15/11/2022") && vi.contains("14/12/2022"), "{vi}");
    // Today 20/12 is past the cut-off: the reporting month is 2023-01 (15/12–14/01).
    let now = env.json(&["report", "month"]);
    assert_eq!(period(&now), p3("2023-01", "2022-12-15", "2023-01-14"));
    assert_eq!(total(&now), 1);
    // On the 14th itself it is still December's report.
    env.today = "2022-12-14".to_string();
    assert_eq!(period(&env.json(&["report", "month"])).0, "2022-12");
    env.today = "2022-12-20".to_string();
    // The year 2022 with the cut-off: 15/12/2021–14/12/2022.
    let y = env.json(&["report", "year", "2022"]);
    assert_eq!(period(&y), p3("2022", "2021-12-15", "2022-12-14"));
    // 15/12/2021, 14/11, 15/11, 14/12
    assert_eq!(total(&y), 4);
    assert_eq!(period(&y["previous"]), p3("2021", "2020-12-15", "2021-12-14"));
    assert_eq!(y["previous"]["entries"]["total"], 1);
    // A range is taken as written.
    let rg = env.json(&["report", "range", "01/12/2022", "15/12/2022"]);
    assert_eq!(
        (rg["period"]["from"].as_str(), rg["period"]["to"].as_str()),
        (Some("2022-12-01"), Some("2022-12-15"))
    );
    assert_eq!(total(&rg), 2);
}

#[test]
fn year_and_range() {
    let (env, _) = scenario();
    let y = env.json(&["report", "year", "2022"]);
    assert_eq!(period(&y), p3("2022", "2022-01-01", "2022-12-31"));
    assert_eq!(y["period"]["kind"], "year");
    // November's 3 entries and December's 12.
    assert_eq!(total(&y), 15);
    assert_eq!(y["entries"]["minutes"], 105 + 770);
    assert_eq!(y["daily"].as_array().unwrap().len(), 365);
    // Tasks of the year: Tnov + the nine of December; done Tnov A B F1.
    assert_eq!(y["tasks"]["planned"], 10);
    assert_eq!(y["tasks"]["done"], 4);
    assert_eq!(period(&y["previous"]), p3("2021", "2021-01-01", "2021-12-31"));
    assert_eq!(y["previous"]["entries"]["total"], 0);
    // No YEAR: this year (today is 2023-01-05).
    assert_eq!(period(&env.json(&["report", "year"])).0, "2023");

    // 01/12–15/12: e1..e8 = 60+90+30+45+120+60+45+180.
    let r = env.json(&["report", "range", "01/12/2022", "15/12/2022"]);
    assert_eq!(
        (r["period"]["from"].as_str(), r["period"]["to"].as_str()),
        (Some("2022-12-01"), Some("2022-12-15"))
    );
    assert_eq!(total(&r), 8);
    assert_eq!(r["entries"]["minutes"], 630);
    assert_eq!(r["daily"].as_array().unwrap().len(), 15);
    // The previous range: the 15 days before, 16/11–30/11, holding N2 (25/11) and N3 (28/11).
    let p = &r["previous"]["period"];
    assert_eq!(
        (p["from"].as_str(), p["to"].as_str()),
        (Some("2022-11-16"), Some("2022-11-30"))
    );
    assert_eq!(r["previous"]["entries"]["total"], 2);
    assert_eq!(r["previous"]["entries"]["minutes"], 45);
}

#[test]
fn bad_periods_exit_2() {
    let env = TestEnv::new();
    env.ok(&["add", "một việc"]);
    for args in [
        &["report", "year", "20222"][..],
        &["report", "year", "abc"][..],
        &["report", "range", "15/12/2022", "01/12/2022"][..],
        &["report", "range", "01/12/2022", "32/12/2022"][..],
        &["report", "month", "2022-13"][..],
        &["report", "month", "tháng sau nữa"][..],
    ] {
        let err = env.input_error(args);
        assert!(!err.trim().is_empty(), "{args:?}: no message");
    }
    assert!(env.input_error(&["report", "year", "20222"]).contains("20222"));
    assert!(
        env.input_error(&["report", "month", "2022-13"])
            .contains("2022-13")
    );
}

#[test]
fn submit_freezes_and_lists_amendments() {
    let (env, ids) = scenario();
    // Never submitted: --as-submitted is an input error that says how to submit.
    let err = env.input_error(&["report", "month", "2022-12", "--as-submitted"]);
    assert!(err.contains("--submit"), "{err}");
    // --dry-run writes nothing.
    let before = env.db_bytes();
    let o = env.run(&["report", "month", "2022-12", "--submit", "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert_eq!(env.db_bytes(), before, "--dry-run wrote to the database");
    assert!(env.run(&["report", "month", "2022-12", "--as-submitted"]).code == 2);
    // Submit: one line, exit 0.
    let o = env.run(&["report", "month", "2022-12", "--submit"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert_eq!(o.stdout.lines().count(), 1, "{}", o.stdout);
    assert!(o.stdout.contains("December 2022"), "{}", o.stdout);
    // Nothing changed since: submitted_at, no amendments.
    let r = env.json(&["report", "month", "2022-12"]);
    assert!(
        r["submitted_at"].as_str().unwrap().starts_with("2023-01-05"),
        "{}",
        r["submitted_at"]
    );
    assert_eq!(r["amendments"], json!([]));
    // Another month carries no submission.
    assert!(
        env.json(&["report", "month", "2022-11"])
            .get("submitted_at")
            .is_none()
    );
    // undo removes the submission.
    env.ok(&["undo"]);
    assert!(
        env.json(&["report", "month", "2022-12"])
            .get("submitted_at")
            .is_none()
    );
    env.input_error(&["report", "month", "2022-12", "--as-submitted"]);

    env.ok(&["report", "month", "2022-12", "--submit"]);
    // After submitting: a late entry dated in December, e10 edited, e3 removed; and a
    // change outside December that must not be listed (a January entry).
    let added = id(&env.json(&[
        "add",
        "Bổ sung báo cáo",
        "-d",
        "2022-12-20",
        "-k",
        "report",
        "-m",
        "10",
    ]));
    env.ok(&["add", "Việc tháng một", "-d", "2023-01-04"]);
    let e10 = ids.e_dec[9].to_string();
    env.ok(&["edit", &e10, "Báo cáo nhanh (sửa)"]);
    let e3 = ids.e_dec[2].to_string();
    env.ok(&["rm", &e3]);
    let r = env.json(&["report", "month", "2022-12"]);
    assert!(r["submitted_at"].is_string());
    // 12 − 1 + 1
    assert_eq!(total(&r), 12);
    assert_eq!(r["entries"]["minutes"], 770 - 30 + 10);
    assert_eq!(
        r["amendments"],
        json!([
            {"id": ids.e_dec[2], "change": "removed", "what": "2022-12-05 Tiếp công dân"},
            {"id": ids.e_dec[9], "change": "changed", "what": "2022-12-19 Báo cáo nhanh (sửa)"},
            {"id": added, "change": "added", "what": "2022-12-20 Bổ sung báo cáo"},
        ])
    );
    // An edit that only changes what the breakdowns count (the field, a unit, a tag) is
    // an amendment too: by_field changes with it.
    let e1 = ids.e_dec[0].to_string();
    env.ok(&["edit", &e1, "-f", "laodong"]);
    let r = env.json(&["report", "month", "2022-12"]);
    let changed: Vec<(i64, String)> = r["amendments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (id(a), a["change"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        changed,
        vec![
            (ids.e_dec[0], "changed".to_string()),
            (ids.e_dec[2], "removed".to_string()),
            (ids.e_dec[9], "changed".to_string()),
            (added, "added".to_string()),
        ]
    );
    // The frozen copy: the numbers as they were submitted.
    let f = env.json(&["report", "month", "2022-12", "--as-submitted"]);
    assert_eq!(total(&f), 12);
    assert_eq!(f["entries"]["minutes"], 770);
    assert_eq!(f["daily"][4]["count"], 2);
    assert_eq!(f["daily"][19]["count"], 0);
    assert_eq!(f["tasks"]["planned"], 9);
    // The table view lists the amendments.
    let table = env.ok(&["report", "month", "2022-12"]);
    assert!(table.contains(&format!("#{}", ids.e_dec[2])), "{table}");
    assert!(table.contains("Bổ sung báo cáo"), "{table}");
}

#[test]
fn table_md_and_csv_views() {
    let (env, _) = scenario();
    let vi = env.run(&["report", "month", "2022-12", "--lang", "vi"]);
    assert_eq!(vi.code, 0, "{}", vi.all());
    insta::assert_snapshot!("report_month_december_vi", vi.all());
    // Stored keys are shown in the chosen language: the remedy and the contingency status.
    assert!(
        vi.stdout.contains("Tổ chức họp") && vi.stdout.contains("Đã xảy ra"),
        "{}",
        vi.stdout
    );
    assert!(
        !vi.stdout.contains("triggered") && !vi.stdout.contains(" meeting "),
        "{}",
        vi.stdout
    );

    // md: the document as text to paste (SPEC §6): the same parts as the Word file, in
    // sentences, the appendix as Markdown tables; no block bars, no inline shorthand.
    let md = env.ok(&["report", "month", "2022-12", "--format", "md"]);
    assert!(md.contains("\n# REPORT\n"), "{md}");
    assert!(md.contains("\n## I. RESULTS\n"), "{md}");
    assert!(md.contains("\n## II. "), "{md}");
    assert!(
        md.lines().any(|l| l.starts_with("| ") && l.contains(" | ")),
        "the appendix is a Markdown table: {md}"
    );
    assert!(!md.contains('█'), "md must not carry block bars: {md}");
    assert!(
        !md.contains(" @") && !md.contains(" #"),
        "no inline shorthand: {md}"
    );

    // csv: one row per breakdown bucket: breakdown,key,label,count,minutes.
    let csv_text = env.ok(&["report", "month", "2022-12", "--format", "csv"]);
    let mut rd = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = rd.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(headers.len(), 5, "{headers:?}");
    let rows: Vec<Vec<String>> = rd
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    // 8 kinds + 2 fields + 2 units + 3 tags
    assert_eq!(rows.len(), 15, "{csv_text}");
    let find = |key: &str| {
        rows.iter()
            .find(|r| r[1] == key)
            .unwrap_or_else(|| panic!("{key}: {csv_text}"))
    };
    assert_eq!(find("draft")[3..], ["3".to_string(), "270".to_string()]);
    assert_eq!(
        find("laodong")[2..],
        ["Lao động, việc làm".to_string(), "4".into(), "450".into()]
    );
    assert_eq!(find("yte")[3..], ["3".to_string(), "255".to_string()]);
    assert_eq!(find("kiemtra")[3..], ["1".to_string(), "180".to_string()]);
    // the no-field bucket: empty key
    assert!(
        rows.iter()
            .any(|r| r[1].is_empty() && r[3] == "8" && r[4] == "320"),
        "{csv_text}"
    );
    // csv rows name their breakdown; the first is by kind
    assert_ne!(rows[0][0], rows[14][0]);
}
