//! Formats and flags that mean what they say (issue 14.6): a `--format` a command has no
//! output in is exit 2 naming the formats it has (and a writing command writes nothing
//! then); `-q` silences every writing command; colour marks overdue, stale and done rows
//! in terminal tables only, with NO_COLOR, CLICOLOR_FORCE and TERM=dumb honoured.

use crate::common::TestEnv;

#[test]
fn a_format_the_command_has_not_is_exit_2_naming_its_formats() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban"]);
    let before = env.db_bytes();
    let out = env.dir.path().join("x.docx");
    let out = out.to_str().unwrap();
    let en = env.input_error(&["add", "Soạn báo cáo", "--format", "docx", "-o", out]);
    assert_eq!(
        en,
        "error: 'worklog add' has no docx output\n\
         hint: its formats: table, md, csv, json, xlsx (leave --format out for the table)\n"
    );
    // nothing was written: not the entry, not the file
    assert_eq!(env.db_bytes(), before);
    assert!(!std::path::Path::new(out).exists());
    let vi = env.input_error(&["--lang", "vi", "task", "list", "--format", "html"]);
    assert_eq!(
        vi,
        "lỗi: lệnh 'worklog task list' không xuất được định dạng html\n\
         gợi ý: các định dạng của lệnh này: table, md, csv, json, xlsx (bỏ --format để xem bảng)\n"
    );
    let vi = env.input_error(&["--lang", "vi", "log", "--format", "docx", "-o", out]);
    assert!(
        vi.starts_with("lỗi: lệnh 'worklog log' không xuất được định dạng docx\n"),
        "{vi}"
    );
    assert!(!std::path::Path::new(out).exists());
    // a closing review is no document: the same, before it runs
    let en = env.input_error(&["plan", "close", "--format", "html"]);
    assert!(en.contains("'worklog plan close' has no html output"), "{en}");
    assert!(en.contains("its formats: table, md, csv, json, xlsx"), "{en}");
    // a report that is a document still is one
    let html = env.ok(&["report", "month", "2022-12", "--format", "html"]);
    assert!(html.contains("<html"), "{html}");
    // xlsx needs -o, said before anything is written
    let en = env.input_error(&["add", "Việc", "--format", "xlsx"]);
    assert!(en.contains("xlsx"), "{en}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn quiet_writing_commands_print_nothing() {
    let env = TestEnv::at("2022-12-19");
    env.write_config("[leaders]\npct = \"Phó Chủ tịch UBND tỉnh\"\n");
    let q = |args: &[&str]| {
        let mut a = vec!["-q"];
        a.extend_from_slice(args);
        let o = env.run(&a);
        assert_eq!(o.code, 0, "worklog {a:?}:\n{}", o.all());
        assert_eq!(o.stdout, "", "worklog {a:?} printed with -q");
        assert_eq!(o.stderr, "", "worklog {a:?} printed to stderr with -q");
    };
    q(&["init"]);
    q(&["unit", "add", "snv", "Sở Nội vụ", "--kind", "so-nganh"]);
    q(&["unit", "add", "sld", "Sở Lao động"]);
    q(&["field", "add", "laodong", "Lao động"]);
    q(&["add", "Họp giao ban", "-u", "snv"]); // #4
    q(&["task", "add", "Soạn báo cáo", "--plan", "week"]); // #5
    q(&["task", "start", "5"]);
    q(&["task", "note", "5", "Sở đã gửi số liệu"]);
    q(&["task", "done", "5"]);
    q(&["task", "reopen", "5"]);
    q(&["task", "move", "5", "next-week"]);
    q(&["task", "drop", "5"]);
    q(&["plan", "add", "Kiểm tra"]);
    q(&["plan", "goal", "Xong báo cáo năm"]);
    q(&[
        "contingency",
        "add",
        "Mưa bão",
        "--response",
        "Họp trực tuyến",
        "--plan",
        "week",
    ]);
    q(&[
        "blocker",
        "add",
        "Thiếu kinh phí",
        "-u",
        "snv",
        "--remedy",
        "chi-dao",
    ]);
    q(&[
        "doc",
        "add",
        "--title",
        "Quy định hỗ trợ",
        "--required",
        "--level",
        "tinh",
    ]);
    q(&["fact", "add", "Dân số", "--value", "1,2 triệu", "-f", "laodong"]);
    q(&["consult", "add", "Phương án sắp xếp", "--leader", "pct"]);
    q(&["edit", "4", "Họp giao ban tuần"]);
    q(&["rm", "4"]);
    q(&["undo"]);
    let id_of = |args: &[&str]| {
        let v = env.json(args);
        v.as_array().unwrap()[0]["id"].to_string()
    };
    let c = id_of(&["contingency", "list"]);
    q(&["contingency", "trigger", &c, "--outcome", "Đã họp trực tuyến"]);
    q(&["contingency", "close", &c]);
    let b = id_of(&["blocker", "list"]);
    q(&["blocker", "resolve", &b, "--note", "Đã bố trí"]);
    let d = id_of(&["doc", "list"]);
    q(&["doc", "issue", &d, "12/2022/QĐ-UBND", "--date", "hôm qua"]);
    let k = id_of(&["consult", "list"]);
    q(&["consult", "answer", &k, "--opinion", "Đồng ý", "--agreed"]);
    let g = env.json(&["plan", "week"])["goals"][0]["id"].to_string();
    q(&["plan", "goal", "done", &g]);
    q(&["plan", "week", "next-week"]);
    q(&["unit", "retire", "sld", "--date", "hôm nay"]);
    q(&["plan", "close"]);
    q(&["report", "month", "2022-12", "--submit"]);
    q(&["backup"]);
    q(&["migrate"]);
    q(&["--dry-run", "add", "Thử"]);
    let csv = env.file("e.csv", "date,text\n19/12/2022,Tiếp dân\n");
    q(&["import", &csv]);
    // the JSON asked for is still printed
    let o = env.run(&["-q", "add", "Việc", "--format", "json"]);
    assert!(o.stdout.contains("\"id\""), "{}", o.all());
    // a reading command still shows what it lists
    let o = env.run(&["-q", "task", "list", "--all"]);
    assert!(o.stdout.contains("Kiểm tra"), "{}", o.all());
    // errors are never silenced
    let o = env.run(&["-q", "task", "done", "999"]);
    assert_eq!(o.code, 2);
    assert!(!o.stderr.is_empty());
}

#[test]
fn quiet_is_documented_exactly_in_both_languages() {
    let env = TestEnv::new();
    let help = |args: &[&str]| env.ok(args).split_whitespace().collect::<Vec<_>>().join(" ");
    let en = help(&["add", "--help"]);
    assert!(
        en.contains("-q, --quiet Print nothing when a command that writes succeeds (--format json still prints the record, -o still writes its file)"),
        "{en}"
    );
    let vi = help(&["--lang", "vi", "add", "--help"]);
    assert!(
        vi.contains("-q, --quiet Không in gì khi một lệnh ghi dữ liệu chạy thành công"),
        "{vi}"
    );
}

/// Tasks #1 stale (untouched since November), #2 overdue, #3 done, #4 plain.
fn tasks_in_every_state() -> TestEnv {
    let mut env = TestEnv::at("2022-11-01");
    env.ok(&["task", "add", "Việc cũ"]);
    env.today = "2022-12-21".into();
    env.ok(&["task", "add", "Việc quá hạn", "--due", "19/12"]);
    env.ok(&["task", "add", "Việc xong"]);
    env.ok(&["task", "done", "3"]);
    env.ok(&["task", "add", "Việc thường"]);
    env
}

const RED: &str = "\x1b[38;5;9m";
const YELLOW: &str = "\x1b[38;5;11m";
const DIM: &str = "\x1b[2m";

/// The line of the table that shows `text`.
fn line_of<'a>(out: &'a str, text: &str) -> &'a str {
    out.lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no {text} in\n{out}"))
}

#[test]
fn colour_marks_overdue_stale_and_done_when_forced() {
    let env = tasks_in_every_state();
    for lang in ["en", "vi"] {
        let o = env
            .cmd()
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1")
            .args(["--lang", lang, "task", "list", "--all"])
            .output()
            .unwrap();
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(line_of(&out, "Việc quá hạn").contains(RED), "{lang}:\n{out}");
        assert!(line_of(&out, "Việc cũ").contains(YELLOW), "{lang}:\n{out}");
        assert!(line_of(&out, "Việc xong").contains(DIM), "{lang}:\n{out}");
        let plain = line_of(&out, "Việc thường");
        assert!(
            !plain.contains(RED) && !plain.contains(YELLOW) && !plain.contains(DIM),
            "{plain}"
        );
        // status too
        let o = env
            .cmd()
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1")
            .args(["--lang", lang, "status"])
            .output()
            .unwrap();
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(line_of(&out, "Việc quá hạn").contains(RED), "{lang}:\n{out}");
    }
}

#[test]
fn no_colour_in_json_csv_md_files_or_with_no_color() {
    let env = tasks_in_every_state();
    let forced = |args: &[&str], no_color: Option<&str>| {
        let mut c = env.cmd();
        c.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        let o = c.args(args).output().unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    for format in ["json", "csv", "md"] {
        let out = forced(&["task", "list", "--all", "--format", format], None);
        assert!(!out.contains('\x1b'), "{format}:\n{out}");
    }
    // NO_COLOR wins over CLICOLOR_FORCE, set to anything, even empty
    for v in ["1", ""] {
        let out = forced(&["--lang", "vi", "task", "list", "--all"], Some(v));
        assert!(!out.contains('\x1b'), "NO_COLOR={v:?}:\n{out}");
    }
    let out = forced(&["task", "list", "--all", "--no-color"], None);
    assert!(!out.contains('\x1b'), "{out}");
    // CLICOLOR_FORCE=0 forces nothing; piped, there is no colour
    let o = env
        .cmd()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "0")
        .args(["task", "list", "--all"])
        .output()
        .unwrap();
    assert!(!String::from_utf8(o.stdout).unwrap().contains('\x1b'));
    // a file never gets colour
    let f = env.dir.path().join("t.txt");
    forced(&["task", "list", "--all", "-o", f.to_str().unwrap()], None);
    let text = std::fs::read_to_string(&f).unwrap();
    assert!(text.contains("Việc quá hạn") && !text.contains('\x1b'), "{text}");
}

/// On a real terminal (util-linux `script`): colour, unless TERM=dumb or NO_COLOR.
#[cfg(unix)]
#[test]
fn on_a_terminal_colour_unless_term_is_dumb() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    let env = tasks_in_every_state();
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let on_terminal = |term: &str, no_color: bool, lang: &str| {
        let mut c = std::process::Command::new("script");
        c.args([
            "-qec",
            &format!("{} --lang {lang} task list --all", bin.display()),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", &env.today)
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("TERM", term)
        .stdin(std::process::Stdio::null());
        if no_color {
            c.env("NO_COLOR", "1");
        }
        let o = c.output().unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    for lang in ["vi", "en"] {
        let out = on_terminal("xterm", false, lang);
        assert!(line_of(&out, "Việc quá hạn").contains(RED), "{out}");
        let out = on_terminal("dumb", false, lang);
        assert!(
            out.contains("Việc quá hạn") && !out.contains(RED) && !out.contains(DIM),
            "{out}"
        );
        let out = on_terminal("xterm", true, lang);
        assert!(out.contains("Việc quá hạn") && !out.contains(RED), "{out}");
    }
}
