//! `export --format csv`'s flat table: one kind of record as header and rows, the
//! columns as the store names them. (The JSON export is the store's own dump, written
//! as it is.)

use super::{Human, Listing, Render};
use crate::error::Result;
use serde::Serialize;

/// One kind of record as a flat table.
#[derive(Debug, Serialize)]
pub struct FlatTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Render for FlatTable {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        super::json(buf, self)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Listing(Listing {
            headers: self.headers.clone(),
            rows: self.rows.clone(),
            ..Listing::default()
        }))
    }
}
