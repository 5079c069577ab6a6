//! Telegram's `parse_mode=HTML`, following TDLib's `parse_html` closely.
//!
//! The parser turns the HTML source into plain text plus [`Entity`] values with
//! offsets and lengths in UTF-16 code units, exactly as Telegram reports them.
//! Error descriptions are TDLib's (the server prefixes them with
//! `Bad Request: can't parse entities: `). One deliberate deviation makes it
//! stricter than Telegram: an `&` that does not start one of the supported
//! entities (`&lt;` `&gt;` `&amp;` `&quot;` `&#NN;` `&#xNN;`) is rejected instead of
//! being shown literally, because such text is always an escaping bug.

use super::text::{Entity, Formatted};

const TAGS: &[&str] = &[
    "a",
    "b",
    "strong",
    "i",
    "em",
    "s",
    "strike",
    "del",
    "u",
    "ins",
    "tg-spoiler",
    "tg-emoji",
    "span",
    "pre",
    "code",
    "blockquote",
];

struct Open {
    tag: String,
    argument: String,
    offset: usize,
    byte_pos: usize,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0b' | b'\x0c')
}

/// Parses Telegram HTML. On error returns TDLib's description (without the
/// `Bad Request: can't parse entities: ` prefix).
pub(crate) fn parse_html(input: &str) -> Result<Formatted, String> {
    let bytes = input.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut text = String::with_capacity(input.len());
    let mut utf16 = 0usize;
    let mut open: Vec<Open> = Vec::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut i = 0usize;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'&' {
            match decode_entity(input, i) {
                Some((ch, next)) => {
                    text.push(ch);
                    utf16 += ch.len_utf16();
                    i = next;
                    continue;
                }
                None => {
                    return Err(format!(
                        "Unsupported HTML entity or unescaped \"&\" at byte offset {i}; \
                         use &amp; (the fake is stricter than Telegram here)"
                    ));
                }
            }
        }
        if c != b'<' {
            let ch = input[i..].chars().next().unwrap_or('\u{fffd}');
            text.push(ch);
            utf16 += ch.len_utf16();
            i += ch.len_utf8();
            continue;
        }
        let begin = i;
        i += 1;
        if at(i) != b'/' {
            let mut tag_end = i;
            while at(tag_end) != 0 && !is_space(at(tag_end)) && at(tag_end) != b'>' {
                tag_end += 1;
            }
            if at(tag_end) == 0 {
                return Err(format!("Unclosed start tag at byte offset {begin}"));
            }
            let tag = input[i..tag_end].to_lowercase();
            if !TAGS.contains(&tag.as_str()) {
                return Err(format!(
                    "Unsupported start tag \"{tag}\" at byte offset {begin}"
                ));
            }
            i = tag_end;
            let mut argument = String::new();
            while at(i) != b'>' {
                while at(i) != 0 && is_space(at(i)) {
                    i += 1;
                }
                if at(i) == b'>' {
                    break;
                }
                let name_begin = i;
                while at(i) != 0 && !is_space(at(i)) && at(i) != b'=' && at(i) != b'>' {
                    i += 1;
                }
                let name = &input[name_begin..i];
                if name.is_empty() {
                    return Err(format!(
                        "Empty attribute name in the tag \"{tag}\" at byte offset {begin}"
                    ));
                }
                while at(i) != 0 && is_space(at(i)) {
                    i += 1;
                }
                if at(i) != b'=' {
                    if tag == "blockquote" && name == "expandable" {
                        argument = "1".to_owned();
                        if at(i) == 0 {
                            return Err(format!("Unclosed start tag at byte offset {begin}"));
                        }
                        continue;
                    }
                    return Err(format!(
                        "Expected equal sign in declaration of an attribute of the tag \"{tag}\" \
                         at byte offset {begin}"
                    ));
                }
                i += 1;
                while at(i) != 0 && is_space(at(i)) {
                    i += 1;
                }
                if at(i) == 0 {
                    return Err(format!("Unclosed start tag at byte offset {begin}"));
                }
                let value;
                if at(i) != b'\'' && at(i) != b'"' {
                    let token_begin = i;
                    while at(i).is_ascii_alphanumeric() || at(i) == b'.' || at(i) == b'-' {
                        i += 1;
                    }
                    value = input[token_begin..i].to_lowercase();
                    if !is_space(at(i)) && at(i) != b'>' {
                        return Err(format!(
                            "Unexpected end of name token at byte offset {token_begin}"
                        ));
                    }
                } else {
                    let quote = at(i);
                    i += 1;
                    let mut v = String::new();
                    while at(i) != 0 && at(i) != quote {
                        if at(i) == b'&'
                            && let Some((ch, next)) = decode_entity(input, i)
                        {
                            v.push(ch);
                            i = next;
                            continue;
                        }
                        let ch = input[i..].chars().next().unwrap_or('\u{fffd}');
                        v.push(ch);
                        i += ch.len_utf8();
                    }
                    if at(i) == quote {
                        i += 1;
                    }
                    value = v;
                }
                if at(i) == 0 {
                    return Err(format!("Unclosed start tag at byte offset {begin}"));
                }
                match (tag.as_str(), name) {
                    ("a", "href") | ("tg-emoji", "emoji-id") => argument = value,
                    ("code", "class") if value.starts_with("language-") => {
                        argument = value["language-".len()..].to_owned();
                    }
                    ("span", "class") if value.starts_with("tg-") => {
                        argument = value["tg-".len()..].to_owned();
                    }
                    _ => {} // unknown attributes are ignored, as by Telegram
                }
            }
            if tag == "span" && argument != "spoiler" {
                return Err(format!(
                    "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
                ));
            }
            i += 1; // '>'
            open.push(Open {
                tag,
                argument,
                offset: utf16,
                byte_pos: text.len(),
            });
        } else {
            if open.is_empty() {
                return Err(format!("Unexpected end tag at byte offset {begin}"));
            }
            i += 1; // '/'
            let name_begin = i;
            while at(i) != 0 && !is_space(at(i)) && at(i) != b'>' {
                i += 1;
            }
            let end_name = input[name_begin..i].to_lowercase();
            while at(i) != 0 && is_space(at(i)) {
                i += 1;
            }
            if at(i) != b'>' {
                return Err(format!("Unclosed end tag at byte offset {begin}"));
            }
            i += 1;
            let top = open.pop().expect("checked non-empty");
            if !end_name.is_empty() && end_name != top.tag {
                return Err(format!(
                    "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \"</{end_name}>\"",
                    top.tag
                ));
            }
            close_tag(top, utf16, &text, &mut entities)?;
        }
    }
    if let Some(top) = open.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            top.tag
        ));
    }
    for e in &mut entities {
        if e.kind == "code" {
            e.language = None;
        }
    }
    entities.sort_by(|a, b| a.offset.cmp(&b.offset).then(b.length.cmp(&a.length)));
    Ok(Formatted { text, entities })
}

fn close_tag(
    top: Open,
    utf16: usize,
    text: &str,
    entities: &mut Vec<Entity>,
) -> Result<(), String> {
    if utf16 <= top.offset {
        return Ok(()); // empty entities are dropped
    }
    let (offset, length) = (top.offset, utf16 - top.offset);
    let same_range = |e: Option<&Entity>, kind: &str| {
        e.is_some_and(|e| e.kind == kind && e.offset == offset && e.length == length)
    };
    let entity = match top.tag.as_str() {
        "b" | "strong" => Entity::new("bold", offset, length),
        "i" | "em" => Entity::new("italic", offset, length),
        "u" | "ins" => Entity::new("underline", offset, length),
        "s" | "strike" | "del" => Entity::new("strikethrough", offset, length),
        "tg-spoiler" | "span" => Entity::new("spoiler", offset, length),
        "blockquote" if top.argument.is_empty() => Entity::new("blockquote", offset, length),
        "blockquote" => Entity::new("expandable_blockquote", offset, length),
        "tg-emoji" => {
            if top.argument.parse::<i64>().map_or(true, |id| id == 0) {
                return Err("Invalid custom emoji identifier specified".to_owned());
            }
            let mut e = Entity::new("custom_emoji", offset, length);
            e.custom_emoji_id = Some(top.argument);
            e
        }
        "a" => {
            let raw = if top.argument.is_empty() {
                text[top.byte_pos..].to_owned()
            } else {
                top.argument
            };
            let Some(url) = normalize_url(&raw) else {
                return Ok(()); // Telegram silently drops links with invalid URLs
            };
            let mut e = Entity::new("text_link", offset, length);
            e.url = Some(url);
            e
        }
        "pre" => {
            let mut e = Entity::new("pre", offset, length);
            if same_range(entities.last(), "code") {
                e.language = entities.pop().and_then(|c| c.language);
            }
            e
        }
        "code" => {
            if same_range(entities.last(), "pre") {
                if let Some(pre) = entities.last_mut()
                    && !top.argument.is_empty()
                {
                    pre.language = Some(top.argument);
                }
                return Ok(());
            }
            let mut e = Entity::new("code", offset, length);
            // kept until the enclosing <pre> closes; stripped at the end otherwise
            e.language = (!top.argument.is_empty()).then_some(top.argument);
            e
        }
        other => unreachable!("tag {other} was validated"),
    };
    entities.push(entity);
    Ok(())
}

/// URL check for `<a href>`: schemeless URLs get `http://`, as in Telegram.
fn normalize_url(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = match url::Url::parse(raw) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            url::Url::parse(&format!("http://{raw}")).ok()?
        }
        Err(_) => return None,
    };
    match parsed.scheme() {
        "http" | "https" | "ftp" | "tg" | "ton" | "mailto" | "tel" => Some(parsed.to_string()),
        _ => None,
    }
}

/// Decodes the entity starting at `pos` (which holds `&`); returns the
/// character and the position after the entity.
fn decode_entity(input: &str, pos: usize) -> Option<(char, usize)> {
    let bytes = input.as_bytes();
    let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let mut end = pos + 1;
    let code: u32;
    if at(end) == b'#' {
        end += 1;
        let hex = matches!(at(end), b'x' | b'X');
        if hex {
            end += 1;
        }
        let digits_begin = end;
        let mut value: u32 = 0;
        while (hex && at(end).is_ascii_hexdigit()) || (!hex && at(end).is_ascii_digit()) {
            let d = (at(end) as char).to_digit(if hex { 16 } else { 10 })?;
            value = value
                .checked_mul(if hex { 16 } else { 10 })?
                .checked_add(d)?;
            if value >= 0x10ffff {
                return None;
            }
            end += 1;
        }
        if end == digits_begin {
            return None;
        }
        code = value;
    } else {
        while at(end).is_ascii_alphabetic() {
            end += 1;
        }
        code = match &input[pos + 1..end] {
            "lt" => '<' as u32,
            "gt" => '>' as u32,
            "amp" => '&' as u32,
            "quot" => '"' as u32,
            _ => return None,
        };
    }
    let ch = char::from_u32(code).filter(|&c| c != '\0')?;
    if at(end) == b';' {
        end += 1;
    }
    Some((ch, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(f: &Formatted) -> Vec<(String, usize, usize)> {
        f.entities
            .iter()
            .map(|e| (e.kind.clone(), e.offset, e.length))
            .collect()
    }

    #[test]
    fn parses_nested_tags_with_utf16_offsets() {
        let f = parse_html("😀 <b>fett <i>kursiv</i></b> &lt;3 &#x41;&#66;").unwrap();
        assert_eq!(f.text, "😀 fett kursiv <3 AB");
        assert_eq!(
            kinds(&f),
            vec![("bold".into(), 3, 11), ("italic".into(), 8, 6)]
        );
    }

    #[test]
    fn pre_with_language_and_links() {
        let f = parse_html(
            "<pre><code class=\"language-rust\">x</code></pre><a href=\"example.org\">l</a>",
        )
        .unwrap();
        assert_eq!(f.entities[0].kind, "pre");
        assert_eq!(f.entities[0].language.as_deref(), Some("rust"));
        assert_eq!(f.entities[1].url.as_deref(), Some("http://example.org/"));
    }

    #[test]
    fn rejects_what_telegram_rejects() {
        for (src, needle) in [
            ("<br>", "Unsupported start tag \"br\""),
            (
                "<b>x",
                "Can't find end tag corresponding to start tag \"b\"",
            ),
            ("<b>x</i>", "Unmatched end tag"),
            ("x</b>", "Unexpected end tag"),
            ("<span>x</span>", "must have class \"tg-spoiler\""),
            ("a < b", "Unsupported start tag \"\""),
            ("<b", "Unclosed start tag"),
            ("Q&A", "unescaped \"&\""),
            ("&nbsp;", "Unsupported HTML entity"),
        ] {
            let err = parse_html(src).unwrap_err();
            assert!(err.contains(needle), "{src}: {err}");
        }
    }
}
