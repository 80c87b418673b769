//! Writes the sample administrative report as `bao-cao.docx` and `bao-cao.html` into the
//! folder given (default: the current one), to look at the layout in Word, LibreOffice
//! or a browser: `cargo run --example report_sample -- /tmp/out`.

use worklog::render::doc::{Chart, sample, to_docx, to_html};

fn main() -> std::io::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let dir = std::path::Path::new(&dir);
    let report = sample();
    std::fs::write(dir.join("bao-cao.docx"), to_docx(&report))?;
    let chart = Chart {
        title: "Số việc theo ngày".into(),
        bars: (1..=10)
            .map(|d| (format!("{d:02}/12"), f64::from(d % 4 + 1)))
            .collect(),
    };
    std::fs::write(dir.join("bao-cao.html"), to_html(&report, &[chart]))?;
    Ok(())
}
