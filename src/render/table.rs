//! Terminal tables through comfy-table: fitted to the width, Vietnamese text aligned by
//! display width (NFC everywhere, so one letter is one column).

use super::{Listing, Output};
use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};

pub fn render(l: &Listing, out: &Output) -> String {
    let mut t = Table::new();
    t.load_style(if out.utf8 {
        presets::UTF8_FULL_CONDENSED
    } else {
        presets::ASCII_FULL_CONDENSED
    });
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = out.width {
        t.set_width(w);
    }
    if out.color {
        t.enforce_styling();
        t.set_header(
            l.headers
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    } else {
        t.force_no_tty();
        t.set_header(l.headers.iter().map(Cell::new));
    }
    for r in &l.rows {
        t.add_row(r.iter().map(Cell::new));
    }
    t.to_string()
}
