//! The golden test: the scenario of `tests/golden/scenario.txt` (November and December
//! 2022 of an official's work book) run through every read command, in every format and
//! both languages, compared byte for byte with the committed files in `tests/golden/`.
//! A refactoring keeps every one of them identical; a change in what users see shows up
//! here as a diff to review.
//!
//! `WORKLOG_BLESS=1 cargo test golden` rewrites the files after an intended change.
//!
//! What is normalised before comparing: the time of day in time stamps (records carry
//! the real time on the pinned date) and the temporary folder's path. Documents (docx)
//! are compared part by part as their XML text.

use crate::common::TestEnv;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The day every read runs on: late December, before the monthly report is due.
pub const READ_DAY: &str = "2022-12-28";

/// Every format a listing or report can be asked for.
const FORMATS: &[&str] = &["table", "md", "csv", "json", "html", "docx"];
const LANGS: &[&str] = &["vi", "en"];

/// The read commands, by golden file name. `$name` is a scenario id.
const READS: &[(&str, &str)] = &[
    ("status", "status"),
    ("log-month", "log month"),
    ("log-november", "log 2022-11"),
    ("log-week", "log week"),
    ("log-kind", "log month -k advice"),
    ("log-unit", "log month -u ldtbxh"),
    ("log-tag", "log 2022 -t totrinh"),
    ("log-field", "log 2022 -f laodong"),
    ("log-task", "log 2022 --task $b"),
    ("show-entry", "show $hop"),
    ("show-task", "show $dean"),
    ("show-task-done", "show $f1"),
    ("show-doc", "show $qd45"),
    ("show-blocker", "show $kinhphi"),
    ("show-contingency", "show $ct1"),
    ("show-fact", "show $fact1"),
    ("show-unit", "show $snv"),
    ("show-field", "show $laodong"),
    ("show-goal", "show $goal1"),
    ("show-plan-item", "show $yr"),
    ("show-missing", "show 9999"),
    ("task-list", "task list"),
    ("task-list-all", "task list --all"),
    ("task-list-done", "task list --done"),
    ("task-list-overdue", "task list --overdue"),
    ("task-list-stale", "task list --stale"),
    ("task-list-unit", "task list -u snv"),
    ("task-list-plan", "task list --plan 2022-12 --all"),
    ("task-list-major", "task list --major"),
    ("plan-week-w50", "plan week 2022-W50"),
    ("plan-week-w51", "plan week 2022-W51"),
    ("plan-month", "plan month 2022-12"),
    ("contingency-list", "contingency list"),
    ("contingency-list-open", "contingency list --open"),
    ("contingency-list-plan", "contingency list --plan 2022-W50"),
    ("blocker-list", "blocker list"),
    ("blocker-list-open", "blocker list --open"),
    ("blocker-list-unit", "blocker list -u yte"),
    ("doc-list", "doc list"),
    ("doc-list-required", "doc list --required"),
    ("doc-list-issued-central", "doc list --issued --level central"),
    ("doc-list-field", "doc list -f laodong"),
    ("fact-list", "fact list"),
    ("fact-list-stale", "fact list --stale"),
    ("unit-list", "unit list"),
    ("unit-list-all", "unit list --all"),
    ("field-list", "field list"),
    ("search-diacritics", "search \"tham muu\""),
    ("search-all", "search so --in all"),
    ("search-tasks", "search \"báo cáo\" --in tasks month"),
    ("search-docs", "search nghi --in docs"),
    ("search-facts", "search ho --in facts"),
    ("search-none", "search khongco"),
    ("cal-december", "cal 2022-12"),
    ("cal-tet", "cal 2023-01"),
    ("report-week-w50", "report week 2022-W50"),
    ("report-week-w51", "report week 2022-W51"),
    ("report-week", "report week"),
    ("report-month", "report month"),
    ("report-month-november", "report month 2022-11"),
    ("report-quarter", "report month 2022-Q4"),
    ("report-year", "report year 2022"),
    ("report-range", "report range 01/12/2022 15/12/2022"),
    ("report-followups", "report followups"),
    ("report-followups-unit", "report followups -u yte"),
    ("report-review", "report review"),
    ("report-review-since", "report review --since 01/12/2022"),
    ("report-facts", "report facts"),
    ("report-briefing", "report briefing 21/12/2022"),
    ("export", "export"),
    ("export-entries", "export --what entries"),
    ("export-tasks", "export --what tasks"),
    ("export-docs", "export --what docs"),
    ("export-facts", "export --what facts"),
    ("export-period", "export --what entries 2022-11"),
];

/// The config of the golden official: every `[person]` and `[report]` key set.
const CONFIG: &str = r#"
[person]
name = "Nguyễn Văn A"
title = "Chuyên viên"
org = "Văn phòng UBND tỉnh"
place = "Bà Rịa - Vũng Tàu"
parent_org = "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
authority = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]

[report]
symbol = "BC-VP"
"#;

/// Splits a scenario line into words; "double quotes" keep spaces.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            _ => {
                cur.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(cur);
    }
    out
}

fn substitute(args: Vec<String>, ids: &BTreeMap<String, String>) -> Vec<String> {
    args.into_iter()
        .map(|a| match a.strip_prefix('$') {
            Some(rest) => {
                let end = rest
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
                let id = ids
                    .get(&rest[..end])
                    .unwrap_or_else(|| panic!("scenario: unknown id ${rest}"));
                format!("{id}{}", &rest[end..])
            }
            None => a,
        })
        .collect()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

/// Builds the scenario's database through the real binary; returns the environment
/// (today = `READ_DAY`) and the named ids.
pub fn build() -> (TestEnv, BTreeMap<String, String>) {
    let mut env = TestEnv::at("2022-11-01");
    env.write_config(CONFIG);
    let script = std::fs::read_to_string(golden_dir().join("scenario.txt")).expect("scenario.txt");
    let mut ids = BTreeMap::new();
    for line in script.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut w = words(line);
        env.today = w.remove(0);
        let name = if w.len() > 1 && w[1] == "=" {
            let n = w.remove(0);
            w.remove(0);
            Some(n)
        } else {
            None
        };
        let mut args = substitute(w, &ids);
        args.extend(["--format".into(), "json".into()]);
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.ok(&argv);
        if let Some(n) = name {
            let v: serde_json::Value =
                serde_json::from_str(&out).unwrap_or_else(|e| panic!("{line}: not JSON ({e}): {out}"));
            ids.insert(n, v["id"].to_string());
        }
    }
    // Ids the scenario's lines do not name: the first fact, unit snv, field laodong,
    // the month's goal, found from listings.
    let find = |args: &[&str], key: &str, value: &str| -> String {
        let v = env.json(args);
        let hit = v
            .as_array()
            .and_then(|a| a.iter().find(|r| r[key] == value))
            .unwrap_or_else(|| panic!("{args:?}: no {key} = {value} in {v}"));
        hit["id"].to_string()
    };
    ids.insert("fact1".into(), find(&["fact", "list"], "text", "Số hộ nghèo"));
    ids.insert("snv".into(), find(&["unit", "list"], "alias", "snv"));
    ids.insert("laodong".into(), find(&["field", "list"], "key", "laodong"));
    let plan = env.json(&["plan", "month", "2022-12"]);
    let goal = plan["goals"][0]["id"].to_string();
    assert_ne!(goal, "null", "plan month has no goal: {plan}");
    ids.insert("goal1".into(), goal);
    env.today = READ_DAY.into();
    (env, ids)
}

/// Replaces what differs between runs: the time of day of `YYYY-MM-DDTHH:MM:SS` stamps
/// and the temporary folder.
fn normalise(text: &str, tmp: &Path) -> String {
    let text = text.replace(&tmp.display().to_string(), "$TMP");
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
    while i < b.len() {
        // a stamp: 4 digits - 2 - 2 T 2 : 2 : 2
        let is_stamp = i + 19 <= b.len()
            && (0..4).all(|k| digit(i + k))
            && b[i + 4] == b'-'
            && b[i + 7] == b'-'
            && b[i + 10] == b'T'
            && b[i + 13] == b':'
            && b[i + 16] == b':'
            && [5, 6, 8, 9, 11, 12, 14, 15, 17, 18].iter().all(|k| digit(i + k));
        // a stamp as people read it, in local time (TZ=UTC): dd/mm/yyyy hh:mm or
        // yyyy-mm-dd hh:mm
        let shown = |digits: &[usize], seps: [usize; 2], sep: u8| {
            i + 16 <= b.len()
                && digits.iter().all(|k| digit(i + k))
                && seps.iter().all(|k| b[i + k] == sep)
                && b[i + 10] == b' '
                && b[i + 13] == b':'
                && [11, 12, 14, 15].iter().all(|k| digit(i + k))
                && !digit(i + 16)
                && b.get(i + 16) != Some(&b':')
        };
        let vi_stamp = shown(&[0, 1, 3, 4, 6, 7, 8, 9], [2, 5], b'/');
        let en_stamp = shown(&[0, 1, 2, 3, 5, 6, 8, 9], [4, 7], b'-');
        if is_stamp {
            out.push_str(&text[i..i + 11]);
            out.push_str("hh:mm:ss");
            i += 19;
        } else if (vi_stamp || en_stamp) && (i == 0 || !digit(i - 1)) {
            out.push_str(&text[i..i + 11]);
            out.push_str("hh:mm");
            i += 16;
        } else {
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// The XML parts of a .docx, in name order, as text.
fn docx_parts(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).expect("part").name().to_string())
        .collect();
    names.sort();
    let mut out = String::new();
    for n in names {
        let mut s = String::new();
        zip.by_name(&n)
            .expect("part")
            .read_to_string(&mut s)
            .expect("utf-8 part");
        out.push_str(&format!("=== {n}\n{s}\n"));
    }
    out
}

/// One read in one format and language: exit status, stdout (or the document's parts),
/// stderr.
fn run_one(env: &TestEnv, args: &[String], format: &str, lang: &str) -> String {
    let tmp = env.dir.path();
    let file = tmp.join("out.docx");
    let _ = std::fs::remove_file(&file);
    let mut cmd = env.cmd();
    cmd.args(args).args(["--format", format, "--lang", lang]);
    if format == "docx" {
        cmd.arg("-o").arg(&file);
    }
    let o = cmd.output().expect("run");
    let mut s = format!("[exit {}]\n", o.status.code().unwrap_or(-1));
    s.push_str(&String::from_utf8_lossy(&o.stdout));
    if let Ok(bytes) = std::fs::read(&file) {
        if bytes.starts_with(b"PK") {
            s.push_str(&docx_parts(&bytes));
        } else {
            s.push_str("=== -o file\n");
            s.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    if !o.stderr.is_empty() {
        s.push_str("--- stderr\n");
        s.push_str(&String::from_utf8_lossy(&o.stderr));
    }
    normalise(&s, tmp)
}

/// Compares `actual` with the golden file `name`, or rewrites it when blessing.
/// Returns a description of the difference.
fn check(name: &str, actual: &str) -> Option<String> {
    let path = golden_dir().join(format!("{name}.txt"));
    if std::env::var_os("WORKLOG_BLESS").is_some() {
        std::fs::write(&path, actual).expect("write golden");
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected == actual {
        return None;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Some(format!(
        "{name}: differs at line {}\n  golden: {}\n  now:    {}",
        line + 1,
        expected.lines().nth(line).unwrap_or("<end>"),
        actual.lines().nth(line).unwrap_or("<end>"),
    ))
}

#[test]
fn every_read_in_every_format_is_unchanged() {
    let (env, ids) = build();
    let mut diffs = Vec::new();
    let mut names = Vec::new();
    for (name, line) in READS {
        let args = substitute(words(line), &ids);
        let mut all = String::new();
        for lang in LANGS {
            for format in FORMATS {
                all.push_str(&format!("##### {line} --format {format} --lang {lang}\n"));
                all.push_str(&run_one(&env, &args, format, lang));
            }
        }
        diffs.extend(check(name, &all));
        names.push(format!("{name}.txt"));
    }
    // A CSV written to a file starts with a byte-order mark; man and completions.
    let csv_file = env.dir.path().join("log.csv");
    env.ok(&[
        "log",
        "month",
        "--format",
        "csv",
        "-o",
        csv_file.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&csv_file).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    diffs.extend(check("log-month-csv-file", &String::from_utf8_lossy(&bytes)));
    diffs.extend(check("man", &env.ok(&["man"])));
    // The registration script calls the program back by the path it was run as.
    let script = env.ok(&["completions", "bash"]);
    let program = env!("CARGO_BIN_EXE_worklog");
    diffs.extend(check("completions-bash", &script.replace(program, "worklog")));
    names.extend(["log-month-csv-file.txt", "man.txt", "completions-bash.txt"].map(String::from));
    // report merge: this official's month and a colleague's (the same figures under
    // another name: one person's file twice is refused), as an office head would roll
    // them up.
    let month = env.ok(&["report", "month", "--format", "json"]);
    let f = env.dir.path().join("a.json");
    std::fs::write(&f, &month).unwrap();
    let mut other: serde_json::Value = serde_json::from_str(&month).unwrap();
    other["person"]["name"] = "Trần Thị B".into();
    other["identity"]["person"] = "Trần Thị B".into();
    std::fs::write(
        env.dir.path().join("b.json"),
        serde_json::to_string_pretty(&other).unwrap(),
    )
    .unwrap();
    // (named relative to the folder the command runs in: the path is printed)
    let merge_args: Vec<String> = ["report", "merge", "a.json", "b.json"].map(String::from).to_vec();
    let mut all = String::new();
    for lang in LANGS {
        for format in FORMATS {
            all.push_str(&format!(
                "##### report merge a.json b.json --format {format} --lang {lang}\n"
            ));
            all.push_str(&run_one(&env, &merge_args, format, lang));
        }
    }
    diffs.extend(check("report-merge", &all));
    names.push("report-merge.txt".into());
    names.push("fixture-as-submitted.txt".into()); // a_submission_frozen_by_an_earlier_build_still_reads
    // Every golden file belongs to a case (a renamed case leaves no stale file behind).
    if std::env::var_os("WORKLOG_BLESS").is_none() {
        for f in std::fs::read_dir(golden_dir()).unwrap() {
            let n = f.unwrap().file_name().to_string_lossy().into_owned();
            if n.ends_with(".txt") && n != "scenario.txt" && !names.contains(&n) {
                diffs.push(format!("{n}: no case writes this golden file"));
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "golden files differ (WORKLOG_BLESS=1 to accept):\n{}",
        diffs.join("\n")
    );
}

#[test]
fn normalise_hides_only_the_time_of_day() {
    let t = Path::new("/tmp/x");
    assert_eq!(
        normalise("a 2022-12-05T13:04:59+00:00 /tmp/x/b 2022-12-05", t),
        "a 2022-12-05Thh:mm:ss+00:00 $TMP/b 2022-12-05"
    );
    assert_eq!(
        normalise(
            "│ 05/12/2022 21:08 │ 2022-12-05 09:30 │ 05/12/2022 │ 1 giờ 30 phút",
            t
        ),
        "│ 05/12/2022 hh:mm │ 2022-12-05 hh:mm │ 05/12/2022 │ 1 giờ 30 phút"
    );
    assert_eq!(
        words(r#"add "Họp giao ban" -k meeting"#),
        ["add", "Họp giao ban", "-k", "meeting"]
    );
}

/// The frozen submission: `tests/golden/fixture-submitted.db` holds the golden scenario
/// with December submitted on 28/12/2022 and an entry added afterwards, written by the
/// build of 2026-12-03 (schema v6). Every later build must read that copy back as it
/// was frozen, and list the amendment. `WORKLOG_BLESS_FIXTURE=1` writes a new fixture
/// (only when the stored format changes on purpose: old files must keep working).
#[test]
fn a_submission_frozen_by_an_earlier_build_still_reads() {
    let fixture = golden_dir().join("fixture-submitted.db");
    let env = if std::env::var_os("WORKLOG_BLESS_FIXTURE").is_some() {
        let (mut env, _) = build();
        env.ok(&["report", "month", "--submit"]);
        env.today = "2022-12-29".into();
        env.ok(&[
            "add",
            "Họp rà soát cuối năm",
            "-k",
            "meeting",
            "-m",
            "60",
            "-d",
            "29/12/2022",
        ]);
        std::fs::copy(env.db(), &fixture).expect("write fixture");
        env
    } else {
        let mut env = TestEnv::at("2022-12-29");
        std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
        std::fs::copy(&fixture, env.db()).expect("fixture-submitted.db");
        env.write_config(CONFIG);
        env.today = "2022-12-29".into();
        env
    };
    // The fixture's schema is older than this build's: commands that only read leave
    // it as it is (they read a migrated copy in memory; SPEC §7).
    let before = env.db_bytes();
    let mut all = String::new();
    for args in [
        ["report", "month", "--as-submitted"],
        ["report", "month", "2022-12"],
    ] {
        let args: Vec<String> = args.map(String::from).to_vec();
        for lang in LANGS {
            for format in FORMATS {
                all.push_str(&format!(
                    "##### {} --format {format} --lang {lang}\n",
                    args.join(" ")
                ));
                all.push_str(&run_one(&env, &args, format, lang));
            }
        }
    }
    // Reading a submission writes nothing.
    assert!(env.db_bytes() == before, "reading the fixture changed it");
    let v = env.json(&["report", "month", "2022-12"]);
    assert_eq!(v["submitted_at"].as_str().map(|s| &s[..10]), Some("2022-12-28"));
    assert_eq!(
        v["amendments"].as_array().map(Vec::len),
        Some(1),
        "{}",
        v["amendments"]
    );
    if let Some(d) = check("fixture-as-submitted", &all) {
        panic!("golden file differs (WORKLOG_BLESS=1 to accept):\n{d}");
    }
}
