// The Latin-script leftovers of a debris run in prose of another script. A detector cuts a
// run where its tokens look machine-made ("[running]: main.(*Server)…", a path, "<id@host>"),
// and the words of the same log line or error before and after it ("goroutine 35",
// "Received: from mail.example.com (10.1.2.3) Message-ID:", "Stack trace: #0 {main}") stay
// behind. In a page written in another script (Cyrillic, Devanagari, Myanmar, Khmer…) the
// ASCII tokens touching the run up to the first word of that script are the same line, not
// the author's: they go with the run when they carry a machine mark (a digit, a colon, a
// bracket, a slash…), and none is a web address written out (the author's: address_edges.cpp).
// Plain words alone ("Google Play" before a cut link) stay; so does any
// stretch longer than a line's words (a quoted English sentence). A block of ASCII alone in such a
// page is the line itself: its leftovers on both sides of the run go the same way.
#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

constexpr int max_tokens = 12;
constexpr std::uint32_t max_bytes = 160;

bool ascii_only(std::string_view t) {
    for (char c : t)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

bool machine_mark(std::string_view t) {
    for (char c : t)
        if (is_dig(c) || std::string_view(":#()[]{}<>/\\=_@*+|").find(c) != std::string_view::npos) return true;
    return false;
}

// Whether t holds a letter of the page's script.
bool holds_script(std::string_view t, int script) {
    for (std::size_t p = 0; p < t.size();) {
        if (static_cast<unsigned char>(t[p]) < 0x80) { ++p; continue; }
        if (script_of(next_code_point(t, p)) == script) return true;
    }
    return false;
}

// The ASCII tail of a token glued behind the page's script ("ಮಾಡಿದರು.Received:" -> "Received:"),
// its sentence mark left to the sentence; npos when there is none to take.
std::size_t glued_tail(std::string_view t) {
    std::size_t p = t.size();
    while (p > 0 && static_cast<unsigned char>(t[p - 1]) < 0x80) --p;
    while (p < t.size() && (is_terminal(t[p]) || t[p] == ',' || t[p] == ';')) ++p;
    return p < t.size() && (is_alpha(t[p]) || is_dig(t[p])) ? p : std::string_view::npos;
}

}  // namespace

void widen_over_latin_strands(std::string_view text, int dominant, std::vector<TextRange>& runs) {
    if (runs.empty() || dominant == script_none || dominant == script_latin) return;
    // The block must be the page's script's prose outside its runs, or a line of ASCII alone (the
    // log line as its own block, a word of the page's script nowhere in it).
    bool prose = ascii_only(text);
    for (std::size_t k = 0, at = 0; k <= runs.size() && !prose; ++k) {
        const std::size_t end = k < runs.size() ? runs[k].begin : text.size();
        if (end > at) prose = holds_script(text.substr(at, end - at), dominant);
        if (k < runs.size()) at = runs[k].end;
    }
    if (!prose) return;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        TextRange& r = runs[k];
        // Leftwards: whole ASCII tokens, then maybe the ASCII tail of the token they are glued to.
        const std::uint32_t floor = k > 0 ? runs[k - 1].end : 0;
        std::uint32_t b = r.begin, take = r.begin;
        bool mark = false, stopped = false;
        for (int n = 0; n <= max_tokens; ++n) {
            std::uint32_t te = b;
            while (te > floor && is_space(text[te - 1])) --te;
            if (te == floor) { stopped = true; take = b; break; }
            std::uint32_t tb = te;
            while (tb > floor && !is_space(text[tb - 1])) --tb;
            const std::string_view t = text.substr(tb, te - tb);
            if (web_address_end(t) > 0) break;  // an address written out is the author's (address_edges.cpp)
            if (!ascii_only(t)) {
                stopped = holds_script(t, dominant);
                take = b;
                if (const std::size_t at = glued_tail(t); at != std::string_view::npos && n < max_tokens) {
                    mark |= machine_mark(t.substr(at));
                    take = tb + static_cast<std::uint32_t>(at);
                }
                break;
            }
            if (n == max_tokens || r.begin - tb > max_bytes) break;
            mark |= machine_mark(t);
            b = tb;
        }
        if (stopped && mark && take < r.begin) r.begin = take;
        // Rightwards: whole ASCII tokens up to the page's script or the block's end.
        const std::uint32_t ceiling = k + 1 < runs.size() ? runs[k + 1].begin : static_cast<std::uint32_t>(text.size());
        std::uint32_t e = r.end;
        mark = false;
        stopped = false;
        for (int n = 0; n <= max_tokens; ++n) {
            std::uint32_t tb = e;
            while (tb < ceiling && is_space(text[tb])) ++tb;
            if (tb == ceiling) { stopped = true; break; }
            std::uint32_t te = tb;
            while (te < ceiling && !is_space(text[te])) ++te;
            const std::string_view t = text.substr(tb, te - tb);
            if (web_address_end(t) > 0) break;
            if (!ascii_only(t)) { stopped = holds_script(t, dominant); break; }
            if (n == max_tokens || te - r.end > max_bytes) break;
            mark |= machine_mark(t);
            e = te;
        }
        if (stopped && mark && e > r.end) r.end = e;
    }
}

}  // namespace winnow::detail::garbage_tokens
