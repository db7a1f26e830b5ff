#include "text_structure.hpp"

#include <algorithm>

#include "text_header.hpp"
#include "text_lines.hpp"
#include "text_markdown.hpp"

namespace winnow::detail {

namespace {

// Appends text to a block, turning markdown links [label](url) into link spans.
void append_inline(Block& b, std::string_view s) {
    std::size_t i = 0;
    // The next ']' and ')' are looked up once and reused while still ahead, so a line of
    // thousands of '[' stays linear (each search used to scan to the end of the line).
    std::size_t next_bracket = 0, next_paren = 0;
    auto next = [&](std::size_t& cache, char c, std::size_t from) {
        if (cache != std::string_view::npos && cache < from) cache = s.find(c, from);
        return cache;
    };
    while (i < s.size()) {
        const std::size_t open = s.find('[', i);
        if (open == std::string_view::npos) break;
        // A link is "[label](url)": the first ']' after '[' must be followed by '('.
        const std::size_t label_end = next(next_bracket, ']', open + 1);
        if (label_end == std::string_view::npos) break;
        const std::size_t close = label_end + 1 < s.size() && s[label_end + 1] == '(' ? label_end : std::string_view::npos;
        if (close == std::string_view::npos) {
            b.text.append(s.substr(i, open + 1 - i));
            i = open + 1;
            continue;
        }
        const std::size_t url_end = next(next_paren, ')', close + 2);
        const std::string_view url = url_end == std::string_view::npos ? std::string_view{} : s.substr(close + 2, url_end - close - 2);
        const bool is_url = url.starts_with("http://") || url.starts_with("https://") || url.starts_with("/") ||
                            url.starts_with("mailto:");
        // "[3](url)" is a footnote marker, not a phrase: the link-residue filter decides
        // about it (it moves the target onto the word before).
        const std::string_view label = s.substr(open + 1, close - open - 1);
        const bool footnote = !label.empty() && label.size() <= 3 &&
                              std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!is_url || footnote || url.find(' ') != std::string_view::npos) {
            b.text.append(s.substr(i, open + 1 - i));
            i = open + 1;
            continue;
        }
        b.text.append(s.substr(i, open - i));
        const auto begin = static_cast<std::uint32_t>(b.text.size());
        b.text.append(s.substr(open + 1, close - open - 1));
        b.spans.push_back(Span{Span::Kind::link, begin, static_cast<std::uint32_t>(b.text.size()), std::string(url)});
        i = url_end + 1;
    }
    b.text.append(s.substr(std::min(i, s.size())));
}


// Body lines to blocks. The text output (emit_text.cpp) writes what this reads back:
// "#" headings, "- " and "1. " list items (two spaces of indent per nesting level), "> "
// quotes, ``` code fences, tab-separated table rows, one line per paragraph.
class BodyReader {
public:
    // In a quote only paragraphs and lists are read (what a quote holds); other marks are text.
    BodyReader(const std::vector<TextLine>& lines, std::vector<Block>& out, bool in_quote)
        : lines_(lines), out_(out), in_quote_(in_quote) {
        // A text that marks its headings is not second-guessed: no heading is inferred.
        for (std::size_t i = 0, fence = 0; i < lines_.size() && !marked_headings_; ++i) {
            const std::size_t f = fence_length(lines_[i].text);
            if (fence == 0 && f) fence = f;
            else if (fence && f >= fence) fence = 0;
            else if (fence == 0 && markdown_heading_level(lines_[i].text)) marked_headings_ = true;
        }
    }

    void read(std::size_t i) {
        std::size_t blank_run = 0;
        while (i < lines_.size()) {
            const TextLine& line = lines_[i];
            const std::string_view t = line.text;
            if (t.empty()) {
                // One empty line separates blocks. Every further one becomes an empty block,
                // as a blank <p> would in HTML: runs of them trail promo boxes, and the noise
                // filters read them as evidence before removing them with the empty blocks.
                if (++blank_run > 1) {
                    Block blank;
                    blank.source_line = line.number;
                    out_.push_back(std::move(blank));
                }
                ++i;
                continue;
            }
            blank_run = 0;
            ListMarker m;
            if (!in_quote_ && fence_length(t)) i = code(i);
            else if (!in_quote_ && table_starts(i)) i = table(i);
            else if (read_list_marker(t, m) && list_starts(i, m)) i = list(i);
            else if (!in_quote_ && is_quote_line(t) && t != ">") i = quote(i);
            else i = paragraph(i);
        }
    }

private:
    const std::vector<TextLine>& lines_;
    std::vector<Block>& out_;
    bool in_quote_ = false;
    bool marked_headings_ = false;

    static bool has_tab(const TextLine& l) { return l.raw.find('\t') != std::string_view::npos; }

    // Code between fences, verbatim (indentation kept); the closing fence is at least as long
    // as the opening one, so a fence inside the code can be written with a longer one.
    std::size_t code(std::size_t i) {
        const std::size_t open = fence_length(lines_[i].text);
        Block code;
        code.kind = BlockKind::code;
        code.source_line = lines_[i].number;
        bool first = true;
        for (++i; i < lines_.size(); ++i) {
            const std::string_view t = lines_[i].text;
            if (fence_length(t) >= open && t.find_first_not_of('`') == std::string_view::npos) {
                ++i;
                break;
            }
            if (!first) code.text += '\n';
            code.text += lines_[i].raw;
            first = false;
        }
        if (!code.text.empty()) out_.push_back(std::move(code));
        return i;
    }

    // Two or more consecutive lines with tabs are a table (tab-separated cells, as winnow's
    // own text output writes tables; an empty first cell leaves a leading tab).
    bool table_starts(std::size_t i) const {
        return has_tab(lines_[i]) && i + 1 < lines_.size() && has_tab(lines_[i + 1]);
    }

    std::size_t table(std::size_t i) {
        Block table;
        table.kind = BlockKind::table;
        table.source_line = lines_[i].number;
        for (; i < lines_.size() && has_tab(lines_[i]); ++i) {
            Block row;
            row.kind = BlockKind::row;
            row.source_line = lines_[i].number;
            std::string_view rest = lines_[i].raw;
            for (std::size_t tab = 0; tab != std::string_view::npos;) {
                tab = rest.find('\t');
                Block cell;
                cell.kind = BlockKind::cell;
                cell.source_line = lines_[i].number;
                append_inline(cell, trim_line(rest.substr(0, tab)));
                row.children.push_back(std::move(cell));
                if (tab != std::string_view::npos) rest.remove_prefix(tab + 1);
            }
            table.children.push_back(std::move(row));
        }
        out_.push_back(std::move(table));
        return i;
    }

    // A list item line starts a list unless it is a numbered line standing alone ("2. Never
    // urged…" between paragraphs is a paragraph that starts with a number): an ordered list
    // starts at 1 and its next item, at the same indent, is numbered 2. The text output numbers
    // every list from 1, so any other numbering is the text's own and stays as written.
    bool list_starts(std::size_t i, const ListMarker& m) const {
        if (!m.ordered) return true;
        if (m.number != 1) return false;
        // (or, as the text output writes a list of one item with a list under it, nested items)
        bool nested = false;
        for (std::size_t j = i + 1; j < lines_.size(); ++j) {
            ListMarker next;
            if (!read_list_marker(lines_[j].text, next)) return nested;
            if (lines_[j].indent > lines_[i].indent) {
                nested = true;
                continue;
            }
            return (lines_[j].indent == lines_[i].indent && next.ordered && next.number == 2 &&
                    next.delimiter == m.delimiter) || nested;
        }
        return nested;
    }

    struct OpenList {
        Block list;
        std::size_t indent = 0;
        unsigned last = 0;
        char delimiter = 0;
    };

    static bool continues(const OpenList& o, const ListMarker& m) {
        return o.list.ordered == m.ordered && (!m.ordered || (m.number == o.last + 1 && m.delimiter == o.delimiter));
    }

    static void add_item(OpenList& o, const TextLine& line, const ListMarker& m) {
        Block item;
        item.kind = BlockKind::item;
        item.source_line = line.number;
        append_inline(item, trim_line(line.text.substr(m.skip)));
        o.list.children.push_back(std::move(item));
        o.last = m.number;
    }

    // A run of list item lines; a deeper indent opens a list nested in the item above. A blank
    // line ends the list: the text output writes none inside one.
    std::size_t list(std::size_t i) {
        std::vector<OpenList> open;
        auto close_top = [&] {
            OpenList o = std::move(open.back());
            open.pop_back();
            if (open.empty()) out_.push_back(std::move(o.list));
            else open.back().list.children.back().children.push_back(std::move(o.list));
        };
        auto start = [&](std::size_t at, const ListMarker& m) {
            OpenList o;
            o.list.kind = BlockKind::list;
            o.list.ordered = m.ordered;
            o.list.source_line = lines_[at].number;
            o.indent = lines_[at].indent;
            o.delimiter = m.delimiter;
            add_item(o, lines_[at], m);
            open.push_back(std::move(o));
        };
        ListMarker m;
        read_list_marker(lines_[i].text, m);
        start(i, m);
        for (++i; i < lines_.size(); ++i) {
            const TextLine* line = &lines_[i];
            if (!read_list_marker(line->text, m)) break;
            while (open.size() > 1 && line->indent < open.back().indent) close_top();
            OpenList& top = open.back();
            if (line->indent > top.indent) {
                if (m.ordered && m.number != 1) break;
                start(i, m);
            } else if (continues(top, m)) {
                add_item(top, *line, m);
            } else {
                break;
            }
        }
        while (!open.empty()) close_top();
        return i;
    }

    // Quote lines ("> " and lone ">" between them), read as a body of their own.
    std::size_t quote(std::size_t i) {
        Block q;
        q.kind = BlockKind::quote;
        q.source_line = lines_[i].number;
        std::string inner;
        const std::uint32_t first = lines_[i].number;
        for (; i < lines_.size() && is_quote_line(lines_[i].text); ++i) {
            inner += unquote(lines_[i].raw);
            inner += '\n';
        }
        const std::vector<TextLine> inner_lines = split_text_lines(inner, first);
        BodyReader(inner_lines, q.children, true).read(0);
        std::erase_if(q.children, [](const Block& b) { return b.kind == BlockKind::paragraph && b.text.empty(); });
        if (!q.children.empty()) out_.push_back(std::move(q));
        return i;
    }

    bool heading_guess(std::size_t i) const {
        const std::string_view t = lines_[i].text;
        if (marked_headings_ || in_quote_ || t.size() > 150 || line_words(t) > 14) return false;
        if (ends_sentence(t) && !t.ends_with("?") && !t.ends_with("!")) return false;
        if (!starts_upper_or_digit(t)) return false;
        // A heading is followed by a longer text line.
        std::size_t n = i + 1;
        while (n < lines_.size() && lines_[n].text.empty()) ++n;
        return n < lines_.size() && lines_[n].text.size() > t.size() * 2 && line_words(lines_[n].text) >= 12;
    }

    std::size_t paragraph(std::size_t i) {
        const std::string_view t = lines_[i].text;
        Block b;
        b.source_line = lines_[i].number;
        if (const std::size_t level = in_quote_ ? 0 : markdown_heading_level(t)) {
            b.kind = BlockKind::heading;
            b.level = static_cast<std::uint8_t>(level);
            append_inline(b, trim_line(t.substr(level)));
        } else if (heading_guess(i)) {
            b.kind = BlockKind::heading;
            b.level = 0;  // inferred: its level is unknown, and the text output leaves it unmarked
            append_inline(b, t);
        } else {
            append_inline(b, t);
        }
        out_.push_back(std::move(b));
        return i + 1;
    }
};

}  // namespace

void structure_text(std::string_view text, Document& doc) {
    if (read_markdown(text, doc)) return;  // Markdown with front matter (text_markdown.cpp)
    const std::vector<TextLine> lines = split_text_lines(text);
    const std::size_t body = read_text_header(lines, doc.meta);
    BodyReader(lines, doc.body, false).read(body);
}

}  // namespace winnow::detail
