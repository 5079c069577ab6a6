//! Telegram Bot API emulator (being written).
