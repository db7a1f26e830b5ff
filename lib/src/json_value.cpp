#include "json_value.hpp"

#include <cstdio>
#include <cstdlib>

#include "charset_tables.hpp"

namespace winnow::detail {

const JsonValue* JsonValue::get(std::string_view key) const {
    if (type != Type::object) return nullptr;
    for (const auto& [k, v] : object)
        if (k == key) return &v;
    return nullptr;
}

std::string_view JsonValue::text() const {
    if (type == Type::string) return string;
    if (type == Type::object) {
        for (const char* key : {"name", "@value", "text"})
            if (const JsonValue* v = get(key); v && v->is_string()) return v->string;
    }
    return {};
}

namespace {

constexpr int max_depth = 64;

struct Reader {
    std::string_view in;
    std::size_t pos = 0;

    void skip_space() {
        while (pos < in.size()) {
            const char c = in[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++pos;
            } else if (c == '/' && pos + 1 < in.size() && in[pos + 1] == '/') {
                while (pos < in.size() && in[pos] != '\n') ++pos;
            } else if (c == '/' && pos + 1 < in.size() && in[pos + 1] == '*') {
                const auto end = in.find("*/", pos + 2);
                pos = end == std::string_view::npos ? in.size() : end + 2;
            } else {
                break;
            }
        }
    }

    unsigned hex4() {
        if (pos + 4 > in.size()) return 0xFFFD;
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = in[pos++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else return 0xFFFD;
        }
        return v;
    }

    bool string(std::string& out) {
        const char quote = in[pos++];
        while (pos < in.size()) {
            const char c = in[pos++];
            if (c == quote) return true;
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos >= in.size()) return false;
            const char e = in[pos++];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && pos + 1 < in.size() && in[pos] == '\\' && in[pos + 1] == 'u') {
                        pos += 2;
                        const unsigned lo = hex4();
                        cp = (lo >= 0xDC00 && lo < 0xE000) ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
                    } else if (cp >= 0xD800 && cp < 0xE000) {
                        cp = 0xFFFD;
                    }
                    append_utf8(out, static_cast<char32_t>(cp));
                    break;
                }
                default: out += e; break;
            }
        }
        return false;
    }

    bool value(JsonValue& v, int depth) {
        skip_space();
        if (pos >= in.size() || depth > max_depth) return false;
        const char c = in[pos];
        if (c == '{') {
            v.type = JsonValue::Type::object;
            ++pos;
            while (true) {
                skip_space();
                if (pos >= in.size()) return false;
                if (in[pos] == '}') { ++pos; return true; }
                if (in[pos] == ',') { ++pos; continue; }
                if (in[pos] != '"' && in[pos] != '\'') return false;
                std::string key;
                if (!string(key)) return false;
                skip_space();
                if (pos >= in.size() || in[pos] != ':') return false;
                ++pos;
                JsonValue member;
                if (!value(member, depth + 1)) return false;
                v.object.emplace_back(std::move(key), std::move(member));
            }
        }
        if (c == '[') {
            v.type = JsonValue::Type::array;
            ++pos;
            while (true) {
                skip_space();
                if (pos >= in.size()) return false;
                if (in[pos] == ']') { ++pos; return true; }
                if (in[pos] == ',') { ++pos; continue; }
                JsonValue item;
                if (!value(item, depth + 1)) return false;
                v.array.push_back(std::move(item));
            }
        }
        if (c == '"' || c == '\'') {
            v.type = JsonValue::Type::string;
            return string(v.string);
        }
        // Literal or number: read a token.
        const std::size_t start = pos;
        while (pos < in.size() && in[pos] != ',' && in[pos] != '}' && in[pos] != ']' && in[pos] != ' ' &&
               in[pos] != '\n' && in[pos] != '\r' && in[pos] != '\t')
            ++pos;
        const std::string_view tok = in.substr(start, pos - start);
        if (tok == "true" || tok == "false") {
            v.type = JsonValue::Type::boolean;
            v.boolean = tok == "true";
            return true;
        }
        if (tok == "null" || tok == "undefined") return true;
        if (tok.empty()) return false;
        const std::string num(tok);
        char* end = nullptr;
        v.number = std::strtod(num.c_str(), &end);
        if (end == num.c_str()) return false;
        v.type = JsonValue::Type::number;
        return true;
    }
};

}  // namespace

JsonValue parse_json(std::string_view input, bool& ok) {
    Reader r{input};
    JsonValue v;
    ok = r.value(v, 0);
    return v;
}

void append_json_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            // Valid sequences are copied; ill-formed bytes become U+FFFD, so the output is
            // always valid JSON whatever the input held.
            const std::size_t start = i;
            if (next_utf8(bytes, s.size(), i) == kReplacement &&
                !(i - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD"))
                out += "\xEF\xBF\xBD";
            else
                out.append(s.data() + start, i - start);
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += static_cast<char>(c);
                }
        }
        ++i;
    }
    out += '"';
}

}  // namespace winnow::detail
