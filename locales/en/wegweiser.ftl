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
command-language = Change language
command-help = Show help
