// Extract, post credits: in a thread of posts (a question page's answers, a forum's replies)
// each post carries its template's credit line, the same short line with another name in it
// ("Answered by NAME · 2 days ago", "Ответил NAME"). A line of one tag and class in three or
// more places, in two or more posts, without a sentence end, whose texts open with the same
// word(s) — a label of one or two words — and go on with a different word of letters (a name,
// not a step's number) and a few more at most, is that slot: it goes in every post, and the line of the same slot over the question with it.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::size_t kCreditLabel = 2;  // words of the shared label
constexpr std::size_t kCreditRest = 5;   // words of the name (and a short date) after it

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

// A word holding a letter: ASCII or any byte of a multi-byte character (a name in any script).
bool has_letter(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
    });
}

// The members' lines share their opening words and go on with different words of letters.
bool credit_slot(const std::vector<std::string>& texts) {
    std::map<std::string_view, int> first;
    std::vector<std::vector<std::string_view>> words;
    for (const std::string& t : texts) {
        words.push_back(words_of(t));
        if (!words.back().empty()) ++first[words.back().front()];
    }
    const auto top = std::max_element(first.begin(), first.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (top == first.end() || top->second < 2 || top->second * 2 < static_cast<int>(texts.size())) return false;
    std::vector<const std::vector<std::string_view>*> same;
    for (const auto& w : words)
        if (!w.empty() && w.front() == top->first) same.push_back(&w);
    // The longest shared opening, then the word after it in each line.
    std::size_t prefix = 1;
    for (;; ++prefix) {
        bool all = true;
        for (const auto* w : same) all = all && w->size() > prefix && (*w)[prefix] == (*same.front())[prefix];
        if (!all) break;
    }
    // A label of a word or two ("Answered by", "Ответил"), not a caption's shared opening
    // ("July 2012 Changes in …"), then a name: mostly a few words.
    if (prefix > kCreditLabel) return false;
    bool differ = false;
    std::size_t short_rest = 0;
    for (const auto* w : same) {
        if (w->size() <= prefix || !has_letter((*w)[prefix])) return false;
        differ = differ || (*w)[prefix] != (*same.front())[prefix];
        if (w->size() - prefix <= kCreditRest) ++short_rest;
    }
    return differ && short_rest * 3 >= same.size() * 2;
}

}  // namespace

std::size_t Extractor::drop_post_credits(std::uint32_t root) {
    if (!holds_posts(root)) return 0;
    // Short lines by slot (tag and class), with the post (root's child) each stands in.
    std::map<std::pair<GumboTag, std::string_view>, std::vector<std::pair<std::uint32_t, std::uint32_t>>> slots;
    for (std::uint32_t post = dom_.nodes[root].first_child; post != no_node; post = dom_.nodes[post].next_sibling) {
        if (dom_.nodes[post].type != NodeType::element || dom_.nodes[post].removed) continue;
        for (std::uint32_t d = dom_.next_in(post, post); d != no_node;) {
            const DomNode& e = dom_.nodes[d];
            const NodeStats& s = stats_[d];
            // Headings are the text's own (a recipe's name after "Recipe:"), never a slot.
            if (e.removed || e.type != NodeType::element || is_heading(e.tag)) {
                d = dom_.next_in(d, post, e.removed || e.type == NodeType::element);
                continue;
            }
            if (s.text >= kCreditMin && s.text <= kCreditLine && s.link_text * 2 < s.text &&
                e.tag != GUMBO_TAG_A && !ends_with_sentence_end(dom_.text_of(d))) {
                slots[{e.tag, dom_.attr(d, "class")}].emplace_back(d, post);
                d = dom_.next_in(d, post, true);
                continue;
            }
            d = dom_.next_in(d, post);
        }
    }
    std::size_t dropped = 0;
    for (const auto& [slot, lines] : slots) {
        if (lines.size() < kCreditLines) continue;
        std::vector<std::uint32_t> posts;
        std::vector<std::string> texts;
        for (const auto& [line, post] : lines) {
            posts.push_back(post);
            texts.push_back(dom_.text_of(line));
        }
        std::sort(posts.begin(), posts.end());
        if (std::unique(posts.begin(), posts.end()) - posts.begin() < 2 || !credit_slot(texts)) continue;
        for (const auto& [line, post] : lines) {
            if (debug_) std::fprintf(stderr, "  post credit: %s\n", dom_.text_of(line).c_str());
            mark(line);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
