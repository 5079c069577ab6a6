//! Files: the ids the fake hands out for uploaded photos and documents.

use serde_json::{Value, json};

use super::state::State;

/// A file known to the fake, addressable by any of its `file_id`s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FileMeta {
    pub file_id: String,
    pub file_unique_id: String,
    pub size: usize,
    pub width: u32,
    pub height: u32,
    pub file_name: Option<String>,
    pub mime_type: Option<String>,
}

impl FileMeta {
    pub(crate) fn photo_size_json(&self) -> Value {
        json!({
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "width": self.width,
            "height": self.height,
        })
    }

    pub(crate) fn document_json(&self) -> Value {
        let mut v = json!({
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
        });
        if let Some(n) = &self.file_name {
            v["file_name"] = json!(n);
        }
        if let Some(m) = &self.mime_type {
            v["mime_type"] = json!(m);
        }
        v
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum StoredFile {
    Photo(Vec<FileMeta>),
    Document(FileMeta),
}

impl State {
    fn next_file_ids(&mut self, prefix: &str) -> (String, String) {
        self.next_file += 1;
        let n = self.next_file;
        (
            format!("{prefix}ACAgIAAxkBAAI{n:08}fake"),
            format!("AQAD{n:08}"),
        )
    }

    /// Registers a newly "uploaded" photo and returns its sizes.
    pub(crate) fn new_photo(&mut self, size: usize) -> Vec<FileMeta> {
        let dims = [(90u32, 68u32), (1280, 960)];
        let sizes: Vec<FileMeta> = dims
            .iter()
            .map(|&(width, height)| {
                let (file_id, file_unique_id) = self.next_file_ids("Ag");
                FileMeta {
                    file_id,
                    file_unique_id,
                    size: if width < 100 { size.min(2_000) } else { size },
                    width,
                    height,
                    file_name: None,
                    mime_type: None,
                }
            })
            .collect();
        for s in &sizes {
            self.files
                .insert(s.file_id.clone(), StoredFile::Photo(sizes.clone()));
        }
        sizes
    }

    /// Registers a newly "uploaded" document.
    pub(crate) fn new_document(&mut self, file_name: &str, size: usize) -> FileMeta {
        let (file_id, file_unique_id) = self.next_file_ids("BQ");
        let meta = FileMeta {
            file_id,
            file_unique_id,
            size,
            width: 0,
            height: 0,
            file_name: Some(file_name.to_owned()),
            mime_type: Some(mime_for(file_name).to_owned()),
        };
        self.files
            .insert(meta.file_id.clone(), StoredFile::Document(meta.clone()));
        meta
    }
}

/// MIME type Telegram would report for a document name.
pub(crate) fn mime_for(file_name: &str) -> &'static str {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "txt" => "text/plain",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "json" => "application/json",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "zip" => "application/zip",
        "ics" => "text/calendar",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        _ => "application/octet-stream",
    }
}
