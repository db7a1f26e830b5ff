// Entity residue: character references left in text after the HTML parser's own pass (see
// entity_residue.hpp).
#include "entity_residue.hpp"

#include <cstdint>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

struct Entity {
    std::string_view name;
    char32_t cp;
};

// The named references that actually survive into scraped text (HTML5 names, case-sensitive).
constexpr Entity kEntities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"AMP", '&'}, {"LT", '<'}, {"GT", '>'}, {"QUOT", '"'},
    {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"shy", 0xAD}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
    {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"bull", 0x2022}, {"middot", 0xB7},
    {"deg", 0xB0}, {"plusmn", 0xB1}, {"times", 0xD7}, {"divide", 0xF7}, {"frac12", 0xBD},
    {"frac14", 0xBC}, {"frac34", 0xBE}, {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"micro", 0xB5},
    {"para", 0xB6}, {"sect", 0xA7}, {"cent", 0xA2}, {"pound", 0xA3}, {"yen", 0xA5}, {"euro", 0x20AC},
    {"curren", 0xA4}, {"iexcl", 0xA1}, {"iquest", 0xBF}, {"acute", 0xB4}, {"cedil", 0xB8},
    {"uml", 0xA8}, {"macr", 0xAF}, {"ordf", 0xAA}, {"ordm", 0xBA}, {"not", 0xAC}, {"brvbar", 0xA6},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033},
    {"oline", 0x203E}, {"minus", 0x2212}, {"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260},
    {"asymp", 0x2248}, {"infin", 0x221E}, {"sum", 0x2211}, {"larr", 0x2190}, {"rarr", 0x2192},
    {"uarr", 0x2191}, {"darr", 0x2193}, {"harr", 0x2194}, {"hearts", 0x2665}, {"check", 0x2713},
    {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"THORN", 0xDE},
    {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3},
    {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7}, {"egrave", 0xE8},
    {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC}, {"iacute", 0xED},
    {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1}, {"ograve", 0xF2},
    {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"oslash", 0xF8},
    {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"thorn", 0xFE}, {"yuml", 0xFF}, {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160},
    {"scaron", 0x161}, {"Yuml", 0x178}, {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC},
    {"alpha", 0x3B1}, {"beta", 0x3B2}, {"gamma", 0x3B3}, {"delta", 0x3B4}, {"pi", 0x3C0},
    {"sigma", 0x3C3}, {"mu", 0x3BC}, {"omega", 0x3C9}, {"Omega", 0x3A9}, {"Delta", 0x394},
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// A letter's reference written without its ';' inside a word ("mjalt&euml", "caf&eacute au",
// "&Eumlmbi"): text escaped once more than it was decoded, with the semicolon lost on the way
// (HTML itself decodes the legacy names without one). Only names of accented Latin letters, four
// characters at least, the longest that opens the run of letters after '&' (as HTML reads
// "&eumlm" as "ë" + "m"); what the name stands for is a letter, so "R&D", "AT&T", "&copy2024"
// and "?a=1&not=2" stay. Returns the reference's length without the '&' counted, 0 if none.
std::size_t unclosed_letter(std::string_view run, char32_t& cp) {
    std::size_t best = 0;
    for (const auto& e : kEntities) {
        const bool letter = (e.cp >= 0xC0 && e.cp <= 0xFF && e.cp != 0xD7 && e.cp != 0xF7) || e.cp == 0x152 ||
                            e.cp == 0x153 || e.cp == 0x160 || e.cp == 0x161 || e.cp == 0x178;
        if (letter && e.name.size() >= 4 && e.name.size() > best && run.starts_with(e.name)) {
            best = e.name.size();
            cp = e.cp;
        }
    }
    return best == 0 ? 0 : best + 1;
}

// Parses a character reference at s[0] == '&'. Returns its length (0: not a reference).
// Only the full "&name;" / "&#123;" / "&#x1F;" forms count, so "AT&T" and "R&D" stay; a letter's
// name without its ';' counts inside a word (in_word: a letter before the '&', or one after the
// name: unclosed_letter).
std::size_t parse_reference(std::string_view s, char32_t& cp, bool in_word = false) {
    if (s.size() < 3) return 0;
    if (s[1] == '#') {
        const bool hex = s[2] == 'x' || s[2] == 'X';
        std::size_t i = hex ? 3 : 2;
        const std::size_t start = i;
        std::uint32_t v = 0;
        for (; i < s.size() && i - start < 8; ++i) {
            const char c = s[i];
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else break;
            v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        if (i == start) return 0;
        // Without its ';' ("caf&#233 ", "it&#39s") a browser still decodes it; two digits at
        // least, and never '&' (it would chain with what follows).
        const bool closed = i < s.size() && s[i] == ';';
        if (!closed && (i - start < 2 || i - start >= 8 || v < 0x20 || v == '&')) return 0;
        if (!closed) --i;   // the length below counts a ';' that is not there
        // HTML's rules: NUL, surrogates and out-of-range become U+FFFD; 80-9F are cp1252.
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) cp = kReplacement;
        else if (v >= 0x80 && v <= 0x9F) cp = cp1252_to_unicode(static_cast<unsigned char>(v));
        else cp = v;
        return i + 1;
    }
    std::size_t i = 1;
    while (i < s.size() && i <= 9 && is_alnum(s[i])) ++i;
    if (i == 1) return 0;
    if (i < s.size() && s[i] == ';') {
        const std::string_view name = s.substr(1, i - 1);
        for (const auto& e : kEntities) {
            if (e.name == name) {
                cp = e.cp;
                return i + 1;
            }
        }
    }
    return in_word ? unclosed_letter(s.substr(1, i - 1), cp) : 0;
}

// Decodes every reference into out; false (out untouched) when none. A reference that
// decodes to '&' is chained with the text after it, so "&amp;amp;lt;" gives "<" in this one
// linear pass (parse_reference never looks at its first character).
bool decode_entities_once(std::string_view s, std::string& out) {
    std::size_t amp = s.find('&');
    bool changed = false;
    std::size_t i = 0;
    while (amp != std::string_view::npos) {
        char32_t cp = 0;
        const bool in_word = amp > 0 && is_alpha(s[amp - 1]);
        std::size_t len = parse_reference(s.substr(amp), cp, in_word);
        if (len == 0 && !in_word) {
            // At a word's start the name must run on into letters ("&eacutet&eacute").
            const std::size_t at_start = parse_reference(s.substr(amp), cp, true);
            if (at_start > 0 && amp + at_start < s.size() && is_alpha(s[amp + at_start]) && s[amp + at_start - 1] != ';')
                len = at_start;
        }
        if (len > 0) {
            if (!changed) {
                out.clear();
                out.reserve(s.size());
                changed = true;
            }
            out.append(s, i, amp - i);
            std::size_t end = amp + len;
            std::size_t more = 0;
            while (cp == '&' && (more = parse_reference(s.substr(end - 1), cp)) > 0) end += more - 1;
            append_utf8(out, cp);
            i = end;
        }
        amp = s.find('&', len > 0 ? i : amp + 1);
    }
    if (changed) out.append(s, i);
    return changed;
}

}  // namespace

// Residue the chaining above cannot see ("&amp&#59;") needs another pass; a few are plenty
// for real pages and keep adversarial input linear.
bool decode_entities(std::string_view s, std::string& out) {
    std::string a, b;
    if (!decode_entities_once(s, a)) return false;
    for (int pass = 0; pass < 4 && decode_entities_once(a, b); ++pass) a.swap(b);
    out = std::move(a);
    return true;
}

}  // namespace winnow::detail
