// Stage — extract: the count line of a removed thread. A thread's box is often announced or
// closed by a short line of its own outside it ("12 comments", "Kommentare (4)", "Alle 4
// Kommentare anzeigen", "Showing 4 of 12"): a number and a few words, no sentence. Left behind,
// it ends the article on a line about something that is gone. Known by shape and position,
// never by its words: the nearest line with text right before or right after a thread this
// stage removed, in the same box, holding one or two whole numbers and at most four words of
// letters, no sentence end, no date.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "text_lines.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kThreadCount = 40;  // characters of a count line, at most
constexpr int kCountWords = 4;               // words of letters beside the numbers
constexpr std::size_t kCountDigits = 6;      // a count, not a phone number or an address

// A whole number, maybe in parentheses or brackets, maybe grouped ("1.204", "(12)", "[3]").
bool count_token(std::string_view w) {
    if (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
    if (!w.empty() && (w.back() == ')' || w.back() == ']')) w.remove_suffix(1);
    if (w.empty() || !is_ascii_digit(w.front()) || !is_ascii_digit(w.back())) return false;
    std::size_t digits = 0;
    for (const char c : w) {
        if (is_ascii_digit(c))
            ++digits;
        else if (c != '.' && c != ',')
            return false;
    }
    return digits <= kCountDigits;
}

// A word of letters: no digit, no ASCII punctuation but a closing colon (bytes of other
// scripts are letters here).
bool letter_word(std::string_view w) {
    if (!w.empty() && w.back() == ':') w.remove_suffix(1);
    if (w.empty()) return false;
    for (const char c : w)
        if (static_cast<unsigned char>(c) < 0x80 && !is_ascii_alnum(c) && c != '-') return false;
        else if (is_ascii_digit(c)) return false;
    return true;
}

}  // namespace

bool is_thread_count_line(std::string_view text) {
    text = trim_line(text);
    // A closing bracket ends a count ("Kommentare (4)"), not a sentence.
    std::string_view end = text;
    if (!end.empty() && (end.back() == ')' || end.back() == ']')) end.remove_suffix(1);
    if (end.empty() || ends_sentence(end) || is_date_line(text)) return false;
    int numbers = 0, words = 0;
    for (const std::string_view w : split_words(text)) {
        if (count_token(w))
            ++numbers;
        else if (letter_word(w))
            ++words;
        else
            return false;
    }
    return numbers >= 1 && numbers <= 2 && words <= kCountWords;
}

std::size_t Extractor::drop_thread_counts(std::uint32_t root) {
    // The threads this stage removed, and their boxes.
    std::vector<std::uint32_t> threads, boxes;
    for (const std::uint32_t t : marked_)
        if (comments_[t] && dom_.nodes[t].removed && t != root && dom_.nodes[t].parent != no_node && is_ancestor(root, t)) {
            threads.push_back(t);
            boxes.push_back(dom_.nodes[t].parent);
        }
    if (threads.empty()) return 0;
    std::vector<char> is_thread(dom_.nodes.size(), 0);
    for (const std::uint32_t t : threads) is_thread[t] = 1;
    std::sort(boxes.begin(), boxes.end());
    boxes.erase(std::unique(boxes.begin(), boxes.end()), boxes.end());
    // The nearest sibling with text before and after each run of threads, past spacers and
    // other removed boxes: one walk per box (a run of thousands of removed entries shares its
    // two lines; asking per entry crossed the run once per entry). A loose run of text there
    // is no line.
    std::vector<std::uint32_t> beside;
    const auto counts = [&](std::uint32_t s) { return !dom_.nodes[s].removed && stats_[s].text > 0; };
    for (const std::uint32_t box : boxes) {
        std::uint32_t last = no_node;
        bool in_run = false;
        for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            if (is_thread[c]) {
                if (!in_run && last != no_node) beside.push_back(last);
                in_run = true;
            } else if (counts(c)) {
                if (in_run) beside.push_back(c);
                in_run = false;
                last = c;
            }
        }
    }
    std::size_t dropped = 0;
    for (const std::uint32_t s : beside) {
        if (dom_.nodes[s].type != NodeType::element || dom_.nodes[s].removed || stats_[s].text > kThreadCount ||
            holds_core(s) || s == title_ || !text_holds_ascii_digit(dom_, s))
            continue;
        const std::string text = dom_.text_of(s);
        if (!is_thread_count_line(text)) continue;
        if (debug_) std::fprintf(stderr, "  count line of a thread: %s\n", text.c_str());
        mark(s);
        ++dropped;
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
