//! `worklog config`: the annotated example config — every key, with what it means — and
//! the path of the user's own file. The example is built into the program, so the hint
//! of a config error can point here instead of to a file only the source tree has.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::View;
use crate::render::message::Message;
use serde::Serialize;

/// The annotated example (SPEC §9), as shipped.
pub const EXAMPLE: &str = include_str!("../../config.example.toml");

/// `--format json`: where the user's file is, whether it exists, and the example.
#[derive(Serialize)]
struct ConfigInfo {
    path: String,
    exists: bool,
    example: &'static str,
}

pub fn run(ctx: &Ctx) -> Result<View> {
    let path = ctx.config_path.display().to_string();
    let exists = ctx.config_path.exists();
    let state = s(if exists { M::ConfigExists } else { M::ConfigMissing });
    let mut lines = vec![t(M::ConfigYours, &[&path, &state]), String::new()];
    lines.extend(EXAMPLE.lines().map(str::to_string));
    Ok(Message {
        lines,
        json: ConfigInfo {
            path,
            exists,
            example: EXAMPLE,
        },
    }
    .into())
}
