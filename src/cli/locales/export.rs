//! `wegweiser locales export --lang xx --output FILE`.

use std::path::Path;

use super::sheet::{self, Sheet};
use super::{LocalesError, source, translated};
use crate::i18n::ftl_file::FtlFile;
use crate::i18n::{self, Texts, check, examples, markup};

/// What every sheet says above its header.
const INSTRUCTIONS: &[&str] = &[
    "Wegweiser: texts of a Telegram bot for refugees and their Integrationsmanager (German is the original).",
    "Please edit only the column \"Translation\". Keep every { $name } placeholder, every { \"…\" } and every <b>…</b> tag as it is; a line starting with [one], [few], *[other] … is one plural form (keep all of them).",
    "When a row is right, write x in \"Reviewed (x)\": its REVIEW note is removed. The column \"Example\" shows the current translation as the bot sends it.",
];

/// The notice of a machine-assisted draft.
fn draft_notice(lang: &str) -> String {
    format!(
        "IMPORTANT: the {lang} translation is a machine-assisted draft by non-speakers, not checked by a native speaker. \
         The unsure rows (with a REVIEW note) come first."
    )
}

/// The message as Telegram shows it: without tags, entities decoded.
fn shown(html: &str) -> String {
    markup::visible(html)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The example column: the message rendered with realistic arguments, by the bot's
/// formatting code; plural messages twice (counts 1 and 3).
fn example(
    texts: &Texts,
    lang: &str,
    id: &str,
    vars: &std::collections::BTreeSet<String>,
    plural: bool,
) -> String {
    let counts: &[f64] = if plural { &[1.0, 3.0] } else { &[3.0] };
    counts
        .iter()
        .map(|n| {
            let args = examples::args(lang, vars, *n);
            shown(&texts.t_with(lang, id, &examples::borrowed(&args)))
        })
        .collect::<Vec<_>>()
        .join("\n———\n")
}

pub(super) fn export(
    dir: Option<&Path>,
    lang: &str,
    output: &Path,
) -> Result<String, LocalesError> {
    let lang = translated(lang)?;
    if output.exists() {
        return Err(LocalesError::Input(format!(
            "{} already exists; choose another file name",
            output.display()
        )));
    }
    let de = source(dir, i18n::REFERENCE)?;
    let own = source(dir, lang)?;
    let (shape, _) = check::read_locale(i18n::REFERENCE, &de)
        .map_err(|e| LocalesError::Input(format!("locales/de: {e}")))?;
    let texts = Texts::from_sources(&[(i18n::REFERENCE, &de), (lang, &own)])
        .map_err(|e| LocalesError::Input(e.to_string()))?;
    let de_file = FtlFile::parse(&de);
    let own_file = FtlFile::parse(&own);
    let mut rows = vec![];
    for id in de_file.ids() {
        let vars = shape.get(id).cloned().unwrap_or_default();
        let german = de_file.value(id).unwrap_or_default();
        let plural = german.contains("->");
        let mut note = de_file.note(id);
        let own_note = own_file.note(id);
        if !own_note.is_empty() && own_note != note {
            note = if note.is_empty() {
                own_note
            } else {
                format!("{note}\n{own_note}")
            };
        }
        let vars_text = vars
            .iter()
            .map(|v| format!("{{ ${v} }}"))
            .collect::<Vec<_>>()
            .join(", ");
        let review = own_file.review(id);
        rows.push((
            review.is_some(),
            vec![
                id.to_owned(),
                german,
                own_file.value(id).unwrap_or_default(),
                String::new(),
                review.unwrap_or_default(),
                note,
                vars_text,
                example(&texts, lang, id, &vars, plural),
                example(&texts, i18n::REFERENCE, id, &vars, plural),
            ],
        ));
    }
    let draft = i18n::MACHINE_DRAFTS.contains(&lang);
    if draft {
        // Unsure rows first, each group in file order (the sort is stable).
        rows.sort_by_key(|(unsure, _)| !unsure);
    }
    let unsure = rows.iter().filter(|(u, _)| *u).count();
    let mut notice: Vec<String> = vec![];
    if draft {
        notice.push(draft_notice(lang));
    }
    notice.extend(INSTRUCTIONS.iter().map(|s| s.to_string()));
    let header = [
        sheet::ID.to_owned(),
        sheet::GERMAN.to_owned(),
        format!("{} ({lang})", sheet::TRANSLATION),
        sheet::REVIEWED.to_owned(),
        sheet::REVIEW.to_owned(),
        sheet::NOTE.to_owned(),
        sheet::VARIABLES.to_owned(),
        format!("{} ({lang})", sheet::EXAMPLE),
        sheet::EXAMPLE_GERMAN.to_owned(),
    ];
    let first_row = notice.len() + 2;
    let count = rows.len();
    let sheet = Sheet {
        notice,
        header: header.to_vec(),
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(i, (_, cells))| (first_row + i, cells))
            .collect(),
    };
    let rtl: &[usize] = if markup::is_rtl(lang) { &[2, 7] } else { &[] };
    sheet::write(output, &sheet, rtl)?;
    let mut out = format!(
        "{}: {count} messages of {lang}, {unsure} marked REVIEW (unsure)\n",
        output.display()
    );
    if draft {
        out.push_str(&format!(
            "{lang} is a machine-assisted draft: the unsure rows come first\n"
        ));
    }
    Ok(out)
}
