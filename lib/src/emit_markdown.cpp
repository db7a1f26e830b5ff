// Stage — emit (Markdown): CommonMark with GitHub tables, optionally headed by YAML front
// matter. Characters are escaped only where a Markdown reader would take them for markup,
// so prose stays readable. text_markdown.cpp reads this form back.
#include <winnow/winnow.hpp>

#include <algorithm>
#include <string>

#include "markdown_inline.hpp"
#include "xml_text.hpp"

namespace winnow {

namespace {

using detail::markdown_inline;
using detail::MarkdownContext;

void yaml_string(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789ABCDEF";
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

void front_matter(std::string& out, const Metadata& m) {
    out += "---\n";
    auto field = [&](std::string_view key, const std::string& value) {
        if (value.empty()) return;
        out += key;
        out += ": ";
        yaml_string(out, value);
        out += '\n';
    };
    field("title", m.title);
    field("subtitle", m.subtitle);
    field("description", m.description);
    if (!m.authors.empty()) {
        out += "authors:\n";
        for (const auto& a : m.authors) {
            out += "  - name: ";
            yaml_string(out, a.name);
            out += '\n';
            if (!a.role.empty()) {
                out += "    role: ";
                yaml_string(out, a.role);
                out += '\n';
            }
        }
    }
    field("published", m.published);
    field("modified", m.modified);
    field("site", m.site);
    field("url", m.url);
    field("canonical_url", m.canonical_url);
    field("language", m.language);
    if (!m.tags.empty()) {
        out += "tags:\n";
        for (const auto& t : m.tags) {
            out += "  - ";
            yaml_string(out, t);
            out += '\n';
        }
    }
    out += "---\n";
}

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}

    void blocks(const std::vector<Block>& body, const std::string& prefix) {
        // Two lists of the same kind in a row would merge into one: alternate the marker.
        int unordered_turn = 0, ordered_turn = 0;
        for (const auto& b : body) {
            if (b.kind == BlockKind::list) {
                int& turn = b.ordered ? ordered_turn : unordered_turn;
                block(b, prefix, turn++ % 2 == 1);
            } else {
                unordered_turn = ordered_turn = 0;
                block(b, prefix, false);
            }
        }
    }

private:
    std::string& out_;

    // A blank line before every block but the first of its container.
    void separate(const std::string& prefix) {
        if (fresh_) {
            fresh_ = false;
            return;
        }
        if (out_.empty()) return;
        std::string blank = prefix;
        while (!blank.empty() && blank.back() == ' ') blank.pop_back();
        out_ += blank;
        out_ += '\n';
    }
    bool fresh_ = false;  // the next block opens its container (a quote): no blank line before it

    void line(const std::string& prefix, std::string_view text) {
        out_ += prefix;
        out_ += text;
        out_ += '\n';
    }

    // Writes rendered inline text whose lines are separated by '\n', each behind prefix.
    void lines(const std::string& first_prefix, const std::string& prefix, std::string_view text) {
        bool first = true;
        for (std::size_t start = 0; start <= text.size();) {
            std::size_t nl = text.find('\n', start);
            if (nl == std::string_view::npos) nl = text.size();
            line(first ? first_prefix : prefix, text.substr(start, nl - start));
            first = false;
            start = nl + 1;
        }
    }

    void block(const Block& b, const std::string& prefix, bool alternate) {
        switch (b.kind) {
            case BlockKind::heading: {
                if (b.text.empty()) return;
                separate(prefix);
                const int level = b.level ? std::clamp<int>(b.level, 1, 6) : 2;  // 0: inferred, shown as 2 (as XML and JSON do)
                line(prefix, std::string(static_cast<std::size_t>(level), '#') + " " +
                                 markdown_inline(b, MarkdownContext::heading));
                return;
            }
            case BlockKind::list:
                separate(prefix);
                list(b, prefix, alternate);
                return;
            case BlockKind::quote: {
                separate(prefix);
                const std::string inner = prefix + "> ";
                fresh_ = true;
                if (!b.text.empty()) {
                    lines(inner, inner, markdown_inline(b, MarkdownContext::prose));
                    fresh_ = false;
                }
                blocks(b.children, inner);
                fresh_ = false;
                return;
            }
            case BlockKind::code:
                separate(prefix);
                code(b, prefix);
                return;
            case BlockKind::table:
                separate(prefix);
                table(b, prefix);
                return;
            case BlockKind::figure:
                figure(b, prefix);
                return;
            case BlockKind::row: case BlockKind::cell: case BlockKind::item:
                return;  // written by their parents
            default:
                if (b.text.empty()) return;
                separate(prefix);
                lines(prefix, prefix, markdown_inline(b, MarkdownContext::prose));
                return;
        }
    }

    void list(const Block& list, const std::string& prefix, bool alternate) {
        int number = 1;
        for (const auto& item : list.children) {
            std::string marker = list.ordered ? std::to_string(number++) + (alternate ? ")" : ".")
                                              : std::string(alternate ? "*" : "-");
            const std::string inner = prefix + std::string(marker.size() + 1, ' ');
            std::string text = markdown_inline(item, MarkdownContext::prose);
            if (text.empty()) {
                line(prefix, marker);
            } else {
                lines(prefix + marker + " ", inner, text);
            }
            // Nested lists stay tight (no blank line); other children need one.
            for (const auto& c : item.children) {
                if (c.kind == BlockKind::list) {
                    this->list(c, inner, false);
                } else {
                    separate(inner);
                    block(c, inner, false);
                }
            }
        }
    }

    void code(const Block& b, const std::string& prefix) {
        // The fence is longer than any backtick run inside.
        std::size_t longest = 0, run = 0;
        for (char c : b.text) {
            run = c == '`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
        line(prefix, fence);
        if (!b.text.empty()) lines(prefix, prefix, b.text);
        line(prefix, fence);
    }

    void table(const Block& t, const std::string& prefix) {
        std::size_t columns = 0;
        for (const auto& row : t.children) columns = std::max(columns, row.children.size());
        if (columns == 0) return;
        // The header row spans every column; other rows keep their own number of cells.
        auto write_row = [&](const Block* row, bool header) {
            const std::size_t n = header ? columns : std::max<std::size_t>(row->children.size(), 1);
            std::string s = "|";
            for (std::size_t c = 0; c < n; ++c) {
                s += ' ';
                if (row && c < row->children.size()) s += markdown_inline(row->children[c], MarkdownContext::cell);
                s += " |";
            }
            line(prefix, s);
        };
        // GitHub tables need a header row; a table without one gets an empty header (so a
        // header row of empty cells is written as an ordinary row: the reader drops empty headers).
        const Block& first = t.children.front();
        const bool has_header = !first.children.empty() &&
                                std::all_of(first.children.begin(), first.children.end(),
                                            [](const Block& c) { return c.header; }) &&
                                std::any_of(first.children.begin(), first.children.end(),
                                            [](const Block& c) { return !c.text.empty(); });
        write_row(has_header ? &first : nullptr, true);
        std::string rule = "|";
        for (std::size_t c = 0; c < columns; ++c) rule += " --- |";
        line(prefix, rule);
        for (std::size_t r = has_header ? 1 : 0; r < t.children.size(); ++r) write_row(&t.children[r], false);
    }

    void figure(const Block& f, const std::string& prefix) {
        std::string caption;
        for (const auto& c : f.children)
            if (c.kind == BlockKind::caption && !c.text.empty()) {
                if (!caption.empty()) caption += '\n';
                caption += markdown_inline(c, MarkdownContext::prose);
            }
        if (f.src.empty() && caption.empty()) return;
        separate(prefix);
        // The picture, then its caption on the next line of the same paragraph.
        if (!f.src.empty()) line(prefix, "![](" + detail::markdown_destination(f.src) + ")");
        if (!caption.empty()) lines(prefix, prefix, caption);
    }
};

}  // namespace

std::string to_markdown(const Document& doc, const EmitOptions& options) {
    std::string out;
    if (options.front_matter) front_matter(out, doc.meta);
    std::string body;
    Writer(body).blocks(doc.body, "");
    if (options.front_matter && !body.empty()) out += '\n';
    out += body;
    return detail::xml_safe(out);
}

}  // namespace winnow
