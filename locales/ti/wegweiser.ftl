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

## First contact and help

# REVIEW: whole message. "ኣመሓዳሪ ምውህሃድ" for Integrationsmanager is a guess, so the German word is kept in brackets; masculine form only; "ቆጸራ" for appointment; "ከባቢ" for Gemeinde.
welcome =
    ናብ Wegweiser እንቋዕ ብደሓን መጻእኩም፣ { $name }!
    ኣብዚ ምስ ኣመሓዳሪ ምውህሃድኩም (Integrationsmanager) ርክብ ክትቕጽሉ ትኽእሉ ኢኹም። ንቆጸራታትኩም መዘኻኸሪ ክትቕበሉን ኣብ ከባቢኹም ዘለዉ ኣገልግሎታት ክትረኽቡን እውን ትኽእሉ ኢኹም።
# REVIEW: whole message ("How Wegweiser works", command list, "If you do not know what to do next, write /help.").
help =
    <b>Wegweiser ከመይ ይሰርሕ</b>
    /start – ካብ መጀመርታ ምጅማር
    /language – ቋንቋ ምቕያር
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
# REVIEW: "Change language".
command-language = ቋንቋ ምቕያር
# REVIEW: "Show help".
command-help = ሓገዝ ምርኣይ
