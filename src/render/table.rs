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
    // Each cell is measured once (a cell a narrowing step empties measures nothing); a
    // time ("1 giờ 30 phút") stays on one line.
    let mut measured: Vec<Vec<(usize, usize)>> = rows
        .iter()
        .map(|r| {
            (0..n)
                .map(|c| {
                    let (w, l) = measure(cell(r, c));
                    if minutes.is_column(c) { (l, l) } else { (w, l) }
                })
                .collect()
        })
        .collect();
    let heads: Vec<(usize, usize)> = headers.iter().map(|h| measure(h)).collect();
    let measure_col = |measured: &[Vec<(usize, usize)>], c: usize| {
        measured
            .iter()
            .fold(heads[c], |(w, l), r| (w.max(r[c].0), l.max(r[c].1)))
    };
    let mut steps = fit.narrow.iter();
    loop {
        let sizes: Vec<(usize, usize)> = columns.iter().map(|c| measure_col(&measured, *c)).collect();
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
                for (r, m) in rows.iter_mut().zip(measured.iter_mut()) {
                    if let Some(v) = r.get_mut(*c) {
                        if v == value {
                            v.clear();
                            m[*c] = (0, 0);
                        }
                    }
                }
                if !filled(&rows, *c) {
                    columns.retain(|x| x != c);
                }
            }
        }
    }
    let sizes: Vec<(usize, usize)> = columns.iter().map(|c| measure_col(&measured, *c)).collect();
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
    let picked: Vec<Vec<String>> = rows.iter().map(|r| pick(r)).collect();
    if !out.color {
        if let Some(drawn) = plain::draw(&headers, &picked, &lay.widths, out.utf8) {
            return drawn;
        }
    }
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
    for (i, r) in picked.into_iter().enumerate() {
        let style = if out.color {
            l.styles.get(i).copied().unwrap_or_default()
        } else {
            RowStyle::Plain
        };
        t.add_row(r.into_iter().map(|c| styled(Cell::new(c), style)));
    }
    for (i, w) in lay.widths.iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            col.set_constraint(ColumnConstraint::Absolute(Width::Fixed((*w + 2) as u16)));
        }
    }
    t.to_string()
}

/// The table without colour drawn here, as comfy-table draws it with these fixed widths
/// and `ContentArrangement::Disabled` (the same borders, padding and line breaks). Its
/// ANSI-aware width measurement of every cell was most of a status or a month table
/// (SPEC §10 P2, P7); without colour there is nothing to strip. Lines that comfy-table
/// would have to cut inside a word (never with `layout`'s widths) and cells with escape
/// sequences are left to comfy-table.
mod plain {
    use unicode_width::UnicodeWidthStr;

    /// Left, fill, junction and right of a border line.
    type Line = (char, char, char, char);
    /// Left, junction and right of a content line.
    type Content = (char, char, char);

    struct Style {
        top: Line,
        header: Content,
        separator: Line,
        content: Content,
        bottom: Line,
    }

    /// comfy-table's `UTF8_FULL_CONDENSED` and `ASCII_FULL_CONDENSED`.
    const UTF8: Style = Style {
        top: ('┌', '─', '┬', '┐'),
        header: ('│', '┆', '│'),
        separator: ('╞', '═', '╪', '╡'),
        content: ('│', '┆', '│'),
        bottom: ('└', '─', '┴', '┘'),
    };
    const ASCII: Style = Style {
        top: ('+', '-', '+', '+'),
        header: ('|', '|', '|'),
        separator: ('+', '=', '=', '+'),
        content: ('|', '|', '|'),
        bottom: ('+', '-', '+', '+'),
    };

    /// comfy-table's `MIN_FREE_CHARS`.
    const MIN_FREE: usize = 2;

    /// The table, or `None` when comfy-table must draw it (see the module).
    pub(super) fn draw(
        headers: &[String],
        rows: &[Vec<String>],
        widths: &[usize],
        utf8: bool,
    ) -> Option<String> {
        // comfy-table's content width of a fixed column `w + 2` wide with padding 1 + 1.
        let widths: Vec<usize> = widths.iter().map(|w| (*w).max(1)).collect();
        let fits = |r: &[String]| {
            r.iter().zip(&widths).all(|(cell, w)| {
                !cell.contains('\x1b') && cell.split(['\n', ' ']).all(|word| word.width() <= *w)
            })
        };
        if headers.len() != widths.len()
            || !fits(headers)
            || !rows.iter().all(|r| r.len() == widths.len() && fits(r))
        {
            return None;
        }
        let style = if utf8 { &UTF8 } else { &ASCII };
        let mut out = String::new();
        border(&mut out, style.top, &widths);
        row(&mut out, headers, style.header, &widths);
        border(&mut out, style.separator, &widths);
        for r in rows {
            row(&mut out, r, style.content, &widths);
        }
        border(&mut out, style.bottom, &widths);
        out.pop();
        Some(out)
    }

    fn border(out: &mut String, (left, fill, junction, right): Line, widths: &[usize]) {
        out.push(left);
        for (i, w) in widths.iter().enumerate() {
            if i > 0 {
                out.push(junction);
            }
            out.extend(std::iter::repeat_n(fill, w + 2));
        }
        out.push(right);
        out.push('\n');
    }

    fn row(out: &mut String, cells: &[String], (left, junction, right): Content, widths: &[usize]) {
        let lines: Vec<Vec<String>> = cells
            .iter()
            .zip(widths)
            .map(|(cell, w)| {
                let mut v = Vec::new();
                for line in cell.split('\n') {
                    if line.width() > *w {
                        v.extend(split_line(line, *w));
                    } else {
                        v.push(line.to_string());
                    }
                }
                v
            })
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..height {
            out.push(left);
            for (c, w) in widths.iter().enumerate() {
                if c > 0 {
                    out.push(junction);
                }
                match lines[c].get(i) {
                    Some(line) => {
                        out.push(' ');
                        out.push_str(line);
                        out.extend(std::iter::repeat_n(' ', w.saturating_sub(line.width()) + 1));
                    }
                    None => out.extend(std::iter::repeat_n(' ', w + 2)),
                }
            }
            out.push(right);
            out.push('\n');
        }
    }

    /// comfy-table's `split_line` with the delimiter ' ', for a line whose every word fits
    /// `width` (so no word is ever cut).
    fn split_line(line: &str, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        let mut words: Vec<&str> = line.split(' ').collect();
        words.reverse();
        let mut current = String::new();
        let mut length = 0;
        while let Some(next) = words.pop() {
            let next_length = next.width();
            let mut added = next_length + length;
            let mut remaining = width.saturating_sub(length);
            if !current.is_empty() {
                added += 1;
                remaining = remaining.saturating_sub(1);
            }
            if added <= width {
                if !current.is_empty() {
                    current.push(' ');
                    length += 1;
                }
                current.push_str(next);
                length += next_length;
            } else if !current.is_empty() && remaining <= MIN_FREE {
                words.push(next);
                lines.push(std::mem::take(&mut current));
                length = 0;
                continue;
            } else {
                lines.push(std::mem::take(&mut current));
                current.push_str(next);
                length = next_length;
            }
            if length > width.saturating_sub(MIN_FREE) {
                lines.push(std::mem::take(&mut current));
                length = 0;
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain drawing is comfy-table's, byte for byte, on tables that wrap, with
    /// Vietnamese text, empty cells, several lines, double spaces and both border styles.
    #[test]
    fn the_plain_table_is_drawn_as_comfy_table_draws_it() {
        let texts = [
            "Rà soát tổ chức bộ máy sau sáp nhập các sở",
            "",
            "Họp  giao ban (hai dấu cách) với Sở Lao động – Thương binh và Xã hội",
            "dòng một\ndòng hai dài hơn một chút để xuống dòng",
            " bắt đầu bằng dấu cách và kết thúc bằng dấu cách ",
            "#12",
            "20/12/2022",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        ];
        let mut x: u64 = 7;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n) as usize
        };
        let mut compared = 0;
        for _ in 0..400 {
            let cols = 1 + next(4);
            let headers: Vec<String> = (0..cols)
                .map(|i| ["Mã", "Nội dung", "Hạn", ""][i])
                .map(String::from)
                .collect();
            let rows: Vec<Vec<String>> = (0..next(5))
                .map(|_| {
                    (0..cols)
                        .map(|_| texts[next(texts.len() as u64)].to_string())
                        .collect()
                })
                .collect();
            let widths: Vec<usize> = (0..cols).map(|_| 1 + next(40)).collect();
            for utf8 in [true, false] {
                let Some(ours) = plain::draw(&headers, &rows, &widths, utf8) else {
                    continue;
                };
                let mut t = Table::new();
                t.load_style(if utf8 {
                    presets::UTF8_FULL_CONDENSED
                } else {
                    presets::ASCII_FULL_CONDENSED
                });
                t.set_content_arrangement(ContentArrangement::Disabled);
                t.force_no_tty();
                t.set_header(headers.iter().map(Cell::new));
                for r in &rows {
                    t.add_row(r.iter().map(Cell::new));
                }
                for (i, w) in widths.iter().enumerate() {
                    if let Some(col) = t.column_mut(i) {
                        col.set_constraint(ColumnConstraint::Absolute(Width::Fixed((*w + 2) as u16)));
                    }
                }
                assert_eq!(ours, t.to_string(), "{headers:?} {rows:?} {widths:?}");
                compared += 1;
            }
        }
        assert!(compared > 200, "{compared}");
    }

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
