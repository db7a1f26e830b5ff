// Extract: the article's notes. The text's note marks are short links inside its sentences
// ("…moderní.¹", "[2]") pointing to an element of the same page (href="#fn1"); the element they
// point to holds the note, and the box holding such targets (a list of footnotes, sources,
// remarks) is the article's own text at its end, whatever the box is named. A link of a few
// signs (a number, a letter, an asterisk or a dagger) in a paragraph of prose is a note mark;
// a word ("here") may lead to the comments, and a byline's count is no paragraph of prose.
#include <cctype>
#include <string>
#include <unordered_set>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kNoteMark = 4;  // visible characters of a note mark: "12", "[3]", "*"

// A note mark's text: a number, one letter or the note signs (* † ‡ §), maybe in brackets; not a
// word ("here", "ici": a link to another part of the page, the comments).
bool is_note_mark(std::string_view t) {
    std::size_t digits = 0, letters = 0, signs = 0;
    for (std::size_t i = 0; i < t.size();) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c >= '0' && c <= '9') ++digits;
        else if (std::isalpha(c)) ++letters;
        else if (c == '*') ++signs;
        else if (t.substr(i).starts_with("\u2020") || t.substr(i).starts_with("\u2021") || t.substr(i).starts_with("\u00A7")) ++signs;
        else if (c >= 0x80) return false;  // a letter of another script: a word
        else if (c != '[' && c != ']' && c != '(' && c != ')' && !is_space(c)) return false;
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    return (digits > 0 && letters == 0) || (letters == 1 && digits == 0) || (signs > 0 && letters == 0);
}

// The note signs a note set apart by its sign opens with: *, †, ‡ (bits 0, 1, 2).
int note_sign(std::string_view t) {
    if (t.starts_with("*")) return t.starts_with("**") ? -1 : 0;
    if (t.starts_with("\u2020")) return 1;
    if (t.starts_with("\u2021")) return 2;
    return -1;
}

// A sign used as a note mark in running text: right after a word, a number or a sentence's
// close ("charge.*", "9,99 €*"; not "**bold**", not "2*3", not a line's opening bullet), with no
// word straight after it.
int marks_in(std::string_view t) {
    int bits = 0;
    for (std::size_t i = 1; i < t.size(); ++i) {
        const int sign = note_sign(t.substr(i));
        if (sign < 0) continue;
        const auto before = static_cast<unsigned char>(t[i - 1]);
        const std::size_t end = i + (sign == 0 ? 1 : 3);
        const auto after = end < t.size() ? static_cast<unsigned char>(t[end]) : ' ';
        const bool word_before = std::isalnum(before) || before >= 0x80 || std::string_view(".,;:!?)%\"'").find(static_cast<char>(before)) != std::string_view::npos;
        if (word_before && before != '*' && !std::isalnum(after) && after != '*') bits |= 1 << sign;
    }
    return bits;
}

// The first byte Dom::text_of(node) builds (its first byte that is not a space: text_of drops
// leading spaces and skips removed subtrees), read in place; -1 when the text is empty.
int first_text_byte(const Dom& dom, std::uint32_t node) {
    int first = -1;
    subtree_text_has_byte(dom, node, [&first](unsigned char c) {
        if (is_space(c)) return false;
        first = c;
        return true;
    });
    return first;
}

}  // namespace

void Extractor::read_sign_marks() const {
    sign_marks_ = 0;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        const DomNode& t = dom_.nodes[i];
        if (t.type != NodeType::text || t.text.size() < 2) continue;
        const int bits = marks_in(t.text);
        if ((bits & ~sign_marks_) == 0) continue;
        // In a paragraph of prose, mostly unlinked, that the page still shows.
        std::uint32_t block = t.parent;
        bool shown = true;
        for (std::uint32_t p = t.parent; p != no_node; p = dom_.nodes[p].parent) shown = shown && !dom_.nodes[p].removed;
        while (block != no_node && !is_block_tag(dom_.nodes[block].tag)) block = dom_.nodes[block].parent;
        if (!shown || block == no_node || !is_paragraph_like(dom_.nodes[block].tag) ||
            stats_[block].text < kShortArticle || link_density(block) >= 0.3f)
            continue;
        sign_marks_ |= bits;
    }
}

bool Extractor::is_signed_note(std::uint32_t n) const {
    constexpr std::uint32_t kSignedNote = 400;  // a note: a few sentences at most
    // (An inline element that carries its paragraph's whole text is the note too: <p><font>* …)
    std::uint32_t block = n;
    while (block != no_node && !is_block_tag(dom_.nodes[block].tag)) block = dom_.nodes[block].parent;
    if (block == no_node || !(is_paragraph_like(dom_.nodes[block].tag) || dom_.is(block, GUMBO_TAG_DIV)) || stats_[n].text == 0 ||
        stats_[n].text > kSignedNote || stats_[block].text != stats_[n].text)
        return false;
    // (The text built only when it may open with a sign: '*', or U+2020/U+2021's lead byte.)
    if (const int first = first_text_byte(dom_, n); first != '*' && first != 0xE2) return false;
    std::string head = dom_.text_of(n, 24);
    std::size_t i = 0;
    while (i < head.size() && is_space(static_cast<unsigned char>(head[i]))) ++i;
    const int sign = note_sign(std::string_view(head).substr(i));
    if (sign < 0) return false;
    if (sign_marks_ < 0) read_sign_marks();
    return (sign_marks_ & (1 << sign)) != 0;
}

void Extractor::read_note_targets() const {
    note_targets_.assign(dom_.nodes.size(), false);
    targets_before_.assign(dom_.nodes.size() + 1, 0);
    std::unordered_set<std::string_view> targets;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        const DomNode& a = dom_.nodes[i];
        if (a.type != NodeType::element || a.tag != GUMBO_TAG_A || a.removed) continue;
        const std::string_view href = dom_.attr(i, "href");
        if (href.size() < 2 || href.front() != '#' || stats_[i].text == 0 || stats_[i].text > kNoteMark ||
            !is_note_mark(dom_.text_of(i)))
            continue;
        // Inside a sentence: its block is a paragraph of prose, mostly unlinked.
        std::uint32_t block = a.parent;
        while (block != no_node && !is_block_tag(dom_.nodes[block].tag)) block = dom_.nodes[block].parent;
        if (block == no_node || !is_paragraph_like(dom_.nodes[block].tag) || stats_[block].text < kShortArticle ||
            link_density(block) >= 0.3f)
            continue;
        targets.insert(href.substr(1));
    }
    if (targets.empty()) return;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        if (dom_.nodes[i].type == NodeType::element && targets.contains(dom_.attr(i, "id"))) note_targets_[i] = true;
        targets_before_[i + 1] = targets_before_[i] + (note_targets_[i] ? 1 : 0);
    }
}

bool Extractor::holds_note_targets(std::uint32_t n) const {
    if (note_targets_.empty()) read_note_targets();
    // Pre-order: n's subtree is the run of nodes from n to subtree_end(n).
    return targets_before_[subtree_end(n)] > targets_before_[n];
}

bool Extractor::in_note(std::uint32_t n, std::uint32_t root) const {
    if (note_targets_.empty()) read_note_targets();
    for (std::uint32_t p = n; p != no_node && p != root; p = dom_.nodes[p].parent)
        if (note_targets_[p]) return true;
    return false;
}

}  // namespace winnow::detail::extraction
