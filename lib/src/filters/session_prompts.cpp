// An interactive session's numbered prompts pasted into text: a notebook's or a REPL's input
// and output labels with their execution count ("In [3]:", "Out[3]:", "In[1]:="), a short
// capitalized word and a bracketed number closed by a colon. Prose puts a note's number in
// brackets after a word, never a colon right behind it twice in a block; a single prompt counts
// when it is glued to its word ("Out[3]:") and opens a segment (the block's start or after a
// sentence), where a footnote mark never stands. What lies between the prompts is the cells'
// code and output; after the last one the output runs on to the block's end when no sentence
// ends there (a table printed by the cell), else only the next word goes with it. In text a
// line a block: a prompt alone on its line takes the lines right under it (no blank line
// between) that hold no sentence: what the cell printed.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// A bracketed count and the colon after it ("[12]:", "[1]:="), from byte `at` of t to its end.
bool count_label(std::string_view t, std::size_t at) {
    if (at >= t.size() || t[at] != '[') return false;
    std::size_t p = at + 1;
    const std::size_t digits = p;
    while (p < t.size() && is_dig(t[p])) ++p;
    if (p == digits || p - digits > 4 || p >= t.size() || t[p] != ']') return false;
    const std::string_view rest = t.substr(p + 1);
    return rest == ":" || rest == ":=";
}

// Whether text ends on a sentence's stop: a Latin one or a wide one (ideographic, danda).
bool ends_on_stop(std::string_view t) {
    return !t.empty() && (is_terminal(t.back()) || t.ends_with("\u3002") || t.ends_with("\u0964") || t.ends_with("\uFF01") ||
                          t.ends_with("\uFF1F") || t.ends_with("\u061F") || t.ends_with("\u06D4"));
}

// Where a prompt's word (a capital and one or two small letters, ASCII) ends token t, or npos:
// the whole token, or its tail after a sentence's stop it is glued to ("…다.In").
std::size_t prompt_word_at(std::string_view t) {
    std::size_t b = t.size();
    while (b > 0 && is_lower(t[b - 1]) && t.size() - b < 2) --b;
    if (b == t.size() || b == 0 || !is_upper(t[b - 1])) return std::string_view::npos;
    --b;
    if (b > 0 && !ends_on_stop(t.substr(0, b))) return std::string_view::npos;
    return b;
}

struct Prompt {
    std::size_t first;  // the token the prompt starts in
    std::size_t last;   // the token holding its colon
    std::uint32_t cut;  // where in the first token it starts
    bool glued;         // word and count in one token ("Out[3]:")
};

}  // namespace

void mark_session_prompts(std::string_view text, std::vector<Tok>& toks) {
    if (text.find("]:") == std::string_view::npos) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    std::vector<Prompt> prompts;
    for (std::size_t k = 0; k < n; ++k) {
        if (!(toks[k].marks & m_bracket) || !(toks[k].marks & m_colon)) continue;
        const std::string_view t = tok(k);
        const std::size_t open = t.find('[');
        if (!count_label(t, open)) continue;
        if (open > 0) {
            const std::size_t w = prompt_word_at(t.substr(0, open));
            if (w != std::string_view::npos) prompts.push_back({k, k, static_cast<std::uint32_t>(w), true});
        } else if (k > 0) {
            const std::size_t w = prompt_word_at(tok(k - 1));
            if (w != std::string_view::npos) prompts.push_back({k - 1, k, static_cast<std::uint32_t>(w), false});
        }
    }
    if (prompts.empty()) return;
    // One prompt alone: glued to its word, opening a segment.
    if (prompts.size() == 1) {
        const Prompt& p = prompts.front();
        if (!p.glued || (p.cut == 0 && p.first > 0 && !ends_on_stop(tok(p.first - 1)))) return;
    }
    std::size_t hi = prompts.back().last;
    bool sentence = false;
    for (std::size_t j = hi + 1; j < n && !sentence; ++j) sentence = ends_sentence(tok(j));
    if (!sentence && n - hi - 1 <= 60) hi = n - 1;
    else if (hi + 1 < n) ++hi;
    const std::size_t lo = prompts.front().first;
    for (std::size_t q = lo; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
    toks[lo].cut = prompts.front().cut;
}

std::size_t prompt_output_run(const std::vector<Block>& blocks, std::size_t i) {
    constexpr std::size_t kLines = 60, kLineBytes = 160;
    const std::string_view t = blocks[i].text;
    if (t.size() > 12 || !t.ends_with("]:")) return 0;
    const std::size_t open = t.find('[');
    if (open == std::string_view::npos || !count_label(t, open)) return 0;
    std::string_view word = t.substr(0, open);
    while (!word.empty() && is_space(word.back())) word.remove_suffix(1);
    if (prompt_word_at(word) != 0) return 0;
    std::size_t j = i + 1;
    for (; j < blocks.size() && j <= i + kLines; ++j) {
        const Block& b = blocks[j];
        if (b.source_line == 0 || b.source_line != blocks[j - 1].source_line + 1 || b.kind == BlockKind::code || !b.children.empty() ||
            b.text.size() > kLineBytes || b.text.find('\n') != std::string::npos)
            break;
        bool sentence = false;
        for (std::size_t p = 0; p < b.text.size() && !sentence;) {
            while (p < b.text.size() && is_space(b.text[p])) ++p;
            std::size_t e = p;
            while (e < b.text.size() && !is_space(b.text[e])) ++e;
            sentence = e > p && ends_sentence(std::string_view(b.text).substr(p, e - p));
            p = e;
        }
        if (sentence) break;
    }
    return j - i;
}

}  // namespace winnow::detail::garbage_tokens
