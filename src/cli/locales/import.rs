//! `wegweiser locales import FILE [--lang xx] [--dry-run]`.

use std::collections::HashMap;
use std::path::Path;

use super::sheet::{self, Sheet};
use super::{LocalesError, source, translated};
use crate::i18n::ftl_file::FtlFile;
use crate::i18n::{self, check};

/// A cell as Fluent value text: line ends unified, trailing spaces and blank edges gone.
fn normalize(cell: &str) -> String {
    cell.replace("\r\n", "\n")
        .split('\n')
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_matches('\n')
        .to_owned()
}

/// Whether a "Reviewed" cell marks the row reviewed (`Err`: neither yes nor empty).
fn reviewed(cell: &str) -> Result<bool, ()> {
    match cell.trim().to_lowercase().as_str() {
        "" => Ok(false),
        "x" | "yes" | "ja" | "1" | "true" | "✓" | "✔" | "ok" => Ok(true),
        _ => Err(()),
    }
}

/// The language named in the header "Translation (xx)".
fn header_lang(sheet: &Sheet, col: usize) -> Option<String> {
    let h = sheet.header.get(col)?;
    let inner = h.split_once('(')?.1.split_once(')')?.0.trim();
    (!inner.is_empty()).then(|| inner.to_owned())
}

/// The message in a cell alone must be valid Fluent, and one message with that id.
fn parse_alone(id: &str, value: &str) -> Result<(), String> {
    let source = FtlFile::message_lines(id, value).join("\n") + "\n";
    match fluent_syntax::parser::parse(source.as_str()) {
        Err((_, errs)) => Err(format!(
            "not valid Fluent: {}",
            check::syntax_errors(&source, &errs)
        )),
        Ok(res) if res.body.len() == 1 => Ok(()),
        Ok(_) => Err(
            "not one message (a line may start with a character Fluent reads as syntax)".to_owned(),
        ),
    }
}

pub(super) fn import(
    dir: &Path,
    file: &Path,
    lang_arg: Option<&str>,
    dry_run: bool,
) -> Result<String, LocalesError> {
    let sheet = sheet::read(file)?;
    let col = |name: &str| {
        sheet
            .column(name)
            .ok_or_else(|| LocalesError::Input(format!("{}: no column \"{name}\"", file.display())))
    };
    let (id_col, tr_col, rev_col) = (
        col(sheet::ID)?,
        col(sheet::TRANSLATION)?,
        col(sheet::REVIEWED)?,
    );
    let lang = match (lang_arg, header_lang(&sheet, tr_col)) {
        (Some(a), Some(h)) if a != h => {
            return Err(LocalesError::Input(format!(
                "{}: the sheet is for \"{h}\", --lang says \"{a}\"",
                file.display()
            )));
        }
        (Some(a), _) => a.to_owned(),
        (None, Some(h)) => h,
        (None, None) => {
            return Err(LocalesError::Input(format!(
                "{}: the sheet does not name its language; use --lang",
                file.display()
            )));
        }
    };
    let lang = translated(&lang)?;
    let de = source(Some(dir), i18n::REFERENCE)?;
    let path = i18n::source_path(dir, lang);
    let old = source(Some(dir), lang)?;
    let de_file = FtlFile::parse(&de);
    let de_ids: Vec<&str> = de_file.ids().collect();
    let mut ftl = FtlFile::parse(&old);
    let mut problems: Vec<(usize, String)> = vec![];
    let mut row_of: HashMap<String, usize> = HashMap::new();
    let (mut changed, mut unmarked) = (vec![], 0usize);
    for (row, cells) in &sheet.rows {
        let row = *row;
        let cell = |c: usize| cells.get(c).map(String::as_str).unwrap_or("");
        let id = cell(id_col).trim();
        let mut problem = |text: String| problems.push((row, format!("row {row} ({id}): {text}")));
        let Some(pos) = de_ids.iter().position(|d| *d == id) else {
            problem("not a message of Wegweiser (the id column must stay as exported)".to_owned());
            continue;
        };
        if row_of.insert(id.to_owned(), row).is_some() {
            problem("this message has another row above".to_owned());
            continue;
        }
        let value = normalize(cell(tr_col));
        if value.is_empty() {
            problem("the translation is empty".to_owned());
            continue;
        }
        let Ok(is_reviewed) = reviewed(cell(rev_col)) else {
            problem(format!(
                "\"{}\" in \"Reviewed (x)\": write x or leave it empty",
                cell(rev_col).trim()
            ));
            continue;
        };
        if ftl.value(id).as_deref() != Some(value.as_str()) {
            if let Err(e) = parse_alone(id, &value) {
                problem(e);
                continue;
            }
            let after = de_ids[..pos]
                .iter()
                .rev()
                .find(|d| ftl.contains(d))
                .copied();
            ftl.set_value(id, &value, after);
            changed.push(id.to_owned());
        }
        if is_reviewed && ftl.drop_review(id) {
            unmarked += 1;
        }
    }
    let new_text = ftl.text();
    for p in check::locale_problems(lang, &new_text, &de) {
        problems.push(match row_of.get(&p.id) {
            Some(row) => (*row, format!("row {row} ({}): {}", p.id, p.text)),
            None if p.id.is_empty() => (usize::MAX, format!("{}: {}", path.display(), p.text)),
            None => (
                usize::MAX,
                format!("{} (no row in the sheet): {}", p.id, p.text),
            ),
        });
    }
    if !problems.is_empty() {
        problems.sort();
        problems.dedup();
        return Err(LocalesError::Rejected(
            problems.into_iter().map(|(_, t)| t).collect(),
        ));
    }
    let mut out = format!(
        "{}: {} rows for {lang}, every row passes the checks; {} message(s) changed{}, {unmarked} REVIEW mark(s) removed\n",
        file.display(),
        sheet.rows.len(),
        changed.len(),
        if changed.is_empty() {
            String::new()
        } else {
            format!(" ({})", changed.join(", "))
        },
    );
    if dry_run {
        out.push_str("nothing written (--dry-run)\n");
    } else if new_text == old {
        out.push_str(&format!("{} is unchanged\n", path.display()));
    } else {
        let tmp = path.with_extension("ftl.new");
        std::fs::write(&tmp, &new_text)
            .and_then(|()| std::fs::rename(&tmp, &path))
            .map_err(|e| LocalesError::Io(format!("cannot write {}: {e}", path.display())))?;
        out.push_str(&format!(
            "wrote {}; the bot reads it at its next start\n",
            path.display()
        ));
    }
    Ok(out)
}
