#include "text_structure.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "metadata.hpp"
#include "text_markdown.hpp"

namespace winnow::detail {

namespace {

struct Line {
    std::string_view text;   // trimmed
    std::uint32_t number = 0;
};

// Trims ASCII white space and the Unicode spaces scrapes leave at line ends (NBSP,
// ideographic space, BOM, zero-width space): this stage runs before the Unicode stage.
std::string_view trim(std::string_view s) {
    static constexpr std::string_view wide[] = {"\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x8B"};
    for (bool changed = true; changed;) {
        changed = false;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1), changed = true;
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1), changed = true;
        for (std::string_view w : wide) {
            if (s.starts_with(w)) s.remove_prefix(w.size()), changed = true;
            // "Â" + NBSP is mojibake of an NBSP: the Unicode stage repairs the pair whole.
            if (s.ends_with(w) && !s.substr(0, s.size() - w.size()).ends_with("\xC3\x82"))
                s.remove_suffix(w.size()), changed = true;
        }
    }
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        const bool sp = std::isspace(static_cast<unsigned char>(c));
        if (!sp && !in_word) ++n;
        in_word = !sp;
    }
    return n;
}

bool ends_sentence(std::string_view s) {
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == '"' || c == ')') return true;
    // Closing quotes and CJK full stops end sentences too (U+201D, U+3002, U+FF01, U+FF1F).
    for (std::string_view end : {"\xE2\x80\x9D", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xE2\x80\xA6"})
        if (s.ends_with(end)) return true;
    return false;
}

bool starts_upper_or_digit(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s.front());
    if (c >= 0x80) return true;  // non-Latin scripts: no case to check
    return std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'';
}

// A label line such as "Last updated:" or "Published: 24 Feb 2025".
struct Label {
    enum Kind { none, date_published, date_modified, byline };
    Kind kind = none;
    std::string_view value;
};

Label read_label(std::string_view line) {
    const std::string l = lower(line);
    struct Pattern {
        std::string_view prefix;
        Label::Kind kind;
    };
    static constexpr std::array<Pattern, 12> patterns{{
        {"last updated", Label::date_modified}, {"updated", Label::date_modified},
        {"last modified", Label::date_modified}, {"published", Label::date_published},
        {"posted on", Label::date_published}, {"posted", Label::date_published},
        {"date", Label::date_published}, {"edited by", Label::byline}, {"written by", Label::byline},
        {"reviewed by", Label::byline}, {"author", Label::byline}, {"by ", Label::byline},
    }};
    for (const auto& p : patterns) {
        if (!l.starts_with(p.prefix)) continue;
        std::string_view rest = line.substr(p.prefix.size());
        rest = trim(rest);
        if (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
        // "Updated" must be a label, not the first word of a sentence.
        if (p.kind != Label::byline && !rest.empty() && to_iso8601(rest).empty()) continue;
        if (p.kind == Label::byline && word_count(rest) > 6) continue;
        return {p.kind, rest};
    }
    return {};
}

// A line made of a date and little else: numbers, times, month names, short particles
// ("de", "at", "às") and at most one other word (the weekday).
bool is_dateline(std::string_view line) {
    int other = 0;
    std::size_t p = 0;
    while (p < line.size()) {
        while (p < line.size() && (line[p] == ' ' || line[p] == ',' || line[p] == '\t')) ++p;
        std::size_t e = p;
        while (e < line.size() && line[e] != ' ' && line[e] != ',' && line[e] != '\t') ++e;
        const std::string_view w = line.substr(p, e - p);
        p = e;
        if (w.empty() || w.size() <= 3 || month_from_name(w) != 0) continue;
        if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        ++other;
    }
    return other <= 1;
}

// "## Title" (CommonMark: 1-6 hashes then a space); 0 for "#include" or "#hashtag".
std::size_t markdown_heading_level(std::string_view s) {
    std::size_t level = 0;
    while (level < s.size() && s[level] == '#') ++level;
    return level >= 1 && level <= 6 && level < s.size() && s[level] == ' ' ? level : 0;
}

bool is_list_marker(std::string_view s, bool& ordered, std::size_t& skip) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') {
        ordered = false;
        skip = 2;
        return true;
    }
    if (s.starts_with("\xE2\x80\xA2")) {  // bullet U+2022
        ordered = false;
        skip = 3;
        return true;
    }
    std::size_t i = 0;
    while (i < s.size() && i < 3 && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') {
        ordered = true;
        skip = i + 2;
        return true;
    }
    return false;
}

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

class TextStructurer {
public:
    TextStructurer(std::string_view text, Document& doc) : doc_(doc) { split_lines(text); }

    void run() {
        std::size_t i = header();
        body(i);
    }

private:
    Document& doc_;
    std::vector<Line> lines_;   // empty lines kept (text empty) to see paragraph breaks

    void split_lines(std::string_view text) {
        std::uint32_t number = 1;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t nl = text.find('\n', start);
            if (nl == std::string_view::npos) nl = text.size();
            lines_.push_back({trim(text.substr(start, nl - start)), number++});
            start = nl + 1;
        }
    }

    std::size_t next_nonempty(std::size_t i) const {
        while (i < lines_.size() && lines_[i].text.empty()) ++i;
        return i;
    }

    bool is_heading_candidate(std::size_t i) const {
        const std::string_view t = lines_[i].text;
        if (t.empty() || t.size() > 150 || word_count(t) > 14) return false;
        if (markdown_heading_level(t)) return true;
        if (ends_sentence(t) && !t.ends_with("?") && !t.ends_with("!")) return false;
        if (!starts_upper_or_digit(t)) return false;
        // A heading is followed by a longer text line.
        const std::size_t n = next_nonempty(i + 1);
        return n < lines_.size() && lines_[n].text.size() > t.size() * 2 && word_count(lines_[n].text) >= 12;
    }

    // Title, subtitle, byline and date lines at the top.
    std::size_t header() {
        Metadata& m = doc_.meta;
        std::size_t i = next_nonempty(0);
        if (i >= lines_.size()) return i;
        // Title: a first line that is short and not a sentence-long paragraph. A first line
        // that is only a date is a dateline (text without its title starts so).
        const std::string_view first = lines_[i].text;
        if (word_count(first) <= 10 && read_label(first).kind == Label::none && is_dateline(first)) {
            if (std::string date = to_iso8601(first); !date.empty()) {
                m.published = std::move(date);
                return next_nonempty(i + 1);
            }
        }
        if (word_count(first) <= 20 && first.size() <= 200 && !(ends_sentence(first) && first.back() == '.')) {
            const std::size_t hashes = markdown_heading_level(first);
            m.title = std::string(hashes ? trim(first.substr(hashes)) : first);
            i = next_nonempty(i + 1);
            if (i < lines_.size()) {
                const std::string_view second = lines_[i].text;
                bool ordered = false;
                std::size_t skip = 0;
                if (read_label(second).kind == Label::none && word_count(second) <= 35 && second.size() <= 300 &&
                    !second.ends_with(".") && !is_heading_candidate_strict(i) && !is_list_marker(second, ordered, skip)) {
                    m.subtitle = std::string(second);
                    i = next_nonempty(i + 1);
                }
            }
        }
        // Labels: bylines, dates; a byline label may put the name and role on the next lines.
        for (int guard = 0; guard < 8 && i < lines_.size(); ++guard) {
            const Label label = read_label(lines_[i].text);
            if (label.kind == Label::none) break;
            if (label.kind == Label::date_published) {
                if (!label.value.empty()) m.published = to_iso8601(label.value);
                i = next_nonempty(i + 1);
            } else if (label.kind == Label::date_modified) {
                if (!label.value.empty()) m.modified = to_iso8601(label.value);
                i = next_nonempty(i + 1);
            } else {
                Author a;
                std::size_t j = i + 1;
                if (!label.value.empty()) {
                    a.name = std::string(label.value);
                } else {
                    j = next_nonempty(i + 1);
                    if (j < lines_.size() && word_count(lines_[j].text) <= 6) a.name = std::string(lines_[j].text);
                    ++j;
                }
                // A short following line without sentence punctuation is the author's role.
                // It must sit on the very next line: a heading would follow a blank line.
                const std::size_t r = j;
                if (!a.name.empty() && r < lines_.size() && !lines_[r].text.empty() &&
                    word_count(lines_[r].text) <= 8 && !ends_sentence(lines_[r].text) &&
                    read_label(lines_[r].text).kind == Label::none) {
                    a.role = std::string(lines_[r].text);
                    j = r + 1;
                }
                if (!a.name.empty()) m.authors.push_back(std::move(a));
                i = next_nonempty(j);
            }
        }
        return i;
    }

    // Stricter heading test used for the subtitle decision: markdown headings only.
    bool is_heading_candidate_strict(std::size_t i) const { return markdown_heading_level(lines_[i].text) != 0; }

    void body(std::size_t i) {
        Block list;
        bool in_code = false;
        std::size_t blank_run = 0;
        Block code;
        auto flush_list = [&] {
            if (!list.children.empty()) doc_.body.push_back(std::move(list));
            list = Block{};
        };
        for (; i < lines_.size(); ++i) {
            const Line& line = lines_[i];
            const std::string_view t = line.text;
            if (t.starts_with("```")) {
                if (in_code) {
                    doc_.body.push_back(std::move(code));
                    code = Block{};
                } else {
                    flush_list();
                    code = Block{};
                    code.kind = BlockKind::code;
                    code.source_line = line.number;
                }
                in_code = !in_code;
                continue;
            }
            if (in_code) {
                if (!code.text.empty()) code.text += '\n';
                code.text += t;
                continue;
            }
            if (t.empty()) {
                // One empty line separates blocks. Every further one becomes an empty block,
                // as a blank <p> would in HTML: runs of them trail promo boxes, and the noise
                // filters read them as evidence before removing them with the empty blocks.
                if (++blank_run > 1) {
                    flush_list();
                    Block blank;
                    blank.source_line = line.number;
                    doc_.body.push_back(std::move(blank));
                }
                continue;
            }
            blank_run = 0;
            // Two or more consecutive lines with tabs are a table (tab-separated cells, as
            // winnow's own text output writes tables).
            if (t.find('\t') != std::string_view::npos && i + 1 < lines_.size() &&
                lines_[i + 1].text.find('\t') != std::string_view::npos) {
                flush_list();
                Block table;
                table.kind = BlockKind::table;
                table.source_line = line.number;
                for (; i < lines_.size() && lines_[i].text.find('\t') != std::string_view::npos; ++i) {
                    Block row;
                    row.kind = BlockKind::row;
                    row.source_line = lines_[i].number;
                    std::string_view rest = lines_[i].text;
                    for (std::size_t tab = 0; tab != std::string_view::npos;) {
                        tab = rest.find('\t');
                        Block cell;
                        cell.kind = BlockKind::cell;
                        cell.source_line = lines_[i].number;
                        append_inline(cell, trim(rest.substr(0, tab)));
                        row.children.push_back(std::move(cell));
                        if (tab != std::string_view::npos) rest.remove_prefix(tab + 1);
                    }
                    table.children.push_back(std::move(row));
                }
                --i;  // the loop's ++i moves to the line after the table
                doc_.body.push_back(std::move(table));
                continue;
            }
            bool ordered = false;
            std::size_t skip = 0;
            // A numbered line alone ("2. Never urged…" between paragraphs) is a paragraph that
            // starts with a number, not a list: an ordered list needs a next numbered line, or
            // an open list to continue.
            const bool marker = is_list_marker(t, ordered, skip);
            const bool continues = !list.children.empty() && list.ordered == ordered;
            bool next_numbered = false;
            if (marker && ordered && !continues && i + 1 < lines_.size()) {
                bool next_ordered = false;
                std::size_t next_skip = 0;
                next_numbered = is_list_marker(lines_[i + 1].text, next_ordered, next_skip) && next_ordered;
            }
            if (marker && (!ordered || continues || next_numbered)) {
                if (list.children.empty() || list.ordered != ordered) {
                    flush_list();
                    list.kind = BlockKind::list;
                    list.ordered = ordered;
                    list.source_line = line.number;
                }
                Block item;
                item.kind = BlockKind::item;
                item.source_line = line.number;
                append_inline(item, trim(t.substr(skip)));
                list.children.push_back(std::move(item));
                continue;
            }
            flush_list();
            Block b;
            b.source_line = line.number;
            if (const std::size_t level = markdown_heading_level(t)) {
                b.kind = BlockKind::heading;
                b.level = static_cast<std::uint8_t>(std::clamp<std::size_t>(level, 1, 6));
                append_inline(b, trim(t.substr(level)));
            } else if (t.starts_with(">")) {
                b.kind = BlockKind::quote;
                Block p;
                p.source_line = line.number;
                append_inline(p, trim(t.substr(1)));
                b.children.push_back(std::move(p));
            } else if (is_heading_candidate(i)) {
                b.kind = BlockKind::heading;
                b.level = 2;
                append_inline(b, t);
            } else {
                append_inline(b, t);
            }
            doc_.body.push_back(std::move(b));
        }
        if (in_code && !code.text.empty()) doc_.body.push_back(std::move(code));
        flush_list();
    }
};

}  // namespace

void structure_text(std::string_view text, Document& doc) {
    if (read_markdown(text, doc)) return;  // Markdown with front matter (text_markdown.cpp)
    TextStructurer(text, doc).run();
}

bool looks_like_html(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    const std::string head = lower(s.substr(0, 1024));
    for (std::string_view start : {"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"})
        if (head.starts_with(start)) return true;
    // Fragments: count tag-like openings of common elements.
    const std::string all = lower(s);
    std::size_t tags = 0;
    for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<a href", "<span", "<li>", "<h1", "<h2", "<table", "<meta", "<script"}) {
        for (std::size_t p = all.find(tag); p != std::string::npos; p = all.find(tag, p + 1)) ++tags;
    }
    return tags >= 3 || (head.starts_with("<") && tags >= 1);
}

}  // namespace winnow::detail
