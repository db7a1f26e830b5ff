#include "audit_index.hpp"

#include <algorithm>

namespace winnow::cli {

namespace {

constexpr std::array<RemovalReason, 7> reasons{RemovalReason::boilerplate, RemovalReason::repeated_block,
                                               RemovalReason::promo, RemovalReason::site_boilerplate,
                                               RemovalReason::garbage, RemovalReason::residue,
                                               RemovalReason::empty};

// HTML-escapes s; control characters go, bytes that are not UTF-8 become U+FFFD (file names
// are bytes).
void esc(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            if (c == '&') out += "&amp;";
            else if (c == '<') out += "&lt;";
            else if (c == '>') out += "&gt;";
            else if (c == '"') out += "&quot;";
            else if (c >= 0x20 && c != 0x7F) out += static_cast<char>(c);
            continue;
        }
        const std::size_t len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
        bool ok = len && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (ok) out.append(s.substr(i, len)), i += len;
        else out += "\xEF\xBF\xBD", ++i;
    }
}

// A relative URL for a path: each byte outside the unreserved set percent-encoded.
void href(std::string& out, std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (unsigned char c : path) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
}

}  // namespace

AuditEntry audit_entry(std::string page, const Document& doc) {
    AuditEntry e{std::move(page), doc.meta.title, true, {}};
    for (const auto& r : doc.removed) ++e.removed[static_cast<std::size_t>(r.reason)];
    return e;
}

std::string audit_index_page(std::vector<AuditEntry> entries) {
    std::sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.page < b.page; });
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>winnow audit: index</title>\n"
        "<style>body{font:14px/1.45 \"DejaVu Sans\",Arial,sans-serif;margin:1.5em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}td.n{text-align:right}"
        "tr.total td{font-weight:bold}</style>\n</head>\n<body>\n<h1>winnow audit</h1>\n<table>\n<tr><th>page</th><th>title</th>";
    for (RemovalReason r : reasons) {
        out += "<th>";
        out += to_string(r);
        out += "</th>";
    }
    out += "</tr>\n";
    std::array<std::size_t, 7> total{};
    for (const auto& e : entries) {
        out += "<tr><td><a href=\"";
        href(out, e.page);
        out += "\">";
        esc(out, e.page);
        out += "</a></td><td>";
        esc(out, e.counted ? e.title : "(up to date, not read again)");
        out += "</td>";
        for (std::size_t k = 0; k < reasons.size(); ++k) {
            out += "<td class=\"n\">";
            if (e.counted) out += std::to_string(e.removed[k]);
            out += "</td>";
            total[k] += e.removed[k];
        }
        out += "</tr>\n";
    }
    out += "<tr class=\"total\"><td>" + std::to_string(entries.size()) + " pages</td><td></td>";
    for (std::size_t n : total) out += "<td class=\"n\">" + std::to_string(n) + "</td>";
    out += "</tr>\n</table>\n</body>\n</html>\n";
    return out;
}

}  // namespace winnow::cli
