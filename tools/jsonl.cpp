#include "jsonl.hpp"

#include "calendar_day.hpp"

#include <cstdint>

#include "charset_tables.hpp"

namespace winnow::cli {

namespace {

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    bool fail(std::string msg) {
        // A line that ends inside the record is a cut-off line (a crawl's truncated write), which
        // "\"html\" must be a string" or "expected ':'" at its last byte would not say.
        if (error_.empty())
            error_ = pos_ >= s_.size() ? "the line ends inside the record (truncated after " + std::to_string(s_.size()) + " bytes)"
                                       : std::move(msg) + " at byte " + std::to_string(pos_ + 1);
        return false;
    }
    const std::string& error() const { return error_; }

    void ws() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
    }
    bool at_end() {
        ws();
        return pos_ == s_.size();
    }
    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

    bool hex4(std::uint32_t& v) {
        if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s_[pos_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else return fail("bad \\u escape");
        }
        return true;
    }

    // String at pos_ (opening quote included); appended to out when out is not null.
    bool string(std::string* out) {
        if (peek() != '"') return fail("expected a string");
        ++pos_;
        while (true) {
            if (pos_ >= s_.size()) return fail("unterminated string");
            // Copy the longest run of plain bytes at once.
            std::size_t run = pos_;
            while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' && static_cast<unsigned char>(s_[run]) >= 0x20)
                ++run;
            if (out) out->append(s_.data() + pos_, run - pos_);
            pos_ = run;
            if (pos_ >= s_.size()) return fail("unterminated string");
            const char c = s_[pos_++];
            if (c == '"') return true;
            if (c != '\\') return fail("control character in string");
            if (pos_ >= s_.size()) return fail("unterminated string");
            const char e = s_[pos_++];
            char plain = 0;
            switch (e) {
                case '"': plain = '"'; break;
                case '\\': plain = '\\'; break;
                case '/': plain = '/'; break;
                case 'b': plain = '\b'; break;
                case 'f': plain = '\f'; break;
                case 'n': plain = '\n'; break;
                case 'r': plain = '\r'; break;
                case 't': plain = '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t lo = 0;
                        if (pos_ + 1 < s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
                            pos_ += 2;
                            if (!hex4(lo)) return false;
                        }
                        cp = lo >= 0xDC00 && lo <= 0xDFFF ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        cp = 0xFFFD;
                    }
                    if (out) detail::append_utf8(*out, cp);
                    continue;
                }
                default: return fail(std::string("bad escape \\") + e);
            }
            if (out) *out += plain;
        }
    }

    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) return fail("unexpected character");
        pos_ += word.size();
        return true;
    }

    bool number() {
        const std::size_t start = pos_;
        if (peek() == '-') ++pos_;
        auto digits = [&] {
            const std::size_t d = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            return pos_ > d;
        };
        if (!digits()) return fail("bad number");
        if (peek() == '.') {
            ++pos_;
            if (!digits()) return fail("bad number");
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!digits()) return fail("bad number");
        }
        return pos_ > start;
    }

    // Any value, validated and skipped. depth guards against stack exhaustion.
    bool value(int depth) {
        if (depth > 200) return fail("nesting too deep");
        ws();
        switch (peek()) {
            case '"': return string(nullptr);
            case '{': {
                ++pos_;
                ws();
                if (peek() == '}') return ++pos_, true;
                while (true) {
                    ws();
                    if (!string(nullptr)) return false;
                    ws();
                    if (peek() != ':') return fail("expected ':'");
                    ++pos_;
                    if (!value(depth + 1)) return false;
                    ws();
                    if (peek() == ',') { ++pos_; continue; }
                    if (peek() == '}') return ++pos_, true;
                    return fail("expected ',' or '}'");
                }
            }
            case '[': {
                ++pos_;
                ws();
                if (peek() == ']') return ++pos_, true;
                while (true) {
                    if (!value(depth + 1)) return false;
                    ws();
                    if (peek() == ',') { ++pos_; continue; }
                    if (peek() == ']') return ++pos_, true;
                    return fail("expected ',' or ']'");
                }
            }
            case 't': return literal("true");
            case 'f': return literal("false");
            case 'n': return literal("null");
            default: return number();
        }
    }

    std::size_t pos() const { return pos_; }
    void set_pos(std::size_t p) { pos_ = p; }
    std::string_view slice(std::size_t a, std::size_t b) const { return s_.substr(a, b - a); }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
    std::string error_;
};

}  // namespace

void oversize_record_names(std::string_view line_start, JsonlRecord& out) {
    std::string ignored;  // the line is cut: it fails, with the fields before the cut read
    parse_jsonl_record(line_start.substr(0, kOversizeLineKept), out, ignored);
    std::string().swap(out.body);
}

bool parse_jsonl_record(std::string_view line, JsonlRecord& out, std::string& error) {
    out = JsonlRecord{};
    Parser p(line);
    p.ws();
    if (p.peek() != '{') {
        error = "line is not a JSON object";
        return false;
    }
    p.set_pos(p.pos() + 1);
    bool has_html = false, has_text = false;
    p.ws();
    if (p.peek() == '}') {
        p.set_pos(p.pos() + 1);
    } else {
        while (true) {
            p.ws();
            std::string key;
            if (!p.string(&key)) break;
            p.ws();
            if (p.peek() != ':') {
                p.fail("expected ':'");
                break;
            }
            p.set_pos(p.pos() + 1);
            p.ws();
            std::string* target = nullptr;
            if (key == "url") target = &out.url;
            else if (key == "charset") target = &out.charset;
            else if (key == "reference_date") target = &out.reference_date;
            else if (key == "html" && !has_text) target = &out.body, has_html = true;
            else if (key == "text" && !has_html) target = &out.body, has_text = true;
            if (target && p.peek() == '"') {
                target->clear();
                if (!p.string(target)) break;
            } else if (target && p.peek() == 'n' && key != "html" && key != "text") {
                if (!p.literal("null")) break;
            } else if (target) {
                p.fail("\"" + key + "\" must be a string");
                break;
            } else {
                const std::size_t start = p.pos();
                if (!p.value(1)) break;
                if (key == "id") out.id_json = std::string(p.slice(start, p.pos()));
            }
            p.ws();
            if (p.peek() == ',') {
                p.set_pos(p.pos() + 1);
                continue;
            }
            if (p.peek() == '}') {
                p.set_pos(p.pos() + 1);
                break;
            }
            p.fail("expected ',' or '}'");
            break;
        }
    }
    if (!p.error().empty()) {
        error = "bad JSON: " + p.error();
        return false;
    }
    if (!p.at_end()) {
        error = "bad JSON: trailing characters after the object";
        return false;
    }
    if (!out.reference_date.empty()) {
        // A day, or a timestamp whose day is taken ("2021-05-03T08:15:00Z").
        const std::string& d = out.reference_date;
        const bool stamped = d.size() > 10 && (d[10] == 'T' || d[10] == ' ');
        if ((d.size() != 10 && !stamped) || !is_calendar_day(std::string_view(d).substr(0, 10))) {
            error = "\"reference_date\" must be a calendar day as YYYY-MM-DD or an ISO timestamp, not '" + d + "'";
            return false;
        }
        out.reference_date.resize(10);
    }
    if (!has_html && !has_text) {
        error = "record has neither \"html\" nor \"text\"";
        return false;
    }
    out.is_text = has_text;
    return true;
}

void append_meta_json(std::string& out, const Metadata& m) {
    out += '{';
    bool first = true;
    auto field = [&](const char* name, const std::string& v) {
        if (v.empty()) return;
        if (!first) out += ',';
        first = false;
        append_json_string(out, name);
        out += ':';
        append_json_string(out, v);
    };
    field("title", m.title);
    field("subtitle", m.subtitle);
    field("description", m.description);
    if (!m.authors.empty()) {
        if (!first) out += ',';
        first = false;
        out += "\"authors\":[";
        for (std::size_t i = 0; i < m.authors.size(); ++i) {
            if (i) out += ',';
            out += "{\"name\":";
            append_json_string(out, m.authors[i].name);
            if (!m.authors[i].role.empty()) {
                out += ",\"role\":";
                append_json_string(out, m.authors[i].role);
            }
            out += '}';
        }
        out += ']';
    }
    field("published", m.published);
    field("modified", m.modified);
    field("site", m.site);
    field("url", m.url);
    field("canonical_url", m.canonical_url);
    field("language", m.language);
    if (!m.tags.empty()) {
        if (!first) out += ',';
        first = false;
        out += "\"tags\":[";
        for (std::size_t i = 0; i < m.tags.size(); ++i) {
            if (i) out += ',';
            append_json_string(out, m.tags[i]);
        }
        out += ']';
    }
    out += '}';
}

void append_document_fields(std::string& out, const Document& doc, OutputFormat format, const EmitOptions& emit) {
    out += ",\"meta\":";
    append_meta_json(out, doc.meta);
    if (!doc.warnings.empty()) {
        out += ",\"warnings\":[";
        for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
            if (i) out += ',';
            append_json_string(out, doc.warnings[i]);
        }
        out += ']';
    }
    switch (format) {
        case OutputFormat::text:
            out += ",\"text\":";
            append_json_string(out, to_text(doc));
            break;
        case OutputFormat::markdown:
            out += ",\"markdown\":";
            append_json_string(out, to_markdown(doc, emit));
            break;
        case OutputFormat::audit:
            out += ",\"audit\":";
            append_json_string(out, to_audit_html(doc));
            break;
        case OutputFormat::json:
            out += ",\"document\":" + to_json(doc, emit);
            while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
            break;
        default:
            out += ",\"xml\":";
            append_json_string(out, to_xml(doc, emit));
    }
}

Hints record_hints(const JsonlRecord& rec) {
    Hints hints;
    hints.url = rec.url;
    hints.charset = "utf-8";
    hints.reference_date = rec.reference_date;
    return hints;
}

}  // namespace winnow::cli
