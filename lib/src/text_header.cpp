#include "text_header.hpp"

#include <algorithm>
#include <array>

#include "byline_author.hpp"
#include "metadata.hpp"

namespace winnow::detail {

namespace {

// A label line such as "Last updated:" or "Published: 24 Feb 2025".
struct Label {
    enum Kind { none, date_published, date_modified, byline };
    Kind kind = none;
    std::string_view value;
};

Label read_label(std::string_view line) {
    const std::string l = ascii_lower(line);
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
        std::string_view rest = trim_line(line.substr(p.prefix.size()));
        if (!rest.empty() && rest.front() == ':') rest = trim_line(rest.substr(1));
        // "Updated" must be a label, not the first word of a sentence.
        if (p.kind != Label::byline && !rest.empty() && to_iso8601(rest).empty()) continue;
        if (p.kind == Label::byline && line_words(rest) > 6) continue;
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

// The date a byline gives after its names, behind a separator or a comma ("Von Anna Berger ·
// 14. März 2024", "By Sam Lee, March 3, 2025"), or empty.
std::string date_after_names(std::string_view line) {
    for (std::string_view sep : {"\xC2\xB7", "|", "\xE2\x80\x93", "\xE2\x80\x94", " - ", ","}) {
        for (std::size_t at = line.find(sep); at != std::string_view::npos; at = line.find(sep, at + 1))
            if (std::string date = to_iso8601(trim_line(line.substr(at + sep.size()))); !date.empty()) return date;
    }
    return {};
}

class HeaderReader {
public:
    HeaderReader(const std::vector<TextLine>& lines, Metadata& meta) : lines_(lines), meta_(meta) {}

    std::size_t read() {
        const std::size_t first = next_nonempty(0);
        if (first >= lines_.size()) return first;
        const std::string_view line = lines_[first].text;
        // A first line that is only a date, or a label, opens a body without its title.
        if (line_words(line) <= 10 && read_label(line).kind == Label::none && is_dateline(line)) {
            if (std::string date = to_iso8601(line); !date.empty()) {
                meta_.published = std::move(date);
                return first;
            }
        }
        if (read_label(line).kind != Label::none) {
            read_labels(first, meta_);
            return first;
        }
        if (!title_shaped(first)) return first;
        const std::size_t hashes = markdown_heading_level(line);
        const std::string title(hashes ? trim_line(line.substr(hashes)) : line);
        // Title, subtitle and labels, if a body follows them; else the title alone, if a body
        // follows it; else the text is all body.
        Metadata taken = meta_;
        taken.title = title;
        std::size_t i = next_nonempty(first + 1);
        if (i < lines_.size() && subtitle_shaped(i)) {
            taken.subtitle = std::string(lines_[i].text);
            i = next_nonempty(i + 1);
        }
        i = read_labels(i, taken);
        if (i < lines_.size()) {
            meta_ = std::move(taken);
            return i;
        }
        i = next_nonempty(first + 1);
        if (i >= lines_.size()) return first;
        meta_.title = title;
        return i;
    }

private:
    const std::vector<TextLine>& lines_;
    Metadata& meta_;

    std::size_t next_nonempty(std::size_t i) const {
        while (i < lines_.size() && lines_[i].text.empty()) ++i;
        return i;
    }

    // Structure of its own (a list item, a quote, a code fence, a table row) is body.
    bool plain(std::size_t i) const {
        const TextLine& l = lines_[i];
        ListMarker m;
        return !read_list_marker(l.text, m) && !is_quote_line(l.text) && !fence_length(l.text) &&
               l.raw.find('\t') == std::string_view::npos;
    }

    // The very next line starts in lower case: the line is the start of a wrapped paragraph.
    bool continued(std::size_t i) const {
        return i + 1 < lines_.size() && !lines_[i + 1].text.empty() && starts_lower(lines_[i + 1].text);
    }

    // A sentence or clause mark of any script closes the line: a title and a subtitle have none.
    // ('!', '?' and an ellipsis are left out: headlines end on them.)
    static bool ends_clause(std::string_view s) {
        if (s.ends_with('.') || s.ends_with(',') || s.ends_with(';') || s.ends_with(':')) return true;
        static constexpr std::array<std::string_view, 15> marks{
            "\xE3\x80\x82", "\xE3\x80\x81", "\xEF\xBD\xA1",                  // 。 、 ｡ (CJK)
            "\xEF\xBC\x8E", "\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xEF\xBC\x9A",  // ． ， ； ： (full width)
            "\xD8\x8C", "\xD8\x9B", "\xDB\x94",                               // ، ؛ ۔ (Arabic script)
            "\xE0\xA5\xA4", "\xE0\xA5\xA5",                                  // । ॥ (Indic dandas)
            "\xD6\x89", "\xE1\x8D\xA2", "\xE1\x81\x8B"};                      // ։ ። ။ (Armenian, Ethiopic, Myanmar)
        return std::any_of(marks.begin(), marks.end(), [&](std::string_view m) { return s.ends_with(m); });
    }

    // A title is short and is not a sentence or the lead-in to one.
    bool title_shaped(std::size_t i) const {
        const std::string_view t = lines_[i].text;
        return line_words(t) <= 20 && t.size() <= 200 && !ends_clause(t) && plain(i) && !continued(i);
    }

    bool subtitle_shaped(std::size_t i) const {
        const std::string_view t = lines_[i].text;
        return read_label(t).kind == Label::none && byline_authors(t).empty() && line_words(t) <= 35 && t.size() <= 300 && !ends_clause(t) &&
               !markdown_heading_level(t) && plain(i) && !continued(i);
    }

    // Labels: bylines, dates; a byline label may put the name and role on the next lines.
    // Returns the index of the first line after them.
    std::size_t read_labels(std::size_t i, Metadata& m) const {
        for (int guard = 0; guard < 8 && i < lines_.size(); ++guard) {
            Label label = read_label(lines_[i].text);
            if (label.kind == Label::none && !byline_authors(lines_[i].text).empty()) label.kind = Label::byline;
            if (label.kind == Label::none) break;
            if (label.kind == Label::date_published) {
                if (!label.value.empty()) m.published = to_iso8601(label.value);
                i = next_nonempty(i + 1);
                continue;
            }
            if (label.kind == Label::date_modified) {
                if (!label.value.empty()) m.modified = to_iso8601(label.value);
                i = next_nonempty(i + 1);
                continue;
            }
            Author a;
            std::size_t j = i + 1;
            if (std::vector<std::string> names = byline_authors(lines_[i].text); !names.empty()) {
                // A byline in any language, with or without "by": its names, and the date after them.
                if (m.published.empty()) m.published = date_after_names(lines_[i].text);
                for (std::size_t k = 0; k + 1 < names.size(); ++k) m.authors.push_back({std::move(names[k]), {}});
                a.name = std::move(names.back());
            } else if (!label.value.empty()) {
                a.name = std::string(label.value);
            } else {
                j = next_nonempty(i + 1);
                if (j < lines_.size() && line_words(lines_[j].text) <= 6) a.name = std::string(lines_[j].text);
                ++j;
            }
            // A short following line without sentence punctuation is the author's role.
            // It must sit on the very next line: a heading would follow a blank line.
            if (!a.name.empty() && j < lines_.size() && !lines_[j].text.empty() && line_words(lines_[j].text) <= 8 &&
                !ends_sentence(lines_[j].text) && read_label(lines_[j].text).kind == Label::none) {
                a.role = std::string(lines_[j].text);
                ++j;
            }
            if (!a.name.empty()) m.authors.push_back(std::move(a));
            i = next_nonempty(j);
        }
        return i;
    }
};

}  // namespace

std::size_t read_text_header(const std::vector<TextLine>& lines, Metadata& meta) {
    return HeaderReader(lines, meta).read();
}

}  // namespace winnow::detail
