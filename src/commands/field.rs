//! `worklog field`: the sectors (ngành, lĩnh vực) work belongs to.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::listings::FieldList;
use crate::store::units::{get_field, valid_alias};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a field: worklog field add laodong "Lao động, việc làm"
    Add {
        /// Short key used with -f
        key: String,
        /// Full name
        #[arg(num_args = 1.., required = true)]
        name: Vec<String>,
    },
    /// List fields
    List,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add { key, name } => {
            let key = crate::text::nfc(key.trim()).to_lowercase();
            if !valid_alias(&key) {
                return Err(Error::input(M::BadAlias, &[&key]));
            }
            let name = crate::input::user_text(&name.join(" "))?;
            let mut store = ctx.store_rw()?;
            let tx = store.begin_write()?;
            let id = tx.add_field(&key, &name)?;
            let field = get_field(tx.db(), id)?;
            tx.finish(&t(M::UndoFieldAdd, &[&key]), ctx.dry_run)?;
            let line = t(M::FieldAdded, &[&id, &key, &name]);
            Ok(View::Typed(Box::new(crate::render::message::Message::line(
                line, field,
            ))))
        }
        Cmd::List => {
            let store = ctx.store_ro()?;
            let fields = store.fields()?;
            Ok(View::Typed(Box::new(FieldList { fields })))
        }
    }
}
