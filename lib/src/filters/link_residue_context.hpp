// What the link-residue filter's passes share (link_residue.cpp runs them): what the whole
// document says about its own habits (its notes, its spacing, its script, its words), the one
// case fold they compare labels in, and the test of the word a footnote marker is glued to.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "ascii.hpp"
#include "filters/filters.hpp"
#include "filters/page_script.hpp"

namespace winnow::detail::link_residue {

// Folds case (ASCII alone unless decode_all): labels and words are compared folded.
inline std::string fold(std::string_view s, bool decode_all = false) { return residue_fold(s, decode_all); }

// What the whole document says about its own habits.
struct Context {
    std::vector<std::string> notes;   // "[3]" that start a block: the notes markers point to
    bool spaced_commas = false;       // the author writes "word , word" (and "word ."): a habit
    bool spaced_marks = false;        // "word : word", "word ?": French spacing of ; : ! ?, so " ;" is style
    int main_script = script_none;    // the document's script (dominant_script)
    std::vector<std::string> page_urls;  // this page's own URLs: "page#fn3" points inside it
    const std::vector<Block>* body = nullptr;
    std::string subtitle;  // article text too (a copy: the dek is cleaned in place last)

    // Whether a folded phrase occurs once in the whole folded text (its own place). Substring
    // count, so a word inside a longer one counts as used (keeps rather than cuts). The folded
    // text is built on the first question only: most documents have no label to ask about.
    bool used_once(std::string_view phrase) const {
        if (phrase.empty()) return false;
        if (!folded_built) {
            folded_built = true;
            for (const Block& b : *body) (folded += fold(flat_text(b))) += '\n';
            (folded += fold(subtitle)) += '\n';
        }
        const std::size_t first = folded.find(phrase);
        return first != std::string::npos && folded.find(phrase, first + 1) == std::string::npos;
    }
    // How often a folded word stands alone in the running text: a space (or the block's start)
    // before it, a space or a sentence's punctuation after it ("a[i]", "[a]" do not count).
    std::size_t standalone(std::string_view word) const {
        if (word.empty()) return 0;
        used_once(word);  // (builds the folded text)
        std::size_t n = 0;
        for (std::size_t p = folded.find(word); p != std::string::npos; p = folded.find(word, p + 1)) {
            if (p > 0 && !is_ascii_space(folded[p - 1])) continue;
            const std::size_t k = p + word.size();
            n += k >= folded.size() || is_ascii_space(folded[k]) || std::string_view(",.;:!?").find(folded[k]) != std::string_view::npos;
        }
        return n;
    }
    mutable std::string folded;  // (a per-call cache: the Context lives for one document)
    mutable bool folded_built = false;
    // How often a folded phrase occurs in the whole folded text (substrings count).
    std::size_t said(std::string_view phrase) const {
        if (phrase.empty()) return 0;
        used_once(phrase);  // (builds the folded text)
        std::size_t n = 0;
        for (std::size_t p = folded.find(phrase); p != std::string::npos; p = folded.find(phrase, p + 1)) ++n;
        return n;
    }
    // How many links' whole text (trimmed, folded) is the folded bracketed label.
    std::size_t link_labels(std::string_view label) const {
        if (!labels_built) {
            labels_built = true;
            collect_labels(*body);
        }
        return static_cast<std::size_t>(std::count(labels.begin(), labels.end(), label));
    }
    mutable std::vector<std::string> labels;  // the folded text of every link in brackets
    mutable bool labels_built = false;
    void collect_labels(const std::vector<Block>& blocks) const {
        for (const Block& b : blocks) {
            for (const Span& s : b.spans) {
                if (s.kind != Span::Kind::link || s.end > b.text.size() || s.begin >= s.end) continue;
                std::string_view t(b.text.data() + s.begin, s.end - s.begin);
                while (!t.empty() && is_ascii_space(t.front())) t.remove_prefix(1);
                while (!t.empty() && is_ascii_space(t.back())) t.remove_suffix(1);
                if (t.size() >= 3 && ((t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']'))) labels.push_back(fold(t));
            }
            collect_labels(b.children);
        }
    }

    // A link to a fragment of this page (resolved or not) goes nowhere outside it.
    bool in_page(std::string_view target) const {
        if (target.empty() || target.front() == '#') return true;
        const auto hash = target.find('#');
        if (hash == std::string_view::npos) return false;
        const std::string_view base = target.substr(0, hash);
        for (const auto& u : page_urls)
            if (std::string_view(u).substr(0, u.find('#')) == base) return true;
        return false;
    }
};

// Whether a footnote marker may be glued at pos (bare_markers.cpp).
bool marker_base(std::string_view t, std::size_t pos, std::size_t min_letters = 3);
// The function word of one or two letters a marker at [begin, end) is glued to, or empty (bare_markers.cpp).
std::string_view function_word_base(std::string_view t, std::size_t begin, std::size_t end, const Context& ctx);

// Bracketed residue in b (bracket_residue.cpp).
void remove_bracketed(Document& doc, Block& b, const Context& ctx);
// Bare footnote markers in b (bare_markers.cpp).
void remove_bare_markers(Document& doc, Block& b, const Context& ctx);

}  // namespace winnow::detail::link_residue
