// Properties every winnow output must have, whatever the input: shared by the fuzz targets,
// the fuzz-regression replay test and the hostile-input tests. Returns an empty string when
// all hold, else what failed.
#pragma once
#include <pugixml.hpp>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::checks {

// Strict UTF-8: no overlongs, no surrogates, nothing past U+10FFFF.
inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { ++i; continue; }
        std::size_t len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

// Characters XML 1.0 forbids (the text is valid UTF-8 already).
inline bool xml_legal_chars(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
        // U+FFFE, U+FFFF: EF BF BE / EF BF BF
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF))
            return false;
    }
    return true;
}

// A strict JSON syntax check (RFC 8259), iterative so any depth is fine.
inline bool valid_json(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto ws = [&] { while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) ++i; };
    auto lit = [&](std::string_view w) { if (s.substr(i, w.size()) != w) return false; i += w.size(); return true; };
    auto string = [&] {
        if (i >= n || s[i] != '"') return false;
        for (++i; i < n; ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == '"') { ++i; return true; }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (++i >= n) return false;
                const char e = s[i];
                if (e == 'u') {
                    for (int k = 0; k < 4; ++k)
                        if (++i >= n || !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    return false;
                }
            }
        }
        return false;
    };
    auto number = [&] {
        const std::size_t start = i;
        if (i < n && s[i] == '-') ++i;
        if (i < n && s[i] == '0') ++i;
        else if (i < n && s[i] >= '1' && s[i] <= '9') while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        else return false;
        if (i < n && s[i] == '.') {
            if (++i >= n || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
            while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        }
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
            if (i >= n || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
            while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
        }
        return i > start;
    };
    std::string open;   // stack of '{' / '['
    bool want_value = true;
    for (;;) {
        ws();
        if (want_value) {
            if (i >= n) return false;
            const char c = s[i];
            if (c == '{' || c == '[') {
                open += c;
                ++i;
                ws();
                if (i < n && s[i] == (c == '{' ? '}' : ']')) { ++i; open.pop_back(); want_value = false; continue; }
                if (c == '{') {
                    if (!string()) return false;
                    ws();
                    if (i >= n || s[i] != ':') return false;
                    ++i;
                }
                continue;
            }
            const bool ok = c == '"' ? string() : c == 't' ? lit("true") : c == 'f' ? lit("false")
                          : c == 'n' ? lit("null") : number();
            if (!ok) return false;
            want_value = false;
            continue;
        }
        if (open.empty()) return i == n;
        if (i >= n) return false;
        const char c = s[i++];
        if (c == ',') {
            if (open.back() == '{') {
                ws();
                if (!string()) return false;
                ws();
                if (i >= n || s[i] != ':') return false;
                ++i;
            }
            want_value = true;
        } else if (c == (open.back() == '{' ? '}' : ']')) {
            open.pop_back();
        } else {
            return false;
        }
    }
}

// Runs the three serializers over a cleaned document and checks their output.
inline std::string check_outputs(const winnow::Document& doc) {
    for (const bool report : {false, true}) {
        winnow::EmitOptions emit;
        emit.report = report;
        emit.pretty = !report;
        const std::string xml = winnow::to_xml(doc, emit);
        if (!valid_utf8(xml)) return "XML output is not valid UTF-8";
        if (!xml_legal_chars(xml)) return "XML output has characters XML 1.0 forbids";
        pugi::xml_document tree;
        const pugi::xml_parse_result parsed = tree.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) return std::string("XML output does not parse: ") + parsed.description();
        if (!tree.document_element()) return "XML output has no root element";
        const std::string json = winnow::to_json(doc, emit);
        if (!valid_utf8(json)) return "JSON output is not valid UTF-8";
        if (!valid_json(json)) return "JSON output is not valid JSON";
    }
    const std::string text = winnow::to_text(doc);
    if (!valid_utf8(text)) return "text output is not valid UTF-8";
    return {};
}

}  // namespace winnow::checks
