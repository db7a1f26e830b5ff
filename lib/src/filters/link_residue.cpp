// Link residue: what is left in text where a link was cut out or flattened —
// " ." / " ," before a clause end, bare link labels "(source)", orphan "[1]" footnote markers,
// empty "()"/"[]", and raw markdown links "[label](https://…)" that survived into a block.
#include <algorithm>
#include <cctype>
#include <string>

#include <utf8proc.h>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_dig(char c) { return c >= '0' && c <= '9'; }

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

std::string fold(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
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

// Gives the word that ends at pos (the claim a cut citation belonged to) the link target,
// unless it already carries a link. Keeps the reference without keeping the residue text.
void relink_previous_word(Block& b, std::uint32_t pos, const std::string& target) {
    if (target.empty() || target.front() == '#') return;
    std::uint32_t end = pos;
    while (end > 0 && is_space(b.text[end - 1])) --end;
    std::uint32_t begin = end;
    while (begin > 0 && !is_space(b.text[begin - 1])) --begin;
    // Trim punctuation the word may carry ("claim," "(claim").
    while (begin < end && std::ispunct(static_cast<unsigned char>(b.text[begin]))) ++begin;
    while (end > begin && std::ispunct(static_cast<unsigned char>(b.text[end - 1]))) --end;
    if (begin >= end) return;
    for (const auto& s : b.spans)
        if (s.kind == Span::Kind::link && s.begin < end && s.end > begin) return;
    b.spans.push_back(Span{Span::Kind::link, begin, end, target});
    std::sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
}

struct Cut {
    std::uint32_t begin, end;
    std::string relink;  // target to hand to the previous word
};

// Extends a cut left over the whitespace that separated it from the previous word.
std::uint32_t with_leading_space(const std::string& t, std::uint32_t begin) {
    while (begin > 0 && is_space(t[begin - 1])) --begin;
    return begin;
}

void record(Document& doc, const Block& b, std::string text, std::size_t at) {
    doc.removed.push_back(Removal{RemovalReason::residue, true, std::move(text), b.source_line, 0.8, b.order,
                                  static_cast<std::uint32_t>(at)});
}

// Raw markdown links: "[label](https://…)" → "label" with a link span; "[3](https://…)"
// (a footnote number) → removed, its target moved to the word before it.
void convert_markdown_links(Document& doc, Block& b) {
    for (std::size_t close = b.text.rfind("]("); close != std::string::npos && close > 0;
         close = close == 0 ? std::string::npos : b.text.rfind("](", close - 1)) {
        const std::string& t = b.text;
        // Searches stay within a label's and a URL's length, so a long run of "](" is linear.
        const std::size_t from = close > 300 ? close - 300 : 0;
        const std::size_t open = std::string_view(t).substr(from, close - from).rfind('[');
        if (open == std::string_view::npos) continue;
        const std::size_t open_at = from + open;
        if (t.find_first_of("]\n", open_at + 1) != close) continue;
        const std::size_t url_b = close + 2;
        const std::size_t url_limit = std::min(t.size(), url_b + 2048);
        std::size_t url_e = url_b;
        int depth = 0;
        while (url_e < url_limit && !is_space(t[url_e])) {
            if (t[url_e] == '(') ++depth;
            else if (t[url_e] == ')' && depth-- == 0) break;
            ++url_e;
        }
        if (url_e >= url_limit || t[url_e] != ')') continue;
        const std::string url = t.substr(url_b, url_e - url_b);
        if (!(url.starts_with("http://") || url.starts_with("https://") || url.starts_with("/") || url.starts_with("www.")))
            continue;
        const std::string label = t.substr(open_at + 1, close - open_at - 1);
        const bool footnote = !label.empty() && label.size() <= 3 && std::all_of(label.begin(), label.end(), is_dig);
        if (footnote || label.empty()) {
            const auto begin = with_leading_space(t, static_cast<std::uint32_t>(open_at));
            record(doc, b, t.substr(begin, url_e + 1 - begin), begin);
            erase_text(b, begin, static_cast<std::uint32_t>(url_e + 1));
            relink_previous_word(b, begin, url);
        } else {
            record(doc, b, "[](" + url + ")", close - 1);
            erase_text(b, static_cast<std::uint32_t>(close), static_cast<std::uint32_t>(url_e + 1));
            erase_text(b, static_cast<std::uint32_t>(open_at), static_cast<std::uint32_t>(open_at + 1));
            b.spans.push_back(Span{Span::Kind::link, static_cast<std::uint32_t>(open_at),
                                   static_cast<std::uint32_t>(close - 1), url});
            std::sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
        }
    }
}

// What the whole document says about its own habits.
struct Context {
    std::vector<std::string> notes;   // "[3]" that start a block: the notes markers point to
    bool spaced_commas = false;       // the author writes "word , word" (and "word ."): a habit
    std::vector<std::string> page_urls;  // this page's own URLs: "page#fn3" points inside it

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

Context read_context(Document& doc) {
    Context c;
    for (const std::string* u : {&doc.meta.url, &doc.meta.canonical_url})
        if (!u->empty()) c.page_urls.push_back(*u);
    std::size_t spaced = 0;
    for_each_text_block(doc.body, [&](Block& b) {
        const std::string& t = b.text;
        if (t.size() >= 3 && t[0] == '[') {
            const auto close = t.find(']');
            if (close != std::string::npos && close <= 4) c.notes.push_back(t.substr(0, close + 1));
        }
        for (std::size_t p = t.find(" , "); p != std::string::npos; p = t.find(" , ", p + 1)) ++spaced;
    });
    c.spaced_commas = spaced >= 3;
    return c;
}

// Bracketed residue: "(source)" / "[link]" labels, orphan "[12]" markers, empty "()" "[]".
void remove_bracketed(Document& doc, Block& b, const Context& ctx) {
    std::vector<Cut> cuts;
    const std::string& t = b.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char open = t[i];
        if (open != '(' && open != '[') continue;
        const char closech = open == '(' ? ')' : ']';
        // Labels are short: look no further than 40 bytes (a search to the end for every
        // bracket is quadratic on a long run of brackets).
        const std::size_t window_end = std::min(t.size(), i + 41);
        const auto hit = std::find(t.begin() + static_cast<long>(i) + 1, t.begin() + static_cast<long>(window_end), closech);
        if (hit == t.begin() + static_cast<long>(window_end)) continue;
        const std::size_t close = static_cast<std::size_t>(hit - t.begin());
        std::string_view inner(t.data() + i + 1, close - i - 1);
        if (inner.find_first_of("()[]\n") != std::string_view::npos) continue;
        while (!inner.empty() && is_space(inner.front())) inner.remove_prefix(1);
        while (!inner.empty() && is_space(inner.back())) inner.remove_suffix(1);
        const auto b0 = static_cast<std::uint32_t>(i), b1 = static_cast<std::uint32_t>(close + 1);
        // Nothing before it in the block: a list/reference marker that starts a line is content.
        std::size_t before = i;
        while (before > 0 && is_space(t[before - 1])) --before;
        if (before == 0) continue;
        const Span* link = link_over(b, b0, b1);
        if (inner.empty()) {
            if (!link) cuts.push_back({with_leading_space(t, b0), b1, {}});
        } else if (open == '[' && inner.size() <= 3 && std::all_of(inner.begin(), inner.end(), is_dig)) {
            // A footnote marker whose note is not on the page; one linking away is a reference: keep.
            const bool note_here = std::find(ctx.notes.begin(), ctx.notes.end(), t.substr(i, close + 1 - i)) != ctx.notes.end();
            if (!note_here && (!link || ctx.in_page(link->target)))
                cuts.push_back({with_leading_space(t, b0), b1, {}});
        } else if (is_label(inner)) {
            cuts.push_back({with_leading_space(t, b0), b1, link ? link->target : std::string{}});
        }
        i = close;
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record(doc, b, b.text.substr(it->begin, it->end - it->begin), it->begin);
        erase_text(b, it->begin, it->end);
        if (!it->relink.empty()) relink_previous_word(b, it->begin, it->relink);
    }
}

// " ." / " ," / " ;" where a link between the word and the punctuation was cut.
void remove_space_before_punct(Document& doc, Block& b, const Context& ctx) {
    const std::string& t = b.text;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    for (std::size_t i = 1; i + 1 < t.size() + 1; ++i) {
        const char c = t[i];
        if (c != '.' && c != ',' && c != ';') continue;
        if (ctx.spaced_commas) continue;  // the author spaces punctuation: style, not residue
        if (!is_space(t[i - 1])) continue;
        std::size_t s = i - 1;
        while (s > 0 && is_space(t[s - 1])) --s;
        if (s == 0) continue;
        const char prev = t[s - 1];
        if (prev == '.' || prev == ',' || prev == ';' || prev == ':') continue;       // ". . ." spaced ellipsis
        const char next = i + 1 < t.size() ? t[i + 1] : ' ';
        if (!(is_space(next) || next == '"' || next == '\'' || next == ')' ||
              static_cast<unsigned char>(next) >= 0x80))
            continue;                                                                   // ".NET", ".5"
        if (c == '.' && i + 1 < t.size() && t[i + 1] == '.') continue;                  // " ..." ellipsis
        if (c == '.' && i + 2 < t.size() && is_space(t[i + 1]) && t[i + 2] == '.') continue;  // ". . ."
        cuts.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(i));
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

}  // namespace

void remove_link_residue(Document& doc, const NoiseOptions& options) {
    if (!options.link_residue) return;
    const Context ctx = read_context(doc);
    for_each_text_block(doc.body, [&](Block& b) {
        if (b.kind == BlockKind::code || b.text.empty()) return;
        convert_markdown_links(doc, b);
        remove_bracketed(doc, b, ctx);
        remove_space_before_punct(doc, b, ctx);
    });
}

}  // namespace winnow::detail
