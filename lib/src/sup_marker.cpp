#include "sup_marker.hpp"

#include <string_view>

#include "filters/evidence.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// Far enough to reach a page's notes after its text, bounded for a page of many markers.
constexpr std::size_t kNoteWalk = 20000;

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0; }

// The marker's core: 1-3 digits (ASCII or superscript), one or two small ASCII letters, or 1-3
// dagger-like signs.
bool is_marker_core(std::string_view t) {
    if (t.empty() || t.size() > 12) return false;
    std::size_t i = 0, count = 0, digits = 0, letters = 0, signs = 0;
    while (i < t.size()) {
        const char32_t cp = next_code_point(t, i);
        ++count;
        if ((cp >= '0' && cp <= '9') || cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079))
            ++digits;
        else if (cp >= 'a' && cp <= 'z')
            ++letters;
        else if (cp == 0x2020 || cp == 0x2021 || cp == '*' || cp == 0xA7)
            ++signs;
        else
            return false;
    }
    return (digits == count && count <= 3) || (letters == count && count <= 2) || (signs == count && count <= 3);
}

// The marker's core: the text inside its brackets (or all of it when bare).
std::string_view marker_core(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    for (std::string_view open : {"[[", "(", "[", "{", "<", "\u207D"})
        if (t.starts_with(open)) {
            const std::size_t close = open == "[[" ? 2 : open == "\u207D" ? 3 : 1;
            return t.size() > open.size() + close ? t.substr(open.size(), t.size() - open.size() - close) : std::string_view{};
        }
    return t;
}

// A marker: its core bare (digits or signs; bare small letters are an ordinal's or a unit's) or
// inside one bracket pair, doubled square brackets too.
bool is_marker_text(std::string_view t) {
    while (!t.empty() && (t.front() == ' ')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ')) t.remove_suffix(1);
    for (std::string_view open : {"[[", "(", "[", "{", "<", "\u207D"}) {
        if (!t.starts_with(open)) continue;
        std::string_view close = open == "[[" ? "]]" : open == "(" ? ")" : open == "[" ? "]" : open == "{" ? "}" : open == "<" ? ">" : "\u207E";
        if (!t.ends_with(close) || t.size() < open.size() + close.size() + 1) return false;
        return is_marker_core(t.substr(open.size(), t.size() - open.size() - close.size()));
    }
    if (!is_marker_core(t)) return false;
    const char c = t.front();
    return !(c >= 'a' && c <= 'z');
}

// The text node just before n (its previous sibling), ends on a word of three letters or more,
// or on a stop right after a word.
bool glued_to_word(const Dom& dom, std::uint32_t n) {
    const std::uint32_t parent = dom.nodes[n].parent;
    std::uint32_t prev = no_node;
    for (std::uint32_t s = dom.nodes[parent].first_child; s != no_node && s != n; s = dom.nodes[s].next_sibling) prev = s;
    if (prev == no_node || dom.nodes[prev].type != NodeType::text) return false;
    const std::string_view t = dom.nodes[prev].text;
    // Walk back over the last characters (at most a stop and three letters).
    std::size_t end = t.size(), letters = 0;
    bool stop = false;
    while (end > 0 && letters < 3) {
        std::size_t b = end - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        std::size_t k = b;
        const char32_t cp = next_code_point(t, k);
        if (is_letter(cp) || is_combining_mark(cp)) {
            ++letters;
        } else if (letters == 0 && !stop && (cp == '.' || cp == ',' || cp == ';' || cp == ':' || is_wide_sentence_stop(cp))) {
            stop = true;
        } else {
            break;
        }
        end = b;
    }
    return letters >= 3 || (stop && letters >= 1);
}

// What follows n in its parent does not go on the same word: a space, punctuation or nothing.
bool free_after(const Dom& dom, std::uint32_t n) {
    const std::uint32_t next = dom.nodes[n].next_sibling;
    if (next == no_node || dom.nodes[next].type != NodeType::text) return true;
    const std::string_view t = dom.nodes[next].text;
    if (t.empty()) return true;
    std::size_t i = 0;
    const char32_t cp = next_code_point(t, i);
    return is_space(cp) || !(is_letter(cp) || is_digit(cp));
}

// The note the marker points to stands after it: a line opening on the marker's core (bare,
// bracketed, after a caret: "12. Source", "[a] Source", "^3 Source"), or, for a number, a numbered
// list of that many items at least (its numbers are the list's own). Then the marker is the
// article's, as the reader sees it (the link residue filter keeps such markers too).
bool note_present(const Dom& dom, std::uint32_t n, std::string_view core) {
    unsigned number = 0;
    bool numeric = true;
    for (char c : core) {
        numeric = numeric && c >= '0' && c <= '9';
        if (numeric) number = number * 10 + static_cast<unsigned>(c - '0');
    }
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, 0, true); m != no_node && ++seen < kNoteWalk; m = dom.next_in(m, 0)) {
        const DomNode& d = dom.nodes[m];
        if (d.type == NodeType::element && d.tag == GUMBO_TAG_OL && numeric) {
            unsigned items = 0;
            for (std::uint32_t c = d.first_child; c != no_node && items < number; c = dom.nodes[c].next_sibling)
                items += dom.nodes[c].type == NodeType::element && dom.nodes[c].tag == GUMBO_TAG_LI;
            if (items >= number) return true;
            continue;
        }
        if (d.type != NodeType::text) continue;
        std::string_view t = d.text;
        while (!t.empty() && is_space(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
        bool opened = false;
        if (!t.empty() && (t.front() == '[' || t.front() == '(' || t.front() == '{' || t.front() == '<' || t.front() == '^')) {
            t.remove_prefix(1);
            opened = true;
        } else if (t.starts_with("\u207D")) {
            t.remove_prefix(3);
            opened = true;
        }
        if (!t.starts_with(core)) continue;
        if (t.size() == core.size()) {
            // The note's marker in its own element, the note's words after it (a pager's or a
            // counter's bare figure is followed by none).
            const std::uint32_t p = d.parent, words = p == no_node ? no_node : dom.nodes[p].next_sibling;
            if (p != no_node && (dom.is(p, GUMBO_TAG_SUP) ||
                                 (words != no_node && dom.nodes[words].type == NodeType::text && text_length(dom.nodes[words].text) >= 8)))
                return true;
            continue;
        }
        // Then a closing mark, or a space after an opening one: "12. Source", "(a) Source",
        // "[3] Source", "^3 Source" (a bare figure and a space is a count: "4 hours ago").
        const char after = t[core.size()];
        if (after == '.' || after == ')' || after == ']' || after == '}' || after == '>' || after == ':' || t.substr(core.size()).starts_with("\u207E") ||
            (opened && after == ' '))
            return true;
    }
    return false;
}

}  // namespace

bool is_unlinked_sup_marker(const Dom& dom, std::uint32_t n) {
    if (dom.nodes[n].tag != GUMBO_TAG_SUP || dom.nodes[n].parent == no_node) return false;
    // One run of text: no link, no markup inside.
    const std::uint32_t c = dom.nodes[n].first_child;
    if (c == no_node || dom.nodes[c].type != NodeType::text || dom.nodes[c].next_sibling != no_node) return false;
    if (!is_marker_text(dom.nodes[c].text)) return false;
    // No link around it (a few levels up: a link's text is the link residue filter's to judge).
    std::uint32_t a = dom.nodes[n].parent;
    for (int up = 0; up < 4 && a != no_node; ++up, a = dom.nodes[a].parent)
        if (dom.nodes[a].type == NodeType::element && dom.nodes[a].tag == GUMBO_TAG_A) return false;
    return glued_to_word(dom, n) && free_after(dom, n) && !note_present(dom, n, marker_core(dom.nodes[c].text));
}

}  // namespace winnow::detail
