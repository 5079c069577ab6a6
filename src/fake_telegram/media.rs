//! `sendPhoto` and `sendDocument`: uploads, `attach://` parts, reused file ids.

use serde_json::Value;

use super::{
    files::StoredFile,
    messages::{caption_param, markup_param, post, target_chat},
    params::{ApiError, ApiResult, Params},
    state::{Content, State, StoredMessage},
};

/// Resolves an `InputFile` parameter: an upload (directly or via
/// `attach://name`), a known `file_id`, or an HTTP URL.
fn input_file(s: &mut State, p: &Params, field: &str, photo: bool) -> ApiResult<Content> {
    let upload = match p.files.get(field) {
        Some(u) => Some(u.clone()),
        None => match p.str(field) {
            Some(v) if v.starts_with("attach://") => Some(
                p.files
                    .get(&v["attach://".len()..])
                    .cloned()
                    .ok_or_else(|| ApiError::bad(format!("there is no {field} in the request")))?,
            ),
            Some(_) => None,
            None => return Err(ApiError::bad(format!("there is no {field} in the request"))),
        },
    };
    if let Some(up) = upload {
        if up.bytes.is_empty() {
            return Err(ApiError::bad("file must be non-empty"));
        }
        if photo {
            if !looks_like_image(&up.bytes) {
                return Err(ApiError::bad("IMAGE_PROCESS_FAILED"));
            }
            return Ok(Content::Photo {
                sizes: s.new_photo(up.bytes.len()),
                caption: None,
            });
        }
        let name = up
            .file_name
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "document".to_owned());
        let mut file = s.new_document(&name, up.bytes.len());
        if let Some(ct) = up
            .content_type
            .filter(|ct| ct != "application/octet-stream")
        {
            file.mime_type = Some(ct);
            s.files
                .insert(file.file_id.clone(), StoredFile::Document(file.clone()));
        }
        return Ok(Content::Document {
            file,
            caption: None,
        });
    }
    let value = p.str(field).unwrap_or_default();
    if value.starts_with("http://") || value.starts_with("https://") {
        // Deliberate deviation: URLs are not fetched; they become a fake file.
        if photo {
            return Ok(Content::Photo {
                sizes: s.new_photo(50_000),
                caption: None,
            });
        }
        let name = value
            .rsplit('/')
            .next()
            .filter(|n| !n.is_empty())
            .unwrap_or("document");
        let name = name.split(['?', '#']).next().unwrap_or(name).to_owned();
        return Ok(Content::Document {
            file: s.new_document(&name, 50_000),
            caption: None,
        });
    }
    match (s.files.get(&value), photo) {
        (Some(StoredFile::Photo(sizes)), true) => Ok(Content::Photo {
            sizes: sizes.clone(),
            caption: None,
        }),
        (Some(StoredFile::Document(file)), false) => Ok(Content::Document {
            file: file.clone(),
            caption: None,
        }),
        (Some(_), _) => Err(ApiError::bad("type of file mismatch")),
        (None, _) => Err(ApiError::bad("wrong file identifier/HTTP URL specified")),
    }
}

/// JPEG, PNG, GIF, WebP or BMP magic bytes.
fn looks_like_image(b: &[u8]) -> bool {
    b.starts_with(&[0xff, 0xd8, 0xff])
        || b.starts_with(b"\x89PNG\r\n\x1a\n")
        || b.starts_with(b"GIF8")
        || (b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP")
        || b.starts_with(b"BM")
}

pub(crate) fn send_media(s: &mut State, bot: &Value, p: &Params, photo: bool) -> ApiResult<Value> {
    let chat = target_chat(s, p, "chat_id")?;
    markup_param(p, false)?;
    let caption = caption_param(p)?;
    let mut content = input_file(s, p, if photo { "photo" } else { "document" }, photo)?;
    if let Content::Photo { caption: c, .. } | Content::Document { caption: c, .. } = &mut content {
        *c = caption.as_ref().map(|(_, f)| f.clone());
    }
    let mut m = StoredMessage::new(true, content);
    m.source = caption.map(|(src, _)| src);
    m.parse_mode = p.str("parse_mode");
    post(s, bot, chat, p, m)
}
