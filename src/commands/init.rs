//! `worklog init`: writes a starter config and creates the database. Rerun with
//! `--name`, `--title`, `--org` or `--place`, it updates those keys of the existing
//! config — keeping the user's comments and other keys (`toml_edit`) — and says what
//! changed; nothing else that exists is touched.

use crate::app::Ctx;
use crate::config::{Person, starter};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::message::Message;
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Your name (report signature)
    #[arg(long)]
    pub name: Option<String>,
    /// Your title, e.g. "Chuyên viên"
    #[arg(long)]
    pub title: Option<String>,
    /// Your office, e.g. "Văn phòng UBND tỉnh"
    #[arg(long)]
    pub org: Option<String>,
    /// Your province or city, for the date line of reports
    #[arg(long)]
    pub place: Option<String>,
}

/// What `init` found and made, for `--format json`.
#[derive(Serialize)]
struct Initialised {
    config: String,
    config_created: bool,
    /// The keys an existing config had changed, as `person.name`.
    config_changed: Vec<String>,
    db: String,
    db_created: bool,
}

/// The `[person]` keys the options name, cleaned; empty values are left out.
fn person_keys(a: &Args) -> Vec<(&'static str, String)> {
    [
        ("name", &a.name),
        ("title", &a.title),
        ("org", &a.org),
        ("place", &a.place),
    ]
    .into_iter()
    .filter_map(|(k, v)| {
        v.as_deref()
            .map(|s| crate::text::clean(s.trim()))
            .filter(|s| !s.is_empty())
            .map(|s| (k, s))
    })
    .collect()
}

/// Sets the given `[person]` keys (and `lang`, when `--lang` was typed) in the config
/// text, keeping everything else as it was; returns the new text and, per changed key,
/// its name and the line saying so.
fn update_config(
    text: &str,
    path: &std::path::Path,
    keys: &[(&str, String)],
    lang: Option<&str>,
) -> Result<(String, Vec<(String, String)>)> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Error::input(M::ConfigErrorNoLine, &[&path.display(), &e.message().trim()]).hint(M::ConfigHint, &[])
    })?;
    let mut changed = Vec::new();
    if let Some(lang) = lang {
        let old = doc.get("lang").and_then(|v| v.as_str()).map(str::to_string);
        if old.as_deref() != Some(lang) {
            match doc.get_mut("lang").and_then(|i| i.as_value_mut()) {
                Some(v) => {
                    let decor = v.decor().clone();
                    *v = toml_edit::Value::from(lang);
                    *v.decor_mut() = decor;
                }
                None => doc["lang"] = toml_edit::value(lang),
            }
            let line = t(M::InitConfigChanged, &[&"lang", &old.unwrap_or_default(), &lang]);
            changed.push(("lang".to_string(), line));
        }
    }
    if !doc.contains_table("person") {
        doc["person"] = toml_edit::table();
    }
    for (key, value) in keys {
        let old = doc["person"]
            .get(key)
            .and_then(|v| v.as_str())
            .map(str::to_string);
        if old.as_deref() == Some(value.as_str()) {
            continue;
        }
        // Assigning the value keeps the key's comment and its place in the table.
        match doc["person"].get_mut(key).and_then(|i| i.as_value_mut()) {
            Some(v) => {
                let decor = v.decor().clone();
                *v = toml_edit::Value::from(value.as_str());
                *v.decor_mut() = decor;
            }
            None => doc["person"][key] = toml_edit::value(value.as_str()),
        }
        let name = format!("person.{key}");
        let line = t(M::InitConfigChanged, &[&name, &old.unwrap_or_default(), value]);
        changed.push((name, line));
    }
    let new = doc.to_string();
    // What is written must read back (a key that did not parse before still does not).
    crate::config::Config::parse(&new, path)?;
    Ok((new, changed))
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut lines = Vec::new();
    let path = &ctx.config_path;
    let config_existed = path.exists();
    let db_existed = ctx.db_path.exists();
    // What the config will hold, computed before anything is written: an existing file
    // gets the keys it was told (comments kept), a new one the starter text.
    let mut config_changed = Vec::new();
    let mut update = None;
    let mut starter_text = None;
    if config_existed {
        let keys = person_keys(&a);
        let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
        let lang = ctx.lang_flag.map(|l| match l {
            crate::i18n::Lang::Vi => "vi",
            crate::i18n::Lang::En => "en",
        });
        let (new, changes) = update_config(&text, path, &keys, lang)?;
        if changes.is_empty() {
            lines.push(t(M::InitConfigKept, &[&path.display()]));
        } else {
            lines.push(t(M::InitConfigUpdated, &[&path.display()]));
            lines.extend(changes.iter().map(|(_, l)| l.clone()));
            update = Some(new);
        }
        config_changed = changes.into_iter().map(|(k, _)| k).collect();
    } else {
        let clean = |v: Option<String>| v.map(|s| crate::text::clean(s.trim())).filter(|s| !s.is_empty());
        let person = Person {
            name: clean(a.name),
            title: clean(a.title),
            org: clean(a.org),
            place: clean(a.place),
            ..Person::default()
        };
        starter_text = Some(starter(crate::i18n::lang(), &person));
        lines.push(t(M::InitConfigWritten, &[&path.display()]));
    }
    // The database first: when it cannot be opened, no config is written either.
    // Opening also migrates an older file, after its backup copy.
    if !ctx.dry_run {
        drop(ctx.store_rw()?);
    } else if db_existed {
        drop(ctx.store_ro()?);
    }
    if !ctx.dry_run {
        let written = match (&starter_text, &update) {
            (Some(text), _) => write_config(path, text),
            // The updated file replaces the old one whole (private, renamed into place).
            (None, Some(new)) => {
                crate::fsutil::write_private(path, new.as_bytes()).map_err(|e| Error::file(path, e))
            }
            (None, None) => Ok(()),
        };
        if let Err(e) = written {
            if !db_existed {
                // A failing command changes nothing: the database it just made goes too.
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(crate::store::maintenance::side_file(&ctx.db_path, suffix));
                }
            }
            return Err(e);
        }
    }
    if db_existed {
        lines.push(t(M::InitDbKept, &[&ctx.db_path.display()]));
    } else {
        lines.push(t(M::InitDbCreated, &[&ctx.db_path.display()]));
        lines.push(t(M::InitNext, &[]));
    }
    let json = Initialised {
        config: path.display().to_string(),
        config_created: !config_existed,
        config_changed,
        db: ctx.db_path.display().to_string(),
        db_created: !db_existed,
    };
    Ok(Message { lines, json }.into())
}

/// The starter config, private (0600) and whole, never over a file that appeared meanwhile.
fn write_config(path: &std::path::Path, text: &str) -> Result<()> {
    let dir = crate::fsutil::folder_of(path);
    if !dir.exists() {
        crate::fsutil::create_private_dir(&dir).map_err(|e| Error::file(&dir, e))?;
    }
    crate::fsutil::write_private_new(path, text.as_bytes()).map_err(|e| Error::file(path, e))
}
