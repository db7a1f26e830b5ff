// Link residue: what is left in text where a link was cut out or flattened —
// " ." / " ," before a clause end, bare link labels "(source)", orphan "[1]" footnote markers,
// empty "()"/"[]"; raw markdown links "[label](https://…)" are read in markdown_links.cpp.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string>

#include <utf8proc.h>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/page_script.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail {

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

std::string fold(std::string_view s, bool decode_all = false) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII without decoding: only 'A'-'Z' change.
        if (const auto c = static_cast<unsigned char>(s[i]); c < 0x80 && !decode_all) {
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
            ++i;
            continue;
        }
        const char32_t cp = next_code_point(s, i);
        utf8proc_uint8_t buf[4];
        const auto n = utf8proc_encode_char(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)), buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
    }
    return out;
}

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

}  // namespace

void count_spaced_marks(std::string_view t, std::size_t& commas, std::size_t& marks, bool plain) {
    if (plain) {
        for (std::size_t p = 0; p + 2 < t.size(); ++p) {
            if (t[p] != ' ' || t[p + 2] != ' ') continue;
            const char mark = t[p + 1];
            if (mark == ',') ++commas;
            else if (mark == ':' || mark == '!' || mark == '?') ++marks;
        }
        return;
    }
    // A mark at q with a space on either side (1 <= q <= size - 2): memchr jumps from one mark
    // to the next, where the plain loop asked every byte whether a space opened the pattern.
    for (const char mark : {',', ':', '!', '?'}) {
        std::size_t& count = mark == ',' ? commas : marks;
        for (std::size_t q = t.find(mark, 1); q != std::string_view::npos && q + 1 < t.size(); q = t.find(mark, q + 1))
            count += t[q - 1] == ' ' && t[q + 1] == ' ';
    }
}

namespace {

Context read_context(Document& doc, std::optional<int> page_script) {
    Context c;
    c.body = &doc.body;
    c.subtitle = doc.meta.subtitle;
    for (const std::string* u : {&doc.meta.url, &doc.meta.canonical_url})
        if (!u->empty()) c.page_urls.push_back(*u);
    std::size_t spaced = 0, marks = 0;
    for_each_text_block(doc.body, [&](Block& b) {
        const std::string& t = b.text;
        // A note starts its block with its marker: "[3]", "[^3]", "[a]", "(*3)", "³", "^3".
        if (t.size() >= 2 && (t[0] == '[' || t[0] == '(')) {
            const auto close = t.find(t[0] == '[' ? ']' : ')');
            if (close != std::string::npos && close <= 16) c.notes.push_back(t.substr(0, close + 1));
        } else if (!t.empty()) {
            std::size_t e = 0;
            while (e < t.size() && !is_ascii_space(t[e]) && t[e] != '.' && t[e] != ':' && t[e] != ')') ++e;
            if (e <= 8) c.notes.push_back(t.substr(0, e));
        }
        count_spaced_marks(t, spaced, marks);
        if (t.ends_with(" !") || t.ends_with(" ?")) ++marks;
    });
    c.spaced_commas = spaced >= 3;
    c.spaced_marks = marks >= 2;
    c.main_script = page_script ? *page_script : dominant_script(doc);
    return c;
}

bool marker_base(std::string_view t, std::size_t pos, std::size_t min_letters = 3);

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

// A marker glued to a word of one or two letters ("y[37, 54]", "de^36", "a[c]", "на[st 29]"): in
// prose such a word is a function word the text uses alone elsewhere; in a formula it is a
// variable among signs ("a[i] = b", "x^10 + 1"). So the word stands alone, lower-case, prose goes
// on after the marker, the block holds no formula sign, and the text has the word alone once
// more at least. Gives the word (empty if not). (begin: where the marker starts; end: one past it.)
std::string_view function_word_base(std::string_view t, std::size_t begin, std::size_t end, const Context& ctx) {
    std::size_t start = begin, letters = 0;
    while (start > 0 && letters <= 2) {
        std::size_t b = start - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        std::size_t k = b;
        if (!is_letter(next_code_point(t, k))) break;
        start = b;
        ++letters;
    }
    if (letters == 0 || letters > 2 || start == 0 || t[start - 1] != ' ') return {};
    if (end + 1 >= t.size() || t[end] != ' ') return {};
    std::size_t k = end + 1;
    if (!is_letter(next_code_point(t, k))) return {};
    if (t.find_first_of("=+<>_|{}") != std::string_view::npos) return {};
    for (std::size_t c = t.find('^'); c != std::string_view::npos; c = t.find('^', c + 1))
        if (c != begin) return {};
    for (std::string_view sign : {"\u00D7", "\u00F7", "\u2212", "\u2264", "\u2265", "\u2208", "\u221A", "\u2211", "\u2248"})
        if (t.find(sign) != std::string_view::npos) return {};
    const std::string_view base = t.substr(start, begin - start);
    return fold(base) == base && ctx.standalone(base) >= 1 ? base : std::string_view{};
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
        } else if (is_label(inner)) {
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

char32_t superscript_digit(char32_t cp) {
    if (cp == 0x00B9) return '1';
    if (cp == 0x00B2) return '2';
    if (cp == 0x00B3) return '3';
    if (cp == 0x2070) return '0';
    if (cp >= 0x2074 && cp <= 0x2079) return static_cast<char32_t>('4' + (cp - 0x2074));
    return 0;
}

// Whether a footnote marker may be glued at pos: right after a word of min_letters letters or
// more ("claim³", "claim^3") or after punctuation ("claim.³"). A shorter base is math or a unit
// ("x²", "mc^2", "km²"), a base with digits a number ("10^6").
bool marker_base(std::string_view t, std::size_t pos, std::size_t min_letters) {
    std::size_t letters = 0;
    std::size_t i = pos;
    while (i > 0) {
        std::size_t b = i - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        std::size_t k = b;
        const char32_t cp = next_code_point(t, k);
        if (letters == 0 && (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == 0x3002 ||
                             cp == 0x3001 || cp == '"' || cp == 0x201D || cp == ')'))
            return b > 0 && !is_ascii_space(t[b - 1]);
        if (is_digit(cp)) return false;
        if (!is_letter(cp)) break;
        if (++letters >= min_letters) return true;  // (a long word needs no further look)
        i = b;
    }
    return false;
}

// Bare footnote markers glued to a word or a sentence end — "^3", "³", "¹²", "⁽³⁾", "(³)" — whose note
// (a block starting with the marker) is not in the document.
// Whether a text has the bytes a marker below opens with: '^', a superscript digit (U+00B2,
// U+00B3, U+00B9: lead byte C2; U+2070-U+207D: E2 81) or '(' before a character past ASCII.
// Most paragraphs have none (a curly quote, E2 80, is none) and are not decoded character by
// character.
// The four bytes a marker's first byte may be, for find_any.
constexpr const char* kMarkerLeads = "^(\xC2\xE2";

bool may_hold_marker(const std::string& t) {
    for (std::size_t i = find_any(t, 0, kMarkerLeads); i < t.size(); i = find_any(t, i + 1, kMarkerLeads)) {
        const auto c = static_cast<unsigned char>(t[i]);
        const auto next = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
        if (c == '^' || c == 0xC2 || (c == 0xE2 && next == 0x81) || (c == '(' && next >= 0xC2)) return true;
    }
    return false;
}

void remove_bare_markers(Document& doc, Block& b, const Context& ctx) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    const std::string& t = b.text;
    if (!may_hold_marker(t)) return;
    for (std::size_t i = 0; i < t.size();) {
        // Every marker opens on '^', '(', or the lead byte C2 or E2; none of these is ever a
        // continuation byte, so the character walk would stop on each of them too.
        i = find_any(t, i, kMarkerLeads);
        if (i == t.size()) break;
        const std::size_t at = i;
        const char32_t cp = next_code_point(t, i);
        std::size_t end = at;
        if (cp == '^') {
            end = i;
            while (end < t.size() && is_ascii_digit(t[end]) && end - i < 3) ++end;
            if (end == i) continue;
        } else if (cp == 0x207D || (cp == '(' && i < t.size() && static_cast<unsigned char>(t[i]) >= 0xC2)) {
            // "⁽³⁾", "(³)": superscript digits in parentheses.
            std::size_t k = i, digits = 0;
            while (k < t.size() && digits < 3) {
                std::size_t m = k;
                if (!superscript_digit(next_code_point(t, m))) break;
                k = m;
                ++digits;
            }
            std::size_t m = k;
            if (digits == 0 || m >= t.size() || next_code_point(t, m) != (cp == '(' ? U')' : U'\u207E')) continue;
            end = m;
        } else if (superscript_digit(cp)) {
            end = i;
            for (std::size_t k = end; k < t.size();) {
                if (!superscript_digit(next_code_point(t, k))) break;
                end = k;
            }
        } else {
            continue;
        }
        std::size_t k = end;
        const char32_t next = k < t.size() ? next_code_point(t, k) : U' ';
        i = end;
        if (is_letter(next) || is_digit(next) || next == 0x207A || next == 0x207B || next == '^') continue;
        // (Only "²" and "³" raise units and only a one-letter base is math: other superscript
        // digits glued to a word of two letters, "di⁹", "ve¹", are a marker too.)
        bool exponent = cp == '^';
        for (std::size_t k = at; k < end && !exponent;) {
            const char32_t d = superscript_digit(next_code_point(t, k));
            exponent = d == '2' || d == '3';
        }
        // (After a function word of one or two letters, "de^36", "y⁶", any marker but a
        // square or a cube.)
        const std::string_view digits = std::string_view(t).substr(cp == '^' ? at + 1 : at, end - (cp == '^' ? at + 1 : at));
        const bool power = digits == "2" || digits == "3" || (cp != '^' && exponent);
        if (!marker_base(t, at, exponent ? 3 : 2) && (power || function_word_base(t, at, end, ctx).empty())) continue;
        if (std::find(ctx.notes.begin(), ctx.notes.end(), t.substr(at, end - at)) != ctx.notes.end()) continue;
        cuts.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end));
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record_residue(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

// " ." / " ," / " ;" where a link between the word and the punctuation was cut.
void remove_space_before_punct(Document& doc, Block& b, const Context& ctx) {
    if (ctx.spaced_commas) return;  // the author spaces punctuation: style, not residue
    // (Only '.', ',' and ';' right after an ASCII space can start a cut: find_any passes over
    // every other byte.)
    const std::string& t = b.text;
    const std::size_t n = t.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    for (std::size_t i = 1; i < n; ++i) {
        i = find_any(t, i, ".,;");
        if (i >= n) break;
        const char c = t[i];
        if (!is_ascii_space(t[i - 1])) continue;
        if (c == ';' && ctx.spaced_marks) continue;  // and so does one who spaces ':', '!' and '?'
        std::size_t s = i - 1;
        while (s > 0 && is_ascii_space(t[s - 1])) --s;
        if (s == 0) continue;
        const char prev = t[s - 1];
        if (prev == '.' || prev == ',' || prev == ';' || prev == ':') continue;       // ". . ." spaced ellipsis
        const char next = i + 1 < t.size() ? t[i + 1] : ' ';
        if (!(is_ascii_space(next) || next == '"' || next == '\'' || next == ')' ||
              static_cast<unsigned char>(next) >= 0x80))
            continue;                                                                   // ".NET", ".5"
        if (c == '.' && i + 1 < t.size() && t[i + 1] == '.') continue;                  // " ..." ellipsis
        if (c == '.' && i + 2 < t.size() && is_ascii_space(t[i + 1]) && t[i + 2] == '.') continue;  // ". . ."
        cuts.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(i));
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record_residue(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

}  // namespace

void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget, std::optional<int> page_script) {
    if (!options.link_residue) return;
    const Context ctx = read_context(doc, page_script);
    // (Ticked before a block is edited: stopped, every block is cleaned or untouched.)
    BudgetTicker ticker(budget, "noise filtering", 64);
    const LinkedMarkContext marks{[&](std::string_view t) { return ctx.in_page(t); },
                                  [&](std::string_view p) { return ctx.used_once(p); }};
    auto clean = [&](Block& b) {
        if (b.kind == BlockKind::code || b.text.empty()) return;
        ticker.tick();
        convert_markdown_links(doc, b);
        if (!b.spans.empty()) remove_linked_marks(doc, b, marks);
        remove_bracketed(doc, b, ctx);
        remove_bare_markers(doc, b, ctx);
        remove_space_before_punct(doc, b, ctx);
    };
    for_each_text_block(doc.body, clean);
    // The subtitle (a dek, or the first paragraph of a text under its title) is article text
    // too: an orphan marker there is as much residue as in the body.
    if (!doc.meta.subtitle.empty() && !doc.body.empty()) {
        Block dek;
        dek.text = std::move(doc.meta.subtitle);
        clean(dek);
        doc.meta.subtitle = std::move(dek.text);
    }
}

void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget) {
    remove_link_residue(doc, options, budget, std::nullopt);
}

std::string residue_fold(std::string_view text, bool decode_all) { return fold(text, decode_all); }

}  // namespace winnow::detail
