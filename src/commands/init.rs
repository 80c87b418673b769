//! `worklog init`: writes a starter config and creates the database. Rerunning it
//! changes nothing that exists.

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
    db: String,
    db_created: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut lines = Vec::new();
    let path = &ctx.config_path;
    let config_existed = path.exists();
    let db_existed = ctx.db_path.exists();
    let config_text = (!config_existed).then(|| {
        let clean = |v: Option<String>| v.map(|s| crate::text::clean(s.trim())).filter(|s| !s.is_empty());
        let person = Person {
            name: clean(a.name),
            title: clean(a.title),
            org: clean(a.org),
            place: clean(a.place),
            ..Person::default()
        };
        starter(crate::i18n::lang(), &person)
    });
    // The database first: when it cannot be opened, no config is written either.
    // Opening also migrates an older file, after its backup copy.
    if !ctx.dry_run {
        drop(ctx.store_rw()?);
    } else if db_existed {
        drop(ctx.store_ro()?);
    }
    if let (Some(text), false) = (&config_text, ctx.dry_run) {
        if let Err(e) = write_config(path, text) {
            if !db_existed {
                // A failing command changes nothing: the database it just made goes too.
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(crate::store::maintenance::side_file(&ctx.db_path, suffix));
                }
            }
            return Err(e);
        }
    }
    lines.push(if config_existed {
        t(M::InitConfigKept, &[&path.display()])
    } else {
        t(M::InitConfigWritten, &[&path.display()])
    });
    if db_existed {
        lines.push(t(M::InitDbKept, &[&ctx.db_path.display()]));
    } else {
        lines.push(t(M::InitDbCreated, &[&ctx.db_path.display()]));
        lines.push(t(M::InitNext, &[]));
    }
    let json = Initialised {
        config: path.display().to_string(),
        config_created: !config_existed,
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
