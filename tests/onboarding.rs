//! First contact: /start, the language picker, a welcome in the chosen language, /help,
//! /language, and friendly answers to what the bot does not understand.

mod support;

use support::{WAIT, next_after, say};
use wegweiser::i18n::Arg;

const AUTONYMS: [&str; 6] = [
    "Deutsch",
    "العربية",
    "فارسی",
    "ትግርኛ",
    "English",
    "Українська",
];

story!(a_new_user_chooses_arabic_and_is_answered_in_arabic, |app| {
    let amina = app.user(1001, "Amina", Some("de"));

    let picker = say(&amina, "/start").await;
    assert_eq!(
        picker.source.as_deref(),
        Some(app.t("de", "language-picker").as_str())
    );
    assert_eq!(
        picker.button_texts(),
        AUTONYMS,
        "every offered language in its own name"
    );

    let before = amina.transcript().len();
    amina
        .tap("العربية")
        .expect("the picker has an Arabic button");
    let welcome = next_after(&amina, before).await;
    let expected = format!(
        "{}\n\n{}",
        app.t_with("ar", "welcome", &[("name", Arg::text("Amina"))]),
        app.t("ar", "help")
    );
    assert_eq!(welcome.source.as_deref(), Some(expected.as_str()));
    assert!(welcome.body().contains("Amina"));

    // The picker turned into the confirmation, so no stale buttons stay behind.
    let picker_now = amina
        .transcript()
        .into_iter()
        .find(|m| m.message_id == picker.message_id)
        .unwrap();
    assert_eq!(
        picker_now.source.as_deref(),
        Some(app.t("ar", "language-chosen").as_str())
    );
    assert!(picker_now.buttons().is_empty());

    let stored = app.store().user(1001).await.unwrap().unwrap();
    assert_eq!(stored.language.as_deref(), Some("ar"));

    let help = say(&amina, "/help").await;
    assert_eq!(help.source.as_deref(), Some(app.t("ar", "help").as_str()));

    let hint = say(&amina, "مرحبا، أحتاج مساعدة").await;
    assert_eq!(
        hint.source.as_deref(),
        Some(app.t("ar", "not-understood").as_str())
    );

    // /language: the picker again, asked in Arabic, with Arabic ticked.
    let picker2 = say(&amina, "/language").await;
    assert_eq!(
        picker2.source.as_deref(),
        Some(app.t("ar", "language-picker").as_str())
    );
    assert!(
        picker2.button_texts().contains(&"✓ العربية"),
        "{:?}",
        picker2.button_texts()
    );
    let before = amina.transcript().len();
    amina.tap("Deutsch").unwrap();
    amina
        .wait_for_message(WAIT, |m| {
            m.message_id == picker2.message_id
                && m.source.as_deref() == Some(app.t("de", "language-chosen").as_str())
        })
        .await
        .unwrap();
    // … followed by the welcome and help in the new language.
    let welcome = next_after(&amina, before).await;
    assert!(
        welcome
            .source
            .as_deref()
            .unwrap()
            .ends_with(&app.t("de", "help"))
    );
    let hint = say(&amina, "hallo").await;
    assert_eq!(
        hint.source.as_deref(),
        Some(app.t("de", "not-understood").as_str())
    );
    app.finish().await;
});

story!(telegram_language_is_only_a_first_guess, |app| {
    let olena = app.user(1002, "Olena", Some("uk"));
    let reply = say(&olena, "Добрий день").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("uk", "not-understood").as_str())
    );

    // A language Wegweiser does not offer falls back to German.
    let pierre = app.user(1003, "Pierre", Some("fr"));
    let reply = say(&pierre, "bonjour").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("de", "not-understood").as_str())
    );

    // The person's own choice wins over Telegram's language.
    say(&olena, "/language").await;
    let before = olena.transcript().len();
    olena.tap("فارسی").unwrap();
    let welcome = next_after(&olena, before).await;
    assert!(
        welcome
            .source
            .as_deref()
            .unwrap()
            .ends_with(&app.t("fa", "help"))
    );
    let reply = say(&olena, "?").await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("fa", "not-understood").as_str())
    );
    app.finish().await;
});

story!(bad_input_gets_a_clear_answer_and_changes_nothing, |app| {
    let yonas = app.user(1004, "Yonas", Some("ti"));
    let reply = say(&yonas, "/kalender now").await;
    let expected = app.t_with(
        "ti",
        "unknown-command",
        &[("command", Arg::text("/kalender"))],
    );
    assert_eq!(reply.source.as_deref(), Some(expected.as_str()));

    // Markup in what a person types is shown as text, never interpreted.
    let reply = say(&yonas, "/x<b>&").await;
    assert!(reply.body().contains("/x<b>&"), "{}", reply.body());

    let long = "ሰላም ".repeat(1250);
    assert!(long.chars().count() >= 5000);
    let reply = say(&yonas, &long).await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("ti", "not-understood").as_str())
    );

    let before = yonas.transcript().len();
    yonas.send_photo(Some("my papers"));
    let reply = next_after(&yonas, before).await;
    assert_eq!(
        reply.source.as_deref(),
        Some(app.t("ti", "unsupported-content").as_str())
    );

    // None of this chose a language for them.
    let stored = app.store().user(1004).await.unwrap().unwrap();
    assert_eq!(stored.language, None);
    app.finish().await;
});

story!(stale_and_forged_buttons_are_refused, |app| {
    let sara = app.user(1005, "Sara", Some("en"));
    let picker = say(&sara, "/start").await;
    sara.tap("English").unwrap();
    sara.wait_for_message(WAIT, |m| {
        m.source.as_deref() == Some(app.t("en", "language-chosen").as_str())
    })
    .await
    .unwrap();

    for forged in ["lang:xx", "lang:", "admin:delete-all", "x"] {
        let query = sara.tap_data(picker.message_id, forged);
        let answer = sara.wait_for_answer(&query, WAIT).await.unwrap();
        assert_eq!(
            answer.text.as_deref(),
            Some(app.t("en", "stale-button").as_str()),
            "{forged}"
        );
    }
    let stored = app.store().user(1005).await.unwrap().unwrap();
    assert_eq!(stored.language.as_deref(), Some("en"));
    app.finish().await;
});

story!(the_chosen_language_survives_a_restart, |app| {
    let mut app = app;
    let reza = app.user(1006, "Reza", None);
    say(&reza, "/start").await;
    let help_fa = app.t("fa", "help");
    reza.tap("فارسی").unwrap();
    reza.wait_for_message(WAIT, |m| {
        m.source.as_deref().is_some_and(|s| s.ends_with(&help_fa))
    })
    .await
    .unwrap();
    app.restart().await;
    let reply = say(&reza, "/help").await;
    assert_eq!(reply.source.as_deref(), Some(app.t("fa", "help").as_str()));
    app.finish().await;
});

story!(the_command_menu_is_registered_in_every_language, |app| {
    for (i, lang) in ["de", "ar", "fa", "ti", "en", "uk"].into_iter().enumerate() {
        let user = app.user(2000 + i as i64, "Test", Some(lang));
        let expected = app.t(lang, "command-language");
        app.fake
            .wait_until(WAIT, || {
                user.command_menu()
                    .iter()
                    .any(|c| c.command == "language" && c.description == expected)
            })
            .await
            .unwrap_or_else(|e| panic!("{lang}: {e}"));
    }
    app.finish().await;
});

story!(shutdown_is_graceful_and_quick, |app| {
    let mut app = app;
    let ali = app.user(1007, "Ali", Some("ar"));
    say(&ali, "/help").await;
    let took = app.stop().await;
    assert!(
        took < std::time::Duration::from_secs(10),
        "stopping took {took:?}"
    );
    app.finish().await;
});
