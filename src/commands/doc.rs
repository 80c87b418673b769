//! `worklog doc`: the documents (văn bản) work rests on — issued ones with their date,
//! and required ones (the rules require them; not issued yet) with a due date and the
//! unit drafting them. Numbers are checked against the Vietnamese forms (`docnum`).

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::input::valid_number;
use crate::model::{DocLevel, DocStatus};
use crate::render::View;
use crate::render::listings::DocList;
use crate::store::documents::{DocFilter, NewDocument, get_document, list_documents, live_document};
use crate::store::{self};
use clap::builder::TypedValueParser;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Register a document: worklog doc add 45/2022/QĐ-UBND --title "…" --issued 12/10/2022
    Add(AddArgs),
    /// List documents, with the tasks and entries citing each
    List(ListArgs),
    /// A required document has been issued: give its number and date
    Issue {
        /// The document's id
        #[arg(value_parser = crate::input::parse_id)]
        id: i64,
        /// Its number and symbol, e.g. 12/2023/QĐ-UBND
        number: String,
        /// The day it was issued
        #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog doc add 45/2022/QĐ-UBND --title \"Quy định quản lý…\" --issued 12/10/2022 -f laodong\n  worklog doc add --title \"Quy định hỗ trợ người lao động\" --required --due 31/03/2023 -u ldtbxh\n  worklog doc add 18-NQ/TW --title \"Nghị quyết 18\" --level central --issuer \"BCH TW\"\n\nAccepted numbers: 123/UBND-KT, 45/2022/QĐ-UBND, 45/2019/QH14, 04/TTr-SNgV, 18-NQ/TW."
)]
pub struct AddArgs {
    /// Number and symbol (số, ký hiệu), e.g. 45/2022/QĐ-UBND; may be left out for a required document
    pub number: Option<String>,
    /// Its title (trích yếu)
    #[arg(long)]
    pub title: Option<String>,
    /// The issuing body
    #[arg(long, value_name = "ORG")]
    pub issuer: Option<String>,
    /// central, province (the default) or other
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(DocLevel::KEYS).try_map(|l| l.parse::<DocLevel>()))]
    pub level: Option<DocLevel>,
    /// The day it was issued
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "required"
    )]
    pub issued: Option<String>,
    /// Required by the rules but not issued yet
    #[arg(long)]
    pub required: bool,
    /// When a required document must be issued
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "required")]
    pub due: Option<String>,
    /// The unit drafting a required document
    #[arg(short = 'u', long, value_name = "UNIT", requires = "required")]
    pub unit: Option<String>,
    /// Field (sector) key
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
    /// A task resting on it (repeatable): the task then cites its number
    #[arg(long = "task", value_name = "ID", value_parser = crate::input::parse_id)]
    pub tasks: Vec<i64>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only documents of this field
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
    /// Only issued documents
    #[arg(long, group = "status")]
    pub issued: bool,
    /// Only required documents not issued yet
    #[arg(long, group = "status")]
    pub required: bool,
    /// Only documents of this level: central, province, other
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(DocLevel::KEYS).try_map(|l| l.parse::<DocLevel>()))]
    pub level: Option<DocLevel>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => list(ctx, a),
        Cmd::Issue { id, number, date } => issue(ctx, id, &number, date.as_deref()),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let number = a.number.as_deref().map(valid_number).transpose()?;
    let title = a
        .title
        .as_deref()
        .ok_or_else(|| Error::input(M::DocNeedsTitle, &[]).hint(M::DocNeedsTitleHint, &[]))
        .and_then(crate::input::user_text)?;
    let issuer = a.issuer.as_deref().map(crate::input::user_text).transpose()?;
    let status = if a.required {
        DocStatus::Required
    } else {
        DocStatus::Issued
    };
    if number.is_none() && !a.required {
        return Err(Error::input(M::DocNeedsNumber, &[]).hint(M::DocNeedsNumberHint, &[]));
    }
    if number.is_none() && !a.tasks.is_empty() {
        return Err(Error::input(M::DocTaskNeedsNumber, &[]).hint(M::DocNeedsNumberHint, &[]));
    }
    let issued_on = a
        .issued
        .as_deref()
        .map(|d| crate::ops::past_date(ctx, d, M::FutureDateHint))
        .transpose()?;
    let due = a
        .due
        .as_deref()
        .map(|d| parse_date(d, ctx.today(), Dir::Future, ctx.cal()))
        .transpose()?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let conn = tx.db();
    if let Some(n) = &number {
        crate::ops::check_unique_number(conn, n, None)?;
    }
    let field = a
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(conn, f))
        .transpose()?;
    let drafting_unit = a
        .unit
        .as_deref()
        .map(|u| crate::ops::unit_for_new_work(ctx, conn, u, ctx.today()))
        .transpose()?;
    for task in &a.tasks {
        store::tasks::live_task(conn, *task, ctx.task_asof())?;
    }
    let id = tx.insert_document(&NewDocument {
        number: number.clone(),
        title,
        issuer,
        level: match (a.level, a.required) {
            (Some(l), _) => l,
            (None, false) => DocLevel::Province,
            // Who must issue it decides where it is counted: asked, never guessed.
            (None, true) => {
                return Err(
                    Error::input(M::DocRequiredNeedsLevel, &[]).hint(M::DocRequiredNeedsLevelHint, &[])
                );
            }
        },
        field,
        status,
        issued_on,
        due,
        drafting_unit,
    })?;
    if let Some(n) = &number {
        for task in &a.tasks {
            tx.cite_document(*task, n)?;
        }
    }
    let doc = get_document(tx.db(), id)?;
    tx.finish(&t(M::UndoDocAdd, &[&id]), ctx.dry_run)?;
    let line = t(M::DocAdded, &[&id, &crate::render::labels::doc_label(&doc)]);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, doc,
    ))))
}

fn issue(ctx: &Ctx, id: i64, number: &str, date: Option<&str>) -> Result<View> {
    let number = valid_number(number)?;
    let date = date.ok_or_else(|| Error::input(M::DocIssueNeedsDate, &[&id]))?;
    let date = crate::ops::past_date(ctx, date, M::FutureDateHint)?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let doc = live_document(tx.db(), id)?;
    if doc.status == DocStatus::Issued {
        let when = doc.issued_on.map(crate::i18n::date).unwrap_or_default();
        return Err(Error::input(
            M::DocAlreadyIssued,
            &[&id, &doc.number.unwrap_or_default(), &when],
        ));
    }
    crate::ops::check_unique_number(tx.db(), &number, Some(id))?;
    tx.issue_document(id, &number, date)?;
    let doc = get_document(tx.db(), id)?;
    tx.finish(&t(M::UndoDocIssue, &[&id]), ctx.dry_run)?;
    let line = t(M::DocIssuedLine, &[&id, &number, &crate::i18n::date(date)]);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, doc,
    ))))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let store = ctx.store_ro()?;
    let field = a
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(store.db(), f))
        .transpose()?;
    let status = if a.issued {
        Some(DocStatus::Issued)
    } else if a.required {
        Some(DocStatus::Required)
    } else {
        None
    };
    let docs = list_documents(
        store.db(),
        &DocFilter {
            field,
            status,
            level: a.level,
        },
    )?;
    Ok(View::Typed(Box::new(DocList { docs })))
}
