#include "batch_record.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "input_files.hpp"
#include "jsonl.hpp"

namespace winnow::cli {

Cleaners::Cleaners(const Options& o, std::shared_ptr<const SiteProfile> profile) {
    html = std::make_unique<Cleaner>(o, profile);
    Options t = o;
    if (t.input == InputKind::automatic) t.input = InputKind::text;
    text = std::make_unique<Cleaner>(t, profile);
}

std::string render(const Document& doc, OutputFormat format, const EmitOptions& emit) {
    switch (format) {
        case OutputFormat::text: return to_text(doc);
        case OutputFormat::json: return to_json(doc, emit);
        case OutputFormat::markdown: return to_markdown(doc, emit);
        case OutputFormat::audit: return to_audit_html(doc);
        default: return to_xml(doc, emit);
    }
}

const char* format_ext(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return ".txt";
        case OutputFormat::json: return ".json";
        case OutputFormat::markdown: return ".md";
        case OutputFormat::audit: return ".audit.html";  // never "index.html", the index's name
        default: return ".xml";
    }
}

// Reads one page: refuses non-regular files and files over the limit before reading them.
bool read_page(const std::string& path, std::size_t max_bytes, std::string& out, std::string& reason) {
    out.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        reason = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        reason = "not a regular file";
        ::close(fd);
        return false;
    }
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        reason = "file is " + std::to_string(st.st_size) + " bytes, over the size limit of " +
                 std::to_string(max_bytes) + " bytes (--max-size)";
        ::close(fd);
        return false;
    }
    // One byte past the size, so the read that finds the end has room without growing (and
    // copying) the buffer to twice the page.
    out.resize(static_cast<std::size_t>(st.st_size) + 1);
    std::size_t off = 0;
    while (true) {
        if (off == out.size()) out.resize(off + 65536);  // the file grew while we read it
        const ssize_t n = ::read(fd, out.data() + off, out.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            reason = std::string("cannot read: ") + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        off += static_cast<std::size_t>(n);
        if (off > max_bytes) {
            reason = "file is over the size limit of " + std::to_string(max_bytes) + " bytes (--max-size)";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    out.resize(off);
    return maybe_gunzip(out, max_bytes, reason);
}

std::size_t max_jsonl_page_line(std::size_t max_input_bytes) {
    return max_input_bytes > SIZE_MAX / 4 ? SIZE_MAX / 4 : max_input_bytes + 4096;
}

namespace {

// Parses a record and cleans its page; JSON text is Unicode, so the page was decoded already.
bool clean_record(std::string_view line, bool oversize, const Cleaners& cleaners, JsonlRecord& rec, Result& r,
                  std::string& why, std::size_t& bytes) {
    if (oversize) {
        oversize_record_names(line, rec);
        why = "record is over the size limit (--max-size)";
        return false;
    }
    if (!parse_jsonl_record(line, rec, why)) return false;
    bytes = rec.body.size();
    r = cleaners.pick(rec.is_text).clean(rec.body, record_hints(rec));
    rec.body.clear();
    rec.body.shrink_to_fit();
    if (!r.ok()) {
        why = r.error;
        return false;
    }
    return true;
}

}  // namespace

Result learn_jsonl_line(std::string_view line, bool oversize, const Cleaners& cleaners, std::size_t& bytes) {
    JsonlRecord rec;
    Result r;
    std::string why;
    if (!clean_record(line, oversize, cleaners, rec, r, why, bytes) && r.ok()) r.error = why;
    return r;
}

std::string cut_record_error(std::string_view partial, std::string_view damage, JsonlRecord& rec) {
    oversize_record_names(partial, rec);
    if (partial.empty()) return std::string(damage);  // the damage falls between records
    return "input ends inside this record: " + std::string(damage);
}

std::string jsonl_output_line(const JsonlOutcome& rec, const Document* doc, OutputFormat format, const EmitOptions& emit) {
    std::string out = "{";
    if (!rec.id_json.empty()) out += "\"id\":" + rec.id_json + ",";
    if (!doc) {
        out += "\"line\":" + std::to_string(rec.line_no) + ",";
        if (!rec.url.empty()) {
            out += "\"url\":";
            append_json_string(out, rec.url);
            out += ",";
        }
        out += "\"error\":";
        append_json_string(out, rec.why);
        out += "}\n";
        return out;
    }
    const std::string& url = !rec.url.empty() ? rec.url : !doc->meta.url.empty() ? doc->meta.url : doc->meta.canonical_url;
    out += "\"url\":";
    append_json_string(out, url);
    append_document_fields(out, *doc, format, emit);
    out += "}\n";
    return out;
}

std::string cut_jsonl_line(std::string_view partial, std::string_view damage, std::uint64_t line_no, OutputFormat format,
                           const EmitOptions& emit, RecordOutcome& outcome) {
    JsonlRecord rec;
    JsonlOutcome out{line_no, {}, {}, cut_record_error(partial, damage, rec), 0};
    out.id_json = std::move(rec.id_json);
    out.url = std::move(rec.url);
    outcome.ok = false;
    outcome.url = out.url;
    outcome.error = out.why;
    return jsonl_output_line(out, nullptr, format, emit);
}

std::string clean_jsonl_line(std::string_view line, bool oversize, std::uint64_t line_no, const Cleaners& cleaners,
                             OutputFormat format, const EmitOptions& emit, RecordOutcome& outcome) {
    JsonlRecord rec;
    Result r;
    std::string why;
    outcome.ok = clean_record(line, oversize, cleaners, rec, r, why, outcome.bytes);
    outcome.url = rec.url;
    JsonlOutcome out{line_no, rec.id_json, rec.url, why, outcome.bytes};
    if (!outcome.ok) {
        outcome.error = why;
        return jsonl_output_line(out, nullptr, format, emit);
    }
    outcome.warnings = !r.document.warnings.empty();
    return jsonl_output_line(out, &r.document, format, emit);
}

}  // namespace winnow::cli
