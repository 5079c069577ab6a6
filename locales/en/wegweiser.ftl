# Wegweiser — English (en).
# DRAFT translation by the developers, awaiting review by a native speaker.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).

## Languages

# The language's own name, shown in the language picker.
language-name = English
language-picker = Please choose your language.
language-chosen = From now on, I will write to you in English.

## First contact and help

welcome =
    Welcome to Wegweiser, { $name }!
    Here you can stay in touch with your integration manager, get reminders about your appointments and find services and activities where you live.
help =
    <b>How Wegweiser works</b>
    /start – start again
    /menu – your menu
    /language – change language
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
# REVIEW: "LABEL" for the placeholder KÜRZEL (the short code the manager gives a client); "substitute" for Vertretung.
manager-menu =
    <b>Your menu</b>
    /clients – your clients
    /new_client LABEL AGS LANGUAGE – invite someone
    /away DD.MM.YYYY – record an absence (with a substitute: /away DD.MM.YYYY NUMBER)
    /back – end your absence
    /reply LABEL TEXT – answer someone
    /language – change language
    To answer someone, reply to the forwarded message.

## Integrationsmanager: inviting a client

new-client-usage = To invite someone: /new_client LABEL AGS LANGUAGE, for example /new_client AB-12 08118011 fa. Only you see the label (initials or a file number, at most 32 characters, no full names). Languages: { $languages }.
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

# REVIEW: "short code" for Kürzel (clients see this word, managers see "label"); "support" for Begleitung.
privacy-notice =
    <b>Privacy</b>
    Wegweiser stores only: a short code that { $manager } chose for you, your municipality, your language and your consents.
    Your messages are only passed on, not stored by Wegweiser. Only { $manager } and, during an absence, the substitute see them.
    The data is kept as long as the support lasts (at most 4 years). You can see and delete it at any time: in the menu under “Privacy”.
    What do you agree to?
consent-contact = Contact with your integration manager
consent-reminders = Reminders about appointments and deadlines
consent-announcements = Announcements, for example new language courses
consent-agree = Agree and connect
consent-decline = Do not connect
consent-needed-note = Contact is needed for the connection. You can switch reminders and announcements on and off.
onboarding-declined = All right. Nothing was stored. You can open the link again later.
client-linked = You are now connected with { $manager }. Just write here – your message will be passed on.

## Clients: menu

client-menu = What would you like to do?
menu-write = ✉️ Write to { $manager }
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

away-usage = To record an absence: /away DD.MM.YYYY, with a substitute /away DD.MM.YYYY NUMBER (the administration can give you the number).
away-set = Away until { $until }. Substitute: { $substitute }.
away-set-alone = Away until { $until }, without a substitute.
back-done = Welcome back! Your absence has ended.
away-notice = { $manager } is away until { $until }. Your message goes to the substitute, { $substitute }.
away-notice-alone = { $manager } is away until { $until } and will read your message after that.
office-hours-notice = Thank you for your message. { $manager } will read it on { $next }.

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
privacy-consents-title = Tap a consent to switch it on or off. Contact needs your consent; without it, you can end the connection under “Delete everything”.
privacy-delete-confirm = Really delete everything? Your connection to { $manager } will then end. This cannot be undone.
privacy-delete-yes = Yes, delete everything
privacy-delete-no = No, go back
privacy-deleted = Your data has been deleted. Thank you for using Wegweiser. You can start again at any time with /start.
consent-none = none

## Administrators (bot commands)

# REVIEW: "organisation" for Träger, "DISTRICT" for Landkreis, "ORG-NO" for TRÄGER-NR, "SUCCESSOR-NO" for NACHFOLGE-NR, "deregister" for abmelden; the TYPE values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German.
admin-help =
    <b>Administration</b>
    /add_org TYPE NAME – create an organisation (TYPE: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS NAME | DISTRICT – create a municipality
    /invite_manager ORG-NO AGS[,AGS] NAME – invite an integration manager
    /managers – all integration managers with their number of clients
    /assign NO AGS – assign a municipality to an integration manager
    /deactivate NO SUCCESSOR-NO – deregister and hand over all their clients
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
join-accepted = Good news: { $manager } will support you. Please read the privacy notice and agree to it.
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
client-ended = Support for { $label } has ended.
support-ended-client = Your support from { $manager } has ended. All the best! You can delete your data under /privacy.
support-ends-soon = ⏳ Support for <b>{ $label }</b> ends on { $until }. If needed, you can extend it on the person’s page.

## Later additions (labels, substitutes, manager status)

new-client-label-taken = You already use the label { $label }. Please choose another one.
reply-ambiguous-label = The label { $label } matches more than one person. Please reply to that person's forwarded message.
notify-substitute = 👥 { $manager } is away until { $until }. You are the substitute: messages from the people they support now come to you.
status-manager-active = active
status-manager-inactive = deregistered
