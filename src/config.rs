//! `config.toml` (SPEC §9): every key optional, unknown keys refused, and a malformed file
//! reported with its path, line and key. Also where the config and database files live.

use crate::calendar::CalendarConfig;
use crate::error::{Error, Result};
use crate::i18n::{Lang, M};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub lang: Option<Lang>,
    pub db: Option<PathBuf>,
    #[serde(default = "default_stale_days")]
    pub stale_days: u32,
    /// Facts older than this many days are listed by `fact list --stale`.
    #[serde(default = "default_fact_stale_days")]
    pub fact_stale_days: u32,
    #[serde(default)]
    pub person: Person,
    #[serde(default)]
    pub report: ReportConfig,
    #[serde(default)]
    pub calendar: CalendarConfig,
    /// Extra kinds of work, key = label.
    #[serde(default)]
    pub kinds: BTreeMap<String, String>,
    /// Who consultations are cleared with, alias = name (SPEC §9).
    #[serde(default)]
    pub leaders: BTreeMap<String, String>,
}

fn default_stale_days() -> u32 {
    14
}
fn default_fact_stale_days() -> u32 {
    180
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            db: None,
            stale_days: default_stale_days(),
            fact_stale_days: default_fact_stale_days(),
            person: Person::default(),
            report: ReportConfig::default(),
            calendar: CalendarConfig::default(),
            kinds: BTreeMap::new(),
            leaders: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Option<String>,
    pub title: Option<String>,
    pub org: Option<String>,
    pub place: Option<String>,
    /// The governing body above `org`, for the report header (e.g. "Ủy ban nhân dân tỉnh X").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_org: Option<String>,
    /// The signing authority lines of reports (e.g. ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]);
    /// default: `title`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authority: Vec<String>,
    /// The agency's symbol in report numbers (e.g. "VP": "Số:      /BC-VP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportConfig {
    /// 0 = calendar months; 14 = the 15th of the previous month to the 14th.
    #[serde(default)]
    pub month_cutoff_day: u32,
    /// The symbol of report numbers, after "Số: …/" (e.g. "BC-VP").
    #[serde(default)]
    pub symbol: Option<String>,
    /// The "Nơi nhận" lines of a Word report (default: "Như trên;", "Lưu: VT.").
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Whom the report is addressed to, the "Kính gửi:" line (default: the leadership of
    /// `person.org`).
    #[serde(default)]
    pub to: Option<String>,
}

impl Config {
    /// Parses config text; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let cfg: Config = toml::from_str(text).map_err(|e| {
            let detail = e.message().trim().to_string();
            match e.span() {
                Some(span) => {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    let detail = match key_at(text, span.start) {
                        Some(key) => format!("{key}: {}", plain_type_error(&detail)),
                        // Not TOML at all (`name = Nguyễn`): the key from the line itself.
                        None => match key_on_line(text, line) {
                            Some(key) => format!("{key}: {}", crate::i18n::s(M::CfgBadSyntax)),
                            None => plain_type_error(&detail),
                        },
                    };
                    Error::input(M::ConfigError, &[&path.display(), &line, &detail])
                }
                None => Error::input(M::ConfigErrorNoLine, &[&path.display(), &detail]),
            }
            .hint(M::ConfigHint, &[])
        })?;
        if cfg.report.month_cutoff_day > 28 {
            return Err(Error::input(
                M::ConfigErrorNoLine,
                &[
                    &path.display(),
                    &format!("report.month_cutoff_day = {} (0–28)", cfg.report.month_cutoff_day),
                ],
            ));
        }
        Ok(cfg)
    }

    /// Loads the config from `path`; a missing file means the defaults (no config file is
    /// needed to start, and `init` writes it where it was asked for).
    pub fn load(path: &Path) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::input(M::ConfigRead, &[&path.display(), &e])),
        }
    }
}

/// The dotted key (`person.name`) whose key or value covers byte `offset` of `text`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let doc = toml_edit::Document::parse(text).ok()?;
    let mut path = Vec::new();
    item_key_at(doc.as_item(), offset, &mut path).then(|| path.join("."))
}

fn item_key_at(item: &toml_edit::Item, offset: usize, path: &mut Vec<String>) -> bool {
    let covers = |span: Option<std::ops::Range<usize>>| span.is_some_and(|s| s.contains(&offset));
    match item {
        toml_edit::Item::Table(t) => t.iter().any(|(k, v)| {
            path.push(k.to_string());
            let key_span = t.key(k).and_then(|k| k.span());
            if item_key_at(v, offset, path) || covers(key_span) || covers(v.span()) {
                return true;
            }
            path.pop();
            false
        }),
        toml_edit::Item::ArrayOfTables(a) => a
            .iter()
            .any(|t| item_key_at(&toml_edit::Item::Table(t.clone()), offset, path)),
        toml_edit::Item::Value(toml_edit::Value::InlineTable(t)) => t.iter().any(|(k, v)| {
            path.push(k.to_string());
            let key_span = t.key(k).and_then(|k| k.span());
            let inner = toml_edit::Item::Value(v.clone());
            if item_key_at(&inner, offset, path) || covers(key_span) || covers(v.span()) {
                return true;
            }
            path.pop();
            false
        }),
        _ => false,
    }
}

/// The dotted key of a `key = value` line (1-based) of a file that does not parse, read
/// from the text: the last `[table]` header above it and the words before `=`.
fn key_on_line(text: &str, line: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)?)?;
    let (key, _) = here.split_once('=')?;
    let key = key.trim().trim_matches('"');
    if key.is_empty() || key.starts_with('[') || key.contains(char::is_whitespace) {
        return None;
    }
    let table = lines[..line - 1].iter().rev().find_map(|l| {
        let l = l.trim();
        (l.starts_with('[') && l.ends_with(']'))
            .then(|| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
    });
    Some(match table {
        Some(t) if !t.is_empty() => format!("{t}.{key}"),
        _ => key.to_string(),
    })
}

/// serde's "invalid type: integer `5`, expected a string" in the user's words
/// ("expected text, found a number"); other messages as they are.
fn plain_type_error(detail: &str) -> String {
    // "unknown field `nme`, expected one of `name`, `title`" / "expected `name`"
    if let Some(rest) = detail.strip_prefix("unknown field ") {
        if let Some((field, known)) = rest.split_once(", expected ") {
            let known = known.strip_prefix("one of ").unwrap_or(known);
            return crate::i18n::t(M::CfgUnknownKey, &[&field, &known]);
        }
    }
    // "invalid value: integer `-5`, expected u32"
    if let Some(rest) = detail.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let value = found.split('`').nth(1).unwrap_or(found);
            if expected.starts_with('u') {
                return crate::i18n::t(M::CfgTypeMismatch, &[&crate::i18n::s(M::CfgTypeUnsigned), &value]);
            }
        }
    }
    let Some(rest) = detail.strip_prefix("invalid type: ") else {
        return detail.to_string();
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return detail.to_string();
    };
    let found_kind = |f: &str| -> Option<M> {
        Some(match f.split_whitespace().next()? {
            "integer" | "floating" => M::CfgTypeNumber,
            "string" => M::CfgTypeText,
            "boolean" => M::CfgTypeBool,
            "sequence" => M::CfgTypeList,
            "map" => M::CfgTypeTable,
            _ => return None,
        })
    };
    let expected_kind = |e: &str| -> Option<M> {
        Some(match e.trim() {
            "a string" | "a char" => M::CfgTypeText,
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => M::CfgTypeWhole,
            "f32" | "f64" => M::CfgTypeNumber,
            "a boolean" => M::CfgTypeBool,
            e if e.starts_with("a sequence") => M::CfgTypeList,
            e if e.starts_with("struct") || e.starts_with("a map") => M::CfgTypeTable,
            _ => return None,
        })
    };
    match (expected_kind(expected), found_kind(found)) {
        (Some(e), Some(f)) => crate::i18n::t(M::CfgTypeMismatch, &[&crate::i18n::s(e), &crate::i18n::s(f)]),
        _ => detail.to_string(),
    }
}

/// Config path, first found: `--config`, `WORKLOG_CONFIG`, `<config dir>/worklog/config.toml`.
/// The bool says whether the user named it.
pub fn config_path(flag: Option<&Path>) -> (PathBuf, bool) {
    if let Some(p) = flag {
        return (p.to_path_buf(), true);
    }
    if let Some(p) = std::env::var_os("WORKLOG_CONFIG").filter(|p| !p.is_empty()) {
        return (PathBuf::from(p), true);
    }
    let dir = dirs::config_dir().unwrap_or_else(|| PathBuf::from("."));
    (dir.join("worklog").join("config.toml"), false)
}

/// Database path, first found: `--db`, `WORKLOG_DB`, config `db`, `<data dir>/worklog/worklog.db`.
pub fn db_path(flag: Option<&Path>, cfg: &Config) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os("WORKLOG_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(p) = &cfg.db {
        return p.clone();
    }
    let dir = dirs::data_dir().unwrap_or_else(|| PathBuf::from("."));
    dir.join("worklog").join("worklog.db")
}

/// The starter config `worklog init` writes.
pub fn starter(lang: Lang, person: &Person) -> String {
    let q = |v: &Option<String>| match v {
        Some(s) => format!("{s:?}"),
        None => "\"\"".to_string(),
    };
    let lang = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    format!(
        "# worklog configuration. Every key is optional; `worklog config` prints every key\n\
         # with what it means. Remove the leading # of a line to use it.\n\
         lang = \"{lang}\"                 # vi | en\n\
         stale_days = 14             # an open task untouched this long is \"tồn đọng\"\n\
         # fact_stale_days = 180     # `fact list --stale`: facts older than this\n\n\
         [person]                    # report headers and the signature block\n\
         name = {}\n\
         title = {}                  # also the signature title when `authority` is not set\n\
         org = {}\n\
         place = {}                  # the date line: \"Bà Rịa - Vũng Tàu, ngày …\"\n\
         # parent_org = \"Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu\"   # the body above `org`\n\
         # authority = [\"KT. CHÁNH VĂN PHÒNG\", \"PHÓ CHÁNH VĂN PHÒNG\"]   # signature title lines\n\n\
         [report]\n\
         month_cutoff_day = 0        # 0 = calendar month; 14 = 15th of the previous month .. 14th\n\
         # symbol = \"BC-VP\"          # report numbers read \"Số:      /BC-VP\"\n\
         # recipients = [\"Lãnh đạo Văn phòng;\", \"Lưu: VT.\"]   # \"Nơi nhận\" of Word reports\n\n\
         # [leaders]                 # who consultations are cleared with (consult add --leader)\n\
         # pct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"\n\n\
         # [calendar]\n\
         # extra_days_off = []       # e.g. [\"2023-01-02\"]\n\
         # extra_workdays = []       # make-up Saturdays, e.g. [\"2024-05-04\"]\n",
        q(&person.name),
        q(&person.title),
        q(&person.org),
        q(&person.place)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses() {
        let text = include_str!("../config.example.toml");
        let cfg = Config::parse(text, Path::new("config.example.toml")).unwrap();
        assert_eq!(cfg.stale_days, 14);
        assert_eq!(cfg.lang, Some(Lang::Vi));
        assert_eq!(cfg.report.month_cutoff_day, 0);
        assert_eq!(cfg.kinds.get("training").map(String::as_str), Some("Tập huấn"));
        assert!(cfg.calendar.official.contains_key("2025"));
    }

    #[test]
    fn unknown_key_names_line_and_key() {
        crate::i18n::set_lang(Lang::En);
        let err = Config::parse("lang = \"vi\"\nstale_dayz = 3\n", Path::new("c.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("c.toml"), "{msg}");
        assert!(msg.contains("line 2"), "{msg}");
        assert!(msg.contains("stale_dayz"), "{msg}");
    }

    #[test]
    fn empty_config_is_the_defaults() {
        let cfg = Config::parse("", Path::new("c.toml")).unwrap();
        assert_eq!(cfg.stale_days, 14);
        assert_eq!(cfg.fact_stale_days, 180);
        assert!(cfg.lang.is_none());
    }

    #[test]
    fn starter_config_parses_back() {
        let p = Person {
            name: Some("Nguyễn Văn \"A\"".into()),
            ..Person::default()
        };
        let text = starter(Lang::Vi, &p);
        let cfg = Config::parse(&text, Path::new("c.toml")).unwrap();
        assert_eq!(cfg.person.name.as_deref(), Some("Nguyễn Văn \"A\""));
        // every key the documents use is there, commented, and parses once uncommented
        for key in [
            "parent_org",
            "authority",
            "symbol",
            "recipients",
            "extra_days_off",
        ] {
            assert!(text.contains(&format!("# {key} = ")), "{key}: {text}");
        }
        let uncommented = |l: &str| -> String {
            let rest = l.strip_prefix("# ").unwrap_or(l);
            let key_line =
                rest.starts_with('[') || rest.split(" = ").next().is_some_and(|k| !k.contains(' '));
            if l.starts_with("# ") && key_line && rest.contains(['=', '[']) {
                rest.to_string()
            } else {
                l.to_string()
            }
        };
        let all: String = text.lines().map(|l| uncommented(l) + "\n").collect();
        let cfg = Config::parse(&all, Path::new("c.toml")).unwrap();
        assert_eq!(cfg.report.symbol.as_deref(), Some("BC-VP"));
        assert!(cfg.person.parent_org.is_some());
    }
}
