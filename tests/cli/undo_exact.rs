//! Undo puts every table back exactly: after each command of a varied session the whole
//! database (every row of every table the journal covers, and what search finds) is
//! dumped; undoing the commands one by one must give back each earlier dump in turn.

use crate::common::TestEnv;
use rusqlite::Connection;
use rusqlite::types::ValueRef;

/// Every row of every table except SQLite's own, the undo journal and the search index's
/// internals, plus the ids `search` finds for a few words and the report's link index
/// (derived, without rowids: by its key).
fn dump(env: &TestEnv) -> String {
    let c = Connection::open(env.db()).unwrap();
    let tables: Vec<String> = {
        let mut st = c
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                   AND name NOT LIKE 'undo_%' AND name NOT LIKE 'search%' AND name <> 'report_links'
                 ORDER BY name",
            )
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {t}\n"));
        let mut st = c
            .prepare(&format!("SELECT rowid, * FROM \"{t}\" ORDER BY rowid"))
            .unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                let cell = match r.get_ref(i).unwrap() {
                    ValueRef::Null => "NULL".to_string(),
                    ValueRef::Integer(v) => format!("i{v}"),
                    ValueRef::Real(v) => format!("r{v:?}"),
                    ValueRef::Text(v) => format!("t{:?}", String::from_utf8_lossy(v)),
                    ValueRef::Blob(v) => format!("b{v:?}"),
                };
                out.push_str(&cell);
                out.push('|');
            }
            out.push('\n');
        }
    }
    for word in ["hop", "duong", "QD-UBND", "ke hoach", "ty le"] {
        let mut st = c
            .prepare("SELECT rowid FROM search_idx WHERE search_idx MATCH ?1 ORDER BY rowid")
            .unwrap();
        let q = format!("\"{}\"", word.to_lowercase());
        let ids: Vec<i64> = st
            .query_map([q], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        out.push_str(&format!("search {word}: {ids:?}\n"));
    }
    let mut st = c
        .prepare(
            "SELECT quote(link), date, entry_id, minutes FROM report_links ORDER BY link, date, entry_id",
        )
        .unwrap();
    let links: Vec<(String, String, i64, i64)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    out.push_str(&format!("report_links: {links:?}\n"));
    out
}

#[test]
fn undoing_each_command_gives_back_the_database_before_it() {
    let env = TestEnv::new().with_units();
    let session: &[&[&str]] = &[
        &[
            "add",
            "Họp giao ban về đường Võ Văn Kiệt #giaoban @ldtbxh",
            "-m",
            "90",
        ],
        &[
            "add",
            "Tham mưu kế hoạch",
            "--doc",
            "12/QĐ-UBND",
            "-f",
            "laodong",
            "--date",
            "2022-12-19",
        ],
        &["edit", "4", "Họp giao ban, sửa lại 'nội dung'"],
        &[
            "task",
            "add",
            "Báo cáo tỷ lệ giải ngân",
            "--due",
            "2022-12-30",
            "-u",
            "yte",
            "--plan",
            "week",
        ],
        &["task", "start", "6"],
        &["task", "note", "6", "Đã gọi điện đôn đốc"],
        &["add", "Làm báo cáo", "--task", "6"],
        &[
            "blocker",
            "add",
            "Thiếu số liệu",
            "-u",
            "yte",
            "--task",
            "6",
            "--proposal",
            "Họp liên ngành",
        ],
        &[
            "doc",
            "add",
            "15/2022/QĐ-UBND",
            "--title",
            "Quy chế làm việc",
            "--issued",
            "2022-12-01",
        ],
        &[
            "fact",
            "add",
            "Tỷ lệ hộ nghèo",
            "--value",
            "1,2%",
            "-f",
            "laodong",
        ],
        &["task", "done", "6", "--note", "xong"],
        &["rm", "5"],
        &[
            "unit",
            "retire",
            "yte",
            "--date",
            "2022-12-20",
            "--replaced-by",
            "ldtbxh",
        ],
    ];
    // with_units made #1–#3; the session's records are #4 on.
    let mut dumps = vec![dump(&env)];
    for args in session {
        env.ok(args);
        dumps.push(dump(&env));
    }
    // Each command changed something.
    for (i, w) in dumps.windows(2).enumerate() {
        assert_ne!(w[0], w[1], "command {:?} changed nothing", session[i]);
    }
    for i in (0..session.len()).rev() {
        let out = env.ok(&["undo"]);
        assert!(out.starts_with("Undone:"), "{out}");
        let now = dump(&env);
        assert!(
            now == dumps[i],
            "undo of {:?} left:\n{now}\nexpected:\n{}",
            session[i],
            dumps[i]
        );
    }
}
