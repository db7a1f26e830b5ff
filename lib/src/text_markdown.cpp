// Markdown reader: the CommonMark subset winnow writes (emit_markdown.cpp), read leniently.
// Block structure is found line by line; quotes and list items strip their prefix and are
// read again as blocks of their own. Inline markup is tokenized, emphasis delimiters are
// paired on a stack, and the result is text with byte-range spans as in every other reader.
#include "text_markdown.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace winnow::detail {

namespace {

struct Line {
    std::string_view text;
    std::uint32_t number = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_punct(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}
bool blank(std::string_view s) { return std::all_of(s.begin(), s.end(), [](char c) { return is_space(c) || c == '\r'; }); }
std::string_view trim(std::string_view s) {
    while (!s.empty() && (is_space(s.front()) || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------- inline

// Reads a link destination at s[i] (just past "("); returns the position after ")" or npos.
std::size_t read_destination(std::string_view s, std::size_t i, std::string& url) {
    url.clear();
    if (i < s.size() && s[i] == '<') {
        for (++i; i < s.size() && s[i] != '>' && url.size() < 8192; ++i) {
            if (s[i] == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) ++i;
            url += s[i];
        }
        return i < s.size() && s[i] == '>' && i + 1 < s.size() && s[i + 1] == ')' ? i + 2 : std::string_view::npos;
    }
    int depth = 0;
    // URLs longer than this are not links: the cap keeps a long run of "](" linear.
    const std::size_t limit = std::min(s.size(), i + 8192);
    for (; i < limit; ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) {
            url += s[++i];
            continue;
        }
        if (c == ' ') return std::string_view::npos;
        if (c == '(') ++depth;
        if (c == ')' && depth-- == 0) return i + 1;
        url += c;
    }
    return std::string_view::npos;
}

class InlineReader {
public:
    InlineReader(std::string_view s, bool cell) : s_(s), cell_(cell) {}

    void into(Block& b) {
        tokenize();
        pair_emphasis();
        build(b);
    }

private:
    enum class T { text, star, link_open, link_close, code };
    struct Tok {
        T type = T::text;
        std::string text;     // text; code content; link target (close)
        std::size_t run = 0;  // star run length
        bool can_open = false, can_close = false;
        int partner = -1;     // matched star run or link bracket
    };
    std::string_view s_;
    bool cell_;
    std::vector<Tok> toks_;

    void add_text(std::string_view t) {
        if (!toks_.empty() && toks_.back().type == T::text) toks_.back().text += t;
        else toks_.push_back({T::text, std::string(t)});
    }

    void tokenize() {
        std::vector<int> brackets;  // open '[' tokens
        std::vector<char> no_close;  // by fence length: no closing run ahead (later searches fail too)
        for (std::size_t i = 0; i < s_.size();) {
            const char c = s_[i];
            if (c == '\\' && i + 1 < s_.size() && is_punct(s_[i + 1])) {
                add_text(s_.substr(i + 1, 1));
                i += 2;
            } else if (c == '`') {
                std::size_t n = 0;
                while (i + n < s_.size() && s_[i + n] == '`') ++n;
                const std::string fence(n, '`');
                std::size_t close = n < no_close.size() && no_close[n] ? std::string_view::npos : s_.find(fence, i + n);
                while (close != std::string_view::npos && close + n < s_.size() && s_[close + n] == '`')
                    close = s_.find(fence, s_.find_first_not_of('`', close));
                if (close == std::string_view::npos) {
                    if (n < 4096) {
                        if (no_close.size() <= n) no_close.resize(n + 1, 0);
                        no_close[n] = 1;
                    }
                    add_text(s_.substr(i, n));
                    i += n;
                    continue;
                }
                std::string content(s_.substr(i + n, close - i - n));
                if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ' &&
                    content.find_first_not_of(' ') != std::string::npos)
                    content = content.substr(1, content.size() - 2);
                if (cell_)
                    for (std::size_t p = content.find("\\|"); p != std::string::npos; p = content.find("\\|", p))
                        content.erase(p, 1), ++p;
                toks_.push_back({T::code, std::move(content)});
                i = close + n;
            } else if (c == '*') {
                std::size_t n = 0;
                while (i + n < s_.size() && s_[i + n] == '*') ++n;
                const char prev = i > 0 ? s_[i - 1] : ' ';
                const char next = i + n < s_.size() ? s_[i + n] : ' ';
                const bool can_open = !is_space(next) && next != '\n';
                const bool can_close = !is_space(prev) && prev != '\n' && i > 0;
                // "***" is strong and emphasis opening or closing together: two runs.
                const std::size_t first = n == 3 ? (can_close && !can_open ? 1 : 2) : n;
                for (std::size_t part : {first, n - first}) {
                    if (part == 0) continue;
                    Tok t{T::star, std::string(part, '*'), part};
                    t.can_open = can_open;
                    t.can_close = can_close;
                    toks_.push_back(std::move(t));
                }
                i += n;
            } else if (c == '[') {
                brackets.push_back(static_cast<int>(toks_.size()));
                toks_.push_back({T::link_open, "["});
                ++i;
            } else if (c == ']' && i + 1 < s_.size() && s_[i + 1] == '(' && !brackets.empty()) {
                std::string url;
                const std::size_t after = read_destination(s_, i + 2, url);
                if (after == std::string_view::npos) {
                    add_text("]");
                    ++i;
                    continue;
                }
                const int open = brackets.back();
                brackets.clear();  // no links inside links
                toks_[static_cast<std::size_t>(open)].partner = static_cast<int>(toks_.size());
                Tok close{T::link_close, std::move(url)};
                close.partner = open;
                toks_.push_back(std::move(close));
                i = after;
            } else if (cell_ && s_.substr(i).starts_with("<br>")) {
                add_text("\n");
                i += 4;
            } else {
                const std::size_t next = s_.find_first_of("\\`*[]<", i + 1);
                const std::size_t end = next == std::string_view::npos ? s_.size() : next;
                add_text(s_.substr(i, end - i));
                i = end;
            }
        }
    }

    // Pairs star runs of equal length: the nearest open run below a closer. Runs opened in
    // between stay open (strong and emphasis may start together and end apart).
    void pair_emphasis() {
        std::vector<std::size_t> openers;
        for (std::size_t k = 0; k < toks_.size(); ++k) {
            Tok& t = toks_[k];
            if (t.type != T::star) continue;
            bool closed = false;
            if (t.can_close) {
                // Only the nearest openers: writers nest a few deep, and a long run of
                // unmatched delimiters must stay linear.
                const std::size_t floor = openers.size() > 32 ? openers.size() - 32 : 0;
                for (std::size_t j = openers.size(); j-- > floor;) {
                    Tok& o = toks_[openers[j]];
                    if (o.run != t.run) continue;
                    o.partner = static_cast<int>(k);
                    t.partner = static_cast<int>(openers[j]);
                    openers.erase(openers.begin() + static_cast<std::ptrdiff_t>(j));
                    closed = true;
                    break;
                }
            }
            if (!closed && t.can_open) openers.push_back(k);
        }
    }

    void build(Block& b) {
        std::vector<std::uint32_t> begin_at(toks_.size(), 0);
        for (std::size_t k = 0; k < toks_.size(); ++k) {
            const Tok& t = toks_[k];
            const auto here = static_cast<std::uint32_t>(b.text.size());
            switch (t.type) {
                case T::text: b.text += t.text; break;
                case T::code:
                    b.text += t.text;
                    b.spans.push_back(Span{Span::Kind::code, here, static_cast<std::uint32_t>(b.text.size()), {}});
                    break;
                case T::star:
                case T::link_open:
                    if (t.partner < 0) {
                        b.text += t.text;
                    } else if (static_cast<std::size_t>(t.partner) > k) {
                        begin_at[k] = here;
                    } else {
                        const std::uint32_t from = begin_at[static_cast<std::size_t>(t.partner)];
                        const Span::Kind kind = t.run >= 2 ? Span::Kind::strong : Span::Kind::emphasis;
                        if (here > from) b.spans.push_back(Span{kind, from, here, {}});
                    }
                    break;
                case T::link_close: {
                    const std::uint32_t from = begin_at[static_cast<std::size_t>(t.partner)];
                    if (here > from) b.spans.push_back(Span{Span::Kind::link, from, here, t.text});
                    break;
                }
            }
        }
        std::stable_sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
    }
};

void read_inline(std::string_view s, Block& b, bool cell = false) { InlineReader(s, cell).into(b); }

// ---------------------------------------------------------------- blocks

bool is_fence(std::string_view t) { return t.starts_with("```"); }

std::size_t heading_level(std::string_view t) {
    std::size_t n = 0;
    while (n < t.size() && t[n] == '#') ++n;
    return n >= 1 && n <= 6 && (n == t.size() || t[n] == ' ') ? n : 0;
}

struct Marker {
    bool ordered = false;
    char kind = 0;        // '-', '*', '+', '.', ')'
    std::size_t width = 0;  // marker plus the space after it
};

bool list_marker(std::string_view t, Marker& m) {
    if (t.size() >= 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t.size() == 1 || t[1] == ' ')) {
        m = {false, t[0], 2};
        return true;
    }
    std::size_t n = 0;
    while (n < t.size() && n < 9 && is_digit(t[n])) ++n;
    if (n > 0 && n < t.size() && (t[n] == '.' || t[n] == ')') && (n + 1 == t.size() || t[n + 1] == ' ')) {
        m = {true, t[n], n + 2};
        return true;
    }
    return false;
}

bool is_table_rule(std::string_view t) {
    t = trim(t);
    return t.starts_with("|") && t.find('-') != std::string_view::npos &&
           t.find_first_not_of("|-: ") == std::string_view::npos;
}

// "![alt](src)" filling a whole line.
bool image_line(std::string_view t, std::string& src) {
    if (!t.starts_with("![")) return false;
    std::size_t i = 2;
    for (; i < t.size() && t[i] != ']'; ++i)
        if (t[i] == '\\') ++i;
    if (i + 1 >= t.size() || t[i + 1] != '(') return false;
    return read_destination(t, i + 2, src) == t.size();
}

bool starts_block(std::string_view t) {
    Marker m;
    return is_fence(t) || heading_level(t) || t.starts_with(">") || list_marker(t, m) ||
           (t.starts_with("|") && t.size() > 1);
}

// Strips up to width leading spaces (the indentation of a list item's content).
std::string_view dedent(std::string_view t, std::size_t width) {
    std::size_t n = 0;
    while (n < width && n < t.size() && t[n] == ' ') ++n;
    return t.substr(n);
}

std::size_t indent(std::string_view t) {
    std::size_t n = 0;
    while (n < t.size() && t[n] == ' ') ++n;
    return n;
}

// Lines of a paragraph joined by spaces; a line ending in an odd number of backslashes is
// a hard break, read as '\n'.
std::string join_lines(const std::vector<Line>& lines, std::size_t from, std::size_t to) {
    std::string out;
    bool hard = false;
    for (std::size_t k = from; k < to; ++k) {
        std::string_view t = trim(lines[k].text);
        if (k > from && !hard) out += ' ';
        std::size_t slashes = 0;
        while (slashes < t.size() && t[t.size() - 1 - slashes] == '\\') ++slashes;
        hard = k + 1 < to && slashes % 2 == 1;
        if (hard) t.remove_suffix(1);
        out += t;
        if (hard) out += '\n';
    }
    return out;
}

std::vector<std::string_view> split_row(std::string_view t) {
    t = trim(t);
    if (t.starts_with("|")) t.remove_prefix(1);
    std::vector<std::string_view> cells;
    std::size_t start = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '\\') {
            ++i;
            continue;
        }
        if (t[i] == '|') {
            cells.push_back(t.substr(start, i - start));
            start = i + 1;
        }
    }
    if (start < t.size() && !trim(t.substr(start)).empty()) cells.push_back(t.substr(start));
    return cells;
}

Block read_row(std::string_view t, std::uint32_t number, bool header) {
    Block row;
    row.kind = BlockKind::row;
    row.source_line = number;
    for (std::string_view raw : split_row(t)) {
        Block cell;
        cell.kind = BlockKind::cell;
        cell.header = header;
        cell.source_line = number;
        // "\|" is the table's own escape: the pipe goes back before inline reading.
        std::string text(trim(raw));
        for (std::size_t p = text.find("\\|"); p != std::string::npos; p = text.find("\\|", p + 1)) {
            std::size_t slashes = 0;
            while (slashes < p && text[p - 1 - slashes] == '\\') ++slashes;
            if (slashes % 2 == 0) text.erase(p, 1);
        }
        read_inline(text, cell, true);
        row.children.push_back(std::move(cell));
    }
    return row;
}

void read_blocks(const std::vector<Line>& lines, std::vector<Block>& out, int depth);

void read_list(const std::vector<Line>& lines, std::size_t& i, std::vector<Block>& out, int depth) {
    Marker first;
    list_marker(lines[i].text, first);
    Block list;
    list.kind = BlockKind::list;
    list.ordered = first.ordered;
    list.source_line = lines[i].number;
    while (i < lines.size()) {
        Marker m;
        if (!list_marker(lines[i].text, m) || m.kind != first.kind) break;
        std::vector<Line> content{{lines[i].text.substr(std::min(m.width, lines[i].text.size())), lines[i].number}};
        std::size_t j = i + 1;
        for (; j < lines.size(); ++j) {
            const std::string_view t = lines[j].text;
            if (blank(t)) {
                // A blank line stays inside the item only when indented content follows.
                std::size_t k = j;
                while (k < lines.size() && blank(lines[k].text)) ++k;
                if (k < lines.size() && indent(lines[k].text) >= m.width) {
                    content.push_back({"", lines[j].number});
                    continue;
                }
                break;
            }
            if (indent(t) < m.width) break;
            content.push_back({dedent(t, m.width), lines[j].number});
        }
        Block item;
        item.kind = BlockKind::item;
        item.source_line = lines[i].number;
        std::vector<Block> inner;
        read_blocks(content, inner, depth + 1);
        std::size_t from = 0;
        if (!inner.empty() && inner.front().kind == BlockKind::paragraph && !blank(content.front().text)) {
            item.text = std::move(inner.front().text);
            item.spans = std::move(inner.front().spans);
            from = 1;
        }
        for (std::size_t k = from; k < inner.size(); ++k) item.children.push_back(std::move(inner[k]));
        list.children.push_back(std::move(item));
        i = j;
        if (i < lines.size() && blank(lines[i].text)) break;
    }
    out.push_back(std::move(list));
}

void read_blocks(const std::vector<Line>& lines, std::vector<Block>& out, int depth) {
    if (depth > 64) return;  // nesting deeper than any writer produces
    std::size_t i = 0;
    while (i < lines.size()) {
        const std::string_view t = lines[i].text;
        const std::uint32_t number = lines[i].number;
        if (blank(t)) {
            ++i;
            continue;
        }
        if (is_fence(t)) {
            const std::size_t n = t.find_first_not_of('`') == std::string_view::npos ? t.size() : t.find_first_not_of('`');
            Block code;
            code.kind = BlockKind::code;
            code.source_line = number;
            std::size_t j = i + 1;
            for (; j < lines.size(); ++j) {
                const std::string_view c = trim(lines[j].text);
                if (c.size() >= n && c.find_first_not_of('`') == std::string_view::npos) break;
                if (j > i + 1) code.text += '\n';
                std::string_view raw = lines[j].text;
                if (raw.ends_with("\r")) raw.remove_suffix(1);
                code.text += raw;
            }
            out.push_back(std::move(code));
            i = j + 1;
            continue;
        }
        if (const std::size_t level = heading_level(t)) {
            Block h;
            h.kind = BlockKind::heading;
            h.level = static_cast<std::uint8_t>(level);
            h.source_line = number;
            read_inline(trim(t.substr(level)), h);
            out.push_back(std::move(h));
            ++i;
            continue;
        }
        if (t.starts_with(">")) {
            std::vector<Line> inner;
            for (; i < lines.size() && lines[i].text.starts_with(">"); ++i) {
                std::string_view q = lines[i].text.substr(1);
                if (q.starts_with(" ")) q.remove_prefix(1);
                inner.push_back({q, lines[i].number});
            }
            Block quote;
            quote.kind = BlockKind::quote;
            quote.source_line = number;
            read_blocks(inner, quote.children, depth + 1);
            out.push_back(std::move(quote));
            continue;
        }
        if (Marker m; list_marker(t, m)) {
            read_list(lines, i, out, depth);
            continue;
        }
        if (t.starts_with("|") && i + 1 < lines.size() && is_table_rule(lines[i + 1].text)) {
            Block table;
            table.kind = BlockKind::table;
            table.source_line = number;
            Block head = read_row(t, number, true);
            // An empty header row stands for a table without one.
            if (std::any_of(head.children.begin(), head.children.end(), [](const Block& c) { return !c.text.empty(); }))
                table.children.push_back(std::move(head));
            for (i += 2; i < lines.size() && trim(lines[i].text).starts_with("|"); ++i)
                table.children.push_back(read_row(lines[i].text, lines[i].number, false));
            out.push_back(std::move(table));
            continue;
        }
        // A paragraph: lines up to a blank line or the start of another block.
        std::size_t j = i + 1;
        while (j < lines.size() && !blank(lines[j].text) && !starts_block(lines[j].text)) ++j;
        std::string src;
        if (image_line(trim(t), src)) {
            Block figure;
            figure.kind = BlockKind::figure;
            figure.source_line = number;
            figure.src = std::move(src);
            if (j > i + 1) {
                Block caption;
                caption.kind = BlockKind::caption;
                caption.source_line = lines[i + 1].number;
                read_inline(join_lines(lines, i + 1, j), caption);
                figure.children.push_back(std::move(caption));
            }
            out.push_back(std::move(figure));
        } else {
            Block p;
            p.source_line = number;
            read_inline(join_lines(lines, i, j), p);
            out.push_back(std::move(p));
        }
        i = j;
    }
}

// ---------------------------------------------------------------- front matter

std::string yaml_scalar(std::string_view v) {
    v = trim(v);
    if (!v.starts_with("\"")) {
        if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') return std::string(v.substr(1, v.size() - 2));
        return std::string(v);
    }
    std::string out;
    for (std::size_t i = 1; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '"') break;
        if (c != '\\' || i + 1 >= v.size()) {
            out += c;
            continue;
        }
        const char e = v[++i];
        if (e == 'n') out += '\n';
        else if (e == 't') out += '\t';
        else if (e == 'x' && i + 2 < v.size()) {
            out += static_cast<char>(std::stoi(std::string(v.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else out += e;
    }
    return out;
}

// Reads "key: value" lines and the two lists (authors, tags) winnow writes.
void read_front_matter(const std::vector<Line>& lines, Metadata& m) {
    std::string list;  // the key whose "  - " items follow
    for (const Line& line : lines) {
        const std::string_view t = line.text;
        if (blank(t)) continue;
        if (t.starts_with("  - ") || t.starts_with("- ")) {
            const std::string_view item = trim(t).substr(2);
            if (list == "tags") m.tags.push_back(yaml_scalar(item));
            if (list == "authors" && item.starts_with("name:")) m.authors.push_back({yaml_scalar(item.substr(5)), {}});
            continue;
        }
        if (t.starts_with("    role:") && list == "authors" && !m.authors.empty()) {
            m.authors.back().role = yaml_scalar(trim(t).substr(5));
            continue;
        }
        const std::size_t colon = t.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view key = trim(t.substr(0, colon));
        const std::string value = yaml_scalar(t.substr(colon + 1));
        list = value.empty() ? std::string(key) : std::string();
        std::string* field = key == "title" ? &m.title : key == "subtitle" ? &m.subtitle
                           : key == "description" ? &m.description : key == "published" ? &m.published
                           : key == "modified" ? &m.modified : key == "site" ? &m.site : key == "url" ? &m.url
                           : key == "canonical_url" ? &m.canonical_url : key == "language" ? &m.language : nullptr;
        if (field) *field = value;
    }
}

}  // namespace

bool read_markdown(std::string_view text, Document& doc) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<Line> lines;
    std::uint32_t number = 1;
    for (std::size_t start = 0; start <= text.size(); ++number) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view l = text.substr(start, nl - start);
        if (l.ends_with("\r")) l.remove_suffix(1);
        lines.push_back({l, number});
        start = nl + 1;
    }
    if (lines.empty() || trim(lines[0].text) != "---") return false;
    std::size_t end = 1;
    while (end < lines.size() && trim(lines[end].text) != "---") ++end;
    if (end >= lines.size()) return false;
    // Every line between the rules must be YAML ("key: value" or a list entry): a text that
    // merely starts with a rule line is not Markdown with front matter.
    for (std::size_t k = 1; k < end; ++k) {
        const std::string_view t = lines[k].text;
        if (blank(t) || t.starts_with("  ") || t.starts_with("- ")) continue;
        const std::size_t colon = t.find(':');
        if (colon == 0 || colon == std::string_view::npos ||
            !std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(colon),
                         [](char c) { return is_digit(c) || c == '_' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
            return false;
    }
    read_front_matter({lines.begin() + 1, lines.begin() + static_cast<std::ptrdiff_t>(end)}, doc.meta);
    read_blocks({lines.begin() + static_cast<std::ptrdiff_t>(end) + 1, lines.end()}, doc.body, 0);
    return true;
}

}  // namespace winnow::detail
