//! What `check` reports about a database file: its path, schema version, SQLite's
//! verdict and the records per kind when it is sound; the problems (the first few for
//! people, all of them in JSON) and the backups to restore from when it is not. The
//! command gathers everything; nothing here touches the file.

use super::{Human, Render};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::RecordKind;
use serde::Serialize;
use std::collections::BTreeMap;

/// How many integrity lines the human report shows; JSON has them all.
const SHOWN_PROBLEMS: usize = 5;

/// An automatic backup found beside the database.
#[derive(Debug, Serialize)]
pub struct BackupFile {
    pub path: String,
    pub bytes: u64,
    /// Its modification time, RFC 3339 in local time.
    pub modified: String,
}

/// `check`'s report.
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub path: String,
    pub ok: bool,
    pub schema_version: i64,
    pub problems: Vec<String>,
    /// Live records per kind (the kind's key), when they could be counted.
    pub counts: BTreeMap<String, i64>,
    /// Newest first.
    pub backups: Vec<BackupFile>,
    /// The schema version this program writes.
    #[serde(skip)]
    pub latest_version: i64,
    /// The file comes from a newer worklog: no backups are offered.
    #[serde(skip)]
    pub newer: bool,
}

impl Render for CheckView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        super::json(buf, self)
    }

    fn human(&self) -> Result<Human> {
        let mut lines = vec![t(M::CheckPath, &[&self.path])];
        if self.schema_version > 0 {
            lines.push(t(M::CheckSchema, &[&self.schema_version]));
        }
        if self.ok {
            self.sound_lines(&mut lines);
        } else {
            self.damaged_lines(&mut lines);
        }
        Ok(Human::Lines(lines))
    }
}

impl CheckView {
    /// A sound file: the verdict, an older schema's note, the records per kind.
    fn sound_lines(&self, lines: &mut Vec<String>) {
        lines.push(s(M::CheckOkLine).to_string());
        if self.schema_version < self.latest_version {
            lines.push(t(
                M::CheckOlder,
                &[&self.schema_version, &self.latest_version, &self.schema_version],
            ));
        }
        let counts: Vec<String> = self
            .counts
            .iter()
            .map(|(k, n)| {
                let label = RecordKind::parse(k)
                    .map(super::labels::record_kind_label)
                    .unwrap_or(k);
                format!("{label} {n}")
            })
            .collect();
        lines.push(if counts.is_empty() {
            s(M::CheckNoRecords).to_string()
        } else {
            t(M::CheckCounts, &[&counts.join(", ")])
        });
    }

    /// A damaged file: the verdict, the first problems, the backups to restore from.
    fn damaged_lines(&self, lines: &mut Vec<String>) {
        lines.push(s(M::CheckDamagedLine).to_string());
        for p in self.problems.iter().take(SHOWN_PROBLEMS) {
            lines.push(format!("  {p}"));
        }
        if self.problems.len() > SHOWN_PROBLEMS {
            lines.push(format!(
                "  {}",
                t(M::CheckMore, &[&(self.problems.len() - SHOWN_PROBLEMS)])
            ));
        }
        if self.newer {
            return;
        }
        lines.push(String::new());
        if self.backups.is_empty() {
            lines.push(s(M::CheckNoBackups).to_string());
        } else {
            lines.push(s(M::CheckBackups).to_string());
            for b in &self.backups {
                lines.push(t(M::CheckBackupLine, &[&b.path, &b.bytes, &b.modified]));
            }
            lines.push(s(M::CheckRestoreHow).to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_keys_come_in_the_order_check_has_always_written_them() -> Result<()> {
        let view = CheckView {
            path: "w.db".into(),
            ok: false,
            schema_version: 9,
            problems: vec!["newer".into()],
            counts: BTreeMap::from([("task".to_string(), 2), ("entry".to_string(), 3)]),
            backups: vec![BackupFile {
                path: "w.db.bak-v8".into(),
                bytes: 4096,
                modified: "2022-12-19T08:00:00+07:00".into(),
            }],
            latest_version: 8,
            newer: true,
        };
        let mut buf = Vec::new();
        view.json(&mut buf)?;
        assert_eq!(
            String::from_utf8_lossy(&buf),
            "{\n  \"path\": \"w.db\",\n  \"ok\": false,\n  \"schema_version\": 9,\n  \"problems\": [\n    \"newer\"\n  ],\n  \"counts\": {\n    \"entry\": 3,\n    \"task\": 2\n  },\n  \"backups\": [\n    {\n      \"path\": \"w.db.bak-v8\",\n      \"bytes\": 4096,\n      \"modified\": \"2022-12-19T08:00:00+07:00\"\n    }\n  ]\n}\n"
        );
        Ok(())
    }
}
