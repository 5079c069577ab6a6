//! Gemeinden and the organisations that employ Integrationsmanager.

use std::fmt;
use std::str::FromStr;

/// The 8-digit Amtlicher Gemeindeschlüssel (AGS), e.g. `08118011` (Hemmingen):
/// Land (2) · Regierungsbezirk (1) · Kreis (2) · Gemeinde (3).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ags(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an Amtlicher Gemeindeschlüssel has exactly 8 digits, e.g. 08118011")]
pub struct BadAgs;

impl FromStr for Ags {
    type Err = BadAgs;
    fn from_str(s: &str) -> Result<Self, BadAgs> {
        let s = s.trim();
        if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Ags(s.to_owned()))
        } else {
            Err(BadAgs)
        }
    }
}

impl Ags {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The first five digits: the Kreis (Landkreis or Stadtkreis) this Gemeinde is in.
    pub fn kreis(&self) -> &str {
        &self.0[..5]
    }
}

impl fmt::Display for Ags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who employs Integrationsmanager. A Gemeinde may run integration management itself,
/// hand it to its Landkreis, to a welfare organisation (freier Träger), or share it with
/// neighbours (Verbund): which Gemeinden an organisation serves follows from the Gemeinden
/// assigned to its managers, so all four are the same model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    Gemeinde,
    Landkreis,
    Traeger,
    Verbund,
}

impl OrgKind {
    pub const ALL: [OrgKind; 4] = [
        OrgKind::Gemeinde,
        OrgKind::Landkreis,
        OrgKind::Traeger,
        OrgKind::Verbund,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Gemeinde => "gemeinde",
            OrgKind::Landkreis => "landkreis",
            OrgKind::Traeger => "traeger",
            OrgKind::Verbund => "verbund",
        }
    }
}

impl FromStr for OrgKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim().to_lowercase())
            .ok_or_else(|| "expected one of gemeinde, landkreis, traeger, verbund".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ags_is_eight_digits() {
        let a: Ags = "08118011".parse().unwrap();
        assert_eq!(a.kreis(), "08118");
        assert!("8118011".parse::<Ags>().is_err());
        assert!("0811801x".parse::<Ags>().is_err());
        assert!("081180111".parse::<Ags>().is_err());
    }

    #[test]
    fn org_kinds_parse() {
        assert_eq!("Traeger".parse::<OrgKind>(), Ok(OrgKind::Traeger));
        assert!("verein".parse::<OrgKind>().is_err());
    }
}
