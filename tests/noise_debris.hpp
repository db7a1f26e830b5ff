// Debris and residue grammars of the noise generator (noise_generator.hpp): machine text,
// foreign fragments, symbol runs, and footnote markers whose note is not in the page.
#pragma once
#include <string>
#include <vector>

#include "noise_random.hpp"

namespace winnow::test::gen_detail {

// Symbols from whole Unicode blocks, not a list: arrows, shapes, dingbats, pictographs.
inline std::string symbol_run(Rng& rng) {
    static const std::vector<std::pair<char32_t, char32_t>> blocks{
        {0x2190, 0x21FF}, {0x2500, 0x257F}, {0x25A0, 0x25FF}, {0x2600, 0x26FF}, {0x2700, 0x27BF}, {0x2B00, 0x2BFF},
        {0x1F300, 0x1F5FF}, {0x1F600, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}};
    std::string s;
    const auto& [lo, hi] = rng.pick(blocks);
    const char32_t c = lo + static_cast<char32_t>(rng.between(0, static_cast<int>(hi - lo)));
    const bool same = rng.chance(60);
    for (int i = rng.between(3, 8); i > 0; --i)
        append_cp(s, same ? c : lo + static_cast<char32_t>(rng.between(0, static_cast<int>(hi - lo))));
    return s;
}

// Fragments of words in a script the article does not use, with counters glued or between.
inline std::string foreign_fragments(Rng& rng, int avoid_first, int avoid_last) {
    int pick;
    do pick = rng.between(0, static_cast<int>(syllable_scripts().size()) - 1);
    while (pick >= avoid_first && pick <= avoid_last);
    const auto& sc = syllable_scripts()[static_cast<std::size_t>(pick)];
    static const std::vector<std::string> seps{" ", " ", " | ", " · ", "/", " - ", ", "};
    const std::string& sep = rng.pick(seps);
    std::string s;
    for (int i = rng.between(3, 6); i > 0; --i) {
        std::u32string w;
        std::string word = random_word(rng, sc);
        for (std::size_t k = 0; k < word.size();) {  // cut at a code point: a fragment
            const unsigned char c = static_cast<unsigned char>(word[k]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (k + len > word.size() || k >= 9) break;
            s.append(word, k, len);
            k += len;
        }
        const std::string n = num(rng, 0, 999);
        if (rng.chance(70)) s += n;                     // glued counter
        else if (rng.chance(50)) s += sep + n;          // counter apart
        if (i > 1) s += sep;
    }
    return s;
}

// One run of machine text or fragment debris: a random grammar per kind, random identifiers,
// lengths and cases, so that the filters meet shapes nobody wrote a rule for.
inline std::string debris(Rng& rng, std::string& label, int avoid_first, int avoid_last) {
    static const char* const kLabels[] = {"uuid", "hexdump", "base64", "logline", "path", "query", "css", "js",
                                          "sql", "foreign", "symbols", "json", "stack", "warning", "tracking", "ids"};
    const int kind = rng.between(0, 15);
    label = kLabels[kind];
    auto maybe_upper = [&](std::string s) { return rng.chance(30) ? upper(std::move(s)) : s; };
    switch (kind) {
    case 0: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            std::string u = hex(rng, 8) + "-" + hex(rng, 4) + "-" + num(rng, 1, 5) + hex(rng, 3) + "-" + hex(rng, 4) + "-" + hex(rng, 12);
            s += (rng.chance(20) ? "{" + maybe_upper(u) + "}" : maybe_upper(u)) + (i > 1 ? (rng.chance(50) ? ", " : " ") : "");
        }
        return s;
    }
    case 1: {
        std::string s = hex(rng, rng.between(4, 8)) + (rng.chance(50) ? ": " : "  ");
        const bool up = rng.chance(40);
        for (int i = rng.between(6, 16); i > 0; --i) s += (up ? upper(hex(rng, 2)) : hex(rng, 2)) + (i > 1 ? " " : "");
        if (rng.chance(40)) s += "  |" + alnum(rng, 6) + ".." + alnum(rng, 3) + "|";
        return s;
    }
    case 2: {
        std::string s = alnum(rng, rng.between(20, 90));
        for (int i = rng.between(0, 3); i > 0; --i) s.insert(static_cast<std::size_t>(rng.between(1, static_cast<int>(s.size()) - 1)), rng.chance(50) ? "+" : "/");
        return (rng.chance(20) ? "data:application/" + ident(rng) + ";base64," : "") + s + std::string(static_cast<std::size_t>(rng.between(0, 2)), '=');
    }
    case 3: {
        static const std::vector<std::string> levels{"warn", "error", "info", "debug", "notice", "crit", "W", "E", "I"};
        std::string lvl = rng.pick(levels);
        lvl = rng.chance(50) ? upper(lvl) : lvl;
        if (rng.chance(40)) lvl = "[" + lvl + "]";
        std::string s = timestamp(rng) + " " + lvl + " " + ident_any(rng) + (rng.chance(50) ? "()" : ":");
        for (int i = rng.between(1, 3); i > 0; --i)
            s += " " + (rng.chance(50) ? ident_any(rng) + "=" + (rng.chance(50) ? num(rng, 0, 99999) : hex(rng, 6)) : ident(rng));
        return s;
    }
    case 4: return source_path(rng) + (rng.chance(50) ? ":" + num(rng, 1, 2999) : "") + (rng.chance(40) ? ":" + num(rng, 1, 80) : "");
    case 5: {
        std::string s = rng.chance(50) ? "?" : "";
        for (int i = rng.between(2, 5); i > 0; --i)
            s += ident_any(rng) + "=" + (rng.chance(50) ? hex(rng, rng.between(4, 12)) : ident(rng) + num(rng, 0, 999)) + (i > 1 ? "&" : "");
        return s;
    }
    case 6: {
        static const std::vector<std::string> props{"margin", "padding", "color", "display", "font-size", "z-index", "line-height", "border", "width", "opacity"};
        std::string s = std::string(rng.chance(50) ? "." : "#") + ident_any(rng) + (rng.chance(30) ? " > " + ident(rng) : "") + "{";
        for (int i = rng.between(1, 4); i > 0; --i)
            s += rng.pick(props) + ":" + (rng.chance(50) ? num(rng, 0, 40) + "px" : "#" + hex(rng, rng.chance(50) ? 3 : 6)) + (i > 1 || rng.chance(50) ? ";" : "");
        return s + "}";
    }
    case 7: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            switch (rng.between(0, 3)) {
            case 0: s += "var " + ident(rng) + "=" + ident(rng) + "." + ident_any(rng) + "(" + num(rng, 0, 9) + ");"; break;
            case 1: s += "function " + ident(rng) + "(" + ident(rng) + "){return " + ident(rng) + "[" + num(rng, 0, 9) + "]}"; break;
            case 2: s += "if(!" + ident(rng) + "){" + ident(rng) + "=" + ident(rng) + "||{}}"; break;
            default: s += ident(rng) + "=>" + ident(rng) + "." + ident_any(rng) + "()"; break;
            }
        }
        return s;
    }
    case 8: {
        auto kw = [&](const char* k) { return rng.chance(30) ? std::string(k) : upper(k); };
        switch (rng.between(0, 3)) {
        case 0: return kw("select") + " " + ident_any(rng) + ", " + ident(rng) + " " + kw("from") + " " + ident(rng) + " " + kw("where") + " " + ident_any(rng) + "=" + num(rng, 1, 99999);
        case 1: return kw("insert into") + " " + ident(rng) + " (" + ident(rng) + ", " + ident(rng) + ") " + kw("values") + " (" + num(rng, 0, 999) + ", '" + ident(rng) + "')";
        case 2: return kw("update") + " " + ident(rng) + " " + kw("set") + " " + ident_any(rng) + "=" + num(rng, 0, 99) + " " + kw("where") + " " + ident(rng) + "_id=" + num(rng, 1, 9999);
        default: return kw("delete from") + " " + ident(rng) + " " + kw("where") + " " + ident_any(rng) + " < " + num(rng, 1, 9999) + ";";
        }
    }
    case 9: return foreign_fragments(rng, avoid_first, avoid_last);
    case 10: {
        std::string s;
        for (int g = rng.between(1, 4); g > 0; --g) s += symbol_run(rng) + (g > 1 ? " " : "");
        return s;
    }
    case 11: {
        std::string s = rng.chance(40) ? "{\"@" + ident(rng) + "\":\"" + ident(rng) + "\"," : "{";
        for (int i = rng.between(1, 4); i > 0; --i) {
            s += "\"" + ident_any(rng) + "\":";
            switch (rng.between(0, 3)) {
            case 0: s += num(rng, 0, 9999); break;
            case 1: s += "\"" + hex(rng, rng.between(4, 12)) + "\""; break;
            case 2: s += "[" + num(rng, 0, 9) + "," + num(rng, 0, 9) + "]"; break;
            default: s += "{\"" + ident(rng) + "\":" + (rng.chance(50) ? "true" : "null") + "}"; break;
            }
            if (i > 1) s += rng.chance(50) ? "," : ", ";
        }
        return s + "}";
    }
    case 12: {
        std::string s;
        for (int i = rng.between(1, 3); i > 0; --i) {
            switch (rng.between(0, 2)) {
            case 0: s += "at " + ident(rng) + "." + ident_any(rng) + "(" + ident(rng) + ".java:" + num(rng, 1, 999) + ")"; break;
            case 1: s += "File \"" + source_path(rng) + "\", line " + num(rng, 1, 999) + ", in " + ident(rng); break;
            default: s += "at " + ident_any(rng) + " (" + source_path(rng) + ":" + num(rng, 1, 999) + ":" + num(rng, 1, 80) + ")"; break;
            }
            if (i > 1) s += " ";
        }
        return s;
    }
    case 13: {
        static const std::vector<std::string> labels{"Warning:", "Notice:", "Deprecated:", "Fatal error:", "PHP Warning:", "E_WARNING"};
        return rng.pick(labels) + " " + ident_any(rng) + "(): " + ident(rng) + " " + ident(rng) + " #" + num(rng, 1, 9) + " in " +
               source_path(rng) + " on line " + num(rng, 1, 999);
    }
    case 14: {
        switch (rng.between(0, 2)) {
        case 0: return ident(rng) + "('" + ident(rng) + "', '" + upper(alnum(rng, 2)) + "-" + upper(alnum(rng, rng.between(6, 10))) + "');";
        case 1: return "_" + ident(rng) + ".push(['" + ident_any(rng) + "', '" + ident(rng) + "', " + num(rng, 0, 99) + "]);";
        default: return "window." + ident(rng) + "=window." + ident(rng) + "||[];" + ident(rng) + "(" + num(rng, 100000, 999999) + ");";
        }
    }
    default: {
        std::string s;
        for (int i = rng.between(2, 4); i > 0; --i)
            s += ident(rng) + "_" + (rng.chance(50) ? hex(rng, rng.between(8, 20)) : alnum(rng, rng.between(8, 20))) + (i > 1 ? ", " : "");
        return s;
    }
    }
}

// Grammars added later, drawn from a stream of their own so the pages of the first set stay:
//  - statements of a made-up command language: keywords are random words in capitals (some in
//    lower case), each followed by operands of random shapes (names, qualified names,
//    comparisons, literals, lists), so no keyword the filters could list;
//  - fragments with counters in scripts no other grammar draws (Gujarati, Telugu, Lao,
//    Myanmar, Tifinagh, Canadian syllabics);
//  - logger lines of other layouts (zone, process id, level word of any case).
inline const std::vector<SyllableScript>& more_fragment_scripts() {
    static const std::vector<SyllableScript> s{
        {U"કખગઘચજટડતદનપબમયરલવસહ", U"ાિીુે"},
        {U"కఖగఘచజటడతదనపబమయరలవసహ", U"ాిీుూె"},
        {U"ກຂຄງຈຊດຕທນບປພມຢຣລວສຫອ", U"ະາິີຸູ"},
        {U"ကခဂငစဆဇညတထဒနပဖဗဘမယရလဝသဟအ", U"ါာိီုူေ"},
        {U"ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ", U""},
        {U"ᐁᐃᐅᐊᐯᐱᐳᐸᑌᑎᑐᑕᑫᑭᑯᑲᒉᒋᒍᒐᒣᒥᒧᒪᓀᓂᓄᓇᓭᓯᓱᓴ", U""},
    };
    return s;
}

// Upper case of any letter (upper() above maps ASCII only).
inline std::string upper_any(const std::string& s) {
    std::string out;
    utf8proc_ssize_t i = 0;
    const auto n = static_cast<utf8proc_ssize_t>(s.size());
    while (i < n) {
        utf8proc_int32_t cp = 0;
        const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i), n - i, &cp);
        if (len <= 0) break;
        append_cp(out, static_cast<char32_t>(utf8proc_toupper(cp)));
        i += len;
    }
    return out;
}

inline std::string more_debris(Rng& alt, std::string& label) {  // alt: the page's "later" stream
    switch (alt.between(0, 2)) {
    case 0: {
        label = "statement";
        auto keyword = [&] {
            std::string k = random_word(alt, syllable_scripts()[0]);
            return alt.chance(25) ? k : upper_any(k);
        };
        auto operand = [&]() -> std::string {
            switch (alt.between(0, 5)) {
            case 0: return ident(alt);
            case 1: return ident(alt) + "." + ident_any(alt);
            case 2: return ident_any(alt) + (alt.chance(50) ? "=" : " " + std::string(alt.chance(50) ? "<" : ">=") + " ") + num(alt, 0, 9999);
            case 3: return "'" + ident(alt) + "'";
            case 4: return "(" + ident(alt) + ", " + (alt.chance(50) ? num(alt, 0, 99) : "'" + ident(alt) + "'") + ")";
            default: return ident(alt) + ", " + ident(alt);
            }
        };
        std::string s;
        for (int c = alt.between(2, 4); c > 0; --c) {
            s += keyword() + (alt.chance(30) ? " " + keyword() : "") + " " + operand();
            if (c > 1) s += " ";
        }
        return s + (alt.chance(40) ? ";" : "");
    }
    case 1: {
        label = "foreign2";
        const auto& sc = more_fragment_scripts()[static_cast<std::size_t>(alt.between(0, static_cast<int>(more_fragment_scripts().size()) - 1))];
        static const std::vector<std::string> seps{" ", " | ", " · ", "/", " - ", ", "};
        const std::string& sep = alt.pick(seps);
        std::string s;
        for (int i = alt.between(3, 6); i > 0; --i) {
            s += random_word(alt, sc);
            if (alt.chance(70)) s += num(alt, 0, 999);
            if (i > 1) s += sep;
        }
        return s;
    }
    default: {
        label = "logline2";
        std::string s = std::to_string(alt.between(2000, 2030)) + "-" + num(alt, 10, 12) + "-" + num(alt, 10, 28) + " " + num(alt, 10, 23) +
                        ":" + num(alt, 10, 59) + ":" + num(alt, 10, 59) + (alt.chance(50) ? "." + num(alt, 100, 999) : "");
        if (alt.chance(40)) s += " +0" + num(alt, 1, 9) + "00";
        std::string level = random_word(alt, syllable_scripts()[0]).substr(0, static_cast<std::size_t>(alt.between(1, 5)));
        level = alt.chance(50) ? upper_any(level) : level;
        if (alt.chance(40)) level = "[" + level + "]";
        s += " " + level + " " + ident(alt) + (alt.chance(50) ? "[" + num(alt, 100, 99999) + "]:" : "." + ident(alt) + "()");
        for (int i = alt.between(0, 2); i > 0; --i) s += " " + ident_any(alt) + "=" + (alt.chance(50) ? num(alt, 0, 999) : ident(alt));
        return s;
    }
    }
}

// Grammars added last of all, from a stream of their own (nothing in the filters was written
// for them): a shell prompt with a command and flags, wiki or template markup, leaked
// character references and percent escapes, addresses with ports, key: value records.
inline std::string newest_debris(Rng& r, std::string& label) {
    switch (r.between(0, 4)) {
    case 0: {
        label = "prompt";
        std::string s = ident(r) + "@" + ident(r) + ":~/" + ident(r) + (r.chance(50) ? "$ " : "# ") + ident(r);
        for (int i = r.between(1, 3); i > 0; --i)
            s += r.chance(50) ? " --" + ident(r) + "=" + num(r, 0, 999) : " -" + std::string(1, static_cast<char>('a' + r.between(0, 25)));
        return s;
    }
    case 1: {
        label = "wiki";
        std::string s = r.chance(50) ? "[[" + ident(r) + ":" + ident_any(r) + "." + (r.chance(50) ? "png" : "svg") + "|" + ident(r) + "|" + num(r, 80, 400) + "px]]"
                                     : "{{" + ident(r) + " " + ident(r) + "|" + ident(r) + "=" + ident(r) + "|" + ident(r) + "=" + num(r, 1990, 2030) + "}}";
        return s;
    }
    case 2: {
        label = "escapes";
        std::string s;
        for (int i = r.between(3, 7); i > 0; --i) {
            switch (r.between(0, 2)) {
            case 0: s += "&#" + num(r, 160, 8300) + ";"; break;
            case 1: s += "%" + upper(hex(r, 2)) + "%" + upper(hex(r, 2)); break;
            default: s += "&" + ident(r) + ";"; break;
            }
            if (r.chance(40)) s += ident(r);
        }
        return s;
    }
    case 3: {
        label = "address";
        std::string s;
        for (int i = r.between(1, 3); i > 0; --i) {
            s += num(r, 1, 254) + "." + num(r, 0, 255) + "." + num(r, 0, 255) + "." + num(r, 1, 254) + (r.chance(60) ? ":" + num(r, 1024, 65535) : "");
            if (r.chance(40)) s += " " + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2) + ":" + hex(r, 2);
            if (i > 1) s += r.chance(50) ? ", " : " ";
        }
        return s;
    }
    default: {
        label = "record";
        std::string s;
        for (int i = r.between(2, 4); i > 0; --i) {
            s += ident(r) + ": " + (r.chance(50) ? num(r, 0, 99999) : ident_any(r));
            if (i > 1) s += r.chance(50) ? ", " : "; ";
        }
        return s;
    }
    }
}

// A footnote marker of some form, its note nowhere in the page.
inline std::string marker_first(Rng& rng, const std::string& n) {
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    switch (rng.between(0, 6)) {
    case 0: return "[^" + n + "]";
    case 1: return "[" + n + "]";
    case 2: return rng.pick(sup);
    case 3: return "^" + n;
    case 4: return std::string("[") + static_cast<char>('a' + rng.between(0, 7)) + "]";
    case 5: return "(*" + n + ")";
    default: return "[" + ident(rng) + " " + n + "]";
    }
}

inline std::string marker(Rng& rng, Rng& alt) {
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string n = std::to_string(rng.between(1, 40));
    std::string first = marker_first(rng, n);  // (drawn in any case: the main stream stays as it was)
    if (!alt.chance(30)) return first;
    // Forms added later, from the second stream: ranges, lists, full-width brackets, daggers.
    const std::string m = std::to_string(alt.between(41, 60));
    switch (alt.between(0, 4)) {
    case 0: return "[" + n + "–" + m + "]";
    case 1: return "[" + n + ", " + m + "]";
    case 2: return "【" + n + "】";
    case 3: return "⁽" + alt.pick(sup) + "⁾";
    default: return alt.chance(50) ? "[†]" : "[‡" + n + "]";
    }
}

// Marker forms added last (third stream): two markers side by side, a starred number, a caret
// before a bracket, a superscript in round brackets.
inline std::string late_marker(Rng& late, std::string m) {
    if (!late.chance(20)) return m;
    static const std::vector<std::string> sup{"¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string n = std::to_string(late.between(1, 60)), k = std::to_string(late.between(1, 60));
    switch (late.between(0, 3)) {
    case 0: return "[" + n + "][" + k + "]";
    case 1: return "[*" + n + "]";
    case 2: return "^[" + n + "]";
    default: return "(" + late.pick(sup) + ")";
    }
}

}  // namespace winnow::test::gen_detail
