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
    if config_existed {
        lines.push(t(M::InitConfigKept, &[&path.display()]));
    } else {
        let clean = |v: Option<String>| v.map(|s| crate::text::clean(s.trim())).filter(|s| !s.is_empty());
        let person = Person {
            name: clean(a.name),
            title: clean(a.title),
            org: clean(a.org),
            place: clean(a.place),
            ..Person::default()
        };
        let lang = crate::i18n::lang();
        if !ctx.dry_run {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| Error::fail(M::IoError, &[&dir.display(), &e]))?;
            }
            std::fs::write(path, starter(lang, &person))
                .map_err(|e| Error::fail(M::IoError, &[&path.display(), &e]))?;
        }
        lines.push(t(M::InitConfigWritten, &[&path.display()]));
    }
    let db_existed = ctx.db_path.exists();
    if db_existed {
        // Opening also migrates an older file, after its backup copy.
        ctx.store_rw()?;
        lines.push(t(M::InitDbKept, &[&ctx.db_path.display()]));
    } else {
        if !ctx.dry_run {
            ctx.store_rw()?;
        }
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
