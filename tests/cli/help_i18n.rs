//! Issue 14.1: help, the manual and every parser error in the user's language, with the
//! argument named and what to type.

use crate::common::TestEnv;

fn vi(env: &TestEnv, args: &[&str]) -> crate::common::Out {
    let mut a = vec!["--lang", "vi"];
    a.extend(args);
    env.run(&a)
}

#[test]
fn help_is_vietnamese_with_lang_vi_and_english_otherwise() {
    let env = TestEnv::new();
    let o = vi(&env, &["task", "add", "--help"]);
    assert_eq!(o.code, 0, "{}", o.all());
    for word in [
        "Cách dùng: worklog task add [TÙY_CHỌN] <TITLE>",
        "Tham số:",
        "Tùy chọn:",
        "In trợ giúp",
        "Ví dụ:",
    ] {
        assert!(o.stdout.contains(word), "missing {word:?}:\n{}", o.stdout);
    }
    for word in ["Usage:", "Options:", "Print help", "Examples:", "possible values"] {
        assert!(
            !o.stdout.contains(word),
            "English {word:?} in Vietnamese help:\n{}",
            o.stdout
        );
    }
    let en = env.ok(&["task", "add", "--help"]);
    assert!(en.contains("Usage: worklog task add [OPTIONS] <TITLE>"), "{en}");
    assert!(!en.contains("Cách dùng"), "{en}");
}

#[test]
fn the_language_comes_from_lang_the_config_or_the_environment() {
    let env = TestEnv::new();
    let o = env
        .cmd()
        .args(["task", "add", "--help"])
        .env("LANG", "vi_VN.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("Cách dùng:"));
    env.write_config("lang = \"vi\"\n");
    let o = env.run(&["add", "--help"]);
    assert!(o.stdout.contains("Cách dùng:"), "{}", o.all());
    // --lang beats the config.
    let o = env.run(&["--lang", "en", "add", "--help"]);
    assert!(o.stdout.contains("Usage:"), "{}", o.all());
    // The config decides parser errors too.
    let e = env.input_error(&["task", "add"]);
    assert!(e.starts_with("lỗi: thiếu <TITLE>"), "{e}");
}

#[test]
fn the_help_subcommand_works_in_vietnamese() {
    let env = TestEnv::new();
    let o = vi(&env, &["help", "task"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(
        o.stdout.contains("Cách dùng: worklog task [TÙY_CHỌN] <LỆNH>"),
        "{}",
        o.stdout
    );
    assert!(o.stdout.contains("Lệnh:"), "{}", o.stdout);
}

#[test]
fn a_missing_argument_is_named_with_the_usage_to_type() {
    let env = TestEnv::new();
    let e = env.input_error(&["--lang", "vi", "task", "add"]);
    assert_eq!(
        e,
        "lỗi: thiếu <TITLE>...\ngợi ý: gõ: worklog task add [TÙY_CHỌN] <TITLE>...\n"
    );
    let e = env.input_error(&["task", "add"]);
    assert_eq!(
        e,
        "error: missing <TITLE>...\nhint: type: worklog task add [OPTIONS] <TITLE>...\n"
    );
}

#[test]
fn an_unknown_option_or_command_suggests_the_nearest() {
    let env = TestEnv::new();
    let e = env.input_error(&["--lang", "vi", "task", "add", "x", "--pri", "high"]);
    assert_eq!(
        e,
        "lỗi: không có tùy chọn '--pri' ở lệnh này\ngợi ý: có phải ý bạn là '--priority'? xem: worklog task add --help\n"
    );
    let e = env.input_error(&["--lang", "vi", "task", "ad"]);
    assert_eq!(
        e,
        "lỗi: không có lệnh 'ad'\ngợi ý: có phải ý bạn là 'add'? xem: worklog task --help\n"
    );
    let e = env.input_error(&["tsk"]);
    assert!(
        e.starts_with("error: there is no command 'tsk'\nhint: did you mean 'risk', 'task'?"),
        "{e}"
    );
    let e = env.input_error(&["--lang", "vi", "zzzz"]);
    assert!(e.contains("gợi ý: các lệnh: status, init, add"), "{e}");
}

#[test]
fn a_bad_choice_lists_the_possible_values() {
    let env = TestEnv::new();
    let e = env.input_error(&["--lang", "vi", "log", "--format", "docc"]);
    assert_eq!(
        e,
        "lỗi: 'docc' không phải giá trị hợp lệ của --format <FORMAT>\ngợi ý: có phải ý bạn là 'docx'? chọn một trong: table, md, csv, json, html, docx, xlsx\n"
    );
    let e = env.input_error(&["search", "x", "--in", "nowhere"]);
    assert!(
        e.starts_with("error: 'nowhere' is not a valid value for --in <SCOPE>\nhint: choose one of:"),
        "{e}"
    );
}

#[test]
fn conflicts_missing_subcommands_and_extra_words_say_what_to_do() {
    let env = TestEnv::new();
    let e = env.input_error(&["--lang", "vi", "task", "list", "--open", "--done"]);
    assert!(
        e.starts_with("lỗi: không dùng --open cùng với --done\ngợi ý: bỏ một trong hai"),
        "{e}"
    );
    let e = env.input_error(&["--lang", "vi", "task"]);
    assert_eq!(
        e,
        "lỗi: 'worklog task' cần một lệnh con\ngợi ý: các lệnh: add, list, start, done, drop, reopen, note, move\n"
    );
    let e = env.input_error(&["--lang", "vi", "undo", "now"]);
    assert!(e.starts_with("lỗi: thừa 'now'"), "{e}");
    assert!(e.contains("ngoặc kép"), "{e}");
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_an_input_error() {
    use std::os::unix::ffi::OsStrExt;
    let env = TestEnv::new();
    let bad = std::ffi::OsStr::from_bytes(b"--\xff\xfe");
    let o = env.cmd().args(["--lang", "vi", "log"]).arg(bad).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.starts_with("lỗi: "), "{e}");
    assert!(!e.contains("panicked"), "{e}");
}

#[test]
fn the_manual_has_one_page_per_command_and_the_program_sections() {
    let env = TestEnv::new();
    let page = env.ok(&["man"]);
    for s in [
        ".SH \"ENVIRONMENT\"",
        "WORKLOG_DB",
        "WORKLOG_CONFIG",
        "WORKLOG_TODAY",
        "NO_COLOR",
        ".SH \"FILES\"",
        ".SH \"EXIT STATUS\"",
        ".SH \"DATES\"",
    ] {
        assert!(page.contains(s), "missing {s}");
    }
    let task_add = env.ok(&["man", "task", "add"]);
    assert!(
        task_add.starts_with(".TH \"WORKLOG\\-TASK\\-ADD\" 1"),
        "{task_add}"
    );
    assert!(task_add.contains("\\fB\\-\\-due\\fR"), "{task_add}");
    assert!(
        !task_add.contains("\\-\\-db"),
        "global options belong on the program's page"
    );
    let vi = env.ok(&["--lang", "vi", "man", "task", "add"]);
    assert!(vi.contains(".SH \"CÁCH DÙNG\""), "{vi}");
    assert!(vi.contains("worklog task add [TÙY_CHỌN]"), "{vi}");
    let e = env.input_error(&["man", "nosuch"]);
    assert!(e.contains("nosuch"), "{e}");
}
