// Inline Markdown: spans become *emphasis*, **strong**, `code` and [links](url); plain text is
// escaped character by character, looking only at the neighbours that decide whether
// CommonMark would read markup there.
#include "markdown_inline.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace winnow::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Letters of any script count as word characters (bytes of multi-byte UTF-8 sequences).
bool is_word(char c) { return is_digit(c) || is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_punct(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

// Line-start constructs: headings, quotes, bullets, numbered items, rules, fences.
// Returns how many leading bytes to copy before a backslash goes in (npos: nothing to escape).
std::size_t line_start_escape(std::string_view line) {
    constexpr auto none = std::string_view::npos;
    if (line.empty()) return none;
    const char c = line.front();
    auto followed_by_space = [&](std::size_t at) { return at >= line.size() || is_space(line[at]); };
    if (c == '#') {
        std::size_t n = 0;
        while (n < line.size() && line[n] == '#') ++n;
        return n <= 6 && followed_by_space(n) ? 0 : none;
    }
    if (c == '>') return 0;
    if ((c == '-' || c == '+' || c == '*') && followed_by_space(1)) return 0;
    // "---", "***", "___", "===" (a rule, or a heading underline).
    if (c == '-' || c == '*' || c == '_' || c == '=') {
        if (line.find_first_not_of(std::string(1, c) + " \t") == std::string_view::npos) return 0;
    }
    if (is_digit(c)) {
        std::size_t n = 0;
        while (n < line.size() && n < 10 && is_digit(line[n])) ++n;
        if (n <= 9 && n < line.size() && (line[n] == '.' || line[n] == ')') && followed_by_space(n + 1)) return n;
    }
    return none;
}

class InlineWriter {
public:
    InlineWriter(const Block& b, MarkdownContext where)
        : text_(b.text), where_(where), spans_(markdown_spans(b.text, b.spans)) {}

    std::string run() {
        std::vector<std::pair<std::uint32_t, int>> events;  // position, +span index+1 open / -(index+1) close
        for (std::size_t k = 0; k < spans_.size(); ++k) {
            events.emplace_back(spans_[k].begin, static_cast<int>(k) + 1);
            events.emplace_back(spans_[k].end, -static_cast<int>(k) - 1);
        }
        // At one position closes come first (inner before outer), then opens (outer first);
        // spans_ is sorted outer-first, so later indices are inner.
        std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
            if (a.first != b.first) return a.first < b.first;
            if ((a.second < 0) != (b.second < 0)) return a.second < 0;
            return a.second < 0 ? a.second < b.second : a.second < b.second;
        });
        std::size_t pos = 0;
        for (const auto& [at, ev] : events) {
            if (at > pos && code_depth_ == 0) plain(pos, at);
            if (at > pos) pos = at;
            if (ev > 0) open(spans_[static_cast<std::size_t>(ev - 1)]);
            else close(spans_[static_cast<std::size_t>(-ev - 1)]);
        }
        if (pos < text_.size()) plain(pos, text_.size());
        if (where_ == MarkdownContext::heading) escape_closing_hashes();
        return std::move(out_);
    }

private:
    std::string_view text_;
    MarkdownContext where_;
    std::vector<Span> spans_;
    std::string out_;
    int code_depth_ = 0;
    bool in_link_ = false;

    void open(const Span& s) {
        switch (s.kind) {
            case Span::Kind::emphasis: out_ += '*'; break;
            case Span::Kind::strong: out_ += "**"; break;
            case Span::Kind::link:
                // A '!' right before '[' would make an image.
                if (!out_.empty() && out_.back() == '!') {
                    out_.back() = '\\';
                    out_ += '!';
                }
                out_ += '[';
                in_link_ = true;
                break;
            case Span::Kind::code: code_span(text_.substr(s.begin, s.end - s.begin)); ++code_depth_; break;
        }
    }

    void close(const Span& s) {
        switch (s.kind) {
            case Span::Kind::emphasis: out_ += '*'; break;
            case Span::Kind::strong: out_ += "**"; break;
            case Span::Kind::link:
                out_ += "](";
                out_ += markdown_destination(s.target);
                out_ += ')';
                in_link_ = false;
                break;
            case Span::Kind::code: --code_depth_; break;
        }
    }

    void code_span(std::string_view content) {
        std::size_t longest = 0, run = 0;
        for (char c : content) {
            run = c == '`' ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const std::string fence(longest + 1, '`');
        const bool pad = content.front() == '`' || content.back() == '`' ||
                         (content.front() == ' ' && content.back() == ' ');
        out_ += fence;
        if (pad) out_ += ' ';
        for (char c : content) {
            if (c == '\n') out_ += ' ';
            else if (c == '|' && where_ == MarkdownContext::cell) out_ += "\\|";
            else out_ += c;
        }
        if (pad) out_ += ' ';
        out_ += fence;
    }

    void plain(std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const bool line_start = i == 0 || text_[i - 1] == '\n';
            if (line_start && where_ != MarkdownContext::cell) {
                std::size_t line_end = text_.find('\n', i);
                if (line_end == std::string_view::npos || line_end > to) line_end = to;
                const std::size_t at = line_start_escape(text_.substr(i, line_end - i));
                if (at != std::string_view::npos) {
                    out_.append(text_.substr(i, at));
                    out_ += '\\';
                    out_ += text_[i + at];
                    i += at;
                    continue;
                }
            }
            character(i);
        }
    }

    void character(std::size_t i) {
        const char c = text_[i];
        const char prev = i > 0 ? text_[i - 1] : ' ';
        const char next = i + 1 < text_.size() ? text_[i + 1] : ' ';
        const bool at_end = i + 1 >= text_.size() || text_[i + 1] == '\n';
        switch (c) {
            case '\n':
                if (where_ == MarkdownContext::cell) out_ += "<br>";
                else if (where_ == MarkdownContext::heading) out_ += ' ';
                else out_ += "\\\n";
                return;
            case '\\':
                if (is_punct(next) || at_end) out_ += '\\';
                break;
            case '*':
                if (!(is_space(prev) && is_space(next))) out_ += '\\';
                break;
            case '_':
                if (!(is_word(prev) && is_word(next))) out_ += '\\';
                break;
            case '`':
                out_ += '\\';
                break;
            case '~':
                if (!is_space(next)) out_ += '\\';
                break;
            case '[':
                if (in_link_) out_ += '\\';
                break;
            case ']':
                if (in_link_ || next == '(' || next == '[' || next == ':') out_ += '\\';
                break;
            case '<':
                if (is_ascii_alpha(next) || next == '/' || next == '!' || next == '?') out_ += '\\';
                break;
            case '&':
                // "&amp;" or "&#38;" would be read as a character reference.
                if (is_ascii_alpha(next) || next == '#') {
                    const std::size_t semi = text_.find(';', i);
                    if (semi != std::string_view::npos && semi - i <= 32) out_ += '\\';
                }
                break;
            case '|':
                if (where_ == MarkdownContext::cell) out_ += '\\';
                break;
            case '!':
                break;  // only before a link, handled there
            default:
                break;
        }
        out_ += c;
    }

    // "Title #" would lose its '#' as the optional closing sequence of an ATX heading.
    void escape_closing_hashes() {
        std::size_t n = out_.size();
        while (n > 0 && out_[n - 1] == '#') --n;
        if (n == out_.size()) return;
        if (n == 0 || out_[n - 1] == ' ') {
            const std::string hashes = out_.substr(n);
            out_.resize(n);
            out_ += '\\';
            out_ += hashes;
        }
    }
};

}  // namespace

// Keeps the spans Markdown can nest: emphasis, strong and code trimmed to their non-space
// text; a span crossing another, anything inside code and a link inside a link are
// written as plain text.
std::vector<Span> markdown_spans(std::string_view text, const std::vector<Span>& spans) {
    std::vector<Span> kept;
    std::vector<Span> all;
    for (Span s : spans) {
        if (s.end > text.size() || s.begin >= s.end) continue;
        if (s.kind == Span::Kind::link && s.target.empty()) continue;
        if (s.kind != Span::Kind::link) {
            while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
            while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
            if (s.begin >= s.end) continue;
        }
        all.push_back(std::move(s));
    }
    std::stable_sort(all.begin(), all.end(), [](const Span& a, const Span& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        if (a.end != b.end) return a.end > b.end;
        return (a.kind == Span::Kind::link) > (b.kind == Span::Kind::link);
    });
    // Same-kind spans that touch become one ("*a**b*" would read as other markup).
    auto star = [](const Span& s) { return s.kind == Span::Kind::emphasis || s.kind == Span::Kind::strong; };
    std::stable_sort(all.begin(), all.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::array<std::ptrdiff_t, 4> last{-1, -1, -1, -1};  // by kind: the latest span to extend
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (all[k].kind == Span::Kind::link) continue;
        std::ptrdiff_t& l = last[static_cast<std::size_t>(all[k].kind)];
        if (l >= 0 && all[static_cast<std::size_t>(l)].end == all[k].begin) {
            all[static_cast<std::size_t>(l)].end = all[k].end;
            all[k].end = all[k].begin;
        } else {
            l = static_cast<std::ptrdiff_t>(k);
        }
    }
    std::erase_if(all, [](const Span& s) { return s.begin >= s.end; });
    std::vector<std::size_t> stack;  // indices into kept of the spans still open
    auto any_open = [&](Span::Kind kind) {
        return std::any_of(stack.begin(), stack.end(), [&](std::size_t k) { return kept[k].kind == kind; });
    };
    for (const Span& s : all) {
        while (!stack.empty() && kept[stack.back()].end <= s.begin) stack.pop_back();
        if (!stack.empty()) {
            const Span& top = kept[stack.back()];
            const bool crossing = s.end > top.end;
            const bool twin = top.kind == s.kind && top.begin == s.begin && top.end == s.end;
            if (crossing || twin || any_open(Span::Kind::code) ||
                ((s.kind == Span::Kind::link || star(s)) && any_open(s.kind)))
                continue;
        }
        // A star span starting where another ends would make one run of both delimiters.
        if (star(s) && std::any_of(kept.begin(), kept.end(), [&](const Span& o) { return star(o) && o.end == s.begin; }))
            continue;
        kept.push_back(s);
        stack.push_back(kept.size() - 1);
    }
    return kept;
}


std::string markdown_inline(const Block& b, MarkdownContext where) { return InlineWriter(b, where).run(); }

std::string markdown_destination(std::string_view url) {
    std::string out;
    const bool angle = url.find_first_of(" <>\t\n") != std::string_view::npos || url.empty();
    if (angle) out += '<';
    for (char c : url) {
        if (c == '\n' || c == '\r') continue;
        if (c == '\\' || (angle ? (c == '<' || c == '>') : (c == '(' || c == ')'))) out += '\\';
        out += c;
    }
    if (angle) out += '>';
    return out;
}

}  // namespace winnow::detail
