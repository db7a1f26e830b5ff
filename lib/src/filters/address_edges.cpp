// Garbage runs stop at a written-out web address's edge. An author who cites a page writes its
// address out ("see https://www.example.org/report"); debris glued or set next to it
// ("… /report ^^^^", "… /report {{x}}") is the run, the address is the author's text. The
// detectors cut debris well, but a word before a run is cut where its shape turns
// (glued_words.cpp): an address turns at its scheme's colon ("https:" | "//host…"), so the run
// took the address with it. Told by shape alone: a scheme and "://" or "www.", dotted host
// labels ending in a top-level domain of letters, then a path of the characters addresses use.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool label_char(char c) { return is_alpha(c) || is_dig(c) || c == '-'; }

// The characters an address's path, query and fragment are written with (RFC 3986's unreserved,
// sub-delimiters, ':', '@', '/', '?', '#', '%'). Brackets, braces, carets, quotes, '<', '>',
// '|', '\\' and '`' are not: they start the debris.
bool path_char(char c) {
    if (is_alpha(c) || is_dig(c)) return true;
    switch (c) {
        case '-': case '.': case '_': case '~': case '!': case '$': case '&': case '\'': case '(': case ')':
        case '*': case '+': case ',': case ';': case '=': case ':': case '@': case '/': case '?': case '#': case '%':
            return true;
        default:
            return false;
    }
}

bool starts_with_nocase(std::string_view t, std::string_view p) {
    if (t.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if ((t[i] | 0x20) != p[i]) return false;
    return true;
}

}  // namespace

std::size_t web_address_length(std::string_view t) {
    std::size_t i = 0;
    // A scheme of letters before "://" ("http", "https", "ftp"), or a host opening on "www.".
    while (i < t.size() && i <= 10 && is_alpha(t[i])) ++i;
    if (i >= 2 && t.substr(i).starts_with("://")) i += 3;
    else if (starts_with_nocase(t, "www.")) i = 0;
    else return 0;
    // Host: two or more dotted labels, the last of two to six letters.
    std::size_t labels = 0, last = i;
    while (i < t.size()) {
        const std::size_t b = i;
        while (i < t.size() && label_char(t[i])) ++i;
        if (i == b) break;
        ++labels;
        last = b;
        if (i + 1 < t.size() && t[i] == '.' && label_char(t[i + 1])) ++i;
        else break;
    }
    if (labels < 2) return 0;
    const std::string_view tld = t.substr(last, i - last);
    if (tld.size() < 2 || tld.size() > 6) return 0;
    for (char c : tld)
        if (!is_alpha(c)) return 0;
    // A port, then a path, a query or a fragment.
    if (i + 1 < t.size() && t[i] == ':' && is_dig(t[i + 1])) {
        ++i;
        while (i < t.size() && is_dig(t[i])) ++i;
    }
    if (i < t.size() && (t[i] == '/' || t[i] == '?' || t[i] == '#')) {
        int open = 0;
        std::size_t end = i;
        for (; end < t.size() && path_char(t[end]); ++end) {
            if (t[end] == '(') ++open;
            else if (t[end] == ')' && --open < 0) break;  // the sentence's parenthesis, not the path's
        }
        i = end;
    }
    // Marks closing the sentence after it are the sentence's: "… see www.example.org."
    while (i > 0 && std::string_view(".,;:!?'").find(t[i - 1]) != std::string_view::npos) --i;
    return i;
}

std::size_t web_address_end(std::string_view t) {
    // The address opens the token or follows a bracket, a quote or a word of a script written
    // without spaces ("(https://…", "全ての時刻表はhttps://…").
    std::size_t at = t.find("://");
    if (at != std::string_view::npos) {
        while (at > 0 && is_alpha(t[at - 1])) --at;
    } else {
        at = t.find("www.");
        if (at == std::string_view::npos) return 0;
    }
    // (Not an attribute's value, "href=\"https://…\">": a text page quoting markup keeps it whole.)
    if (at > 0 && (label_char(t[at - 1]) || std::string_view(".=\"'").find(t[at - 1]) != std::string_view::npos)) return 0;
    const std::size_t len = web_address_length(t.substr(at));
    return len > 0 ? at + len : 0;
}

void keep_address_heads(std::string_view text, std::vector<TextRange>& runs) {
    // (A token is read back no further than an address is long: a run inside a megabyte word
    // costs no more than a short one.)
    constexpr std::uint32_t kLongestAddress = 2048;
    std::size_t kept = 0;
    for (TextRange r : runs) {
        std::uint32_t tb = r.begin;
        while (tb > 0 && r.begin - tb < kLongestAddress && !is_space(text[tb - 1])) --tb;
        // The address may open the token or follow a bracket, a quote or a word of a script
        // written without spaces ("(https://…", "詳しくはhttps://…"): it starts where a letter
        // follows no letter, digit, dot or hyphen.
        for (std::uint32_t p = tb; p <= r.begin; ++p) {
            if (!is_alpha(text[p]) || (p > tb && (label_char(text[p - 1]) || text[p - 1] == '.'))) continue;
            const std::size_t len = web_address_length(text.substr(p, r.end - p));
            if (len == 0) continue;
            if (p + len > r.begin && (p < r.begin || (p + len < r.end && is_space(text[p + len])))) {
                r.begin = static_cast<std::uint32_t>(p + len);
                while (r.begin < r.end && is_space(text[r.begin])) ++r.begin;
                break;
            }
            p += static_cast<std::uint32_t>(len) - 1;
        }
        if (r.begin < r.end) runs[kept++] = r;
    }
    runs.resize(kept);
}

}  // namespace winnow::detail::garbage_tokens
