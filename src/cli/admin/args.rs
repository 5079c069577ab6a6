//! The grammar of `wegweiser admin …`, as clap reads it.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, Subcommand};

use crate::domain::gemeinde::OrgKind;

#[derive(Debug, Clone, Subcommand)]
pub enum AdminCommand {
    /// Organisations that employ Integrationsmanager.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Gemeinden, identified by their Amtlicher Gemeindeschlüssel (AGS).
    #[command(subcommand)]
    Gemeinde(GemeindeCommand),
    /// Integrationsmanager: invite, list, assign Gemeinden, deactivate.
    #[command(subcommand)]
    Manager(ManagerCommand),
    /// Administrators limited to one organisation or one Gemeinde.
    #[command(subcommand)]
    Scope(ScopeCommand),
    /// The yearly figures per Gemeinde as CSV: clients taken on and ended, appointments
    /// planned, attended, missed (deleted clients still count, as bare numbers).
    Figures {
        /// The calendar year (default: this year).
        #[arg(long, value_parser = clap::value_parser!(i32).range(2000..=2100))]
        year: Option<i32>,
    },
    /// Show the audit log (who changed what, when), newest first.
    Audit {
        /// How many entries to show.
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10_000))]
        limit: i64,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum OrgCommand {
    /// Add an organisation and print its id.
    Add {
        /// Its name, e.g. "Caritas Ludwigsburg".
        #[arg(long)]
        name: String,
        /// What kind of organisation it is.
        #[arg(long, value_parser = org_kind_parser())]
        kind: OrgKind,
    },
    /// List the organisations.
    List,
}

#[derive(Debug, Clone, Subcommand)]
pub enum GemeindeCommand {
    /// Add a Gemeinde.
    Add {
        /// Its Amtlicher Gemeindeschlüssel: 8 digits, e.g. 08118011.
        #[arg(long)]
        ags: String,
        /// Its name, e.g. Hemmingen.
        #[arg(long)]
        name: String,
        /// The Landkreis (or Stadtkreis) it belongs to, e.g. Ludwigsburg.
        #[arg(long)]
        landkreis: String,
    },
    /// List the Gemeinden.
    List,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ManagerCommand {
    /// Create a manager and print the invite link that connects their Telegram account.
    Invite {
        /// The id of the organisation employing them (see `admin org list`).
        #[arg(long, value_name = "ID")]
        org: i64,
        /// The AGS of a Gemeinde they serve; repeat for several.
        #[arg(long = "gemeinde", value_name = "AGS", required = true)]
        gemeinden: Vec<String>,
        /// The name their clients see, e.g. "Frau Keller".
        #[arg(long)]
        name: String,
        /// Days until the invite link expires.
        #[arg(long, default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..=90))]
        days: u32,
    },
    /// List the managers with their status, Gemeinden and caseload.
    List,
    /// Let a manager also serve a Gemeinde.
    Assign {
        /// The manager's id (see `admin manager list`).
        #[arg(long, value_name = "ID")]
        manager: i64,
        /// The Gemeinde's AGS.
        #[arg(long, value_name = "AGS")]
        gemeinde: String,
    },
    /// Deactivate a manager and hand all their clients to a successor.
    Deactivate {
        /// The id of the manager leaving.
        #[arg(long, value_name = "ID")]
        manager: i64,
        /// The id of the active manager who takes over their clients.
        #[arg(long, value_name = "ID")]
        successor: i64,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum ScopeCommand {
    /// Make a Telegram user an administrator of one organisation or one Gemeinde.
    #[command(group(ArgGroup::new("scope").required(true).args(["org", "gemeinde"])))]
    Add {
        /// The administrator's numeric Telegram user id.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
        telegram_id: i64,
        /// The organisation they administer (its id).
        #[arg(long, value_name = "ID")]
        org: Option<i64>,
        /// The Gemeinde they administer (its AGS).
        #[arg(long, value_name = "AGS")]
        gemeinde: Option<String>,
    },
}

fn org_kind_parser() -> impl TypedValueParser<Value = OrgKind> {
    PossibleValuesParser::new([
        PossibleValue::new("gemeinde").help("a Gemeinde employing its own managers"),
        PossibleValue::new("landkreis").help("a Landkreis serving its Gemeinden"),
        PossibleValue::new("traeger").help("a welfare organisation (freier Träger)"),
        PossibleValue::new("verbund").help("neighbouring Gemeinden sharing managers"),
    ])
    .map(|s| s.parse::<OrgKind>().expect("one of the possible values"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        cmd: AdminCommand,
    }

    fn parse(args: &[&str]) -> Result<AdminCommand, clap::Error> {
        Cli::try_parse_from(std::iter::once("admin").chain(args.iter().copied())).map(|c| c.cmd)
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn arguments_parse() {
        let cmd = parse(&[
            "manager",
            "invite",
            "--org",
            "1",
            "--gemeinde",
            "08118011",
            "--gemeinde",
            "08118012",
            "--name",
            "Frau Keller",
        ])
        .unwrap();
        let AdminCommand::Manager(ManagerCommand::Invite {
            org,
            gemeinden,
            name,
            days,
        }) = cmd
        else {
            panic!("{cmd:?}")
        };
        assert_eq!((org, name.as_str(), days), (1, "Frau Keller", 14));
        assert_eq!(gemeinden, ["08118011", "08118012"]);

        assert!(matches!(
            parse(&["org", "add", "--name", "X", "--kind", "verbund"]).unwrap(),
            AdminCommand::Org(OrgCommand::Add {
                kind: OrgKind::Verbund,
                ..
            })
        ));
        assert!(parse(&["org", "add", "--name", "X", "--kind", "verein"]).is_err());
        assert!(parse(&["manager", "invite", "--org", "1", "--name", "X"]).is_err());
        assert!(
            parse(&[
                "manager",
                "invite",
                "--org",
                "1",
                "--gemeinde",
                "1",
                "--name",
                "X",
                "--days",
                "0"
            ])
            .is_err()
        );
        assert!(parse(&["scope", "add", "--telegram-id", "5"]).is_err());
        assert!(
            parse(&[
                "scope",
                "add",
                "--telegram-id",
                "5",
                "--org",
                "1",
                "--gemeinde",
                "08118011"
            ])
            .is_err()
        );
        assert!(parse(&["scope", "add", "--telegram-id", "0", "--org", "1"]).is_err());
        assert!(matches!(
            parse(&["audit"]).unwrap(),
            AdminCommand::Audit { limit: 50 }
        ));
    }
}
