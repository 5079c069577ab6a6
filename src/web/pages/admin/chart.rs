//! A bar chart of twelve months, drawn on the server as SVG inside the page (no script, no
//! library): one group of bars per month, one bar per series. Readable without colour:
//! each series has its own fill pattern (solid, hatched, dotted) shown in the legend, every
//! bar carries its value as text above it and a `<title>` with month, series and value,
//! and the chart as a whole has a `<title>` and a `<desc>` with the year's totals.

use maud::{Markup, html};

/// One series: its label (plain text) and its value per month from January.
pub struct Series<'a> {
    pub label: &'a str,
    pub values: [i64; 12],
}

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 8.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 28.0;

/// The fills of the series, in order (see `style.css` for their colours).
const FILLS: [&str; 3] = ["solid", "hatched", "dotted"];

fn fill(id: &str, i: usize) -> String {
    match FILLS[i % FILLS.len()] {
        "solid" => "currentColor".to_owned(),
        kind => format!("url(#{id}-{kind})"),
    }
}

/// The patterns a chart's series fill with (ids prefixed by the chart's, so several
/// charts on one page do not collide).
fn patterns(id: &str) -> Markup {
    html! {
        defs {
            pattern id={ (id) "-hatched" } width="6" height="6" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)" {
                rect width="6" height="6" fill="white" {}
                rect width="3" height="6" fill="currentColor" {}
            }
            pattern id={ (id) "-dotted" } width="5" height="5" patternUnits="userSpaceOnUse" {
                rect width="5" height="5" fill="white" {}
                circle cx="2.5" cy="2.5" r="1.5" fill="currentColor" {}
            }
        }
    }
}

/// The chart `id` titled `title`: `months` are the twelve month names, `bar_title`
/// makes a bar's tooltip from (month, series, value), `desc` says the totals in words.
pub fn bars(
    id: &str,
    title: &str,
    desc: &str,
    months: &[String; 12],
    series: &[Series<'_>],
    bar_title: impl Fn(&str, &str, i64) -> String,
) -> Markup {
    let max = series
        .iter()
        .flat_map(|s| s.values)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let plot = HEIGHT - TOP - BOTTOM;
    let group = (WIDTH - LEFT) / 12.0;
    let bar = group * 0.8 / series.len().max(1) as f64;
    let baseline = TOP + plot;
    html! {
        figure.chart id=(id) {
            svg role="img" aria-labelledby={ (id) "-title " (id) "-desc" } dir="ltr"
                viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width="100%" {
                title id={ (id) "-title" } { (title) }
                desc id={ (id) "-desc" } { (desc) }
                (patterns(id))
                line.axis x1=(LEFT) y1=(baseline) x2=(WIDTH) y2=(baseline) {}
                @for (m, name) in months.iter().enumerate() {
                    @let x0 = LEFT + group * m as f64 + group * 0.1;
                    g.month {
                        @for (i, s) in series.iter().enumerate() {
                            @let v = s.values[m];
                            @let h = (v as f64 / max * plot).round();
                            @let x = x0 + bar * i as f64;
                            rect class={ "bar s" (i) } x=(x) y=(baseline - h) width=(bar - 1.0)
                                height=(h) fill=(fill(id, i)) stroke="currentColor" {
                                title { (bar_title(name, s.label, v)) }
                            }
                            @if v > 0 {
                                text.value x=(x + bar / 2.0) y=(baseline - h - 3.0)
                                    text-anchor="middle" { (v) }
                            }
                        }
                        text.label x=(x0 + group * 0.4) y=(HEIGHT - 8.0) text-anchor="middle" {
                            (name)
                        }
                    }
                }
            }
            figcaption {
                strong { (title) }
                ul.legend {
                    @for (i, s) in series.iter().enumerate() {
                        li {
                            svg.swatch width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" {
                                (patterns(&format!("{id}-key{i}")))
                                rect x="0.5" y="0.5" width="13" height="13" stroke="currentColor"
                                    fill=(fill(&format!("{id}-key{i}"), i)) {}
                            }
                            " " (s.label)
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bar_says_its_value_and_the_chart_its_title() {
        let months: [String; 12] = std::array::from_fn(|m| format!("M{}", m + 1));
        let mut values = [0; 12];
        values[2] = 4;
        values[3] = 2;
        let svg = bars(
            "c",
            "Termine",
            "Summe 6",
            &months,
            &[Series {
                label: "Geplant",
                values,
            }],
            |m, s, v| format!("{m}: {s} {v}"),
        )
        .into_string();
        assert!(
            svg.contains("<title id=\"c-title\">Termine</title>"),
            "{svg}"
        );
        assert!(svg.contains("<title>M3: Geplant 4</title>"), "{svg}");
        assert!(
            svg.contains(">4</text>") && svg.contains(">2</text>"),
            "{svg}"
        );
        assert_eq!(svg.matches("<rect class=\"bar s0\"").count(), 12);
        // The highest bar fills the plot, the other is half as high.
        assert!(svg.contains("height=\"192\""), "{svg}");
        assert!(svg.contains("height=\"96\""), "{svg}");
    }
}
