//! A Fluent file as lines, for changing single messages in place: every other line (group
//! comments, blank lines, other messages, their order) stays byte for byte as it was.
//!
//! A message is its `id =` line, the indented (or blank) lines that continue it, and the
//! `#` comment lines directly above it. Its *value text* is what a translator edits: the
//! pattern without `id =` and without the common indentation (`{ $count -> … }` selectors
//! included, as Fluent source).

/// The comment prefix that marks a message as unsure, awaiting a native speaker.
pub const REVIEW: &str = "# REVIEW:";

#[derive(Debug, Clone)]
struct Block {
    id: String,
    /// First line of the comment directly above (== `head` without one).
    comment: usize,
    /// The `id =` line.
    head: usize,
    /// One past the last line of the message.
    end: usize,
}

/// A Fluent source split into message blocks.
#[derive(Debug, Clone)]
pub struct FtlFile {
    lines: Vec<String>,
    blocks: Vec<Block>,
    trailing_newline: bool,
}

fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then_some(id)
}

fn is_single_comment(line: &str) -> bool {
    line == "#" || line.starts_with("# ")
}

impl FtlFile {
    pub fn parse(text: &str) -> FtlFile {
        let trailing_newline = text.ends_with('\n');
        let lines: Vec<String> = text
            .strip_suffix('\n')
            .unwrap_or(text)
            .split('\n')
            .map(str::to_owned)
            .collect();
        let mut file = FtlFile {
            lines,
            blocks: vec![],
            trailing_newline,
        };
        file.index();
        file
    }

    fn index(&mut self) {
        let lines = &self.lines;
        let mut blocks = vec![];
        let mut i = 0;
        while i < lines.len() {
            let Some(id) = message_id(&lines[i]) else {
                i += 1;
                continue;
            };
            let head = i;
            let mut comment = head;
            while comment > 0 && is_single_comment(&lines[comment - 1]) {
                comment -= 1;
            }
            // Continuation: indented lines, and blank lines followed by an indented one.
            let mut end = head + 1;
            let mut j = head + 1;
            while j < lines.len() {
                if lines[j].starts_with(' ') {
                    j += 1;
                    end = j;
                } else if lines[j].trim().is_empty() {
                    j += 1;
                } else {
                    break;
                }
            }
            blocks.push(Block {
                id: id.to_owned(),
                comment,
                head,
                end,
            });
            i = end;
        }
        self.blocks = blocks;
    }

    fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }

    /// The message ids in file order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().map(|b| b.id.as_str())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.block(id).is_some()
    }

    /// The value text of message `id` (see the module documentation).
    pub fn value(&self, id: &str) -> Option<String> {
        let b = self.block(id)?;
        let first = self.lines[b.head]
            .split_once('=')
            .map(|(_, v)| v.trim())
            .unwrap_or("");
        let rest = &self.lines[b.head + 1..b.end];
        let indent = rest
            .iter()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.len() - l.trim_start().len())
            .min()
            .unwrap_or(0);
        let mut out: Vec<&str> = vec![];
        if !first.is_empty() {
            out.push(first);
        }
        for l in rest {
            out.push(if l.trim().is_empty() {
                ""
            } else {
                l[indent..].trim_end()
            });
        }
        Some(out.join("\n"))
    }

    /// The comment lines directly above message `id`, without `# `.
    pub fn comment(&self, id: &str) -> Vec<String> {
        let Some(b) = self.block(id) else {
            return vec![];
        };
        self.lines[b.comment..b.head]
            .iter()
            .map(|l| l.trim_start_matches('#').trim_start().to_owned())
            .collect()
    }

    /// The text of the `# REVIEW:` lines of message `id` (`None`: not marked unsure).
    pub fn review(&self, id: &str) -> Option<String> {
        let b = self.block(id)?;
        let marks: Vec<&str> = self.lines[b.comment..b.head]
            .iter()
            .filter_map(|l| l.strip_prefix(REVIEW))
            .map(str::trim)
            .collect();
        (!marks.is_empty()).then(|| marks.join("\n"))
    }

    /// The other comment lines of message `id` (notes for translators), without `# `.
    pub fn note(&self, id: &str) -> String {
        let Some(b) = self.block(id) else {
            return String::new();
        };
        self.lines[b.comment..b.head]
            .iter()
            .filter(|l| !l.starts_with(REVIEW))
            .map(|l| l.trim_start_matches('#').trim_start())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The Fluent lines of a message with this value text.
    pub fn message_lines(id: &str, value: &str) -> Vec<String> {
        let value = value.replace("\r\n", "\n").replace('\r', "\n");
        let value_lines: Vec<&str> = value.trim_matches('\n').split('\n').collect();
        if value_lines.len() == 1 {
            return vec![format!("{id} = {}", value_lines[0].trim())];
        }
        let mut out = vec![format!("{id} =")];
        for l in value_lines {
            let l = l.trim_end();
            out.push(if l.is_empty() {
                String::new()
            } else {
                format!("    {l}")
            });
        }
        out
    }

    /// Replaces the value of message `id` (its comment stays); a message the file lacks is
    /// added after `after` (or at the end).
    pub fn set_value(&mut self, id: &str, value: &str, after: Option<&str>) {
        let new = Self::message_lines(id, value);
        match self.block(id).cloned() {
            Some(b) => {
                self.lines.splice(b.head..b.end, new);
            }
            None => {
                let at = after
                    .and_then(|a| self.block(a))
                    .map_or(self.lines.len(), |b| b.end);
                self.lines.splice(at..at, new);
            }
        }
        self.index();
    }

    /// Removes the `# REVIEW:` lines above message `id`; whether there were any.
    pub fn drop_review(&mut self, id: &str) -> bool {
        let Some(b) = self.block(id).cloned() else {
            return false;
        };
        let kept: Vec<String> = self.lines[b.comment..b.head]
            .iter()
            .filter(|l| !l.starts_with(REVIEW))
            .cloned()
            .collect();
        let dropped = kept.len() != b.head - b.comment;
        self.lines.splice(b.comment..b.head, kept);
        self.index();
        dropped
    }

    pub fn text(&self) -> String {
        let mut out = self.lines.join("\n");
        if self.trailing_newline {
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "## Group\n\n# REVIEW: unsure\n# Shown to managers.\na = Hallo { $name }\nb =\n    { $count ->\n        [one] ein\n       *[other] viele\n    } Termine\n\n# c\nc = Tschüss\n";

    #[test]
    fn values_comments_and_review_marks() {
        let f = FtlFile::parse(SOURCE);
        assert_eq!(f.ids().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(f.value("a").unwrap(), "Hallo { $name }");
        assert_eq!(
            f.value("b").unwrap(),
            "{ $count ->\n    [one] ein\n   *[other] viele\n} Termine"
        );
        assert_eq!(f.review("a").as_deref(), Some("unsure"));
        assert_eq!(f.note("a"), "Shown to managers.");
        assert_eq!(f.review("c"), None);
        assert_eq!(f.text(), SOURCE, "unchanged text round-trips byte for byte");
    }

    #[test]
    fn setting_a_value_keeps_everything_else() {
        let mut f = FtlFile::parse(SOURCE);
        let b = f.value("b").unwrap();
        f.set_value("b", &b, None);
        assert_eq!(f.text(), SOURCE, "the same value writes the same lines");
        f.set_value("a", "Guten Tag\n{ $name }", None);
        assert!(f.drop_review("a"));
        let text = f.text();
        assert!(text.contains("# Shown to managers.\na =\n    Guten Tag\n    { $name }\nb =\n"));
        assert!(!text.contains("REVIEW"));
        assert!(text.starts_with("## Group\n\n") && text.ends_with("# c\nc = Tschüss\n"));
    }
}
