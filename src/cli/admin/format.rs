//! What the commands print: names as administrators read them, and aligned tables.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::store::people::{AuditEntry, Gemeinde, Manager, Organisation};

/// "3 (Frau Keller)".
pub(super) fn who(m: &Manager) -> String {
    format!("{} ({})", m.id, m.display_name)
}

/// "Hemmingen (08118011)".
pub(super) fn place(g: &Gemeinde) -> String {
    format!("{} ({})", g.name, g.ags)
}

/// "no clients were", "1 client was", "5 clients were".
pub fn clients_were(n: u64) -> String {
    match n {
        0 => "no clients were".to_owned(),
        1 => "1 client was".to_owned(),
        n => format!("{n} clients were"),
    }
}

/// A time as the administrators read it: in the configured zone, with its abbreviation.
pub fn local_time(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .format("%Y-%m-%d %H:%M %Z")
        .to_string()
}

/// A column of a [`table`].
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub title: &'static str,
    /// Numbers are aligned to the right.
    pub right: bool,
}

const fn col(title: &'static str) -> Column {
    Column {
        title,
        right: false,
    }
}

const fn num(title: &'static str) -> Column {
    Column { title, right: true }
}

/// Aligned columns, two spaces apart, a header line first, no trailing spaces. Control
/// characters in cells become spaces, so a stored name cannot break the layout.
pub fn table(columns: &[Column], rows: &[Vec<String>]) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.title.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let titles: Vec<String> = columns.iter().map(|c| c.title.to_owned()).collect();
    for row in std::iter::once(&titles).chain(&rows) {
        let mut line = String::new();
        for ((column, width), cell) in columns.iter().zip(&widths).zip(row) {
            if !line.is_empty() {
                line.push_str("  ");
            }
            let pad = " ".repeat(width - cell.chars().count());
            if column.right {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn organisation_table(orgs: &[Organisation]) -> String {
    if orgs.is_empty() {
        return "No organisations yet. Add one with: wegweiser admin org add --name NAME --kind KIND\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = orgs
        .iter()
        .map(|o| vec![o.id.to_string(), o.name.clone(), o.kind.clone()])
        .collect();
    table(&[num("ID"), col("NAME"), col("KIND")], &rows)
}

pub fn gemeinde_table(gemeinden: &[Gemeinde]) -> String {
    if gemeinden.is_empty() {
        return "No Gemeinden yet. Add one with: wegweiser admin gemeinde add --ags AGS --name NAME --landkreis NAME\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = gemeinden
        .iter()
        .map(|g| vec![g.ags.clone(), g.name.clone(), g.landkreis.clone()])
        .collect();
    table(&[col("AGS"), col("NAME"), col("LANDKREIS")], &rows)
}

/// Managers with their caseload and the Gemeinden they serve.
pub fn manager_table(managers: &[(Manager, i64, Vec<Gemeinde>)], orgs: &[Organisation]) -> String {
    if managers.is_empty() {
        return "No managers yet. Invite one with: wegweiser admin manager invite --org ID --gemeinde AGS --name NAME\n"
            .to_owned();
    }
    let rows: Vec<Vec<String>> = managers
        .iter()
        .map(|(m, caseload, served)| {
            let org = orgs.iter().find(|o| o.id == m.organisation_id).map_or_else(
                || m.organisation_id.to_string(),
                |o| format!("{} ({})", o.name, o.id),
            );
            let served = if served.is_empty() {
                "-".to_owned()
            } else {
                served.iter().map(place).collect::<Vec<_>>().join(", ")
            };
            vec![
                m.id.to_string(),
                m.display_name.clone(),
                m.status.clone(),
                org,
                served,
                caseload.to_string(),
            ]
        })
        .collect();
    table(
        &[
            num("ID"),
            col("NAME"),
            col("STATUS"),
            col("ORGANISATION"),
            col("GEMEINDEN"),
            num("CASELOAD"),
        ],
        &rows,
    )
}

pub fn audit_table(entries: &[AuditEntry], tz: Tz) -> String {
    if entries.is_empty() {
        return "The audit log is empty.\n".to_owned();
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.at.with_timezone(&tz)
                    .format("%Y-%m-%d %H:%M:%S %Z")
                    .to_string(),
                e.actor.clone(),
                e.action.clone(),
                e.subject.clone(),
            ]
        })
        .collect();
    table(
        &[col("TIME"), col("ACTOR"), col("ACTION"), col("SUBJECT")],
        &rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::admin::fixtures::{caritas, hemmingen, manager};
    use chrono::TimeZone;

    #[test]
    fn tables_are_aligned() {
        let t = table(
            &[num("ID"), col("NAME"), col("KIND")],
            &[
                vec!["1".into(), "Caritas".into(), "traeger".into()],
                vec!["12".into(), "Landratsamt\tLB".into(), "landkreis".into()],
            ],
        );
        assert_eq!(
            t,
            "ID  NAME            KIND\n 1  Caritas         traeger\n12  Landratsamt LB  landkreis\n"
        );
    }

    #[test]
    fn umlauts_count_as_one_column() {
        let t = table(
            &[col("NAME"), col("#")],
            &[
                vec!["Mühlacker".into(), "#".into()],
                vec!["Bad Dürrheim".into(), "#".into()],
            ],
        );
        let columns: Vec<Option<usize>> = t
            .lines()
            .map(|l| l.chars().position(|c| c == '#'))
            .collect();
        assert_eq!(columns, [Some(14), Some(14), Some(14)], "{t}");
    }

    #[test]
    fn the_manager_list_shows_status_organisation_gemeinden_and_caseload() {
        let rows = vec![
            (manager(1, "Frau Keller", "invited"), 0, vec![hemmingen()]),
            (manager(2, "Herr Braun", "active"), 17, vec![]),
        ];
        let t = manager_table(&rows, &[caritas()]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines[0],
            "ID  NAME         STATUS   ORGANISATION  GEMEINDEN             CASELOAD"
        );
        assert_eq!(
            lines[1],
            " 1  Frau Keller  invited  Caritas (1)   Hemmingen (08118011)         0"
        );
        assert_eq!(
            lines[2],
            " 2  Herr Braun   active   Caritas (1)   -                           17"
        );
        assert!(manager_table(&[], &[]).starts_with("No managers yet"));
    }

    #[test]
    fn audit_times_are_local() {
        let e = AuditEntry {
            at: Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap(),
            actor: "cli".into(),
            action: "gemeinde.add".into(),
            subject: "gemeinde:1".into(),
        };
        let t = audit_table(&[e], chrono_tz::Europe::Berlin);
        assert!(
            t.contains("2026-11-23 09:00:00 CET  cli    gemeinde.add  gemeinde:1"),
            "{t}"
        );
    }

    #[test]
    fn plural_of_clients() {
        assert_eq!(clients_were(0), "no clients were");
        assert_eq!(clients_were(1), "1 client was");
        assert_eq!(clients_were(5), "5 clients were");
    }
}
