//! The callback data of inline buttons: what a tapped button asks for, as at most 64
//! bytes (Telegram's limit) of `<kind>:<value>`. Parsing is strict: anything that does
//! not parse is no button of ours.

use crate::domain::consent::Purpose;
use crate::domain::offer::Category;
use crate::domain::offer_edit::Field;

/// What a tapped button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Language(String),
    /// A new manager keeps (`true`) or changes their display name.
    ManagerName(bool),
    /// Onboarding: toggle an optional consent.
    OnboardingToggle(Purpose),
    OnboardingAgree,
    OnboardingDecline,
    MenuWrite,
    MenuLanguage,
    MenuPrivacy,
    PrivacyShow,
    PrivacyConsents,
    PrivacyToggle(Purpose),
    PrivacyDelete,
    PrivacyDeleteConfirm,
    PrivacyDeleteCancel,
    /// A linked client ends the contact with their manager (asks for confirmation).
    PrivacyEndContact,
    PrivacyEndContactConfirm,
    ClientsPage(i64),
    ClientView(i64),
    ClientInvite(i64),
    /// Caseload actions on a client: the menus, then the choice.
    ClientGemeindeMenu(i64),
    ClientGemeinde(i64, i64),
    ClientHandoverMenu(i64),
    ClientHandover(i64, i64),
    ClientExtend(i64),
    ClientEndAsk(i64),
    ClientEnd(i64),
    /// A person without an invite asks to be taken on: pick a Gemeinde (paged) …
    JoinAsk,
    JoinPage(i64),
    JoinGemeinde(i64),
    /// … a manager decides …
    JoinAccept(i64),
    JoinDecline(i64),
    /// … and the person goes on to the privacy notice.
    JoinContinue(i64),
    MenuAppointments,
    MenuDeadlines,
    /// A client answers an appointment of a version: will come (`true`) or cannot.
    AppointmentAnswer(i64, i64, bool),
    /// A client asks for the appointment as a calendar file.
    AppointmentCalendar(i64, i64),
    /// A manager says whether the client came.
    AppointmentAttendance(i64, bool),
    /// A manager's page of one appointment, and its actions.
    AppointmentView(i64),
    AppointmentMove(i64),
    AppointmentCancelAsk(i64),
    AppointmentCancel(i64),
    /// The guided new appointment: the client, a preset topic (index), save or abort.
    PlanClient(i64),
    PlanTopic(usize),
    PlanSave,
    PlanAbort,
    /// A client has done a deadline; a manager cancels one, or moves it to another day.
    DeadlineDone(i64),
    DeadlineCancel(i64),
    DeadlineMove(i64),
    /// Offers: the entry (a client's Gemeinde, or a picker of the viewer's Gemeinden).
    MenuOffers,
    /// Page `page` of the Gemeinden a manager or administrator can browse.
    OfferGemeinden(i64),
    /// The categories with offers in Gemeinde `g`.
    OfferCategories(i64),
    /// Page `page` of category `cat` in Gemeinde `g`.
    OfferList(i64, Category, i64),
    /// Offer `id` seen from Gemeinde `g`, opened from list page `page`.
    OfferView(i64, i64, i64),
    /// A client: "I am interested" in offer `id`.
    OfferInterest(i64),
    /// A manager: page `page` of the clients to send offer `id` to (browsed in `g`).
    OfferSendPick(i64, i64, i64),
    /// A manager: send offer `id` to client `c`.
    OfferSend(i64, i64),
    /// An administrator: change field `f` of offer `id` (browsed in `g`).
    OfferEdit(i64, i64, Field),
    /// An administrator: (de)activate offer `id` (browsed in `g`).
    OfferActive(i64, i64, bool),
    /// An administrator: a new offer in Gemeinde `g`, then its category.
    OfferNew(i64),
    OfferNewCategory(Category),
    /// A client opens offer `id` in their own Gemeinde (from an announcement).
    OfferOpen(i64),
    /// A client: no more announcements of offer `id`.
    OfferMute(i64),
    /// A client: "stop announcements" under an announcement (withdraws the consent).
    BroadcastStop,
    /// Composing an announcement: the audience is the manager's own clients, all
    /// (`None`) or those of one Gemeinde …
    BroadcastToMine(Option<i64>),
    /// … or, for an administrator, every client of Gemeinde `g`; page `n` of the choices.
    BroadcastToGemeinde(i64),
    BroadcastAudiencePage(i64),
    /// The language filter: toggle one, all languages (and go on), go on.
    BroadcastLanguage(String),
    BroadcastAllLanguages,
    BroadcastLanguagesDone,
    /// Type the text in a language (a translation).
    BroadcastAddText(String),
    /// Show the preview; then send now, schedule, or discard the draft.
    BroadcastPreview,
    BroadcastSendNow,
    BroadcastSchedule,
    BroadcastAbort,
    /// `/broadcasts`: cancel scheduled broadcast `id`.
    BroadcastCancel(i64),
    /// On an offer's page (browsed in `g`): announce offer `id`.
    BroadcastOffer(i64, i64),
    /// "No" to a question, or "cancel" on a menu that changes nothing yet: the message
    /// says nothing was changed and loses its buttons.
    Dismiss,
}

impl Callback {
    pub fn encode(&self) -> String {
        match self {
            Callback::Language(code) => format!("lang:{code}"),
            Callback::Dismiss => "no".into(),
            Callback::ManagerName(keep) => {
                format!("mname:{}", if *keep { "keep" } else { "change" })
            }
            Callback::OnboardingToggle(p) => format!("onb:t:{}", p.as_str()),
            Callback::OnboardingAgree => "onb:ok".into(),
            Callback::OnboardingDecline => "onb:no".into(),
            Callback::MenuWrite => "menu:write".into(),
            Callback::MenuLanguage => "menu:lang".into(),
            Callback::MenuPrivacy => "menu:privacy".into(),
            Callback::PrivacyShow => "prv:show".into(),
            Callback::PrivacyConsents => "prv:consents".into(),
            Callback::PrivacyToggle(p) => format!("prv:t:{}", p.as_str()),
            Callback::PrivacyDelete => "prv:del".into(),
            Callback::PrivacyDeleteConfirm => "prv:del_yes".into(),
            Callback::PrivacyDeleteCancel => "prv:del_no".into(),
            Callback::PrivacyEndContact => "prv:end".into(),
            Callback::PrivacyEndContactConfirm => "prv:end_yes".into(),
            Callback::ClientsPage(n) => format!("cl:p:{n}"),
            Callback::ClientView(id) => format!("cl:v:{id}"),
            Callback::ClientInvite(id) => format!("cl:i:{id}"),
            Callback::ClientGemeindeMenu(c) => format!("cl:gm:{c}"),
            Callback::ClientGemeinde(c, g) => format!("cl:g:{c}:{g}"),
            Callback::ClientHandoverMenu(c) => format!("cl:hm:{c}"),
            Callback::ClientHandover(c, m) => format!("cl:h:{c}:{m}"),
            Callback::ClientExtend(c) => format!("cl:x:{c}"),
            Callback::ClientEndAsk(c) => format!("cl:e:{c}"),
            Callback::ClientEnd(c) => format!("cl:E:{c}"),
            Callback::JoinAsk => "jr:ask".into(),
            Callback::JoinPage(n) => format!("jr:p:{n}"),
            Callback::JoinGemeinde(g) => format!("jr:g:{g}"),
            Callback::JoinAccept(r) => format!("jr:a:{r}"),
            Callback::JoinDecline(r) => format!("jr:d:{r}"),
            Callback::JoinContinue(r) => format!("jr:go:{r}"),
            Callback::MenuAppointments => "menu:appts".into(),
            Callback::MenuDeadlines => "menu:dls".into(),
            Callback::AppointmentAnswer(a, v, yes) => {
                format!("ap:{}:{a}:{v}", if *yes { "y" } else { "n" })
            }
            Callback::AppointmentCalendar(a, v) => format!("ap:c:{a}:{v}"),
            Callback::AppointmentAttendance(a, came) => {
                format!("ap:{}:{a}", if *came { "att" } else { "mis" })
            }
            Callback::AppointmentView(a) => format!("ap:v:{a}"),
            Callback::AppointmentMove(a) => format!("ap:m:{a}"),
            Callback::AppointmentCancelAsk(a) => format!("ap:x:{a}"),
            Callback::AppointmentCancel(a) => format!("ap:X:{a}"),
            Callback::PlanClient(c) => format!("ag:c:{c}"),
            Callback::PlanTopic(i) => format!("ag:t:{i}"),
            Callback::PlanSave => "ag:ok".into(),
            Callback::PlanAbort => "ag:no".into(),
            Callback::DeadlineDone(d) => format!("dl:d:{d}"),
            Callback::DeadlineCancel(d) => format!("dl:x:{d}"),
            Callback::DeadlineMove(d) => format!("dl:m:{d}"),
            Callback::MenuOffers => "menu:offers".into(),
            Callback::OfferGemeinden(p) => format!("of:gs:{p}"),
            Callback::OfferCategories(g) => format!("of:cs:{g}"),
            Callback::OfferList(g, c, p) => format!("of:l:{g}:{}:{p}", c.key()),
            Callback::OfferView(g, id, p) => format!("of:v:{g}:{id}:{p}"),
            Callback::OfferInterest(id) => format!("of:i:{id}"),
            Callback::OfferSendPick(g, id, p) => format!("of:p:{g}:{id}:{p}"),
            Callback::OfferSend(id, c) => format!("of:s:{id}:{c}"),
            Callback::OfferEdit(g, id, f) => format!("of:e:{g}:{id}:{}", f.key()),
            Callback::OfferActive(g, id, on) => format!("of:a:{g}:{id}:{}", u8::from(*on)),
            Callback::OfferNew(g) => format!("of:n:{g}"),
            Callback::OfferNewCategory(c) => format!("of:nc:{}", c.key()),
            Callback::OfferOpen(id) => format!("of:o:{id}"),
            Callback::OfferMute(id) => format!("of:mute:{id}"),
            Callback::BroadcastStop => crate::delivery::broadcast::STOP.into(),
            Callback::BroadcastToMine(None) => "bc:am".into(),
            Callback::BroadcastToMine(Some(g)) => format!("bc:am:{g}"),
            Callback::BroadcastToGemeinde(g) => format!("bc:ag:{g}"),
            Callback::BroadcastAudiencePage(n) => format!("bc:ap:{n}"),
            Callback::BroadcastLanguage(code) => format!("bc:l:{code}"),
            Callback::BroadcastAllLanguages => "bc:la".into(),
            Callback::BroadcastLanguagesDone => "bc:ld".into(),
            Callback::BroadcastAddText(code) => format!("bc:t:{code}"),
            Callback::BroadcastPreview => "bc:pv".into(),
            Callback::BroadcastSendNow => "bc:now".into(),
            Callback::BroadcastSchedule => "bc:at".into(),
            Callback::BroadcastAbort => "bc:no".into(),
            Callback::BroadcastCancel(id) => format!("bc:x:{id}"),
            Callback::BroadcastOffer(g, id) => format!("bc:of:{g}:{id}"),
        }
    }

    pub fn parse(data: &str) -> Option<Callback> {
        let id = |s: &str| s.parse::<i64>().ok().filter(|n| *n >= 0);
        let parts: Vec<&str> = data.split(':').collect();
        Some(match parts.as_slice() {
            ["no"] => Callback::Dismiss,
            ["lang", code] if !code.is_empty() && code.len() <= 8 => {
                Callback::Language((*code).to_owned())
            }
            ["mname", "keep"] => Callback::ManagerName(true),
            ["mname", "change"] => Callback::ManagerName(false),
            ["onb", "t", p] => Callback::OnboardingToggle(Purpose::parse(p)?),
            ["onb", "ok"] => Callback::OnboardingAgree,
            ["onb", "no"] => Callback::OnboardingDecline,
            ["menu", "write"] => Callback::MenuWrite,
            ["menu", "lang"] => Callback::MenuLanguage,
            ["menu", "privacy"] => Callback::MenuPrivacy,
            ["prv", "show"] => Callback::PrivacyShow,
            ["prv", "consents"] => Callback::PrivacyConsents,
            ["prv", "t", p] => Callback::PrivacyToggle(Purpose::parse(p)?),
            ["prv", "del"] => Callback::PrivacyDelete,
            ["prv", "del_yes"] => Callback::PrivacyDeleteConfirm,
            ["prv", "del_no"] => Callback::PrivacyDeleteCancel,
            ["prv", "end"] => Callback::PrivacyEndContact,
            ["prv", "end_yes"] => Callback::PrivacyEndContactConfirm,
            ["cl", "p", n] => Callback::ClientsPage(id(n)?),
            ["cl", "v", n] => Callback::ClientView(id(n)?),
            ["cl", "i", n] => Callback::ClientInvite(id(n)?),
            ["cl", "gm", c] => Callback::ClientGemeindeMenu(id(c)?),
            ["cl", "g", c, g] => Callback::ClientGemeinde(id(c)?, id(g)?),
            ["cl", "hm", c] => Callback::ClientHandoverMenu(id(c)?),
            ["cl", "h", c, m] => Callback::ClientHandover(id(c)?, id(m)?),
            ["cl", "x", c] => Callback::ClientExtend(id(c)?),
            ["cl", "e", c] => Callback::ClientEndAsk(id(c)?),
            ["cl", "E", c] => Callback::ClientEnd(id(c)?),
            ["jr", "ask"] => Callback::JoinAsk,
            ["jr", "p", n] => Callback::JoinPage(id(n)?),
            ["jr", "g", g] => Callback::JoinGemeinde(id(g)?),
            ["jr", "a", r] => Callback::JoinAccept(id(r)?),
            ["jr", "d", r] => Callback::JoinDecline(id(r)?),
            ["jr", "go", r] => Callback::JoinContinue(id(r)?),
            ["menu", "appts"] => Callback::MenuAppointments,
            ["menu", "dls"] => Callback::MenuDeadlines,
            ["ap", "y", a, v] => Callback::AppointmentAnswer(id(a)?, id(v)?, true),
            ["ap", "n", a, v] => Callback::AppointmentAnswer(id(a)?, id(v)?, false),
            ["ap", "c", a, v] => Callback::AppointmentCalendar(id(a)?, id(v)?),
            ["ap", "att", a] => Callback::AppointmentAttendance(id(a)?, true),
            ["ap", "mis", a] => Callback::AppointmentAttendance(id(a)?, false),
            ["ap", "v", a] => Callback::AppointmentView(id(a)?),
            ["ap", "m", a] => Callback::AppointmentMove(id(a)?),
            ["ap", "x", a] => Callback::AppointmentCancelAsk(id(a)?),
            ["ap", "X", a] => Callback::AppointmentCancel(id(a)?),
            ["ag", "c", c] => Callback::PlanClient(id(c)?),
            ["ag", "t", i] => Callback::PlanTopic(i.parse().ok()?),
            ["ag", "ok"] => Callback::PlanSave,
            ["ag", "no"] => Callback::PlanAbort,
            ["dl", "d", d] => Callback::DeadlineDone(id(d)?),
            ["dl", "x", d] => Callback::DeadlineCancel(id(d)?),
            ["dl", "m", d] => Callback::DeadlineMove(id(d)?),
            ["menu", "offers"] => Callback::MenuOffers,
            ["of", "gs", p] => Callback::OfferGemeinden(id(p)?),
            ["of", "cs", g] => Callback::OfferCategories(id(g)?),
            ["of", "l", g, c, p] => Callback::OfferList(id(g)?, Category::parse(c)?, id(p)?),
            ["of", "v", g, o, p] => Callback::OfferView(id(g)?, id(o)?, id(p)?),
            ["of", "i", o] => Callback::OfferInterest(id(o)?),
            ["of", "p", g, o, p] => Callback::OfferSendPick(id(g)?, id(o)?, id(p)?),
            ["of", "s", o, c] => Callback::OfferSend(id(o)?, id(c)?),
            ["of", "e", g, o, f] => Callback::OfferEdit(id(g)?, id(o)?, Field::parse(f)?),
            ["of", "a", g, o, "1"] => Callback::OfferActive(id(g)?, id(o)?, true),
            ["of", "a", g, o, "0"] => Callback::OfferActive(id(g)?, id(o)?, false),
            ["of", "n", g] => Callback::OfferNew(id(g)?),
            ["of", "nc", c] => Callback::OfferNewCategory(Category::parse(c)?),
            ["of", "o", o] => Callback::OfferOpen(id(o)?),
            ["of", "mute", o] => Callback::OfferMute(id(o)?),
            ["bc", "stop"] => Callback::BroadcastStop,
            ["bc", "am"] => Callback::BroadcastToMine(None),
            ["bc", "am", g] => Callback::BroadcastToMine(Some(id(g)?)),
            ["bc", "ag", g] => Callback::BroadcastToGemeinde(id(g)?),
            ["bc", "ap", n] => Callback::BroadcastAudiencePage(id(n)?),
            ["bc", "l", code] if language_code(code) => {
                Callback::BroadcastLanguage((*code).to_owned())
            }
            ["bc", "la"] => Callback::BroadcastAllLanguages,
            ["bc", "ld"] => Callback::BroadcastLanguagesDone,
            ["bc", "t", code] if language_code(code) => {
                Callback::BroadcastAddText((*code).to_owned())
            }
            ["bc", "pv"] => Callback::BroadcastPreview,
            ["bc", "now"] => Callback::BroadcastSendNow,
            ["bc", "at"] => Callback::BroadcastSchedule,
            ["bc", "no"] => Callback::BroadcastAbort,
            ["bc", "x", b] => Callback::BroadcastCancel(id(b)?),
            ["bc", "of", g, o] => Callback::BroadcastOffer(id(g)?, id(o)?),
            _ => return None,
        })
    }
}

/// A language code as buttons carry it: a few ASCII letters (and `-`).
fn language_code(code: &str) -> bool {
    (1..=8).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_callback_round_trips_within_64_bytes() {
        let all = [
            Callback::Dismiss,
            Callback::Language("uk".into()),
            Callback::ManagerName(true),
            Callback::ManagerName(false),
            Callback::OnboardingToggle(Purpose::Announcements),
            Callback::OnboardingAgree,
            Callback::OnboardingDecline,
            Callback::MenuWrite,
            Callback::MenuLanguage,
            Callback::MenuPrivacy,
            Callback::PrivacyShow,
            Callback::PrivacyConsents,
            Callback::PrivacyToggle(Purpose::Reminders),
            Callback::PrivacyDelete,
            Callback::PrivacyDeleteConfirm,
            Callback::PrivacyDeleteCancel,
            Callback::PrivacyEndContact,
            Callback::PrivacyEndContactConfirm,
            Callback::ClientsPage(12),
            Callback::ClientView(i64::MAX),
            Callback::ClientInvite(3),
            Callback::ClientGemeindeMenu(5),
            Callback::ClientGemeinde(i64::MAX, i64::MAX),
            Callback::ClientHandoverMenu(6),
            Callback::ClientHandover(7, 8),
            Callback::ClientExtend(9),
            Callback::ClientEndAsk(10),
            Callback::ClientEnd(11),
            Callback::JoinAsk,
            Callback::JoinPage(2),
            Callback::JoinGemeinde(12),
            Callback::JoinAccept(13),
            Callback::JoinDecline(14),
            Callback::JoinContinue(15),
            Callback::MenuAppointments,
            Callback::MenuDeadlines,
            Callback::AppointmentAnswer(i64::MAX, i64::MAX, true),
            Callback::AppointmentAnswer(1, 2, false),
            Callback::AppointmentCalendar(i64::MAX, i64::MAX),
            Callback::AppointmentAttendance(i64::MAX, true),
            Callback::AppointmentAttendance(3, false),
            Callback::AppointmentView(4),
            Callback::AppointmentMove(5),
            Callback::AppointmentCancelAsk(6),
            Callback::AppointmentCancel(7),
            Callback::PlanClient(8),
            Callback::PlanTopic(6),
            Callback::PlanSave,
            Callback::PlanAbort,
            Callback::DeadlineDone(9),
            Callback::DeadlineCancel(10),
            Callback::DeadlineMove(i64::MAX),
            Callback::MenuOffers,
            Callback::OfferGemeinden(i64::MAX),
            Callback::OfferCategories(i64::MAX),
            Callback::OfferList(i64::MAX, Category::Gesundheit, i64::MAX),
            Callback::OfferList(1, Category::Sprache, 0),
            Callback::OfferView(i64::MAX, i64::MAX, i64::MAX),
            Callback::OfferInterest(i64::MAX),
            Callback::OfferSendPick(i64::MAX, i64::MAX, i64::MAX),
            Callback::OfferSend(i64::MAX, i64::MAX),
            Callback::OfferEdit(i64::MAX, i64::MAX, Field::Schedule),
            Callback::OfferEdit(1, 2, Field::Title),
            Callback::OfferActive(i64::MAX, i64::MAX, true),
            Callback::OfferActive(1, 2, false),
            Callback::OfferNew(i64::MAX),
            Callback::OfferNewCategory(Category::Familie),
            Callback::OfferOpen(i64::MAX),
            Callback::OfferMute(i64::MAX),
            Callback::BroadcastStop,
            Callback::BroadcastToMine(None),
            Callback::BroadcastToMine(Some(i64::MAX)),
            Callback::BroadcastToGemeinde(i64::MAX),
            Callback::BroadcastAudiencePage(i64::MAX),
            Callback::BroadcastLanguage("ar".into()),
            Callback::BroadcastLanguage("zh-hant".into()),
            Callback::BroadcastAllLanguages,
            Callback::BroadcastLanguagesDone,
            Callback::BroadcastAddText("uk".into()),
            Callback::BroadcastPreview,
            Callback::BroadcastSendNow,
            Callback::BroadcastSchedule,
            Callback::BroadcastAbort,
            Callback::BroadcastCancel(i64::MAX),
            Callback::BroadcastOffer(i64::MAX, i64::MAX),
        ];
        for cb in all {
            let data = cb.encode();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Callback::parse(&data), Some(cb));
        }
    }

    #[test]
    fn garbage_is_not_a_callback() {
        for data in [
            "",
            "lang:",
            "nonsense",
            "cl:v:-1",
            "cl:v:abc",
            "onb:t:marketing",
            "prv:t:",
            "cl:v:1:2",
            "of:l:1:kochen:0",
            "of:a:1:2:yes",
            "of:e:1:2:q",
            "bc:am:",
            "bc:am:-3",
            "bc:l:",
            "bc:l:a:b",
            "bc:t:toolongcode",
            "bc:t:a'b",
            "bc:x:x",
            "bc:of:1",
        ] {
            assert_eq!(Callback::parse(data), None, "{data}");
        }
    }
}
