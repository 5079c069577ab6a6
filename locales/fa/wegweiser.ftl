# Wegweiser — Persian (Farsi) (fa).
# DRAFT translation by the developers, awaiting review by a native speaker.
# { "\u200E" } before a /command is a left-to-right mark: it keeps "/help" from showing
# as "help/" inside right-to-left text.
# Uncertain phrases are marked with a "# REVIEW:" comment directly above the message.
# Reference: locales/de/wegweiser.ftl (same messages, same variables, same HTML).
# Polite address with شما; Persian letters ی and ک; zero-width non-joiner in می‌ forms.

## Languages

# The language's own name, shown in the language picker.
language-name = فارسی
language-picker = لطفاً زبان خود را انتخاب کنید.
language-chosen = از این به بعد به فارسی برای شما می‌نویسم.

## First contact and help

# REVIEW: "مدیر ادغام" for Integrationsmanagerin/Integrationsmanager — is it understood (also by Dari speakers from Afghanistan)? "قرارهای ملاقات" for Termine (Dari may prefer "وعده").
welcome =
    به Wegweiser خوش آمدید، { $name }!
    اینجا می‌توانید با مدیر ادغام خود در تماس بمانید. همچنین می‌توانید برای قرارهای ملاقات خود یادآوری دریافت کنید و خدمات و برنامه‌های محل زندگی خود را پیدا کنید.
help =
    <b>طرز کار Wegweiser</b>
    /start – شروع دوباره
    /language – تغییر زبان
    /help – همین راهنما
    اگر نمی‌دانید چه کار کنید، { "\u200E" }/help را بنویسید.

## Answers to input the bot does not understand

not-understood = متأسفانه این را متوجه نشدم. با نوشتن { "\u200E" }/help می‌بینید که اینجا چه کارهایی می‌توانید انجام دهید.
unknown-command = دستور { $command } را نمی‌شناسم. با نوشتن { "\u200E" }/help همهٔ دستورها را می‌بینید.
unsupported-content = هنوز نمی‌توانم این نوع پیام را بخوانم. لطفاً یک متن کوتاه برایم بنویسید یا از { "\u200E" }/help استفاده کنید.
stale-button = این دکمه دیگر فعال نیست. لطفاً از جدیدترین پیام استفاده کنید.
something-went-wrong = مشکلی پیش آمد. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.

## The command menu (Telegram shows it next to the input field)

command-start = شروع دوباره
command-language = تغییر زبان
command-help = نمایش راهنما
