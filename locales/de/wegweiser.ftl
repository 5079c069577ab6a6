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
command-language = Sprache ändern
command-help = Hilfe anzeigen
