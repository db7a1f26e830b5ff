// JSON Lines records for the batch CLI: a small strict reader for one input record per
// line, and the writer helpers for output records. Not a general JSON library: the reader
// keeps the top-level string members it is asked about and skips (but validates) the rest.
#pragma once
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "cli_options.hpp"
#include "json_value.hpp"

namespace winnow::cli {

// One input record: {"url": "...", "html": "..."} or {"url": "...", "text": "..."}.
// Optional: "charset" (transport charset of the original bytes), "id" (string or number,
// copied to the output record as is), "reference_date" (the crawl day, YYYY-MM-DD or an ISO
// timestamp whose day is taken: the page is not published after it).
struct JsonlRecord {
    std::string url;
    std::string body;
    bool is_text = false;       // body came from "text" rather than "html"
    std::string charset;
    std::string id_json;        // raw JSON of "id" (e.g. "\"a1\"" or "42"), empty when absent
    std::string reference_date; // YYYY-MM-DD (checked), empty when absent
};

// Parses one line. Returns false with a message in error (e.g. "line is not a JSON object",
// "record has neither \"html\" nor \"text\"").
bool parse_jsonl_record(std::string_view line, JsonlRecord& out, std::string& error);

// The url and id of a record too large to take, read from the first bytes of its line (what
// a reader keeps of it): empty when they come after the page. The error record says which.
constexpr std::size_t kOversizeLineKept = 1u << 16;
void oversize_record_names(std::string_view line_start, JsonlRecord& out);

// The Hints a record's page is cleaned with, the one builder of every reader of records (the
// JSON Lines mode's passes, batch_record.cpp's, and through it the Python module's): the
// record's url and crawl day (over the run's --reference-date), and charset "utf-8": JSON text
// is Unicode, so the page was decoded already ("charset" named its original bytes). Views
// into rec.
Hints record_hints(const JsonlRecord& rec);

// Appends s as a JSON string literal (quotes included); invalid UTF-8 bytes become U+FFFD so
// that the output is always valid JSON. (The library's writer, shared.)
using detail::append_json_string;

// Appends the metadata as a JSON object; empty fields are left out.
void append_meta_json(std::string& out, const Metadata& meta);

// Appends the fields of an output record after its first member: ,"meta":{...}, "warnings"
// when there are any, and the document as "xml", "text" or "document" (JSON, one line when
// emit.pretty is off).
void append_document_fields(std::string& out, const Document& doc, OutputFormat format, const EmitOptions& emit);

}  // namespace winnow::cli
