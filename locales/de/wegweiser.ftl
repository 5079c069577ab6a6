# Wegweiser — German, the reference locale.
# Every other locale has exactly these messages, with the same variables.
# Messages are sent with Telegram's HTML parse mode: only <b>, <i>, <u>, <s>, <code>,
# <a href="…">, <blockquote> are allowed; variables are escaped by the program.
# Plain, respectful language; we address people with "Sie".

## Languages

# The language's own name, shown in the language picker.
language-name = Deutsch
language-picker = Bitte wählen Sie Ihre Sprache.
language-chosen = Ich schreibe Ihnen ab jetzt auf Deutsch.
# How each language is called in this one, shown to managers beside its own name.
language-called-de = Deutsch
language-called-ar = Arabisch
language-called-fa = Persisch
language-called-ti = Tigrinya
language-called-en = Englisch
language-called-uk = Ukrainisch

## First contact and help

welcome =
    Willkommen bei Wegweiser, { $name }!
    Hier können Sie mit Ihrer Integrationsmanagerin oder Ihrem Integrationsmanager in Kontakt bleiben, Erinnerungen an Termine bekommen und Angebote in Ihrer Gemeinde finden.
help =
    <b>So funktioniert Wegweiser</b>
    /start – von vorn beginnen
    /menu – Ihr Menü
    /offers – Angebote vor Ort
    /language – Sprache ändern
    /privacy – Ihre Daten ansehen und löschen
    /help – diese Hilfe
    Wenn Sie nicht weiterwissen, schreiben Sie /help.

## Answers to input the bot does not understand

not-understood = Das habe ich leider nicht verstanden. Mit /help sehen Sie, was Sie hier tun können.
unknown-command = Den Befehl { $command } kenne ich nicht. Mit /help sehen Sie alle Befehle.
unsupported-content = Diese Art von Nachricht kann ich noch nicht lesen. Bitte schreiben Sie mir einen kurzen Text oder nutzen Sie /help.
stale-button = Dieser Knopf gilt nicht mehr. Bitte nutzen Sie die neueste Nachricht.
something-went-wrong = Da ist etwas schiefgegangen. Bitte versuchen Sie es in ein paar Minuten noch einmal.

## The command menu (Telegram shows it next to the input field)

command-start = Von vorn beginnen
command-menu = Menü anzeigen
command-language = Sprache ändern
command-help = Hilfe anzeigen
command-privacy = Datenschutz: Ihre Daten

## Roles

not-allowed = Das können Sie hier nicht tun. Mit /help sehen Sie, was Sie tun können.

## Invitation links

invite-unknown = Dieser Einladungslink ist ungültig. Bitte fragen Sie Ihre Integrationsmanagerin oder Ihren Integrationsmanager nach einem neuen Link.
invite-used = Dieser Einladungslink wurde schon benutzt. Jeder Link gilt nur einmal. Bitte fragen Sie nach einem neuen Link.
invite-expired = Dieser Einladungslink ist abgelaufen. Bitte fragen Sie nach einem neuen Link.
invite-revoked = Dieser Einladungslink gilt nicht mehr. Bitte fragen Sie nach einem neuen Link.
invite-already-linked = Sie sind schon mit Wegweiser verbunden. Mit /menu sehen Sie Ihr Menü.

## Integrationsmanager: joining

manager-joined = Willkommen bei Wegweiser! Ihre Klientinnen und Klienten sehen Sie als „{ $name }“. Ist das richtig?
manager-name-keep = Ja, so ist es richtig
manager-name-change = Anderen Namen eingeben
manager-name-ask = Bitte schreiben Sie mir den Namen, den Ihre Klientinnen und Klienten sehen sollen (höchstens 64 Zeichen).
manager-name-bad = Der Name muss 1 bis 64 Zeichen lang sein. Bitte versuchen Sie es noch einmal.
manager-menu =
    <b>Ihr Menü</b>
    /clients – Ihre Klientinnen und Klienten
    /new_client KÜRZEL AGS SPRACHE – jemanden einladen
    /away TT.MM.JJJJ – Abwesenheit eintragen (mit Vertretung: /away TT.MM.JJJJ NUMMER)
    /back – Abwesenheit beenden
    /reply KÜRZEL TEXT – jemandem antworten
    /appointment – einen Termin planen (Schritt für Schritt)
    /appointment KÜRZEL DATUM UHRZEIT | ORT | THEMA – einen Termin in einer Zeile
    /appointments – kommende Termine, verschieben oder absagen
    /deadline KÜRZEL DATUM | TITEL | ART – eine Frist eintragen
    /deadlines – offene Fristen
    /offers – Angebote vor Ort ansehen und an Klient/innen senden
    /broadcast – eine Mitteilung an Ihre Klientinnen und Klienten schreiben
    /broadcasts – geplante Mitteilungen ansehen und stornieren
    /language – Sprache ändern
    Um jemandem zu antworten, antworten Sie auf die weitergeleitete Nachricht.

## Integrationsmanager: inviting a client

new-client-usage = So laden Sie jemanden ein: /new_client KÜRZEL AGS SPRACHE, zum Beispiel /new_client AB-12 08118011 fa (AGS = achtstelliger Gemeindeschlüssel). Das Kürzel sehen Sie, Ihre Vertretung und die Person selbst (unter „Datenschutz“): Initialen oder Aktenzeichen, höchstens 32 Zeichen, keine vollen Namen. Sprachen: { $languages }.
new-client-bad-gemeinde = Die Gemeinde { $ags } gehört nicht zu Ihren Gemeinden ({ $gemeinden }).
new-client-created =
    Einladung für <b>{ $label }</b> ({ $gemeinde }). Der Link gilt { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } und nur einmal:
    { $link }
new-client-qr-caption = QR-Code für { $label } – zum Zeigen oder Ausdrucken.

## Clients: joining with consent

privacy-notice =
    <b>Datenschutz</b>
    Wegweiser speichert: die Kennung Ihres Telegram-Kontos, ein Kürzel, das { $manager } für Sie gewählt hat (kein Name), Ihre Gemeinde, Ihre Sprache, Ihre Zustimmungen, Beginn und geplantes Ende der Begleitung, wann Sie zuletzt Kontakt hatten, Ihre Termine und Fristen (auch, ob Sie gekommen sind), für welche Angebote Sie sich interessieren, Ihre Einladung, die Nummern Ihrer Nachrichten (für Antworten) und wer wann etwas geändert hat (ohne Inhalte).
    Ihre Nachrichten selbst werden nur weitergeleitet, nicht bei Wegweiser gespeichert.
    Ihre Daten sehen { $manager }, bei Abwesenheit die Vertretung und die Verwaltung des Trägers.
    Die Begleitung endet am geplanten Tag, spätestens nach 4 Jahren. { $days ->
        [one] Einen Tag
       *[other] { $days } Tage
    } danach werden Ihre Daten gelöscht; für die Jahresstatistik bleiben nur Zahlen ohne Namen.
    Mit /privacy können Sie Ihre Daten jederzeit ansehen und löschen.
    Bitte wählen Sie, wozu Sie zustimmen:
consent-contact = Kontakt mit Ihrer Integrationsmanagerin oder Ihrem Integrationsmanager
consent-reminders = Erinnerungen an Termine und Fristen
consent-announcements = Mitteilungen (zum Beispiel zu neuen Sprachkursen)
consent-agree = Zustimmen und verbinden
consent-decline = Nicht verbinden
consent-needed-note = Der Kontakt ist nötig für die Verbindung. Erinnerungen und Mitteilungen können Sie an- und abwählen.
onboarding-declined = In Ordnung. Es wurde nichts gespeichert. Sie können den Link später noch einmal öffnen.
client-linked = Sie sind jetzt mit { $manager } verbunden. Schreiben Sie einfach hier – Ihre Nachricht wird weitergeleitet.

## Clients: menu

client-menu = Was möchten Sie tun?
menu-write = ✉️ An { $manager } schreiben
menu-appointments = 📅 Meine Termine
menu-deadlines = ⏳ Meine Fristen
menu-language = 🌐 Sprache
menu-privacy = 🔒 Datenschutz
write-hint = Schreiben Sie Ihre Nachricht einfach hier in den Chat. Sie geht an { $manager }.

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
relay-reply-hint = Um jemandem zu antworten, antworten Sie auf die weitergeleitete Nachricht dieser Person.
reply-usage = So antworten Sie jemandem direkt: /reply KÜRZEL Ihre Nachricht
reply-unknown-label = Unter den verbundenen Personen, die Sie begleiten, gibt es das Kürzel { $label } nicht.
relay-client-gone = Diese Person ist nicht mehr mit Wegweiser verbunden. Ihre Antwort wurde nicht zugestellt.

## Notices to Integrationsmanager

notify-client-linked = ✅ <b>{ $label }</b> ({ $gemeinde }) ist jetzt mit Ihnen verbunden.
notify-client-unreachable = ⚠️ <b>{ $label }</b> ist über Telegram nicht mehr erreichbar (Wegweiser blockiert oder Konto gelöscht). Bitte nehmen Sie auf anderem Weg Kontakt auf.
notify-client-deleted = 🗑 <b>{ $label }</b> hat alle Daten bei Wegweiser gelöscht. Die Verbindung besteht nicht mehr.
notify-clients-handed-over =
    { $count ->
        [one] Eine Person wurde Ihnen übergeben.
       *[other] { $count } Personen wurden Ihnen übergeben.
    } Sie finden sie unter /clients.

## Absence and office hours

away-usage = So tragen Sie eine Abwesenheit ein: /away TT.MM.JJJJ – das Datum ist Ihr letzter Tag, an dem Sie nicht da sind. Mit Vertretung: /away TT.MM.JJJJ NUMMER.
    { $colleagues }
away-set = Abwesend bis einschließlich { $until }, ab { $back } wieder da. Vertretung: { $substitute }. Ihre Klientinnen und Klienten erfahren es.
away-set-alone = Abwesend bis einschließlich { $until }, ab { $back } wieder da, ohne Vertretung.
back-done = Willkommen zurück! Ihre Abwesenheit ist beendet.
away-notice = { $manager } ist bis einschließlich { $until } nicht da (ab { $back } wieder). Ihre Nachricht geht an die Vertretung, { $substitute }.
away-notice-alone = { $manager } ist bis einschließlich { $until } nicht da und liest Ihre Nachricht ab { $back }.
office-hours-notice = Danke für Ihre Nachricht. { $manager } ist ab { $next } wieder erreichbar und liest sie dann.

## Caseload

clients-header =
    <b>Ihre Klientinnen und Klienten</b> ({ $count }) – Seite { $page } von { $pages }
clients-empty = Sie haben noch niemanden eingeladen. Mit /new_client laden Sie jemanden ein.
client-line = { $label } · { $gemeinde } · { $status } · { $last }
status-invited = eingeladen
status-active = verbunden
status-unreachable = nicht erreichbar
status-ended = beendet
never = noch nie
page-previous = ◀ zurück
page-next = weiter ▶
client-page =
    <b>{ $label }</b>
    Gemeinde: { $gemeinde }
    Sprache: { $language }
    Status: { $status }
    Letzter Kontakt: { $last }
    Begleitung bis: { $until }
client-action-invite = 🔗 Neuer Einladungslink

## Clients: privacy

privacy-menu = <b>Datenschutz</b> – hier sehen Sie, was über Sie gespeichert ist, ändern Ihre Zustimmungen oder löschen alles.
privacy-show = Meine Daten ansehen
privacy-consents = Zustimmungen ändern
privacy-delete = Alles löschen
privacy-data =
    <b>Das ist über Sie gespeichert</b>
    Kürzel: { $label }
    Gemeinde: { $gemeinde }
    Sprache: { $language }
    Integrationsmanager/in: { $manager }
    Verbunden seit: { $since }
    Begleitung geplant bis: { $until }
    Zustimmungen: { $consents }
privacy-file-caption = Ihre Daten als Datei (JSON).
privacy-consents-title = Tippen Sie auf Erinnerungen oder Mitteilungen, um sie ein- oder auszuschalten. Der Kontakt bleibt eingeschaltet, denn er ist die Verbindung selbst: Wenn Sie ihn nicht mehr möchten, wählen Sie im Datenschutz-Menü „Kontakt beenden“.
privacy-delete-confirm = Wirklich alles löschen? Die Verbindung zu { $manager } endet dann. Das lässt sich nicht rückgängig machen.
privacy-delete-yes = Ja, alles löschen
privacy-delete-no = Nein, zurück
privacy-deleted = Ihre Daten wurden gelöscht. Danke, dass Sie Wegweiser genutzt haben. Mit /start können Sie jederzeit neu beginnen.
consent-none = keine

## Administrators (bot commands)

admin-help =
    <b>Verwaltung</b>
    /add_org ART NAME – Träger anlegen (ART: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS NAME | LANDKREIS – Gemeinde anlegen
    /invite_manager TRÄGER-NR AGS[,AGS] NAME – Integrationsmanager/in einladen
    /managers – alle Integrationsmanager/innen mit Fallzahl
    /assign NR AGS – einer Integrationsmanagerin oder einem Integrationsmanager eine Gemeinde zuordnen
    /deactivate NR NACHFOLGE-NR – abmelden und alle Klientinnen und Klienten übergeben
    /offers – Angebote Ihrer Gemeinden ansehen, ändern, hinzufügen (viele auf einmal: wegweiser offers import)
    /broadcast – eine Mitteilung an alle in einer Ihrer Gemeinden schreiben
    /broadcasts – geplante Mitteilungen ansehen und stornieren
admin-org-added = Träger Nr. { $id } angelegt: { $name }.
admin-gemeinde-added = Gemeinde angelegt: { $name } ({ $ags }), { $landkreis }.
admin-manager-invited =
    Einladung für { $name } (Nr. { $id }). Der Link gilt { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } und nur einmal:
    { $link }
admin-bad-input = Das habe ich nicht verstanden: { $problem }. Mit /admin sehen Sie die Befehle.
admin-duplicate = Das gibt es schon.
admin-landkreis-of-kreis = Die Gemeinden dieses Kreises gehören zum Landkreis { $landkreis }. Bitte diesen Namen verwenden.
admin-landkreis-other-kreis = Die Gemeinden dieses Landkreises haben den Kreisschlüssel { $kreis }; dieser AGS gehört zu einem anderen Kreis.
admin-unknown-reference = Träger oder Gemeinde nicht gefunden.
admin-out-of-scope = Diese Gemeinde verwalten Sie nicht.
admin-assigned = Die Gemeinde { $gemeinde } ist jetzt Nr. { $id } zugeordnet.
admin-deactivated =
    Nr. { $id } ist abgemeldet. { $count ->
        [one] Eine Person wurde
       *[other] { $count } Personen wurden
    } an Nr. { $successor } übergeben.
admin-manager-line = Nr. { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

join-ask = 🤝 Begleitung anfragen
join-choose-gemeinde = In welcher Gemeinde wohnen Sie?
join-no-gemeinde = Wegweiser ist noch in keiner Gemeinde eingerichtet. Bitte wenden Sie sich an Ihr Rathaus.
join-requested = Danke! Ihre Anfrage ist bei den Integrationsmanagerinnen und Integrationsmanagern von { $gemeinde } angekommen. Die Antwort bekommen Sie hier im Chat.
join-already-open = Sie haben schon eine Anfrage geschickt. Die Antwort bekommen Sie hier im Chat.
notify-join-request = 🙋 Neue Anfrage aus { $gemeinde } (Sprache: { $language }). Möchten Sie die Person begleiten?
join-accept = Ja, ich begleite die Person
join-decline = Nein
join-accepted-manager = Angenommen. Die Person heißt bei Ihnen vorerst „{ $label }“ und bekommt jetzt den Datenschutzhinweis.
join-declined-manager = Abgelehnt. Die Person bekommt Bescheid.
join-already-decided = Über diese Anfrage wurde schon entschieden.
join-accepted = Gute Nachricht: { $manager } begleitet Sie. Bitte lesen Sie jetzt den Datenschutzhinweis und entscheiden Sie, wozu Sie zustimmen.
join-continue = Weiter
join-declined = Ihre Anfrage in { $gemeinde } wurde leider nicht angenommen. Bitte wenden Sie sich an Ihr Rathaus.

## Caseload: actions on a client

client-action-gemeinde = 🏠 Gemeinde ändern
client-action-handover = 👥 An Kollegin oder Kollegen übergeben
client-action-extend = ⏳ Begleitung um 1 Jahr verlängern
client-action-end = ✖ Begleitung beenden
client-choose-gemeinde = Neue Gemeinde für { $label }:
client-choose-manager = An wen soll { $label } übergeben werden?
client-no-colleague = In dieser Gemeinde gibt es keine Kollegin und keinen Kollegen, an die oder den Sie übergeben können.
client-gemeinde-changed = { $label } wohnt jetzt in { $gemeinde }.
client-handed-over = { $label } wird jetzt von { $manager } begleitet.
notify-client-handed-over = 👥 { $from } hat Ihnen <b>{ $label }</b> ({ $gemeinde }) übergeben.
client-extended = Die Begleitung von { $label } ist jetzt geplant bis { $until }.
client-extend-limit = Die Begleitung von { $label } kann nicht über 4 Jahre hinaus verlängert werden.
client-end-confirm = Begleitung von { $label } wirklich beenden? Die Person kann Ihnen dann nicht mehr schreiben.
client-end-yes = Ja, beenden
client-end-no = Nein, weiter begleiten
client-ended = Die Begleitung von { $label } ist beendet.
support-ended-client = Ihre Begleitung durch { $manager } ist beendet. Alles Gute! Ihre Daten werden nach einer Aufbewahrungsfrist automatisch gelöscht; unter /privacy können Sie sie schon jetzt ansehen und löschen.
support-ends-soon = ⏳ Die Begleitung von <b>{ $label }</b> endet am { $until }. Bei Bedarf können Sie sie auf der Seite der Person verlängern.
support-ends-week = ⏳ Die Begleitung von <b>{ $label }</b> endet in einer Woche, am { $until }. Bei Bedarf können Sie sie auf der Seite der Person verlängern.
support-ended-planned = 🏁 Die Begleitung von <b>{ $label }</b> ist heute wie geplant beendet. Die Person wurde informiert; ihre Daten werden nach der Aufbewahrungsfrist gelöscht.
notify-client-retention-deleted = 🗑 Die Daten von <b>{ $label }</b> wurden gelöscht: Die Aufbewahrungsfrist nach dem Ende der Begleitung ist abgelaufen.
notify-client-unlinked-deleted = 🗑 Die Einladung für <b>{ $label }</b> wurde nie genutzt und ist längst abgelaufen; der Eintrag wurde gelöscht.

## Later additions (labels, substitutes, manager status)

new-client-label-taken = Das Kürzel { $label } vergeben Sie schon. Bitte wählen Sie ein anderes.
reply-ambiguous-label = Das Kürzel { $label } passt zu mehr als einer Person. Bitte antworten Sie auf die weitergeleitete Nachricht der Person.
notify-substitute = 👥 { $manager } ist bis einschließlich { $until } nicht da (ab { $back } wieder). Sie sind die Vertretung: Nachrichten der begleiteten Personen kommen jetzt zu Ihnen.
status-manager-active = aktiv
status-manager-inactive = abgemeldet

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
topic-auslaenderbehoerde = Ausländerbehörde
topic-arzt = Arzt / Ärztin
topic-schule = Schule / Kita
topic-wohnung = Wohnung
topic-sprachkurs = Sprachkurs
topic-beratung = Beratung
deadline-kind-jobcenter = Jobcenter-Weiterbewilligung
deadline-kind-aufenthalt = Aufenthaltstitel
deadline-kind-integrationskurs = Anmeldung Integrationskurs
deadline-kind-widerspruch = Widerspruchsfrist
deadline-kind-other = Frist

## Appointments and deadlines: typing dates

when-malformed = Das habe ich nicht als Datum und Uhrzeit verstanden. Beispiele: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 · Di 9:30
when-no-such-date = Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.
when-no-such-time = Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung). Bitte wählen Sie eine andere.
when-in-past = Dieser Zeitpunkt liegt in der Vergangenheit. Bitte geben Sie einen Zeitpunkt in der Zukunft an.
when-year-unclear = Der { $past } ist schon vorbei. Falls Sie den { $next } meinen, schreiben Sie bitte das Jahr dazu, zum Beispiel { $example }.

## Integrationsmanager: appointments

appointment-usage = So planen Sie einen Termin: /appointment KÜRZEL DATUM UHRZEIT | ORT | THEMA, zum Beispiel /appointment AB-12 25.11. 14:30 | Rathaus, Zimmer 3 | Jobcenter. Erinnerungen anders als üblich: am Ende | 2d,3h anhängen. Ohne Angaben führt /appointment Schritt für Schritt.
appointment-place-empty = Bitte geben Sie einen Ort an.
appointment-topic-empty = Bitte nennen Sie ein Thema, zum Beispiel Jobcenter oder Arzttermin Kind.
appointment-too-long = Das ist zu lang. Ort höchstens 200, Thema höchstens 80, Titel höchstens 120 Zeichen.
appointment-bad-leads = Erinnerungen bitte als Liste wie 1d,2h angeben (d = Tage, 1–30; h = Stunden, 1–72; höchstens vier).
appointment-client-not-linked = { $label } ist noch nicht mit Wegweiser verbunden (oder die Begleitung ist beendet); Termine und Fristen gehen erst nach der Verbindung.
appointment-saved = 📅 Termin für <b>{ $label }</b> eingetragen: { $topic }, { $when }. { $label } bekommt ihn jetzt in der eigenen Sprache.
appointment-saved-reminders = Erinnerungen sind geplant.
appointment-saved-no-reminders = Keine Erinnerungen: { $label } hat Erinnerungen nicht zugestimmt.
plan-no-clients = Sie haben noch niemanden, der mit Wegweiser verbunden ist.
plan-which-client = Für wen ist der Termin?
plan-abort = Abbrechen
plan-aborted = Abgebrochen. Es wurde nichts gespeichert.
dismissed = Gut, es bleibt alles, wie es war.
plan-when = Termin für <b>{ $label }</b>. Wann? Zum Beispiel: 25.11. 14:30 · morgen 10:00 · Di 9:30
plan-where = Wo? (Adresse oder Ort, zum Beispiel Rathaus, Zimmer 3)
plan-topic = Worum geht es? Wählen Sie ein Thema oder schreiben Sie es.
plan-use-buttons = Bitte tippen Sie auf „Speichern“ oder „Abbrechen“.
plan-confirm =
    <b>Termin prüfen</b>
    Für: { $label }
    Wann: { $when }
    Wo: { $place }
    Thema: { $topic }
plan-save = ✅ Speichern
appointment-gone = Dieser Termin wurde inzwischen geändert oder abgesagt. Bitte öffnen Sie /appointments neu.
appointment-moved-manager = 📅 Der Termin von <b>{ $label }</b> ist verschoben auf { $when }. { $label } wird informiert; die Erinnerungen sind neu geplant.
appointments-none-manager = Keine kommenden Termine.
appointments-title-manager =
    <b>{ $count ->
        [one] Ein kommender Termin
       *[other] { $count } kommende Termine
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>, { $topic } ({ $answer })
list-more = … und { $count } weitere.
answer-yes = ✅ kommt
answer-no = ❌ kann nicht
answer-none = noch keine Antwort
appointment-page =
    <b>Termin von { $label }</b>
    Wann: { $when }
    Wo: { $place }
    Thema: { $topic }
    Antwort: { $answer }
appointment-move = 🕑 Verschieben
appointment-cancel = ✖️ Absagen
appointment-move-when = Neuer Zeitpunkt für den Termin von <b>{ $label }</b>? Zum Beispiel: 26.11. 9:00
appointment-cancel-confirm = Termin wirklich absagen? Die Person wird informiert.
appointment-cancel-yes = Ja, absagen
appointment-cancel-no = Nein, Termin behalten
appointment-cancelled-manager = Der Termin von <b>{ $label }</b> ist abgesagt. { $label } wird informiert.
followup-attended = ✅ War da
followup-missed = ❌ Nicht gekommen
followup-noted-attended = Notiert: { $label } war beim Termin.
followup-noted-missed = Notiert: { $label } ist nicht gekommen.

## Integrationsmanager: deadlines

deadline-usage = So tragen Sie eine Frist ein: /deadline KÜRZEL DATUM | TITEL | ART, zum Beispiel /deadline AB-12 15.12. | Weiterbewilligungsantrag | jobcenter. Arten: jobcenter, aufenthalt, integrationskurs, widerspruch, other.
deadline-unknown-kind = Diese Art kenne ich nicht. Arten: jobcenter (Weiterbewilligung), aufenthalt (Aufenthaltstitel), integrationskurs (Anmeldung), widerspruch (Widerspruchsfrist), other.
deadline-saved = ⏳ Frist für <b>{ $label }</b> eingetragen: { $due }. { $label } bekommt sie jetzt in der eigenen Sprache.
deadlines-none-manager = Keine offenen Fristen.
deadlines-title-manager =
    <b>{ $count ->
        [one] Eine offene Frist
       *[other] { $count } offene Fristen
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
deadline-cancel-button = ✖️ { $label } { $date } streichen
deadline-cancelled-manager = Die Frist von <b>{ $label }</b> ist gestrichen. { $label } wird informiert.
deadline-move-button = 📅 { $label } { $date } verschieben
deadline-move-ask = Auf welchen Tag soll die Frist von <b>{ $label }</b> („{ $title }“, bisher bis { $due }) verschoben werden? Zum Beispiel: 15.12.
deadline-moved-manager = 📅 Die Frist von <b>{ $label }</b> ist verschoben auf { $due }. { $label } wird informiert; die Erinnerungen sind neu geplant.
deadline-gone-manager = Diese Frist ist schon erledigt oder gestrichen; es wurde nichts geändert.

## Clients: appointments and deadlines

appointment-new =
    📅 <b>Neuer Termin</b> von { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    Kommen Sie?
appointment-moved =
    📅 <b>Ihr Termin wurde verschoben</b> ({ $manager })
    { $topic }
    🕑 Neu: { $when }
    📍 { $place }
    Kommen Sie?
appointment-reminder =
    🔔 <b>Erinnerung an Ihren Termin</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
appointment-cancelled =
    ✖️ <b>Termin abgesagt</b>
    { $topic }, { $when }
    Sie müssen nicht kommen.
appointment-yes = ✅ Ich komme
appointment-no = ❌ Ich kann nicht
appointment-calendar = 📅 In den Kalender
appointment-thanks-yes = Danke! Ihre Zusage ist weitergegeben.
appointment-thanks-no = Danke für die Nachricht. Ihre Integrationsmanagerin oder Ihr Integrationsmanager meldet sich für einen neuen Termin.
appointment-calendar-caption = Öffnen Sie die Datei, um den Termin in Ihren Kalender zu übernehmen.
appointment-button-cancelled = Dieser Termin wurde abgesagt.
appointment-button-moved = Dieser Termin wurde verschoben. Bitte antworten Sie auf die neuere Nachricht.
appointment-button-past = Dieser Termin hat schon begonnen.
appointments-none-client = Sie haben keine kommenden Termine.
appointments-title-client = <b>Ihre Termine</b>
appointment-line-client = • { $when } – { $topic }, { $place }
deadline-new =
    ⏳ <b>Frist</b>: { $title } ({ $kind })
    Bis: { $due }
    Tippen Sie auf „Erledigt“, wenn Sie es erledigt haben.
deadline-reminder =
    🔔 <b>Erinnerung an eine Frist</b>: { $title } ({ $kind })
    Bis: { $due }
deadline-done = ✅ Erledigt
deadline-done-named = ✅ Erledigt: { $title }
deadline-thanks = Danke! Ihre Integrationsmanagerin oder Ihr Integrationsmanager weiß Bescheid.
deadline-button-closed = Diese Frist ist schon erledigt oder gestrichen.
deadline-cancelled = ✖️ Die Frist „{ $title }“ ({ $due }) ist aus Ihrer Liste gestrichen. Sie bekommen dazu keine Erinnerungen mehr. Wenn Sie nicht sicher sind, ob Sie noch etwas tun müssen, schreiben Sie hier.
deadline-moved =
    📅 <b>Frist verschoben</b>: { $title } ({ $kind })
    Neu bis: { $due }
    Tippen Sie auf „Erledigt“, wenn Sie es erledigt haben.
deadlines-none-client = Sie haben keine offenen Fristen.
deadlines-title-client = <b>Ihre Fristen</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

notify-appointment-yes = ✅ <b>{ $label }</b> kommt zum Termin: { $topic }, { $when }.
notify-appointment-no = ❌ <b>{ $label }</b> kann nicht zum Termin kommen: { $topic }, { $when }. Bitte vereinbaren Sie einen neuen (/appointments).
notify-appointment-unanswered = ❔ <b>{ $label }</b> hat auf den Termin noch nicht geantwortet: { $topic }, { $when }.
appointment-followup = War <b>{ $label }</b> beim Termin? { $topic }, { $when }
notify-deadline-done = ✅ <b>{ $label }</b> hat erledigt: { $title } (bis { $due }).
notify-deadline-overdue = ⚠️ Frist abgelaufen, nicht als erledigt gemeldet: <b>{ $label }</b>, { $title } ({ $kind }, bis { $due }).

## Integrationsmanager: the digest

digest = <b>Ihr Überblick für { $date }</b>
digest-today = <b>Heute</b>
digest-unanswered = <b>Noch ohne Antwort</b>
digest-overdue = <b>Abgelaufene Fristen</b>
digest-unreachable = <b>Nicht erreichbar</b>
digest-appointment = • { $when } – { $label }, { $topic }
digest-deadline = • { $label }: { $title } (bis { $due })
digest-client = • { $label }
digest-more = … und { $count } weitere

## Local offers: browsing (clients, Integrationsmanager, administrators)

menu-offers = 📍 Angebote in meiner Nähe
command-offers = Angebote vor Ort
offer-category-sprache = Sprache
offer-category-arbeit = Arbeit & Ausbildung
offer-category-beratung = Beratung
offer-category-familie = Kinder & Familie
offer-category-gesundheit = Gesundheit
offer-category-freizeit = Freizeit & Begegnung
offer-category-wohnen = Wohnen
offers-no-gemeinde = Für Sie ist noch keine Gemeinde eingetragen, deshalb kann ich keine Angebote zeigen.
offers-choose-gemeinde = Aus welcher Gemeinde möchten Sie Angebote sehen?
offers-categories = <b>Angebote in { $gemeinde }</b>
    Was suchen Sie?
offers-none = In { $gemeinde } sind noch keine Angebote eingetragen.
offer-category-button = { $category } ({ $count })
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    Seite { $page } von { $pages }
offer-only-german-mark = (Text nur auf Deutsch)
offers-back-categories = ◀ Themen
offers-back-list = ◀ zur Liste
offers-back-offer = ◀ zum Angebot
offer-only-german = Die Beschreibung dieses Angebots gibt es nur auf Deutsch.
offer-detail-inactive = ⏸ Nicht aktiv: Klientinnen und Klienten sehen dieses Angebot nicht.
offer-detail-times = 🕒 { $times }
offer-detail-next = 📅 Nächstes Mal: { $when }
offer-detail-until = Angebot gilt bis { $date }
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
offer-detail-languages = 🗣 Dort wird gesprochen: { $languages }
offer-detail-map = 🗺 <a href="{ $url }">Auf der Karte zeigen</a>
offer-gone = Dieses Angebot gibt es nicht mehr.
offer-button-interested = 🙋 Ich interessiere mich dafür
offer-button-show = Angebot ansehen

## Local offers: interest and recommendations

offer-interest-sent = Danke! { $manager } weiß jetzt, dass Sie sich für dieses Angebot interessieren, und meldet sich bei Ihnen.
offer-interest-again = { $manager } weiß schon, dass Sie sich für dieses Angebot interessieren, und meldet sich bei Ihnen.
notify-offer-interest = 🙋 { $label } interessiert sich für das Angebot „{ $offer }“. Bitte nehmen Sie Kontakt auf.
offer-button-send = 📨 An Klient/in senden
offer-send-pick = An wen soll „{ $offer }“ gehen?
offer-send-nobody = Keine Ihrer Klientinnen und Klienten wohnt in einer Gemeinde, für die „{ $offer }“ gilt, oder alle sind gerade nicht erreichbar.
offer-send-unreachable = Diese Person ist gerade nicht über Wegweiser erreichbar.
offer-sent = „{ $offer }“ geht an { $label }. Die Nachricht kommt in der Sprache der Person an.
offer-recommended = { $manager } empfiehlt Ihnen ein Angebot: <b>{ $offer }</b>

## Local offers: administrators

offer-button-new = ➕ Neues Angebot
offer-button-edit = ✏️ { $field }
offer-button-deactivate = ⏸ Deaktivieren
offer-button-activate = ▶ Aktivieren
offer-field-title = Titel
offer-field-description = Beschreibung
offer-field-times = Zeiten
offer-field-address = Adresse
offer-field-phone = Telefon
offer-field-email = E-Mail
offer-field-web = Webseite
offer-field-schedule = Zeitplan (cron)
offer-not-yours = Dieses Angebot gehört nicht zu Ihren Gemeinden; Sie können es nicht ändern.
offer-edit-prompt = Bitte schicken Sie den neuen Wert für <b>{ $field }</b> (auf Deutsch; Übersetzungen kommen mit der Import-Datei).
    Bisher: { $current }
    Mit { $clear } leeren Sie das Feld.
offer-activated = Das Angebot ist wieder sichtbar.
offer-deactivated = Das Angebot ist deaktiviert und für Klientinnen und Klienten nicht mehr sichtbar.
offer-new-category = Neues Angebot in { $gemeinde }: Zu welchem Thema gehört es?
offer-new-title = Thema: { $category }. Wie heißt das Angebot? Bitte schicken Sie den Titel auf Deutsch.
offer-text-only = Bitte schicken Sie den Wert als Text.
offer-saved = Gespeichert.
offer-problem-id = Die Kennung darf nur Kleinbuchstaben, Ziffern, „-“, „_“ und „.“ enthalten.
offer-problem-category = Dieses Thema gibt es nicht.
offer-problem-missing = Dieses Feld darf nicht leer sein.
offer-problem-too-long = Das ist zu lang: höchstens { $max } Zeichen.
offer-problem-schedule = Das ist kein gültiger Zeitplan. Beispiel: „0 18 * * 2“ heißt dienstags um 18:00 (Minute Stunde Tag Monat Wochentag). Mit { $clear } entfernen Sie den Zeitplan.
schedule-problem-parts = Ein Zeitplan hat fünf Teile, durch Leerzeichen getrennt (Minute Stunde Tag Monat Wochentag); hier sind es { $count }.
schedule-problem-range = { $part } { $value } gibt es nicht: erlaubt ist { $min } bis { $max }.
schedule-problem-part = „{ $text }“ verstehe ich nicht als { $part }. Erlaubt sind eine Zahl, ein Bereich wie 1-5, eine Liste wie 1,3, ein Schritt wie */15 oder *.
schedule-problem-other = Die fünf Teile passen so nicht zusammen.
schedule-part-minute = Minute
schedule-part-hour = Stunde
schedule-part-day = Tag
schedule-part-month = Monat
schedule-part-weekday = Wochentag
offer-problem-place = Bitte nennen Sie eine Gemeinde oder einen Landkreis.
offer-problem-duplicate = Diese Kennung gibt es schon.
offer-problem-url = Das ist keine Webadresse. Beispiel: https://www.beispiel.de
offer-problem-email = Das ist keine E-Mail-Adresse. Beispiel: info@beispiel.de
offer-problem-phone = Das ist keine Telefonnummer. Erlaubt sind Ziffern, Leerzeichen und + / - ( ).
offer-problem-date = Das ist kein gültiges Datum.
offer-problem-language = Das ist kein Sprachcode (zum Beispiel de, ar, ti).
offer-problem-scope = Das dürfen Sie nicht: nur Gemeinden, die Sie verwalten (ein ganzer Landkreis nur für globale Administratoren).

## Announcements: what clients receive

broadcast-message = 📣 { $text }
broadcast-only-german = Diese Mitteilung gibt es nur auf Deutsch.
broadcast-stop = 🔕 Keine Mitteilungen mehr
broadcast-stopped = Sie bekommen keine Mitteilungen mehr. Nachrichten Ihrer Integrationsmanagerin oder Ihres Integrationsmanagers und Erinnerungen bekommen Sie weiter. Mit /privacy können Sie Mitteilungen wieder einschalten.
offer-today = 📅 Heute: <b>{ $offer }</b> – { $when }
offer-mute = 🔕 Keine Hinweise mehr zu diesem Angebot
offer-muted = Sie bekommen keine Hinweise mehr zu diesem Angebot.

## Announcements: progress and report (Integrationsmanager, administrators)

broadcast-starting = 📣 Ihre Mitteilung wird vorbereitet …
broadcast-progress = 📣 Ihre Mitteilung wird verschickt: { $sent } von { $total } zugestellt, { $pending } ausstehend, { $failed } nicht erreicht.
broadcast-progress-done = 📣 Ihre Mitteilung ist verschickt: { $sent } von { $total } zugestellt, { $failed } nicht erreicht.
broadcast-report =
    <b>Bericht zu Ihrer Mitteilung</b>
    Empfängerinnen und Empfänger: { $total }
    Zugestellt: { $sent }
    Nicht erreicht (Bot blockiert oder Konto gelöscht): { $failed }
    Unklar (Zeitüberschreitung, nicht noch einmal gesendet): { $unknown }
    Nicht gesendet (Zustimmung inzwischen zurückgezogen): { $dropped }
broadcast-report-unreached = Bitte erreichen Sie diese Personen auf anderem Weg:
broadcast-report-client = • { $label }
broadcast-report-more = … und { $count } weitere

## Announcements: composing

broadcast-audience-ask = <b>📣 Neue Mitteilung</b>
    An wen soll sie gehen? In Klammern steht, wie viele Personen sie bekommen: nur wer zugestimmt hat, Mitteilungen zu bekommen.
broadcast-offer-attached = Mitteilung zum Angebot <b>{ $offer }</b>
broadcast-audience-mine = Alle meine Klientinnen und Klienten
broadcast-audience-mine-in = Meine Klientinnen und Klienten in { $gemeinde }
broadcast-audience-gemeinde = Alle Klientinnen und Klienten in { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
broadcast-audience-zero = Nicht zur Auswahl, weil dort noch niemand zugestimmt hat, Mitteilungen zu bekommen: { $audiences }
broadcast-audience-none = Ihre Mitteilung würde niemanden erreichen: Noch niemand hat zugestimmt, Mitteilungen zu bekommen. Klientinnen und Klienten können das jederzeit unter /privacy einschalten. Es wurde nichts gespeichert.
broadcast-audience-empty = Hier hat noch niemand zugestimmt, Mitteilungen zu bekommen. Bitte wählen Sie etwas anderes.
broadcast-audience-chosen = An: { $audience } ({ $count ->
        [one] eine Person
       *[other] { $count } Personen
    })
broadcast-languages =
    Sie können die Mitteilung nur an Personen schicken, die bestimmte Sprachen lesen. Tippen Sie die Sprachen an, oder „Alle Sprachen“.
    Ausgewählt: { $languages }
broadcast-languages-all = alle Sprachen
broadcast-all-languages = Alle Sprachen
broadcast-continue = Weiter ▶
broadcast-languages-chosen = Sprachen: { $languages }
broadcast-audience-only = (nur { $languages })
broadcast-abort = ✖ Verwerfen
broadcast-discarded = Die Mitteilung ist verworfen. Es wurde nichts verschickt.
broadcast-ask-german = Bitte schreiben Sie jetzt den Text der Mitteilung auf Deutsch (höchstens { $max } Zeichen). Wer eine andere Sprache liest, bekommt den deutschen Text mit einem Hinweis, solange es keine Übersetzung gibt.
broadcast-ask-translation = Bitte schreiben Sie jetzt den Text auf { $language } (höchstens { $max } Zeichen).
broadcast-text-not-text = Bitte schicken Sie den Text als einfache Nachricht, ohne Bild oder Datei. Es wurde nichts gespeichert; ich warte auf den Text.
broadcast-text-empty = Der Text ist leer. Es wurde nichts gespeichert; bitte schicken Sie den Text der Mitteilung.
broadcast-text-too-long = Der Text ist zu lang: { $length } Zeichen, höchstens { $max } sind möglich. Es wurde nichts gespeichert; bitte kürzen Sie ihn und schicken Sie ihn noch einmal.
broadcast-translations =
    Texte vorhanden: { $done }.
    Noch ohne eigenen Text: { $missing }. Wer diese Sprachen liest, bekommt den deutschen Text mit einem Hinweis. Möchten Sie einen Text hinzufügen?
broadcast-add-translation = ➕ Text auf { $language }
broadcast-show-preview = 👁 Vorschau
broadcast-preview-heading = <b>Vorschau · { $language } · { $count ->
        [one] eine Person
       *[other] { $count } Personen
    }</b>
broadcast-preview-ready = So bekommen { $count ->
        [one] eine Person
       *[other] { $count } Personen
    } Ihre Mitteilung. Jetzt senden oder später?
broadcast-send-now = 📣 Jetzt senden
broadcast-schedule = 🕒 Später senden
broadcast-sent-now = Ihre Mitteilung geht jetzt an { $count ->
        [one] eine Person
       *[other] { $count } Personen
    }. Hier sehen Sie, wie weit sie ist; am Ende bekommen Sie einen Bericht.
broadcast-ask-when = Wann soll die Mitteilung verschickt werden? Beispiele: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 · Di 9:30
broadcast-scheduled = 🕒 Ihre Mitteilung ist geplant für { $when }. Mit /broadcasts sehen Sie Ihre geplanten Mitteilungen und können sie stornieren.
broadcast-list-none = Sie haben keine geplanten Mitteilungen. Mit /broadcast schreiben Sie eine neue.
broadcast-list-title = <b>Ihre geplanten Mitteilungen ({ $count })</b>
broadcast-list-line =
    🕒 { $when }
    An: { $audience } · derzeit { $count ->
        [one] eine Person
       *[other] { $count } Personen
    }
    „{ $text }“
broadcast-cancel-button = ✖ Stornieren: { $when }
broadcast-cancelled = Die Mitteilung für { $when } ist storniert. Es wird nichts verschickt.
broadcast-already-started = Diese Mitteilung wird schon verschickt oder ist verschickt; sie lässt sich nicht mehr stornieren.
offer-button-announce = 📣 Ankündigen

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

away-colleagues = Vertreten kann Sie (Nummer · Name): { $list }
away-no-colleagues = In Ihrer Organisation ist niemand, der Sie vertreten kann. Sie können die Abwesenheit ohne Vertretung eintragen.
away-bad-date = „{ $text }“ verstehe ich nicht als Datum. Bitte so: /away 20.12.2026 (auch 2.1.2027 geht) – der letzte Tag, an dem Sie nicht da sind.
away-date-past = Der { $date } liegt in der Vergangenheit. Bitte nennen Sie Ihren letzten Tag der Abwesenheit: heute oder später.
away-unknown-substitute = Die Nummer „{ $number }“ gehört zu niemandem, der Sie vertreten kann. Es wurde nichts eingetragen.
    { $colleagues }
away-self-substitute = Sie können sich nicht selbst vertreten. Es wurde nichts eingetragen.
    { $colleagues }
client-away-substitute = 👥 Solange { $manager } nicht da ist (bis einschließlich { $until }, ab { $back } wieder), liest und beantwortet { $substitute } Ihre Nachrichten.
client-new-manager = 👥 Für Sie zuständig ist jetzt { $manager }. Ihre Nachrichten gehen ab jetzt an { $manager }.
relay-standin-ended = Die Abwesenheit von { $manager } ist beendet: { $manager } begleitet <b>{ $label }</b> wieder selbst. Ihre Antwort wurde nicht zugestellt.
relay-client-moved = <b>{ $label }</b> wird jetzt von { $manager } begleitet. Ihre Antwort wurde nicht zugestellt.
relay-client-unreachable = ⚠️ <b>{ $label }</b> ist über Telegram nicht erreichbar (Wegweiser blockiert oder Konto gelöscht). Ihre Nachricht wurde nicht verschickt. Sobald { $label } wieder schreibt, geht es wieder.
relay-no-consent = <b>{ $label }</b> hat dem Kontakt über Wegweiser nicht zugestimmt. Ihre Nachricht wurde nicht verschickt.
notify-client-ended-contact = 🔚 <b>{ $label }</b> hat den Kontakt über Wegweiser beendet. Es werden keine Nachrichten mehr weitergegeben.
privacy-contact-missing = Ohne Ihre Zustimmung zum Kontakt gibt Wegweiser Ihre Nachricht nicht an { $manager } weiter. Sie können sie unter /privacy bei „Zustimmungen ändern“ geben.
privacy-end-contact = Kontakt beenden
privacy-end-contact-yes = Ja, Kontakt beenden
privacy-end-contact-confirm = Den Kontakt mit { $manager } über Wegweiser beenden? Dann gehen keine Nachrichten, Erinnerungen oder Mitteilungen mehr hin und her. Ihre Daten können Sie danach unter /privacy ansehen oder löschen.
privacy-contact-ended = Der Kontakt mit { $manager } über Wegweiser ist beendet. Unter /privacy können Sie Ihre Daten ansehen oder alles löschen.
privacy-contact-required = Ihre Zustimmung zum Kontakt ist die Verbindung selbst und lässt sich nicht einzeln abwählen. Wenn Sie keinen Kontakt mehr möchten, tippen Sie auf „Kontakt beenden“ oder „Alles löschen“.
privacy-manager = Als Integrationsmanagerin oder Integrationsmanager sind Ihr Name, Ihre Organisation und Ihre Gemeinden gespeichert, solange Sie mit Wegweiser arbeiten. Löschen lassen sie sich über Ihre Verwaltung, wenn sie Sie abmeldet.
privacy-person-menu = <b>Datenschutz</b> – hier sehen Sie, was über Sie gespeichert ist, und können alles löschen.
privacy-person-nothing = Über Sie ist nichts gespeichert.
privacy-person-data =
    <b>Über Sie gespeichert</b>
    Sprache: { $language }
    Bekannt seit: { $since }
    Anfragen auf Begleitung: { $requests }
privacy-request-open = offen
privacy-request-accepted = angenommen
privacy-request-declined = abgelehnt
privacy-requests-none = keine
privacy-language-none = noch nicht gewählt
privacy-person-delete-confirm = Wirklich alles löschen? Ihre Sprache und Ihre Anfragen auf Begleitung werden gelöscht. Das lässt sich nicht rückgängig machen.
invite-manager-is-client = Dieses Telegram-Konto ist als Klientin oder Klient mit Wegweiser verbunden. Als Integrationsmanagerin oder Integrationsmanager brauchen Sie ein eigenes Konto – oder Sie löschen zuerst unter /privacy alles, was als Klientin oder Klient gespeichert ist.
invite-client-is-manager = Dieses Telegram-Konto gehört einer Integrationsmanagerin oder einem Integrationsmanager. Wer begleitet wird, braucht ein eigenes Telegram-Konto.
join-asked-recently = Sie haben in { $gemeinde } gerade erst gefragt. Die Integrationsmanagerinnen und Integrationsmanager dort werden höchstens einmal am Tag benachrichtigt: Sie können ab { $from } wieder fragen.
broadcast-preview-unreachable = { $count ->
        [one] Eine weitere Person ist
       *[other] { $count } weitere Personen sind
    } über Telegram nicht erreichbar (Wegweiser blockiert oder Konto gelöscht) und { $count ->
        [one] bekommt
       *[other] bekommen
    } die Mitteilung nicht. Wer wieder schreibt, ist beim nächsten Mal dabei.

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
inbound-too-fast = Das war gerade sehr viel auf einmal. Was Sie in den letzten Sekunden zu schnell geschickt haben, habe ich <b>nicht</b> weitergegeben. Bitte warten Sie einen Moment und schicken Sie es dann noch einmal.

## Web workplace
web-link-off = Der Web-Arbeitsplatz ist auf diesem Server nicht eingeschaltet. Ihre Verwaltung kann ihn in der Konfiguration einschalten ([web] listen).
web-link = 🖥 Ihr Anmeldelink für den Web-Arbeitsplatz:
    { $link }
    Er gilt { $minutes } Minuten und nur einmal. Geben Sie ihn nicht weiter.
web-sign-in-title = Anmelden
web-sign-in-intro = Sie melden sich beim Web-Arbeitsplatz von Wegweiser an. Der Link gilt nur einmal.
web-sign-in-button = Jetzt anmelden
web-link-used = Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Schreiben Sie /web im Bot, um einen neuen zu bekommen.
web-signed-out-title = Abgemeldet
web-signed-out-body = Sie sind nicht angemeldet. Schreiben Sie /web im Bot, um einen Anmeldelink zu bekommen.
web-forbidden = Diese Seite ist nicht für Sie freigegeben.
web-not-found = Diese Seite gibt es nicht.
web-internal-error = Etwas ist schiefgegangen. Bitte versuchen Sie es gleich noch einmal.
web-csrf-refused = Das Formular war abgelaufen oder unvollständig; es wurde nichts geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
web-error-title = Hinweis
web-back-to-today = Zur Übersicht „Heute“
web-skip-to-content = Zum Inhalt springen
web-nav-label = Hauptnavigation
web-nav-today = Heute
web-nav-plan = Termin planen
web-sign-out = Abmelden
web-sign-out-everywhere = Überall abmelden
web-today-title = Heute
web-today-no-caseload = Sie betreuen keine Klientinnen und Klienten; hier gibt es für Sie nichts zu tun.
web-today-appointments = Termine heute
web-tomorrow-appointments = Termine morgen
web-today-unanswered = Noch ohne Antwort
web-today-overdue = Überfällige Fristen
web-today-unreachable = Nicht erreichbar
web-nothing = Nichts.
web-col-when = Wann
web-col-client = Klient/in
web-col-topic = Thema
web-col-place = Ort
web-col-answer = Antwort
web-col-status = Status
web-col-language = Sprache
web-cancelled = abgesagt
web-client-title = Klient/in
web-plan-appointment = Termin planen
web-client-appointments = Termine
web-client-deadlines = Offene Fristen
web-plan-title = Termin planen
web-form-has-errors = Bitte prüfen Sie die markierten Felder.
web-field-client = Klient/in
web-field-date = Datum
web-field-time = Uhrzeit
web-field-zone = Zeit in der Zeitzone { $zone }.
web-field-place = Ort
web-field-topic = Thema
web-topic-other = anderes (unten eingeben)
web-field-topic-free = Thema in eigenen Worten
web-field-leads = Erinnerungen vorher (z. B. 1d,2h)
web-plan-save = Termin speichern
web-error-client = Bitte wählen Sie eine Klientin oder einen Klienten.
web-error-date = Bitte geben Sie ein Datum an.
web-error-time = Bitte geben Sie eine Uhrzeit an (HH:MM).
web-error-no-such-time = Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung).
web-nav-caseload = Klienten
web-caseload-title = Klientinnen und Klienten
web-caseload-search = Suche nach Kürzel
web-caseload-sort = Sortieren nach
web-caseload-filter = Anzeigen
web-caseload-pages = Seiten
web-all = alle
web-col-gemeinde = Gemeinde
web-col-linked = verbunden seit
web-col-last-contact = letzter Kontakt
web-col-support-end = Begleitung bis
web-prev = ← zurück
web-next = weiter →
web-nav-week = Woche
web-nav-joins = Anfragen
web-today-joins = Neue Anfragen
web-appointment-title = Termin
web-move-title = Termin verschieben
web-move-save = Verschieben
web-cancel-appointment = Termin absagen
web-cancel-title = Termin absagen
web-stale-appointment = Dieser Termin wurde inzwischen geändert oder abgesagt (vielleicht im Bot); hier wurde nichts geändert. Bitte sehen Sie sich den aktuellen Stand an.
web-stale-deadline = Diese Frist ist schon erledigt oder gestrichen; hier wurde nichts geändert.
web-back-to-client = Zur Seite der Klientin oder des Klienten
web-client-support = Begleitung
web-field-new-gemeinde = Neue Gemeinde
web-field-colleague = Kollegin oder Kollege
web-stale-choice = Diese Auswahl gilt nicht mehr; es wurde nichts geändert. Bitte laden Sie die Seite der Klientin oder des Klienten neu.
web-deadline-add = Frist eintragen
web-deadline-title = Frist eintragen
web-deadline-save = Frist speichern
web-deadline-cancel = Streichen
web-deadline-move = Verschieben
web-deadline-page-title = Frist
web-deadline-move-title = Frist verschieben
web-deadline-move-save = Auf diesen Tag verschieben
web-field-new-due = Neuer Tag
web-field-due = Fällig am
web-field-title = Titel
web-field-kind = Art
web-error-deadline-title = Bitte geben Sie einen Titel an.
web-col-due = Fällig
web-col-title = Titel
web-col-kind = Art
web-col-action = Aktion
web-col-asked = Angefragt
web-week-title = Woche
web-week-nav = Wochen
web-week-prev = ← Woche davor
web-week-this = diese Woche
web-week-next = Woche danach →
web-joins-title = Anfragen
web-joins-back = Zu den Anfragen
web-admin-nav-offers = Angebote
web-admin-nav-upload = Angebotsdatei
web-admin-nav-audit = Protokoll
web-admin-offers-title = Angebote
web-admin-no-gemeinde = Sie verwalten keine Gemeinde; hier gibt es für Sie nichts zu tun.
web-admin-filter = Anzeigen
web-admin-filter-active = Aktiv
web-admin-filter-lacks = Übersetzung fehlt in
web-admin-active = aktiv
web-admin-inactive = nicht aktiv
web-admin-col-missing = Fehlt in
web-admin-offer-title = Angebot bearbeiten
web-admin-offer-id = Kennung
web-admin-activate = Aktivieren
web-admin-deactivate = Deaktivieren
web-admin-texts = Texte in den Sprachen
web-admin-missing = fehlt
web-admin-details = Angaben
web-admin-field-gemeinden = Gemeinden (AGS, durch Leerzeichen getrennt)
web-admin-field-landkreis = Landkreis (für den ganzen Landkreis)
web-admin-field-languages = Gesprochene Sprachen (Codes, z. B. de ar)
web-admin-field-valid-from = Gültig ab
web-admin-field-valid-until = Gültig bis
web-admin-save = Speichern
web-admin-back-to-list = Zur Liste der Angebote
web-admin-upload-title = Angebote aus einer Datei
web-admin-upload-intro = Laden Sie eine TOML- oder CSV-Datei hoch (wie bei „wegweiser offers import“). Sie wird zuerst nur geprüft; importiert wird erst, wenn Sie danach „Importieren“ drücken, und nur, wenn alles stimmt.
web-admin-upload-file = Datei
web-admin-upload-check = Prüfen
web-admin-upload-again = Andere Datei prüfen
web-admin-upload-format = Der Dateiname muss auf .csv oder .toml enden. Es wurde nichts importiert.
web-admin-upload-unreadable = Die Datei konnte nicht gelesen werden. Es wurde nichts importiert.
web-admin-upload-nothing = Es wurde nichts importiert.
web-admin-upload-rejected = Es wurde nichts importiert. Gefundene Probleme: { $count }. Bitte korrigieren Sie die Datei und prüfen Sie sie noch einmal.
web-admin-col-line = Zeile
web-admin-col-field = Feld
web-admin-col-problem = Problem
web-admin-upload-plan = Alles in Ordnung. Neu: { $create } · geändert: { $update } · unverändert: { $same }. Es wurde noch nichts gespeichert.
web-admin-upload-create = Neu
web-admin-upload-update = Geändert
web-admin-upload-import = Importieren
web-admin-upload-done = Importiert. Neu: { $create } · geändert: { $update } · unverändert: { $same }.

## The offer file's own problems, on the upload page (the command line says them in English)

offer-file-toml-not-utf8 = Die Datei ist kein UTF-8-Text. Bitte speichern Sie sie mit der Kodierung UTF-8.
offer-file-csv-not-utf8 = Die Datei ist kein UTF-8-Text (das erste falsche Zeichen steht in Zeile { $row }). Vermutlich wurde sie als „CSV (Trennzeichen-getrennt)“ gespeichert: Speichern Sie sie bitte als „CSV UTF-8 (durch Trennzeichen getrennt)“ und laden Sie diese Datei hoch.
offer-file-cell-not-utf8 = Das ist kein UTF-8-Text. Bitte speichern Sie die Datei als „CSV UTF-8“.
offer-file-toml-syntax = Das ist kein gültiges TOML ({ $detail }).
offer-file-unknown-top-key = Unbekannter Eintrag: Eine Angebotsdatei enthält nur [[offer]]-Tabellen.
offer-file-not-offer-array = Beginnen Sie jedes Angebot mit einer Zeile [[offer]] (zwei eckige Klammern).
offer-file-unknown-field = Unbekanntes Feld. Erlaubt sind: { $expected }.
offer-file-unknown-column = Unbekannte Spalte. Erlaubt sind: { $expected } sowie title_&lt;Sprache&gt;, description_&lt;Sprache&gt; und times_&lt;Sprache&gt;.
offer-file-unnamed-column = Diese Spalte hat keinen Namen.
offer-file-duplicate-column = Diese Spalte kommt zweimal vor.
offer-file-missing-column = Diese Spalte fehlt; sie ist Pflicht.
offer-file-unreadable-header = Die Kopfzeile lässt sich nicht lesen ({ $detail }).
offer-file-unreadable-row = Diese Zeile lässt sich nicht lesen ({ $detail }).
offer-file-too-many-cells = Diese Zeile hat mehr Zellen, als die Kopfzeile Spalten nennt. Zellen: { $cells }, Spalten: { $columns }.
offer-file-missing-id = Das fehlt: Jedes Angebot braucht eine Kennung (zum Beispiel hemmingen-sprachcafe).
offer-file-missing-category = Das fehlt: Jedes Angebot braucht ein Thema.
offer-file-missing = Das fehlt: Jedes Angebot braucht { $field }.
offer-file-not-yes-no = „{ $value }“ ist weder ja noch nein (erlaubt: true/false, ja/nein, wahr/falsch oder 1/0; leer heißt ja).
offer-file-not-bool = Erwartet wird true oder false (ohne Anführungszeichen).
offer-file-not-text = Erwartet wird ein Text in Anführungszeichen, zum Beispiel { $field } = "…".
offer-file-not-list = Erwartet wird eine Liste, zum Beispiel { $field } = ["…"].
offer-file-not-texts = Erwartet werden Texte in Anführungszeichen, zum Beispiel { $field } = ["…"].
offer-file-ags-number = Schreiben Sie jeden AGS in Anführungszeichen, zum Beispiel ["08118011"]: Als Zahl verliert er die führende 0.
offer-file-not-date = Erwartet wird ein Datum, zum Beispiel { $field } = "2026-01-31".
offer-file-not-text-table = Erwartet wird ein Text je Sprache, zum Beispiel [offer.{ $field }] mit de = "…".
offer-file-unknown-gemeinde = Eine Gemeinde mit dem AGS { $ags } gibt es nicht. Sie muss zuerst angelegt werden.
offer-file-leading-zero = Eine Gemeinde mit dem AGS { $ags } gibt es nicht. Meinten Sie { $padded }? (Eine Tabellenkalkulation lässt die führende 0 weg, wenn die Spalte nicht als Text formatiert ist.)
offer-file-landkreis-like = Zum Landkreis „{ $landkreis }“ gehört keine Gemeinde. Meinten Sie „{ $like }“?
offer-file-landkreis-none-yet = Zum Landkreis „{ $landkreis }“ gehört keine Gemeinde: Es sind noch keine Gemeinden angelegt.
offer-file-unknown-landkreis = Zum Landkreis „{ $landkreis }“ gehört keine Gemeinde. Bekannte Landkreise: { $known }.
offer-file-not-your-gemeinde = Die Gemeinde mit dem AGS { $ags } verwalten Sie nicht.
offer-file-landkreis-global = Angebote für einen ganzen Landkreis pflegen nur globale Administratoren.
offer-file-foreign-id = „{ $id }“ ist ein Angebot einer Gemeinde, die Sie nicht verwalten.
offer-file-duplicate-id = Die Kennung „{ $id }“ kommt in der Datei mehrmals vor (zuerst in Zeile { $first }).
offer-file-no-offers-toml = Die Datei enthält kein Angebot. Jedes Angebot beginnt mit einer Zeile [[offer]].
offer-file-no-offers-csv = Die Datei enthält kein Angebot. Jede Zeile unter der Kopfzeile ist ein Angebot.
offer-file-gemeinde-removed = Eine Gemeinde aus der Datei wurde während des Imports entfernt. Es wurde nichts importiert; bitte versuchen Sie es noch einmal.
offer-file-saved-meanwhile = Ein Angebot aus der Datei wurde während des Imports von jemand anderem gespeichert. Es wurde nichts importiert; bitte versuchen Sie es noch einmal.

## The offer editor: a new offer, and the preview as a client sees it

web-admin-new-offer = Neues Angebot
web-admin-new-offer-title = Neues Angebot
web-admin-new-offer-intro = Die Kennung für die Angebotsdatei wird beim Anlegen vergeben.
web-admin-create = Angebot anlegen
web-admin-preview = Vorschau: so sehen Klientinnen und Klienten das Angebot im Bot
web-admin-preview-language = Sprache
web-admin-preview-show = Vorschau zeigen
web-admin-preview-edits = Vorschau mit den Änderungen
web-admin-preview-unsaved = Die Vorschau zeigt das Formular, wie es ausgefüllt ist. Gespeichert ist noch nichts.

web-admin-export = Herunterladen (alle Angebote, die Sie bearbeiten dürfen)
web-admin-audit-title = Protokoll
web-admin-audit-who = Wer
web-admin-audit-what = Was
web-admin-audit-subject = Betrifft
web-admin-audit-from = Von
web-admin-audit-until = Bis
web-admin-audit-more = Gezeigt werden die neuesten { $count } Einträge; die CSV-Datei enthält alle.
web-admin-actor-person = Person
web-admin-actor-cli = Kommandozeile
web-admin-actor-system = Wegweiser
web-admin-actor-deleted = gelöschte Person
web-admin-nav-figures = Kennzahlen
web-admin-figures-title = Kennzahlen
web-admin-figures-year = Jahr
web-admin-figure-clients_linked = Neu begleitete Personen (Zugänge)
web-admin-figure-clients_ended = Beendete Begleitungen (Abgänge)
web-admin-figure-appointments_planned = Geplante Termine
web-admin-figure-appointments_attended = Wahrgenommene Termine
web-admin-figure-appointments_missed = Nicht wahrgenommene Termine
web-admin-figure-interests_shown = Interesse an Angeboten
web-admin-figure-announcements = Mitteilungen
web-admin-figure-announcements_delivered = Zugestellte Mitteilungen (Reichweite)
web-admin-figures-status-invited = Eingeladen (heute)
web-admin-figures-status-active = In Begleitung (heute)
web-admin-figures-status-unreachable = Nicht erreichbar (heute)
web-admin-figures-status-ended = Begleitung beendet (heute)
web-admin-figures-offers = Sichtbare Angebote (heute)
web-admin-figures-of = Diagramme für
web-admin-figures-of-place = Je Monat: { $place }
web-admin-figures-all = Alle
web-admin-figures-organisations = Organisationen
web-admin-figures-months = Die Zahlen der Diagramme je Monat
web-admin-figures-figure = Zahl
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = Zugänge und Abgänge je Monat
web-admin-figures-chart-appointments = Termine je Monat
web-admin-figures-chart-interests = Interesse an Angeboten je Monat
web-admin-figures-chart-announcements = Mitteilungen und Reichweite je Monat
web-admin-figures-csv-gemeinden = CSV: Gemeinden
web-admin-figures-csv-organisations = CSV: Organisationen
web-admin-figures-csv-months = CSV: je Monat
web-admin-figures-csv-today = CSV: Stand heute
web-admin-figures-kennzahlen = Welche Kennzahl eine Zahl stützt
web-admin-figures-kennzahlen-note = Die Zuordnung zu den Kennzahlen der VwV Integrationsmanagement ist unsere Lesart; bitte mit der Bewilligungsstelle abstimmen.
web-admin-figures-kennzahl = Kennzahl (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = Fallzahl: neu aufgenommene Fälle
web-admin-kennzahl-cases-closed = Fallzahl: abgeschlossene Fälle
web-admin-kennzahl-cases-open = Fallzahl: laufende Fälle zum Stichtag
web-admin-kennzahl-contacts = Beratungs- und Begleitungskontakte
web-admin-kennzahl-referrals = Vermittlung in Angebote vor Ort
web-admin-kennzahl-none = keine (zur Steuerung vor Ort)

## Web invite (web3)

web-invite-no-bot = Der Bot hat sich bei Telegram noch nicht gemeldet; ein Einladungslink geht erst danach. Bitte versuchen Sie es in einer Minute noch einmal.

## Administrators' pages: managers (admin14b)

web-admin-nav-managers = Integrationsmanager
web-admin-managers-title = Integrationsmanager
web-admin-manager-title = Integrationsmanager
web-col-name = Name
web-col-organisation = Träger
web-col-gemeinden = Gemeinden
web-col-clients = Begleitete Personen
web-admin-invite-title = Integrationsmanager einladen
web-admin-invite = Einladen
web-admin-invited = { $name } ist eingeladen. Senden Sie diesen Link; er gilt nur einmal:
web-admin-invite-qr = QR-Code der Einladung für { $name }
web-admin-invite-once = Der Link wird nur jetzt gezeigt: gespeichert wird nur ein Fingerabdruck davon.
web-admin-to-manager = Zur Seite der Person
web-admin-error-name = Bitte einen Namen in einer Zeile angeben, höchstens 64 Zeichen.
web-admin-error-gemeinden = Bitte mindestens eine Gemeinde wählen.
web-admin-error-organisation = Bitte einen Träger wählen.
web-admin-assign-label = Weitere Gemeinde
web-admin-assign = Hinzufügen
web-admin-assigned = Die Gemeinde ist hinzugefügt.
web-admin-successor = Nachfolge (übernimmt alle begleiteten Personen)
web-admin-deactivate-next = Weiter zur Bestätigung
web-admin-no-successor = Es gibt niemanden, der die begleiteten Personen übernehmen kann: Zuerst muss eine Nachfolge eingeladen sein und sich angemeldet haben.
web-admin-back-to-managers = Zur Liste der Integrationsmanager
web-admin-confirm-title = Abmelden bestätigen
web-admin-confirm-text =
    { $name } wird abgemeldet. { $count ->
        [0] Es gibt keine begleiteten Personen zu übergeben; { $successor } wird trotzdem Nachfolge.
        [one] Diese Person geht an { $successor } und wird benachrichtigt:
       *[other] Diese { $count } Personen gehen an { $successor } und werden benachrichtigt:
    }
web-admin-confirm = Abmelden und übergeben
web-admin-cancel = Abbrechen
web-admin-deactivated =
    Abgemeldet. { $count ->
        [one] Eine Person wurde übergeben.
       *[other] { $count } Personen wurden übergeben.
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

web-admin-nav-organisations = Träger
web-admin-nav-gemeinden = Gemeinden
web-admin-nav-administrators = Administratoren
web-admin-organisations-title = Träger
web-admin-gemeinden-title = Gemeinden
web-admin-administrators-title = Administratoren mit Zuständigkeit
web-col-managers = Integrationsmanager
web-col-ags = AGS
web-col-landkreis = Landkreis
web-col-person = Person
web-col-scope = Zuständig für
web-col-since = Seit
web-field-ags = Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern)
web-field-telegram-id = Telegram-ID der Person (eine Zahl)
web-admin-add = Anlegen
web-admin-org-kind-gemeinde = Gemeinde
web-admin-org-kind-landkreis = Landkreis
web-admin-org-kind-traeger = Freier Träger
web-admin-org-kind-verbund = Verbund
web-admin-org-add-title = Träger anlegen
web-admin-org-added = Der Träger ist angelegt.
web-admin-error-kind = Bitte eine der vier Arten wählen.
web-admin-error-place-name = Bitte einen Namen in einer Zeile angeben, höchstens 100 Zeichen.
web-admin-gemeinde-add-title = Gemeinde anlegen
web-admin-gemeinde-added = Die Gemeinde ist angelegt.
web-admin-error-ags = Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern, zum Beispiel 08118011.
web-admin-error-ags-taken = Diese Gemeinde gibt es schon: { $name }.
web-admin-gemeinden-read-only = Neue Gemeinden legt eine globale Administratorin oder ein globaler Administrator an.
web-admin-administrators-global = Globale Administratoren stehen in der Konfiguration (admins) und sind hier nicht aufgeführt. Personen erscheinen mit ihrer Protokoll-Kennung, wie im Protokoll.
web-admin-scope-organisation = Träger { $name }
web-admin-scope-gemeinde = Gemeinde { $name } ({ $ags })
web-admin-scope-add-title = Zuständigkeit vergeben
web-admin-scope-added = Die Zuständigkeit ist vergeben.
web-admin-scope-already = Diese Person hat diese Zuständigkeit schon; nichts geändert.
web-admin-scope-removed = Die Zuständigkeit ist entfernt.
web-admin-error-telegram-id = Bitte die Telegram-ID als positive Zahl angeben.
web-admin-error-scope = Bitte einen Träger oder eine Gemeinde wählen.
web-admin-scope-remove = Entfernen
web-admin-scope-remove-title = Zuständigkeit entfernen
web-admin-scope-remove-text = { $person } ist danach nicht mehr zuständig für { $scope }. Andere Zuständigkeiten bleiben.
web-admin-scope-remove-confirm = Entfernen bestätigen
## Web announcements (issue 14)

web-nav-announce = Mitteilungen
web-announce-title = Mitteilungen
web-announce-new = Neue Mitteilung
web-field-audience = An wen geht die Mitteilung?
web-error-audience = Bitte wählen Sie, an wen die Mitteilung geht.
web-field-only = Nur an Personen mit diesen Sprachen (nichts angekreuzt: alle Sprachen)
web-field-text-german = Text auf Deutsch (Pflicht, höchstens { $max } Zeichen; wer eine Sprache ohne eigenen Text liest, bekommt ihn)
web-field-text-translation = Text auf { $language } (freiwillig)
web-announce-when-hint = Datum und Uhrzeit leer lassen, um sofort zu senden.
web-announce-preview = Vorschau
web-announce-preview-title = Vorschau der Mitteilung
web-announce-preview-total = Empfängerinnen und Empfänger insgesamt: { $count }
web-announce-preview-when = Geplant für { $when }.
web-announce-schedule = Für diesen Zeitpunkt planen
web-announce-send-now = Jetzt senden
web-announce-change = Ändern
web-announce-stale = Diese Mitteilung ist nicht (mehr) geplant.
web-announce-report-title = Bericht zur Mitteilung
web-announce-status-scheduled = Diese Mitteilung ist geplant und noch nicht verschickt.
web-announce-status-cancelled = Diese Mitteilung wurde storniert und nicht verschickt.
web-announce-progress-label = Fortschritt
web-announce-status-done = Fertig: Die Mitteilung ist verschickt.
web-announce-status-sending = Wird verschickt: { $settled } von { $total } erledigt. Diese Seite aktualisiert sich von selbst.
web-announce-total = Empfängerinnen und Empfänger
web-announce-delivered = Zugestellt
web-announce-pending = Ausstehend
web-announce-failed = Nicht erreicht (Bot blockiert oder Konto gelöscht)
web-announce-unknown = Unklar (Zeitüberschreitung, nicht noch einmal gesendet)
web-announce-dropped = Nicht gesendet (Zustimmung inzwischen zurückgezogen)
web-announce-unreached = Nicht erreicht – bitte auf anderem Weg erreichen:
web-announce-back = Zurück zu den Mitteilungen
web-announce-scheduled = Geplante Mitteilungen
web-announce-scheduled-none = Sie haben keine geplanten Mitteilungen.
web-announce-cancel = Stornieren
web-announce-sent = Verschickte Mitteilungen
web-announce-sent-none = Sie haben noch keine Mitteilungen verschickt.
