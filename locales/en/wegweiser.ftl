# Wegweiser — English (en).
# DRAFT translation by the developers, awaiting review by a native speaker.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).

## Languages

# The language's own name, shown in the language picker.
language-name = English
language-picker = Please choose your language.
language-chosen = From now on, I will write to you in English.
# REVIEW: draft by the developers
# How each language is called in this one, shown to managers beside its own name.
language-called-de = German
language-called-ar = Arabic
language-called-fa = Farsi
language-called-ti = Tigrinya
language-called-en = English
language-called-uk = Ukrainian

## First contact and help

welcome =
    Welcome to Wegweiser, { $name }!
    Here you can stay in touch with your integration manager, get reminders about your appointments and find services and activities where you live.
help =
    <b>How Wegweiser works</b>
    /start – start again
    /menu – your menu
    /offers – local services
    /language – change language
    /privacy – see and delete your data
    /help – this help
    If you do not know what to do next, write /help.

## Answers to input the bot does not understand

not-understood = Sorry, I did not understand that. Write /help to see what you can do here.
unknown-command = I do not know the command { $command }. Write /help to see all commands.
unsupported-content = I cannot read this kind of message yet. Please send me a short text or use /help.
stale-button = This button no longer works. Please use the latest message.
something-went-wrong = Something went wrong. Please try again in a few minutes.

## The command menu (Telegram shows it next to the input field)

command-start = Start again
command-menu = Show menu
command-language = Change language
command-help = Show help
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
command-privacy = Privacy: your data

## Roles

not-allowed = You cannot do that here. Write /help to see what you can do.

## Invitation links

invite-unknown = This invitation link is not valid. Please ask your integration manager for a new link.
invite-used = This invitation link has already been used. Each link works only once. Please ask for a new link.
invite-expired = This invitation link has expired. Please ask for a new link.
invite-revoked = This invitation link is no longer valid. Please ask for a new link.
invite-already-linked = You are already connected to Wegweiser. Write /menu to see your menu.

## Integrationsmanager: joining

manager-joined = Welcome to Wegweiser! Your clients see you as “{ $name }”. Is that right?
manager-name-keep = Yes, that is right
manager-name-change = Enter a different name
manager-name-ask = Please send me the name your clients should see (at most 64 characters).
manager-name-bad = The name must be 1 to 64 characters long. Please try again.
# REVIEW: "LABEL" for the placeholder KÜRZEL (the short code the manager gives a client); "substitute" for Vertretung. New lines: DATE TIME | PLACE | TOPIC and TITLE | KIND for DATUM UHRZEIT | ORT | THEMA and TITEL | ART; "reschedule" for verschieben. The /broadcast lines: "announcement" for Mitteilung (as in consent-announcements).
manager-menu =
    <b>Your menu</b>
    /clients – your clients
    /new_client LABEL AGS LANGUAGE – invite someone
    /away DD.MM.YYYY – record an absence (with a substitute: /away DD.MM.YYYY NUMBER)
    /back – end your absence
    /reply LABEL TEXT – answer someone
    /appointment – plan an appointment (step by step)
    /appointment LABEL DATE TIME | PLACE | TOPIC – an appointment in one line
    /appointments – upcoming appointments, reschedule or cancel
    /deadline LABEL DATE | TITLE | KIND – record a deadline
    /deadlines – open deadlines
    /offers – view local services and send them to clients
    /broadcast – write an announcement to your clients
    /broadcasts – view and cancel scheduled announcements
    /language – change language
    To answer someone, reply to the forwarded message.

## Integrationsmanager: inviting a client

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
new-client-usage = To invite someone: /new_client LABEL AGS LANGUAGE, for example /new_client AB-12 08118011 fa (AGS = the eight-digit municipality key). The label is seen by you, your substitute and the person themselves (under “Privacy”): initials or a file number, at most 32 characters, no full names. Languages: { $languages }.
# REVIEW: "municipality" for Gemeinde.
new-client-bad-gemeinde = The municipality { $ags } is not one of your municipalities ({ $gemeinden }).
new-client-created =
    Invitation for <b>{ $label }</b> ({ $gemeinde }). The link works for { $days ->
        [one] one day
       *[other] { $days } days
    } and only once:
    { $link }
new-client-qr-caption = QR code for { $label } – to show or print.

## Clients: joining with consent

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-notice =
    <b>Privacy</b>
    Wegweiser stores: the id of your Telegram account, a short code that { $manager } chose for you (not your name), your municipality, your language, your consents, when your support began and is planned to end, when you were last in contact, your appointments and deadlines (including whether you came), which services you are interested in, your invitation, the numbers of your messages (to route replies) and who changed what and when (without contents).
    Your messages themselves are only passed on, not stored by Wegweiser.
    Your data is seen by { $manager }, by the substitute during an absence and by the administrators of the organisation.
    Support ends on the planned day, after 4 years at the latest. Your data is deleted { $days ->
        [one] one day
       *[other] { $days } days
    } later; only counts without names are kept for the yearly statistics.
    With /privacy you can see and delete your data at any time.
    Please choose what you agree to:
consent-contact = Contact with your integration manager
consent-reminders = Reminders about appointments and deadlines
consent-announcements = Announcements (for example about new language courses)
consent-agree = Agree and connect
consent-decline = Do not connect
consent-needed-note = Contact is needed for the connection. You can switch reminders and announcements on and off.
onboarding-declined = All right. Nothing was stored. You can open the link again later.
client-linked = You are now connected with { $manager }. Just write here – your message will be passed on.

## Clients: menu

client-menu = What would you like to do?
menu-write = ✉️ Write to { $manager }
menu-appointments = 📅 My appointments
menu-deadlines = ⏳ My deadlines
menu-language = 🌐 Language
menu-privacy = 🔒 Privacy
write-hint = Just write your message here in the chat. It goes to { $manager }.

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
relay-reply-hint = To answer someone, reply to that person’s forwarded message.
reply-usage = To answer someone directly: /reply LABEL your message
reply-unknown-label = None of the connected people you support has the label { $label }.
relay-client-gone = This person is no longer connected to Wegweiser. Your answer was not delivered.

## Notices to Integrationsmanager

notify-client-linked = ✅ <b>{ $label }</b> ({ $gemeinde }) is now connected with you.
notify-client-unreachable = ⚠️ <b>{ $label }</b> can no longer be reached on Telegram (Wegweiser blocked or account deleted). Please get in touch another way.
notify-client-deleted = 🗑 <b>{ $label }</b> has deleted all their data at Wegweiser. The connection has ended.
notify-clients-handed-over =
    { $count ->
        [one] One person has been handed over to you.
       *[other] { $count } people have been handed over to you.
    } You will find them under /clients.

## Absence and office hours

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-usage = To record an absence: /away DD.MM.YYYY – the date is your last day away. With a substitute: /away DD.MM.YYYY NUMBER.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set = Away up to and including { $until }, back on { $back }. Substitute: { $substitute }. Your clients are told.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set-alone = Away up to and including { $until }, back on { $back }, without a substitute.
back-done = Welcome back! Your absence has ended.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice = { $manager } is away up to and including { $until } (back on { $back }). Your message goes to the substitute, { $substitute }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice-alone = { $manager } is away up to and including { $until } and will read your message from { $back }.
office-hours-notice = Thank you for your message. { $manager } is available again from { $next } and will read it then.

## Caseload

clients-header =
    <b>Your clients</b> ({ $count }) – page { $page } of { $pages }
clients-empty = You have not invited anyone yet. Use /new_client to invite someone.
client-line = { $label } · { $gemeinde } · { $status } · { $last }
status-invited = invited
status-active = connected
status-unreachable = not reachable
status-ended = ended
never = never
page-previous = ◀ back
page-next = next ▶
client-page =
    <b>{ $label }</b>
    Municipality: { $gemeinde }
    Language: { $language }
    Status: { $status }
    Last contact: { $last }
    Support until: { $until }
client-action-invite = 🔗 New invitation link

## Clients: privacy

privacy-menu = <b>Privacy</b> – here you can see what is stored about you, change your consents or delete everything.
privacy-show = See my data
privacy-consents = Change consents
privacy-delete = Delete everything
privacy-data =
    <b>This is stored about you</b>
    Short code: { $label }
    Municipality: { $gemeinde }
    Language: { $language }
    Integration manager: { $manager }
    Connected since: { $since }
    Support planned until: { $until }
    Consents: { $consents }
privacy-file-caption = Your data as a file (JSON).
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-consents-title = Tap reminders or announcements to switch them on or off. Contact stays on, because it is the connection itself: if you no longer want it, choose “End contact” in the privacy menu.
privacy-delete-confirm = Really delete everything? Your connection to { $manager } will then end. This cannot be undone.
privacy-delete-yes = Yes, delete everything
privacy-delete-no = No, go back
privacy-deleted = Your data has been deleted. Thank you for using Wegweiser. You can start again at any time with /start.
consent-none = none

## Administrators (bot commands)

# REVIEW: "organisation" for Träger, "DISTRICT" for Landkreis, "ORG-NO" for TRÄGER-NR, "SUCCESSOR-NO" for NACHFOLGE-NR, "deregister" for abmelden; the TYPE values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German. The /broadcast lines: "announcement" for Mitteilung (as in consent-announcements).
admin-help =
    <b>Administration</b>
    /add_org TYPE NAME – create an organisation (TYPE: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS NAME | DISTRICT – create a municipality
    /invite_manager ORG-NO AGS[,AGS] NAME – invite an integration manager
    /managers – all integration managers with their number of clients
    /assign NO AGS – assign a municipality to an integration manager
    /deactivate NO SUCCESSOR-NO – deregister and hand over all their clients
    /offers – view, change and add your municipalities’ services (many at once: wegweiser offers import)
    /broadcast – write an announcement to everyone in one of your municipalities
    /broadcasts – view and cancel scheduled announcements
admin-org-added = Organisation no. { $id } created: { $name }.
admin-gemeinde-added = Municipality created: { $name } ({ $ags }), { $landkreis }.
admin-manager-invited =
    Invitation for { $name } (no. { $id }). The link works for { $days ->
        [one] one day
       *[other] { $days } days
    } and only once:
    { $link }
admin-bad-input = I did not understand that: { $problem }. Write /admin to see the commands.
admin-duplicate = That already exists.
# REVIEW: draft translation
admin-landkreis-of-kreis = The municipalities of this district belong to Landkreis { $landkreis }. Please use that name.
# REVIEW: draft translation
admin-landkreis-other-kreis = The municipalities of this Landkreis have the district key { $kreis }; this AGS belongs to another district.
admin-unknown-reference = Organisation or municipality not found.
admin-out-of-scope = You do not manage this municipality.
admin-assigned = The municipality { $gemeinde } is now assigned to no. { $id }.
admin-deactivated =
    No. { $id } is deregistered. { $count ->
        [one] One person has
       *[other] { $count } people have
    } been handed over to no. { $successor }.
admin-manager-line = No. { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

# REVIEW: "support" for Begleitung on a button for newcomers — could it be read as technical support?
join-ask = 🤝 Ask for support
join-choose-gemeinde = Which municipality do you live in?
# REVIEW: "town hall" for Rathaus.
join-no-gemeinde = Wegweiser is not set up in any municipality yet. Please contact your town hall.
join-requested = Thank you! Your request has gone to the integration managers in { $gemeinde }. You will get an answer here.
join-already-open = You already have an open request. You will get an answer here.
notify-join-request = 🙋 New request from { $gemeinde } (language: { $language }). Would you like to support this person?
join-accept = Yes, I will support this person
join-decline = No
join-accepted-manager = Accepted. For now, you will see this person as “{ $label }”. They will now get the privacy notice.
join-declined-manager = Declined. The person will be told.
join-already-decided = This request has already been decided.
join-accepted = Good news: { $manager } will support you. Please read the privacy notice now and choose what you agree to.
join-continue = Continue
# REVIEW: "town hall" for Rathaus.
join-declined = Sorry, your request in { $gemeinde } was not accepted. Please contact your town hall.

## Caseload: actions on a client

client-action-gemeinde = 🏠 Change municipality
client-action-handover = 👥 Hand over to a colleague
client-action-extend = ⏳ Extend support by 1 year
client-action-end = ✖ End support
client-choose-gemeinde = New municipality for { $label }:
client-choose-manager = Who should { $label } be handed over to?
client-no-colleague = There is no colleague in this municipality you can hand over to.
client-gemeinde-changed = { $label } now lives in { $gemeinde }.
client-handed-over = { $label } is now supported by { $manager }.
notify-client-handed-over = 👥 { $from } has handed <b>{ $label }</b> ({ $gemeinde }) over to you.
client-extended = Support for { $label } is now planned until { $until }.
client-extend-limit = Support for { $label } cannot be extended beyond 4 years.
client-end-confirm = Really end support for { $label }? The person will then no longer be able to write to you.
client-end-yes = Yes, end it
# REVIEW: draft by the developers
client-end-no = No, keep supporting
client-ended = Support for { $label } has ended.
support-ended-client = Your support from { $manager } has ended. All the best! Your data will be deleted automatically after a retention period; under /privacy you can see and delete it now.
support-ends-soon = ⏳ Support for <b>{ $label }</b> ends on { $until }. If needed, you can extend it on the person’s page.
support-ends-week = ⏳ Support for <b>{ $label }</b> ends in one week, on { $until }. If needed, you can extend it on the person’s page.
support-ended-planned = 🏁 Support for <b>{ $label }</b> ended today as planned. The person has been told; their data will be deleted after the retention period.
notify-client-retention-deleted = 🗑 The data of <b>{ $label }</b> has been deleted: the retention period after the end of support has run out.
notify-client-unlinked-deleted = 🗑 The invite for <b>{ $label }</b> was never used and expired long ago; the entry has been deleted.

## Later additions (labels, substitutes, manager status)

new-client-label-taken = You already use the label { $label }. Please choose another one.
reply-ambiguous-label = The label { $label } matches more than one person. Please reply to that person's forwarded message.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-substitute = 👥 { $manager } is away up to and including { $until } (back on { $back }). You are the substitute: messages from the people they support now come to you.
status-manager-active = active
status-manager-inactive = deregistered

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
# REVIEW: "immigration office" as the explanation of Ausländerbehörde (the German name is kept, as people see it on letters and doors).
topic-auslaenderbehoerde = Ausländerbehörde (immigration office)
topic-arzt = Doctor
topic-schule = School / daycare
topic-wohnung = Housing
topic-sprachkurs = Language course
# REVIEW: "Counselling" for Beratung (an advice session, e.g. migration or debt counselling) — or "Advice"?
topic-beratung = Counselling
# REVIEW: "continued benefits" for Jobcenter-Weiterbewilligung (the application to keep receiving Bürgergeld); the German word is kept after the slash because it is on the letters.
deadline-kind-jobcenter = Jobcenter: continued benefits / Weiterbewilligung
# REVIEW: "residence permit" for Aufenthaltstitel; the German word is kept after the slash.
deadline-kind-aufenthalt = Residence permit / Aufenthaltstitel
deadline-kind-integrationskurs = Integration course registration
# REVIEW: "objection deadline" for Widerspruchsfrist (the time to object to an official decision); the German word is kept after the slash.
deadline-kind-widerspruch = Objection deadline / Widerspruchsfrist
deadline-kind-other = Deadline

## Appointments and deadlines: typing dates

# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss (tomorrow, Tuesday).
when-malformed = I did not understand that as a date and time. Examples: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (tomorrow) · Di 9:30 (Tuesday)
when-no-such-date = This date does not exist. Please check the day and month.
# REVIEW: "the clocks change" for Zeitumstellung (the switch to or from summer time).
when-no-such-time = This time does not exist on that day (the clocks change). Please choose another one.
when-in-past = This time is in the past. Please give a time in the future.
# REVIEW: draft by the developers
when-year-unclear = { $past } has already passed. If you mean { $next }, please add the year, for example { $example }.

## Integrationsmanager: appointments

# REVIEW: the example place "Town hall, room 3" (Rathaus, Zimmer 3) is free text and shown to the client as typed.
appointment-usage = To plan an appointment: /appointment LABEL DATE TIME | PLACE | TOPIC, for example /appointment AB-12 25.11. 14:30 | Town hall, room 3 | Jobcenter. For reminders other than the usual ones, add | 2d,3h at the end. Without details, /appointment guides you step by step.
appointment-place-empty = Please give a place.
# REVIEW: draft by the developers
appointment-topic-empty = Please give a topic, for example Jobcenter or doctor's appointment for the child.
appointment-too-long = That is too long. Place at most 200, topic at most 80, title at most 120 characters.
appointment-bad-leads = Please give reminders as a list like 1d,2h (d = days, 1–30; h = hours, 1–72; at most four).
appointment-client-not-linked = { $label } is not connected to Wegweiser yet (or the support has ended); appointments and deadlines only work after connecting.
appointment-saved = 📅 Appointment for <b>{ $label }</b> recorded: { $topic }, { $when }. { $label } now gets it in their own language.
appointment-saved-reminders = Reminders are scheduled.
appointment-saved-no-reminders = No reminders: { $label } has not agreed to reminders.
plan-no-clients = You do not have anyone connected to Wegweiser yet.
plan-which-client = Who is the appointment for?
plan-abort = Cancel
plan-aborted = Cancelled. Nothing was saved.
# REVIEW: draft by the developers
dismissed = All right, everything stays as it was.
# REVIEW: "morgen" and "Di" stay German (the date reader only understands German words), with a gloss.
plan-when = Appointment for <b>{ $label }</b>. When? For example: 25.11. 14:30 · morgen 10:00 (tomorrow) · Di 9:30 (Tuesday)
plan-where = Where? (address or place, for example Town hall, room 3)
plan-topic = What is it about? Choose a topic or type it.
plan-use-buttons = Please tap “Save” or “Cancel”.
plan-confirm =
    <b>Check the appointment</b>
    For: { $label }
    When: { $when }
    Where: { $place }
    Topic: { $topic }
plan-save = ✅ Save
appointment-gone = This appointment has been changed or cancelled in the meantime. Please open /appointments again.
appointment-moved-manager = 📅 The appointment of <b>{ $label }</b> has been moved to { $when }. { $label } will be told; the reminders have been rescheduled.
appointments-none-manager = No upcoming appointments.
appointments-title-manager =
    <b>{ $count ->
        [one] One upcoming appointment
       *[other] { $count } upcoming appointments
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>, { $topic } ({ $answer })
list-more = … and { $count } more.
answer-yes = ✅ coming
answer-no = ❌ cannot come
answer-none = no answer yet
appointment-page =
    <b>Appointment of { $label }</b>
    When: { $when }
    Where: { $place }
    Topic: { $topic }
    Answer: { $answer }
appointment-move = 🕑 Reschedule
appointment-cancel = ✖️ Cancel
appointment-move-when = New time for the appointment of <b>{ $label }</b>? For example: 26.11. 9:00
appointment-cancel-confirm = Really cancel the appointment? The person will be told.
appointment-cancel-yes = Yes, cancel
# REVIEW: draft by the developers
appointment-cancel-no = No, keep it
appointment-cancelled-manager = The appointment of <b>{ $label }</b> has been cancelled. { $label } will be told.
followup-attended = ✅ Came
followup-missed = ❌ Did not come
followup-noted-attended = Noted: { $label } came to the appointment.
followup-noted-missed = Noted: { $label } did not come.

## Integrationsmanager: deadlines

# REVIEW: the example title "Application for continued benefits" (Weiterbewilligungsantrag) is free text and shown to the client as typed.
deadline-usage = To record a deadline: /deadline LABEL DATE | TITLE | KIND, for example /deadline AB-12 15.12. | Application for continued benefits | jobcenter. Kinds: jobcenter, aufenthalt, integrationskurs, widerspruch, other.
# REVIEW: the explanations in brackets (continued benefits, residence permit, registration, objection deadline) for the German kind keys.
deadline-unknown-kind = I do not know this kind. Kinds: jobcenter (continued benefits), aufenthalt (residence permit), integrationskurs (registration), widerspruch (objection deadline), other.
deadline-saved = ⏳ Deadline for <b>{ $label }</b> recorded: { $due }. { $label } now gets it in their own language.
deadlines-none-manager = No open deadlines.
deadlines-title-manager =
    <b>{ $count ->
        [one] One open deadline
       *[other] { $count } open deadlines
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
deadline-cancel-button = ✖️ Cancel { $label } { $date }
deadline-cancelled-manager = The deadline of <b>{ $label }</b> has been cancelled. { $label } will be told.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-button = 📅 Move { $label } { $date }
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-ask = To which day should the deadline of <b>{ $label }</b> (“{ $title }”, so far { $due }) be moved? For example: 15.12.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved-manager = 📅 The deadline of <b>{ $label }</b> has been moved to { $due }. { $label } will be told; the reminders have been rescheduled.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-gone-manager = This deadline is already done or cancelled; nothing was changed.

## Clients: appointments and deadlines

appointment-new =
    📅 <b>New appointment</b> from { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    Will you come?
appointment-moved =
    📅 <b>Your appointment has been moved</b> ({ $manager })
    { $topic }
    🕑 New: { $when }
    📍 { $place }
    Will you come?
appointment-reminder =
    🔔 <b>Reminder of your appointment</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
appointment-cancelled =
    ✖️ <b>Appointment cancelled</b>
    { $topic }, { $when }
    You do not need to come.
appointment-yes = ✅ I will come
appointment-no = ❌ I cannot come
appointment-calendar = 📅 Add to calendar
appointment-thanks-yes = Thank you! Your answer has been passed on.
# REVIEW: "your integration manager" for "Ihre Begleitung" (the person who supports you).
appointment-thanks-no = Thank you for letting us know. Your integration manager will contact you about a new appointment.
appointment-calendar-caption = Open the file to add the appointment to your calendar.
appointment-button-cancelled = This appointment has been cancelled.
appointment-button-moved = This appointment has been moved. Please answer the newer message.
appointment-button-past = This appointment has already started.
appointments-none-client = You have no upcoming appointments.
appointments-title-client = <b>Your appointments</b>
appointment-line-client = • { $when } – { $topic }, { $place }
deadline-new =
    ⏳ <b>Deadline</b>: { $title } ({ $kind })
    Due by: { $due }
    Tap “Done” when you have done it.
deadline-reminder =
    🔔 <b>Reminder of a deadline</b>: { $title } ({ $kind })
    Due by: { $due }
deadline-done = ✅ Done
deadline-done-named = ✅ Done: { $title }
# REVIEW: "your integration manager" for "Ihre Begleitung".
deadline-thanks = Thank you! Your integration manager has been told.
deadline-button-closed = This deadline has already been done or cancelled.
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
deadline-cancelled = ✖️ The deadline “{ $title }” ({ $due }) has been removed from your list. You will get no more reminders about it. If you are not sure whether you still need to do something, write here.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved =
    📅 <b>Deadline moved</b>: { $title } ({ $kind })
    New date: { $due }
    Tap “Done” when you have done it.
deadlines-none-client = You have no open deadlines.
deadlines-title-client = <b>Your deadlines</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

notify-appointment-yes = ✅ <b>{ $label }</b> is coming to the appointment: { $topic }, { $when }.
notify-appointment-no = ❌ <b>{ $label }</b> cannot come to the appointment: { $topic }, { $when }. Please arrange a new one (/appointments).
notify-appointment-unanswered = ❔ <b>{ $label }</b> has not answered about the appointment yet: { $topic }, { $when }.
appointment-followup = Did <b>{ $label }</b> come to the appointment? { $topic }, { $when }
notify-deadline-done = ✅ <b>{ $label }</b> has done it: { $title } (due { $due }).
notify-deadline-overdue = ⚠️ Deadline passed, not reported as done: <b>{ $label }</b>, { $title } ({ $kind }, due { $due }).

## Integrationsmanager: the digest

digest = <b>Your overview for { $date }</b>
digest-today = <b>Today</b>
digest-unanswered = <b>No answer yet</b>
digest-overdue = <b>Overdue deadlines</b>
digest-unreachable = <b>Not reachable</b>
digest-appointment = • { $when } – { $label }, { $topic }
digest-deadline = • { $label }: { $title } (due { $due })
digest-client = • { $label }
digest-more = … and { $count } more

## Local offers: browsing (clients, Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

# REVIEW: "offer" for Angebot (as in a council's "local offer"); the welcome message says "services and activities" — would "services" be clearer?
menu-offers = 📍 Local services
command-offers = Local services
offer-category-sprache = Language
offer-category-arbeit = Work & training
# REVIEW: "Counselling" for Beratung, as in topic-beratung — or "Advice"?
offer-category-beratung = Counselling
offer-category-familie = Children & family
offer-category-gesundheit = Health
# REVIEW: "Leisure & meeting people" for Freizeit & Begegnung.
offer-category-freizeit = Leisure & meeting people
offer-category-wohnen = Housing
offers-no-gemeinde = No municipality has been recorded for you yet, so I cannot show you any services.
offers-choose-gemeinde = Which municipality’s services would you like to see?
offers-categories = <b>Services in { $gemeinde }</b>
    What are you looking for?
offers-none = No services are listed for { $gemeinde } yet.
offer-category-button = { $category } ({ $count })
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    Page { $page } of { $pages }
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german-mark = (text only in German)
offers-back-categories = ◀ Topics
offers-back-list = ◀ Back to the list
offers-back-offer = ◀ Back to the service
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german = The description of this service is only available in German.
offer-detail-inactive = ⏸ Not active: clients do not see this service.
offer-detail-times = 🕒 { $times }
offer-detail-next = 📅 Next date: { $when }
offer-detail-until = Available until { $date }
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
offer-detail-languages = 🗣 Languages spoken there: { $languages }
offer-detail-map = 🗺 <a href="{ $url }">Show on the map</a>
offer-gone = This service no longer exists.
offer-button-interested = 🙋 I am interested
offer-button-show = View the service

## Local offers: interest and recommendations

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-interest-sent = Thank you! { $manager } now knows that you are interested in this service and will get in touch with you.
offer-interest-again = { $manager } already knows that you are interested in this service and will get in touch with you.
notify-offer-interest = 🙋 { $label } is interested in the service “{ $offer }”. Please get in touch.
offer-button-send = 📨 Send to a client
offer-send-pick = Who should “{ $offer }” go to?
offer-send-nobody = None of your clients lives in a municipality that “{ $offer }” is for, or none of them can be reached at the moment.
offer-send-unreachable = This person cannot be reached through Wegweiser at the moment.
offer-sent = “{ $offer }” is on its way to { $label }. The message arrives in the person’s language.
offer-recommended = { $manager } recommends a service to you: <b>{ $offer }</b>

## Local offers: administrators

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

offer-button-new = ➕ New service
offer-button-edit = ✏️ { $field }
offer-button-deactivate = ⏸ Deactivate
offer-button-activate = ▶ Activate
offer-field-title = Title
offer-field-description = Description
offer-field-times = Times
offer-field-address = Address
offer-field-phone = Phone
offer-field-email = Email
offer-field-web = Website
offer-field-schedule = Schedule (cron)
offer-not-yours = This service does not belong to your municipalities; you cannot change it.
offer-edit-prompt = Please send the new value for <b>{ $field }</b> (in German; translations come with the import file).
    Current value: { $current }
    Send { $clear } to empty the field.
offer-activated = The service is visible again.
offer-deactivated = The service is deactivated; clients can no longer see it.
offer-new-category = New service in { $gemeinde }: which topic does it belong to?
offer-new-title = Topic: { $category }. What is the service called? Please send the title in German.
offer-text-only = Please send the value as text.
offer-saved = Saved.
offer-problem-id = The ID may only contain lower-case letters, digits, “-”, “_” and “.”.
offer-problem-category = This topic does not exist.
offer-problem-missing = This field must not be empty.
offer-problem-too-long = That is too long: at most { $max } characters.
offer-problem-schedule = That is not a valid schedule. Example: “0 18 * * 2” means Tuesdays at 18:00 (minute hour day month weekday). Send { $clear } to remove the schedule.
# REVIEW: draft by the developers
schedule-problem-parts = A schedule has five parts separated by spaces (minute hour day month weekday); this one has { $count }.
schedule-problem-range = There is no { $part } { $value }: allowed are { $min } to { $max }.
schedule-problem-part = I do not understand “{ $text }” as a { $part }. Allowed are a number, a range like 1-5, a list like 1,3, a step like */15, or *.
schedule-problem-other = The five parts do not fit together like this.
schedule-part-minute = minute
schedule-part-hour = hour
schedule-part-day = day
schedule-part-month = month
schedule-part-weekday = weekday
offer-problem-place = Please name a municipality or a district.
offer-problem-duplicate = This ID already exists.
offer-problem-url = That is not a web address. Example: https://www.example.com
offer-problem-email = That is not an email address. Example: info@example.com
offer-problem-phone = That is not a phone number. Only digits, spaces and + / - ( ) are allowed.
offer-problem-date = That is not a valid date.
offer-problem-language = That is not a language code (for example de, ar, ti).
# REVIEW: draft by the developers (issue 14)
offer-problem-scope = You may not do that: only municipalities you administer (a whole district only for global administrators).

## Announcements: what clients receive

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. "announcement" for Mitteilung, as in consent-announcements.

broadcast-message = 📣 { $text }
broadcast-only-german = This announcement is only available in German.
broadcast-stop = 🔕 No more announcements
broadcast-stopped = You will no longer receive announcements. You will still receive messages from your integration manager and reminders. You can switch announcements back on with /privacy.
offer-today = 📅 Today: <b>{ $offer }</b> – { $when }
# REVIEW: "notices" for Hinweise (the morning message about an offer's date) — "updates"?
offer-mute = 🔕 No more notices about this service
offer-muted = You will no longer receive notices about this service.

## Announcements: progress and report (Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

broadcast-starting = 📣 Your announcement is being prepared …
broadcast-progress = 📣 Your announcement is being sent: { $sent } of { $total } delivered, { $pending } pending, { $failed } not reached.
broadcast-progress-done = 📣 Your announcement has been sent: { $sent } of { $total } delivered, { $failed } not reached.
# REVIEW: "Unclear (timed out, not sent again)" for "Unklar (Zeitüberschreitung, nicht noch einmal gesendet)".
broadcast-report =
    <b>Report on your announcement</b>
    Recipients: { $total }
    Delivered: { $sent }
    Not reached (bot blocked or account deleted): { $failed }
    Unclear (timed out, not sent again): { $unknown }
    Not sent (consent withdrawn in the meantime): { $dropped }
broadcast-report-unreached = Please contact these people another way:
broadcast-report-client = • { $label }
broadcast-report-more = … and { $count } more

## Announcements: composing

# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

broadcast-audience-ask = <b>📣 New announcement</b>
    Who should it go to? The number in brackets shows how many people will receive it: only those who have agreed to receive announcements.
broadcast-offer-attached = Announcement about the service <b>{ $offer }</b>
broadcast-audience-mine = All my clients
broadcast-audience-mine-in = My clients in { $gemeinde }
broadcast-audience-gemeinde = All clients in { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
broadcast-audience-zero = Not available, because nobody there has agreed to receive announcements yet: { $audiences }
broadcast-audience-none = Your announcement would not reach anyone: nobody has agreed to receive announcements yet. Clients can switch this on at any time under /privacy. Nothing was saved.
broadcast-audience-empty = Nobody here has agreed to receive announcements yet. Please choose something else.
broadcast-audience-chosen = To: { $audience } ({ $count ->
        [one] one person
       *[other] { $count } people
    })
broadcast-languages =
    You can send the announcement only to people who read certain languages. Tap the languages, or “All languages”.
    Selected: { $languages }
broadcast-languages-all = all languages
broadcast-all-languages = All languages
broadcast-continue = Continue ▶
broadcast-languages-chosen = Languages: { $languages }
broadcast-audience-only = (only { $languages })
# REVIEW: "Discard" for Verwerfen (throw the draft away).
broadcast-abort = ✖ Discard
broadcast-discarded = The announcement has been discarded. Nothing was sent.
broadcast-ask-german = Please now write the text of the announcement in German (at most { $max } characters). People who read another language get the German text with a note, as long as there is no translation.
broadcast-ask-translation = Please now write the text in { $language } (at most { $max } characters).
broadcast-text-not-text = Please send the text as a plain message, without a picture or file. Nothing was saved; I am waiting for the text.
broadcast-text-empty = The text is empty. Nothing was saved; please send the text of the announcement.
broadcast-text-too-long = The text is too long: { $length } characters, at most { $max } are possible. Nothing was saved; please shorten it and send it again.
broadcast-translations =
    Texts available: { $done }.
    No text of their own yet: { $missing }. People who read these languages get the German text with a note. Would you like to add a text?
broadcast-add-translation = ➕ Text in { $language }
broadcast-show-preview = 👁 Preview
broadcast-preview-heading = <b>Preview · { $language } · { $count ->
        [one] one person
       *[other] { $count } people
    }</b>
broadcast-preview-ready = This is how { $count ->
        [one] one person gets
       *[other] { $count } people get
    } your announcement. Send now or later?
broadcast-send-now = 📣 Send now
broadcast-schedule = 🕒 Send later
broadcast-sent-now = Your announcement is now going to { $count ->
        [one] one person
       *[other] { $count } people
    }. You can see its progress here; at the end you will get a report.
# REVIEW: the date reader only understands German words, so the examples keep "morgen" and "Di" with a gloss, as in when-malformed.
broadcast-ask-when = When should the announcement be sent? Examples: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (tomorrow) · Di 9:30 (Tuesday)
broadcast-scheduled = 🕒 Your announcement is scheduled for { $when }. With /broadcasts you can see your scheduled announcements and cancel them.
broadcast-list-none = You have no scheduled announcements. Use /broadcast to write a new one.
broadcast-list-title = <b>Your scheduled announcements ({ $count })</b>
broadcast-list-line =
    🕒 { $when }
    To: { $audience } · currently { $count ->
        [one] one person
       *[other] { $count } people
    }
    “{ $text }”
broadcast-cancel-button = ✖ Cancel: { $when }
broadcast-cancelled = The announcement for { $when } has been cancelled. Nothing will be sent.
broadcast-already-started = This announcement is already being sent or has been sent; it can no longer be cancelled.
offer-button-announce = 📣 Announce

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-colleagues = Who can stand in for you (number · name): { $list }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-no-colleagues = Nobody in your organisation can stand in for you. You can record the absence without a substitute.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-bad-date = I do not understand “{ $text }” as a date. Please write it like this: /away 20.12.2026 (2.1.2027 works too) – your last day away.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-date-past = { $date } is in the past. Please give your last day away: today or later.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-unknown-substitute = The number “{ $number }” does not belong to anyone who can stand in for you. Nothing was recorded.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-self-substitute = You cannot stand in for yourself. Nothing was recorded.
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-away-substitute = 👥 While { $manager } is away (up to and including { $until }, back on { $back }), { $substitute } reads and answers your messages.
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-new-manager = 👥 Your Integrationsmanager is now { $manager }. From now on your messages go to { $manager }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-standin-ended = { $manager }'s absence has ended: { $manager } looks after <b>{ $label }</b> again. Your reply was not delivered.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-moved = <b>{ $label }</b> is now looked after by { $manager }. Your reply was not delivered.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-unreachable = ⚠️ <b>{ $label }</b> cannot be reached on Telegram (blocked Wegweiser or deleted the account). Your message was not sent. As soon as { $label } writes again, it works again.
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-no-consent = <b>{ $label }</b> has not consented to contact through Wegweiser. Your message was not sent.
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-client-ended-contact = 🔚 <b>{ $label }</b> has ended the contact through Wegweiser. Messages are no longer passed on.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-missing = Without your consent to contact, Wegweiser does not pass your message on to { $manager }. You can give it under /privacy, “Change consent”.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact = End contact
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-yes = Yes, end contact
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-confirm = End the contact with { $manager } through Wegweiser? Then no more messages, reminders or announcements go back and forth. You can still see or delete your data under /privacy afterwards.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-ended = The contact with { $manager } through Wegweiser has ended. Under /privacy you can see your data or delete everything.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-required = Your consent to contact is the connection itself and cannot be switched off on its own. If you no longer want contact, tap “End contact” or “Delete everything”.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-manager = As an Integrationsmanager, your name, your organisation and your Gemeinden are stored while you work with Wegweiser. Your administration deletes them when it deregisters you.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-menu = <b>Privacy</b> – here you see what is stored about you and can delete everything.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-nothing = Nothing is stored about you.
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-data =
    <b>Stored about you</b>
    Language: { $language }
    Known since: { $since }
    Requests to be taken on: { $requests }
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-open = open
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-accepted = accepted
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-declined = declined
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-requests-none = none
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-language-none = not chosen yet
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-delete-confirm = Really delete everything? Your language and your requests to be taken on will be deleted. This cannot be undone.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-manager-is-client = This Telegram account is connected to Wegweiser as a client. As an Integrationsmanager you need an account of your own – or first delete everything stored about you as a client under /privacy.
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-client-is-manager = This Telegram account belongs to an Integrationsmanager. A client needs a Telegram account of their own.
# REVIEW: new draft (issue 11), awaiting a native speaker.
join-asked-recently = You asked in { $gemeinde } only a short while ago. Its Integrationsmanager are told at most once a day: you can ask again from { $from }.
# REVIEW: new draft (issue 11), awaiting a native speaker.
broadcast-preview-unreachable = { $count ->
        [one] One more person cannot
       *[other] { $count } more people cannot
    } be reached on Telegram (blocked Wegweiser or deleted the account) and will not get the announcement. Whoever writes again is included next time.

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
# REVIEW: draft by the developers
inbound-too-fast = That was a lot at once. What you sent too quickly in the last few seconds was <b>not</b> passed on. Please wait a moment and then send it again.

## Web workplace
# REVIEW: draft translation of the web workplace's texts, awaiting a native speaker
web-link-off = The web workplace is not switched on on this server. Your administration can switch it on in the configuration ([web] listen).
web-link = 🖥 Your sign-in link for the web workplace:
    { $link }
    It is valid for { $minutes } minutes and only once. Do not pass it on.
web-sign-in-title = Sign in
web-sign-in-intro = You are signing in to the Wegweiser web workplace. The link works only once.
web-sign-in-button = Sign in now
web-link-used = This sign-in link has expired or was used already. Write /web in the bot to get a new one.
web-signed-out-title = Signed out
web-signed-out-body = You are not signed in. Write /web in the bot to get a sign-in link.
web-forbidden = This page is not open to you.
web-not-found = This page does not exist.
web-internal-error = Something went wrong. Please try again in a moment.
web-csrf-refused = The form had expired or was incomplete; nothing was changed. Please reload the page and try again.
web-error-title = Notice
web-back-to-today = Back to “Today”
web-skip-to-content = Skip to content
web-nav-label = Main navigation
web-nav-today = Today
web-nav-plan = Plan appointment
web-sign-out = Sign out
web-sign-out-everywhere = Sign out everywhere
web-today-title = Today
web-today-no-caseload = You have no clients; there is nothing for you to do here.
web-today-appointments = Appointments today
web-tomorrow-appointments = Appointments tomorrow
web-today-unanswered = No answer yet
web-today-overdue = Overdue deadlines
web-today-unreachable = Unreachable
web-nothing = Nothing.
web-col-when = When
web-col-client = Client
web-col-topic = Topic
web-col-place = Place
web-col-answer = Answer
web-col-status = Status
web-col-language = Language
web-cancelled = cancelled
web-client-title = Client
web-plan-appointment = Plan appointment
web-client-appointments = Appointments
web-client-deadlines = Open deadlines
web-plan-title = Plan appointment
web-form-has-errors = Please check the marked fields.
web-field-client = Client
web-field-date = Date
web-field-time = Time
web-field-zone = Time in the time zone { $zone }.
web-field-place = Place
web-field-topic = Topic
web-topic-other = other (enter below)
web-field-topic-free = Topic in your own words
web-field-leads = Reminders before (e.g. 1d,2h)
web-plan-save = Save appointment
web-error-client = Please choose a client.
web-error-date = Please enter a date.
web-error-time = Please enter a time (HH:MM).
web-error-no-such-time = This time does not exist on that day (clock change).
web-nav-caseload = Clients
web-caseload-title = Clients
web-caseload-search = Search by label
web-caseload-sort = Sort by
web-caseload-filter = Show
web-caseload-pages = Pages
web-all = all
web-col-gemeinde = Gemeinde
web-col-linked = linked since
web-col-last-contact = last contact
web-col-support-end = support until
web-prev = ← previous
web-next = next →
# REVIEW: draft translation of the web workplace's appointment, deadline and request pages (issue 13), awaiting a native speaker
web-nav-week = Week
web-nav-joins = Requests
web-today-joins = New requests
web-appointment-title = Appointment
web-move-title = Move the appointment
web-move-save = Move
web-cancel-appointment = Cancel the appointment
web-cancel-title = Cancel the appointment
web-stale-appointment = This appointment was changed or cancelled meanwhile (perhaps in the bot); nothing was changed here. Please look at how it stands now.
web-stale-deadline = This deadline is done or cancelled already; nothing was changed here.
web-back-to-client = To the client's page
web-client-support = Support
web-field-new-gemeinde = New municipality
web-field-colleague = Colleague
web-stale-choice = This choice is no longer valid; nothing was changed. Please reload the client's page.
web-deadline-add = Add a deadline
web-deadline-title = Add a deadline
web-deadline-save = Save the deadline
web-deadline-cancel = Cancel
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move = Move
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-page-title = Deadline
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-title = Move the deadline
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-save = Move to this day
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-field-new-due = New day
web-field-due = Due on
web-field-title = Title
web-field-kind = Kind
web-error-deadline-title = Please enter a title.
web-col-due = Due
web-col-title = Title
web-col-kind = Kind
web-col-action = Action
web-col-asked = Asked
web-week-title = Week
web-week-nav = Weeks
web-week-prev = ← week before
web-week-this = this week
web-week-next = week after →
web-joins-title = Requests
web-joins-back = To the requests
# REVIEW: draft by the developers (issue 14, administrators' web pages), awaiting a native speaker.
web-admin-nav-offers = Services
web-admin-nav-upload = Service file
web-admin-nav-audit = Audit log
web-admin-offers-title = Local services
web-admin-no-gemeinde = You administer no municipality; there is nothing for you to do here.
web-admin-filter = Show
web-admin-filter-active = Active
web-admin-filter-lacks = Translation missing in
web-admin-active = active
web-admin-inactive = inactive
web-admin-col-missing = Missing in
web-admin-offer-title = Edit service
web-admin-offer-id = Id
web-admin-activate = Activate
web-admin-deactivate = Deactivate
web-admin-texts = Texts in the languages
web-admin-missing = missing
web-admin-details = Details
web-admin-field-gemeinden = Municipalities (AGS, separated by spaces)
web-admin-field-landkreis = Landkreis (for the whole district)
web-admin-field-languages = Languages spoken (codes, e.g. de ar)
web-admin-field-valid-from = Valid from
web-admin-field-valid-until = Valid until
web-admin-save = Save
web-admin-back-to-list = Back to the list of services
web-admin-upload-title = Services from a file
web-admin-upload-intro = Upload a TOML or CSV file (the same file the command line imports). It is checked first; it is imported only when you then press "Import", and only if everything is right.
web-admin-upload-file = File
web-admin-upload-check = Check
web-admin-upload-again = Check another file
web-admin-upload-format = The file name must end in .csv or .toml. Nothing was imported.
web-admin-upload-unreadable = The file could not be read. Nothing was imported.
web-admin-upload-nothing = Nothing was imported.
web-admin-upload-rejected = Nothing was imported. Problems found: { $count }. Please correct the file and check it again.
web-admin-col-line = Line
web-admin-col-field = Field
web-admin-col-problem = Problem
web-admin-upload-plan = Everything is fine. New: { $create } · changed: { $update } · unchanged: { $same }. Nothing has been saved yet.
web-admin-upload-create = New
web-admin-upload-update = Changed
web-admin-upload-import = Import
web-admin-upload-done = Imported. New: { $create } · changed: { $update } · unchanged: { $same }.

## The offer file's own problems, on the upload page (the command line says them in English)

offer-file-toml-not-utf8 = The file is not UTF-8 text. Please save it with the encoding UTF-8.
offer-file-csv-not-utf8 = The file is not UTF-8 text (the first wrong character is in line { $row }). It was probably saved as "CSV (Trennzeichen-getrennt)": please save it as "CSV UTF-8 (durch Trennzeichen getrennt)" and upload that file.
offer-file-cell-not-utf8 = This is not UTF-8 text. Please save the file as "CSV UTF-8".
offer-file-toml-syntax = This is not valid TOML ({ $detail }).
offer-file-unknown-top-key = Unknown entry: a service file holds only { "[[offer]]" } tables.
offer-file-not-offer-array = Start each service with a line { "[[offer]]" } (two square brackets).
offer-file-unknown-field = Unknown field. Allowed are: { $expected }.
offer-file-unknown-column = Unknown column. Allowed are: { $expected }, and title_&lt;language&gt;, description_&lt;language&gt; and times_&lt;language&gt;.
offer-file-unnamed-column = This column has no name.
offer-file-duplicate-column = This column appears twice.
offer-file-missing-column = This column is missing; it is required.
offer-file-unreadable-header = The header row cannot be read ({ $detail }).
offer-file-unreadable-row = This row cannot be read ({ $detail }).
offer-file-too-many-cells = This row has more cells than the header names columns. Cells: { $cells }, columns: { $columns }.
offer-file-missing-id = Missing: every service needs an id (for example hemmingen-sprachcafe).
offer-file-missing-category = Missing: every service needs a topic.
offer-file-missing = Missing: every service needs { $field }.
offer-file-not-yes-no = "{ $value }" is neither yes nor no (allowed: true/false, ja/nein, wahr/falsch or 1/0; empty means yes).
offer-file-not-bool = Expected true or false (without quotes).
offer-file-not-text = Expected a text in quotes, for example { $field } = "…".
offer-file-not-list = Expected a list, for example { $field } = ["…"].
offer-file-not-texts = Expected texts in quotes, for example { $field } = ["…"].
offer-file-ags-number = Write each AGS in quotes, for example ["08118011"]: as a number it loses its leading 0.
offer-file-not-date = Expected a date, for example { $field } = "2026-01-31".
offer-file-not-text-table = Expected a text per language, for example [{ "offer" }.{ $field }] with de = "…".
offer-file-unknown-gemeinde = There is no municipality with the AGS { $ags }. It has to be added first.
offer-file-leading-zero = There is no municipality with the AGS { $ags }. Did you mean { $padded }? (A spreadsheet drops the leading 0 unless the column is formatted as text.)
offer-file-landkreis-like = No municipality belongs to the district "{ $landkreis }". Did you mean "{ $like }"?
offer-file-landkreis-none-yet = No municipality belongs to the district "{ $landkreis }": no municipalities have been added yet.
offer-file-unknown-landkreis = No municipality belongs to the district "{ $landkreis }". Known districts: { $known }.
offer-file-not-your-gemeinde = You do not administer the municipality with the AGS { $ags }.
offer-file-landkreis-global = Only global administrators keep services for a whole district.
offer-file-foreign-id = "{ $id }" is a service of a municipality you do not administer.
offer-file-duplicate-id = The id "{ $id }" appears more than once in the file (first in line { $first }).
offer-file-no-offers-toml = The file holds no service. Each service starts with a line { "[[offer]]" }.
offer-file-no-offers-csv = The file holds no service. Each row below the header is one service.
offer-file-gemeinde-removed = A municipality named in the file was removed while importing. Nothing was imported; please try again.
offer-file-saved-meanwhile = A service of the file was saved by someone else while importing. Nothing was imported; please try again.

## The offer editor: a new offer, and the preview as a client sees it

web-admin-new-offer = New service
web-admin-new-offer-title = New service
web-admin-new-offer-intro = The id for the service file is given when the service is created.
web-admin-create = Create service
web-admin-preview = Preview: how clients see the service in the bot
web-admin-preview-language = Language
web-admin-preview-show = Show preview
web-admin-preview-edits = Preview with the changes
web-admin-preview-unsaved = The preview shows the form as filled in. Nothing has been saved yet.

web-admin-export = Download (every service you may edit)
web-admin-audit-title = Audit log
web-admin-audit-who = Who
web-admin-audit-what = What
web-admin-audit-subject = Concerns
web-admin-audit-from = From
web-admin-audit-until = Until
web-admin-audit-more = Showing the newest { $count } entries; the CSV file has them all.
web-admin-actor-person = Person
web-admin-actor-cli = Command line
web-admin-actor-system = Wegweiser
web-admin-actor-deleted = deleted person
web-admin-nav-figures = Figures
web-admin-figures-title = Yearly figures
web-admin-figures-year = Year
web-admin-figure-clients_linked = People newly supported (intake)
web-admin-figure-clients_ended = Support ended (exits)
web-admin-figure-appointments_planned = Appointments planned
web-admin-figure-appointments_attended = Appointments attended
web-admin-figure-appointments_missed = Appointments missed
# REVIEW: figures at a glance (figbench14, 2026-12), awaiting a native speaker.
web-admin-figure-interests_shown = Interest in services
web-admin-figure-announcements = Announcements
web-admin-figure-announcements_delivered = Announcements delivered (reach)
web-admin-figures-status-invited = Invited (today)
web-admin-figures-status-active = In support (today)
web-admin-figures-status-unreachable = Unreachable (today)
web-admin-figures-status-ended = Support ended (today)
web-admin-figures-offers = Services shown (today)
web-admin-figures-of = Charts for
web-admin-figures-of-place = By month: { $place }
web-admin-figures-all = All
web-admin-figures-organisations = Organisations
web-admin-figures-months = The charts' figures by month
web-admin-figures-figure = Figure
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = Intake and exits by month
web-admin-figures-chart-appointments = Appointments by month
web-admin-figures-chart-interests = Interest in services by month
web-admin-figures-chart-announcements = Announcements and reach by month
web-admin-figures-csv-gemeinden = CSV: Gemeinden
web-admin-figures-csv-organisations = CSV: organisations
web-admin-figures-csv-months = CSV: by month
web-admin-figures-csv-today = CSV: as of today
web-admin-figures-kennzahlen = Which Kennzahl a figure supports
web-admin-figures-kennzahlen-note = The mapping to the Kennzahlen of the VwV Integrationsmanagement is our reading; please check it with the funding office.
web-admin-figures-kennzahl = Kennzahl (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = Cases: newly taken on
web-admin-kennzahl-cases-closed = Cases: closed
web-admin-kennzahl-cases-open = Cases: open on the reference date
web-admin-kennzahl-contacts = Counselling and support contacts
web-admin-kennzahl-referrals = Referrals to local services
web-admin-kennzahl-none = none (for local planning)

## Web invite (web3)

# REVIEW: draft translation
web-invite-no-bot = The bot has not reached Telegram yet; an invite link can only be made after that. Please try again in a minute.

## Administrators' pages: managers (admin14b)

# REVIEW: draft translation
web-admin-nav-managers = Integration managers
# REVIEW: draft translation
web-admin-managers-title = Integration managers
# REVIEW: draft translation
web-admin-manager-title = Integration manager
web-col-name = Name
# REVIEW: draft translation
web-col-organisation = Organisation
web-col-gemeinden = Municipalities
# REVIEW: draft translation
web-col-clients = People supported
# REVIEW: draft translation
web-admin-invite-title = Invite an integration manager
web-admin-invite = Invite
# REVIEW: draft translation
web-admin-invited = { $name } is invited. Send this link; it works only once:
# REVIEW: draft translation
web-admin-invite-qr = QR code of the invite for { $name }
# REVIEW: draft translation
web-admin-invite-once = The link is shown only now: only a fingerprint of it is stored.
# REVIEW: draft translation
web-admin-to-manager = To this person's page
# REVIEW: draft translation
web-admin-error-name = Please give a name on one line, at most 64 characters.
# REVIEW: draft translation
web-admin-error-gemeinden = Please choose at least one municipality.
# REVIEW: draft translation
web-admin-error-organisation = Please choose an organisation.
# REVIEW: draft translation
web-admin-assign-label = Another municipality
web-admin-assign = Add
# REVIEW: draft translation
web-admin-assigned = The municipality has been added.
# REVIEW: draft translation
web-admin-successor = Successor (takes over everyone supported)
# REVIEW: draft translation
web-admin-deactivate-next = Continue to confirmation
# REVIEW: draft translation
web-admin-no-successor = There is nobody who could take over the people supported: a successor must first be invited and have signed in.
# REVIEW: draft translation
web-admin-back-to-managers = Back to the integration managers
# REVIEW: draft translation
web-admin-confirm-title = Confirm deactivation
# REVIEW: draft translation
web-admin-confirm-text =
    { $name } will be deactivated. { $count ->
        [0] There is nobody to hand over; { $successor } becomes the successor anyway.
        [one] This person goes to { $successor } and will be told:
       *[other] These { $count } people go to { $successor } and will be told:
    }
# REVIEW: draft translation
web-admin-confirm = Deactivate and hand over
web-admin-cancel = Cancel
# REVIEW: draft translation
web-admin-deactivated =
    Deactivated. { $count ->
        [one] One person was handed over.
       *[other] { $count } people were handed over.
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

# REVIEW: draft translation
web-admin-nav-organisations = Organisations
# REVIEW: draft translation
web-admin-nav-gemeinden = Municipalities
# REVIEW: draft translation
web-admin-nav-administrators = Administrators
# REVIEW: draft translation
web-admin-organisations-title = Organisations
# REVIEW: draft translation
web-admin-gemeinden-title = Municipalities
# REVIEW: draft translation
web-admin-administrators-title = Administrators with a scope
# REVIEW: draft translation
web-col-managers = Integration managers
# REVIEW: draft translation
web-col-ags = AGS
# REVIEW: draft translation
web-col-landkreis = Landkreis
# REVIEW: draft translation
web-col-person = Person
# REVIEW: draft translation
web-col-scope = Responsible for
# REVIEW: draft translation
web-col-since = Since
# REVIEW: draft translation
web-field-ags = Official municipality key (AGS, 8 digits)
# REVIEW: draft translation
web-field-telegram-id = The person's Telegram ID (a number)
# REVIEW: draft translation
web-admin-add = Add
# REVIEW: draft translation
web-admin-org-kind-gemeinde = Municipality
# REVIEW: draft translation
web-admin-org-kind-landkreis = Landkreis
# REVIEW: draft translation
web-admin-org-kind-traeger = Welfare organisation
# REVIEW: draft translation
web-admin-org-kind-verbund = Association of municipalities
# REVIEW: draft translation
web-admin-org-add-title = Add an organisation
# REVIEW: draft translation
web-admin-org-added = The organisation has been added.
# REVIEW: draft translation
web-admin-error-kind = Please choose one of the four kinds.
# REVIEW: draft translation
web-admin-error-place-name = Please give a name on one line, at most 100 characters.
# REVIEW: draft translation
web-admin-gemeinde-add-title = Add a municipality
# REVIEW: draft translation
web-admin-gemeinde-added = The municipality has been added.
# REVIEW: draft translation
web-admin-error-ags = The official municipality key has exactly 8 digits, for example 08118011.
# REVIEW: draft translation
web-admin-error-ags-taken = This municipality exists already: { $name }.
# REVIEW: draft translation
web-admin-gemeinden-read-only = New municipalities are added by a global administrator.
# REVIEW: draft translation
web-admin-administrators-global = Global administrators are listed in the configuration (admins), not here. People appear with their log ID, as in the audit log.
# REVIEW: draft translation
web-admin-scope-organisation = Organisation { $name }
# REVIEW: draft translation
web-admin-scope-gemeinde = Municipality { $name } ({ $ags })
# REVIEW: draft translation
web-admin-scope-add-title = Give a scope
# REVIEW: draft translation
web-admin-scope-added = The scope has been given.
# REVIEW: draft translation
web-admin-scope-already = This person has this scope already; nothing changed.
# REVIEW: draft translation
web-admin-scope-removed = The scope has been removed.
# REVIEW: draft translation
web-admin-error-telegram-id = Please give the Telegram ID as a positive number.
# REVIEW: draft translation
web-admin-error-scope = Please choose an organisation or a municipality.
# REVIEW: draft translation
web-admin-scope-remove = Remove
# REVIEW: draft translation
web-admin-scope-remove-title = Remove a scope
# REVIEW: draft translation
web-admin-scope-remove-text = { $person } will then no longer be responsible for { $scope }. Other scopes stay.
# REVIEW: draft translation
web-admin-scope-remove-confirm = Confirm removal
## Web announcements (issue 14)

# REVIEW: draft translation
web-nav-announce = Announcements
# REVIEW: draft translation
web-announce-title = Announcements
# REVIEW: draft translation
web-announce-new = New announcement
# REVIEW: draft translation
web-field-audience = Who gets the announcement?
# REVIEW: draft translation
web-error-audience = Please choose who gets the announcement.
# REVIEW: draft translation
web-field-only = Only people with these languages (none ticked: all languages)
# REVIEW: draft translation
web-field-text-german = Text in German (required, at most { $max } characters; readers of a language without its own text get it)
# REVIEW: draft translation
web-field-text-translation = Text in { $language } (optional)
# REVIEW: draft translation
web-announce-when-hint = Leave date and time empty to send at once.
# REVIEW: draft translation
web-announce-preview = Preview
# REVIEW: draft translation
web-announce-preview-title = Preview of the announcement
# REVIEW: draft translation
web-announce-preview-total = Recipients in total: { $count }
# REVIEW: draft translation
web-announce-preview-when = Scheduled for { $when }.
# REVIEW: draft translation
web-announce-schedule = Schedule for this time
# REVIEW: draft translation
web-announce-send-now = Send now
# REVIEW: draft translation
web-announce-change = Change
# REVIEW: draft translation
web-announce-stale = This announcement is not (or no longer) scheduled.
# REVIEW: draft translation
web-announce-report-title = Announcement report
# REVIEW: draft translation
web-announce-status-scheduled = This announcement is scheduled and not sent yet.
# REVIEW: draft translation
web-announce-status-cancelled = This announcement was cancelled and not sent.
# REVIEW: draft translation
web-announce-progress-label = Progress
# REVIEW: draft translation
web-announce-status-done = Done: the announcement has been sent.
# REVIEW: draft translation
web-announce-status-sending = Sending: { $settled } of { $total } settled. This page updates itself.
# REVIEW: draft translation
web-announce-total = Recipients
# REVIEW: draft translation
web-announce-delivered = Delivered
# REVIEW: draft translation
web-announce-pending = Pending
# REVIEW: draft translation
web-announce-failed = Not reached (bot blocked or account deleted)
# REVIEW: draft translation
web-announce-unknown = Unclear (timed out, not sent again)
# REVIEW: draft translation
web-announce-dropped = Not sent (consent withdrawn meanwhile)
# REVIEW: draft translation
web-announce-unreached = Not reached – please reach them another way:
# REVIEW: draft translation
web-announce-back = Back to announcements
# REVIEW: draft translation
web-announce-scheduled = Scheduled announcements
# REVIEW: draft translation
web-announce-scheduled-none = You have no scheduled announcements.
# REVIEW: draft translation
web-announce-cancel = Cancel
# REVIEW: draft translation
web-announce-sent = Sent announcements
# REVIEW: draft translation
web-announce-sent-none = You have not sent any announcements yet.
