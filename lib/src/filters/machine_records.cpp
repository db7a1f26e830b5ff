// Machine text of three more shapes, found over the tokens of filters/machine_text.cpp: records
// of `name: value` pairs, network addresses, and shell prompts with their command line. Each is
// decided here as a whole (a span of tokens to cut), since its tokens alone look like prose or a
// number. Shape only: no name, command or host is listed.
#include <algorithm>
#include <string>

#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool hex_digit(char c) { return ascii_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

std::string_view strip_tail(std::string_view t) {  // a list's or clause's mark after the token
    while (!t.empty() && (t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
    return t;
}

// An identifier a program names a field with: starts with a lower-case letter, then letters,
// digits, '_', '-', '.' ("retry_count", "maxAge", "log.level"). A word of a sentence is this
// shape too; the pairs in a row decide.
bool identifier(std::string_view t) {
    if (t.empty() || !ascii_lower(t[0]) || t.size() > 40) return false;
    for (char c : t)
        if (!ascii_letter(c) && !ascii_digit(c) && c != '_' && c != '-' && c != '.') return false;
    return ascii_letter(t.back()) || ascii_digit(t.back());
}

// A record's value: a number (a hex literal too), an identifier or word in lower case, a quoted literal.
bool record_value(std::string_view t) {
    if (t.empty()) return false;
    if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) return true;
    if (t.size() >= 3 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
        return std::all_of(t.begin() + 2, t.end(), hex_digit);
    if (ascii_digit(t[0]) || ((t[0] == '-' || t[0] == '+') && t.size() > 1 && ascii_digit(t[1]))) {
        for (std::size_t i = 1; i < t.size(); ++i)
            if (!ascii_digit(t[i]) && t[i] != '.') return false;
        return true;
    }
    return identifier(t);
}

// "12.34.56.78" or "12.34.56.78:8080" from `p` to the token's end; false otherwise.
bool ipv4_at(std::string_view t, std::size_t p) {
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (p >= t.size() || t[p] != '.') return false;
            ++p;
        }
        std::size_t d = p;
        int v = 0;
        while (d < t.size() && ascii_digit(t[d]) && d - p < 3) v = v * 10 + (t[d++] - '0');
        if (d == p || v > 255) return false;
        p = d;
    }
    if (p < t.size() && t[p] == ':') {
        const std::size_t d = ++p;
        while (p < t.size() && ascii_digit(t[p])) ++p;
        if (p == d || p - d > 5) return false;
    }
    return p == t.size();
}

// Groups of hex digits apart by ':' (or '-' for a MAC): six groups of two, a MAC; three or more
// colons with a hex letter or a "::", an IPv6 address (a time "10:30:15" has two colons, a
// score or a verse one).
bool hex_groups(std::string_view t) {
    if (t.size() >= 2 && t.front() == '[') {  // "[fe80::1]:443"
        const std::size_t close = t.find(']');
        if (close == std::string_view::npos) return false;
        t = t.substr(1, close - 1);
    }
    int groups = 0, pairs = 0, colons = 0, dashes = 0;
    bool hex_letter = false, empty_group = false;
    std::size_t len = 0;
    for (std::size_t i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == ':' || t[i] == '-') {
            if (len == 0) empty_group = true;
            if (len > 4) return false;
            ++groups;
            pairs += len == 2;
            len = 0;
            if (i < t.size()) (t[i] == ':' ? colons : dashes) += 1;
            continue;
        }
        if (!hex_digit(t[i])) return false;
        hex_letter |= ascii_letter(t[i]);
        ++len;
    }
    if (colons > 0 && dashes > 0) return false;
    if (groups == 6 && pairs == 6) return true;
    return dashes == 0 && colons >= 3 && (hex_letter || empty_group) && groups >= 3;
}

// Where an IPv4 address starts in a token (after a word glued before it), or npos.
std::size_t ipv4_prefix(std::string_view t) {
    std::size_t p = 0;
    while (p < t.size() && !ascii_digit(t[p]) && t[p] != '.' && t[p] != ':') ++p;
    return p < t.size() && ascii_digit(t[p]) && ipv4_at(t, p) ? p : std::string_view::npos;
}

// A network address: IPv4 (maybe with a port), IPv6, MAC, or "host.name:port". A word may be
// glued before it (the run finder's glued-word step keeps the word).
bool address(std::string_view t) {
    t = strip_tail(t);
    if (t.size() < 7) return false;
    if (hex_groups(t)) return true;
    if (ipv4_prefix(t) != std::string_view::npos) return true;
    const std::size_t colon = t.rfind(':');  // "db.internal:5432"
    if (colon == std::string_view::npos || colon + 2 > t.size() || t.size() - colon - 1 > 5) return false;
    for (std::size_t i = colon + 1; i < t.size(); ++i)
        if (!ascii_digit(t[i])) return false;
    const std::string_view host = t.substr(0, colon);
    const std::size_t dot = host.find('.');
    return identifier(host) && dot != std::string_view::npos && dot > 0 && dot + 1 < host.size() && ascii_letter(host[dot + 1]);
}

// A shell prompt: "user@host:~/dir$", "root@box:/srv#" (the mark may stand alone after it),
// "PS>", "PS C:\dir>", "C:\Users\x>".
bool prompt(std::string_view t, std::string_view next) {
    if (t.empty()) return false;
    const char end = t.back();
    const bool mark = end == '$' || end == '#' || end == '%' || end == '>';
    const bool mark_next = next.size() == 1 && (next[0] == '$' || next[0] == '#' || next[0] == '%' || next[0] == '>');
    if (!mark && !mark_next) return false;  // every shape below closes on a mark (most tokens: no search)
    const std::size_t at = t.find('@'), colon = t.find(':', at == std::string_view::npos ? 0 : at);
    if (at != std::string_view::npos && at > 0 && colon != std::string_view::npos && colon > at + 1 && (mark || mark_next)) {
        const char after = colon + 1 < t.size() ? t[colon + 1] : '\0';
        return after == '~' || after == '/' || (mark_next && colon + 1 == t.size()) || (mark && colon + 2 == t.size());
    }
    if (end != '>') return false;
    const std::size_t drive = t.find(":\\");  // "C:\dir>", "PS C:\dir>" (its "PS" is the token before)
    if (drive != std::string_view::npos && drive > 0 && ascii_letter(t[drive - 1])) return true;
    return t.size() >= 3 && t.size() <= 4 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'A' && t[1] <= 'Z';  // "PS>"
}

// An argument of a command line: a flag ("-x", "--name=3"), a path, a name=value, a number.
bool argument(std::string_view t) {
    if (t.size() >= 2 && t[0] == '-' && (ascii_letter(t[1]) || (t[1] == '-' && t.size() > 2))) return true;
    if (t.find('/') != std::string_view::npos || t.find('\\') != std::string_view::npos) return true;
    if (t.find('=') != std::string_view::npos) return true;
    return false;
}

}  // namespace

void find_records(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        // A record opens on a name ending in ':' (the token's last byte, whatever is glued
        // before it): most tokens do not, and need no look at their bytes.
        if (text[toks[k].e - 1] != ':') continue;
        // The first name may be glued behind a word of another alphabet or a mark ("sardinas,"
        // "décadanacpa:"): the record starts after the last byte that no identifier has.
        std::uint32_t skip = 0;
        {
            const std::string_view t = tok(k);
            std::size_t p = t.size();
            while (p > 0 && (ascii_letter(t[p - 1]) || ascii_digit(t[p - 1]) || std::string_view("_-.:").find(t[p - 1]) != std::string_view::npos)) --p;
            if (p > 0 && p + 3 <= t.size() && ascii_lower(t[p])) skip = static_cast<std::uint32_t>(p);
        }
        // Pairs in a row: "name:" then one value token ending the pair with ',' or ';' (the last
        // pair may end the run without it). A value followed by more words ("2 kg") is prose.
        // A text format parts its pairs by spaces alone ("id: 7 slug: \"a\" flags: 0x1f", a
        // protocol buffer's or a config dump's): a value with no mark goes on when a name
        // follows it, and such a run needs three pairs.
        auto is_name = [&](std::size_t j, std::uint32_t from) {
            const std::string_view name = tok(j).substr(from);
            return name.size() >= 2 && name.back() == ':' && identifier(name.substr(0, name.size() - 1));
        };
        std::size_t j = k, pairs = 0, last = k;
        bool spaced = false;
        while (j + 1 < n) {
            if (!is_name(j, j == k ? skip : 0)) break;
            const std::string_view raw = tok(j + 1);
            const std::string_view value = strip_tail(raw);
            if (!record_value(value) || toks[j + 1].sentence_end) break;
            ++pairs;
            last = j + 1;
            j += 2;
            if (value.size() == raw.size()) {  // no ',' or ';': the record ends here, unless a name follows
                if (j + 1 >= n || !is_name(j, 0)) break;
                spaced = true;
            }
        }
        if (pairs < (spaced ? 3u : 2u)) continue;
        // A message's braces around its pairs ("article { … }"): its name and '{' before, the
        // '}' after, go with it.
        std::size_t lo = k;
        if (skip == 0 && k >= 1 && tok(k - 1) == "{") lo = k >= 2 && identifier(tok(k - 2)) ? k - 2 : k - 1;
        while (lo < k && last + 1 < n && tok(last + 1) == "}") ++last;
        // The names the prose uses, asked of a record alone (the document's words are gathered on
        // first ask): the pairs' names stand at k, k + 2, ...
        std::size_t known = 0;
        for (std::size_t i = 0; i < pairs; ++i) {
            const std::string_view name = i == 0 ? tok(k).substr(skip) : tok(k + 2 * i);
            const std::string w(name.substr(0, name.size() - 1));
            known += known_word && w.size() >= 3 && known_word(w) >= 2;
        }
        if (known * 2 < pairs) {
            spans.push_back({lo, last, lo == k ? skip : 0});
            k = last;
        }
    }
}

// A record's fields flattened into one line of text, a front matter without its line breaks
// ("titel: Die Fähre slug: die-faehre tags: [a, b] draft: true"): three or more names with a
// colon, each over one to three value tokens, the last over one, the whole a segment of its own
// (after a sentence or at the block's start, to the block's end or a sentence's start), names
// the prose does not use, and a value of a machine's shape among them (a slug joined by '-', a
// list in brackets, an identifier with '_' or '.', a date). Prose writes one label a sentence.
void find_flat_records(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto name = [&](std::size_t k) {
        const std::string_view t = tok(k);
        return t.size() >= 3 && t.back() == ':' && identifier(t.substr(0, t.size() - 1));
    };
    auto machine_value = [&](std::string_view v) {
        v = strip_tail(v);
        if (v.size() >= 2 && v.front() == '[') return true;
        const std::size_t dash = v.find('-');
        const bool slug = dash != std::string_view::npos && dash > 0 && dash + 1 < v.size() && identifier(v) && ascii_lower(v[dash + 1]);
        const bool joined = identifier(v) && v.find_first_of("_.") != std::string_view::npos;
        const bool date = v.size() == 10 && ascii_digit(v[0]) && v[4] == '-' && v[7] == '-';
        return slug || joined || date;
    };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        if (!name(k) || (k > 0 && !toks[k - 1].sentence_end)) continue;
        std::size_t j = k, names = 0, last = k, last_name = k;
        bool machine = false;
        while (j < n && name(j)) {
            ++names, last_name = j;
            // The values: up to the next name within three tokens, else one (the last pair).
            std::size_t v = j + 1;
            while (v < n && v <= j + 3 && !name(v) && !toks[v].sentence_end) ++v;
            const std::size_t values_end = v < n && name(v) ? v : std::min(j + 2, n);
            if (values_end == j + 1) break;
            for (std::size_t q = j + 1; q < values_end; ++q) machine = machine || machine_value(tok(q));
            last = values_end - 1;
            j = values_end;
            if (!(j < n && name(j))) break;
        }
        std::size_t first = 0;
        const bool segment_end = last + 1 == n || garbage_tokens::is_upper_cp(next_code_point(tok(last + 1), first));
        if (names < 3 || !machine || !segment_end) continue;
        // The names the prose uses, asked of a record alone (the document's words are gathered on
        // first ask): the names are the tokens of the walk above that have a name's shape (its
        // values have none).
        std::size_t known = 0;
        for (std::size_t q = k; q <= last_name; ++q)
            if (name(q)) {
                const std::string_view t = tok(q);
                const std::string w(t.substr(0, t.size() - 1));
                known += known_word && w.size() >= 3 && known_word(w) >= 2;
            }
        if (known * 2 < names) {
            spans.push_back({k, last, 0});
            k = last;
        }
    }
}

void find_addresses(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    // Every address has a digit, a colon or a dash (a MAC's hex letters): a plain word is none.
    auto is_address = [&](std::size_t k) { return toks[k].digits + toks[k].colons + toks[k].dashes > 0 && address(tok(k)); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (!is_address(k)) continue;
        std::size_t hi = k;
        while (hi + 1 < n && is_address(hi + 1)) ++hi;
        // One address with prose around it is a sentence about it (a report names the server
        // of an attack); a list of them in prose has its words between ("a, b and c"). Several
        // in a row, one glued to a word, or one alone in its block are a dump.
        const bool alone = k == 0 && hi + 1 == n;
        const std::string_view first = strip_tail(tok(k));
        const std::size_t at = ipv4_prefix(first);
        const bool glued = at != std::string_view::npos && at > 0;
        bool enumerated = false;
        for (std::size_t q = hi + 1; q < n && q <= hi + 2 && !enumerated; ++q) enumerated = is_address(q);
        if ((hi > k || alone || glued) && !enumerated) {
            spans.push_back({k, hi, glued ? static_cast<std::uint32_t>(at) : 0});
        }
        k = hi;
    }
}

void find_prompts(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    // Every prompt closes on a mark, in its token or alone after it: a text without one has
    // none, and a token k is read only when a mark stands in it or in token k + 1. (Where the
    // next mark stands, found by memchr once per mark, not asked of every token.)
    NextMark<4> marks(text, {'$', '#', '%', '>'});
    const auto next_mark_from = [&](std::size_t p) { return marks.from(p); };
    std::size_t next_mark = next_mark_from(0);
    if (next_mark == std::string_view::npos) return;
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto same_line = [&](std::size_t k) { return text.substr(toks[k - 1].e, toks[k].b - toks[k - 1].e).find('\n') == std::string_view::npos; };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (next_mark < toks[k].b) next_mark = next_mark_from(toks[k].b);
        if (next_mark >= toks[k + 1 < n ? k + 1 : k].e) continue;
        if (!prompt(tok(k), k + 1 < n ? tok(k + 1) : std::string_view{})) continue;
        std::size_t j = k + 1;
        if (j < n && tok(j).size() == 1 && std::string_view("$#%>").find(tok(j)[0]) != std::string_view::npos && same_line(j))
            ++j;  // the mark alone: "user@host:~ $"
        // The command, then its arguments to the line's end; a plain word after the arguments
        // is the sentence the line was pasted into. Without an argument it is not a command.
        // Plain ASCII words between arguments are its subcommands and operands ("systemctl
        // restart nginx && tail -n 2 /var/log/…"): up to three in a row, before an argument.
        if (j >= n || !same_line(j) || toks[j].sentence_end) continue;
        std::size_t hi = j, args = 0;
        for (std::size_t q = j + 1, plain = 0; q < n && same_line(q) && plain <= 3; ++q) {
            const std::string_view a = strip_tail(tok(q));
            if (argument(a)) {
                hi = q, ++args, plain = 0;
                continue;
            }
            if (a == "&&" || a == "||" || a == "|" || a == ";") {  // the next command of a chain
                plain = 0;
                continue;
            }
            if (toks[q].sentence_end || toks[q].non_latin > 0 || a.empty() ||
                !std::all_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
                break;
            ++plain;
        }
        if (args == 0) continue;
        std::size_t lo = k;
        if (k > 0 && same_line(k) && tok(k - 1).size() <= 3 && toks[k - 1].upper == toks[k - 1].chars && tok(k).find(":\\") != std::string_view::npos)
            lo = k - 1;  // "PS C:\dir>"
        // A user's name is ASCII: letters of another script before it are the word it was glued to.
        std::uint32_t skip = 0;
        if (lo == k)
            for (std::uint32_t b = 0; b < tok(k).size() && tok(k)[b] != '@'; ++b)
                if (static_cast<unsigned char>(tok(k)[b]) >= 0x80) skip = b + 1;
        spans.push_back({lo, hi, skip});
        k = hi;
    }
}

}  // namespace winnow::detail::machine
