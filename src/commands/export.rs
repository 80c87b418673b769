//! `worklog export`: the whole database as lossless JSON (the default), or one kind of
//! record as a flat CSV for spreadsheets. The JSON export imports back with
//! `import --from worklog`; the entries CSV with `import --from csv`.

use crate::app::Ctx;
use crate::dates::parse_period;
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::export::FlatTable;
use crate::render::progress::Progress;
use crate::render::{Format, View};
use crate::store::export::{self, FlatKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Entries,
    Tasks,
    Docs,
    Facts,
}

impl crate::choice::Choice for What {
    const FORMS: &'static [crate::choice::Form<What>] = &[
        crate::choice::Form {
            value: What::Entries,
            en: "entries",
            vi: "nhat-ky",
            also: &["entry", "muc nhat ky"],
        },
        crate::choice::Form {
            value: What::Tasks,
            en: "tasks",
            vi: "nhiem-vu",
            also: &["task", "viec", "cong viec"],
        },
        crate::choice::Form {
            value: What::Docs,
            en: "docs",
            vi: "van-ban",
            also: &["doc", "documents"],
        },
        crate::choice::Form {
            value: What::Facts,
            en: "facts",
            vi: "thong-tin",
            also: &["fact", "thong tin co ban"],
        },
    ];
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "--format json (the default) writes the WHOLE database, every record with its id and\n\
timestamps, deleted ones too; `worklog --db new.db import FILE --from worklog` rebuilds it.\n\
\n\
--format csv writes one kind of record, live ones only:\n  \
entries: date,text,kind,field,unit,tags,minutes,time (the columns `import --from csv` reads)\n  \
tasks:   id,title,status,priority,due,plan,unit,major,field,assigned,started,closed,docs\n  \
docs:    id,number,title,issuer,level,field,status,issued,due,unit\n  \
facts:   id,text,value,source,as_of,field\n\
Several units, tags or document numbers in a cell are separated by `;`. PERIOD limits\n\
entries by date, tasks by the date assigned, documents by issue (else due) date, facts\n\
by as-of date.\n\
\n\
Examples:\n  worklog export -o worklog-2022.json\n  worklog export --format csv --what entries 2022 -o nhat-ky-2022.csv"
)]
pub struct Args {
    /// What a CSV export holds (default: entries); JSON always holds everything
    #[arg(long, value_parser = crate::choice::ChoiceParser::<What>::new())]
    pub what: Option<What>,
    /// With --format csv: only this period (today, week, month, 2022-12, 2022, FROM..TO…); default: all
    #[arg(value_name = "PERIOD")]
    pub period: Option<String>,
}

/// Which export to produce. `--format` is the one way to ask for it (SPEC §3: `export
/// --format csv`), so here the format is the command's input, not only how its result is
/// shown: the JSON export is the whole database, the CSV one a table of one kind.
enum Export {
    Whole,
    Flat,
}

impl Export {
    fn asked(format: Format) -> Result<Export> {
        match format {
            // `--format` is a global option; not given (table) means JSON here.
            Format::Json | Format::Table => Ok(Export::Whole),
            Format::Csv | Format::Xlsx => Ok(Export::Flat),
            f => {
                let name = format!("{f:?}").to_lowercase();
                Err(Error::input(M::ExportBadFormat, &[&name]).hint(M::ExportCsvOnlyHint, &[]))
            }
        }
    }
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    match Export::asked(ctx.out.format)? {
        Export::Whole => whole(ctx, &a),
        Export::Flat => flat(ctx, &a),
    }
}

/// The whole database as lossless JSON; `--what` and PERIOD belong to CSV only.
fn whole(ctx: &Ctx, a: &Args) -> Result<View> {
    let given = match (&a.what, &a.period) {
        (Some(_), _) => Some("--what"),
        (None, Some(_)) => Some("PERIOD"),
        _ => None,
    };
    if let Some(opt) = given {
        return Err(Error::input(M::ExportCsvOnly, &[&opt]).hint(M::ExportCsvOnlyHint, &[]));
    }
    let store = ctx.store_ro()?;
    let _progress = Progress::new(None, ctx.out.quiet);
    Ok(View::Raw(export::export_json(store.db())?))
}

/// One kind of record (default: entries) as a flat table, limited to PERIOD.
fn flat(ctx: &Ctx, a: &Args) -> Result<View> {
    let range = a
        .period
        .as_deref()
        .map(|p| parse_period(p, ctx.today(), ctx.cal()).map(|p| (p.from, p.to)))
        .transpose()?;
    let kind = match a.what.unwrap_or(What::Entries) {
        What::Entries => FlatKind::Entries,
        What::Tasks => FlatKind::Tasks,
        What::Docs => FlatKind::Docs,
        What::Facts => FlatKind::Facts,
    };
    let store = ctx.store_ro()?;
    let progress = Progress::new(None, ctx.out.quiet);
    let flat = export::flat(store.db(), kind, range)?;
    drop(progress);
    Ok(View::Typed(Box::new(FlatTable {
        headers: flat.headers.iter().map(|h| h.to_string()).collect(),
        rows: flat.rows,
    })))
}
