//! `worklog report facts [-f FIELD]`: the sector brief for the leader, computed by
//! `report::facts` from the facts, their history and the field's documents.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::reports::facts::FactsView;
use crate::store::{self};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report facts\n  worklog report facts -f laodong --format md"
)]
pub struct Args {
    /// Only this field (sector)
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let db = store.db();
    let field = a
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(db, f))
        .transpose()?;
    let mut facts = Vec::new();
    for f in store::facts::list_facts(db, field.as_deref(), false, ctx.fact_asof())? {
        let history = store::edits::fact_history(db, f.id)?;
        facts.push((f, history));
    }
    let labels: Vec<(String, String)> = store::units::list_fields(db)?
        .into_iter()
        .map(|f| (f.key, f.name))
        .collect();
    let docs = store::documents::list_documents(
        db,
        &store::documents::DocFilter {
            field: field.clone(),
            status: Some(crate::model::DocStatus::Issued),
            level: None,
        },
    )?;
    let report = crate::report::facts::compute(ctx.today(), &labels, facts, &docs);
    Ok(View::Typed(Box::new(FactsView { report })))
}
