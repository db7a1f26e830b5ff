// An HTML element named in a sentence as its tag ("use the <br> element", "wrap it in
// «<strong>»", "Тег <table> создаёт таблицу", "请使用 <br> 元素"): the article's words about markup,
// not markup left in the text. The tag stands apart as a word of its own — a known element's name
// in one case, no attributes, maybe closing ("</p>") or self-closing ("<br/>", "<br />"), maybe
// quoted or bracketed — inside a sentence: a word before it that ends no sentence, and after it
// a word that opens none (no capital), unless the mention is quoted or ends the sentence itself.
// Markup left over is glued to the words it wrapped ("<b>bold", "year<br>"), carries attributes,
// or stands between sentences. Its tokens were classed hard by classify (debris_tokens.cpp); a
// mention's are made neutral again.
#include <gumbo.h>

#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// Strips one opening quote or bracket from the front of t and closing ones and sentence marks
// from its back; quoted: a quote or bracket was there.
std::string_view unwrap(std::string_view t, bool& quoted, bool& closes) {
    quoted = closes = false;
    for (std::string_view open : {"(", "\"", "'", "\u00AB", "\u201C", "\u201E", "\u2018", "\u300C"})
        if (t.starts_with(open)) {
            t.remove_prefix(open.size());
            quoted = true;
            break;
        }
    for (bool more = true; more && !t.empty();) {
        more = false;
        for (std::string_view close : {")", "\"", "'", "\u00BB", "\u201D", "\u2019", "\u300D", ",", ";", ":"})
            if (t.ends_with(close)) {
                t.remove_suffix(close.size());
                quoted = quoted || (close != "," && close != ";" && close != ":");
                more = true;
            }
        for (std::string_view stop : {".", "!", "?", "\u3002"})
            if (t.ends_with(stop)) {
                t.remove_suffix(stop.size());
                closes = more = true;
            }
    }
    return t;
}

// A known element's name in one case, h1-h6 with its digit.
bool element_name(std::string_view name) {
    if (name.empty() || name.size() > 12) return false;
    const bool lower = is_lower(name.front());
    std::string folded;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (is_alpha(c)) {
            if (is_lower(c) != lower) return false;
            folded += static_cast<char>(c | 0x20);
        } else if (!(is_dig(c) && i == 1 && (folded == "h"))) {
            return false;
        } else {
            folded += c;
        }
    }
    return gumbo_tagn_enum(folded.data(), static_cast<unsigned int>(folded.size())) != GUMBO_TAG_UNKNOWN;
}

// "<name>", "</name>", "<name/>", or "<name" (its "/>" the next token): how many tokens the tag
// takes from this one (1 or 2), or 0.
std::size_t tag_tokens(std::string_view core, std::string_view next) {
    if (core.size() < 3 || core.front() != '<') return 0;
    core.remove_prefix(1);
    if (core.front() == '/') core.remove_prefix(1);
    if (core.ends_with("/>")) return element_name(core.substr(0, core.size() - 2)) ? 1 : 0;
    if (core.ends_with(">")) return element_name(core.substr(0, core.size() - 1)) ? 1 : 0;
    return element_name(core) && next.starts_with("/>") ? 2 : 0;
}

// A word of prose: it opens on a letter (any script), and has no '<', '>' or '='.
bool word_token(std::string_view t) {
    if (t.empty() || t.find_first_of("<>={}") != std::string_view::npos) return false;
    std::size_t p = 0;
    const char32_t cp = next_code_point(t, p);
    return is_letter(cp);
}

bool opens_sentence(std::string_view t) {
    std::size_t p = 0;
    return is_upper_cp(next_code_point(t, p));
}

}  // namespace

void spare_tag_mentions(std::string_view text, std::vector<Tok>& toks) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 1; k < n; ++k) {
        // (The whole token is read as the tag below: the class may go with all of it.)
        // ("<br" before its "/>" is soft: it joins the debris after it.)
        if (toks[k].cls != Cls::hard && toks[k].cls != Cls::soft) continue;
        const char first = text[toks[k].b];
        if (!(toks[k].marks & m_high) && first != '<' && first != '(' && first != '"' && first != '\'') continue;
        bool quoted = false, closes = false;
        const std::string_view t = tok(k);
        const std::string_view next_raw = k + 1 < n ? tok(k + 1) : std::string_view();
        const std::size_t takes = tag_tokens(unwrap(t, quoted, closes), next_raw);
        if (takes == 0) continue;
        std::size_t last = k + takes - 1;
        if (takes == 2) unwrap(tok(last), quoted, closes);
        const std::string_view before = tok(k - 1);
        if (!word_token(before) || ends_sentence(before) || toks[k - 1].cls == Cls::hard) continue;
        if (!closes && !quoted) {
            if (last + 1 >= n) continue;
            const std::string_view after = tok(last + 1);
            const bool dash = after == "\u2014" || after == "\u2013" || after == "-";
            if (!dash && (!word_token(after) || opens_sentence(after) || toks[last + 1].cls == Cls::hard)) continue;
        }
        for (std::size_t q = k; q <= last; ++q) {
            toks[q].cls = Cls::neutral;
            toks[q].cut = 0;
        }
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
