//! A message the bot sends (Telegram HTML) shown in a page, as its reader sees it in
//! Telegram: bold, italic, links and the like kept, everything else shown as text.
//!
//! The bot escapes every value it puts into a message, so its Telegram HTML is already
//! safe; this is the second fence, should a message ever carry markup it should not: only
//! Telegram's own tags pass (bare, without attributes, except a link's `href` when it is
//! `http`, `https`, `mailto` or `tel`), any other tag reads as text, an `&` that starts no
//! entity becomes `&amp;`, and every tag left open is closed.

/// Telegram's tags and what a page writes for each (`tg-spoiler` as a `span`).
fn page_tag(name: &str) -> Option<&'static str> {
    Some(match name {
        "b" | "strong" => "b",
        "i" | "em" => "i",
        "u" | "ins" => "u",
        "s" | "strike" | "del" => "s",
        "code" => "code",
        "pre" => "pre",
        "blockquote" => "blockquote",
        "tg-spoiler" | "span" => "span",
        "a" => "a",
        _ => return None,
    })
}

/// `s` with the entities Telegram knows decoded (`&lt;` `&gt;` `&amp;` `&quot;` `&#NN;`
/// `&#xNN;`); anything else stays as written.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match entity(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an entity at the start of `s` stands for, and the entity's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let end = s.find(';')?;
    let name = &s[1..end];
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

fn escape_attr(s: &str) -> String {
    crate::i18n::markup::escape(s)
}

/// A link's address from a tag's attributes, if it is one a page may follow.
fn href(attrs: &str) -> Option<String> {
    let at = attrs.find("href")?;
    let rest = attrs[at + 4..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    let url = unescape(&value[..value.find(quote)?]);
    let lower = url.to_ascii_lowercase();
    ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|s| lower.starts_with(s))
        .then_some(url)
}

/// Telegram HTML as HTML for a page (see the module's rules).
pub fn to_page(telegram: &str) -> String {
    let mut out = String::with_capacity(telegram.len() + 16);
    let mut open: Vec<&'static str> = vec![];
    let mut rest = telegram;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let Some(end) = rest.find('>') else {
                    out.push_str("&lt;");
                    rest = &rest[1..];
                    continue;
                };
                let inner = &rest[1..end];
                let (closing, body) = match inner.strip_prefix('/') {
                    Some(b) => (true, b),
                    None => (false, inner),
                };
                let name_end = body
                    .find(|c: char| c.is_whitespace() || c == '/')
                    .unwrap_or(body.len());
                let name = body[..name_end].to_ascii_lowercase();
                match page_tag(&name) {
                    Some(tag) if closing => {
                        if let Some(i) = open.iter().rposition(|t| *t == tag) {
                            for t in open.drain(i..).rev() {
                                out.push_str(&format!("</{t}>"));
                            }
                        }
                    }
                    Some("a") => {
                        match href(&body[name_end..]) {
                            Some(url) => out.push_str(&format!(
                                "<a href=\"{}\" rel=\"noopener noreferrer\">",
                                escape_attr(&url)
                            )),
                            None => out.push_str("<a>"),
                        }
                        open.push("a");
                    }
                    Some("span") => {
                        out.push_str("<span class=\"spoiler\">");
                        open.push("span");
                    }
                    Some(tag) => {
                        out.push_str(&format!("<{tag}>"));
                        open.push(tag);
                    }
                    None => out.push_str(&escape_attr(&rest[..=end])),
                }
                rest = &rest[end + 1..];
            }
            '&' => {
                match entity(rest) {
                    Some((_, len)) => out.push_str(&rest[..len]),
                    None => out.push_str("&amp;"),
                }
                rest = &rest[entity(rest).map_or(1, |(_, len)| len)..];
            }
            '>' => {
                out.push_str("&gt;");
                rest = &rest[1..];
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    for t in open.into_iter().rev() {
        out.push_str(&format!("</{t}>"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::to_page;

    #[test]
    fn telegram_tags_pass_and_values_stay_escaped() {
        assert_eq!(
            to_page("<b>Sprachcafé</b>\n<i>nur Deutsch</i> &lt;x&gt; &amp; &quot;"),
            "<b>Sprachcafé</b>\n<i>nur Deutsch</i> &lt;x&gt; &amp; &quot;"
        );
        assert_eq!(
            to_page("🗺 <a href=\"https://www.openstreetmap.org/search?query=a&amp;b\">Karte</a>"),
            "🗺 <a href=\"https://www.openstreetmap.org/search?query=a&amp;b\" rel=\"noopener noreferrer\">Karte</a>"
        );
        assert_eq!(
            to_page("<tg-spoiler>x</tg-spoiler>"),
            "<span class=\"spoiler\">x</span>"
        );
    }

    #[test]
    fn anything_else_reads_as_text_and_open_tags_are_closed() {
        assert_eq!(
            to_page("<script>alert(1)</script><b onclick=\"x\">a"),
            "&lt;script&gt;alert(1)&lt;/script&gt;<b>a</b>"
        );
        assert_eq!(
            to_page("<a href=\"javascript:alert(1)\">x</a> & 1 < 2 > 0"),
            "<a>x</a> &amp; 1 &lt; 2 &gt; 0"
        );
        assert_eq!(to_page("<i><b>x</i>"), "<i><b>x</b></i>");
        assert_eq!(to_page("</b>x"), "x");
    }
}
