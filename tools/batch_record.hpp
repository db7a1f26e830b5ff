// The per-page work of the batch modes, shared by the CLI (tree_mode.cpp, jsonl_mode.cpp) and the Python module
// (python/), so that a page cleaned by either comes out byte for byte the same.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "cli_options.hpp"

namespace winnow::cli {

struct JsonlRecord;

// The cleaner for the given --input, and one that takes "auto" input as text (for .txt files
// and "text" records).
struct Cleaners {
    std::unique_ptr<Cleaner> html;
    std::unique_ptr<Cleaner> text;
    Cleaners(const Options& o, std::shared_ptr<const SiteProfile> profile);
    const Cleaner& pick(bool is_text) const { return is_text ? *text : *html; }
};

std::string render(const Document& doc, OutputFormat format, const EmitOptions& emit);
const char* format_ext(OutputFormat format);

// Reads one page of a tree: refuses non-regular files and files over the limit before
// reading them; gzip is inflated.
bool read_page(const std::string& path, std::size_t max_bytes, std::string& out, std::string& reason);

// What a streamed JSON Lines line may decode to for a size limit (the page and a few short
// fields); the stream reader holds no line past it (line_source.hpp).
std::size_t max_jsonl_page_line(std::size_t max_input_bytes);

// Pass 1 on one record line: the page cleaned without a profile (error set when the line is
// not a record or the page fails). bytes: the page's size, for counters.
Result learn_jsonl_line(std::string_view line, bool oversize, const Cleaners& cleaners, std::size_t& bytes);

// What pass one knows of a record and pass two writes out.
struct JsonlOutcome {
    std::uint64_t line_no = 0;
    std::string id_json;      // raw JSON of the record's id, empty when absent
    std::string url;          // the record's url, empty when absent
    std::string why;          // why the record failed (empty: it did not)
    std::uint64_t bytes = 0;  // size of the page it carried
};

// One output line (newline included): the record's document in the chosen format
// ({"id","url","meta","warnings","xml"|"text"|"document"}), or, without a document, its error
// ({"id","line","url","error"}).
std::string jsonl_output_line(const JsonlOutcome& rec, const Document* doc, OutputFormat format, const EmitOptions& emit);


struct RecordOutcome {
    bool ok = false;
    bool warnings = false;
    std::size_t bytes = 0;
    std::string url;            // of the record, when it had one
    std::string error;          // why it failed
};

// The error of a line the input ends inside (damage: "truncated gzip data", ...): partial is what
// came before the damage, possibly nothing. rec gets the id and url read before the cut.
std::string cut_record_error(std::string_view partial, std::string_view damage, JsonlRecord& rec);
// Its output line (the error record; outcome.ok stays false).
std::string cut_jsonl_line(std::string_view partial, std::string_view damage, std::uint64_t line_no, OutputFormat format,
                           const EmitOptions& emit, RecordOutcome& outcome);

// Pass 2 on one record line: the output record, newline included ({"url","meta","xml"|...}
// or {"line","url","error"}). line_no: its number counted across all inputs. emit as the
// CLI uses it (JSON documents are embedded unindented).
std::string clean_jsonl_line(std::string_view line, bool oversize, std::uint64_t line_no, const Cleaners& cleaners,
                             OutputFormat format, const EmitOptions& emit, RecordOutcome& outcome);

}  // namespace winnow::cli
