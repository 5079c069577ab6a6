//! Turning an outbox row's arguments into message arguments.

use crate::i18n::Arg;

/// The arguments of a row as Fluent arguments: strings as text (escaped), numbers as
/// numbers. Keys starting with `_` are for the sender, not the template.
pub fn args(value: &serde_json::Value) -> Vec<(String, Arg<'static>)> {
    let Some(map) = value.as_object() else {
        return vec![];
    };
    map.iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .filter_map(|(k, v)| {
            let arg = match v {
                serde_json::Value::String(s) => Arg::text(s.clone()),
                serde_json::Value::Number(n) => Arg::Number(n.as_f64()?),
                _ => return None,
            };
            Some((k.clone(), arg))
        })
        .collect()
}

/// Borrowed view for `Texts::t_with`.
pub fn as_refs<'a>(args: &'a [(String, Arg<'static>)]) -> Vec<(&'a str, Arg<'static>)> {
    args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_numbers_pass_private_keys_do_not() {
        let v = serde_json::json!({"label": "A<B", "count": 3, "_client_id": 9, "x": [1]});
        let a = args(&v);
        assert_eq!(a.len(), 2);
        assert!(
            matches!(a.iter().find(|(k, _)| k == "count").unwrap().1, Arg::Number(n) if n == 3.0)
        );
    }
}
