# Wegweiser — Tigrinya (ti).
# DRAFT translation by the developers, awaiting review by a native speaker.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Polite plural address (-ኩም). The developers are not fluent in Tigrinya:
# every message except language-name needs a native speaker's check.

## Languages

# The language's own name, shown in the language picker.
language-name = ትግርኛ
# REVIEW: whole sentence ("Please choose your language.").
language-picker = በጃኹም ቋንቋኹም ምረጹ።
# REVIEW: whole sentence ("From now on I will write to you in Tigrinya.").
language-chosen = ካብ ሕጂ ንደሓር ብትግርኛ ክጽሕፈልኩም እየ።
# REVIEW: draft by the developers
# How each language is called in this one, shown to managers beside its own name.
language-called-de = ጀርመንኛ
language-called-ar = ዓረብኛ
language-called-fa = ፋርስኛ
language-called-ti = ትግርኛ
language-called-en = እንግሊዝኛ
language-called-uk = ዩክሬንኛ

## First contact and help

# REVIEW: whole message. "ኣመሓዳሪ ምውህሃድ" for Integrationsmanager is a guess, so the German word is kept in brackets; masculine form only; "ቆጸራ" for appointment; "ከባቢ" for Gemeinde.
welcome =
    ናብ Wegweiser እንቋዕ ብደሓን መጻእኩም፣ { $name }!
    ኣብዚ ምስ ኣመሓዳሪ ምውህሃድኩም (Integrationsmanager) ርክብ ክትቕጽሉ ትኽእሉ ኢኹም። ንቆጸራታትኩም መዘኻኸሪ ክትቕበሉን ኣብ ከባቢኹም ዘለዉ ኣገልግሎታት ክትረኽቡን እውን ትኽእሉ ኢኹም።
# REVIEW: whole message ("How Wegweiser works", command list, "If you do not know what to do next, write /help."). The /offers line: "local services".
help =
    <b>Wegweiser ከመይ ይሰርሕ</b>
    /start – ካብ መጀመርታ ምጅማር
    /menu – ሜኑኹም
    /offers – ናይ ከባቢ ኣገልግሎታት
    /language – ቋንቋ ምቕያር
    /privacy – ሓበሬታኹም ምርኣይን ምድምሳስን
    /help – እዚ ሓገዝ
    ቀጺልኩም እንታይ ከም እትገብሩ እንተ ዘይፈሊጥኩም፣ /help ጽሓፉ።

## Answers to input the bot does not understand

# REVIEW: whole sentence ("Sorry, I did not understand that. Write /help to see what you can do here.").
not-understood = ይቕረታ፣ እዚ ኣይተረደኣንን። ኣብዚ እንታይ ክትገብሩ ከም እትኽእሉ ንምርኣይ /help ጽሓፉ።
# REVIEW: whole sentence ("I do not know the command … Write /help to see all commands.").
unknown-command = ነቲ ትእዛዝ { $command } ኣይፈልጦን እየ። ኩሎም ትእዛዛት ንምርኣይ /help ጽሓፉ።
# REVIEW: whole sentence ("I cannot understand this kind of message yet. Please write me a short text or use /help.").
unsupported-content = ነዚ ዓይነት መልእኽቲ እዚ ገና ክርድኦ ኣይክእልን እየ። በጃኹም ሓጺር ጽሑፍ ጽሓፉለይ ወይ /help ተጠቐሙ።
# REVIEW: "መጠወቒ" for a Telegram button is a guess; whole sentence ("This button no longer works. Please use the latest message.").
stale-button = እዚ መጠወቒ እዚ ድሕሪ ሕጂ ኣይሰርሕን እዩ። በጃኹም እቲ ናይ መወዳእታ መልእኽቲ ተጠቐሙ።
# REVIEW: whole sentence ("Something went wrong. Please try again in a few minutes.").
something-went-wrong = ገለ ጌጋ ተፈጺሙ። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።

## The command menu (Telegram shows it next to the input field)

# REVIEW: "Start again".
command-start = ካብ መጀመርታ ምጅማር
# REVIEW: "Show menu".
command-menu = ሜኑ ምርኣይ
# REVIEW: "Change language".
command-language = ቋንቋ ምቕያር
# REVIEW: "Show help".
command-help = ሓገዝ ምርኣይ
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
command-privacy = ሓለዋ ሓበሬታ

## Roles

# REVIEW: whole sentence ("You cannot do that here. Write /help to see what you can do.").
not-allowed = ኣብዚ እዚ ክትገብሩ ኣይትኽእሉን ኢኹም። እንታይ ክትገብሩ ከም እትኽእሉ ንምርኣይ /help ጽሓፉ።

## Invitation links

# REVIEW: whole sentence ("This invitation link is not valid. Please ask your integration manager for a new link."); "ሊንክ ዕድመ" for invitation link.
invite-unknown = እዚ ሊንክ ዕድመ እዚ ቅቡል ኣይኮነን። በጃኹም ካብ ኣመሓዳሪ ምውህሃድኩም ሓድሽ ሊንክ ሕተቱ።
# REVIEW: whole message ("This invitation link has already been used. Each link works only once. Please ask for a new link.").
invite-used = እዚ ሊንክ ዕድመ እዚ ድሮ ኣብ ጥቕሚ ውዒሉ እዩ። ነፍሲ ወከፍ ሊንክ ሓንሳብ ጥራይ እዩ ዝሰርሕ። በጃኹም ሓድሽ ሊንክ ሕተቱ።
# REVIEW: whole message ("This invitation link has expired. Please ask for a new link.").
invite-expired = እዚ ሊንክ ዕድመ እዚ ግዜኡ ሓሊፉ እዩ። በጃኹም ሓድሽ ሊንክ ሕተቱ።
# REVIEW: whole message ("This invitation link is no longer valid. Please ask for a new link.").
invite-revoked = እዚ ሊንክ ዕድመ እዚ ድሕሪ ሕጂ ኣይሰርሕን እዩ። በጃኹም ሓድሽ ሊንክ ሕተቱ።
# REVIEW: whole message ("You are already connected to Wegweiser. Write /menu to see your menu."); "ሜኑ" for menu.
invite-already-linked = ድሮ ምስ Wegweiser ተራኺብኩም ኣለኹም። ሜኑኹም ንምርኣይ /menu ጽሓፉ።

## Integrationsmanager: joining

# REVIEW: whole message ("Welcome to Wegweiser! Your clients see you as “…”. Is that right?"); "ተገልገልቲ" for Klientinnen und Klienten is a guess.
manager-joined = ናብ Wegweiser እንቋዕ ብደሓን መጻእኩም! ተገልገልትኹም ከም «{ $name }» ገይሮም ይርእዩኹም። እዚ ቅኑዕ ድዩ?
# REVIEW: "Yes, that is right".
manager-name-keep = እወ፣ ቅኑዕ እዩ
# REVIEW: "Enter a different name".
manager-name-change = ካልእ ስም ምእታው
# REVIEW: whole sentence ("Please write me the name your clients should see (at most 64 characters).").
manager-name-ask = በጃኹም ተገልገልትኹም ክርእይዎ ዘለዎም ስም ጽሓፉለይ (እንተበዝሐ 64 ፊደላት)።
# REVIEW: whole sentence ("The name must be 1 to 64 characters long. Please try again.").
manager-name-bad = እቲ ስም ካብ 1 ክሳብ 64 ፊደላት ክኸውን ኣለዎ። በጃኹም እንደገና ፈትኑ።
# REVIEW: whole message; placeholders "ምልክት" (KÜRZEL), "ቋንቋ", "ቁጽሪ", "ጽሑፍ" (TEXT); "ዘይምህላው" for absence, "ተተካኢ" for substitute; last line "To answer someone, reply to the forwarded message." New lines: "ዕለት ሰዓት | ቦታ | ጉዳይ" and "ኣርእስቲ | ዓይነት" for DATUM UHRZEIT | ORT | THEMA and TITEL | ART; "ቆጸራ" for Termin, "ናይ መወዳእታ ዕለት" for Frist, "ምስራዝ" for absagen. The /offers line: "see local services and send them to clients". The /broadcast lines: "write an announcement to your clients", "see and cancel planned announcements"; "ምልክታ" for Mitteilung, as in consent-announcements.
manager-menu =
    <b>ሜኑኹም</b>
    /clients – ተገልገልትኹም
    /new_client ምልክት AGS ቋንቋ – ሰብ ምዕዳም
    /away DD.MM.YYYY – ዘይምህላው ምምዝጋብ (ምስ ተተካኢ: /away DD.MM.YYYY ቁጽሪ)
    /back – ዘይምህላው ምውዳእ
    /reply ምልክት ጽሑፍ – ንሓደ ሰብ መልሲ ምሃብ
    /appointment – ቆጸራ ምሕንጻጽ (ስጉምቲ ብስጉምቲ)
    /appointment ምልክት ዕለት ሰዓት | ቦታ | ጉዳይ – ቆጸራ ብሓደ መስመር
    /appointments – ዝመጽኡ ቆጸራታት፣ ምቕያር ግዜ ወይ ምስራዝ
    /deadline ምልክት ዕለት | ኣርእስቲ | ዓይነት – ናይ መወዳእታ ዕለት ምምዝጋብ
    /deadlines – ዘይተፈጸሙ ናይ መወዳእታ ዕለታት
    /offers – ናይ ከባቢ ኣገልግሎታት ምርኣይን ናብ ተገልገልቲ ምስዳድን
    /broadcast – ናብ ተገልገልትኹም ምልክታ ምጽሓፍ
    /broadcasts – ዝተመደቡ ምልክታታት ምርኣይን ምስራዝን
    /language – ቋንቋ ምቕያር
    ንሓደ ሰብ መልሲ ንምሃብ፣ ኣብቲ ዝተመሓላለፈ መልእኽቲ መልሱ (Reply)።

## Integrationsmanager: inviting a client

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
new-client-usage = ሰብ ንምዕዳም: /new_client ምልክት AGS ቋንቋ፣ ንኣብነት /new_client AB-12 08118011 fa (AGS = ናይ 8 ኣሃዝ ኮድ ከባቢ)። ነቲ ምልክት ንስኹም፣ ተተካኢኹምን እቲ ሰብ ባዕሉን (ኣብ «ሓለዋ ሓበሬታ») ትርእይዎ: ቀዳሞት ፊደላት ስም ወይ ቁጽሪ ፋይል፣ እንተበዝሐ 32 ፊደላት፣ ምሉእ ስም ኣይኮነን። ቋንቋታት: { $languages }።
# REVIEW: whole sentence ("The municipality … is not one of your municipalities (…)."); "ከባቢ" for Gemeinde.
new-client-bad-gemeinde = እቲ ከባቢ { $ags } ካብ ከባብታትኩም ኣይኮነን ({ $gemeinden })።
# REVIEW: whole message ("Invitation for … The link works for N days and only once:"); "መዓልቲ" after numbers.
new-client-created =
    ዕድመ ን<b>{ $label }</b> ({ $gemeinde })። እቲ ሊንክ ን{ $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልቲ
    }ን ሓንሳብ ጥራይን ይሰርሕ:
    { $link }
# REVIEW: whole sentence ("QR code for … – to show or print.").
new-client-qr-caption = ናይ { $label } QR ኮድ – ንምርኣይ ወይ ንምሕታም።

## Clients: joining with consent

# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-notice =
    <b>ሓለዋ ሓበሬታ</b>
    Wegweiser እዚኦም ይዕቅብ: መለለዪ ሕሳብ Telegram ኹም፣ ንዓኹም ዝተመርጸ ምልክት (ስምኩም ኣይኮነን)፣ ከባቢኹም፣ ቋንቋኹም፣ ስምምዓትኩም፣ መጀመርታን ዝተወሰነ መወዳእታን ናይቲ ሓገዝ፣ ናይ መወዳእታ ርክብ ግዜ፣ ቆጸራታትኩምን ናይ መወዳእታ ዕለታትኩምን (ዝመጻእኹም እንተኾይንኩም ውን)፣ ዝደለኹምዎም ኣገልግሎታት፣ መላግቦ ዕድመኹም፣ ቁጽርታት መልእኽትታትኩም (ንመልሲ) ከምኡ ውን መን መዓስ እንታይ ከም ዝቐየረ (ብዘይ ትሕዝቶ)።
    መልእኽትታትኩም ባዕሎም ይመሓላለፉ ጥራይ እዮም፣ ኣብ Wegweiser ኣይዕቀቡን።
    ሓበሬታኹም ዝርእይዎ { $manager }፣ ኣብ ግዜ ዘይምህላው ተተካኢ፣ ከምኡ ውን ኣመሓደርቲ ናይቲ ትካል እዮም።
    እቲ ሓገዝ ኣብቲ ዝተወሰነ ዕለት ይውዳእ፣ እንተደንጎየ ድሕሪ 4 ዓመት። ድሕሪኡ ብ{ $days ->
        [one] ሓደ መዓልቲ
       *[other] { $days } መዓልቲ
    } ሓበሬታኹም ይድምሰስ፤ ንዓመታዊ ጸብጻብ ብዘይ ስም ቁጽርታት ጥራይ ይተርፍ።
    ብ/privacy ኣብ ዝኾነ ግዜ ሓበሬታኹም ክትርእይዎን ክትድምስስዎን ትኽእሉ ኢኹም።
    በጃኹም እንታይ ከም እትሰማምዑ ምረጹ:
# REVIEW: "Contact with your integration manager".
consent-contact = ምስ ኣመሓዳሪ ምውህሃድኩም ርክብ
# REVIEW: "Reminders about appointments and deadlines".
consent-reminders = መዘኻኸሪ ቆጸራታትን ናይ መወዳእታ ዕለታትን
# REVIEW: "Announcements (for example about new language courses)".
consent-announcements = ምልክታታት (ንኣብነት ብዛዕባ ሓደስቲ ኮርሳት ቋንቋ)
# REVIEW: button "I agree – connect me".
consent-agree = እሰማማዕ – ኣራኽቡኒ
# REVIEW: button "No, do not connect me".
consent-decline = ኣይፋል፣ ኣይተራኽቡኒ
# REVIEW: whole message ("Contact is needed for the connection. You can switch reminders and announcements on and off.").
consent-needed-note = ንምትእስሳር ስምምዕ ርክብ የድሊ እዩ። መዘኻኸሪታትን ምልክታታትን ክትመርጹ ወይ ክተልግሱ ትኽእሉ ኢኹም።
# REVIEW: whole message ("All right. Nothing was stored. You can open the link again later.").
onboarding-declined = ጽቡቕ። ዋላ ሓንቲ ኣይተዓቀበን። ደሒርኩም ነቲ ሊንክ እንደገና ክትከፍትዎ ትኽእሉ ኢኹም።
# REVIEW: whole message ("You are now connected with … Just write here – your message will be passed on.").
client-linked = ሕጂ ምስ { $manager } ተራኺብኩም ኣለኹም። ኣብዚ ጥራይ ጽሓፉ – መልእኽትኹም ክመሓላለፍ እዩ።

## Clients: menu

# REVIEW: "What would you like to do?".
client-menu = እንታይ ክትገብሩ ትደልዩ?
# REVIEW: button "Write to …".
menu-write = ✉️ ናብ { $manager } ጽሓፉ
# REVIEW: button "My appointments"; "ቆጸራ" for Termin.
menu-appointments = 📅 ቆጸራታተይ
# REVIEW: button "My deadlines"; "ናይ መወዳእታ ዕለት" (last date) for Frist, as in consent-reminders — or "ቀነ-ገደብ"?
menu-deadlines = ⏳ ናይ መወዳእታ ዕለታተይ
# REVIEW: "Language".
menu-language = 🌐 ቋንቋ
# REVIEW: "Privacy" — must match the word in privacy-notice and privacy-menu.
menu-privacy = 🔒 ሓለዋ ሓበሬታ
# REVIEW: whole message ("Just write your message here in the chat. It goes to …").
write-hint = መልእኽትኹም ኣብዚ ቻት ጽሓፉ። ናብ { $manager } ክበጽሕ እዩ።

## Relaying messages

relay-to-manager = 📨 <b>{ $label }</b> · { $gemeinde } · { $language }
relay-to-client = ✉️ <b>{ $manager }</b>:
# REVIEW: whole sentence ("To answer someone, reply to that person’s forwarded message.").
relay-reply-hint = ንሓደ ሰብ መልሲ ንምሃብ፣ ኣብቲ ካብቲ ሰብ ዝተመሓላለፈ መልእኽቲ መልሱ (Reply)።
# REVIEW: whole sentence ("To answer someone directly: /reply LABEL your message").
reply-usage = ንሓደ ሰብ ብቐጥታ መልሲ ንምሃብ: /reply ምልክት መልእኽትኹም
# REVIEW: whole sentence ("Among the connected people you support there is no label …").
reply-unknown-label = ኣብቶም ምሳኹም ዝተራኸቡን እትሕግዝዎምን ሰባት፣ ምልክት { $label } የለን።
# REVIEW: whole message ("This person is no longer connected to Wegweiser. Your answer was not delivered.").
relay-client-gone = እዚ ሰብ እዚ ድሕሪ ሕጂ ምስ Wegweiser ኣይተራኸበን። መልስኹም ኣይበጽሐን።

## Notices to Integrationsmanager

# REVIEW: whole sentence ("… is now connected with you."); masculine verb form.
notify-client-linked = ✅ <b>{ $label }</b> ({ $gemeinde }) ሕጂ ምሳኹም ተራኺቡ ኣሎ።
# REVIEW: whole message ("… can no longer be reached on Telegram (Wegweiser blocked or account deleted). Please get in touch another way.").
notify-client-unreachable = ⚠️ <b>{ $label }</b> ድሕሪ ሕጂ ብTelegram ኣይርከብን እዩ (Wegweiser ተዓጽዩ ወይ ኣካውንት ተደምሲሱ)። በጃኹም ብኻልእ መንገዲ ርክብ ግበሩ።
# REVIEW: whole message ("… has deleted all their data at Wegweiser. The connection has ended."); masculine verb form.
notify-client-deleted = 🗑 <b>{ $label }</b> ኩሉ ሓበሬታኡ ኣብ Wegweiser ደምሲሱ እዩ። እቲ ርክብ ተቛሪጹ እዩ።
# REVIEW: whole message ("N person(s) have been handed over to you. You will find them under /clients.").
notify-clients-handed-over =
    { $count ->
        [one] { $count } ሰብ ተረኪቡኩም ኣሎ።
       *[other] { $count } ሰባት ተረኪቦምኹም ኣለዉ።
    } ኣብ /clients ክትረኽብዎም ትኽእሉ ኢኹም።

## Absence and office hours

# REVIEW: whole message ("To record an absence: /away DD.MM.YYYY, with a substitute /away DD.MM.YYYY NUMBER (the administration can give you the number).").
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-usage = ዘይምህላው ንምምዝጋብ: /away DD.MM.YYYY – እቲ ዕለት እቲ ናይ መወዳእታ መዓልቲ ዘይምህላውኩም እዩ። ምስ ተተካኢ: /away DD.MM.YYYY ቁጽሪ።
    { $colleagues }
# REVIEW: "Absence recorded until … Substitute: …".
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set = ዘይምህላው ክሳብ { $until } (ምስኡ) ተመዝጊቡ፣ ካብ { $back } ትምለሱ። ተተካኢ: { $substitute }። ዓማዊልኩም ክሕበሩ እዮም።
# REVIEW: "Absence recorded until …, without a substitute.".
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-set-alone = ዘይምህላው ክሳብ { $until } (ምስኡ) ተመዝጊቡ፣ ካብ { $back } ትምለሱ፣ ብዘይ ተተካኢ።
# REVIEW: "Welcome back! Your absence has ended.".
back-done = እንቋዕ ብደሓን ተመለስኩም! ዘይምህላውኩም ተወዲኡ።
# REVIEW: whole message ("… is not here until … Your message goes to the substitute, …").
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice = ናይ { $manager } ዘይምህላው: ክሳብ { $until } (ምስኡ)፣ ምምላስ ካብ { $back }። መልእኽትኹም ናብ ተተካኢ { $substitute } ይኸይድ።
# REVIEW: whole message ("… is not here until … and will read your message after that."); masculine verb form.
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-notice-alone = ናይ { $manager } ዘይምህላው: ክሳብ { $until } (ምስኡ)። ካብ { $back } መልእኽትኹም ክንበብ እዩ።
# REVIEW: whole message ("Thank you for your message. It has reached …; it will be read from …"); passive, so no verb has the manager's gender.
office-hours-notice = ስለ መልእኽትኹም የቐንየልና። መልእኽትኹም ናብ { $manager } በጺሑ ኣሎ፤ ካብ { $next } ክንበብ እዩ።

## Caseload

# REVIEW: "Your clients (N) – page … of …".
clients-header =
    <b>ተገልገልትኹም</b> ({ $count }) – ገጽ { $page } ካብ { $pages }
# REVIEW: whole message ("You have not invited anyone yet. Use /new_client to invite someone.").
clients-empty = ገና ንማንም ኣይዓደምኩምን። ሰብ ንምዕዳም /new_client ተጠቐሙ።
client-line = { $label } · { $gemeinde } · { $status } · { $last }
# REVIEW: "invited".
status-invited = ተዓዲሙ
# REVIEW: "connected".
status-active = ተራኺቡ
# REVIEW: "not reachable".
status-unreachable = ኣይርከብን
# REVIEW: "ended".
status-ended = ተወዲኡ
# REVIEW: "not yet" for "noch nie".
never = ገና የለን
# REVIEW: "back".
page-previous = ◀ ንድሕሪት
# REVIEW: "next".
page-next = ንቕድሚት ▶
# REVIEW: field names (municipality, language, status, last contact, support until).
client-page =
    <b>{ $label }</b>
    ከባቢ: { $gemeinde }
    ቋንቋ: { $language }
    ኩነታት: { $status }
    ናይ መወዳእታ ርክብ: { $last }
    ሓገዝ ክሳብ: { $until }
# REVIEW: "New invitation link".
client-action-invite = 🔗 ሓድሽ ሊንክ ዕድመ

## Clients: privacy

# REVIEW: whole message ("Privacy – here you can see what is stored about you, change your consents or delete everything.").
privacy-menu = <b>ሓለዋ ሓበሬታ</b> – ኣብዚ ብዛዕባኹም እንታይ ከም ዝተዓቀበ ክትርእዩ፣ ስምምዓትኩም ክትቕይሩ ወይ ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።
# REVIEW: "See my data".
privacy-show = ሓበሬታይ ምርኣይ
# REVIEW: "Change consents".
privacy-consents = ስምምዓት ምቕያር
# REVIEW: "Delete everything" — must match the word in privacy-consents-title.
privacy-delete = ኩሉ ምድምሳስ
# REVIEW: whole message (title "This is stored about you"; fields label, municipality, language, integration manager, connected since, support planned until, consents).
privacy-data =
    <b>ብዛዕባኹም ዝተዓቀበ እዚ እዩ</b>
    ምልክት: { $label }
    ከባቢ: { $gemeinde }
    ቋንቋ: { $language }
    ኣመሓዳሪ ምውህሃድ: { $manager }
    ዝተራኸብኩምሉ ዕለት: { $since }
    ሓገዝ ክሳብ (ዝተመደበ): { $until }
    ስምምዓት: { $consents }
# REVIEW: "Your data as a file (JSON).".
privacy-file-caption = ሓበሬታኹም ከም ፋይል (JSON)።
# REVIEW: whole message ("Tap a consent to switch it on or off. Contact needs your consent; without it, you can end the connection under “Delete everything”.").
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
privacy-consents-title = መዘኻኸርታት ወይ ምልክታታት ንምውላዕ ወይ ንምጥፋእ ጠውቕዎም። ርክብ ባዕሉ እቲ ምትእስሳር ስለ ዝኾነ ወትሩ ውሉዕ እዩ: እንተዘይደሊኹምዎ፣ ኣብ ዝርዝር ሓለዋ ሓበሬታ «ርክብ ምቁራጽ» ምረጹ።
# REVIEW: whole message ("Really delete everything? Your connection to … will then end. This cannot be undone.").
privacy-delete-confirm = ብሓቂ ኩሉ ክድምሰስ ድዩ? ሽዑ ምስ { $manager } ዘለኩም ርክብ ክቋረጽ እዩ። እዚ ክምለስ ኣይክእልን እዩ።
# REVIEW: "Yes, delete everything".
privacy-delete-yes = እወ፣ ኩሉ ይደምሰስ
# REVIEW: "No, back".
privacy-delete-no = ኣይፋል፣ ንድሕሪት
# REVIEW: whole message ("Your data has been deleted. Thank you for using Wegweiser. You can start again at any time with /start.").
privacy-deleted = ሓበሬታኹም ተደምሲሱ እዩ። Wegweiser ስለ ዝተጠቐምኩም የቐንየልና። ኣብ ዝኾነ ግዜ /start ብምጽሓፍ እንደገና ክትጅምሩ ትኽእሉ ኢኹም።
# REVIEW: "none".
consent-none = የለን

## Administrators (bot commands)

# REVIEW: whole message; "ትካል" for Träger, "ዞባ" for Landkreis, "ከባቢ" for Gemeinde, placeholders "ዓይነት" / "ስም" / "ቁጽሪ-ትካል" / "ቁጽሪ" / "ቁጽሪ-ተካኢ" (NACHFOLGE-NR); "ምስራዝ" for abmelden; the type values (gemeinde, landkreis, traeger, verbund) are typed as they are and stay German. The /offers line: "see, change, add the services of your areas (many at once: …)". The /broadcast lines: "write an announcement to everyone in one of your areas", "see and cancel planned announcements".
admin-help =
    <b>ምምሕዳር</b>
    /add_org ዓይነት ስም – ትካል ምምዝጋብ (ዓይነት: gemeinde, landkreis, traeger, verbund)
    /add_gemeinde AGS ስም | ዞባ – ከባቢ ምምዝጋብ
    /invite_manager ቁጽሪ-ትካል AGS[,AGS] ስም – ኣመሓዳሪ ምውህሃድ ምዕዳም
    /managers – ኩሎም ኣመሓደርቲ ምውህሃድ ምስ ቁጽሪ ተገልገልቶም
    /assign ቁጽሪ AGS – ንኣመሓዳሪ ምውህሃድ ከባቢ ምምዳብ
    /deactivate ቁጽሪ ቁጽሪ-ተካኢ – ምስራዝን ኩሎም ተገልገልቲ ምሕላፍን
    /offers – ኣገልግሎታት ከባብታትኩም ምርኣይ፣ ምቕያር፣ ምውሳኽ (ብዙሓት ብሓንሳብ: wegweiser offers import)
    /broadcast – ኣብ ሓደ ካብ ከባብታትኩም ንዘለዉ ኩሎም ምልክታ ምጽሓፍ
    /broadcasts – ዝተመደቡ ምልክታታት ምርኣይን ምስራዝን
# REVIEW: "Organisation no. … registered: …".
admin-org-added = ትካል ቁጽሪ { $id } ተመዝጊቡ: { $name }።
# REVIEW: "Municipality registered: … (…), …".
admin-gemeinde-added = ከባቢ ተመዝጊቡ: { $name } ({ $ags })፣ { $landkreis }።
# REVIEW: whole message ("Invitation for … (no. …). The link works for N days and only once:").
admin-manager-invited =
    ዕድመ ን{ $name } (ቁጽሪ { $id })። እቲ ሊንክ ን{ $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልቲ
    }ን ሓንሳብ ጥራይን ይሰርሕ:
    { $link }
# REVIEW: whole message ("I did not understand that: … Write /admin to see the commands.").
admin-bad-input = እዚ ኣይተረደኣንን: { $problem }። ትእዛዛት ንምርኣይ /admin ጽሓፉ።
# REVIEW: "That already exists.".
admin-duplicate = እዚ ድሮ ኣሎ።
# REVIEW: draft translation
admin-landkreis-of-kreis = ከባቢታት ናይዚ ወረዳ ናብ ዞባ { $landkreis } እዮም ዝውንኑ። በጃኹም ነዚ ስም ተጠቐሙ።
# REVIEW: draft translation
admin-landkreis-other-kreis = ከባቢታት ናይዚ ዞባ መፍትሕ ወረዳ { $kreis } ኣለዎም፤ እዚ AGS ናብ ካልእ ወረዳ እዩ ዝውንን።
# REVIEW: "Organisation or municipality not found.".
admin-unknown-reference = ትካል ወይ ከባቢ ኣይተረኽበን።
# REVIEW: "You do not manage this municipality.".
admin-out-of-scope = ነዚ ከባቢ እዚ ኣየመሓድሩዎን ኢኹም።
# REVIEW: whole sentence ("The municipality … is now assigned to no. …").
admin-assigned = ከባቢ { $gemeinde } ሕጂ ንቁጽሪ { $id } ተመዲቡ።
# REVIEW: whole message ("No. … is deregistered. N person(s) handed over to no. …").
admin-deactivated =
    ቁጽሪ { $id } ተሰሪዙ። { $count ->
        [one] { $count } ሰብ ናብ ቁጽሪ { $successor } ተመሓላሊፉ።
       *[other] { $count } ሰባት ናብ ቁጽሪ { $successor } ተመሓላሊፎም።
    }
admin-manager-line = ቁጽሪ { $id } · { $name } · { $status } · { $count }

## Asking to be taken on (without an invite)

# REVIEW: button "Ask for support"; "ሓገዝ" for Begleitung.
join-ask = 🤝 ሓገዝ ምሕታት
# REVIEW: "In which area (Gemeinde) do you live?"; "ከባቢ" for Gemeinde.
join-choose-gemeinde = ኣበየናይ ከባቢ ትነብሩ?
# REVIEW: whole message ("Wegweiser has not been started in any area yet. Please contact your local administration (Rathaus)."); "ምምሕዳር ከባቢ" for Rathaus is a guess, so the German word is kept in brackets.
join-no-gemeinde = Wegweiser ገና ኣብ ዝኾነ ከባቢ ኣይተጀመረን። በጃኹም ናብ ምምሕዳር ከባቢኹም (Rathaus) ተወከሱ።
# REVIEW: whole message ("Thank you! Your request has reached the integration managers of … You will get an answer here.").
join-requested = የቐንየልና! ሕቶኹም ናብ ኣመሓደርቲ ምውህሃድ ናይ { $gemeinde } በጺሑ ኣሎ። መልሲ ኣብዚ ክትረኽቡ ኢኹም።
# REVIEW: whole message ("You already have an open request. You will get an answer here.").
join-already-open = ድሮ ዘይተወድአ ሕቶ ኣለኩም። መልሲ ኣብዚ ክትረኽቡ ኢኹም።
# REVIEW: whole message ("New request from … (language: …). Would you like to support this person?").
notify-join-request = 🙋 ሓድሽ ሕቶ ካብ { $gemeinde } (ቋንቋ: { $language })። ነዚ ሰብ ክትሕግዝዎ ትደልዩ ዶ?
# REVIEW: button "Yes, I will support this person".
join-accept = እወ፣ ነዚ ሰብ ክሕግዞ እየ
# REVIEW: button "No".
join-decline = ኣይፋል
# REVIEW: whole message ("You accepted. For now this person is called “…” for you and now gets the privacy statement."); "መግለጺ ሓለዋ ሓበሬታ" for Datenschutzhinweis.
join-accepted-manager = ተቐቢልኩምዎ። እዚ ሰብ ንግዜኡ ኣባኹም «{ $label }» ተባሂሉ ይጽዋዕ፣ ሕጂ ድማ መግለጺ ሓለዋ ሓበሬታ ይቕበል።
# REVIEW: whole message ("You did not accept. The person will be informed.").
join-declined-manager = ኣይተቐበልኩምዎን። እቲ ሰብ ክሕበሮ እዩ።
# REVIEW: "A decision about this request has already been made.".
join-already-decided = ብዛዕባ እዚ ሕቶ እዚ ድሮ ውሳነ ተዋሂቡ እዩ።
# REVIEW: whole message ("Good news: from now on you are supported by …. Please read the privacy statement and choose what you agree to."); passive for the manager.
join-accepted = ጽቡቕ ዜና: ካብ ሕጂ ብ{ $manager } ክትሕገዙ ኢኹም። በጃኹም መግለጺ ሓለዋ ሓበሬታ ኣንብቡ፣ ኣብ እንታይ ከም እትሰማምዑ ድማ ምረጹ።
# REVIEW: button "Continue".
join-continue = ምቕጻል
# REVIEW: whole message ("Sorry, your request in … was not accepted. Please contact your local administration (Rathaus).").
join-declined = ይቕረታ፣ ሕቶኹም ኣብ { $gemeinde } ተቐባልነት ኣይረኸበን። በጃኹም ናብ ምምሕዳር ከባቢኹም (Rathaus) ተወከሱ።

## Caseload: actions on a client

# REVIEW: button "Change area (Gemeinde)".
client-action-gemeinde = 🏠 ከባቢ ምቕያር
# REVIEW: button "Hand over to a colleague"; "መሳርሕቲ" for colleague.
client-action-handover = 👥 ናብ መሳርሕቲ ምሕላፍ
# REVIEW: button "Extend support by 1 year".
client-action-extend = ⏳ ሓገዝ ብ1 ዓመት ምንዋሕ
# REVIEW: button "End support".
client-action-end = ✖ ሓገዝ ምውዳእ
# REVIEW: "New area (Gemeinde) for …:".
client-choose-gemeinde = ሓድሽ ከባቢ ን{ $label }:
# REVIEW: "To whom should … be handed over?".
client-choose-manager = { $label } ናብ መን ይሕለፍ?
# REVIEW: whole sentence ("In this area there is no colleague you can hand over to.").
client-no-colleague = ኣብዚ ከባቢ እዚ ክትሕልፉሉ እትኽእሉ መሳርሕቲ የለን።
# REVIEW: "… now lives in …"; masculine verb form.
client-gemeinde-changed = { $label } ሕጂ ኣብ { $gemeinde } ይነብር።
# REVIEW: "… is now supported by …"; masculine verb form.
client-handed-over = { $label } ሕጂ ብ{ $manager } ይሕገዝ።
# REVIEW: whole message ("… (…) has been handed over to you from …"); masculine verb form.
notify-client-handed-over = 👥 <b>{ $label }</b> ({ $gemeinde }) ካብ { $from } ናባኹም ተመሓላሊፉ።
# REVIEW: "The support of … is now planned until …".
client-extended = ሓገዝ ናይ { $label } ሕጂ ክሳብ { $until } ተመዲቡ ኣሎ።
# REVIEW: "The support of … cannot be extended beyond 4 years.".
client-extend-limit = ሓገዝ ናይ { $label } ካብ 4 ዓመት ንላዕሊ ክነውሕ ኣይክእልን እዩ።
# REVIEW: whole message ("Really end the support of …? The person will then no longer be able to write to you.").
client-end-confirm = ሓገዝ ናይ { $label } ብሓቂ ይወዳእ ድዩ? ሽዑ እቲ ሰብ ድሕሪ ሕጂ ክጽሕፈልኩም ኣይክእልን እዩ።
# REVIEW: button "Yes, end it".
client-end-yes = እወ፣ ይወዳእ
# REVIEW: draft by the developers
client-end-no = ኣይፋል፣ ምስናይ ይቀጽል
# REVIEW: "The support of … has ended.".
client-ended = ሓገዝ ናይ { $label } ተወዲኡ እዩ።
# REVIEW: whole message ("The support by … has ended. All the best! You can delete your data under /privacy.").
support-ended-client = ሓገዝ ብ{ $manager } ተወዲኡ እዩ። ኩሉ ጽቡቕ ይግጠመኩም! ሓበሬታኹም ድሕሪ ግዜ ምዕቃብ ባዕሉ ክድምሰስ እዩ፤ ኣብ /privacy ሕጂ ክትርእይዎን ክትድምስስዎን ትኽእሉ ኢኹም።
# REVIEW: whole message ("The support of … ends on … If needed, you can extend it on the person's page.").
support-ends-soon = ⏳ ሓገዝ ናይ <b>{ $label }</b> ኣብ { $until } ይውዳእ። እንተ ኣድልዩ ኣብ ገጽ ናይቲ ሰብ ከተናውሕዎ ትኽእሉ ኢኹም።
# REVIEW: whole message (new, retention) — machine-assisted draft, unsure.
support-ends-week = ⏳ ሓገዝ ናይ <b>{ $label }</b> ድሕሪ ሓደ ሰሙን ኣብ { $until } ይውዳእ። እንተ ኣድልዩ ኣብ ገጽ ናይቲ ሰብ ከተናውሕዎ ትኽእሉ ኢኹም።
# REVIEW: whole message (new, retention) — machine-assisted draft, unsure.
support-ended-planned = 🏁 ሓገዝ ናይ <b>{ $label }</b> ሎሚ ከም ዝተሓሰቦ ተወዲኡ። እቲ ሰብ ተሓቢሩ እዩ፤ ሓበሬታ ድሕሪ ግዜ ምዕቃብ ክድምሰስ እዩ።
# REVIEW: whole message (new, retention) — machine-assisted draft, unsure.
notify-client-retention-deleted = 🗑 ሓበሬታ ናይ <b>{ $label }</b> ተደምሲሱ፦ ድሕሪ ምውዳእ ሓገዝ ዘሎ ግዜ ምዕቃብ ተወዲኡ።
# REVIEW: whole message (new, retention) — machine-assisted draft, unsure.
notify-client-unlinked-deleted = 🗑 እቲ ዕድመ ን<b>{ $label }</b> ፈጺሙ ኣይተጠቕመሉን፣ ቅድሚ ነዊሕ ግዜ ድማ ግዜኡ ሓሊፉ፤ እቲ ምዝገባ ተደምሲሱ።

## Later additions (labels, substitutes, manager status)

# REVIEW: all five messages below are drafts by a non-native speaker. Gloss: "You already use the label $label. Please choose another."
new-client-label-taken = ነቲ ምልክት { $label } ድሮ ትጥቀሙሉ ኣለኹም። በጃኹም ካልእ ምረጹ።
# REVIEW: "The label $label fits more than one person. Please reply to that person's forwarded message."
reply-ambiguous-label = እቲ ምልክት { $label } ንልዕሊ ሓደ ሰብ ይሰማማዕ። በጃኹም ነቲ ዝተሰደደ መልእኽቲ ናይቲ ሰብ መልሱ።
# REVIEW: "$manager is away until $until. You are the substitute: messages now come to you."
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-substitute = 👥 ናይ { $manager } ዘይምህላው: ክሳብ { $until } (ምስኡ)፣ ምምላስ ካብ { $back }። ንስኹም ተተካኢ ኢኹም: መልእኽትታት ናይቶም ዝስነዩ ሰባት ሕጂ ናባኹም ይመጹ።
# REVIEW: "active"
status-manager-active = ንጡፍ
# REVIEW: "deregistered"
status-manager-inactive = ተሰሪዙ

## Appointments and deadlines: topics and kinds

topic-jobcenter = Jobcenter
# REVIEW: "ቤት ጽሕፈት ጉዳይ ወጻእተኛታት" (office for foreigners' affairs) as the explanation of Ausländerbehörde.
topic-auslaenderbehoerde = Ausländerbehörde (ቤት ጽሕፈት ጉዳይ ወጻእተኛታት)
# REVIEW: "Doctor".
topic-arzt = ሓኪም
# REVIEW: "School / kindergarten".
topic-schule = ቤት ትምህርቲ / መዋእለ ህጻናት
# REVIEW: "Housing".
topic-wohnung = መንበሪ ገዛ
# REVIEW: "Language course".
topic-sprachkurs = ኮርስ ቋንቋ
# REVIEW: "Advice / counselling".
topic-beratung = ምኽሪ
# REVIEW: "Jobcenter: continuation of financial support" for Jobcenter-Weiterbewilligung; the German word is kept after the slash.
deadline-kind-jobcenter = Jobcenter: ምቕጻል ሓገዝ ገንዘብ / Weiterbewilligung
# REVIEW: "residence permit" for Aufenthaltstitel; the German word is kept after the slash.
deadline-kind-aufenthalt = ፍቓድ መንበሪ / Aufenthaltstitel
# REVIEW: "Registration for the integration course"; the German word is kept after the slash.
deadline-kind-integrationskurs = ምምዝጋብ ኮርስ ምውህሃድ / Integrationskurs
# REVIEW: "last date for an objection" for Widerspruchsfrist; the German word is kept after the slash.
deadline-kind-widerspruch = ናይ ተቓውሞ መወዳእታ ዕለት / Widerspruchsfrist
# REVIEW: "Deadline" (last date).
deadline-kind-other = ናይ መወዳእታ ዕለት

## Appointments and deadlines: typing dates

# REVIEW: whole message ("I did not understand this as a date and time. Examples: …"); the date reader only understands German words, so "morgen" and "Di" stay German with a gloss (tomorrow, Tuesday).
when-malformed = እዚ ከም ዕለትን ሰዓትን ኣይተረደኣንን። ኣብነታት: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (ጽባሕ) · Di 9:30 (ሰሉስ)
# REVIEW: "This date does not exist. Please check the day and month."
when-no-such-date = እዚ ዕለት እዚ የለን። በጃኹም መዓልትን ወርሕን ኣረጋግጹ።
# REVIEW: "This time does not exist on that day (change of clock time). Please choose another one."
when-no-such-time = እዚ ሰዓት እዚ ኣብታ መዓልቲ እቲኣ የለን (ምቕያር ሰዓት)። በጃኹም ካልእ ምረጹ።
# REVIEW: "This time has passed. Please enter a time in the future."
when-in-past = እዚ ግዜ እዚ ሓሊፉ እዩ። በጃኹም ኣብ መጻኢ ዘሎ ግዜ ኣእትዉ።
# REVIEW: draft by the developers
when-year-unclear = { $past } ሓሊፉ እዩ። { $next } እንተ ደሊኹም፣ በጃኹም ዓመት እውን ጸሓፉ፣ ንኣብነት { $example }።

## Integrationsmanager: appointments

# REVIEW: whole message; placeholders "ዕለት ሰዓት | ቦታ | ጉዳይ" (DATE TIME | PLACE | TOPIC); the example place "ምምሕዳር ከተማ፣ ክፍሊ 3" (town administration, room 3) is free text; "For other reminders than usual, add | 2d,3h at the end. Without details, /appointment guides you step by step."
appointment-usage = ቆጸራ ንምሕንጻጽ: /appointment ምልክት ዕለት ሰዓት | ቦታ | ጉዳይ፣ ንኣብነት /appointment AB-12 25.11. 14:30 | ምምሕዳር ከተማ፣ ክፍሊ 3 | Jobcenter። ካብቲ ልሙድ ዝተፈልየ መዘኻኸሪ እንተ ደሊኹም፣ ኣብ መወዳእታ | 2d,3h ወስኹ። ብዘይ ዝርዝር፣ /appointment ስጉምቲ ብስጉምቲ ይመርሓኩም።
# REVIEW: "Please write a place."
appointment-place-empty = በጃኹም ቦታ ጽሓፉ።
# REVIEW: draft by the developers
appointment-topic-empty = በጃኹም ኣርእስቲ ጥቐሱ፣ ንኣብነት Jobcenter ወይ ቆጸራ ሓኪም ንቖልዓ።
# REVIEW: "This is too long. Place at most 200, topic at most 80, title at most 120 characters."
appointment-too-long = እዚ ኣዝዩ ነዊሕ እዩ። ቦታ እንተበዝሐ 200፣ ጉዳይ እንተበዝሐ 80፣ ኣርእስቲ እንተበዝሐ 120 ፊደላት።
# REVIEW: "Please write reminders as a list like 1d,2h (d = days, 1–30; h = hours, 1–72; at most four)."
appointment-bad-leads = በጃኹም መዘኻኸሪታት ከም 1d,2h ዝኣመሰለ ዝርዝር ጽሓፉ (d = መዓልትታት፣ 1–30፤ h = ሰዓታት፣ 1–72፤ እንተበዝሐ ኣርባዕተ)።
# REVIEW: "… is not yet connected with Wegweiser (or the support has ended); appointments and deadlines only work after connecting."
appointment-client-not-linked = { $label } ገና ምስ Wegweiser ኣይተራኸበን (ወይ እቲ ሓገዝ ተወዲኡ)፤ ቆጸራታትን ናይ መወዳእታ ዕለታትን ድሕሪ ምትእስሳር ጥራይ ይሰርሑ።
# REVIEW: "Appointment for … recorded: … … now receives it in their own language."; masculine verb form.
appointment-saved = 📅 ቆጸራ ን<b>{ $label }</b> ተመዝጊቡ: { $topic }፣ { $when }። { $label } ሕጂ ብቋንቋኡ ይቕበሎ።
# REVIEW: "Reminders are planned."
appointment-saved-reminders = መዘኻኸሪታት ተሓንጺጾም ኣለዉ።
# REVIEW: "No reminders: … has not agreed to reminders."; masculine verb form.
appointment-saved-no-reminders = መዘኻኸሪ የለን: { $label } ንመዘኻኸሪ ኣይተሰማምዐን።
# REVIEW: "You do not have anyone connected to Wegweiser yet."
plan-no-clients = ገና ምስ Wegweiser ዝተራኸበ ሰብ የብልኩምን።
# REVIEW: "Who is this appointment for?"
plan-which-client = እዚ ቆጸራ ንመን እዩ?
# REVIEW: button "Stop / cancel" — must match plan-use-buttons.
plan-abort = ምቁራጽ
# REVIEW: "Stopped. Nothing was saved."
plan-aborted = ተቋሪጹ። ዋላ ሓንቲ ኣይተዓቀበን።
# REVIEW: draft by the developers
dismissed = ጽቡቕ፣ ኩሉ ከም ዝነበሮ ይጸንሕ።
# REVIEW: "Appointment for … When? For example: …"; "morgen" and "Di" stay German (the date reader only understands German words).
plan-when = ቆጸራ ን<b>{ $label }</b>። መዓስ? ንኣብነት: 25.11. 14:30 · morgen 10:00 (ጽባሕ) · Di 9:30 (ሰሉስ)
# REVIEW: "Where? (address or place, for example town administration, room 3)".
plan-where = ኣበይ? (ኣድራሻ ወይ ቦታ፣ ንኣብነት ምምሕዳር ከተማ፣ ክፍሊ 3)
# REVIEW: "What is it about? Choose a topic or write it."
plan-topic = ብዛዕባ እንታይ እዩ? ጉዳይ ምረጹ ወይ ጽሓፉ።
# REVIEW: "Please tap “Save” or “Stop”." — must match plan-save and plan-abort.
plan-use-buttons = በጃኹም «ምዕቃብ» ወይ «ምቁራጽ» ጠውቑ።
# REVIEW: field names ("Check the appointment", for whom, when, where, topic).
plan-confirm =
    <b>ቆጸራ ኣረጋግጹ</b>
    ንመን: { $label }
    መዓስ: { $when }
    ኣበይ: { $place }
    ጉዳይ: { $topic }
# REVIEW: button "Save".
plan-save = ✅ ምዕቃብ
# REVIEW: "This appointment has meanwhile been changed or cancelled. Please open /appointments again."
appointment-gone = እዚ ቆጸራ እዚ ኣብ ማእከል ተቐይሩ ወይ ተሰሪዙ እዩ። በጃኹም /appointments እንደገና ክፈቱ።
# REVIEW: "The appointment of … has been moved to … … will be told; the reminders are planned anew."
appointment-moved-manager = 📅 ቆጸራ ናይ <b>{ $label }</b> ናብ { $when } ተቐይሩ። { $label } ክሕበሮ እዩ፤ መዘኻኸሪታት ብሓድሽ ተሓንጺጾም።
# REVIEW: "No upcoming appointments."
appointments-none-manager = ዝመጽእ ቆጸራ የለን።
# REVIEW: "N upcoming appointment(s)".
appointments-title-manager =
    <b>{ $count ->
        [one] { $count } ዝመጽእ ቆጸራ
       *[other] { $count } ዝመጽኡ ቆጸራታት
    }</b>
appointment-line-manager = • { $when } – <b>{ $label }</b>፣ { $topic } ({ $answer })
# REVIEW: "… and N more."
list-more = … ከምኡ ውን ካልኦት { $count }።
# REVIEW: "will come"; masculine verb form.
answer-yes = ✅ ክመጽእ እዩ
# REVIEW: "cannot come"; masculine verb form.
answer-no = ❌ ክመጽእ ኣይክእልን
# REVIEW: "no answer yet".
answer-none = ገና መልሲ የለን
# REVIEW: field names ("Appointment of …", when, where, topic, answer).
appointment-page =
    <b>ቆጸራ ናይ { $label }</b>
    መዓስ: { $when }
    ኣበይ: { $place }
    ጉዳይ: { $topic }
    መልሲ: { $answer }
# REVIEW: button "Change the time".
appointment-move = 🕑 ግዜ ምቕያር
# REVIEW: button "Cancel".
appointment-cancel = ✖️ ምስራዝ
# REVIEW: "New time for the appointment of …? For example: 26.11. 9:00".
appointment-move-when = ሓድሽ ግዜ ንቆጸራ ናይ <b>{ $label }</b>? ንኣብነት: 26.11. 9:00
# REVIEW: "Really cancel the appointment? The person will be told."
appointment-cancel-confirm = ብሓቂ እቲ ቆጸራ ይሰረዝ ድዩ? እቲ ሰብ ክሕበሮ እዩ።
# REVIEW: button "Yes, cancel".
appointment-cancel-yes = እወ፣ ይሰረዝ
# REVIEW: draft by the developers
appointment-cancel-no = ኣይፋል፣ ቆጸራ ይጽናሕ
# REVIEW: "The appointment of … is cancelled. … will be told."
appointment-cancelled-manager = ቆጸራ ናይ <b>{ $label }</b> ተሰሪዙ። { $label } ክሕበሮ እዩ።
# REVIEW: button "Came"; masculine verb form.
followup-attended = ✅ መጺኡ
# REVIEW: button "Did not come"; masculine verb form.
followup-missed = ❌ ኣይመጸን
# REVIEW: "Recorded: … came to the appointment."; masculine verb form.
followup-noted-attended = ተመዝጊቡ: { $label } ናብ ቆጸራ መጺኡ።
# REVIEW: "Recorded: … did not come."; masculine verb form.
followup-noted-missed = ተመዝጊቡ: { $label } ኣይመጸን።

## Integrationsmanager: deadlines

# REVIEW: whole message; placeholders "ዕለት | ኣርእስቲ | ዓይነት" (DATE | TITLE | KIND); the example title "ሕቶ ምቕጻል ሓገዝ" (request for continued support) is free text.
deadline-usage = ናይ መወዳእታ ዕለት ንምምዝጋብ: /deadline ምልክት ዕለት | ኣርእስቲ | ዓይነት፣ ንኣብነት /deadline AB-12 15.12. | ሕቶ ምቕጻል ሓገዝ | jobcenter። ዓይነታት: jobcenter, aufenthalt, integrationskurs, widerspruch, other።
# REVIEW: "I do not know this kind. Kinds: jobcenter (continued support), aufenthalt (residence permit), integrationskurs (registration), widerspruch (objection deadline), other."
deadline-unknown-kind = ነዚ ዓይነት እዚ ኣይፈልጦን። ዓይነታት: jobcenter (ምቕጻል ሓገዝ)፣ aufenthalt (ፍቓድ መንበሪ)፣ integrationskurs (ምምዝጋብ)፣ widerspruch (ናይ ተቓውሞ መወዳእታ ዕለት)፣ other።
# REVIEW: "Deadline for … recorded: … … now receives it in their own language."; masculine verb form.
deadline-saved = ⏳ ናይ መወዳእታ ዕለት ን<b>{ $label }</b> ተመዝጊቡ: { $due }። { $label } ሕጂ ብቋንቋኡ ይቕበሎ።
# REVIEW: "No open (not yet done) deadlines."
deadlines-none-manager = ዘይተፈጸመ ናይ መወዳእታ ዕለት የለን።
# REVIEW: "N open deadline(s)".
deadlines-title-manager =
    <b>{ $count ->
        [one] { $count } ዘይተፈጸመ ናይ መወዳእታ ዕለት
       *[other] { $count } ዘይተፈጸሙ ናይ መወዳእታ ዕለታት
    }</b>
deadline-line-manager = • { $due } – <b>{ $label }</b>: { $title }
# REVIEW: button "Cancel … …".
deadline-cancel-button = ✖️ { $label } { $date } ምስራዝ
# REVIEW: "The deadline of … is cancelled. … will be told."
deadline-cancelled-manager = ናይ መወዳእታ ዕለት ናይ <b>{ $label }</b> ተሰሪዙ። { $label } ክሕበሮ እዩ።
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-button = 📅 { $label } { $date } ኣሰጋግር
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-move-ask = ናይ መወዳእታ ዕለት ናይ <b>{ $label }</b> («{ $title }»፣ ክሳብ ሕጂ { $due }) ናብ ኣየናይ መዓልቲ ይሰጋገር? ንኣብነት: 15.12.
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved-manager = 📅 ናይ መወዳእታ ዕለት ናይ <b>{ $label }</b> ናብ { $due } ተሰጋጊሩ። { $label } ክሕበሮ እዩ፤ መዘኻኸሪታት ብሓድሽ ተወጢኖም።
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-gone-manager = እዚ ናይ መወዳእታ ዕለት ድሮ ተፈጺሙ ወይ ተሰሪዙ እዩ፤ ዝተቐየረ የለን።

## Clients: appointments and deadlines

# REVIEW: whole message ("New appointment from …", topic, time, place, "Will you come?").
appointment-new =
    📅 <b>ሓድሽ ቆጸራ</b> ካብ { $manager }
    { $topic }
    🕑 { $when }
    📍 { $place }
    ክትመጹ ዶ ኢኹም?
# REVIEW: whole message ("Your appointment has been moved (…)", topic, "New: …", place, "Will you come?").
appointment-moved =
    📅 <b>ቆጸራኹም ተቐይሩ</b> ({ $manager })
    { $topic }
    🕑 ሓድሽ: { $when }
    📍 { $place }
    ክትመጹ ዶ ኢኹም?
# REVIEW: "Reminder of your appointment".
appointment-reminder =
    🔔 <b>መዘኻኸሪ ቆጸራኹም</b>
    { $topic }
    🕑 { $when }
    📍 { $place }
# REVIEW: whole message ("Appointment cancelled", topic and time, "You do not need to come.").
appointment-cancelled =
    ✖️ <b>ቆጸራ ተሰሪዙ</b>
    { $topic }፣ { $when }
    ክትመጹ ኣየድልየኩምን።
# REVIEW: button "I will come".
appointment-yes = ✅ ክመጽእ እየ
# REVIEW: button "I cannot come".
appointment-no = ❌ ክመጽእ ኣይክእልን እየ
# REVIEW: button "Add to the calendar".
appointment-calendar = 📅 ናብ ካላንደር ምውሳኽ
# REVIEW: "Thank you! Your answer has been passed on."
appointment-thanks-yes = የቐንየልና! መልስኹም ተመሓላሊፉ ኣሎ።
# REVIEW: "Thank you for telling us. For a new appointment you will be contacted by your integration manager."; passive, so no verb has the manager's gender.
appointment-thanks-no = ስለ ዝሓበርኩምና የቐንየልና። ንሓድሽ ቆጸራ ብኣመሓዳሪ ምውህሃድኩም ርክብ ክግበረልኩም እዩ።
# REVIEW: "Open the file to add the appointment to your calendar."
appointment-calendar-caption = እቲ ቆጸራ ናብ ካላንደርኩም ንምውሳኽ ነዚ ፋይል ክፈትዎ።
# REVIEW: "This appointment has been cancelled."
appointment-button-cancelled = እዚ ቆጸራ እዚ ተሰሪዙ እዩ።
# REVIEW: "This appointment has been moved. Please answer the newer message."
appointment-button-moved = እዚ ቆጸራ እዚ ተቐይሩ እዩ። በጃኹም ነቲ ሓድሽ መልእኽቲ መልሱ።
# REVIEW: "This appointment has already started."
appointment-button-past = እዚ ቆጸራ እዚ ድሮ ጀሚሩ እዩ።
# REVIEW: "You have no upcoming appointments."
appointments-none-client = ዝመጽእ ቆጸራ የብልኩምን።
# REVIEW: "Your appointments".
appointments-title-client = <b>ቆጸራታትኩም</b>
appointment-line-client = • { $when } – { $topic }፣ { $place }
# REVIEW: whole message ("Deadline: … (…)", "Until: …", "Tap “Done” when you have done it."); "ናይ መወዳእታ ዕለት" for Frist.
deadline-new =
    ⏳ <b>ናይ መወዳእታ ዕለት</b>: { $title } ({ $kind })
    ክሳብ: { $due }
    ምስ ፈጸምኩምዎ «ተፈጺሙ» ጠውቑ።
# REVIEW: "Reminder of a deadline: … (…)", "Until: …".
deadline-reminder =
    🔔 <b>መዘኻኸሪ ናይ መወዳእታ ዕለት</b>: { $title } ({ $kind })
    ክሳብ: { $due }
# REVIEW: button "Done" — must match deadline-new.
deadline-done = ✅ ተፈጺሙ
# REVIEW: button "Done: …".
deadline-done-named = ✅ ተፈጺሙ: { $title }
# REVIEW: "Thank you! It has been passed on to your integration manager." (impersonal passive).
deadline-thanks = የቐንየልና! ናብ ኣመሓዳሪ ምውህሃድኩም ተሓቢሩ ኣሎ።
# REVIEW: "This deadline is already done or cancelled."
deadline-button-closed = እዚ ናይ መወዳእታ ዕለት እዚ ድሮ ተፈጺሙ ወይ ተሰሪዙ እዩ።
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
deadline-cancelled = ✖️ ናይ መወዳእታ ዕለት «{ $title }» ({ $due }) ካብ ዝርዝርኩም ተሰሪዙ። ብዛዕባኡ ደጊም መዘኻኸሪ ኣይመጸኩምን እዩ። ገና ገለ ክትገብሩ ከም ዘድልየኩም ርግጸኛታት እንተዘይኮንኩም፣ ኣብዚ ጽሓፉ።
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
deadline-moved =
    📅 <b>ናይ መወዳእታ ዕለት ተቐይሩ</b>: { $title } ({ $kind })
    ሓድሽ ዕለት: ክሳብ { $due }
    ምስ ፈጸምኩምዎ «ተፈጺሙ» ጠውቑ።
# REVIEW: "You have no open deadlines."
deadlines-none-client = ዘይተፈጸመ ናይ መወዳእታ ዕለት የብልኩምን።
# REVIEW: "Your deadlines".
deadlines-title-client = <b>ናይ መወዳእታ ዕለታትኩም</b>
deadline-line-client = • { $due } – { $title }

## Integrationsmanager: notices about appointments and deadlines

# REVIEW: "… will come to the appointment: …"; masculine verb form.
notify-appointment-yes = ✅ <b>{ $label }</b> ናብ ቆጸራ ክመጽእ እዩ: { $topic }፣ { $when }።
# REVIEW: "… cannot come to the appointment: … Please make a new appointment (/appointments)."; masculine verb form.
notify-appointment-no = ❌ <b>{ $label }</b> ናብ ቆጸራ ክመጽእ ኣይክእልን: { $topic }፣ { $when }። በጃኹም ሓድሽ ቆጸራ ግበሩ (/appointments)።
# REVIEW: "… has not yet answered about the appointment: …"; masculine verb form.
notify-appointment-unanswered = ❔ <b>{ $label }</b> ገና ንቆጸራ መልሲ ኣይሃበን: { $topic }፣ { $when }።
# REVIEW: "Did … come to the appointment? …"; masculine verb form.
appointment-followup = <b>{ $label }</b> ናብ ቆጸራ መጺኡ ድዩ? { $topic }፣ { $when }
# REVIEW: "… has done: … (until …)."; masculine verb form.
notify-deadline-done = ✅ <b>{ $label }</b> ፈጺሙ: { $title } (ክሳብ { $due })።
# REVIEW: "Deadline passed, not reported as done: …, … (…, until …)."
notify-deadline-overdue = ⚠️ ናይ መወዳእታ ዕለት ሓሊፉ፣ ከም ዝተፈጸመ ኣይተሓበረን: <b>{ $label }</b>፣ { $title } ({ $kind }፣ ክሳብ { $due })።

## Integrationsmanager: the digest

# REVIEW: "Your overview for …".
digest = <b>ሓፈሻዊ ትሕዝቶኹም ን{ $date }</b>
# REVIEW: "Today".
digest-today = <b>ሎሚ</b>
# REVIEW: "Still without an answer".
digest-unanswered = <b>ገና መልሲ ዘይሃቡ</b>
# REVIEW: "Deadlines that have passed".
digest-overdue = <b>ዝሓለፉ ናይ መወዳእታ ዕለታት</b>
# REVIEW: "Not reachable".
digest-unreachable = <b>ዘይርከቡ</b>
digest-appointment = • { $when } – { $label }፣ { $topic }
# REVIEW: "until".
digest-deadline = • { $label }: { $title } (ክሳብ { $due })
digest-client = • { $label }
# REVIEW: "… and N more".
digest-more = … ከምኡ ውን ካልኦት { $count }

## Local offers: browsing (clients, Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check. "ኣገልግሎት" (service, plural "ኣገልግሎታት") for Angebot, "ከባቢ" for Gemeinde, "ጉዳይ" (plural "ጉዳያት") for Thema (the categories).

# REVIEW: button "Services in my area".
menu-offers = 📍 ኣብ ከባቢይ ዘለዉ ኣገልግሎታት
# REVIEW: "Local services".
command-offers = ናይ ከባቢ ኣገልግሎታት
# REVIEW: "Language".
offer-category-sprache = ቋንቋ
# REVIEW: "Work and vocational training".
offer-category-arbeit = ስራሕን ሞያዊ ስልጠናን
# REVIEW: "Advice", as in topic-beratung.
offer-category-beratung = ምኽሪ
# REVIEW: "Children and family".
offer-category-familie = ቆልዑን ስድራን
# REVIEW: "Health".
offer-category-gesundheit = ጥዕና
# REVIEW: "Free time and meeting people".
offer-category-freizeit = ናጻ ግዜን ምርኽኻብን
# REVIEW: "Housing", as in topic-wohnung.
offer-category-wohnen = መንበሪ ገዛ
# REVIEW: "No area is recorded for you yet, so I cannot show you services."
offers-no-gemeinde = ገና ንዓኹም ዝተመዝገበ ከባቢ የለን፣ ስለዚ ኣገልግሎታት ከርእየኩም ኣይክእልን እየ።
# REVIEW: "The services of which area do you want to see?"
offers-choose-gemeinde = ናይ ኣየናይ ከባቢ ኣገልግሎታት ክትርእዩ ትደልዩ?
# REVIEW: "Services in … / What are you looking for?"
offers-categories = <b>ኣገልግሎታት ኣብ { $gemeinde }</b>
    እንታይ ትደልዩ ኣለኹም?
# REVIEW: "In … no services are recorded yet."
offers-none = ኣብ { $gemeinde } ገና ዝተመዝገበ ኣገልግሎት የለን።
offer-category-button = { $category } ({ $count })
# REVIEW: "Page … of …", as in clients-header.
offers-list-header = <b>{ $category }</b> · { $gemeinde }
    ገጽ { $page } ካብ { $pages }
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german-mark = (ጽሑፍ ብጀርመንኛ ጥራይ)
# REVIEW: button "Topics".
offers-back-categories = ◀ ጉዳያት
# REVIEW: button "To the list".
offers-back-list = ◀ ናብ ዝርዝር
# REVIEW: button "To the service".
offers-back-offer = ◀ ናብ ኣገልግሎት
# REVIEW: issue 12 (review 2026-12), awaiting a native speaker.
offer-only-german = መግለጺ ናይዚ ኣገልግሎት እዚ ብጀርመንኛ ጥራይ እዩ ዘሎ።
# REVIEW: "Not active: clients do not see this service."
offer-detail-inactive = ⏸ ንጡፍ ኣይኮነን: ተገልገልቲ ነዚ ኣገልግሎት ኣይርእይዎን።
offer-detail-times = 🕒 { $times }
# REVIEW: "Next time:" for "Nächster Termin".
offer-detail-next = 📅 ዝቕጽል ግዜ: { $when }
# REVIEW: "This service continues until …".
offer-detail-until = እዚ ኣገልግሎት ክሳብ { $date } ይቕጽል
offer-detail-address = 📍 { $address }
offer-detail-phone = ☎️ { $phone }
offer-detail-email = ✉️ { $email }
offer-detail-web = 🌐 { $web }
# REVIEW: "Languages spoken there:".
offer-detail-languages = 🗣 ኣብኡ ዝዝረቡ ቋንቋታት: { $languages }
# REVIEW: "Show on the map".
offer-detail-map = 🗺 <a href="{ $url }">ኣብ ካርታ ምርኣይ</a>
# REVIEW: "This service no longer exists."
offer-gone = እዚ ኣገልግሎት እዚ ድሕሪ ሕጂ የለን።
# REVIEW: button "I am interested" (literally "I have the wish").
offer-button-interested = 🙋 ድሌት ኣለኒ
# REVIEW: button "See the service".
offer-button-show = ኣገልግሎት ምርኣይ

## Local offers: interest and recommendations

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check.

# REVIEW: "Thank you! Your interest has been passed on to …; you will be contacted."; passive for the manager.
offer-interest-sent = የቐንየልና! ድሌትኩም ናብ { $manager } ተሓቢሩ ኣሎ፤ ርክብ ክግበረልኩም እዩ።
# REVIEW: "Your interest has already been passed on to …; you will be contacted."; passive for the manager.
offer-interest-again = ድሌትኩም ድሮ ናብ { $manager } ተሓቢሩ እዩ፤ ርክብ ክግበረልኩም እዩ።
# REVIEW: "… is interested in the service “…”. Please get in touch."; masculine verb form.
notify-offer-interest = 🙋 { $label } ኣብቲ ኣገልግሎት «{ $offer }» ድሌት ኣለዎ። በጃኹም ርክብ ግበሩ።
# REVIEW: button "Send to a client".
offer-button-send = 📨 ናብ ተገልጋሊ ምስዳድ
# REVIEW: "To whom should “…” be sent?"
offer-send-pick = «{ $offer }» ናብ መን ይሰደድ?
# REVIEW: "None of your clients lives in an area that “…” is for, or none of them can be reached now."
offer-send-nobody = ካብ ተገልገልትኹም ሓደ እኳ ኣብቲ «{ $offer }» ዝምልከቶ ከባቢ ኣይነብርን፣ ወይ ኩሎም ሕጂ ኣይርከቡን።
# REVIEW: "This person cannot be reached through Wegweiser right now."
offer-send-unreachable = እዚ ሰብ እዚ ሕጂ ብWegweiser ኣይርከብን እዩ።
# REVIEW: "“…” is being sent to … The message arrives in the person's language."
offer-sent = «{ $offer }» ናብ { $label } ይስደድ ኣሎ። እቲ መልእኽቲ ብቋንቋ ናይቲ ሰብ ይበጽሕ።
# REVIEW: "A service recommended to you by …: …"; relative passive for the manager.
offer-recommended = ካብ { $manager } ዝተመኽረልኩም ኣገልግሎት: <b>{ $offer }</b>

## Local offers: administrators

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check.

# REVIEW: button "New service".
offer-button-new = ➕ ሓድሽ ኣገልግሎት
offer-button-edit = ✏️ { $field }
# REVIEW: button "Stop" for Deaktivieren.
offer-button-deactivate = ⏸ ደው ምባል
# REVIEW: button "Make active" for Aktivieren.
offer-button-activate = ▶ ንጡፍ ምግባር
# REVIEW: "Title", as in manager-menu.
offer-field-title = ኣርእስቲ
# REVIEW: "Description".
offer-field-description = መግለጺ
# REVIEW: "Times (hours)".
offer-field-times = ሰዓታት
# REVIEW: "Address".
offer-field-address = ኣድራሻ
# REVIEW: "Phone".
offer-field-phone = ተሌፎን
# REVIEW: "E-mail".
offer-field-email = ኢመይል
# REVIEW: "Website".
offer-field-web = ወብሳይት
# REVIEW: "Schedule (cron)".
offer-field-schedule = መደብ ግዜ (cron)
# REVIEW: "This service does not belong to your areas; you cannot change it."
offer-not-yours = እዚ ኣገልግሎት እዚ ናይ ከባብታትኩም ኣይኮነን፤ ክትቕይርዎ ኣይትኽእሉን ኢኹም።
# REVIEW: "Please send the new value for … (in German; translations come with the import file). / Until now: … / To empty the field, send …".
offer-edit-prompt = በጃኹም ሓድሽ ትሕዝቶ ን<b>{ $field }</b> ስደዱ (ብጀርመንኛ፤ ትርጉማት ምስ ፋይል import ይመጹ)።
    ክሳብ ሕጂ: { $current }
    ነቲ ቦታ ንምጽራይ { $clear } ስደዱ።
# REVIEW: "The service can be seen again."
offer-activated = እቲ ኣገልግሎት እንደገና ይርአ ኣሎ።
# REVIEW: "The service is stopped; clients no longer see it."
offer-deactivated = እቲ ኣገልግሎት ደው ኢሉ ኣሎ፣ ተገልገልቲ ድሕሪ ሕጂ ኣይርእይዎን።
# REVIEW: "New service in …: which topic does it belong to?"
offer-new-category = ሓድሽ ኣገልግሎት ኣብ { $gemeinde }: ናይ ኣየናይ ጉዳይ እዩ?
# REVIEW: "Topic: … What is the service called? Please send the title in German."
offer-new-title = ጉዳይ: { $category }። ስም እቲ ኣገልግሎት እንታይ እዩ? በጃኹም ነቲ ኣርእስቲ ብጀርመንኛ ስደዱ።
# REVIEW: "Please send it as text."
offer-text-only = በጃኹም ብጽሑፍ ስደዱ።
# REVIEW: "Saved."
offer-saved = ተዓቂቡ።
# REVIEW: "The ID may only contain small Latin letters, digits, “-”, “_” and “.”."; "መፍለዪ" for Kennung.
offer-problem-id = እቲ መፍለዪ (ID) ንኣሽቱ ፊደላት ላቲን፣ ቁጽርታት፣ «-»፣ «_»ን «.»ን ጥራይ ክሕዝ ይኽእል።
# REVIEW: "This topic does not exist."
offer-problem-category = እዚ ጉዳይ እዚ የለን።
# REVIEW: "This field must not be empty."
offer-problem-missing = እዚ ቦታ እዚ ባዶ ክኸውን የብሉን።
# REVIEW: "This is too long: at most … characters."
offer-problem-too-long = እዚ ኣዝዩ ነዊሕ እዩ: እንተበዝሐ { $max } ፊደላት።
# REVIEW: "This is not a valid schedule. Example: “0 18 * * 2” means every Tuesday at 18:00 (minute, hour, day, month, weekday). To remove the schedule, send …".
offer-problem-schedule = እዚ ቅኑዕ መደብ ግዜ ኣይኮነን። ኣብነት: «0 18 * * 2» ማለት ኩሉ ሰሉስ ሰዓት 18:00 እዩ (ደቒቕ፣ ሰዓት፣ መዓልቲ፣ ወርሒ፣ መዓልቲ ሰሙን)። መደብ ግዜ ንምእላይ { $clear } ስደዱ።
# REVIEW: draft by the developers
schedule-problem-parts = መደብ ግዜ ሓሙሽተ ክፋላት ኣለዎ፣ ብባዶ ቦታ ዝተፈላለዩ (ደቒቕ ሰዓት መዓልቲ ወርሒ መዓልቲ ሰሙን)፤ ኣብዚ { $count } ኣለዉ።
schedule-problem-range = { $part } { $value } የለን፤ ዝፍቀድ ካብ { $min } ክሳብ { $max } እዩ።
schedule-problem-part = „{ $text }“ ከም { $part } ኣይተረደኣንን። ዝፍቀድ፦ ቁጽሪ፣ ከም 1-5 ዝኣመሰለ ደረት፣ ከም 1,3 ዝኣመሰለ ዝርዝር፣ ከም */15 ዝኣመሰለ ስጉምቲ ወይ *።
schedule-problem-other = እቶም ሓሙሽተ ክፋላት ከምዚ ኣይሰማምዑን።
schedule-part-minute = ደቒቕ
schedule-part-hour = ሰዓት
schedule-part-day = መዓልቲ
schedule-part-month = ወርሒ
schedule-part-weekday = መዓልቲ ሰሙን
# REVIEW: "Please name an area (Gemeinde) or a district (Landkreis)."; "ዞባ" as in admin-help.
offer-problem-place = በጃኹም ከባቢ ወይ ዞባ ጥቐሱ።
# REVIEW: "This ID already exists."
offer-problem-duplicate = እዚ መፍለዪ እዚ ድሮ ኣሎ።
# REVIEW: "This is not a web address. Example: …"
offer-problem-url = እዚ ኣድራሻ ወብ ኣይኮነን። ኣብነት: https://www.example.com
# REVIEW: "This is not an e-mail address. Example: …"
offer-problem-email = እዚ ኣድራሻ ኢመይል ኣይኮነን። ኣብነት: info@example.com
# REVIEW: "This is not a phone number. Only digits, spaces and + / - ( ) are allowed."
offer-problem-phone = እዚ ቁጽሪ ተሌፎን ኣይኮነን። ቁጽርታት፣ ባዶ ቦታታትን + / - ( ) ጥራይ ይፍቀዱ።
# REVIEW: "This is not a valid date."
offer-problem-date = እዚ ቅኑዕ ዕለት ኣይኮነን።
# REVIEW: "This is not a language code (for example de, ar, ti)."
offer-problem-language = እዚ ኮድ ቋንቋ ኣይኮነን (ንኣብነት de, ar, ti)።
# REVIEW: draft by the developers (issue 14)
offer-problem-scope = እዚ ኣይፍቀደልኩምን፦ እቶም እተመሓድርዎም ከባቢታት ጥራይ (ብምሉኡ ዞባ ንሓፈሻዊ ኣመሓደርቲ ጥራይ)።

## Announcements: what clients receive

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check. "ምልክታ" (plural "ምልክታታት") for Mitteilung, as in consent-announcements — close to "ምልክት" (the label, Kürzel): is that confusing?

broadcast-message = 📣 { $text }
# REVIEW: "This announcement is only available in German."
broadcast-only-german = እዚ ምልክታ እዚ ብጀርመንኛ ጥራይ እዩ ዘሎ።
# REVIEW: button "Stop announcements".
broadcast-stop = 🔕 ምልክታታት ምቁራጽ
# REVIEW: whole message ("From now on you will not receive announcements. You will still receive messages from your integration manager and reminders. In /privacy you can choose announcements again.").
broadcast-stopped = ድሕሪ ሕጂ ምልክታታት ኣይክትቕበሉን ኢኹም። መልእኽትታት ካብ ኣመሓዳሪ ምውህሃድኩምን መዘኻኸሪታትን ግን ምቕባል ትቕጽሉ ኢኹም። ኣብ /privacy ምልክታታት እንደገና ክትመርጹ ትኽእሉ ኢኹም።
# REVIEW: "Today:".
offer-today = 📅 ሎሚ: <b>{ $offer }</b> – { $when }
# REVIEW: button "Stop information about this service"; "ሓበሬታ" (information) for Hinweise.
offer-mute = 🔕 ብዛዕባ እዚ ኣገልግሎት ሓበሬታ ምቁራጽ
# REVIEW: "From now on you will not receive information about this service."
offer-muted = ድሕሪ ሕጂ ብዛዕባ እዚ ኣገልግሎት እዚ ሓበሬታ ኣይክትቕበሉን ኢኹም።

## Announcements: progress and report (Integrationsmanager, administrators)

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check. The counts follow a colon.

# REVIEW: "Your announcement is being prepared …"
broadcast-starting = 📣 ምልክታኹም ይዳሎ ኣሎ …
# REVIEW: "Your announcement is being sent. Reached: … of …, waiting: …, not reachable: …"
broadcast-progress = 📣 ምልክታኹም ይስደድ ኣሎ። ዝበጽሖም: { $sent } ካብ { $total }፣ ዝጽበዩ: { $pending }፣ ዘይተረኽቡ: { $failed }።
# REVIEW: "Your announcement has been sent. Reached: … of …, not reachable: …"
broadcast-progress-done = 📣 ምልክታኹም ተሰዲዱ። ዝበጽሖም: { $sent } ካብ { $total }፣ ዘይተረኽቡ: { $failed }።
# REVIEW: whole message ("Report on your announcement", recipients, reached, not reachable (Wegweiser blocked or account deleted), unclear (time ran out, not sent again), not sent (consent withdrawn in the meantime)).
broadcast-report =
    <b>ጸብጻብ ብዛዕባ ምልክታኹም</b>
    ተቐበልቲ: { $total }
    ዝበጽሖም: { $sent }
    ዘይተረኽቡ (Wegweiser ተዓጽዩ ወይ ኣካውንት ተደምሲሱ): { $failed }
    ዘይንጹር (ግዜ ሓሊፉ፣ እንደገና ኣይተሰደደን): { $unknown }
    ዘይተሰደደ (ስምምዕ ኣብ ማእከል ተሰሒቡ): { $dropped }
# REVIEW: "Please contact these people another way:"
broadcast-report-unreached = በጃኹም ነዞም ሰባት ብኻልእ መንገዲ ርኸብዎም:
broadcast-report-client = • { $label }
# REVIEW: "… and N more", as in digest-more.
broadcast-report-more = … ከምኡ ውን ካልኦት { $count }

## Announcements: composing

# REVIEW: new section — a draft by the developers (not fluent in Tigrinya), awaiting review by a native speaker; every message needs a check. "ተገልገልቲ" for Klientinnen und Klienten, "ከባቢ" for Gemeinde, as elsewhere in this file.

# REVIEW: whole message ("New announcement / Who should it go to? The number in brackets shows how many people will get it: only those who agreed to receive announcements.").
broadcast-audience-ask = <b>📣 ሓድሽ ምልክታ</b>
    ናብ መን ይኺድ? ኣብ ውሽጢ ቅንፍ ዘሎ ቁጽሪ ክንደይ ሰባት ከም ዝቕበልዎ የርኢ: ምልክታታት ንምቕባል ዝተሰማምዑ ጥራይ።
# REVIEW: "Announcement about the service …".
broadcast-offer-attached = ምልክታ ብዛዕባ ኣገልግሎት <b>{ $offer }</b>
# REVIEW: button "All my clients".
broadcast-audience-mine = ኩሎም ተገልገልተይ
# REVIEW: button "My clients in …".
broadcast-audience-mine-in = ተገልገልተይ ኣብ { $gemeinde }
# REVIEW: button "All clients in …".
broadcast-audience-gemeinde = ኩሎም ተገልገልቲ ኣብ { $gemeinde }
broadcast-audience-button = { $audience } ({ $count })
# REVIEW: "Cannot be chosen, because nobody there has agreed yet to receive announcements: …".
broadcast-audience-zero = ክምረጹ ኣይክእሉን፣ ምኽንያቱ ኣብኡ ገና ሓደ እኳ ምልክታታት ንምቕባል ኣይተሰማምዐን: { $audiences }
# REVIEW: whole message ("Your announcement would reach nobody: nobody has agreed yet to receive announcements. Clients can choose this at any time in /privacy. Nothing was saved.").
broadcast-audience-none = ምልክታኹም ንማንም ኣይምበጽሐን: ገና ሓደ እኳ ምልክታታት ንምቕባል ኣይተሰማምዐን። ተገልገልቲ ኣብ ዝኾነ ግዜ ኣብ /privacy ክመርጽዎ ይኽእሉ። ዋላ ሓንቲ ኣይተዓቀበን።
# REVIEW: "Nobody here has agreed yet to receive announcements. Please choose something else."
broadcast-audience-empty = ኣብዚ ገና ሓደ እኳ ምልክታታት ንምቕባል ኣይተሰማምዐን። በጃኹም ካልእ ምረጹ።
# REVIEW: "To: … (N person/people)".
broadcast-audience-chosen = ናብ: { $audience } ({ $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    })
# REVIEW: whole message ("You can send the announcement only to people who read certain languages. Tap the languages, or “All languages”. / Selected: …").
broadcast-languages =
    ነዚ ምልክታ ፍሉያት ቋንቋታት ንዘንብቡ ሰባት ጥራይ ክትሰድዎ ትኽእሉ ኢኹም። ነቶም ቋንቋታት ጠውቑ፣ ወይ «ኩሎም ቋንቋታት»።
    ዝተመረጹ: { $languages }
# REVIEW: "all languages".
broadcast-languages-all = ኩሎም ቋንቋታት
# REVIEW: button "All languages".
broadcast-all-languages = ኩሎም ቋንቋታት
# REVIEW: button "Continue", as in join-continue.
broadcast-continue = ምቕጻል ▶
# REVIEW: "Languages: …".
broadcast-languages-chosen = ቋንቋታት: { $languages }
# REVIEW: "(only …)".
broadcast-audience-only = ({ $languages } ጥራይ)
# REVIEW: button "Delete" for Verwerfen (throw the draft away).
broadcast-abort = ✖ ምድምሳስ
# REVIEW: "The announcement is deleted. Nothing was sent."
broadcast-discarded = እቲ ምልክታ ተደምሲሱ። ዋላ ሓንቲ ኣይተሰደደን።
# REVIEW: whole message ("Please now write the text of the announcement in German (at most … characters). Those who read another language get the German text with a note, as long as there is no translation.").
broadcast-ask-german = በጃኹም ሕጂ ጽሑፍ ናይቲ ምልክታ ብጀርመንኛ ጽሓፉ (እንተበዝሐ { $max } ፊደላት)። ካልእ ቋንቋ ዘንብቡ፣ ትርጉም ክሳብ ዘየለ፣ ነቲ ጀርመንኛ ጽሑፍ ምስ መግለጺ ይቕበሉ።
# REVIEW: "Please now write the text in the language … (at most … characters)."
broadcast-ask-translation = በጃኹም ሕጂ ነቲ ጽሑፍ ብቋንቋ { $language } ጽሓፉ (እንተበዝሐ { $max } ፊደላት)።
# REVIEW: "Please send the text as a simple message, without a picture or file. Nothing was saved; I am waiting for the text."
broadcast-text-not-text = በጃኹም ነቲ ጽሑፍ ከም ቀሊል መልእኽቲ፣ ብዘይ ስእሊ ወይ ፋይል ስደዱ። ዋላ ሓንቲ ኣይተዓቀበን፤ ነቲ ጽሑፍ እጽበ ኣለኹ።
# REVIEW: "The text is empty. Nothing was saved; please send the text of the announcement."
broadcast-text-empty = እቲ ጽሑፍ ባዶ እዩ። ዋላ ሓንቲ ኣይተዓቀበን፤ በጃኹም ጽሑፍ ናይቲ ምልክታ ስደዱ።
# REVIEW: "The text is too long: … characters, at most … are allowed. Nothing was saved; please shorten it and send it again."
broadcast-text-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ: { $length } ፊደላት፣ እንተበዝሐ { $max } ይፍቀድ። ዋላ ሓንቲ ኣይተዓቀበን፤ በጃኹም ኣሕጽርዎ እሞ እንደገና ስደድዎ።
# REVIEW: whole message ("Texts available: … / Still without their own text: … Those who read these languages get the German text with a note. Would you like to add a text?").
broadcast-translations =
    ዘለዉ ጽሑፋት: { $done }።
    ገና ናይ ገዛእ ርእሶም ጽሑፍ ዘይብሎም: { $missing }። እዞም ቋንቋታት ዘንብቡ ነቲ ጀርመንኛ ጽሑፍ ምስ መግለጺ ይቕበሉ። ጽሑፍ ክትውስኹ ትደልዩ ዶ?
# REVIEW: button "Text in the language …".
broadcast-add-translation = ➕ ጽሑፍ ብቋንቋ { $language }
# REVIEW: button "Preview".
broadcast-show-preview = 👁 ቅድመ-ምርኢት
# REVIEW: "Preview · … · N person/people".
broadcast-preview-heading = <b>ቅድመ-ምርኢት · { $language } · { $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    }</b>
# REVIEW: "Your announcement reaches N people like this. Send now or later?"
broadcast-preview-ready = ምልክታኹም ከምዚ ኢሉ ናብ { $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    } ይበጽሕ። ሕጂ ይሰደድ ወይስ ደሒሩ?
# REVIEW: button "Send now".
broadcast-send-now = 📣 ሕጂ ምስዳድ
# REVIEW: button "Send later".
broadcast-schedule = 🕒 ደሒሩ ምስዳድ
# REVIEW: "Your announcement is now going to N people. You can see here how far it has got; at the end you will receive a report."
broadcast-sent-now = ምልክታኹም ሕጂ ናብ { $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    } ይኸይድ ኣሎ። ክሳብ ክንደይ ከም ዝበጽሐ ኣብዚ ክትርእዩ ኢኹም፤ ኣብ መወዳእታ ጸብጻብ ክትቕበሉ ኢኹም።
# REVIEW: "When should the announcement be sent? Examples: …"; "morgen" and "Di" stay German with a gloss (tomorrow, Tuesday), as in when-malformed.
broadcast-ask-when = እቲ ምልክታ መዓስ ይሰደድ? ኣብነታት: 25.11.2026 14:30 · 25.11. 14:30 · morgen 10:00 (ጽባሕ) · Di 9:30 (ሰሉስ)
# REVIEW: "Your announcement is planned for … In /broadcasts you can see your planned announcements and cancel them."
broadcast-scheduled = 🕒 ምልክታኹም ን{ $when } ተመዲቡ ኣሎ። ኣብ /broadcasts ዝተመደቡ ምልክታታትኩም ክትርእዩን ክትሰርዝዎምን ትኽእሉ ኢኹም።
# REVIEW: "You have no planned announcements. To write a new one, use /broadcast."
broadcast-list-none = ዝተመደበ ምልክታ የብልኩምን። ሓድሽ ንምጽሓፍ /broadcast ተጠቐሙ።
# REVIEW: "Your planned announcements (N)".
broadcast-list-title = <b>ዝተመደቡ ምልክታታትኩም ({ $count })</b>
# REVIEW: "To: … · now N person/people".
broadcast-list-line =
    🕒 { $when }
    ናብ: { $audience } · ሕጂ { $count ->
        [one] { $count } ሰብ
       *[other] { $count } ሰባት
    }
    «{ $text }»
# REVIEW: button "Cancel: …"; "ምስራዝ" as in appointment-cancel.
broadcast-cancel-button = ✖ ምስራዝ: { $when }
# REVIEW: "The announcement planned for … is cancelled. Nothing will be sent."
broadcast-cancelled = እቲ ን{ $when } ዝተመደበ ምልክታ ተሰሪዙ። ዋላ ሓንቲ ኣይክስደድን እዩ።
# REVIEW: "This announcement is already being sent or has been sent; it can no longer be cancelled."
broadcast-already-started = እዚ ምልክታ እዚ ድሮ ይስደድ ኣሎ ወይ ተሰዲዱ እዩ፤ ድሕሪ ሕጂ ክስረዝ ኣይክእልን።
# REVIEW: button "Send an announcement" for Ankündigen, on an offer's page.
offer-button-announce = 📣 ምልክታ ምስዳድ

## Privacy for everyone, stand-ins and hand-over, reachability (issue 11)

# REVIEW: new draft (issue 11), awaiting a native speaker.
away-colleagues = ክትክኡኹም ዝኽእሉ (ቁጽሪ · ስም): { $list }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-no-colleagues = ኣብ ትካልኩም ክትክኣኩም ዝኽእል የለን። ዘይምህላው ብዘይ ተተካኢ ክትምዝግቡ ትኽእሉ ኢኹም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-bad-date = «{ $text }» ከም ዕለት ኣይተረድኣንን። በጃኹም ከምዚ: /away 20.12.2026 (2.1.2027 እውን ይኸውን) – ናይ መወዳእታ መዓልቲ ዘይምህላውኩም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-date-past = { $date } ሓሊፉ እዩ። በጃኹም ናይ መወዳእታ መዓልቲ ዘይምህላውኩም ጽሓፉ: ሎሚ ወይ ድሕሪኡ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-unknown-substitute = ቁጽሪ «{ $number }» ናይ ክትክኣኩም ዝኽእል ሰብ ኣይኮነን። ዋላ ሓንቲ ኣይተመዝገበትን።
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
away-self-substitute = ንርእስኹም ክትትክኡ ኣይትኽእሉን ኢኹም። ዋላ ሓንቲ ኣይተመዝገበትን።
    { $colleagues }
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-away-substitute = 👥 ኣብ ግዜ ዘይምህላው { $manager } (ክሳብ { $until } ምስኡ፣ ምምላስ ካብ { $back })፣ መልእኽትታትኩም ብ{ $substitute } ክንበቡ እዮም፣ መልሲ ድማ ክወሃበኩም እዩ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
client-new-manager = 👥 ካብ ሕጂ ብ{ $manager } ክትሕገዙ ኢኹም። ካብ ሕጂ መልእኽትታትኩም ናብ { $manager } ይኸዱ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-standin-ended = ዘይምህላው { $manager } ተወዲኡ: <b>{ $label }</b> ደጊሙ ብ{ $manager } ይስነ። መልስኹም ኣይበጽሐን።
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-moved = <b>{ $label }</b> ሕጂ ብ{ $manager } ይስነ። መልስኹም ኣይበጽሐን።
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-client-unreachable = ⚠️ <b>{ $label }</b> ብTelegram ኣይርከብን እዩ (Wegweiser ተዓጽዩ ወይ ኣካውንት ተደምሲሱ)። መልእኽትኹም ኣይተላእከን። { $label } ደጊሙ ምስ ጸሓፈ፣ ደጊሙ ይከኣል።
# REVIEW: new draft (issue 11), awaiting a native speaker.
relay-no-consent = <b>{ $label }</b> ንርክብ ብWegweiser ኣይተሰማምዐን። መልእኽትኹም ኣይተላእከን።
# REVIEW: new draft (issue 11), awaiting a native speaker.
notify-client-ended-contact = 🔚 <b>{ $label }</b> ርክብ ብWegweiser ኣቋሪጹ። ድሕሪ ሕጂ መልእኽትታት ኣይሰጋገሩን።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-missing = ብዘይ ስምምዕኩም ንርክብ፣ Wegweiser መልእኽትኹም ናብ { $manager } ኣየሰጋግሮን። ኣብ /privacy «ስምምዓት ምቕያር» ክትህብዎ ትኽእሉ ኢኹም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact = ርክብ ምቁራጽ
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-yes = እወ፣ ርክብ ይቋረጽ
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-end-contact-confirm = ርክብ ምስ { $manager } ብWegweiser ይቋረጽ ድዩ? ሽዑ መልእኽቲ፣ መዘኻኸሪ ወይ ምልክታ ኣይለኣኽን። ድሕሪኡ ሓበሬታኹም ኣብ /privacy ክትርእይዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-ended = ርክብ ምስ { $manager } ብWegweiser ተቋሪጹ። ኣብ /privacy ሓበሬታኹም ክትርእዩ ወይ ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-contact-required = ስምምዕኩም ንርክብ ባዕሉ እቲ ምትእስሳር እዩ፣ በይኑ ክለግስ ኣይክእልን። ርክብ እንተ ዘይደሊኹም፣ «ርክብ ምቁራጽ» ወይ «ኩሉ ምድምሳስ» ጠውቑ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-manager = ከም ኣመሓዳሪ ምውህሃድ፣ ስምኩም፣ ትካልኩምን ምምሕዳራትኩምን ምስ Wegweiser ክሳብ ትሰርሑ ይዕቀብ። ምምሕዳርኩም ምዝገባኹም ምስ ኣቋረጸ ይድምስሶ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-menu = <b>ሓለዋ ሓበሬታ</b> – ኣብዚ ብዛዕባኹም እንታይ ከም ዝተዓቀበ ትርእዩ፣ ኩሉ ድማ ክትድምስሱ ትኽእሉ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-nothing = ብዛዕባኹም ዝተዓቀበ የለን።
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-data =
    <b>ብዛዕባኹም ዝተዓቀበ</b>
    ቋንቋ: { $language }
    ካብ: { $since }
    ሕቶታት ሰነ: { $requests }
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-open = ክፉት
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-accepted = ተቐባልነት ረኺቡ
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-request-declined = ተነጺጉ
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-requests-none = የለን
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-language-none = ገና ኣይተመርጸን
# REVIEW: new draft (issue 11), awaiting a native speaker.
privacy-person-delete-confirm = ብሓቂ ኩሉ ክድምሰስ ድዩ? ቋንቋኹምን ሕቶታት ሰነኹምን ክድምሰሱ እዮም። እዚ ክምለስ ኣይክእልን እዩ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-manager-is-client = እዚ ኣካውንት Telegram ከም ዓሚል ምስ Wegweiser ተኣሳሲሩ ኣሎ። ከም ኣመሓዳሪ ምውህሃድ ናይ ገዛእ ርእስኹም ኣካውንት የድልየኩም – ወይ ቅድም ኣብ /privacy ኩሉ ከም ዓሚል ዝተዓቀበ ደምስሱ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
invite-client-is-manager = እዚ ኣካውንት Telegram ናይ ኣመሓዳሪ ምውህሃድ እዩ። ዝስነ ሰብ ናይ ገዛእ ርእሱ ኣካውንት Telegram የድልዮ።
# REVIEW: new draft (issue 11), awaiting a native speaker.
join-asked-recently = ኣብ { $gemeinde } ቅድም ቁሩብ ሓቲትኩም ኢኹም። ኣመሓደርቲ ምውህሃድ ኣብኡ ብመዓልቲ ሓንሳብ ጥራይ ይሕበሩ: ካብ { $from } ደጊምኩም ክትሓቱ ትኽእሉ ኢኹም።
# REVIEW: new draft (issue 11), awaiting a native speaker.
broadcast-preview-unreachable = { $count ->
        [one] { $count } ተወሳኺ ሰብ
       *[other] { $count } ተወሳኺ ሰባት
    } ብTelegram ኣይርከቡን (Wegweiser ተዓጽዩ ወይ ኣካውንት ተደምሲሱ)፣ እቲ ምልክታ ድማ ኣይበጽሖምን። ደጊሙ ዝጸሓፈ ኣብ ዝመጽእ ይሳተፍ።

## Inbound flood limit

# Sent once when someone sends more than 30 messages or taps within 10 seconds.
# REVIEW: draft by the developers
inbound-too-fast = ሓንሳብ ብዙሕ እዩ ነይሩ። ኣብ ዝሓለፉ ሰከንድታት ብቕልጡፍ ዝለኣኽኩምዎ <b>ኣይተመሓላለፈን</b>። በጃኹም ቁሩብ ተጸበዩ ድሕሪኡ ደጊምኩም ስደድዎ።

## Web workplace
# REVIEW: draft translation of the web workplace's texts, awaiting a native speaker
web-link-off = ናይ መርበብ ቦታ ስራሕ ኣብዚ ሰርቨር ኣይተኸፍተን። ምምሕዳር ኣብ ውቅር ክኸፍቶ ይኽእል ([web] listen)።
web-link = 🖥 ናብ ናይ መርበብ ቦታ ስራሕ ንምእታው መላግቦኹም:
    { $link }
    ን{ $minutes } ደቓይቕን ሓንሳብ ጥራይን ይሰርሕ። ንካልእ ኣይትሃቡ።
web-sign-in-title = እቶ
web-sign-in-intro = ናብ ናይ Wegweiser መርበብ ቦታ ስራሕ ትኣትዉ ኣለኹም። እቲ መላግቦ ሓንሳብ ጥራይ ይሰርሕ።
web-sign-in-button = ሕጂ እቶ
web-link-used = እዚ መእተዊ መላግቦ ግዜኡ ሓሊፉ ወይ ድሮ ተጠቒምሉ እዩ። ሓድሽ ንምርካብ ኣብቲ ቦት /web ጽሓፉ።
web-signed-out-title = ወጺእኩም
web-signed-out-body = ኣይኣቶኹምን። መእተዊ መላግቦ ንምርካብ ኣብቲ ቦት /web ጽሓፉ።
web-forbidden = እዚ ገጽ ንዓኹም ክፉት ኣይኮነን።
web-not-found = እዚ ገጽ የለን።
web-internal-error = ገለ ጌጋ ኣጋጢሙ። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።
web-csrf-refused = እቲ ቅጥዒ ግዜኡ ሓሊፉ ወይ ምሉእ ኣይነበረን፤ ዝተቐየረ የለን። በጃኹም ነቲ ገጽ ሓድሱን እንደገና ፈትኑን።
web-error-title = መዘኻኸሪ
web-back-to-today = ናብ «ሎሚ» ተመለስ
web-skip-to-content = ናብ ትሕዝቶ ኪድ
web-nav-label = ቀንዲ መምርሒ
web-nav-today = ሎሚ
web-nav-plan = ቆጸራ ኣውጽእ
web-sign-out = ውጻእ
web-sign-out-everywhere = ካብ ኩሉ ውጻእ
web-today-title = ሎሚ
web-today-no-caseload = ዓማዊል የብልኩምን፤ ኣብዚ ንዓኹም ዝግበር የለን።
web-today-appointments = ናይ ሎሚ ቆጸራታት
web-tomorrow-appointments = ናይ ጽባሕ ቆጸራታት
web-today-unanswered = ገና መልሲ ዘይብሎም
web-today-overdue = ግዜኦም ዝሓለፈ ናይ መወዳእታ ዕለታት
web-today-unreachable = ዘይርከቡ
web-nothing = ዋላ ሓንቲ።
web-col-when = መዓስ
web-col-client = ዓሚል
web-col-topic = ኣርእስቲ
web-col-place = ቦታ
web-col-answer = መልሲ
web-col-status = ኩነታት
web-col-language = ቋንቋ
web-cancelled = ተሰሪዙ
web-client-title = ዓሚል
web-plan-appointment = ቆጸራ ኣውጽእ
web-client-appointments = ቆጸራታት
web-client-deadlines = ክፉታት ናይ መወዳእታ ዕለታት
web-plan-title = ቆጸራ ኣውጽእ
web-form-has-errors = በጃኹም ነቶም ምልክት ዘለዎም ቦታታት ርኣዩ።
web-field-client = ዓሚል
web-field-date = ዕለት
web-field-time = ሰዓት
web-field-zone = ሰዓት ብናይ { $zone } ግዜ።
web-field-place = ቦታ
web-field-topic = ኣርእስቲ
web-topic-other = ካልእ (ኣብ ታሕቲ ጽሓፉ)
web-field-topic-free = ኣርእስቲ ብናይ ገዛእ ርእስኹም ቃላት
web-field-leads = ቅድሚኡ መዘኻኸሪ (ንኣብነት 1d,2h)
web-plan-save = ቆጸራ ዓቅብ
web-error-client = በጃኹም ዓሚል ምረጹ።
web-error-date = በጃኹም ዕለት ኣእትዉ።
web-error-time = በጃኹም ሰዓት ኣእትዉ (HH:MM)።
web-error-no-such-time = እዚ ሰዓት በታ መዓልቲ የለን (ለውጢ ሰዓት)።
web-nav-caseload = ዓማዊል
web-caseload-title = ዓማዊል
web-caseload-search = ብምልክት ድለ
web-caseload-sort = ብኸምዚ ስርዓ
web-caseload-filter = ኣርኢ
web-caseload-pages = ገጻት
web-all = ኩሉ
web-col-gemeinde = ምምሕዳር ከተማ
web-col-linked = ካብ ዝተራኸበ
web-col-last-contact = ናይ መወዳእታ ርክብ
web-col-support-end = ሓገዝ ክሳብ
web-prev = ← ንድሕሪት
web-next = ንቕድሚት →
# REVIEW: draft translation of the web workplace's appointment, deadline and request pages (issue 13), awaiting a native speaker
web-nav-week = ሰሙን
web-nav-joins = ሕቶታት
web-today-joins = ሓደሽቲ ሕቶታት
web-appointment-title = ቆጸራ
web-move-title = ቆጸራ ምቕያር
web-move-save = ቀይር
web-cancel-appointment = ቆጸራ ምስራዝ
web-cancel-title = ቆጸራ ምስራዝ
web-stale-appointment = እዚ ቆጸራ ኣብ ማእከሉ ተቐይሩ ወይ ተሰሪዙ (ምናልባት ኣብ ቦት)፤ ኣብዚ ገለ ኣይተቐየረን። በጃኹም ናይ ሕጂ ኩነታት ርኣዩ።
web-stale-deadline = እዚ ናይ መወዳእታ ዕለት ድሮ ተፈጺሙ ወይ ተሰሪዙ፤ ኣብዚ ገለ ኣይተቐየረን።
web-back-to-client = ናብ ገጽ ተገልጋሊ
web-client-support = ሓገዝ
web-field-new-gemeinde = ሓድሽ ከባቢ
web-field-colleague = መሳርሕቲ
web-stale-choice = እዚ ምርጫ ድሕሪ ሕጂ ኣይሰርሕን፤ ገለ ኣይተቐየረን። በጃኹም ገጽ ተገልጋሊ ደጊምኩም ኣርእዩ።
web-deadline-add = ናይ መወዳእታ ዕለት ወስኽ
web-deadline-title = ናይ መወዳእታ ዕለት ወስኽ
web-deadline-save = ናይ መወዳእታ ዕለት ዓቅብ
web-deadline-cancel = ሰርዝ
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move = ኣሰጋግር
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-page-title = ናይ መወዳእታ ዕለት
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-title = ናይ መወዳእታ ዕለት ኣሰጋግር
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-deadline-move-save = ናብዛ መዓልቲ ኣሰጋግር
# REVIEW: issue 13 (deadline moved), draft translation awaiting a native speaker.
web-field-new-due = ሓድሽ መዓልቲ
web-field-due = ዝውዳእ ዕለት
web-field-title = ኣርእስቲ
web-field-kind = ዓይነት
web-error-deadline-title = በጃኹም ኣርእስቲ ኣእትዉ።
web-col-due = ዝውዳእ
web-col-title = ኣርእስቲ
web-col-kind = ዓይነት
web-col-action = ስጉምቲ
web-col-asked = ዝተሓተተሉ
web-week-title = ሰሙን
web-week-nav = ሰሙናት
web-week-prev = ← ዝሓለፈ ሰሙን
web-week-this = እዚ ሰሙን
web-week-next = ዝመጽእ ሰሙን →
web-joins-title = ሕቶታት
web-joins-back = ናብ ሕቶታት
# REVIEW: draft by the developers (issue 14, administrators' web pages), awaiting a native speaker.
web-admin-nav-offers = ኣገልግሎታት
web-admin-nav-upload = ፋይል ኣገልግሎታት
web-admin-nav-audit = መዝገብ ምርመራ
web-admin-offers-title = ናይ ከባቢ ኣገልግሎታት
web-admin-no-gemeinde = ዝኾነ ከባቢ ኣይተመሓድሩን ኢኹም፤ ኣብዚ ንዓኹም ዝግበር የለን።
web-admin-filter = ኣርኢ
web-admin-filter-active = ንጡፍ
web-admin-filter-lacks = ትርጉም ዝጎደሎ ብ
web-admin-active = ንጡፍ
web-admin-inactive = ንጡፍ ዘይኮነ
web-admin-col-missing = ዝጎደሎ ብ
web-admin-offer-title = ኣገልግሎት ኣመዓራሪ
web-admin-offer-id = መለለዪ
web-admin-activate = ኣንጥፍ
web-admin-deactivate = ኣቋርጽ
web-admin-texts = ጽሑፋት ብቋንቋታት
web-admin-missing = ጎዲሉ
web-admin-details = ዝርዝራት
web-admin-field-gemeinden = ከባቢታት (AGS፡ ብባዶ ቦታ ዝተፈልየ)
web-admin-field-landkreis = Landkreis (ንብምሉኡ ዞባ)
web-admin-field-languages = ዝዝረቡ ቋንቋታት (ኮድ፡ ንኣብነት de ar)
web-admin-field-valid-from = ዝጸንዕ ካብ
web-admin-field-valid-until = ዝጸንዕ ክሳብ
web-admin-save = ዓቅብ
web-admin-back-to-list = ናብ ዝርዝር ኣገልግሎታት
web-admin-upload-title = ኣገልግሎታት ካብ ፋይል
web-admin-upload-intro = ፋይል TOML ወይ CSV ጸዓኑ (ከም ኣብ «wegweiser offers import»)። ቅድም ይምርመር ጥራይ፤ ድሕሪኡ «ኣእትው» ምስ ጠወቕኩም ጥራይ፡ ኩሉ ቅኑዕ እንተኾይኑ ይኣቱ።
web-admin-upload-file = ፋይል
web-admin-upload-check = መርምር
web-admin-upload-again = ካልእ ፋይል መርምር
web-admin-upload-format = ስም ፋይል ብ .csv ወይ .toml ክውዳእ ኣለዎ። ዝኣተወ የለን።
web-admin-upload-unreadable = እቲ ፋይል ክንበብ ኣይከኣለን። ዝኣተወ የለን።
web-admin-upload-nothing = ዝኣተወ የለን።
web-admin-upload-rejected = ዝኣተወ የለን። ዝተረኽቡ ጸገማት፡ { $count }። በጃኹም ነቲ ፋይል ኣዐርዩ ደጊምኩም መርምሩ።
web-admin-col-line = መስመር
web-admin-col-field = መዳይ
web-admin-col-problem = ጸገም
web-admin-upload-plan = ኩሉ ቅኑዕ እዩ። ሓድሽ፡ { $create } · ዝተቐየረ፡ { $update } · ዘይተቐየረ፡ { $same }። ክሳብ ሕጂ ዝተዓቀበ የለን።
web-admin-upload-create = ሓድሽ
web-admin-upload-update = ዝተቐየረ
web-admin-upload-import = ኣእትው
web-admin-upload-done = ኣትዩ። ሓድሽ፡ { $create } · ዝተቐየረ፡ { $update } · ዘይተቐየረ፡ { $same }።

## The offer file's own problems, on the upload page (the command line says them in English)
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker. The counts follow a colon. TOML, CSV, AGS and the keys in brackets stay as they are written.

offer-file-toml-not-utf8 = እቲ ፋይል ጽሑፍ UTF-8 ኣይኮነን። በጃኹም ብኮድ UTF-8 ዓቅብዎ።
offer-file-csv-not-utf8 = እቲ ፋይል ጽሑፍ UTF-8 ኣይኮነን (እቲ ቀዳማይ ጌጋ ፊደል ኣብ መስመር፡ { $row })። ምናልባት ከም "CSV (Trennzeichen-getrennt)" ተዓቂቡ ይኸውን፦ በጃኹም ከም "CSV UTF-8 (durch Trennzeichen getrennt)" ዓቂብኩም ነቲ ፋይል ጸዓንዎ።
offer-file-cell-not-utf8 = እዚ ጽሑፍ UTF-8 ኣይኮነን። በጃኹም ነቲ ፋይል ከም "CSV UTF-8" ዓቅብዎ።
offer-file-toml-syntax = እዚ ቅኑዕ TOML ኣይኮነን ({ $detail })።
offer-file-unknown-top-key = ዘይፍለጥ ኣታዊ፦ ፋይል ኣገልግሎታት ሰሌዳታት [[offer]] ጥራይ ይሕዝ።
offer-file-not-offer-array = ነፍሲ ወከፍ ኣገልግሎት ብመስመር [[offer]] (ክልተ ቅርጻዊ ቅንፍታት) ጀምሩ።
offer-file-unknown-field = ዘይፍለጥ ዓውዲ። ዝፍቀድ፡ { $expected }።
offer-file-unknown-column = ዘይፍለጥ ዓምዲ። ዝፍቀድ፡ { $expected }፣ ከምኡውን title_&lt;ቋንቋ&gt;፣ description_&lt;ቋንቋ&gt; ከምኡ times_&lt;ቋንቋ&gt;።
offer-file-unnamed-column = እዚ ዓምዲ ስም የብሉን።
offer-file-duplicate-column = እዚ ዓምዲ ክልተ ግዜ ኣሎ።
offer-file-missing-column = እዚ ዓምዲ የለን፣ ግዴታ እዩ።
offer-file-unreadable-header = መስመር ኣርእስታት ክንበብ ኣይከኣለን ({ $detail })።
offer-file-unreadable-row = እዚ መስመር ክንበብ ኣይከኣለን ({ $detail })።
offer-file-too-many-cells = እዚ መስመር ካብቲ መስመር ኣርእስታት ዝጠቕሶ ዓምድታት ዝበዝሐ ክፍልታት ኣለዎ። ክፍልታት፡ { $cells }፣ ዓምድታት፡ { $columns }።
offer-file-missing-id = ጎዲሉ፦ ነፍሲ ወከፍ ኣገልግሎት መለለዪ የድልዮ (ንኣብነት hemmingen-sprachcafe)።
offer-file-missing-category = ጎዲሉ፦ ነፍሲ ወከፍ ኣገልግሎት ኣርእስቲ የድልዮ።
offer-file-missing = ጎዲሉ፦ ነፍሲ ወከፍ ኣገልግሎት { $field } የድልዮ።
offer-file-not-yes-no = "{ $value }" እወ ወይ ኣይፋል ኣይኮነን (ዝፍቀድ፡ true/false፣ ja/nein፣ wahr/falsch ወይ 1/0፤ ባዶ ማለት እወ)።
offer-file-not-bool = true ወይ false ይጽበ (ብዘይ ምልክት ጥቕሲ)።
offer-file-not-text = ኣብ ምልክት ጥቕሲ ዘሎ ጽሑፍ ይጽበ፣ ንኣብነት { $field } = "…"።
offer-file-not-list = ዝርዝር ይጽበ፣ ንኣብነት { $field } = ["…"]።
offer-file-not-texts = ኣብ ምልክት ጥቕሲ ዘለዉ ጽሑፋት ይጽበ፣ ንኣብነት { $field } = ["…"]።
offer-file-ags-number = ነፍሲ ወከፍ AGS ኣብ ምልክት ጥቕሲ ጽሓፉ፣ ንኣብነት ["08118011"]፦ ከም ቁጽሪ እንተኾይኑ እቲ ቀዳማይ 0 ይጠፍእ።
offer-file-not-date = ዕለት ይጽበ፣ ንኣብነት { $field } = "2026-01-31"።
offer-file-not-text-table = ንነፍሲ ወከፍ ቋንቋ ጽሑፍ ይጽበ፣ ንኣብነት [offer.{ $field }] ምስ de = "…"።
offer-file-unknown-gemeinde = ከባቢ ብ AGS { $ags } የለን። መጀመርታ ክውሰኽ ኣለዎ።
offer-file-leading-zero = ከባቢ ብ AGS { $ags } የለን። { $padded } ማለትኩም ድዩ? (ሰሌዳ ቁጽርታት እቲ ዓምዲ ከም ጽሑፍ እንተዘይተቐሪጹ ነቲ ቀዳማይ 0 የጥፍኦ።)
offer-file-landkreis-like = ናብ ዞባ "{ $landkreis }" ዝኾነ ከባቢ ኣይብጻሕን። "{ $like }" ማለትኩም ድዩ?
offer-file-landkreis-none-yet = ናብ ዞባ "{ $landkreis }" ዝኾነ ከባቢ ኣይብጻሕን፦ ክሳብ ሕጂ ዝኾነ ከባቢ ኣይተወሰኸን።
offer-file-unknown-landkreis = ናብ ዞባ "{ $landkreis }" ዝኾነ ከባቢ ኣይብጻሕን። ዝፍለጡ ዞባታት፡ { $known }።
offer-file-not-your-gemeinde = ነቲ ብ AGS { $ags } ዘሎ ከባቢ ኣየመሓድርዎን ኢኹም።
offer-file-landkreis-global = ኣገልግሎታት ንምሉእ ዞባ ሓፈሻዊ ኣመሓደርቲ ጥራይ የመሓድርዎ።
offer-file-foreign-id = "{ $id }" ኣገልግሎት ናይ ዘየመሓድርዎ ከባቢ እዩ።
offer-file-duplicate-id = እቲ መለለዪ "{ $id }" ኣብቲ ፋይል ካብ ሓደ ግዜ ንላዕሊ ኣሎ (ቀዳማይ ኣብ መስመር፡ { $first })።
offer-file-no-offers-toml = እቲ ፋይል ዝኾነ ኣገልግሎት የብሉን። ነፍሲ ወከፍ ኣገልግሎት ብመስመር [[offer]] ይጅምር።
offer-file-no-offers-csv = እቲ ፋይል ዝኾነ ኣገልግሎት የብሉን። ነፍሲ ወከፍ መስመር ኣብ ትሕቲ መስመር ኣርእስታት ሓደ ኣገልግሎት እዩ።
offer-file-gemeinde-removed = ኣብቲ ፋይል ዝተጠቕሰ ከባቢ ኣብ እዋን ምእታው ተደምሲሱ። ዝኣተወ የለን፤ በጃኹም ደጊምኩም ፈትኑ።
offer-file-saved-meanwhile = ካልእ ሰብ ኣብ እዋን ምእታው ካብቲ ፋይል ኣገልግሎት ዓቂቡ። ዝኣተወ የለን፤ በጃኹም ደጊምኩም ፈትኑ።

## The offer editor: a new offer, and the preview as a client sees it
# REVIEW: new section — a draft by the developers, awaiting review by a native speaker.

web-admin-new-offer = ሓድሽ ኣገልግሎት
web-admin-new-offer-title = ሓድሽ ኣገልግሎት
web-admin-new-offer-intro = መለለዪ ፋይል ኣገልግሎታት ኣብ እዋን ምፍጣር ይወሃብ።
web-admin-create = ኣገልግሎት ፍጠር
web-admin-preview = ቅድመ-ርእይ፦ ተገልገልቲ ነቲ ኣገልግሎት ኣብቲ ቦት ከምዚ ይርእይዎ
web-admin-preview-language = ቋንቋ
web-admin-preview-show = ቅድመ-ርእይ ኣርኢ
web-admin-preview-edits = ቅድመ-ርእይ ምስቲ ለውጥታት
web-admin-preview-unsaved = እቲ ቅድመ-ርእይ ነቲ ቅጥዒ ከም ዝተመልአ የርኢ። ክሳብ ሕጂ ዝተዓቀበ የለን።

web-admin-export = ኣውርድ (ክተመዓራርዎም ዝፍቀደልኩም ኩሎም ኣገልግሎታት)
web-admin-audit-title = መዝገብ ምርመራ
web-admin-audit-who = መን
web-admin-audit-what = እንታይ
web-admin-audit-subject = ዝምልከቶ
web-admin-audit-from = ካብ
web-admin-audit-until = ክሳብ
web-admin-audit-more = እቶም ሓደስቲ { $count } ኣእታዊታት ይርኣዩ፤ ፋይል CSV ንኹሎም ሒዙ ኣሎ።
web-admin-actor-person = ሰብ
web-admin-actor-cli = መስመር ትእዛዝ
web-admin-actor-system = Wegweiser
web-admin-actor-deleted = ዝተሰረዘ ሰብ
web-admin-nav-figures = ኣሃዛት
web-admin-figures-title = ዓመታዊ ኣሃዛት
web-admin-figures-year = ዓመት
web-admin-figure-clients_linked = ሓደስቲ ሓገዝ ዝረኸቡ ሰባት
web-admin-figure-clients_ended = ዝተዛዘመ ሓገዝ
web-admin-figure-appointments_planned = ዝተሓሰቡ ቆጸራታት
web-admin-figure-appointments_attended = ዝተሳተፍዎም ቆጸራታት
web-admin-figure-appointments_missed = ዝተሰሓቱ ቆጸራታት
# REVIEW: figures at a glance (figbench14, 2026-12), awaiting a native speaker.
web-admin-figure-interests_shown = ተገዳስነት ኣብ ዕድላት
web-admin-figure-announcements = መግለጺታት
web-admin-figure-announcements_delivered = ዝበጽሑ መግለጺታት (በጽሖ)
web-admin-figures-status-invited = ዝተዓደሙ (ሎሚ)
web-admin-figures-status-active = ኣብ ሓገዝ (ሎሚ)
web-admin-figures-status-unreachable = ዘይርከቡ (ሎሚ)
web-admin-figures-status-ended = ሓገዝ ዝተዛዘመ (ሎሚ)
web-admin-figures-offers = ዝርኣዩ ዕድላት (ሎሚ)
web-admin-figures-of = ቻርትታት ን
web-admin-figures-of-place = ብወርሒ: { $place }
web-admin-figures-all = ኩሎም
web-admin-figures-organisations = ትካላት
web-admin-figures-months = ኣሃዛት ናይ ቻርትታት ብወርሒ
web-admin-figures-figure = ኣሃዝ
web-admin-figures-bar = { $month }: { $figure } { $value }
web-admin-figures-chart-clients = ሓደስትን ዝወጹን ብወርሒ
web-admin-figures-chart-appointments = ቆጸራታት ብወርሒ
web-admin-figures-chart-interests = ተገዳስነት ኣብ ዕድላት ብወርሒ
web-admin-figures-chart-announcements = መግለጺታትን በጽሖን ብወርሒ
web-admin-figures-csv-gemeinden = CSV: ምምሕዳራት
web-admin-figures-csv-organisations = CSV: ትካላት
web-admin-figures-csv-months = CSV: ብወርሒ
web-admin-figures-csv-today = CSV: ኩነታት ሎሚ
web-admin-figures-kennzahlen = ነፍሲ ወከፍ ኣሃዝ እንታይ መለክዒ (Kennzahl) ይድግፍ
web-admin-figures-kennzahlen-note = ምትእስሳር ምስ መለክዒታት VwV Integrationsmanagement ናትና ንባብ እዩ፤ በጃኹም ምስ ወሃቢ ገንዘብ ኣረጋግጹ።
web-admin-figures-kennzahl = መለክዒ (VwV Integrationsmanagement)
web-admin-kennzahl-cases-new = ቁጽሪ ጉዳያት: ሓደስቲ ጉዳያት
web-admin-kennzahl-cases-closed = ቁጽሪ ጉዳያት: ዝተዓጽዉ ጉዳያት
web-admin-kennzahl-cases-open = ቁጽሪ ጉዳያት: ኣብ መወከሲ ዕለት ዝቕጽሉ ጉዳያት
web-admin-kennzahl-contacts = ርክባት ምኽርን ሓገዝን
web-admin-kennzahl-referrals = ናብ ከባብያዊ ዕድላት ምምራሕ
web-admin-kennzahl-none = የለን (ንከባብያዊ መደብ)

## Web invite (web3)

# REVIEW: draft translation
web-invite-no-bot = እቲ ቦት ገና ምስ ቴሌግራም ኣይተራኸበን፤ መዐደሚ ሊንክ ድሕሪኡ ጥራይ ይስራሕ። በጃኹም ድሕሪ ሓደ ደቒቕ እንደገና ፈትኑ።

## Administrators' pages: managers (admin14b)

# REVIEW: draft translation
web-admin-nav-managers = ኣመሓደርቲ ውህደት
# REVIEW: draft translation
web-admin-managers-title = ኣመሓደርቲ ውህደት
# REVIEW: draft translation
web-admin-manager-title = ኣመሓዳሪ ውህደት
# REVIEW: draft translation
web-col-name = ስም
# REVIEW: draft translation
web-col-organisation = ትካል
# REVIEW: draft translation
web-col-gemeinden = ምምሕዳራት
# REVIEW: draft translation
web-col-clients = ዝስነዩ ሰባት
# REVIEW: draft translation
web-admin-invite-title = ኣመሓዳሪ ውህደት ዕደም
# REVIEW: draft translation
web-admin-invite = ዕደም
# REVIEW: draft translation
web-admin-invited = { $name } ተዓዲሙ። እዚ መላግቦ ስደዱ፤ ሓደ ግዜ ጥራይ ይሰርሕ፦
# REVIEW: draft translation
web-admin-invite-qr = ናይ { $name } ዕድመ QR ኮድ
# REVIEW: draft translation
web-admin-invite-once = እቲ መላግቦ ሕጂ ጥራይ እዩ ዝርአ፦ ኣሻራኡ ጥራይ እዩ ዝዕቀብ።
# REVIEW: draft translation
web-admin-to-manager = ናብ ገጽ እዚ ሰብ
# REVIEW: draft translation
web-admin-error-name = በጃኹም ኣብ ሓደ መስመር ስም ጽሓፉ፣ ቢዝሓለፈ 64 ፊደላት።
# REVIEW: draft translation
web-admin-error-gemeinden = በጃኹም እንተወሓደ ሓደ ምምሕዳር ምረጹ።
# REVIEW: draft translation
web-admin-error-organisation = በጃኹም ትካል ምረጹ።
# REVIEW: draft translation
web-admin-assign-label = ካልእ ምምሕዳር
# REVIEW: draft translation
web-admin-assign = ወስኽ
# REVIEW: draft translation
web-admin-assigned = እቲ ምምሕዳር ተወሲኹ።
# REVIEW: draft translation
web-admin-successor = ተካኢ (ንኹሎም ዝስነዩ ሰባት ይርከብ)
# REVIEW: draft translation
web-admin-deactivate-next = ናብ መረጋገጺ ቀጽል
# REVIEW: draft translation
web-admin-no-successor = ነቶም ሰባት ዝርከብ የለን፦ ቅድም ተካኢ ክዕደምን ክኣቱን ኣለዎ።
# REVIEW: draft translation
web-admin-back-to-managers = ናብ ዝርዝር ኣመሓደርቲ ውህደት
# REVIEW: draft translation
web-admin-confirm-title = ምቁራጽ ኣረጋግጹ
# REVIEW: draft translation
web-admin-confirm-text =
    { $name } ክቋረጽ እዩ። { $count ->
        [0] ዝሰጋገር ሰብ የለን፤ { $successor } ግን ተካኢ ይኸውን።
        [one] እዚ ሰብ ናብ { $successor } ይሰጋገርን ይሕበርን፦
       *[other] እዞም { $count } ሰባት ናብ { $successor } ይሰጋገሩን ይሕበሩን፦
    }
# REVIEW: draft translation
web-admin-confirm = ኣቋርጽን ኣሰጋግርን
# REVIEW: draft translation
web-admin-cancel = ሰርዝ
# REVIEW: draft translation
web-admin-deactivated =
    ተቋሪጹ። { $count ->
        [one] ሓደ ሰብ ተሰጋጊሩ።
       *[other] { $count } ሰባት ተሰጋጊሮም።
    }

## Administrators' pages: organisations, Gemeinden, scoped administrators (struct14)

# REVIEW: draft translation
web-admin-nav-organisations = ትካላት
# REVIEW: draft translation
web-admin-nav-gemeinden = ከባቢታት
# REVIEW: draft translation
web-admin-nav-administrators = ኣመሓደርቲ
# REVIEW: draft translation
web-admin-organisations-title = ትካላት
# REVIEW: draft translation
web-admin-gemeinden-title = ከባቢታት
# REVIEW: draft translation
web-admin-administrators-title = ሓላፍነት ዘለዎም ኣመሓደርቲ
# REVIEW: draft translation
web-col-managers = ኣመሓደርቲ ምውህሃድ
# REVIEW: draft translation
web-col-ags = AGS
# REVIEW: draft translation
web-col-landkreis = ዞባ
# REVIEW: draft translation
web-col-person = ሰብ
# REVIEW: draft translation
web-col-scope = ሓላፊ ን
# REVIEW: draft translation
web-col-since = ካብ
# REVIEW: draft translation
web-field-ags = ወግዓዊ መፍትሕ ከባቢ (AGS፣ 8 ኣሃዛት)
# REVIEW: draft translation
web-field-telegram-id = መለለዪ ቴሌግራም ናይቲ ሰብ (ቁጽሪ)
# REVIEW: draft translation
web-admin-add = ወስኽ
# REVIEW: draft translation
web-admin-org-kind-gemeinde = ከባቢ
# REVIEW: draft translation
web-admin-org-kind-landkreis = ዞባ
# REVIEW: draft translation
web-admin-org-kind-traeger = ናጻ ናይ ረድኤት ትካል
# REVIEW: draft translation
web-admin-org-kind-verbund = ሕብረት ከባቢታት
# REVIEW: draft translation
web-admin-org-add-title = ትካል ወስኽ
# REVIEW: draft translation
web-admin-org-added = እቲ ትካል ተወሲኹ።
# REVIEW: draft translation
web-admin-error-kind = በጃኹም ሓደ ካብቶም ኣርባዕተ ዓይነታት ምረጹ።
# REVIEW: draft translation
web-admin-error-place-name = በጃኹም ኣብ ሓደ መስመር ስም ጽሓፉ፣ እንተበዝሐ 100 ፊደላት።
# REVIEW: draft translation
web-admin-gemeinde-add-title = ከባቢ ወስኽ
# REVIEW: draft translation
web-admin-gemeinde-added = እቲ ከባቢ ተወሲኹ።
# REVIEW: draft translation
web-admin-error-ags = ወግዓዊ መፍትሕ ከባቢ ልክዕ 8 ኣሃዛት እዩ፣ ንኣብነት 08118011።
# REVIEW: draft translation
web-admin-error-ags-taken = እዚ ከባቢ ድሮ ኣሎ: { $name }።
# REVIEW: draft translation
web-admin-gemeinden-read-only = ሓደስቲ ከባቢታት ሓፈሻዊ ኣመሓዳሪ እዩ ዝውስኾም።
# REVIEW: draft translation
web-admin-administrators-global = ሓፈሻውያን ኣመሓደርቲ ኣብ ቅጥዒ (admins) እዮም ዘለዉ፣ ኣብዚ ኣይኮኑን። ሰባት ብመለለዪ መዝገብ ይረኣዩ፣ ከም ኣብ መዝገብ ምርመራ።
# REVIEW: draft translation
web-admin-scope-organisation = ትካል { $name }
# REVIEW: draft translation
web-admin-scope-gemeinde = ከባቢ { $name } ({ $ags })
# REVIEW: draft translation
web-admin-scope-add-title = ሓላፍነት ሃብ
# REVIEW: draft translation
web-admin-scope-added = እቲ ሓላፍነት ተዋሂቡ።
# REVIEW: draft translation
web-admin-scope-already = እዚ ሰብ ነዚ ሓላፍነት ድሮ ኣለዎ፤ ዝተቐየረ የለን።
# REVIEW: draft translation
web-admin-scope-removed = እቲ ሓላፍነት ተኣልዩ።
# REVIEW: draft translation
web-admin-error-telegram-id = በጃኹም መለለዪ ቴሌግራም ከም ኣወንታዊ ቁጽሪ ጽሓፉ።
# REVIEW: draft translation
web-admin-error-scope = በጃኹም ትካል ወይ ከባቢ ምረጹ።
# REVIEW: draft translation
web-admin-scope-remove = ኣልግስ
# REVIEW: draft translation
web-admin-scope-remove-title = ሓላፍነት ኣልግስ
# REVIEW: draft translation
web-admin-scope-remove-text = { $person } ድሕሪኡ ን{ $scope } ሓላፊ ኣይኮነን። ካልኦት ሓላፍነታት ይተርፉ።
# REVIEW: draft translation
web-admin-scope-remove-confirm = ምእላይ ኣረጋግጽ
## Web announcements (issue 14)

# REVIEW: draft translation
web-nav-announce = መልእኽትታት
# REVIEW: draft translation
web-announce-title = መልእኽትታት
# REVIEW: draft translation
web-announce-new = ሓድሽ መልእኽቲ
# REVIEW: draft translation
web-field-audience = እቲ መልእኽቲ ናብ መን ይኸይድ?
# REVIEW: draft translation
web-error-audience = በጃኹም እቲ መልእኽቲ ናብ መን ከም ዝኸይድ ምረጹ።
# REVIEW: draft translation
web-field-only = ነዞም ቋንቋታት ዘለዉ ሰባት ጥራይ (ዝተመርጸ የለን: ኩሎም ቋንቋታት)
# REVIEW: draft translation
web-field-text-german = ጽሑፍ ብጀርመንኛ (ግዴታ፣ ቢዝሓየሸ { $max } ፊደላት፤ ናይ ገዛእ ርእሱ ጽሑፍ ዘይብሉ ቋንቋ ዘንብብ ንሱ ይቕበል)
# REVIEW: draft translation
web-field-text-translation = ጽሑፍ ብ{ $language } (ብድሌት)
# REVIEW: draft translation
web-announce-when-hint = ብቕጽበት ንምልኣኽ ዕለትን ሰዓትን ባዶ ግደፍዎ።
# REVIEW: draft translation
web-announce-preview = ቅድመ-ርእይቶ
# REVIEW: draft translation
web-announce-preview-title = ቅድመ-ርእይቶ ናይቲ መልእኽቲ
# REVIEW: draft translation
web-announce-preview-total = ጠቕላላ ተቐበልቲ: { $count }
# REVIEW: draft translation
web-announce-preview-when = ን{ $when } ተወጢኑ።
# REVIEW: draft translation
web-announce-schedule = ነዚ ግዜ ወጥን
# REVIEW: draft translation
web-announce-send-now = ሕጂ ስደድ
# REVIEW: draft translation
web-announce-change = ቀይር
# REVIEW: draft translation
web-announce-stale = እዚ መልእኽቲ (ድሕሪ ሕጂ) ኣይተወጠነን።
# REVIEW: draft translation
web-announce-report-title = ጸብጻብ ናይቲ መልእኽቲ
# REVIEW: draft translation
web-announce-status-scheduled = እዚ መልእኽቲ ተወጢኑ ግን ገና ኣይተላእከን።
# REVIEW: draft translation
web-announce-status-cancelled = እዚ መልእኽቲ ተሰሪዙ ኣይተላእከን።
# REVIEW: draft translation
web-announce-progress-label = ምዕባለ
# REVIEW: draft translation
web-announce-status-done = ተዛዚሙ: እቲ መልእኽቲ ተላኢኹ።
# REVIEW: draft translation
web-announce-status-sending = ይልኣኽ ኣሎ: { $settled } ካብ { $total } ተፈጺሙ። እዚ ገጽ ባዕሉ ይሕደስ።
# REVIEW: draft translation
web-announce-total = ተቐበልቲ
# REVIEW: draft translation
web-announce-delivered = በጺሑ
# REVIEW: draft translation
web-announce-pending = ይጽበ ኣሎ
# REVIEW: draft translation
web-announce-failed = ኣይበጽሐን (ቦት ተዓጊቱ ወይ ሕሳብ ተሰሪዙ)
# REVIEW: draft translation
web-announce-unknown = ዘይንጹር (ግዜ ሓሊፉ፣ ደጊሙ ኣይተላእከን)
# REVIEW: draft translation
web-announce-dropped = ኣይተላእከን (ፍቓድ ኣብ መንጎ ተሰሓቢ)
# REVIEW: draft translation
web-announce-unreached = ኣይበጽሐን – በጃኹም ብካልእ መንገዲ ርኸብዎም:
# REVIEW: draft translation
web-announce-back = ናብ መልእኽትታት ተመለስ
# REVIEW: draft translation
web-announce-scheduled = ዝተወጠኑ መልእኽትታት
# REVIEW: draft translation
web-announce-scheduled-none = ዝተወጠነ መልእኽቲ የብልኩምን።
# REVIEW: draft translation
web-announce-cancel = ሰርዝ
# REVIEW: draft translation
web-announce-sent = ዝተላእኩ መልእኽትታት
# REVIEW: draft translation
web-announce-sent-none = ገና መልእኽቲ ኣይለኣኽኩምን።
