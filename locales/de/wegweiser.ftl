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

## First contact and help

welcome =
    Willkommen bei Wegweiser, { $name }!
    Hier können Sie mit Ihrer Integrationsmanagerin oder Ihrem Integrationsmanager in Kontakt bleiben, Erinnerungen an Termine bekommen und Angebote in Ihrer Gemeinde finden.
help =
    <b>So funktioniert Wegweiser</b>
    /start – von vorn beginnen
    /menu – Ihr Menü
    /language – Sprache ändern
    /help – diese Hilfe
    Wenn Sie nicht weiterwissen, schreiben Sie /help.

## Answers to input the bot does not understand

not-understood = Das habe ich leider nicht verstanden. Mit /help sehen Sie, was Sie hier tun können.
unknown-command = Den Befehl { $command } kenne ich nicht. Mit /help sehen Sie alle Befehle.
unsupported-content = Diese Art von Nachricht kann ich noch nicht verarbeiten. Bitte schreiben Sie mir einen kurzen Text oder nutzen Sie /help.
stale-button = Diese Schaltfläche gilt nicht mehr. Bitte nutzen Sie die neueste Nachricht.
something-went-wrong = Da ist etwas schiefgegangen. Bitte versuchen Sie es in ein paar Minuten noch einmal.

## The command menu (Telegram shows it next to the input field)

command-start = Von vorn beginnen
command-menu = Menü anzeigen
command-language = Sprache ändern
command-help = Hilfe anzeigen

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
    /language – Sprache ändern
    Um jemandem zu antworten, antworten Sie auf die weitergeleitete Nachricht.

## Integrationsmanager: inviting a client

new-client-usage = So laden Sie jemanden ein: /new_client KÜRZEL AGS SPRACHE, zum Beispiel /new_client AB-12 08118011 fa. Das Kürzel sehen nur Sie (Initialen oder Aktenzeichen, höchstens 32 Zeichen, keine vollen Namen). Sprachen: { $languages }.
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
    Wegweiser speichert nur: ein Kürzel, das { $manager } für Sie gewählt hat, Ihre Gemeinde, Ihre Sprache und Ihre Zustimmungen.
    Ihre Nachrichten werden nur weitergeleitet, nicht bei Wegweiser gespeichert. Nur { $manager } und bei Abwesenheit die Vertretung sehen sie.
    Die Daten bleiben, solange die Begleitung dauert (höchstens 4 Jahre). Sie können sie jederzeit ansehen und löschen: im Menü unter „Datenschutz“.
    Wozu stimmen Sie zu?
consent-contact = Kontakt mit Ihrer Integrationsmanagerin oder Ihrem Integrationsmanager
consent-reminders = Erinnerungen an Termine und Fristen
consent-announcements = Ankündigungen, zum Beispiel neue Sprachkurse
consent-agree = Zustimmen und verbinden
consent-decline = Nicht verbinden
consent-needed-note = Der Kontakt ist nötig für die Verbindung. Erinnerungen und Ankündigungen können Sie an- und abwählen.
onboarding-declined = In Ordnung. Es wurde nichts gespeichert. Sie können den Link später noch einmal öffnen.
client-linked = Sie sind jetzt mit { $manager } verbunden. Schreiben Sie einfach hier – Ihre Nachricht wird weitergeleitet.

## Clients: menu

client-menu = Was möchten Sie tun?
menu-write = ✉️ An { $manager } schreiben
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

away-usage = So tragen Sie eine Abwesenheit ein: /away TT.MM.JJJJ, mit Vertretung /away TT.MM.JJJJ NUMMER (die Nummer finden Sie bei der Verwaltung).
away-set = Abwesend bis { $until }. Vertretung: { $substitute }.
away-set-alone = Abwesend bis { $until }, ohne Vertretung.
back-done = Willkommen zurück! Ihre Abwesenheit ist beendet.
away-notice = { $manager } ist bis { $until } nicht da. Ihre Nachricht geht an die Vertretung, { $substitute }.
away-notice-alone = { $manager } ist bis { $until } nicht da und liest Ihre Nachricht danach.
office-hours-notice = Danke für Ihre Nachricht. { $manager } liest sie am { $next }.

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
privacy-consents-title = Tippen Sie, um eine Zustimmung an- oder abzuwählen. Für den Kontakt ist Ihre Zustimmung nötig; ohne sie können Sie unter „Alles löschen“ die Verbindung beenden.
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
join-requested = Danke! Ihre Anfrage ist bei den Integrationsmanagerinnen und Integrationsmanagern von { $gemeinde }. Sie bekommen hier Bescheid.
join-already-open = Sie haben schon eine offene Anfrage. Sie bekommen hier Bescheid.
notify-join-request = 🙋 Neue Anfrage aus { $gemeinde } (Sprache: { $language }). Möchten Sie die Person begleiten?
join-accept = Ja, ich begleite die Person
join-decline = Nein
join-accepted-manager = Angenommen. Die Person heißt bei Ihnen vorerst „{ $label }“ und bekommt jetzt den Datenschutzhinweis.
join-declined-manager = Abgelehnt. Die Person bekommt Bescheid.
join-already-decided = Über diese Anfrage wurde schon entschieden.
join-accepted = Gute Nachricht: { $manager } begleitet Sie. Bitte lesen Sie noch den Datenschutzhinweis und stimmen Sie zu.
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
client-ended = Die Begleitung von { $label } ist beendet.
support-ended-client = Ihre Begleitung durch { $manager } ist beendet. Alles Gute! Ihre Daten können Sie unter /privacy löschen.
support-ends-soon = ⏳ Die Begleitung von <b>{ $label }</b> endet am { $until }. Bei Bedarf können Sie sie auf der Seite der Person verlängern.

## Later additions (labels, substitutes, manager status)

new-client-label-taken = Das Kürzel { $label } vergeben Sie schon. Bitte wählen Sie ein anderes.
reply-ambiguous-label = Das Kürzel { $label } passt zu mehr als einer Person. Bitte antworten Sie auf die weitergeleitete Nachricht der Person.
notify-substitute = 👥 { $manager } ist bis { $until } nicht da. Sie sind die Vertretung: Nachrichten der begleiteten Personen kommen jetzt zu Ihnen.
status-manager-active = aktiv
status-manager-inactive = abgemeldet
