// Extract, post credits: in a thread of posts (a question page's answers, a forum's replies)
// each post carries its template's credit line at its edge, the same short line with another
// person's name in it ("Answered by NAME · 2 days ago", "Ответил NAME"). A slot (one tag and
// class) of short lines without a sentence end, one line in each post that has one and at that
// post's first or last line (headings and lines of digits aside: a title, a vote count), in three
// or more posts, most opening with the same label of one or two words and going on with a word
// that starts a name (one to three capitalized words, or a handle, then the line's end or a
// separator), differs from line to line and occurs nowhere else in the region's text (a name
// is nobody's words but its owner's): that slot goes, every line of it. Step
// labels ("Drink 20–30 minutes"), button lines ("See it now: Amazon") and chart titles repeat
// words of the text or carry numbers, not names.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <utf8proc.h>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::size_t kCreditLabel = 2;     // words of the shared label
constexpr std::uint32_t kCreditMin = 5, kCreditMax = 60;
constexpr std::size_t kCreditPosts = 3;     // posts carrying the slot

std::vector<std::string_view> words_of(std::string_view t) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && is_space(static_cast<unsigned char>(t[i]))) ++i;
        const std::size_t start = i;
        while (i < t.size() && !is_space(static_cast<unsigned char>(t[i]))) ++i;
        if (i > start) out.push_back(t.substr(start, i - start));
    }
    return out;
}

// A word that opens with a letter: ASCII, or a character of two bytes or more that is no
// punctuation or symbol of the General Punctuation block (a dash, a bullet).
bool opens_with_letter(std::string_view w) {
    if (w.empty()) return false;
    const auto u = static_cast<unsigned char>(w[0]);
    if (u < 0x80) return (u | 0x20) >= 'a' && (u | 0x20) <= 'z';
    return !w.starts_with("\xE2\x80") && !w.starts_with("\xC2");
}

// The words from `from` read as a name: one to three words up to the line's end or a word
// without letters (a separator, a date: "· 2 days ago"), each opening with a capital or a
// letter of a script without case, or one word of a handle (small letters, '_', digits).
bool name_at(const std::vector<std::string_view>& w, std::size_t from) {
    std::size_t k = from;
    while (k < w.size() && opens_with_letter(w[k])) ++k;
    const std::size_t count = k - from;
    if (count == 0 || count > 3) return false;
    const auto cased_start = [](std::string_view x) {
        utf8proc_int32_t cp = 0;
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(x.data()), static_cast<utf8proc_ssize_t>(x.size()), &cp);
        const auto cat = utf8proc_category(cp);
        return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO;
    };
    const auto handle = [](std::string_view x) {
        return std::all_of(x.begin(), x.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'; });
    };
    if (count == 1 && handle(w[from])) return true;
    for (std::size_t i = from; i < k; ++i)
        if (!cased_start(w[i])) return false;
    return true;
}

bool only_digits(std::string_view t) {
    bool digit = false;
    for (const char c : t) {
        if (c >= '0' && c <= '9') digit = true;
        else if (!is_space(static_cast<unsigned char>(c))) return false;
    }
    return digit;
}

// The slot's lines are credits: most open with the same label of one or two words and go on
// with a name, a different one in each line, that is no word of the other text.
bool credit_slot(const std::vector<std::string_view>& texts, const std::set<std::string_view>& other_words) {
    std::map<std::string_view, int> first;
    std::vector<std::vector<std::string_view>> words;
    for (const std::string_view t : texts) {
        words.push_back(words_of(t));
        if (!words.back().empty()) ++first[words.back().front()];
    }
    const auto top = std::max_element(first.begin(), first.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top == first.end() || top->second < 2 || static_cast<std::size_t>(top->second) * 2 < texts.size()) return false;
    std::vector<const std::vector<std::string_view>*> same;
    for (const auto& w : words)
        if (!w.empty() && w.front() == top->first) same.push_back(&w);
    std::size_t prefix = 1;
    for (;; ++prefix) {
        bool all = true;
        for (const auto* w : same) all = all && w->size() > prefix && (*w)[prefix] == (*same.front())[prefix];
        if (!all) break;
    }
    if (prefix > kCreditLabel) return false;
    std::set<std::string_view> names;
    for (const auto* w : same) {
        if (w->size() <= prefix || !opens_with_letter((*w)[prefix]) || !name_at(*w, prefix)) return false;
        const std::string_view name = (*w)[prefix];
        if (other_words.contains(name)) return false;
        names.insert(name);
    }
    return names.size() == same.size();
}

}  // namespace

std::size_t Extractor::drop_post_credits(std::uint32_t root) {
    if (!holds_posts(root)) return 0;
    struct Line {
        std::uint32_t node, post;
        std::string text;
    };
    std::map<std::pair<GumboTag, std::string_view>, std::vector<Line>> slots;
    std::string other;  // the region's text outside short lines
    for (std::uint32_t post = dom_.nodes[root].first_child; post != no_node; post = dom_.nodes[post].next_sibling) {
        if (dom_.nodes[post].type != NodeType::element || dom_.nodes[post].removed) continue;
        // The post's lines in order (elements of short text, text outside them), headings and
        // digit lines aside, to find its first and last.
        std::vector<std::pair<std::uint32_t, bool>> lines;  // node, is a candidate line
        for (std::uint32_t d = dom_.next_in(post, post); d != no_node;) {
            const DomNode& e = dom_.nodes[d];
            if (e.removed) {
                d = dom_.next_in(d, post, true);
                continue;
            }
            if (e.type == NodeType::text) {
                if (stats_[d].text > 0 && !only_digits(e.text)) lines.emplace_back(d, false);
                other += ' ';
                other += e.text;
                d = dom_.next_in(d, post);
                continue;
            }
            if (e.type != NodeType::element) {
                d = dom_.next_in(d, post);
                continue;
            }
            const NodeStats& s = stats_[d];
            if (is_heading(e.tag) || (s.text > 0 && s.text < 20 && only_digits(dom_.text_of(d)))) {
                d = dom_.next_in(d, post, true);
                continue;
            }
            if (s.text >= kCreditMin && s.text <= kCreditMax && s.link_text * 2 < s.text && e.tag != GUMBO_TAG_A &&
                !ends_with_sentence_end(dom_.text_of(d))) {
                lines.emplace_back(d, true);
                d = dom_.next_in(d, post, true);
                continue;
            }
            d = dom_.next_in(d, post);
        }
        if (lines.empty()) continue;
        std::map<std::pair<GumboTag, std::string_view>, int> in_post;
        for (const auto& [n, line] : lines)
            if (line) ++in_post[{dom_.nodes[n].tag, dom_.attr(n, "class")}];
        std::vector<std::size_t> edges{0};  // a post of one line: its first is its last
        if (lines.size() > 1) edges.push_back(lines.size() - 1);
        for (const std::size_t edge : edges) {
            const auto [n, line] = lines[edge];
            const std::pair<GumboTag, std::string_view> kind{dom_.nodes[n].tag, dom_.attr(n, "class")};
            if (!line || in_post[kind] != 1) continue;
            slots[kind].push_back({n, post, dom_.text_of(n)});
        }
    }
    // Without a slot in enough posts nothing is asked of the other text's words: not read.
    if (std::none_of(slots.begin(), slots.end(), [](const auto& slot) { return slot.second.size() >= kCreditPosts; })) return 0;
    // The words of the other text (outside every candidate line), stops and commas trimmed.
    std::set<std::string_view> other_words;
    for (std::string_view w : words_of(other)) {
        while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':' || w.back() == ';')) w.remove_suffix(1);
        if (!w.empty()) other_words.insert(w);
    }
    std::size_t dropped = 0;
    for (const auto& [kind, lines] : slots) {
        if (lines.size() < kCreditPosts) continue;
        std::vector<std::string_view> texts;
        for (const Line& l : lines) texts.push_back(l.text);
        if (!credit_slot(texts, other_words)) continue;
        for (const Line& l : lines) {
            if (debug_) std::fprintf(stderr, "  post credit: %s\n", l.text.c_str());
            mark(l.node);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
