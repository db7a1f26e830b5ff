// Debris with a shape of its own, found whole before the garbage filter reads tokens: leaked
// CMS shortcodes, and enclosed debris from its opening to its closing mark (template
// expressions, CDATA sections, object literals, function bodies). See filters/garbage_runs.cpp.
#include <algorithm>
#include <array>
#include <bit>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_dig(char c) { return c >= '0' && c <= '9'; }
}  // namespace

// CMS shortcodes leaked into text: [button link="…" type="big"]Label[/button]. An opening tag
// needs an attribute (key="value", straight or curly quotes): "[a]" and "[our]" are editors'
// insertions in quotes. A pair around a short label goes whole (a button's caption); around
// longer text only the tags go. A lone closing tag is debris too. A forum's tags ("[b]",
// "[url=https://…]") count only with their closing tag after them: an insertion is never closed.
void find_shortcodes(std::string_view t, std::vector<TextRange>& out) {
    struct Tag {
        std::string_view name;
        std::uint32_t begin, end;
        bool used = false;
        bool closed_only = false;  // a tag without a quoted attribute: debris only when closed
    };
    std::vector<Tag> openers;
    auto ident_end = [&](std::size_t p) {
        while (p < t.size() && (is_alpha(t[p]) || is_dig(t[p]) || t[p] == '_' || t[p] == '-')) ++p;
        return p;
    };
    auto quote_len = [&](std::size_t p) -> std::size_t {  // length of a quote mark at p, or 0
        if (p >= t.size()) return 0;
        if (t[p] == '"' || t[p] == '\'') return 1;
        for (std::string_view q : {"\u201C", "\u201D", "\u2018", "\u2019", "\u2033"})
            if (t.substr(p, q.size()) == q) return q.size();
        return 0;
    };
    for (std::size_t p = t.find('['); p != std::string_view::npos; p = t.find('[', p + 1)) {
        if (p + 1 < t.size() && t[p + 1] == '/') {
            const std::size_t e = ident_end(p + 2);
            if (e == p + 2 || e >= t.size() || t[e] != ']' || !is_alpha(t[p + 2])) continue;
            const std::string_view name = t.substr(p + 2, e - p - 2);
            // (The nearest few openers only: keeps hostile tag soups linear.)
            const auto last = openers.rbegin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(openers.size(), 16));
            auto open = std::find_if(openers.rbegin(), last, [&](const Tag& o) { return !o.used && o.name == name; });
            if (open == last) open = openers.rend();
            const auto close_end = static_cast<std::uint32_t>(e + 1);
            if (open != openers.rend()) {
                open->used = true;
                const std::string_view inner = t.substr(open->end, p - open->end);
                std::size_t words = 0;
                for (std::size_t k = 0; k < inner.size() && inner.size() <= 200; ++k)
                    words += !is_ascii_space(inner[k]) && (k == 0 || is_ascii_space(inner[k - 1]));
                if (inner.size() <= 200 && words <= 12) {
                    out.push_back({open->begin, close_end});
                    continue;
                }
                out.push_back({open->begin, open->end});
            }
            out.push_back({static_cast<std::uint32_t>(p), close_end});
            continue;
        }
        std::size_t e = ident_end(p + 1);
        if (e == p + 1 || !is_alpha(t[p + 1])) continue;
        const std::string_view name = t.substr(p + 1, e - p - 1);
        int attributes = 0;
        for (;;) {  // ( key=QUOTED)* then "]"
            std::size_t q = e;
            while (q < t.size() && t[q] == ' ') ++q;
            const std::size_t key_end = ident_end(q);
            if (q == e || key_end == q || key_end >= t.size() || t[key_end] != '=') break;
            const std::size_t open_len = quote_len(key_end + 1);
            if (open_len == 0) break;
            std::size_t v = key_end + 1 + open_len;
            while (v < t.size() && v - key_end < 400 && quote_len(v) == 0 && t[v] != ']') ++v;
            const std::size_t close_len = quote_len(v);
            if (close_len == 0) break;
            e = v + close_len;
            ++attributes;
        }
        // A forum's tag: its name alone, or "=value" glued to it without spaces ("[color=#f00]").
        if (attributes == 0 && e < t.size() && t[e] == '=') {
            std::size_t v = e + 1;
            while (v < t.size() && v - e < 200 && t[v] != ']' && t[v] != '[' && !is_ascii_space(t[v])) ++v;
            if (v > e + 1 && v < t.size() && t[v] == ']') {
                openers.push_back({name, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(v + 1), false, true});
                continue;
            }
        }
        if (attributes == 0 && e == p + 1 + name.size() && e < t.size() && t[e] == ']') {
            openers.push_back({name, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(e + 1), false, true});
            continue;
        }
        while (e < t.size() && t[e] == ' ') ++e;
        if (attributes == 0 || e >= t.size() || t[e] != ']') continue;
        openers.push_back({name, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(e + 1)});
    }
    for (const Tag& o : openers)
        if (!o.used && !o.closed_only) out.push_back({o.begin, o.end});
}

// Lightweight markup's picture left as text: "![alt](path \"title\")", the path without
// spaces. Its length, or 0. (A link "[text](path)" may be the text stage's to read.)
std::size_t markup_image_end(std::string_view t) {
    if (!t.starts_with("![")) return 0;
    const std::size_t close = t.substr(0, 200).find("](");
    if (close == std::string_view::npos || t.substr(2, close - 2).find_first_of("[]") != std::string_view::npos) return 0;
    std::size_t e = close + 2;
    while (e < t.size() && !is_ascii_space(t[e]) && t[e] != ')') ++e;
    if (e == close + 2) return 0;
    if (e < t.size() && t[e] == ' ') {  // an optional quoted title
        if (e + 1 >= t.size() || t[e + 1] != '"') return 0;
        const std::size_t q = t.find('"', e + 2);
        if (q == std::string_view::npos || q - e > 120) return 0;
        e = q + 1;
    }
    return e < t.size() && t[e] == ')' ? e + 1 : 0;
}

// Wiki markup with a namespace ("[[ref:note-4]]", "[[File:a.png|thumb]]"): markup through and
// through. A plain link ("[[Paris]]") has its label as the text's word, left to the tokens.
bool wiki_namespaced(std::string_view t) {
    const std::size_t close = t.substr(0, 300).find("]]");
    if (close == std::string_view::npos) return false;
    const std::size_t colon = t.substr(0, close).find(':');
    return colon != std::string_view::npos && colon > 2 && is_alpha(t[2]);
}

// What one opener led to: a range of debris [b, e) when matched, and how far the scan has
// looked (openers before `covered` are inside it, or would fail the same way).
struct Enclosed {
    std::size_t b = 0, e = 0, covered = 0;
    bool matched = false;
};

// Template expressions, wiki markup, CDATA: to their closing mark within a limit.
bool delimited(std::string_view t, std::size_t p, Enclosed& out) {
    const std::string_view rest = t.substr(p);
    std::string_view close;
    if (rest.starts_with("{{")) close = "}}";
    else if (rest.starts_with("[[") && wiki_namespaced(rest)) close = "]]";
    else if (rest.starts_with("{%")) close = "%}";
    else if (rest.starts_with("<%")) close = "%>";
    else if (rest.starts_with("${")) close = "}";
    else if (rest.starts_with("<![CDATA[")) close = "]]>";
    if (close.empty()) return false;
    const std::size_t limit = close == "]]>" ? 4000 : 300;
    const std::size_t e = t.substr(0, std::min(t.size(), p + limit)).find(close, p + 2);
    if (e != std::string_view::npos) out = {p, e + close.size(), e + close.size(), true};
    else out.covered = std::min(t.size(), p + limit);  // searched: no opener in it is closed either
    return true;
}

// function(e,t){…} / function name(a){…} / (a)=>{…}: to the matching brace.
bool function_body(std::string_view t, std::size_t p, Enclosed& out) {
    const std::string_view rest = t.substr(p);
    std::size_t q = p;
    if (rest.starts_with("function")) {
        q = p + 8;
        while (q < t.size() && (is_alpha(t[q]) || is_dig(t[q]) || t[q] == '_' || t[q] == ' ')) ++q;
    }
    if (q >= t.size() || t[q] != '(') return false;
    const std::size_t close = t.substr(0, std::min(t.size(), q + 200)).find(')', q);
    if (close == std::string_view::npos) return false;
    std::size_t brace = close + 1;
    while (brace < t.size() && t[brace] == ' ') ++brace;
    if (t.substr(brace, 2) == "=>") {
        brace += 2;
        while (brace < t.size() && t[brace] == ' ') ++brace;
    } else if (!rest.starts_with("function")) {
        return false;
    }
    if (brace >= t.size() || t[brace] != '{') return false;
    int depth = 0;
    std::size_t e = brace;
    for (; e < t.size() && e - brace < 4000; ++e) {
        if (t[e] == '{') ++depth;
        else if (t[e] == '}' && --depth == 0) break;
    }
    if (depth == 0 && e < t.size()) out = {p, e + 1, e + 1, true};
    else out.covered = e;
    return true;
}

// {"key": / {'key': / [{"key": … to the matching bracket, quotes respected, within a few
// kilobytes; an assignment glued before it goes too: window.__STATE__={…}
bool object_literal(std::string_view t, std::size_t p, Enclosed& out) {
    const char c = t[p];
    std::size_t q = p + 1;
    if (c == '[' && q < t.size() && t[q] == '{') ++q;
    while (q < t.size() && t[q] == ' ') ++q;
    if (q >= t.size() || (t[q] != '"' && t[q] != '\'')) return false;
    const char quote = t[q];
    const std::size_t key_end = t.find(quote, q + 1);
    if (key_end == std::string_view::npos || key_end - q > 64 || key_end + 1 >= t.size()) return false;
    std::size_t colon = key_end + 1;
    while (colon < t.size() && t[colon] == ' ') ++colon;
    if (colon >= t.size() || t[colon] != ':') return false;
    int depth = 0;
    char in_string = 0;
    std::size_t e = p;
    for (; e < t.size() && e - p < 4000; ++e) {
        const char d = t[e];
        if (in_string) {
            if (d == '\\') ++e;
            else if (d == in_string) in_string = 0;
            continue;
        }
        if (d == '"' || d == '\'') in_string = d;
        else if (d == '{' || d == '[') ++depth;
        else if ((d == '}' || d == ']') && --depth == 0) break;
    }
    if (!(depth == 0 && e < t.size())) {
        out.covered = e;  // scanned without a match: openers inside it would fail the same way
        return true;
    }
    std::size_t b = p;
    if (b > 0 && t[b - 1] == '=') {
        std::size_t id = b - 1;
        while (id > 0 && (is_alpha(t[id - 1]) || is_dig(t[id - 1]) || t[id - 1] == '_' || t[id - 1] == '.' || t[id - 1] == '$'))
            --id;
        if (id < b - 1) b = id;
    }
    out = {b, e + 1, e + 1, true};
    return true;
}

// A record in braces nested in braces, the way query languages and serializers write it
// ("post { id: 4471 published { seconds: 17 } }", "{ post(id: $id) { title } }"): prose never
// nests braces, and writes its words in any script; this is ASCII through and through, three
// words or more, spaced inside its braces and without the ';' of a style sheet's rules. At a segment's start (the block's, or after a sentence's stop) the name and
// arguments before it go too ("query GetPost($id: ID!) {…}"). From its opener to the matching brace.
bool nested_record(std::string_view t, std::size_t p, Enclosed& out) {
    // (Written spaced and without ';': a style sheet's nested rules are its own shape,
    // "@media (…){.a{x:y}}", taken from their at-rule by the token classes.)
    if (t[p] != '{' || p + 1 >= t.size() || t[p + 1] != ' ') return false;
    int depth = 0, deepest = 0, words = 0;
    std::size_t e = p;
    for (; e < t.size() && e - p < 2000; ++e) {
        const char d = t[e];
        if (static_cast<unsigned char>(d) >= 0x80 || d == ';') break;
        if (d == '{') deepest = std::max(deepest, ++depth);
        else if (d == '}' && --depth == 0) break;
        words += is_alpha(d) && (e == 0 || !(is_alpha(t[e - 1]) || is_dig(t[e - 1]) || t[e - 1] == '_'));
    }
    if (depth != 0 || e >= t.size()) {
        out.covered = e;
        return true;
    }
    if (deepest < 2 || words < 3) return false;
    // The head: up to two names before the opener, the nearer maybe with its arguments.
    auto back_word = [&](std::size_t q) {  // start of the identifier ending at q, or q
        std::size_t w = q;
        while (w > 0 && (is_alpha(t[w - 1]) || is_dig(t[w - 1]) || t[w - 1] == '_')) --w;
        return w < q && is_alpha(t[w]) ? w : q;
    };
    auto segment_start = [&](std::size_t s) {  // nothing before s but spaces since a sentence's stop
        while (s > 0 && t[s - 1] == ' ') --s;
        if (s == 0 || t[s - 1] == '.' || t[s - 1] == '!' || t[s - 1] == '?') return true;
        const std::string_view before = t.substr(0, s);
        return before.ends_with("\u3002") || before.ends_with("\u0964") || before.ends_with("\uFF01") || before.ends_with("\uFF1F");
    };
    std::size_t b = p, q = p;
    while (q > 0 && t[q - 1] == ' ') --q;
    if (q > 0 && t[q - 1] == ')') {
        const std::size_t from = q > 120 ? q - 120 : 0;
        if (const std::size_t open = t.substr(from, q - from).rfind('('); open != std::string_view::npos) q = from + open;
    }
    for (int names = 0; names < 2; ++names) {
        const std::size_t w = back_word(q);
        if (w == q) break;
        if (segment_start(w)) {
            b = w;
            break;
        }
        q = w;
        while (q > 0 && t[q - 1] == ' ') --q;
    }
    out = {b, e + 1, e + 1, true};
    return true;
}

// Debris with a shape of its own, taken whole from its opening to its closing mark:
//   template expressions   {{ 'key' | translate }}  {% if x %}  <%= x %>  ${user.name}
//   wiki markup            [[ref:note-4]]  [[File:a.png|thumb]]
//   a picture's markup     ![alt](/img/a.jpg "title")
//   CDATA sections         <![CDATA[ … ]]>
//   object literals        {"user":null,"id":4}  {'id': 42, 'slug': 'x'}  [{"a":1}]
//   nested records         post { id: 4 meta { seen: 2 } }  query Q($id: ID!) { post(id: $id) { title } }
// An object literal must open with a quoted key and a colon, so braces in prose ("{sic}")
// and set notation stay. Unclosed openers are left to the token classes below.
// The bytes an enclosure opens on: every byte of a block is asked, sixteen at a time
// (find_opener); most blocks are prose, where they stand a few times a sentence.
constexpr std::array<char, 7> kOpeners = {'{', '[', '<', '$', 'f', '(', '!'};

// find_bytes(s, i, n, kOpeners), sixteen bytes at a time where the machine compares them so
// (x86-64 always does): half the steps of find_bytes' eight, each a few instructions. The tail,
// and other machines, go by find_bytes.
std::size_t find_opener(const char* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        __m128i hits = _mm_cmpeq_epi8(w, _mm_set1_epi8(kOpeners[0]));
        for (std::size_t k = 1; k < kOpeners.size(); ++k) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(w, _mm_set1_epi8(kOpeners[k])));
        if (const int mask = _mm_movemask_epi8(hits); mask != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    }
#endif
    return find_bytes(s, i, n, kOpeners);
}

void find_enclosed_debris(std::string_view t, std::vector<TextRange>& out) {
    std::size_t covered = 0;  // end of the last range: nested openers inside it are skipped
    const char* s = t.data();
    const std::size_t n = t.size();
    for (std::size_t p = find_opener(s, 0, n); p < n; p = find_opener(s, std::max(p + 1, covered), n)) {
        const char c = t[p];
        // Inside a word, but a declaration glued behind one ("antesfunction f(a){…}") is code
        // from its keyword on: the body up to its matching brace decides below. Any other 'f'
        // ("for", "from") opens nothing the checks below take: no look at them.
        if (c == 'f' && (t.substr(p, 8) != "function" ||
                         (p > 0 && (is_alpha(t[p - 1]) || is_dig(t[p - 1])) &&
                          !(t.substr(p, 9) == "function " || t.substr(p, 9) == "function("))))
            continue;
        Enclosed found;
        if (const std::size_t e = markup_image_end(t.substr(p)); e > 0) found = {p, p + e, p + e, true};
        else if (!delimited(t, p, found) && !((c == 'f' || c == '(') ? function_body(t, p, found)
                                                                       : (c == '{' || c == '[') && object_literal(t, p, found)) &&
                 !(c == '{' && nested_record(t, p, found)))
            continue;
        // A function called where it is declared is often opened by a unary operator
        // ("!function(…){…}(…)"): the operator is the expression's.
        if (found.matched && c == 'f' && found.b > 0 && std::string_view("!+~").find(t[found.b - 1]) != std::string_view::npos) --found.b;
        if (found.matched) out.push_back({static_cast<std::uint32_t>(found.b), static_cast<std::uint32_t>(found.e)});
        covered = found.covered;
    }
}

}  // namespace winnow::detail
