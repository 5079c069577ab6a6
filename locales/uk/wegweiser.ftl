# Wegweiser — Ukrainian (uk).
# DRAFT translation by the developers, awaiting review by a native speaker.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Polite address with «Ви» (capitalised).

## Languages

# The language's own name, shown in the language picker.
language-name = Українська
language-picker = Будь ласка, оберіть свою мову.
language-chosen = Відтепер я писатиму Вам українською.

## First contact and help

# REVIEW: "менеджер або менеджерка з інтеграції" for Integrationsmanager/in — is this the usual term? "громада" for Gemeinde.
welcome =
    Вітаємо у Wegweiser, { $name }!
    Тут Ви можете підтримувати зв’язок зі своїм менеджером або менеджеркою з інтеграції, отримувати нагадування про зустрічі та знаходити послуги й заходи у Вашій громаді.
help =
    <b>Як працює Wegweiser</b>
    /start – почати спочатку
    /language – змінити мову
    /help – ця довідка
    Якщо Ви не знаєте, що робити далі, напишіть /help.

## Answers to input the bot does not understand

not-understood = На жаль, я цього не розумію. Напишіть /help, щоб побачити, що тут можна зробити.
unknown-command = Команда { $command } мені невідома. Напишіть /help, щоб побачити всі команди.
unsupported-content = Я поки не вмію читати такі повідомлення. Будь ласка, напишіть мені короткий текст або скористайтеся командою /help.
stale-button = Ця кнопка вже не діє. Будь ласка, скористайтеся найновішим повідомленням.
something-went-wrong = Щось пішло не так. Будь ласка, спробуйте ще раз за кілька хвилин.

## The command menu (Telegram shows it next to the input field)

command-start = Почати спочатку
command-language = Змінити мову
command-help = Показати довідку
