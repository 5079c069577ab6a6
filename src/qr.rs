//! QR codes of invite links, as PNG images to send with `sendPhoto`, and as SVG drawings
//! to put into a web page (inline, so no address carries the link) and print.
//!
//! Black modules on white, error correction level M (15 % of the code may be damaged or
//! covered), a quiet zone of 4 modules on every side as the standard asks, each module a
//! whole number of pixels so that the image is about [`TARGET_WIDTH`] pixels wide: large
//! enough to print on paper and scan from across a desk. 8-bit grayscale, deterministic:
//! the same text always gives the same bytes.

use qrcodegen::{QrCode, QrCodeEcc};

/// The width the image aims at, in pixels.
pub const TARGET_WIDTH: u32 = 600;
/// The white border around the code, in modules (ISO/IEC 18004 asks for 4).
pub const QUIET_ZONE: u32 = 4;

const BLACK: u8 = 0x00;
const WHITE: u8 = 0xFF;

/// Why no QR code could be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("the text is too long for a QR code ({0} bytes)")]
    TooLong(usize),
    #[error("cannot encode the PNG image: {0}")]
    Png(String),
}

/// The QR code of `text` as PNG bytes.
///
/// # Panics
///
/// If `text` does not fit into a QR code (more than about 2,300 bytes at level M); an
/// invite link is under 100. Use [`try_png`] for text of unknown length.
pub fn png(text: &str) -> Vec<u8> {
    try_png(text).unwrap_or_else(|e| panic!("QR code of a {}-byte text: {e}", text.len()))
}

/// The QR code of `text` as PNG bytes, or why it cannot be made.
pub fn try_png(text: &str) -> Result<Vec<u8>, QrError> {
    let code =
        QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrError::TooLong(text.len()))?;
    let modules = u32::try_from(code.size()).expect("a QR code is at most 177 modules wide");
    let scale = module_pixels(modules);
    let side = (modules + 2 * QUIET_ZONE) * scale;

    let mut pixels = vec![WHITE; (side * side) as usize];
    for y in 0..modules {
        for x in 0..modules {
            if !code.get_module(x as i32, y as i32) {
                continue;
            }
            let left = (x + QUIET_ZONE) * scale;
            let top = (y + QUIET_ZONE) * scale;
            for row in top..top + scale {
                let start = (row * side + left) as usize;
                pixels[start..start + scale as usize].fill(BLACK);
            }
        }
    }

    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let png_error = |e: png::EncodingError| QrError::Png(e.to_string());
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(&pixels).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

/// A QR code as an SVG drawing: a square of [`Svg::side`] modules (quiet zone included),
/// white, with the dark modules as one path in module units. Put into a page as
/// `<svg viewBox="0 0 {side} {side}"><rect width=… fill="#fff"/><path d={dark} fill="#000"/></svg>`;
/// it scales to any size on screen and on paper without blur.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Svg {
    /// Width and height in modules, the quiet zone on every side included.
    pub side: u32,
    /// The dark modules: one `M x y h n v1 h-n z` per horizontal run (only ASCII digits,
    /// letters, spaces and minus signs).
    pub dark: String,
}

/// The QR code of `text` as an SVG drawing, or why it cannot be made.
pub fn try_svg(text: &str) -> Result<Svg, QrError> {
    let code =
        QrCode::encode_text(text, QrCodeEcc::Medium).map_err(|_| QrError::TooLong(text.len()))?;
    let modules = code.size();
    let quiet = QUIET_ZONE as i32;
    let mut dark = String::new();
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            if !dark.is_empty() {
                dark.push(' ');
            }
            dark.push_str(&format!("M{} {}h{run}v1h-{run}z", start + quiet, y + quiet));
        }
    }
    Ok(Svg {
        side: u32::try_from(modules).expect("a QR code is at most 177 modules wide")
            + 2 * QUIET_ZONE,
        dark,
    })
}

/// The QR code of `text` as a whole inline `<svg>` element (the drawing of [`try_svg`]),
/// scaled by the page; `None` if the text is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let Svg { side, dark } = try_svg(text).ok()?;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\" role=\"img\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{dark}\"/></svg>"
    ))
}

/// Pixels per module so that code and quiet zone come closest to [`TARGET_WIDTH`].
fn module_pixels(modules: u32) -> u32 {
    let total = modules + 2 * QUIET_ZONE;
    ((TARGET_WIDTH + total / 2) / total).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://t.me/wegweiser_bot?start=m_AAAAAAAAAAAAAAAAAAAAAAAA";

    /// Width, height and the grayscale pixels of a PNG.
    fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().expect("a valid PNG header");
        let mut buf = vec![0; reader.output_buffer_size().expect("a sane size")];
        let info = reader.next_frame(&mut buf).expect("valid image data");
        assert_eq!(info.color_type, png::ColorType::Grayscale);
        assert_eq!(info.bit_depth, png::BitDepth::Eight);
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    #[test]
    fn is_a_png() {
        assert!(png(LINK).starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]));
    }

    #[test]
    fn is_square_printable_and_has_a_white_quiet_zone() {
        let (w, h, px) = decode(&png(LINK));
        assert_eq!(w, h);
        assert!((400..=700).contains(&w), "{w} px");
        let at = |x: u32, y: u32| px[(y * w + x) as usize];
        for (x, y) in [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)] {
            assert_eq!(at(x, y), WHITE, "corner ({x}, {y})");
        }
        // Only black and white.
        assert!(px.iter().all(|&p| p == BLACK || p == WHITE));
    }

    #[test]
    fn finder_patterns_sit_inside_the_quiet_zone() {
        let code = QrCode::encode_text(LINK, QrCodeEcc::Medium).unwrap();
        let modules = code.size() as u32;
        let (w, _, px) = decode(&png(LINK));
        let scale = w / (modules + 2 * QUIET_ZONE);
        assert_eq!(w, (modules + 2 * QUIET_ZONE) * scale);
        // The colour at the centre of module (mx, my) of the code (0-based, without the
        // quiet zone).
        let module = |mx: u32, my: u32| {
            let x = (mx + QUIET_ZONE) * scale + scale / 2;
            let y = (my + QUIET_ZONE) * scale + scale / 2;
            px[(y * w + x) as usize]
        };
        let last = modules - 7; // where the right and bottom finder patterns start
        for (fx, fy) in [(0, 0), (last, 0), (0, last)] {
            // 7×7: a black ring, a white ring, a black 3×3 centre.
            assert_eq!(
                module(fx, fy),
                BLACK,
                "outer corner of finder at ({fx}, {fy})"
            );
            assert_eq!(module(fx + 6, fy + 6), BLACK);
            assert_eq!(module(fx + 1, fy + 1), WHITE, "white ring");
            assert_eq!(module(fx + 5, fy + 1), WHITE);
            assert_eq!(module(fx + 3, fy + 3), BLACK, "centre");
            assert_eq!(module(fx + 2, fy + 4), BLACK);
        }
        // The quiet zone just outside the top-left finder pattern is white.
        let edge = QUIET_ZONE * scale;
        assert_eq!(px[(edge / 2 * w + edge / 2) as usize], WHITE);
        assert_eq!(px[(edge * w + edge - 1) as usize], WHITE);
        assert_eq!(px[(edge * w + edge) as usize], BLACK);
    }

    #[test]
    fn the_svg_element_carries_the_drawing_in_its_view_box() {
        let drawing = try_svg(LINK).unwrap();
        let image = svg(LINK).unwrap();
        assert!(image.starts_with("<svg "), "{image}");
        let side = drawing.side;
        assert!(image.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert!(image.contains(&format!("d=\"{}\"", drawing.dark)));
        assert_eq!(svg(&"x".repeat(5000)), None);
    }

    #[test]
    fn the_same_text_gives_the_same_bytes() {
        assert_eq!(png(LINK), png(LINK));
        assert_ne!(png(LINK), png("https://t.me/wegweiser_bot?start=c_B"));
    }

    /// The dark modules an SVG path covers, as (x, y) in the drawing's module grid.
    fn svg_modules(svg: &Svg) -> std::collections::HashSet<(u32, u32)> {
        let mut out = std::collections::HashSet::new();
        // Runs are `M{x} {y}h{n}v1h-{n}z`, separated by a space.
        for part in svg.dark.split('M').map(str::trim).filter(|p| !p.is_empty()) {
            let body = part.strip_suffix('z').unwrap();
            let (x, rest) = body.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let (run, back) = rest.split_once("v1h-").unwrap();
            assert_eq!(run, back, "{part}");
            let (x, y, run): (u32, u32, u32) =
                (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            for i in 0..run {
                assert!(out.insert((x + i, y)), "drawn twice: {part}");
            }
        }
        out
    }

    #[test]
    fn the_svg_draws_the_same_modules_as_the_png_inside_the_quiet_zone() {
        let code = QrCode::encode_text(LINK, QrCodeEcc::Medium).unwrap();
        let modules = code.size() as u32;
        let svg = try_svg(LINK).unwrap();
        assert_eq!(svg.side, modules + 2 * QUIET_ZONE);
        let drawn = svg_modules(&svg);
        for y in 0..modules {
            for x in 0..modules {
                assert_eq!(
                    drawn.contains(&(x + QUIET_ZONE, y + QUIET_ZONE)),
                    code.get_module(x as i32, y as i32),
                    "module ({x}, {y})"
                );
            }
        }
        assert!(
            drawn
                .iter()
                .all(|&(x, y)| (QUIET_ZONE..QUIET_ZONE + modules).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + modules).contains(&y))
        );
        assert!(
            svg.dark
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-'),
            "nothing to escape"
        );
        assert_eq!(try_svg(LINK), try_svg(LINK));
        assert_eq!(try_svg(&"x".repeat(5000)), Err(QrError::TooLong(5000)));
    }

    #[test]
    fn long_codes_stay_printable_and_too_long_text_is_an_error() {
        let long = "x".repeat(2000);
        let (w, _, _) = decode(&png(&long));
        assert!(w >= 400, "{w} px");
        assert_eq!(try_png(&"x".repeat(5000)), Err(QrError::TooLong(5000)));
    }
}
