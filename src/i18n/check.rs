//! The checks every locale must pass, against German (the reference): the same messages
//! with the same variables, every CLDR plural category of its language wherever a message
//! selects on a number (Arabic has six), the same Telegram HTML tags, well nested, and in
//! right-to-left locales no rendered line that Telegram would lay out left to right.
//!
//! One place for them: `cargo test --test locales` runs them over `locales/`, and
//! `wegweiser locales import` runs them over a translator's spreadsheet before it writes
//! anything ([`crate::cli::locales`]).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use icu_plurals::{PluralCategory, PluralRules};

use super::examples;
use super::{Texts, markup};

/// What a locale defines: per message (or `message.attribute`), the variables it uses.
pub type Shape = BTreeMap<String, BTreeSet<String>>;

/// One plural selector that lacks categories: (message, missing categories).
pub type PluralGap = (String, Vec<&'static str>);

/// One problem with one message of a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The message id (`id` or `id.attribute`); `""` for the file as a whole.
    pub id: String,
    pub kind: Kind,
    pub text: String,
}

/// What kind of check a problem fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Not valid Fluent.
    Syntax,
    /// A German message the locale lacks, or a message German lacks.
    Messages,
    /// Other variables than German's.
    Variables,
    /// A plural selector without every CLDR category of the language.
    Plurals,
    /// Other HTML tags than German's, or tags Telegram would reject.
    Tags,
    /// A line laid out left to right in a right-to-left locale.
    Direction,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.id, self.text)
    }
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The CLDR cardinal plural categories of a language (`ar`: all six; `ti`: one, other).
/// A language without CLDR rules gets only `other`.
pub fn plural_categories(lang: &str) -> BTreeSet<&'static str> {
    let rules = icu_locale_core::Locale::try_from_str(lang)
        .ok()
        .and_then(|locale| PluralRules::try_new_cardinal((&locale).into()).ok());
    match rules {
        Some(rules) => rules.categories().map(category_name).collect(),
        None => BTreeSet::from(["other"]),
    }
}

struct Walker<'a> {
    vars: BTreeSet<String>,
    plural_gaps: Vec<Vec<&'static str>>,
    categories: &'a BTreeSet<&'static str>,
}

impl Walker<'_> {
    fn pattern(&mut self, p: &ast::Pattern<&str>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, e: &ast::Expression<&str>) {
        match e {
            ast::Expression::Inline(i) => self.inline(i),
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                let keys: BTreeSet<String> = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                // A selector is a plural selector when its keys are plural categories
                // (a string selector such as `$kind` uses other identifiers).
                let is_plural = keys
                    .iter()
                    .any(|k| CATEGORY_NAMES.contains(&k.as_str()) && k != "other");
                if is_plural {
                    let missing: Vec<&'static str> = self
                        .categories
                        .iter()
                        .filter(|c| !keys.contains(**c))
                        .copied()
                        .collect();
                    if !missing.is_empty() {
                        self.plural_gaps.push(missing);
                    }
                }
                for v in variants {
                    self.pattern(&v.value);
                }
            }
        }
    }

    fn inline(&mut self, i: &ast::InlineExpression<&str>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                self.vars.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::TermReference {
                arguments: Some(a), ..
            } => self.arguments(a),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }

    fn arguments(&mut self, a: &ast::CallArguments<&str>) {
        for p in &a.positional {
            self.inline(p);
        }
        for n in &a.named {
            self.inline(&n.value);
        }
    }
}

/// Reads one locale: its shape and the plural selectors that lack categories, or the
/// Fluent syntax errors.
pub fn read_locale(lang: &str, source: &str) -> Result<(Shape, Vec<PluralGap>), String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errs)| syntax_errors(source, &errs))?;
    let categories = plural_categories(lang);
    let mut shape = Shape::new();
    let mut gaps = vec![];
    let mut visit = |key: String, pattern: Option<&ast::Pattern<&str>>| {
        let mut w = Walker {
            vars: BTreeSet::new(),
            plural_gaps: vec![],
            categories: &categories,
        };
        if let Some(p) = pattern {
            w.pattern(p);
        }
        for missing in w.plural_gaps {
            gaps.push((key.clone(), missing));
        }
        shape.insert(key, w.vars);
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        for a in attributes {
            visit(format!("{id}.{}", a.id.name), Some(&a.value));
        }
        visit(id, value);
    }
    Ok((shape, gaps))
}

/// Fluent syntax errors as "line N: …".
pub fn syntax_errors(source: &str, errors: &[fluent_syntax::parser::ParserError]) -> String {
    errors
        .iter()
        .map(|e| {
            let line = source[..e.pos.start.min(source.len())]
                .matches('\n')
                .count()
                + 1;
            format!("line {line}: {:?}", e.kind)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn vars_list(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        return "none".to_owned();
    }
    vars.iter()
        .map(|v| format!("{{ ${v} }}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything wrong with `source` (locale `lang`) against the German `reference` source:
/// syntax, messages missing or not in German, other variables, missing plural categories,
/// other or badly nested HTML tags, and (right-to-left locales) lines that turn left to
/// right. Problems without a message (syntax errors) have the id `""`.
pub fn locale_problems(lang: &str, source: &str, reference: &str) -> Vec<Problem> {
    let problem = |id: &str, kind: Kind, text: String| Problem {
        id: id.to_owned(),
        kind,
        text,
    };
    let (german, _) = match read_locale(super::REFERENCE, reference) {
        Ok(r) => r,
        Err(e) => {
            return vec![problem(
                "",
                Kind::Syntax,
                format!("German (the reference): {e}"),
            )];
        }
    };
    let (shape, gaps) = match read_locale(lang, source) {
        Ok(r) => r,
        Err(e) => return vec![problem("", Kind::Syntax, format!("not valid Fluent: {e}"))],
    };
    let mut problems = vec![];
    for (id, vars) in &german {
        match shape.get(id) {
            None => problems.push(problem(id, Kind::Messages, "missing".to_owned())),
            Some(v) if v != vars => problems.push(problem(
                id,
                Kind::Variables,
                format!(
                    "uses the variables {}, German uses {}",
                    vars_list(v),
                    vars_list(vars)
                ),
            )),
            Some(_) => {}
        }
    }
    for id in shape.keys().filter(|id| !german.contains_key(*id)) {
        problems.push(problem(
            id,
            Kind::Messages,
            "is not in German (the reference)".to_owned(),
        ));
    }
    for (id, missing) in gaps {
        problems.push(problem(
            &id,
            Kind::Plurals,
            format!("lacks the plural categories {}", missing.join(", ")),
        ));
    }
    if lang == super::REFERENCE {
        return problems;
    }
    let texts = match Texts::from_sources(&[(super::REFERENCE, reference), (lang, source)]) {
        Ok(t) => t,
        Err(e) => {
            problems.push(problem("", Kind::Syntax, e.to_string()));
            return problems;
        }
    };
    for (id, vars) in shape.iter().filter(|(id, _)| german.contains_key(*id)) {
        if id.starts_with('-') {
            continue;
        }
        problems.extend(
            rendering_problems(&texts, lang, id, vars)
                .into_iter()
                .map(|(kind, t)| problem(id, kind, t)),
        );
    }
    problems
}

/// Tags Telegram's HTML parse mode knows.
const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
];

/// The tag names of rendered Telegram HTML, in order (`b`, `/b`, `a`, …).
fn tags(html: &str) -> Vec<String> {
    let mut out = vec![];
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let end = after.find('>').unwrap_or(after.len());
        let inner = &after[..end];
        let name = inner.split_whitespace().next().unwrap_or("");
        out.push(name.to_ascii_lowercase());
        rest = &after[end.min(after.len())..];
    }
    out
}

/// What is wrong with the tags of one rendering: unknown or badly nested.
fn tag_problem(html: &str) -> Option<String> {
    let mut open: Vec<String> = vec![];
    for tag in tags(html) {
        match tag.strip_prefix('/') {
            Some(name) => match open.pop() {
                Some(o) if o == name => {}
                _ => return Some(format!("the tag </{name}> closes no open <{name}>")),
            },
            None if TAGS.contains(&tag.as_str()) => open.push(tag),
            None => return Some(format!("<{tag}> is not a tag Telegram knows")),
        }
    }
    open.pop().map(|o| format!("the tag <{o}> is never closed"))
}

/// Renders message `id` of `lang` (and of German) with the example arguments for every
/// plural count and finds: tags other than German's, badly nested tags, and in
/// right-to-left locales lines whose first strong character is left to right.
fn rendering_problems(
    texts: &Texts,
    lang: &str,
    id: &str,
    vars: &BTreeSet<String>,
) -> Vec<(Kind, String)> {
    let mut problems = BTreeSet::new();
    let mut german_tags = BTreeSet::new();
    let mut own_tags = BTreeSet::new();
    for args in examples::renderings(lang, vars) {
        let args = examples::borrowed(&args);
        let german = texts.t_with(super::REFERENCE, id, &args);
        german_tags.extend(tags(&german));
        let text = texts.t_with(lang, id, &args);
        own_tags.extend(tags(&text));
        if let Some(p) = tag_problem(&text) {
            problems.insert((Kind::Tags, p));
        }
        if markup::is_rtl(lang) {
            for line in paragraphs(&text) {
                if first_strong_is_rtl(line) == Some(false) {
                    problems.insert((
                        Kind::Direction,
                        format!(
                            "a line is laid out left to right in a right-to-left message: {:?}",
                            markup::visible(line)
                        ),
                    ));
                }
            }
        }
    }
    if own_tags != german_tags {
        problems.insert((
            Kind::Tags,
            format!(
                "uses the HTML tags {}, German uses {}",
                tag_names(&own_tags),
                tag_names(&german_tags)
            ),
        ));
    }
    problems.into_iter().collect()
}

fn tag_names(tags: &BTreeSet<String>) -> String {
    let open: Vec<String> = tags
        .iter()
        .filter(|t| !t.starts_with('/'))
        .map(|t| format!("<{t}>"))
        .collect();
    if open.is_empty() {
        "none".to_owned()
    } else {
        open.join(" ")
    }
}

/// The paragraphs of a text as the Unicode bidirectional algorithm sees them: split at
/// every paragraph separator (line feed, carriage return, U+2029, …), not only at `\n`.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    use unicode_bidi::{BidiClass, bidi_class};
    text.split(|c| bidi_class(c) == BidiClass::B)
}

/// The first strong direction of a line as Telegram shows it (tags gone, entities
/// decoded), skipping isolated runs as UAX #9 rule P2 does: `Some(true)` for RTL.
pub fn first_strong_is_rtl(line: &str) -> Option<bool> {
    use unicode_bidi::{BidiClass, bidi_class};
    let shown = markup::visible(line)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let mut depth = 0usize;
    for c in shown.chars() {
        match c {
            '\u{2066}' | '\u{2067}' | '\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => match bidi_class(c) {
                BidiClass::R | BidiClass::AL => return Some(true),
                BidiClass::L => return Some(false),
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_must_nest_and_be_known() {
        assert_eq!(tag_problem("<b>a</b> <a href=\"x\">b</a>"), None);
        assert!(tag_problem("<b>a").unwrap().contains("never closed"));
        assert!(tag_problem("<b><i>a</b></i>").unwrap().contains("</b>"));
        assert!(tag_problem("<br>").unwrap().contains("<br>"));
    }

    #[test]
    fn a_paragraph_separator_starts_a_new_line() {
        let lines: Vec<&str> = paragraphs("a\nb\u{2029}c\rd").collect();
        assert_eq!(lines, ["a", "b", "c", "d"]);
    }
}
