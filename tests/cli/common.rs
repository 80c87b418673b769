//! The hermetic test environment: a temporary HOME with its own XDG folders, the database
//! in it, the date pinned, no colour, a fixed width, local time UTC, English unless a test
//! says otherwise.

use assert_cmd::Command;
use std::path::PathBuf;

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub today: String,
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// stdout, stderr and the exit status in one string, for snapshots.
    pub fn all(&self) -> String {
        format!("[exit {}]\n{}{}", self.code, self.stdout, self.stderr)
    }
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv::at("2022-12-21")
    }

    pub fn at(today: &str) -> TestEnv {
        TestEnv {
            dir: tempfile::tempdir().expect("temp dir"),
            today: today.to_string(),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("data").join("worklog.db")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config").join("worklog").join("config.toml")
    }

    pub fn write_config(&self, text: &str) {
        std::fs::create_dir_all(self.config().parent().unwrap()).unwrap();
        std::fs::write(self.config(), text).unwrap();
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("worklog").expect("binary");
        let home = self.dir.path();
        c.env_clear()
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("share"))
            .env("WORKLOG_DB", self.db())
            .env("WORKLOG_TODAY", &self.today)
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .env("COLUMNS", "120")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .current_dir(home);
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_stdin(args, "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Out {
        let o = self
            .cmd()
            .args(args)
            .write_stdin(stdin.as_bytes().to_vec())
            .output()
            .expect("run");
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    /// Runs and expects success.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 0, "worklog {args:?} failed:\n{}", o.all());
        o.stdout
    }

    /// Runs with `--format json` and decodes the output.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let out = self.ok(&a);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
    }

    /// Runs and expects an input error (exit 2); returns stderr.
    pub fn input_error(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 2, "worklog {args:?} should fail with 2:\n{}", o.all());
        assert!(o.stdout.is_empty(), "stdout should be empty: {}", o.stdout);
        assert!(!o.stderr.contains("panicked"), "{}", o.stderr);
        o.stderr
    }

    /// Writes `bytes` to `name` in the test's folder; returns the path as an argument.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }

    /// The entries of 2022 as JSON objects of the fields an import carries, for
    /// field-by-field comparisons of round trips.
    pub fn log_fields(&self) -> Vec<serde_json::Value> {
        let keys = [
            "date", "time", "text", "kind", "field", "units", "tags", "minutes",
        ];
        self.json(&["log", "2022"])
            .as_array()
            .unwrap()
            .iter()
            .map(|e| serde_json::Value::Object(keys.iter().map(|k| (k.to_string(), e[*k].clone())).collect()))
            .collect()
    }

    pub fn db_bytes(&self) -> Vec<u8> {
        std::fs::read(self.db()).unwrap_or_default()
    }

    /// A database with two units and a field, used by many tests.
    pub fn with_units(self) -> TestEnv {
        self.ok(&[
            "unit",
            "add",
            "ldtbxh",
            "Sở Lao động - Thương binh và Xã hội",
            "--kind",
            "department",
        ]);
        self.ok(&["unit", "add", "yte", "Sở Y tế", "--kind", "department"]);
        self.ok(&["field", "add", "laodong", "Lao động, việc làm"]);
        self
    }
}
