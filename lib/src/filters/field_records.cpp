// A machine's record of named fields run together in a line of prose: HTTP headers
// ("content-type: text/html cache-control: max-age=600 x-cache: HIT"), a compose or YAML file
// flattened ("services: web: image: nginx:1.25 depends_on: - db"), a calendar's or a contact
// card's content lines ("BEGIN:VCARD VERSION:3.0 FN:Lena TEL;TYPE=CELL:+49 …"). Three or more
// field names with no sentence's end between them and few words apart, each a token ending in a
// colon or a name of capitals glued to its value by one; a name of a machine's shape — small
// letters joined by '-' or '_', a name of capitals glued to its value — at least twice, or
// once among four names; a protocol's status line before them goes too. Prose labels a fact or
// two ("Öffnungszeiten: Mo–Fr …") with words of its own shape: a capital, spaces, no joiners.
// And a header a machine stamps: two labels or more, a time to the second with its zone offset.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

enum class Name { none, plain, machine };

// "key:" — one word of small letters and digits, maybe joined by '-' or '_' (machine), closed
// by a colon with nothing after it.
Name spaced_name(std::string_view t) {
    if (t.size() < 2 || t.size() > 40 || t.back() != ':') return Name::none;
    t.remove_suffix(1);
    if (!is_lower(t.front()) || !(is_lower(t.back()) || is_dig(t.back()))) return Name::none;
    bool joined = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '-' || c == '_') {
            if (t[i - 1] == '-' || t[i - 1] == '_') return Name::none;
            joined = true;
        } else if (!is_lower(c) && !is_dig(c)) {
            return Name::none;
        }
    }
    return joined ? Name::machine : Name::plain;
}

}  // namespace

// "NAME:value" or "NAME;PARAM=X:value": a name of two or more capitals (digits and '-' after the
// first), its parameters, a colon, and a value glued to it.
bool content_line(std::string_view t) {
    std::size_t p = 0;
    while (p < t.size() && (is_upper(t[p]) || (p > 0 && (is_dig(t[p]) || t[p] == '-')))) ++p;
    if (p < 2 || p >= t.size()) return false;
    if (t[p] == ';') {
        const std::size_t colon = t.find(':', p);
        if (colon == std::string_view::npos || t.substr(p, colon - p).find('=') == std::string_view::npos) return false;
        p = colon;
    }
    return t[p] == ':' && p + 1 < t.size() && t[p + 1] != '/' && !is_space(t[p + 1]);
}

namespace {

Name field_name(std::string_view t) {
    if (const Name n = spaced_name(t); n != Name::none) return n;
    return content_line(t) ? Name::machine : Name::none;
}

// "Author:", "Date:": a capitalised word and a colon, a label prose writes too.
bool label_name(std::string_view t) {
    if (t.size() < 3 || t.size() > 20 || t.back() != ':' || !is_upper(t.front())) return false;
    for (std::size_t i = 1; i + 1 < t.size(); ++i)
        if (!is_lower(t[i])) return false;
    return true;
}

// A clock time to the second ("09:41:03").
bool clock_seconds(std::string_view t) {
    return t.size() == 8 && is_dig(t[0]) && is_dig(t[1]) && t[2] == ':' && is_dig(t[3]) && is_dig(t[4]) && t[5] == ':' && is_dig(t[6]) &&
           is_dig(t[7]);
}

// A zone offset in digits ("+0100", "-0500").
bool zone_offset(std::string_view t) {
    if (t.size() != 5 || (t[0] != '+' && t[0] != '-')) return false;
    for (std::size_t i = 1; i < 5; ++i)
        if (!is_dig(t[i])) return false;
    return true;
}

// A protocol's version ("HTTP/1.1", "HTTP/2", "SIP/2.0"): capitals, a slash, digits.
bool protocol_version(std::string_view t) {
    const std::size_t slash = t.find('/');
    if (slash == std::string_view::npos || slash < 3 || slash + 1 >= t.size()) return false;
    for (std::size_t i = 0; i < slash; ++i)
        if (!is_upper(t[i])) return false;
    for (std::size_t i = slash + 1; i < t.size(); ++i)
        if (!is_dig(t[i]) && t[i] != '.') return false;
    return is_dig(t[slash + 1]);
}

bool status_code(std::string_view t) { return t.size() == 3 && is_dig(t[0]) && is_dig(t[1]) && is_dig(t[2]); }

}  // namespace

namespace {

// A header a machine stamps: two or more labels ("Author:", "Date:") in one segment, a value a
// clock time to the second with its zone offset in digits ("09:41:03 2024 +0100"), as a
// version control's or a mail's header prints it; prose dates a byline to the minute at most.
// From the first label to the offset; the last token index, or 0 if none.
std::size_t stamped_header(std::string_view text, const std::vector<Tok>& toks, std::size_t k) {
    auto tok = [&](std::size_t j) { return text.substr(toks[j].b, toks[j].e - toks[j].b); };
    std::size_t labels = 0, seconds = 0;
    for (std::size_t j = k; j < toks.size() && j <= k + 16; ++j) {
        const std::string_view t = tok(j);
        labels += label_name(t);
        if (clock_seconds(t)) seconds = j;
        if (seconds > 0 && j <= seconds + 2 && zone_offset(t)) return labels >= 2 ? j : 0;
        if (ends_sentence(t)) return 0;
    }
    return 0;
}

}  // namespace

void mark_field_records(std::string_view text, std::vector<Tok>& toks) {
    constexpr std::size_t kGap = 6;  // value tokens between two names, at most
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    // A chain of names that fell short ends at its last name; a scan from a later name of the same
    // chain meets the same names after it and no more, so it falls short too and is not read again
    // (a log of 100,000 lines each with one "failed:" is one chain, not 100,000 scans of it).
    std::size_t next_chain = 0;  // a scan starts at a name from here on
    for (std::size_t k = 0; k < n; ++k) {
        if ((toks[k].marks & m_colon) && label_name(tok(k)))
            if (const std::size_t end = stamped_header(text, toks, k); end > 0) {
                for (std::size_t q = k; q <= end; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
                k = end;
                continue;
            }
        if (!(toks[k].marks & m_colon) || k < next_chain || field_name(tok(k)) == Name::none) continue;
        std::size_t last = k, names = 0, machine = 0;
        for (std::size_t j = k; j < n && j <= last + kGap; ++j) {
            const std::string_view t = tok(j);
            const Name name = (toks[j].marks & m_colon) ? field_name(t) : Name::none;
            if (name != Name::none) {
                ++names;
                machine += name == Name::machine;
                last = j;
            }
            if (ends_sentence(t) && name == Name::none) break;
        }
        if (names < 3 || (machine < 2 && !(machine >= 1 && names >= 4))) {
            next_chain = last + 1;
            continue;
        }
        // The last name's value: its next token.
        const std::size_t hi = last + 1 < n && !ends_sentence(tok(last + 1)) && !content_line(tok(last)) ? last + 1 : last;
        // A protocol's status line right before the fields ("HTTP/2 200", "HTTP/1.1 404 Not Found").
        std::size_t lo = k;
        for (std::size_t j = k; j-- > 0 && k - j <= 4;)
            if (protocol_version(tok(j)) && j + 1 < k && status_code(tok(j + 1))) { lo = j; break; }
        for (std::size_t q = lo; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = hi;
    }
}

}  // namespace winnow::detail::garbage_tokens
