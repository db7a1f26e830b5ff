// Error traces and log lines inside text: stack frames, error messages naming a source file
// and line, log-level tags, a serializer's empty values. Their words are ordinary one by one
// ("at", "line", "on"); it is the source position or the level tag that makes them debris.
// Log lines and server messages are program_messages.cpp's passes; the token shapes are in
// trace_tokens.cpp.
#include <algorithm>
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/trace_marker.hpp"
#include "filters/trace_tokens.hpp"

namespace winnow::detail::garbage_tokens {

using namespace trace;

// A call opened and closed within a few tokens.
void TraceMarker::calls() {
    for (std::size_t k = 0; k < n_; ++k) {
        if (!(toks_[k].marks & m_paren)) continue;  // (a call opens with '(')
        const std::size_t at = call_opening(tok_text(k));
        if (at == std::string_view::npos) continue;
        for (std::size_t j = k; j < n_ && j <= k + 6; ++j)
            if (closes_call(tok_text(j))) {
                mark_hard(k, j);
                toks_[k].cut = static_cast<std::uint32_t>(at);
                break;
            }
    }
}

// "at Object.<anonymous> (/app/index.js:10:15)": a stack frame, from its "at" on (k + 1 is the
// source position). Where its "at" is, or npos.
std::size_t TraceMarker::stack_frame(std::size_t k) {
    for (std::size_t j = k + 1; j-- > 0 && k + 1 - j <= 3;)
        if (tok_text(j) == "at") {
            mark_hard(j, k + 1);
            return j;
        }
    // The frame's "at" glued behind the word before it ("undat ra.run(Main.java:82)"): the
    // frame goes from its "at", the word's letters stay.
    for (std::size_t j = k + 1; j-- > 0 && k + 1 - j <= 2;) {
        const std::string_view w = tok_text(j);
        if (w.size() >= 4 && w.ends_with("at") && std::all_of(w.begin(), w.end(), [](char c) {
                return is_lower(c) || c == '\'' || static_cast<unsigned char>(c) >= 0x80;
            })) {
            mark_hard(j, k + 1);
            toks_[j].cut = static_cast<std::uint32_t>(w.size() - 2);
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

// The line a trace opens with, before its first frame at `at`: the exception's type and its
// message ("java.lang.IllegalStateException: closed", "Uncaught ReferenceError: $ is not
// defined"), within the frame's sentence, with the few words before the type that open its
// segment ("Exception in thread \"main\" …").
void TraceMarker::exception_head(std::size_t at) {
    std::size_t type = n_;
    std::size_t glued = 0;
    // (A message may end on its own stop right before the frame, .NET's "… of an object. at …".)
    for (std::size_t j = at; j-- > 0 && at - j <= 24;) {
        if (ends_sentence(tok_text(j)) && j + 1 < at) break;
        if (exception_type(tok_text(j))) type = j, glued = 0;
        else if (const std::size_t g = glued_type(tok_text(j)); g != 0) type = j, glued = g;
    }
    if (type == n_) {
        log_head(at);
        return;
    }
    // Glued behind the last word of a sentence in another script ("…ზაფხულში.java.io.EOFException:"):
    // the type starts the trace, the sentence stays.
    if (glued != 0) {
        mark_hard(type, at - 1);
        toks_[type].cut = static_cast<std::uint32_t>(glued);
        return;
    }
    std::size_t from = type;
    while (from > 0 && type - from < 4 && !ends_sentence(tok_text(from - 1))) --from;
    if (from > 0 && !ends_sentence(tok_text(from - 1))) from = type;  // not the segment's start
    mark_hard(from, at - 1);
}

// An exception's type glued behind text of another script and maybe its stop ("…ቀን።TypeError:",
// "…году.java.io.EOFException:"): where the type starts in the token, or 0. (Behind a Latin
// word the stop and a package name cannot be told apart: "village.com.shop.X:".)
std::size_t TraceMarker::glued_type(std::string_view t) {
    if (t.size() < 8 || t.back() != ':' || static_cast<unsigned char>(t.front()) < 0x80) return 0;
    std::size_t at = t.size();
    while (at > 0 && static_cast<unsigned char>(t[at - 1]) < 0x80) --at;
    if (at == 0) return 0;
    while (at < t.size() && is_terminal(t[at])) ++at;
    return at < t.size() && is_alpha(t[at]) && exception_type(t.substr(at)) ? at : 0;
}

// "thread 'worker' panicked at 'index out of range', src/queue.rs:88:14": a runtime's panic
// whose message is quoted between the "at" and the source position after it, on the same
// sentence; with the three tokens before the "at" when they are a word, a quoted name and a word
// (glued behind a stop or another script's word too). Where the panic starts, or n_.
std::size_t TraceMarker::quoted_panic(std::size_t pos) {
    if (pos < 3) return n_;
    const std::string_view close = tok_text(pos - 1);
    if (close.size() < 2 || close.back() != ',' || (close[close.size() - 2] != '\'' && close[close.size() - 2] != '"')) return n_;
    const char quote = close[close.size() - 2];
    std::size_t at = n_;
    for (std::size_t j = pos - 1; j-- > 1 && pos - j <= 24;) {
        const std::string_view w = tok_text(j);
        if (w.front() == quote && tok_text(j - 1) == "at") {
            at = j - 1;
            break;
        }
        if (ends_sentence(w)) return n_;
    }
    if (at == n_) return n_;
    std::size_t from = at;
    std::uint32_t cut = 0;
    if (at >= 3) {
        const std::string_view name = tok_text(at - 2), verb = tok_text(at - 1);
        std::string_view lead = tok_text(at - 3);
        std::size_t start = lead.size();
        while (start > 0 && is_lower(lead[start - 1])) --start;
        const bool word_start = start == 0 || is_terminal(lead[start - 1]) || static_cast<unsigned char>(lead[start - 1]) >= 0x80;
        if (name.size() >= 3 && name.front() == quote && name.back() == quote && std::all_of(verb.begin(), verb.end(), is_lower) &&
            start < lead.size() && word_start) {
            from = at - 3;
            cut = static_cast<std::uint32_t>(start);
        }
    }
    mark_hard(from, pos);
    toks_[from].cut = cut;
    return from;
}

// "NoMethodError (undefined method `x' for nil:NilClass): app/views/show.html.erb:62": an
// error's name in camel case (a capital, a small letter, a capital inside), then its message in
// parentheses or after its colon, then the source position, within sixteen tokens and one
// sentence, no frame's "at": from the name (glued behind a stop or another script's word too)
// to the position.
void TraceMarker::named_error_before(std::size_t pos) {
    for (std::size_t j = pos; j-- > 0 && pos - j <= 16;) {
        std::string_view t = tok_text(j);
        if (j + 1 < pos && ends_sentence(t)) return;
        std::size_t at = 0;
        for (std::size_t q = t.size(); q-- > 1;)
            if (is_upper(t[q]) && (is_terminal(t[q - 1]) || static_cast<unsigned char>(t[q - 1]) >= 0x80)) {
                at = q;
                break;
            }
        t.remove_prefix(at);
        const bool colon = !t.empty() && t.back() == ':';
        if (colon) t.remove_suffix(1);
        if (t.size() < 6 || !is_upper(t.front()) || !std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_dig(c); }))
            continue;
        bool camel = false;
        for (std::size_t q = 2; q < t.size(); ++q) camel = camel || (is_upper(t[q]) && is_lower(t[q - 1]));
        if (!camel || !(colon || (j + 1 < pos && tok_text(j + 1).front() == '('))) continue;
        mark_hard(j, pos);
        toks_[j].cut = static_cast<std::uint32_t>(at);
        return;
    }
}

// A logger's header right before a frame, from its segment's start: "ERROR 2026-03-01
// 12:30:07 [main] at …" (a level in capitals, a date, a time, a thread in brackets; a date or a
// time among them). A frame is never prose, and nor is what a logger prints before it.
void TraceMarker::log_head(std::size_t at) {
    std::size_t from = at;
    bool dated = false, timed = false, level = false;
    while (from > 0 && at - from < 5) {
        const std::string_view w = tok_text(from - 1);
        bool with_time = false;
        const bool date = log_date(w, with_time), time = log_time(w);
        const bool thread = w.size() >= 3 && w.size() <= 24 && w.front() == '[' && w.back() == ']';
        const bool tag = all_caps(w) || is_log_tag(w);
        if (!date && !time && !thread && !tag) break;
        dated = dated || date;
        timed = timed || time || with_time;
        level = level || tag;
        --from;
    }
    // (Glued inside a sentence, the whole header: a level, a date and a time.)
    const bool whole = dated && timed && level;
    if (!(dated || timed) || from == at || (from > 0 && !whole && !ends_sentence(tok_text(from - 1)))) return;
    mark_hard(from, at - 1);
}

// The exception a trace ends with, after its last frame (Python's: "… in wsgi_app ValueError:
// invalid literal …"): its type right after the frame, or after a chained cause's label of one
// or two words without digits ("Caused by:", "--->"), its message to the block's end when no
// sentence ends there.
void TraceMarker::exception_tail(std::size_t end) {
    if (end + 1 >= n_ || n_ - end > 24) return;
    std::size_t type = end + 1;
    while (type < n_ && type <= end + 2 && !exception_type(tok_text(type)) && !has_digit(tok_text(type)) &&
           !ends_sentence(tok_text(type)) && tok_text(type).size() <= 8)
        ++type;
    if (type >= n_ || !exception_type(tok_text(type))) return;
    // The message ends before a word that opens on a letter of a script other than Latin: a
    // runtime writes its message in ASCII (a value it names is quoted or bracketed), so such a
    // word is the sentence the trace was pasted into going on ("… KeyError: 'x1' νησί θα …").
    std::size_t last = n_ - 1;
    for (std::size_t j = type + 1; j < n_; ++j) {
        std::size_t p = 0;
        const std::string_view t = tok_text(j);
        const char32_t cp = next_code_point(t, p);
        if (is_letter(cp) && script_of(cp) != script_latin) {
            last = j - 1;
            break;
        }
    }
    for (std::size_t j = end + 1; j + 1 < n_ && j < last; ++j)
        if (ends_sentence(tok_text(j))) return;
    mark_hard(end + 1, last);
}

// The level label of an error message before its source file at k ("Warning:", "Traceback"),
// within sixteen tokens (a message of a dozen words: "Trying to access array offset on value of
// type null in …") and the same sentence: where the message starts (k if none) and, in cut,
// where the label starts in its token (glued behind a word or a sentence's stop).
std::size_t TraceMarker::level_label_before(std::size_t k, std::uint32_t& cut) const {
    for (std::size_t j = k; j-- > 0 && k - j <= 16;) {
        std::string_view label = tok_text(j);
        if (ends_sentence(label)) break;
        while (!label.empty() && label.back() == ':') label.remove_suffix(1);
        // The label may be glued behind the word before it ("cavesWarning:", "earlyE_WARNING"):
        // it starts at its capital, after lower-case or non-ASCII letters.
        std::size_t at = 0;
        for (std::size_t q = label.size(); q-- > 1;)
            if (is_upper(label[q]) && (is_lower(label[q - 1]) || static_cast<unsigned char>(label[q - 1]) >= 0x80 ||
                                       (q >= 2 && is_terminal(label[q - 1]) && !is_space(label[q - 2]) && !is_terminal(label[q - 2])))) {
                at = q;
                break;
            }
        const std::string_view level = label.substr(at);
        if (level == "Warning" || level == "Notice" || level == "Deprecated" || level == "Fatal" || level == "Error" ||
            level == "Exception" || level == "Traceback" || level == "Parse" || upper_snake(level)) {
            cut = static_cast<std::uint32_t>(at);
            // A capitals-only word before the label names what raised it ("PHP Warning:").
            return at == 0 && j > 0 && all_caps(tok_text(j - 1)) ? j - 1 : j;
        }
    }
    return k;
}

// "… in /var/www/app/single.php on line 42", "File \"app.py\", line 12": an error message
// naming a source line, from its level label on.
void TraceMarker::source_line_error(std::size_t k) {
    // The line's number may have a script without spaces glued after it ("143，只要…",
    // "53แม่ค้า…"): the number ends at its digits, the text after them stays.
    std::size_t glued = 0;
    const auto line_number = [&](std::size_t j) {
        const std::string_view t = tok_text(j);
        if (all_digits(t)) return true;
        std::size_t d = 0;
        while (d < t.size() && is_dig(t[d])) ++d;
        if (d == 0 || d == t.size() || static_cast<unsigned char>(t[d]) < 0x80) return false;
        glued = d;
        return true;
    };
    std::size_t end = n_;
    if (k + 3 < n_ && tok_text(k + 1) == "on" && tok_text(k + 2) == "line" && line_number(k + 3)) end = k + 3;
    else if (k + 2 < n_ && tok_text(k + 1) == "line" && line_number(k + 2)) end = k + 2;
    if (end == n_) return;
    if (glued > 0) toks_[end].e = toks_[end].b + static_cast<std::uint32_t>(glued);
    std::uint32_t cut = 0;
    std::size_t from = level_label_before(k, cut);
    // A quoted path is a frame of a trace ("File \"app.py\", line 12, in main"): the one word
    // that introduces it and, after the line's comma, the two that name the function go too.
    const std::string_view path = tok_text(k);
    if (from == k && k > 0 && (path.front() == '"' || path.front() == '\'') && intro_word(tok_text(k - 1))) from = k - 1;
    if (end == k + 2 && path.front() == '"' && tok_text(end).back() == ',' && end + 2 < n_ && short_word(tok_text(end + 1)) &&
        is_name(tok_text(end + 2)))
        end += 2;
    mark_hard(from, end);
    toks_[from].cut = cut;
    exception_tail(end);
}

// A trace's first line closing the block without its frames (they went as a block of their
// own): a few words at the segment's start, a qualified exception type
// ("java.lang.IllegalStateException:") and a message without a stop to the block's end.
void TraceMarker::exception_line() {
    if (n_ < 2 || n_ > 24) return;
    std::size_t from = n_;
    for (std::size_t k = n_; k-- > 0;)
        if (ends_sentence(tok_text(k))) {
            if (k + 1 == n_) return;  // the block ends on a sentence
            from = k + 1;
            break;
        }
    if (from == n_) from = 0;
    for (std::size_t j = from; j < n_ && j <= from + 4; ++j) {
        const std::string_view t = tok_text(j);
        if (exception_type(t) && t.find('.') != std::string_view::npos) {
            mark_hard(from, n_ - 1);
            return;
        }
    }
}

// A short word of any script (up to four letters, no capital): a frame's "at" or "in" as a
// runtime words them in another language ("bei", "dans", "в", "en").
bool TraceMarker::local_word(std::string_view t) {
    if (t.empty() || t.size() > 12) return false;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c < 0x80 && !is_lower(t[i])) return false;
        letters += (c & 0xC0) != 0x80;
    }
    return letters <= 4;
}

// After the call closing at `end`: a word, then a path to a source file with its line label
// glued and the line's number ("in C:\src\Page.cs:Zeile 42", "dans /app/Page.cs:ligne 42").
bool TraceMarker::net_file_line(std::size_t end) {
    if (end + 3 >= n_ || !local_word(tok_text(end + 1)) || !all_digits(tok_text(end + 3))) return false;
    const std::string_view path = tok_text(end + 2);
    const std::size_t colon = path.rfind(':');
    if (colon == std::string_view::npos || colon + 1 >= path.size() || path.find_first_of("/\\") == std::string_view::npos) return false;
    return is_source_file(path.substr(0, colon));
}

void TraceMarker::frames_and_values() {
    for (std::size_t k = 0; k + 1 < n_; ++k) {
        // "NaN undefined NaN": a serializer's empty values in a row
        if (nullish_length(k) && nullish_length(k + 1) && nullish(tok_text(k)) && nullish(tok_text(k + 1))) mark_hard(k, k + 1);
        // (A source position has a ':' before its line, a source file a '.' before its extension.)
        if ((toks_[k + 1].marks & m_colon) && source_position(tok_text(k + 1)) != std::string_view::npos) {
            if (const std::size_t at = stack_frame(k); at != std::string_view::npos) exception_head(at);
            else if (quoted_panic(k + 1) == n_) named_error_before(k + 1);
            exception_tail(k + 1);
        } else if ((toks_[k + 1].marks & m_dot) && (toks_[k + 1].marks & (m_paren | m_bracket)) &&
                   (tok_text(k) == "at" || local_word(tok_text(k))) && qualified_call(tok_text(k + 1))) {
            // (A qualified call holds dots and its '(' or '['; the marks say so before any word is read.)
            // A frame without a source file runs to the token closing its call.
            std::size_t end = k + 1;
            while (end < n_ && end <= k + 4 && tok_text(end).find(')') == std::string_view::npos) ++end;
            // A runtime speaking the reader's language words its frame in it ("bei …", "à …", "в …"):
            // with another word than "at" the frame must name its source file and line.
            if (end < n_ && end <= k + 4 && (tok_text(k) == "at" || net_file_line(end))) {
                // .NET's frame names its file after the call: "… in C:\src\LoanService.cs:line 57".
                if (end + 2 < n_ && local_word(tok_text(end + 1)) &&
                    tok_text(end + 2).find_first_of("/\\") != std::string_view::npos && tok_text(end + 2).find('.') != std::string_view::npos) {
                    end += 2;
                    if (end + 1 < n_ && all_digits(tok_text(end + 1))) ++end;
                }
                // A separator line between its traces, framed by one rule of marks on both sides
                // ("--- End of inner exception stack trace ---").
                if (const std::string_view rule = end + 1 < n_ ? tok_text(end + 1) : std::string_view();
                    rule.size() >= 3 && rule.find_first_not_of(rule.front()) == std::string_view::npos && !is_alpha(rule.front()) &&
                    !is_dig(rule.front()))
                    for (std::size_t j = end + 2; j < n_ && j <= end + 10; ++j)
                        if (tok_text(j) == rule) {
                            end = j;
                            break;
                        }
                mark_hard(k, end);
                exception_head(k);
                exception_tail(end);
            }
        }
        if ((toks_[k].marks & m_dot) && is_source_file(tok_text(k))) source_line_error(k);
    }
}

void mark_error_traces(std::string_view text, std::vector<Tok>& toks, TraceScreens screens, const TokenCensus* census) {
    TraceMarker marker(text, toks);
    const bool screened = screens == TraceScreens::on;
    // A log line opens with a date and a numbered message holds four field numbers, each a token
    // with a digit: a block with fewer such tokens has none (the marks stay as read, the passes
    // change only the tokens' classes).
    std::size_t digit_tokens = 0;
    if (screened && census) digit_tokens = census->digit;
    else if (screened)
        for (const Tok& t : toks) digit_tokens += (t.marks & m_digit) != 0;
    if (!screened || digit_tokens > 0) marker.log_lines();
    // A call opens with '(' and a server's label ends with ':': a block without one has none.
    if (text.find('(') != std::string_view::npos) marker.calls();
    marker.frames_and_values();
    if (text.find(':') != std::string_view::npos) {
        marker.server_messages();
        marker.crash_lines();
    }
    if (!screened || digit_tokens >= 4) marker.numbered_labels();
    marker.exception_line();
}

}  // namespace winnow::detail::garbage_tokens