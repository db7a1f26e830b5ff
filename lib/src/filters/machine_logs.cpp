// Lines of the two common server log formats, decided as a whole over the tokens of
// filters/machine_text.cpp: a syslog line ("Mmm dd hh:mm:ss host tag[pid]: message", RFC 3164)
// and an access-log line ("address ident user [dd/Mmm/yyyy:hh:mm:ss zone] "request" status size",
// the Common and Combined Log Formats). Each part alone is prose (a time, a number, an address);
// the fixed sequence of their shapes is not. Shape only: no month, host, method or process is
// listed. A line opened by a quote mark is quoted in a sentence (a report about the log) and stays.
#include <string>

#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

bool all_digits(std::string_view t, std::size_t min, std::size_t max) {
    if (t.size() < min || t.size() > max) return false;
    for (char c : t)
        if (!digit(c)) return false;
    return true;
}

// A time of day with seconds alone: "03:12:55".
bool clock(std::string_view t) {
    return t.size() == 8 && digit(t[0]) && digit(t[1]) && t[2] == ':' && digit(t[3]) && digit(t[4]) && t[5] == ':' && digit(t[6]) &&
           digit(t[7]);
}

// Where a capitalised word of three letters ends the token ("Nov": 0, "heures.Nov": 7), or npos:
// the syslog stamp's month, maybe glued behind the end mark of the sentence it was pasted after.
std::size_t short_capital_tail(std::string_view t) {
    if (t.size() < 3) return std::string_view::npos;
    const std::size_t p = t.size() - 3;
    if (!upper(t[p]) || !lower(t[p + 1]) || !lower(t[p + 2])) return std::string_view::npos;
    if (p > 0 && t[p - 1] != '.' && t[p - 1] != '!' && t[p - 1] != '?') return std::string_view::npos;
    return p;
}

// A syslog tag: "name[pid]:" or "name:" (name: a letter, then letters, digits, "_-./").
bool syslog_tag(std::string_view t, bool& pid) {
    if (t.size() < 2 || t.back() != ':' || !(lower(t[0]) || upper(t[0]))) return false;
    t.remove_suffix(1);
    pid = false;
    if (t.back() == ']') {
        const std::size_t open = t.rfind('[');
        if (open == std::string_view::npos || !all_digits(t.substr(open + 1, t.size() - open - 2), 1, 7)) return false;
        t = t.substr(0, open);
        pid = true;
    }
    for (char c : t)
        if (!lower(c) && !upper(c) && !digit(c) && c != '_' && c != '-' && c != '.' && c != '/') return false;
    return !t.empty();
}

// "[81234.552]", "[" "512.004]": a kernel's seconds since boot, maybe padded inside.
bool bracketed_number(std::string_view t, std::string_view next) {
    if (t == "[") t = next;
    else if (t.size() >= 3 && t.front() == '[') t.remove_prefix(1);
    else return false;
    if (t.size() < 2 || t.back() != ']') return false;
    for (char c : t.substr(0, t.size() - 1))
        if (!digit(c) && c != '.') return false;
    return true;
}

// IPv4 from `p` to the token's end ("198.51.100.42"), without a port.
bool ipv4_from(std::string_view t, std::size_t p) {
    for (int part = 0; part < 4; ++part) {
        if (part > 0 && (p >= t.size() || t[p++] != '.')) return false;
        const std::size_t d = p;
        while (p < t.size() && digit(t[p]) && p - d < 3) ++p;
        if (p == d) return false;
    }
    return p == t.size();
}

// "[03/Mar/2024:17:22:10": the access log's bracketed stamp (the zone may follow apart).
bool bracketed_stamp(std::string_view t, const TokenStats& s) {
    return t.size() >= 21 && t.front() == '[' && s.digits >= 12 && s.colons >= 3 && s.slashes == 2;
}

bool opening_quote(std::string_view before) {
    for (std::string_view q : {"\"", "'", "\u00AB", "\u201C", "\u201E", "\u2018", "\u300C", "("})
        if (before.size() >= q.size() && before.substr(before.size() - q.size()) == q) return true;
    return false;
}

}  // namespace

void find_log_records(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto same_line = [&](std::size_t k) { return text.substr(toks[k - 1].e, toks[k].b - toks[k - 1].e).find('\n') == std::string_view::npos; };
    // What stands right before a line's first token (its glued part, else the token before).
    auto quoted = [&](std::size_t k, std::size_t skip) {
        if (skip > 0) return opening_quote(tok(k).substr(0, skip));
        return k > 0 && same_line(k) && opening_quote(tok(k - 1));
    };
    // The message: to the line's end when no sentence ends on the rest of it (a message has no
    // full stop; a sentence pasted after it has). Else to its last piece of machine shape
    // (digits, code marks, a path), then plain words only when the line ends within three of
    // them. Letters of another script than Latin end it: in a token that opens in ASCII, they and
    // what follows stay (`keep`), the clause of a script without spaces.
    auto message_end = [&](std::size_t q, std::uint32_t& keep) {
        keep = 0;
        std::size_t stop = q;  // the line's end or the first token in another script
        bool sentence = false;
        // (A message is short: past 64 tokens the line is read as prose going on, which also
        // keeps a line of many stamps to one pass.)
        while (stop < toks.size() && same_line(stop) && toks[stop].non_latin == 0 && stop < q + 64) sentence |= toks[stop++].sentence_end;
        if (stop == q + 64 && stop < toks.size() && same_line(stop)) sentence = true;
        auto foreign_tail = [&](std::size_t hi) {
            if (stop >= toks.size() || !same_line(stop) || hi + 1 != stop) return hi;
            const std::string_view t = tok(stop);
            std::size_t ascii = 0;
            while (ascii < t.size() && static_cast<unsigned char>(t[ascii]) < 0x80) ++ascii;
            if (ascii == 0) return hi;
            keep = static_cast<std::uint32_t>(t.size() - ascii);
            return stop;
        };
        if (!sentence) return foreign_tail(stop - 1);
        std::size_t hi = q - 1;
        for (std::size_t e = q; e < stop && e - hi <= 3; ++e)
            if (toks[e].digits > 0 || toks[e].code > 0 || toks[e].slashes > 0) hi = e;
        return stop - 1 - hi <= 3 && (stop >= toks.size() || !same_line(stop)) ? stop - 1 : hi;
    };
    // A quoted field: from `q` (opening with '"') to the token that closes it, within `most`.
    auto quoted_field = [&](std::size_t q, std::size_t most) -> std::size_t {
        if (q >= toks.size() || !same_line(q) || tok(q).front() != '"') return std::string_view::npos;
        for (std::size_t e = q; e < toks.size() && e < q + most && same_line(e); ++e)
            if (tok(e).back() == '"' && (e > q || tok(e).size() >= 2)) return e;
        return std::string_view::npos;
    };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        // Syslog: month, day, clock, host, tag, message.
        if (k + 3 < n && clock(tok(k + 2)) && all_digits(tok(k + 1), 1, 2)) {
            const std::size_t month = short_capital_tail(tok(k));
            bool pid = false;
            if (month != std::string_view::npos && same_line(k + 1) && same_line(k + 2) && same_line(k + 3) && !toks[k + 3].sentence_end &&
                k + 4 < n && same_line(k + 4) && syslog_tag(tok(k + 4), pid) && !quoted(k, static_cast<std::uint32_t>(month)) &&
                (pid || (k + 5 < n && bracketed_number(tok(k + 5), k + 6 < n ? tok(k + 6) : std::string_view{})))) {
                std::uint32_t keep = 0;
                const std::size_t hi = message_end(k + 5, keep);
                spans.push_back({k, hi, static_cast<std::uint32_t>(month), keep});
                k = hi;
                continue;
            }
        }
        // Access log: address, two fields ("-" or a name), bracketed stamp, maybe its zone, the
        // quoted request, status and size, then maybe quoted referrer and agent.
        if (k + 7 < n && toks[k].digits >= 4 && toks[k].dots >= 3 && bracketed_stamp(tok(k + 3), toks[k + 3])) {
            const std::string_view first = tok(k);
            std::size_t at = 0;
            while (at < first.size() && !digit(first[at])) ++at;
            // (Glued behind a sentence: "macine.198.51.100.42".)
            if (at > 0 && first[at - 1] != '.') continue;
            if (!ipv4_from(first, at) || quoted(k, static_cast<std::uint32_t>(at))) continue;
            bool fields = true;
            for (std::size_t q = k + 1; q <= k + 3; ++q) fields &= same_line(q);
            fields &= tok(k + 1).size() <= 32 && tok(k + 2).size() <= 32 && !toks[k + 1].sentence_end && !toks[k + 2].sentence_end;
            if (!fields) continue;
            std::size_t q = k + 4;
            if (q < n && same_line(q) && tok(q).size() == 6 && (tok(q)[0] == '+' || tok(q)[0] == '-') && tok(q).back() == ']') ++q;
            const std::size_t close = quoted_field(q, 4);
            if (close == std::string_view::npos || close + 2 >= n || !same_line(close + 1) || !all_digits(tok(close + 1), 3, 3) ||
                !same_line(close + 2))
                continue;
            const std::string_view size = tok(close + 2);
            if (size != "-" && !all_digits(size, 1, 12)) continue;
            std::size_t hi = close + 2;
            for (int field = 0; field < 2; ++field) {  // referrer and agent
                const std::size_t e = quoted_field(hi + 1, 16);
                if (e == std::string_view::npos) break;
                hi = e;
            }
            spans.push_back({k, hi, static_cast<std::uint32_t>(at)});
            k = hi;
        }
    }
}

}  // namespace winnow::detail::machine
