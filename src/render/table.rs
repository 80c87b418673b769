//! Terminal tables through comfy-table, fitted to the width: no date, id, document number
//! or word is ever split (each column is at least as wide as its longest word), empty
//! columns are left out, the optional columns a view names are shortened or dropped when
//! the text would not get its room, and the longest column (the text) gets what is left.
//! Vietnamese text is aligned by display width (NFC everywhere, so one letter is one column).

use super::{Listing, MinuteCells, Output, RowStyle};
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_width::UnicodeWidthStr;

/// What a view allows the terminal table to do when it is narrow.
#[derive(Debug, Clone, Default)]
pub struct Fit {
    /// Tried in order while the table does not fit.
    pub narrow: Vec<Narrow>,
    /// Items of a column already written inline in the text (`@unit`, `#tag`): not
    /// repeated in their own column.
    pub inline: Vec<Inline>,
}

/// One way to make a table narrower.
#[derive(Debug, Clone)]
pub enum Narrow {
    /// Leave this column out.
    Drop(usize),
    /// Leave cells of this column equal to this value empty (a priority that is normal);
    /// the column goes when nothing is left in it.
    Blank(usize, String),
}

/// Items of `column` (separated by `sep`) that `text` already shows as `prefix` + item.
#[derive(Debug, Clone)]
pub struct Inline {
    pub column: usize,
    pub text: usize,
    pub prefix: char,
    pub sep: &'static str,
}

/// Room the text column gets before optional columns are kept.
const TEXT_ROOM: usize = 30;
/// Columns this wide at most (labels, dates) are shown whole before the text grows.
const SHORT: usize = 14;
/// Columns this wide at most (a status, a row label) are shown whole next, when the
/// text keeps its room.
const LABEL: usize = 20;

/// Display width without colour escapes.
fn width(s: &str) -> usize {
    if !s.contains('\x1b') {
        return UnicodeWidthStr::width(s);
    }
    let mut plain = String::with_capacity(s.len());
    let mut esc = false;
    for c in s.chars() {
        match (esc, c) {
            (false, '\x1b') => esc = true,
            (true, 'm') => esc = false,
            (true, _) => {}
            (false, c) => plain.push(c),
        }
    }
    UnicodeWidthStr::width(plain.as_str())
}

/// The longest word and the longest line of a cell.
fn measure(s: &str) -> (usize, usize) {
    let word = s.split_whitespace().map(width).max().unwrap_or(0);
    let line = s.lines().map(width).max().unwrap_or(0);
    (word, line)
}

/// The cells of `column` without the items the text cell already shows inline.
fn without_inline(row: &mut [String], i: &Inline) {
    let (Some(text), Some(cell)) = (row.get(i.text), row.get(i.column)) else {
        return;
    };
    let shown: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.' | '(' | ')'))
        .collect();
    let items: Vec<&str> = if i.sep.trim().is_empty() {
        cell.split_whitespace().collect()
    } else {
        cell.split(i.sep.trim()).collect()
    };
    let kept: Vec<&str> = items
        .into_iter()
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .filter(|item| {
            let token = if item.starts_with(i.prefix) {
                (*item).to_string()
            } else {
                format!("{}{item}", i.prefix)
            };
            !shown.contains(&token.as_str())
        })
        .collect();
    let kept = kept.join(i.sep);
    row[i.column] = kept;
}

/// The columns shown and the content width of each, for a table of `avail` columns
/// (borders included).
struct Layout {
    columns: Vec<usize>,
    widths: Vec<usize>,
}

fn layout(
    headers: &[String],
    rows: &[Vec<String>],
    avail: usize,
    fit: &Fit,
    minutes: &MinuteCells,
) -> (Layout, Vec<Vec<String>>) {
    let mut rows: Vec<Vec<String>> = rows.to_vec();
    for i in &fit.inline {
        for r in rows.iter_mut() {
            without_inline(r, i);
        }
    }
    let n = headers.len();
    fn cell(r: &[String], c: usize) -> &str {
        r.get(c).map(String::as_str).unwrap_or("")
    }
    let filled = |rows: &[Vec<String>], c: usize| rows.iter().any(|r| !cell(r, c).trim().is_empty());
    let mut columns: Vec<usize> = (0..n).filter(|c| filled(&rows, *c)).collect();
    let measure_col = |rows: &[Vec<String>], c: usize| {
        let (hw, hl) = measure(&headers[c]);
        // a time ("1 giờ 30 phút") stays on one line
        let whole = minutes.is_column(c);
        rows.iter().fold((hw, hl), |(w, l), r| {
            let (cw, cl) = measure(cell(r, c));
            (w.max(if whole { cl } else { cw }), l.max(cl))
        })
    };
    let mut steps = fit.narrow.iter();
    loop {
        let sizes: Vec<(usize, usize)> = columns.iter().map(|c| measure_col(&rows, *c)).collect();
        let overhead = 3 * columns.len() + 1;
        let wide = (0..columns.len()).max_by_key(|i| sizes[*i].1);
        let wanted: usize = sizes
            .iter()
            .enumerate()
            .map(|(i, (w, l))| {
                if Some(i) == wide {
                    (*l).min(TEXT_ROOM.max(*w))
                } else {
                    *l
                }
            })
            .sum();
        if wanted + overhead <= avail {
            break;
        }
        let Some(step) = steps.next() else { break };
        match step {
            Narrow::Drop(c) => columns.retain(|x| x != c),
            Narrow::Blank(c, value) => {
                for r in rows.iter_mut() {
                    if let Some(v) = r.get_mut(*c) {
                        if v == value {
                            v.clear();
                        }
                    }
                }
                if !filled(&rows, *c) {
                    columns.retain(|x| x != c);
                }
            }
        }
    }
    let sizes: Vec<(usize, usize)> = columns.iter().map(|c| measure_col(&rows, *c)).collect();
    let overhead = 3 * columns.len() + 1;
    let mut widths: Vec<usize> = sizes.iter().map(|(w, _)| *w).collect();
    let mut left = avail.saturating_sub(overhead + widths.iter().sum::<usize>());
    let grow = |widths: &mut Vec<usize>, i: usize, by: usize, left: &mut usize| {
        let g = by.min(*left);
        widths[i] += g;
        *left -= g;
    };
    let wide = (0..columns.len()).max_by_key(|i| sizes[*i].1);
    let need = |widths: &[usize], i: usize| sizes[i].1 - widths[i];
    let mut order: Vec<usize> = (0..columns.len()).filter(|i| Some(*i) != wide).collect();
    order.sort_by_key(|i| sizes[*i].1 - sizes[*i].0);
    // The short columns (labels, dates) whole first, as long as the text keeps its room.
    let text_room = wide.map_or(0, |w| sizes[w].1.min(TEXT_ROOM / 2).saturating_sub(widths[w]));
    for &i in &order {
        let n = need(&widths, i);
        if sizes[i].1 <= SHORT && n <= left.saturating_sub(text_room) {
            grow(&mut widths, i, n, &mut left);
        }
    }
    // Then labels a little longer ("Ngày quyết định", "Nhiệm vụ đã giao") whole, while
    // the text still gets TEXT_ROOM.
    let text_room = wide.map_or(0, |w| sizes[w].1.min(TEXT_ROOM).saturating_sub(widths[w]));
    for &i in &order {
        let n = need(&widths, i);
        if n > 0 && sizes[i].1 <= LABEL && n <= left.saturating_sub(text_room) {
            grow(&mut widths, i, n, &mut left);
        }
    }
    // Then every column that is not whole in proportion to its longest line: the text
    // gets the most.
    while left > 0 {
        let open = (0..columns.len()).filter(|i| widths[*i] < sizes[*i].1);
        let Some(i) = open.min_by(|a, b| (widths[*a] * sizes[*b].1).cmp(&(widths[*b] * sizes[*a].1))) else {
            break;
        };
        grow(&mut widths, i, 1, &mut left);
    }
    (Layout { columns, widths }, rows)
}

/// A cell in its row's colour: overdue red, stale yellow, done dim.
fn styled(cell: Cell, style: RowStyle) -> Cell {
    match style {
        RowStyle::Plain => cell,
        RowStyle::Overdue => cell.fg(Color::Red),
        RowStyle::Stale => cell.fg(Color::Yellow),
        RowStyle::Done => cell.add_attribute(Attribute::Dim),
    }
}

pub fn render(l: &Listing, out: &Output) -> String {
    let avail = out.width.unwrap_or(100) as usize;
    let (lay, rows) = layout(&l.headers, &l.rows, avail, &l.fit, &l.minutes);
    let mut t = Table::new();
    t.load_style(if out.utf8 {
        presets::UTF8_FULL_CONDENSED
    } else {
        presets::ASCII_FULL_CONDENSED
    });
    t.set_content_arrangement(ContentArrangement::Disabled);
    let pick = |r: &[String]| -> Vec<String> {
        lay.columns
            .iter()
            .map(|c| r.get(*c).cloned().unwrap_or_default())
            .collect()
    };
    let headers = pick(&l.headers);
    if out.color {
        t.enforce_styling();
        t.set_header(
            headers
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
    } else {
        t.force_no_tty();
        t.set_header(headers.iter().map(Cell::new));
    }
    for (i, r) in rows.iter().enumerate() {
        let style = if out.color {
            l.styles.get(i).copied().unwrap_or_default()
        } else {
            RowStyle::Plain
        };
        t.add_row(pick(r).iter().map(|c| styled(Cell::new(c), style)));
    }
    for (i, w) in lay.widths.iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed((*w + 2) as u16)));
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols(headers: &[&str], rows: &[&[&str]], avail: usize, fit: &Fit) -> (Vec<usize>, Vec<usize>) {
        let h: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
        let r: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect();
        let (l, _) = layout(&h, &r, avail, fit, &MinuteCells::default());
        (l.columns, l.widths)
    }

    #[test]
    fn no_word_is_split_and_the_text_gets_the_rest() {
        let (c, w) = cols(
            &["Mã", "Nội dung", "Hạn"],
            &[&["#12", "Rà soát tổ chức bộ máy sau sáp nhập các sở", "20/12/2022"]],
            40,
            &Fit::default(),
        );
        assert_eq!(c, [0, 1, 2]);
        assert_eq!(w[0], 3);
        assert_eq!(w[2], 10);
        assert_eq!(w.iter().sum::<usize>() + 10, 40);
    }

    #[test]
    fn a_time_is_never_wrapped() {
        let h: Vec<String> = ["Mã", "Nội dung", "Thời gian"].map(String::from).to_vec();
        let r = vec![
            ["#1", "Họp giao ban tuần với các sở ngành", "1 giờ 30 phút"]
                .map(String::from)
                .to_vec(),
        ];
        let (l, _) = layout(&h, &r, 30, &Fit::default(), &MinuteCells::columns(&[2]));
        assert_eq!(l.widths[2], "1 giờ 30 phút".chars().count());
    }

    #[test]
    fn empty_and_optional_columns_go_when_narrow() {
        let fit = Fit {
            narrow: vec![Narrow::Blank(2, "Bình thường".into()), Narrow::Drop(3)],
            inline: vec![],
        };
        let row: &[&str] = &[
            "#1",
            "Chuẩn bị hội nghị tổng kết năm",
            "Bình thường",
            "2022-W51",
            "",
        ];
        let (c, _) = cols(&["Mã", "Nhiệm vụ", "Ưu tiên", "Kỳ", "Ghi chú"], &[row], 120, &fit);
        assert_eq!(c, [0, 1, 2, 3]);
        let (c, _) = cols(&["Mã", "Nhiệm vụ", "Ưu tiên", "Kỳ", "Ghi chú"], &[row], 40, &fit);
        assert_eq!(c, [0, 1]);
    }

    #[test]
    fn inline_units_and_tags_are_not_repeated() {
        let mut row = vec![
            "Họp @snv #hop".to_string(),
            "snv, yte".to_string(),
            "#hop".to_string(),
        ];
        without_inline(
            &mut row,
            &Inline {
                column: 1,
                text: 0,
                prefix: '@',
                sep: ", ",
            },
        );
        without_inline(
            &mut row,
            &Inline {
                column: 2,
                text: 0,
                prefix: '#',
                sep: " ",
            },
        );
        assert_eq!(row[1], "yte");
        assert_eq!(row[2], "");
    }
}
