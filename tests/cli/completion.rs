//! Shell completion that knows the data (issue 14 item 7): the shell's protocol
//! (`COMPLETE=bash worklog -- worklog …`) answered by the real binary from the test's
//! database and config, `completions SHELL` printing the registration script, and a real
//! interactive bash in tmux pressing Tab.

use crate::common::{Out, TestEnv};

/// Asks the binary what `shell` would offer for the last of `words` (the command line
/// after `worklog`), as the registration scripts do.
fn ask(env: &TestEnv, shell: &str, words: &[&str], extra: &[(&str, &str)]) -> Out {
    let mut c = env.cmd();
    c.env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .arg("worklog")
        .args(words);
    for (k, v) in extra {
        c.env(k, v);
    }
    let o = c.output().expect("run");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// The values offered (bash: one per line).
fn offered(env: &TestEnv, words: &[&str]) -> Vec<String> {
    let o = ask(env, "bash", words, &[]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(o.stderr.is_empty(), "{}", o.all());
    o.stdout.lines().map(String::from).collect()
}

/// fish's answer: `value<TAB>help` lines.
fn with_help(env: &TestEnv, words: &[&str]) -> Vec<(String, String)> {
    let o = ask(env, "fish", words, &[]);
    assert_eq!(o.code, 0, "{}", o.all());
    o.stdout
        .lines()
        .map(|l| {
            let (v, h) = l.split_once('\t').unwrap_or((l, ""));
            (v.to_string(), h.to_string())
        })
        .collect()
}

#[test]
fn bash_protocol_offers_the_unit_aliases_of_the_database() {
    let env = TestEnv::new().with_units();
    assert_eq!(offered(&env, &["task", "list", "-u", ""]), ["ldtbxh", "yte"]);
    assert_eq!(offered(&env, &["task", "list", "-u", "y"]), ["yte"]);
    assert_eq!(offered(&env, &["add", "x", "--unit", "LD"]), ["ldtbxh"]);
    assert_eq!(
        offered(&env, &["report", "followups", "-u", ""]),
        ["ldtbxh", "yte"]
    );
    assert_eq!(offered(&env, &["add", "x", "-f", ""]), ["laodong"]);
    // @alias in the text of an entry or a task
    assert_eq!(offered(&env, &["add", "Dự", "họp", "@l"]), ["@ldtbxh"]);
    assert_eq!(
        offered(&env, &["task", "add", "Báo", "cáo", "@"]),
        ["@ldtbxh", "@yte"]
    );
    // --db on the command line names the database to complete from.
    let other = TestEnv::new();
    other.ok(&["unit", "add", "snv", "Sở Nội vụ"]);
    let db = other.db();
    assert_eq!(
        offered(&env, &["--db", db.to_str().unwrap(), "task", "list", "-u", ""]),
        ["snv"]
    );
}

#[test]
fn ids_come_with_their_text_in_the_users_language() {
    let env = TestEnv::new().with_units();
    let task = env.json(&["task", "add", "Báo cáo quý IV", "-u", "ldtbxh"])["id"]
        .as_i64()
        .unwrap();
    let done = env.json(&["task", "add", "Dự thảo tờ trình"])["id"]
        .as_i64()
        .unwrap();
    env.ok(&["task", "done", &done.to_string()]);
    let entry = env.json(&["add", "Dự họp giao ban", "-k", "meeting"])["id"]
        .as_i64()
        .unwrap();
    let ids = with_help(&env, &["task", "done", ""]);
    assert_eq!(ids[0], (task.to_string(), "Báo cáo quý IV".to_string()));
    assert!(!ids.iter().any(|(v, _)| *v == done.to_string()), "{ids:?}");
    assert_eq!(
        with_help(&env, &["task", "reopen", ""])[0],
        (done.to_string(), "Dự thảo tờ trình".to_string())
    );
    // show takes any record: the newest first, its kind named.
    let any = with_help(&env, &["--lang", "en", "show", ""]);
    assert_eq!(
        any[0],
        (entry.to_string(), "log entry: Dự họp giao ban".to_string())
    );
    let any = with_help(&env, &["--lang", "vi", "show", ""]);
    assert_eq!(
        any[0],
        (entry.to_string(), "mục nhật ký: Dự họp giao ban".to_string())
    );
    // plan goal done ID: the goals not yet achieved.
    let goal = env.json(&["plan", "goal", "Trình ký báo cáo"])["id"]
        .as_i64()
        .unwrap();
    assert_eq!(offered(&env, &["plan", "goal", "d"]), ["done"]);
    assert_eq!(
        with_help(&env, &["plan", "goal", "done", ""])[0],
        (goal.to_string(), "Trình ký báo cáo".to_string())
    );
    // The digits typed narrow the ids.
    let first = task.to_string();
    let narrowed = with_help(&env, &["show", &first]);
    assert!(
        narrowed.iter().all(|(v, _)| v.starts_with(&first)),
        "{narrowed:?}"
    );
    assert!(narrowed.iter().any(|(v, _)| *v == first));
}

#[test]
fn fixed_sets_and_kinds_with_labels_in_both_languages() {
    let env = TestEnv::new();
    let vi = with_help(&env, &["--lang", "vi", "add", "x", "-k", ""]);
    assert!(vi.contains(&("meeting".to_string(), "Họp".to_string())), "{vi:?}");
    let en = with_help(&env, &["--lang", "en", "add", "x", "-k", ""]);
    assert!(
        en.contains(&("meeting".to_string(), "Meeting".to_string())),
        "{en:?}"
    );
    // Found by the Vietnamese label, typed without diacritics.
    assert_eq!(offered(&env, &["--lang", "vi", "log", "-k", "tiep"]), ["citizen"]);
    assert_eq!(
        offered(&env, &["task", "add", "x", "-p", ""]),
        ["high", "normal", "low"]
    );
    assert_eq!(
        offered(&env, &["blocker", "add", "x", "--remedy", ""]),
        ["directive", "meeting", "other"]
    );
    assert_eq!(
        offered(&env, &["doc", "list", "--level", ""]),
        ["central", "province", "other"]
    );
    let kinds = with_help(&env, &["--lang", "vi", "unit", "add", "x", "y", "--kind", ""]);
    assert_eq!(kinds[0], ("department".to_string(), "Sở, ngành".to_string()));
    // config [kinds] and [leaders]
    env.write_config(
        "[kinds]\nappraisal = \"Thẩm định hồ sơ\"\n[leaders]\npct = \"Phó Chủ tịch Nguyễn Văn B\"\n",
    );
    assert_eq!(offered(&env, &["add", "x", "-k", "tham"]), ["appraisal"]);
    assert_eq!(
        with_help(&env, &["consult", "add", "x", "--leader", ""]),
        [("pct".to_string(), "Phó Chủ tịch Nguyễn Văn B".to_string())]
    );
    // Periods, with the days they cover (the test's today is 21/12/2022).
    let periods = with_help(&env, &["--lang", "vi", "log", ""]);
    assert!(
        periods.contains(&(
            "week".to_string(),
            "2022-W51 · 19/12/2022 – 25/12/2022".to_string()
        )),
        "{periods:?}"
    );
    assert!(
        periods.contains(&("today".to_string(), "Thứ Tư 21/12/2022".to_string())),
        "{periods:?}"
    );
    assert_eq!(
        offered(&env, &["task", "add", "x", "--plan", ""]),
        ["week", "last-week", "month", "last-month"]
    );
    // Option descriptions (zsh and fish show them) in the user's language.
    let opts = with_help(&env, &["--lang", "vi", "task", "list", "--ma"]);
    assert_eq!(
        opts,
        [("--major".to_string(), "Chỉ các Đề án, chính sách lớn".to_string())]
    );
}

#[test]
fn no_database_offers_nothing_and_creates_nothing() {
    let env = TestEnv::new();
    assert!(offered(&env, &["task", "list", "-u", ""]).is_empty());
    assert!(offered(&env, &["show", "1"]).is_empty());
    assert!(!env.db().exists());
    assert!(!env.db().parent().unwrap().exists());
    // A broken config: nothing from the data, no message.
    env.write_config("lang = 3\n");
    assert!(offered(&env, &["task", "list", "-u", ""]).is_empty());
    // A file that is no database.
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    std::fs::write(env.db(), "hello").unwrap();
    assert!(offered(&env, &["task", "list", "-u", ""]).is_empty());
    assert_eq!(std::fs::read(env.db()).unwrap(), b"hello");
}

#[test]
fn completion_never_migrates_or_writes() {
    let env = TestEnv::new().with_units();
    let older = worklog::store::LATEST_VERSION - 1;
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "user_version", older).unwrap();
    }
    let before = env.db_bytes();
    assert_eq!(offered(&env, &["task", "list", "-u", ""]), ["ldtbxh", "yte"]);
    offered(&env, &["show", ""]);
    assert_eq!(env.db_bytes(), before);
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, older);
}

#[test]
fn an_unknown_shell_is_a_usage_error_in_both_languages() {
    let env = TestEnv::new();
    let o = ask(&env, "tcsh", &["task", ""], &[("LANG", "vi_VN.UTF-8")]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(o.stdout.is_empty());
    assert_eq!(
        o.stderr,
        "lỗi: COMPLETE=tcsh: không có cách tự hoàn thành lệnh cho shell này\n\
         gợi ý: dùng COMPLETE=bash, zsh, fish, powershell hoặc elvish; hay chạy: worklog completions bash\n"
    );
    let o = ask(&env, "tcsh", &["task", ""], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(o.code, 2);
    assert!(
        o.stderr
            .starts_with("error: COMPLETE=tcsh: there is no completion for this shell\nhint: "),
        "{}",
        o.stderr
    );
    // COMPLETE=$SHELL works; COMPLETE=0 or empty is a normal run.
    assert_eq!(ask(&env, "/bin/bash", &["ta"], &[]).stdout, "task");
    let o = ask(&env, "0", &[], &[]);
    assert_eq!(o.code, 2, "a normal run of `worklog -- worklog`: {}", o.all());
}

#[test]
fn completions_prints_the_registration_of_each_shell() {
    let env = TestEnv::new();
    let program = env!("CARGO_BIN_EXE_worklog");
    for (shell, marker) in [
        (
            "bash",
            "complete -o nospace -o bashdefault -o nosort -F _clap_complete_worklog worklog",
        ),
        ("zsh", "compdef _clap_dynamic_completer_worklog worklog"),
        ("fish", "complete --keep-order --exclusive --command worklog"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName worklog",
        ),
        ("elvish", "set edit:completion:arg-completer[worklog]"),
    ] {
        let out = env.ok(&["completions", shell]);
        assert!(out.contains(marker), "{shell}:\n{out}");
        // It calls the program back, by the path it was run as.
        assert!(out.contains(program), "{shell}:\n{out}");
        // clap_complete's own way, `COMPLETE=bash worklog`, prints the same script.
        let o = env.cmd().env("COMPLETE", shell).output().unwrap();
        assert!(o.status.success());
        assert_eq!(String::from_utf8_lossy(&o.stdout), out, "{shell}");
    }
}

/// Real interactive shells in tmux (unix: a pty, symlinks).
#[cfg(unix)]
mod interactive {
    use crate::common::TestEnv;
    use std::path::Path;
    use std::process::Command;
    use std::time::{Duration, Instant};

    /// A tmux server of the test's own (its socket in the test's folder), ended on drop.
    struct Tmux<'a> {
        socket: &'a Path,
    }

    impl Tmux<'_> {
        fn run(&self, args: &[&str]) -> std::process::Output {
            Command::new("tmux")
                .arg("-S")
                .arg(self.socket)
                .arg("-f")
                .arg("/dev/null")
                .args(args)
                .output()
                .expect("tmux")
        }

        fn screen(&self) -> String {
            String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
        }

        /// Waits until the screen shows what `seen` looks for (a generous bound: the test
        /// asserts what is shown, never how fast).
        fn wait_for(&self, what: &str, seen: impl Fn(&str) -> bool) -> String {
            let end = Instant::now() + Duration::from_secs(60);
            loop {
                let s = self.screen();
                if seen(&s) {
                    return s;
                }
                if Instant::now() > end {
                    panic!("the screen never showed {what}:\n{s}");
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }

    impl Drop for Tmux<'_> {
        fn drop(&mut self) {
            let _ = self.run(&["kill-server"]);
        }
    }

    fn have(program: &str, arg: &str) -> bool {
        Command::new(program)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// A tmux session running `program` in the test's home with `worklog` on the PATH and
    /// the test's database, as a user's terminal would.
    fn session<'a>(env: &TestEnv, socket: &'a Path, program: &[&str]) -> Tmux<'a> {
        let home = env.dir.path();
        let bin = home.join("bin");
        if !bin.exists() {
            std::fs::create_dir_all(&bin).unwrap();
            std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_worklog"), bin.join("worklog")).unwrap();
        }
        let path = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
        let vars = [
            ("HOME", home.display().to_string()),
            ("ZDOTDIR", home.display().to_string()),
            ("PATH", path),
            ("XDG_CONFIG_HOME", home.join("config").display().to_string()),
            ("XDG_DATA_HOME", home.join("share").display().to_string()),
            ("WORKLOG_DB", env.db().display().to_string()),
            ("WORKLOG_TODAY", env.today.clone()),
            ("TERM", "xterm".to_string()),
            ("LANG", "C.UTF-8".to_string()),
        ];
        let mut args: Vec<String> = [
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "160",
            "-y",
            "40",
            "env",
            "-i",
        ]
        .map(String::from)
        .to_vec();
        args.extend(vars.iter().map(|(k, v)| format!("{k}={v}")));
        args.extend(program.iter().map(|a| a.to_string()));
        let tmux = Tmux { socket };
        let o = tmux.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(o.status.success(), "tmux: {}", String::from_utf8_lossy(&o.stderr));
        tmux
    }

    impl Tmux<'_> {
        fn keys(&self, text: &str) {
            self.run(&["send-keys", "-t", "t", "-l", "--", text]);
        }

        fn key(&self, key: &str) {
            self.run(&["send-keys", "-t", "t", key]);
        }
    }

    #[test]
    fn interactive_bash_completes_unit_aliases_on_tab() {
        if !have("tmux", "-V") || !have("bash", "--version") {
            eprintln!(
                "SKIPPED interactive_bash_completes_unit_aliases_on_tab: tmux or bash is not installed (apt-get install tmux)"
            );
            return;
        }
        let env = TestEnv::new().with_units();
        let home = env.dir.path();
        let rc = home.join("bashrc");
        std::fs::write(
            &rc,
            "PS1='READY$ '\nbind 'set bell-style none'\nsource <(worklog completions bash)\n",
        )
        .unwrap();
        let socket = home.join("tmux.sock");
        let tmux = session(
            &env,
            &socket,
            &["bash", "--noprofile", "--rcfile", rc.to_str().unwrap(), "-i"],
        );
        tmux.wait_for("the prompt", |s| s.contains("READY$"));

        // Two aliases, no common start: the first Tab inserts nothing, the second lists them.
        tmux.keys("worklog task list -u ");
        tmux.key("Tab");
        tmux.key("Tab");
        let s = tmux.wait_for("the unit aliases", |s| {
            s.lines()
                .any(|l| l.contains("ldtbxh") && l.contains("yte") && !l.contains("READY$"))
        });
        assert!(!s.contains("--help"), "only aliases after -u:\n{s}");

        // One match: Tab writes it out, followed by a space.
        tmux.key("C-u");
        tmux.keys("worklog log -u y");
        tmux.key("Tab");
        tmux.wait_for("the alias completed", |s| {
            s.lines().any(|l| l == "READY$ worklog log -u yte")
        });
        tmux.keys("-f ");
        tmux.key("Tab");
        tmux.wait_for("the field completed", |s| {
            s.lines().any(|l| l == "READY$ worklog log -u yte -f laodong")
        });
        // And it runs.
        tmux.key("Enter");
        tmux.wait_for("the command's output", |s| s.matches("READY$").count() >= 3);
        // An @alias in the text of an entry.
        tmux.keys("worklog add Dự họp @y");
        tmux.key("Tab");
        tmux.wait_for("the inline alias completed", |s| {
            s.lines().any(|l| l == "READY$ worklog add Dự họp @yte")
        });
    }

    #[test]
    fn interactive_zsh_and_fish_show_unit_names_beside_the_aliases() {
        if !have("tmux", "-V") {
            eprintln!(
                "SKIPPED interactive_zsh_and_fish_show_unit_names_beside_the_aliases: tmux is not installed"
            );
            return;
        }
        let env = TestEnv::new().with_units();
        let home = env.dir.path();
        if have("zsh", "--version") {
            std::fs::write(
                home.join(".zshrc"),
                "PS1='ZREADY%# '\nautoload -Uz compinit && compinit -u\nsource <(worklog completions zsh)\n",
            )
            .unwrap();
            let socket = home.join("tmux-zsh.sock");
            let tmux = session(&env, &socket, &["zsh", "-i"]);
            tmux.wait_for("the prompt", |s| s.contains("ZREADY"));
            tmux.keys("worklog --lang vi task list -u ");
            tmux.key("Tab");
            tmux.wait_for("the aliases with their names", |s| {
                s.lines()
                    .any(|l| l.starts_with("ldtbxh") && l.contains("Sở Lao động - Thương binh và Xã hội"))
                    && s.lines().any(|l| l.starts_with("yte") && l.contains("Sở Y tế"))
            });
        } else {
            eprintln!("SKIPPED the zsh half: zsh is not installed (apt-get install zsh)");
        }
        if have("fish", "--version") {
            let conf = home.join("config").join("fish");
            std::fs::create_dir_all(&conf).unwrap();
            std::fs::write(
                conf.join("config.fish"),
                "function fish_prompt; echo -n 'FREADY> '; end\nworklog completions fish | source\n",
            )
            .unwrap();
            let socket = home.join("tmux-fish.sock");
            let tmux = session(&env, &socket, &["fish", "-i"]);
            tmux.wait_for("the prompt", |s| s.contains("FREADY>"));
            tmux.keys("worklog task list -u ");
            tmux.key("Tab");
            tmux.wait_for("the aliases with their names", |s| {
                s.contains("ldtbxh  (Sở Lao động - Thương binh và Xã hội)") && s.contains("yte  (Sở Y tế)")
            });
        } else {
            eprintln!("SKIPPED the fish half: fish is not installed (apt-get install fish)");
        }
    }
}

#[test]
fn propose_completes_pending_proposals_and_facts() {
    let env = TestEnv::new().with_units();
    let id = |args: &[&str]| env.json(args)["id"].as_i64().unwrap().to_string();
    let pending = id(&["propose", "add", "Xây dựng Đề án nhân lực", "--scheme"]);
    let decided = id(&["propose", "add", "Ban hành Chỉ thị kỷ cương"]);
    env.ok(&["propose", "reject", &decided]);
    let accept = with_help(&env, &["propose", "accept", ""]);
    assert_eq!(
        accept[0],
        (pending.clone(), "Xây dựng Đề án nhân lực".to_string())
    );
    assert!(!accept.iter().any(|(v, _)| *v == decided), "{accept:?}");
    assert_eq!(with_help(&env, &["propose", "reject", ""])[0].0, pending);
    let fact = id(&["fact", "add", "Số hộ nghèo", "--value", "1234", "-f", "laodong"]);
    assert_eq!(
        with_help(&env, &["propose", "add", "x", "--fact", ""])[0],
        (fact, "Số hộ nghèo".to_string())
    );
}
