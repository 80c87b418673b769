//! `worklog status` (and plain `worklog`): today at a glance.

use crate::app::Ctx;
use crate::dates::Period;
use crate::error::Result;
use crate::i18n::{M, s};
use crate::render::{Listing, View};
use crate::store::EntryFilter;

pub fn run(ctx: &Ctx) -> Result<View> {
    let today = ctx.today();
    let store = ctx.store_ro()?;
    let week = Period::week_of(today);
    let entries = store.entries(&EntryFilter {
        from: Some(today),
        to: Some(today),
        ..EntryFilter::default()
    })?;
    let mut l = super::log::entry_listing(ctx, &entries)?;
    l.title = Some(crate::i18n::day(today));
    let json = serde_json::json!({
        "today": today,
        "week": week.label,
        "entries_today": entries,
    });
    let l = Listing {
        json: json.clone(),
        empty: Some(s(M::NoResults).to_string()),
        ..l
    };
    Ok(View::Sections {
        sections: vec![l],
        json,
    })
}
