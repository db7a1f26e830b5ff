// What a program prints as text: log lines ("2024-03-05 10:00:00 ERROR worker.poll: …"), a
// server's error message in labelled parts ("ERROR: … DETAIL: …"), a message headed by labelled
// numbers ("Msg 208, Level 16, State 1, Line 3 …"). Passes of the trace marker (trace_marker.hpp).
#include <algorithm>
#include <string>

#include <utf8proc.h>

#include "filters/garbage_tokens.hpp"
#include "filters/trace_marker.hpp"
#include "filters/trace_tokens.hpp"

namespace winnow::detail::garbage_tokens {

using namespace trace;

// A log line: a date-time, a level, a logger's name with a colon; a date and a time alone are
// prose ("on 2010-09-03 18:08:46 local time:"), so the line needs a glued date-time or a
// key=value after the name.
void TraceMarker::log_lines() {
    for (std::size_t k = 0; k + 1 < n_; ++k) {
        bool with_time = false;
        if (!(toks_[k].marks & m_digit) || !log_date(tok_text(k), with_time)) continue;  // (a date has digits)
        std::size_t j = k + 1;
        if (!with_time) {
            if (!log_time(tok_text(j))) continue;
            ++j;
        }
        bool capitals = false;
        if (j < n_ && !logger_name(tok_text(j)) && tok_text(j).size() <= 8 &&
            std::all_of(tok_text(j).begin(), tok_text(j).end(), [](char c) { return is_alpha(c) || c == '[' || c == ']'; })) {
            capitals = std::none_of(tok_text(j).begin(), tok_text(j).end(), is_lower);
            ++j;  // the level
        }
        if (j >= n_ || !logger_name(tok_text(j))) continue;
        // Apart, a date and a time need a level in capitals or a name no word has ("io.pool:").
        const std::string_view name = tok_text(j);
        if (!with_time && !capitals && name.find_first_of("._0123456789") == std::string_view::npos) continue;
        std::size_t end = with_time ? j : n_;
        for (std::size_t q = j + 1; q < n_ && q <= j + 4 && !ends_sentence(tok_text(q)); ++q)
            if (key_value(tok_text(q))) end = q;
        if (end == n_) continue;
        mark_hard(k, end);
        k = end;
    }
}

namespace {

// A mark parting a line's fields, standing as a token of its own: "·", "•", "|".
bool field_separator(std::string_view t) { return t == "\u00B7" || t == "\u2022" || t == "|"; }

}  // namespace

// A server's error message in parts, each after a label in capitals ("ERROR:  duplicate key …
// DETAIL:  Key (id)=(7) already exists.", "ORA-00942: … ORA-06512: at …"): two labels or more
// in one sentence, each over its message, a digit, quote or code mark among them, from the first
// to the sentence's end (or the block's) within a few words of the last. One label is prose's
// too ("NOTE: the museum closes early."), and so is a headline's "UPDATE: UPDATE: …".
void TraceMarker::server_messages() {
    // (A label ends with its ':': a token without one is not read.)
    const auto label = [&](std::size_t k) { return (toks_[k].marks & m_colon) && capital_label(tok_text(k)); };
    for (std::size_t k = 0; k < n_; ++k) {
        if (!(toks_[k].marks & m_colon)) continue;
        if (const std::size_t end = coded_message(k); end != n_) {
            k = end;
            continue;
        }
        if (!label(k)) continue;
        // Labels of their own kinds, each over a message ("UPDATE: UPDATE: …" is a headline's
        // stutter), and a machine's token somewhere: a digit, a quote, '_', '=', '(' or '/'.
        std::size_t labels = 1, last = k, end = n_;
        bool machine = false;
        std::size_t listed = 0;  // the label after a separator, if any
        // The last label or separator, and whether every field parted so far is short.
        std::size_t field = k;
        bool short_fields = true;
        for (std::size_t j = k + 1; j < n_ && j - last <= 16; ++j) {
            const std::string_view t = tok_text(j);
            if (field_separator(t)) {
                short_fields = short_fields && j - field <= 4;
                field = j;
            }
            if (label(j)) {
                if (j == last + 1 || t == tok_text(last)) break;
                // A label right after a field's separator, every field before it of three
                // tokens at most, is a record's next field: a spec line ("CPU: M3 • RAM: 16 GB
                // • AF: 425 points • EVF: 3.69 M"), not a message's next part (a message runs
                // to words).
                if (field == j - 1 && short_fields) {
                    listed = j;
                    break;
                }
                ++labels, last = j, field = j;
            } else {
                machine = machine || t.find_first_of("0123456789\"'_=(/") != std::string_view::npos;
            }
            if (ends_sentence(t)) {
                end = j;
                break;
            }
        }
        if (end == n_ && n_ - 1 - last <= 16 && last + 1 < n_) end = n_ - 1;
        // (A chain that fails fails from any label inside it too: the scan goes on after it.)
        if (listed != 0) {
            k = listed - 1;  // (the scan goes on from that field: its own chain is read alike)
            continue;
        }
        if (labels < 2 || end == n_ || end == last || !machine) {
            k = last;
            continue;
        }
        mark_hard(k, end);
        k = end;
    }
}

// A label carrying an error code ("SQLSTATE[HY000]:", "ORA-00904:"; a code of five characters
// or in brackets) opens a message alone when the message has a part labelled in turn within its
// first six words ("General error: 2006 …", "\"COL\": invalid …") and a machine's token (a
// digit, quote, '_', '=', '(' or '/'): from the label, glued behind a stop or a word of another
// script too, to its last machine token, no stop between and no gap of more than six words. A
// standard's number before a title ("ISO-9001: quality …") has a short code and no sub-label.
std::size_t TraceMarker::coded_message(std::size_t k) {
    std::string_view t = tok_text(k);
    std::size_t at = 0;  // where the label starts in its token
    for (std::size_t q = t.size(); q-- > 1;)
        if (is_upper(t[q]) && (is_terminal(t[q - 1]) || static_cast<unsigned char>(t[q - 1]) >= 0x80)) {
            at = q;
            break;
        }
    t.remove_prefix(at);
    if (!coded_label(t)) return n_;
    std::size_t last = n_, sub = n_;
    for (std::size_t j = k + 1; j < n_ && j <= k + 24; ++j) {
        const std::string_view w = tok_text(j);
        if (capital_label(w)) return n_;  // labels in a chain: the chain's rule below
        if (j <= k + 6 && sub == n_ && w.size() >= 2 && w.back() == ':') sub = j;
        if (w.find_first_of("0123456789\"'_=(/") != std::string_view::npos) last = j;
        else if (j > (last == n_ ? k : last) + 6) break;
        if (ends_sentence(w)) break;
    }
    if (sub == n_ || last == n_ || last < sub) return n_;
    mark_hard(k, last);
    toks_[k].cut = static_cast<std::uint32_t>(at);
    return last;
}

namespace {

// A label a runtime prints in lower case before its message ("panic:", "error:", "fatal:"):
// ASCII letters and a colon.
bool lower_label(std::string_view t) {
    if (t.size() < 4 || t.size() > 13 || t.back() != ':') return false;
    return std::all_of(t.begin(), t.end() - 1, is_lower);
}

// A machine's field inside a record: "code=0x1", "addr=0xc0", "0x7f3a".
bool machine_field(std::string_view t) {
    while (!t.empty() && (t.back() == ']' || t.back() == '.' || t.back() == ',')) t.remove_suffix(1);
    if (!t.empty() && t.front() == '[') t.remove_prefix(1);
    return key_value(t) || (t.size() >= 3 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') && std::all_of(t.begin() + 2, t.end(), is_hex));
}

}  // namespace

// A runtime's crash line ("panic: runtime error: invalid memory address or nil pointer
// dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0]"): a lower-case label,
// a second one within three words, the message, and a bracketed record of a machine's fields (a
// key=value or a hex number) closing it within sixteen words, no stop between; from the first
// label to the record's end, glued into a sentence too. Prose's "note: …" has no second label
// and no record of fields after it.
void TraceMarker::crash_lines() {
    for (std::size_t k = 0; k + 3 < n_; ++k) {
        if (!(toks_[k].marks & m_colon)) continue;
        // The first label may be glued behind a stop or a word of another script
        // ("Jakarta.panic:", "ที่ผุพังpanic:"): it starts after them, they stay.
        const std::string_view first = tok_text(k);
        std::size_t at = first.size() - (first.back() == ':' ? 1 : 0);
        while (at > 0 && is_lower(first[at - 1])) --at;
        if (at > 0 && !is_terminal(first[at - 1]) && static_cast<unsigned char>(first[at - 1]) < 0x80) continue;
        if (!lower_label(first.substr(at))) continue;
        std::size_t second = n_;
        for (std::size_t j = k + 1; j < n_ && j <= k + 3; ++j) {
            const std::string_view t = tok_text(j);
            if (ends_sentence(t)) break;
            if (t.back() == ':') {
                if (lower_label(t)) second = j;
                break;
            }
        }
        if (second == n_) continue;
        std::size_t open = n_, close = n_;
        bool fields = false;
        for (std::size_t j = second + 1; j < n_ && j <= second + 16; ++j) {
            const std::string_view t = tok_text(j);
            if (open == n_ && t.front() == '[') open = j;
            if (open == n_) {
                if (ends_sentence(t)) break;
                continue;
            }
            fields = fields || machine_field(t);
            if (t.find(']') != std::string_view::npos) {
                if (fields) {
                    close = j;
                    break;
                }
                open = n_;  // an index in brackets ("out of range [5]"): the record may follow
                continue;
            }
            if (j - open >= 8) break;
        }
        if (close == n_ || !fields) continue;
        mark_hard(k, close);
        toks_[k].cut = static_cast<std::uint32_t>(at);
        // Text glued after the record's ']' (a script written without spaces) is not the
        // record's: the token ends at its bracket, the rest stays out of the run.
        const std::string_view last = tok_text(close);
        toks_[close].e = toks_[close].b + static_cast<std::uint32_t>(last.find(']') + 1);
        k = close;
    }
}

namespace {

// A word a program prints as a field's label before its number ("Msg", "Level", "Niveau",
// "État"): letters only, of any script, the first a capital.
bool number_label(std::string_view t) {
    if (t.size() < 2 || t.size() > 16) return false;
    // An ASCII first byte is its code point: no decoding for the tokens of Latin prose.
    if (static_cast<unsigned char>(t.front()) < 0x80 && !is_upper(t.front())) return false;
    utf8proc_int32_t first = 0;
    if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data()), static_cast<utf8proc_ssize_t>(t.size()), &first) <= 0 ||
        !is_upper_cp(static_cast<char32_t>(first)))
        return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// A field's number: digits, a comma after it when another field follows.
bool field_number(std::string_view t, bool& comma) {
    comma = !t.empty() && t.back() == ',';
    if (comma) t.remove_suffix(1);
    return !t.empty() && t.size() <= 6 && std::all_of(t.begin(), t.end(), is_dig);
}

}  // namespace

// A message headed by four or more labelled numbers in a fixed rhythm ("Msg 208, Level 16,
// State 1, Line 3 Invalid object name 'x'."): each label a different capitalized word, each
// number but the last followed by a comma, then the message to its sentence's end with a
// machine's token in it (a quote, '_', '=', '(' or a dot inside a word). Prose names one or two
// such fields ("level 16"), and an address spelled out in full has no such message after it.
void TraceMarker::numbered_labels() {
    for (std::size_t k = 0; k + 7 < n_; ++k) {
        std::size_t pairs = 0, j = k;
        bool comma = true, open = true;
        bool next_comma = false;
        // (A field's number is digits: a label without one after it is not read.)
        while (open && j + 1 < n_ && (toks_[j + 1].marks & m_digit) && number_label(tok_text(j)) &&
               field_number(tok_text(j + 1), next_comma)) {
            for (std::size_t q = k; q < j; q += 2)
                if (tok_text(q) == tok_text(j)) open = false;
            if (!open) break;
            comma = next_comma;
            ++pairs, j += 2;
            if (!comma) break;
        }
        if (pairs < 4 || comma || !open) continue;
        std::size_t end = n_;
        bool machine = false;
        for (std::size_t q = j; q < n_ && q <= j + 16; ++q) {
            const std::string_view t = tok_text(q);
            const std::size_t dot = t.find('.');
            machine = machine || t.find_first_of("\"'_=(") != std::string_view::npos ||
                      (dot != std::string_view::npos && dot > 0 && dot + 1 < t.size() && is_alpha(t[dot + 1]));
            if (ends_sentence(t) || q + 1 == n_) {
                end = q;
                break;
            }
        }
        if (end == n_ || !machine) continue;
        mark_hard(k, end);
        k = end;
    }
}

}  // namespace winnow::detail::garbage_tokens
