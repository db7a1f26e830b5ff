// Bracketed link residue: "(source)" / "[link]" labels a cut link left, a download's file label
// "(PDF, 1.4 MB)", orphan "[12]" footnote markers whose note is not on the page, empty "()" "[]"
// (link_residue.cpp runs it).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/link_residue_context.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail::link_residue {

namespace {

// The longest bracket group looked at: two words of ~12 letters, 3 bytes a letter in most
// scripts outside Latin (Thai, Devanagari, kana: the same label is three times the bytes).
constexpr std::size_t kLabelBytes = 90;

// Words that label a link rather than say something ("(source)", "[link]", "(see here)"),
// in the languages we meet most. Compared case-folded, whole label only.
constexpr std::string_view kLabels[] = {
    "source", "sources", "link", "links", "here", "via", "see here", "click here", "read more", "more",
    "this", "url", "website", "web", "article", "full story", "read here", "go", "see", "details",
    "quelle", "hier", "mehr", "lien", "ici", "fuente", "aquí", "aqui", "enlace", "fonte",
    "источник", "ссылка", "здесь", "тут", "sumber", "tautan", "di sini", "disini", "fonte aqui", "출처",
    "링크", "来源", "链接", "出典", "リンク", "kaynak", "bağlantı", "fonte:", "źródło", "link:",
    // what screen-reader hints and external-link markers leave behind
    "opens in new tab", "opens in a new tab", "opens in new window", "opens in a new window", "external link",
    "see link", "this link", "link here", "leer más", "lire la suite", "weiterlesen", "leia mais", "подробнее",
    "читать далее", "selengkapnya", "baca selengkapnya"};

bool is_label(std::string_view inner) {
    const std::string f = fold(inner);
    return std::find(std::begin(kLabels), std::end(kLabels), f) != std::end(kLabels);
}

const Span* link_over(const Block& b, std::uint32_t begin, std::uint32_t end) {
    for (const auto& s : b.spans)
        if (s.kind == Span::Kind::link && s.begin < end && s.end > begin && !s.target.empty()) return &s;
    return nullptr;
}

// link_over for many ranges of one block: its links with a target sorted by start, so that a
// question is a binary search, not a walk of every span (a paragraph of 40,000 brackets among as
// many spans walked them all per bracket: 13 s). Links do not nest, so sorted by start they are
// sorted by end too and the ones over a range are consecutive; of those, the first in the block's
// order is the answer, as link_over's. Overlapping links (not from HTML) are asked link_over.
class LinkLookup {
public:
    explicit LinkLookup(const Block& b) : b_(b) {}
    const Span* over(std::uint32_t begin, std::uint32_t end) {
        if (!built_) build();
        if (!disjoint_) return link_over(b_, begin, end);
        auto it = std::upper_bound(links_.begin(), links_.end(), begin,
                                   [](std::uint32_t at, const Link& l) { return at < l.end; });  // first with end > begin
        const Span* first = nullptr;
        std::size_t first_index = SIZE_MAX;
        for (; it != links_.end() && it->begin < end; ++it)
            if (it->index < first_index) first_index = it->index, first = &b_.spans[it->index];
        return first;
    }

private:
    struct Link {
        std::uint32_t begin, end;
        std::size_t index;
    };
    void build() {
        built_ = true;
        for (std::size_t i = 0; i < b_.spans.size(); ++i) {
            const Span& s = b_.spans[i];
            if (s.kind == Span::Kind::link && !s.target.empty()) links_.push_back({s.begin, s.end, i});
        }
        std::sort(links_.begin(), links_.end(),
                  [](const Link& x, const Link& y) { return x.begin != y.begin ? x.begin < y.begin : x.end < y.end; });
        for (std::size_t k = 1; k < links_.size() && disjoint_; ++k) disjoint_ = links_[k - 1].end <= links_[k].begin;
    }
    const Block& b_;
    std::vector<Link> links_;
    bool built_ = false, disjoint_ = true;
};

struct Cut {
    std::uint32_t begin, end;
    std::string relink;  // target to hand to the previous word
};

bool all_digits(std::string_view s) { return !s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), is_ascii_digit); }

// Whether t[open..close] has the shape of a footnote marker: "[12]", "[12, 14]", "[12–14]", "[^12]", "(*12)", and,
// glued to the word or sentence before it, "[a]" and "[note 12]" (a word and a number).
// "12, 14" / "12–14" / "3-5, 9": numbers joined by commas, dashes and spaces (a citation list).
bool number_list(std::string_view inner) {
    int numbers = 0;
    for (std::size_t i = 0; i < inner.size();) {
        std::size_t e = i;
        while (e < inner.size() && is_ascii_digit(inner[e])) ++e;
        if (e == i || e - i > 3) return false;
        ++numbers;
        i = e;
        while (i < inner.size() && (inner[i] == ',' || inner[i] == ' ' || inner[i] == '-')) ++i;
        if (inner.substr(i).starts_with("\u2013")) i += 3;  // en dash
        while (i < inner.size() && inner[i] == ' ') ++i;
    }
    return numbers >= 2 && numbers <= 6;
}

// "†", "‡3", "*", "**", "§2": a note sign (dagger, double dagger, asterisk, section, pilcrow),
// repeated up to three times or followed by up to three digits — what marks a note where
// numbers are not used.
bool note_sign(std::string_view inner) {
    std::size_t i = 0, signs = 0;
    while (i < inner.size() && signs < 3) {
        std::size_t k = i;
        const char32_t cp = next_code_point(inner, k);
        if (cp != 0x2020 && cp != 0x2021 && cp != '*' && cp != 0x00A7 && cp != 0x00B6) break;
        i = k;
        ++signs;
    }
    return signs > 0 && (i == inner.size() || all_digits(inner.substr(i)));
}

// A download's file label: a file type and a size, "(PDF, 1.4 MB)", "[DOCX 230 KB]", "(2,1 Mo, PDF)".
// The type is two to five ASCII capitals and digits with a letter; the size a number with a unit
// of bytes, glued or apart. What a link to a file is followed by, not something a sentence says.
bool file_label(std::string_view inner) {
    static constexpr std::string_view kUnits[] = {"KB", "MB", "GB", "kB", "kb", "mb", "gb", "KiB", "MiB", "GiB", "Ko", "Mo", "Go",
                                                  "\u041A\u0411", "\u041C\u0411", "\u0413\u0411", "\u041A\u0431", "\u041C\u0431"};
    auto unit = [](std::string_view u) { return std::find(std::begin(kUnits), std::end(kUnits), u) != std::end(kUnits); };
    int types = 0, sizes = 0, others = 0;
    bool number_pending = false;
    for (std::size_t i = 0; i < inner.size();) {
        while (i < inner.size() && (inner[i] == ' ' || inner[i] == ',' || inner[i] == ';' || inner[i] == '|')) ++i;
        std::size_t e = i;
        while (e < inner.size() && inner[e] != ' ' && !(inner[e] == ',' && (e + 1 == inner.size() || inner[e + 1] == ' ')) && inner[e] != ';' && inner[e] != '|') ++e;
        if (e == i) break;
        const std::string_view w = inner.substr(i, e - i);
        i = e;
        std::size_t d = 0;
        while (d < w.size() && (is_ascii_digit(w[d]) || ((w[d] == '.' || w[d] == ',') && d > 0 && d + 1 < w.size() && is_ascii_digit(w[d + 1])))) ++d;
        if (d > 0 && d < w.size() && unit(w.substr(d)) && !number_pending) { ++sizes; continue; }   // "1.4MB"
        if (d > 0 && d == w.size() && !number_pending) { number_pending = true; continue; }        // "1.4" then "MB"
        if (number_pending) {
            number_pending = false;
            if (unit(w)) { ++sizes; continue; }
            ++others;
            continue;
        }
        const bool type = w.size() >= 2 && w.size() <= 5 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || is_ascii_digit(c); }) &&
                          std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (type) ++types; else ++others;
    }
    return types == 1 && sizes == 1 && others == 0 && !number_pending;
}

// (close: the last byte of the closing bracket; square: "[" or a full-width square bracket.)
bool marker_shape(const std::string& t, std::size_t open, std::size_t close, std::string_view inner, bool square,
                  const Context& ctx) {
    if (square && all_digits(inner)) return true;
    // Not "m[1, 2]" (one letter names an index); after a word, "de[3–5]" lists citations.
    if (square && number_list(inner) && (marker_base(t, open, 2) || !function_word_base(t, open, close + 1, ctx).empty()))
        return true;
    if (square && inner.starts_with('^') && all_digits(inner.substr(1))) return true;
    if (!square) return inner.starts_with('*') && all_digits(inner.substr(1));
    if (note_sign(inner) && open > 0 && !is_ascii_space(t[open - 1])) return true;  // glued: "1931[†]", "word.[*]"
    // (After a function word a letter in brackets is an index when both are ASCII letters: "a[i]"; a
    // marker glued to "а", "à", "де" or "im" is not.)
    const std::string_view base = open > 0 && !is_ascii_space(t[open - 1]) ? function_word_base(t, open, close + 1, ctx) : "";
    const bool ascii_index = base.size() == 1 && inner.size() == 1;
    const bool glued = open > 0 && !is_ascii_space(t[open - 1]) && (marker_base(t, open) || (!base.empty() && !ascii_index));
    const bool alone_after = close + 1 >= t.size() || !std::isalnum(static_cast<unsigned char>(t[close + 1]));
    if (!glued || !alone_after) return false;
    if (inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z') return true;
    const auto sp = inner.rfind(' ');
    if (sp == std::string_view::npos || !all_digits(inner.substr(sp + 1))) return false;
    const std::string_view word = inner.substr(0, sp);
    return !word.empty() && word.size() <= 12 &&
           std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Whether the text before pos (spaces skipped) ends a sentence: . ! ? or their full-width forms,
// a closing quote or bracket after them allowed.
bool after_sentence_end(std::string_view t, std::size_t pos) {
    while (pos > 0 && is_ascii_space(t[pos - 1])) --pos;
    std::string_view head = t.substr(0, pos);
    while (!head.empty() && (head.back() == '"' || head.back() == '\'' || head.back() == ')')) head.remove_suffix(1);
    for (std::string_view q : {"\u201D", "\u2019", "\u00BB"})
        if (head.ends_with(q)) head.remove_suffix(q.size());
    if (head.empty()) return false;
    const char c = head.back();
    return c == '.' || c == '!' || c == '?' || head.ends_with("\u3002") || head.ends_with("\uFF01") ||
           head.ends_with("\uFF1F");
}

// One or two words of letters (any script) in brackets — a link label, not a remark.
bool label_words(std::string_view inner) {
    if (inner.empty() || inner.size() > kLabelBytes) return false;
    int words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < inner.size();) {
        const char32_t cp = next_code_point(inner, i);
        if (cp == ' ') {
            in_word = false;
            continue;
        }
        if (!is_letter(cp) && script_of(cp) == script_none && cp != '-') return false;  // marks count (Thai, Devanagari)
        if (!in_word) ++words;
        in_word = true;
    }
    return words >= 1 && words <= 2;
}

// A round-bracket group that ends its block after a sentence and is written in a script other
// than the document's: a label left by a link ("(ссылка)" in an English text), not an aside.
bool foreign_label(std::string_view t, std::size_t open, std::size_t close, std::string_view inner, int main_script) {
    std::size_t rest = close + 1;
    while (rest < t.size() && (is_ascii_space(t[rest]) || t[rest] == '.')) ++rest;
    if (rest != t.size() || !after_sentence_end(t, open) || main_script == script_none) return false;
    for (std::size_t i = 0; i < inner.size();) {
        const int s = script_of(next_code_point(inner, i));
        if (s != script_none && scripts_compatible(s, main_script)) return false;
    }
    return true;
}

// A bracket group of one or two words that closes its block right after a sentence end, in
// words the document uses nowhere else: a label left by a link or a button ("… in May. [Xyz]"),
// whatever the language. Linked or not (read back from text output the links are gone, and a
// second pass must cut what the first cut). A label whose words the text uses elsewhere
// ("(Laughter)" all through a transcript, a place named again) is the document's own remark.
bool closing_label(const Block& b, std::size_t open, std::size_t close, std::string_view inner, const Context& ctx) {
    const std::string& t = b.text;
    std::size_t rest = close + 1;
    while (rest < t.size() && (is_ascii_space(t[rest]) || t[rest] == '.')) ++rest;
    if (rest != t.size() || !after_sentence_end(t, open)) return false;
    return ctx.used_once(fold(inner));
}

// A square-bracket group of one or two words glued after a link ("<a>report</a> [Wiki]"),
// where nothing of that sentence follows it (the block ends, or a new sentence starts): a
// link's label. After a bare sentence, see closing_label. Round brackets are asides and
// attributions ("(AP Photo)", "(Utah)") unless in another script or foreign to the whole text,
// and "[our dog]" inside a sentence is an insertion.
bool glued_label(const Block& b, std::size_t open, std::size_t close, std::string_view inner, bool square,
                 const Context& ctx) {
    if (!label_words(inner)) return false;
    const std::string& t = b.text;
    if (closing_label(b, open, close, inner, ctx)) return true;
    if (!square) return foreign_label(t, open, close, inner, ctx.main_script);
    std::size_t before = open;
    while (before > 0 && is_ascii_space(t[before - 1])) --before;
    std::size_t rest = close + 1;
    while (rest < t.size() && is_ascii_space(t[rest])) ++rest;
    const bool ends_here = rest == t.size() || t[rest] == '.' || t[rest] == ',' || t[rest] == ';' ||
                           (after_sentence_end(t, open) && (std::isupper(static_cast<unsigned char>(t[rest])) ||
                                                            static_cast<unsigned char>(t[rest]) >= 0x80));
    if (!ends_here) return false;
    // (Looked up last and once per candidate: a block may hold many spans and many brackets.)
    for (const auto& s : b.spans)
        if (s.kind == Span::Kind::link && s.end == before && s.end > s.begin) return true;
    return false;
}

// The brackets residue comes in: ASCII, and the full-width forms of CJK typography
// ("【12】", "（出典）"), which do the same jobs there.
struct Bracket {
    std::string_view open, close;
    bool square;
};
constexpr Bracket kBrackets[] = {{"[", "]", true},
                                 {"(", ")", false},
                                 {"\u3010", "\u3011", true},
                                 {"\u3014", "\u3015", true},
                                 {"\uFF08", "\uFF09", false},
                                 {"\uFF3B", "\uFF3D", true}};

const Bracket* bracket_at(std::string_view t, std::size_t i) {
    const char c = t[i];
    if (c == '[') return &kBrackets[0];
    if (c == '(') return &kBrackets[1];
    if (static_cast<unsigned char>(c) < 0xE3) return nullptr;
    for (const Bracket& br : kBrackets)
        if (br.open.size() > 1 && t.substr(i).starts_with(br.open)) return &br;
    return nullptr;
}

}  // namespace

// Bracketed residue: "(source)" / "[link]" labels, orphan "[12]" markers, empty "()" "[]".
void remove_bracketed(Document& doc, Block& b, const Context& ctx) {
    std::vector<Cut> cuts;
    std::optional<SpanIndex> code_spans;
    LinkLookup links(b);
    const std::string& t = b.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
        // A bracket opens on '[', '(' or a lead byte from E3 on: the bytes between are passed
        // over without a look-up each.
        // (Of the lead bytes from E3 on only E3 and EF open a bracket of kBrackets.)
        i = find_any(t, i, "[(\xE3\xEF");
        if (i == t.size()) break;
        const Bracket* br = bracket_at(t, i);
        if (!br) continue;
        const bool square = br->square;
        // Labels are short: look no further than kLabelBytes (a search to the end for every
        // bracket is quadratic on a long run of brackets).
        const std::size_t from = i + br->open.size();
        const std::size_t found = std::string_view(t).substr(from, kLabelBytes).find(br->close);
        if (found == std::string_view::npos) continue;
        const std::size_t close = from + found + br->close.size() - 1;  // its last byte
        std::string_view inner(t.data() + from, found);
        if (inner.find_first_of("()[]\n") != std::string_view::npos || inner.find(br->open) != std::string_view::npos) continue;
        while (!inner.empty() && is_ascii_space(inner.front())) inner.remove_prefix(1);
        while (!inner.empty() && is_ascii_space(inner.back())) inner.remove_suffix(1);
        const auto b0 = static_cast<std::uint32_t>(i), b1 = static_cast<std::uint32_t>(close + 1);
        // Nothing before it in the block: a list/reference marker that starts a line is content.
        std::size_t before = i;
        while (before > 0 && is_ascii_space(t[before - 1])) --before;
        if (before == 0) continue;
        const Span* link = links.over(b0, b1);
        if (inner.empty()) {
            // A call's parentheses glued to its name in code the author marked inline
            // ("<code>readline()</code>") are the article's, not a link's leftover. (Outside code
            // a "name()" is as often a scrap of cut debris: its "()" goes.)
            // (The code spans are indexed once per block, like the links: see LinkLookup.)
            const char name = t[i - 1];
            const bool call = br->open == "(" && (std::isalnum(static_cast<unsigned char>(name)) || name == '_') && [&] {
                if (!code_spans) code_spans.emplace(b.spans, Span::Kind::code);
                return code_spans->overlaps(b0, b1);
            }();
            if (!link && !call) cuts.push_back({with_leading_space(t, b0), b1, {}});
        } else if (marker_shape(t, i, close, inner, square, ctx)) {
            // A footnote marker whose note is not on the page; one linking away is a reference: keep.
            const bool note_here = std::find(ctx.notes.begin(), ctx.notes.end(), t.substr(i, close + 1 - i)) != ctx.notes.end();
            if (!note_here && (!link || ctx.in_page(link->target)))
                cuts.push_back({with_leading_space(t, b0), b1, {}});
        } else if (is_label(inner) || file_label(inner)) {
            cuts.push_back({with_leading_space(t, b0), b1, link ? link->target : std::string{}});
        } else if (glued_label(b, i, close, inner, square, ctx) && (!link || closing_label(b, i, close, inner, ctx))) {
            cuts.push_back({with_leading_space(t, b0), b1, {}});
        }
        i = close;
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record_residue(doc, b, b.text.substr(it->begin, it->end - it->begin), it->begin);
        erase_text(b, it->begin, it->end);
        if (!it->relink.empty()) relink_previous_word(b, it->begin, it->relink);
    }
}

}  // namespace winnow::detail::link_residue
