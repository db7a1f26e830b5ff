// Garbage runs: debris glued into otherwise good text, as byte ranges. Tokens are classified
// (filters/debris_tokens.cpp), error traces marked (filters/error_traces.cpp); a run starts at a
// hard token and takes the odd tokens next to it; enclosed debris, shortcodes and machine runs
// scored by statistics (filters/machine_text.cpp) join, and overlapping ranges are merged.
#include <algorithm>
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail {

using namespace garbage_tokens;

namespace {

bool ident_char(char c) { return is_alpha(c) || is_dig(c) || c == '_' || c == '-'; }

// Where a style rule's selector starts in a token: one or more ".name" / "#name" parts
// ("#nav.main", ".col3"), maybe glued behind a word of any script ("the#nav", "город.box");
// npos if the token is not one.
std::size_t selector_start(std::string_view t) {
    std::size_t start = t.find_first_of(".#");
    if (start == std::string_view::npos) return start;
    for (std::size_t p = 0; p < start; ++p)
        if (is_dig(t[p]) || (static_cast<unsigned char>(t[p]) < 0x80 && !is_alpha(t[p]))) return std::string_view::npos;
    for (std::size_t p = start; p < t.size();) {
        if (t[p] != '.' && t[p] != '#') return std::string_view::npos;
        if (++p >= t.size() || !(is_alpha(t[p]) || t[p] == '_')) return std::string_view::npos;
        while (p < t.size() && ident_char(t[p])) ++p;
    }
    return start;
}

// A style rule's body behind its last selector part: "name{prop:value…" or ".name{prop:…".
bool opens_style_rule(std::string_view t) {
    const std::size_t brace = t.find('{');
    if (brace == std::string_view::npos || brace == 0 || t.find(':', brace) == std::string_view::npos) return false;
    const std::string_view head = t.substr(0, brace);
    if (selector_start(head) == 0) return true;
    return std::all_of(head.begin(), head.end(), ident_char) && is_alpha(head.front());
}

bool combinator(std::string_view t) { return t == ">" || t == "+" || t == "~"; }

// An assignment without spaces whose statement ends in it ("count=list.size(3);…"): the word
// just before it is its declaration keyword, in whatever language the code is.
bool assignment_statement(std::string_view t) {
    std::size_t p = 0;
    if (p >= t.size() || !(is_alpha(t[p]) || t[p] == '_' || t[p] == '$')) return false;
    while (p < t.size() && (is_alpha(t[p]) || is_dig(t[p]) || t[p] == '_' || t[p] == '$')) ++p;
    return p + 1 < t.size() && t[p] == '=' && t[p + 1] != '=' && t[p + 1] != '>' && t.find(';', p) != std::string_view::npos;
}

// Where the opener of the closers a run has too many of ('}' or '>') stands before it, within
// a short stretch without a sentence end; begin if none.
std::uint32_t opener_before(std::string_view text, std::uint32_t begin, std::uint32_t end, char open, char close) {
    int depth = 0;
    for (std::uint32_t p = begin; p < end; ++p) {
        if (text[p] == open) ++depth;
        else if (text[p] == close && (close != '>' || (p > begin && text[p - 1] != '-' && text[p - 1] != '='))) --depth;
    }
    if (depth >= 0 || depth < -3) return begin;
    std::uint32_t p = begin;
    const std::uint32_t floor = begin > 160 ? begin - 160 : 0;
    // Words of prose between ("{Home of the #tag}"): an aside in brackets, not code. One is
    // a tag's name or a bare attribute ("<span class=…").
    int words = 0;
    bool letters_only = true;
    while (p > floor && depth < 0) {
        --p;
        const char c = text[p];
        if (is_terminal(c) && p + 1 < text.size() && is_space(text[p + 1])) return begin;  // a sentence ends first
        if (c == open && ++depth == 0) break;
        if (c == close) --depth;
        if (is_space(c)) {
            if (letters_only && p + 1 < begin && !is_space(text[p + 1]) && ++words > 1) return begin;
            letters_only = true;
        } else if (!is_alpha(c) && static_cast<unsigned char>(c) < 0x80) {
            letters_only = false;
        }
    }
    // (The word right after a brace counts too; after '<' it is the tag's name.)
    if (depth != 0 || (open != '<' && letters_only && p + 1 < begin && !is_space(text[p + 1]) && ++words > 1)) return begin;
    return p;
}

// Code and markup are bracket balanced: a run that closes braces or tags it never opened
// ("…}}" of a style rule, "…\">" of a tag) began earlier, at the opener. Its token goes with
// it when it opens on punctuation ("(max-width:640px){"), and an at-rule's name before it
// ("@media"). Where the run starts.
std::uint32_t balanced_start(std::string_view text, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t p = std::min(opener_before(text, begin, end, '{', '}'), opener_before(text, begin, end, '<', '>'));
    if (p == begin) return begin;
    std::uint32_t tb = p;
    while (tb > 0 && !is_space(text[tb - 1])) --tb;
    if (tb < p && !is_alpha(text[tb]) && static_cast<unsigned char>(text[tb]) < 0x80) p = tb;
    // An at-rule's name before its condition ("@media (…){"), maybe glued behind a sentence.
    std::uint32_t q = p;
    while (q > 0 && is_space(text[q - 1])) --q;
    std::uint32_t a = q;
    while (a > 0 && is_alpha(text[a - 1])) --a;
    if (a > 0 && a < q && q < p && text[a - 1] == '@') p = a - 1;
    return p;
}

// The text cut into tokens at spaces (and where debris is glued behind a sentence end or a log
// tag behind a word), each classified.
// screened: a plain word (prose_screen.cpp) goes neutral without classify; off (the screens
// off), every token is classified. Whether every token was a plain word (plain_prose's answer;
// only when screened).
bool read_garbage_tokens(std::string_view text, int dominant, const KnownWord& known_word, std::vector<Tok>& toks,
                         TokenCensus& census, bool screened) {
    toks.clear();
    bool every_plain = screened;
    // (Counted in locals, stored once at the end: the buffer's push_back may alias the census.)
    std::uint32_t digit = 0, colon = 0, separator = 0, command_args = 0;
    // End of the current space-delimited word: a word split into several tokens below is
    // scanned once, not once per token (a 1 MB word of "<![CDATA[" was quadratic). Its bytes'
    // Marks are noted in the same scan: a word without a stop, a multi-byte character or a '['
    // has no split below to look for.
    std::size_t word_start = 0, word_end = 0;
    std::uint8_t word_marks = 0;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && is_space(text[p])) ++p;
        if (p >= word_end) {
            const WordScan w = scan_word(text, p);
            word_start = p;
            word_end = w.end;
            word_marks = w.marks;
            // A plain word is one token (no split below finds its marks), and neutral: classify's
            // first test (plain_word) says so.
            if (screened && w.plain) {
                Tok t;
                t.b = static_cast<std::uint32_t>(word_start);
                t.e = static_cast<std::uint32_t>(word_end);
                t.marks = word_marks;
                separator += (word_marks & m_separator) != 0;
                toks.push_back(t);
                p = word_end;
                continue;
            }
            every_plain = false;
        }
        std::size_t e = word_end;
        // "2025.[debug]" / "end.(function": debris glued behind a sentence end is its own token.
        if (word_marks & m_stop)
        for (std::size_t k = p + 1; k + 2 < e; ++k)
            if (is_terminal(text[k]) && !is_terminal(text[k - 1]) && std::string_view("[{(<").find(text[k + 1]) != std::string_view::npos) {
                e = k + 1;
                break;
            }
        // "…}}]);色は…": code closed by a bracket or a statement's ';' glued before letters of a
        // script other than Latin is the next clause of a script written without spaces, its own token.
        if (word_marks & m_high)
        for (std::size_t k = p + 1; k < e; ++k)
            if (static_cast<unsigned char>(text[k]) >= 0x80 && std::string_view("}]);").find(text[k - 1]) != std::string_view::npos) {
                std::size_t n = k;
                const int s = script_of(next_code_point(text, n));
                if (s != script_none && s != script_latin) {
                    e = k;
                    break;
                }
            }
        // "…茶园看看body{margin:0}": a style rule or code glued behind letters of a script written
        // without spaces is its own token; the clause before it is prose's (the mirror of the above).
        if ((word_marks & m_high) && text.substr(p, e - p).find('{') != std::string_view::npos)
            for (std::size_t k = p + 1; k < e && text[k] != '{'; ++k) {
                const char c = text[k];
                if (static_cast<unsigned char>(c) >= 0x80 || static_cast<unsigned char>(text[k - 1]) < 0x80 ||
                    !(is_alpha(c) || c == '.' || c == '#' || c == '@'))
                    continue;
                std::size_t b = k - 1;
                while (b > p && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
                std::size_t n = b;
                const int s = script_of(next_code_point(text, n));
                if (s != script_none && s != script_latin) {
                    e = k;
                    break;
                }
            }
        // "consequences of[debug] rcmdBox ...": a log tag glued to a word starts a token.
        if (word_marks & m_bracket)
        for (std::size_t k = p + 1; k + 4 < e; ++k)
            if (text[k] == '[') {
                // A log tag is at most 9 bytes: look no further (keeps "[[[[…" tokens linear).
                const std::size_t close = text.substr(0, std::min(e, k + 9)).find(']', k);
                if (close != std::string_view::npos && close < e && is_log_tag(text.substr(k, close + 1 - k))) {
                    e = k;
                    break;
                }
            }
        if (e > p) {
            Tok t;
            t.b = static_cast<std::uint32_t>(p);
            t.e = static_cast<std::uint32_t>(e);
            if (p == word_start && e == word_end) {
                t.marks = word_marks;
            } else {  // a piece of a split word: its own bytes
                for (std::size_t k = p; k < e; ++k) t.marks |= marks_of(text[k]);
            }
            t.cls = classify(text.substr(p, e - p), dominant, t.cut, known_word);
            digit += (t.marks & m_digit) != 0;
            colon += (t.marks & m_colon) != 0;
            separator += (t.marks & m_separator) != 0;
            command_args += command_argument(text.substr(p, e - p), t.marks);
            toks.push_back(t);
        }
        p = e;
    }
    census = TokenCensus{digit, colon, separator, command_args};
    return every_plain;
}

// Runs of tokens around each hard token (token index ranges, inclusive), and where in a run's
// first token its debris starts (lead).
std::vector<std::pair<std::size_t, std::size_t>> grow_hard_runs(std::string_view text, const std::vector<Tok>& toks,
                                                                 std::vector<std::uint32_t>& lead) {
    const std::size_t n = toks.size();
    auto tok_text = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    std::vector<std::pair<std::size_t, std::size_t>> runs;  // token index ranges, inclusive
    lead.assign(n, 0);
    for (std::size_t k = 0; k < n; ++k) {
        if (toks[k].cls != Cls::hard) continue;
        std::size_t lo = k, hi = k;
        // A hard token glued behind text ("word.{{x}}") ends the run on the left.
        if (toks[k].cut == 0) {
            while (lo > 0 && joins(toks[lo - 1].cls)) --lo;
            // A style rule's selector parts before its body ("#nav.main > li{color:red}"),
            // combinators between them; the first may be glued behind a prose word.
            if (opens_style_rule(tok_text(k))) {
                std::size_t j = k;
                while (j > 0 && k - j < 6) {
                    const std::string_view t = tok_text(j - 1);
                    if (combinator(t)) { --j; continue; }
                    const std::size_t at = selector_start(t);
                    if (at == std::string_view::npos) break;
                    --j;
                    if (at > 0) { lead[j] = static_cast<std::uint32_t>(at); break; }
                }
                lo = std::min(lo, j);
                while (lo < k && combinator(tok_text(lo))) ++lo;  // no selector before: the glue stays prose's
            }
            // "var total=sum(4);": the declaration keyword goes with its statement.
            if (lo == k && k > 0 && assignment_statement(tok_text(k))) {
                const std::string_view w = tok_text(k - 1);
                if (w.size() >= 2 && w.size() <= 6 && std::all_of(w.begin(), w.end(), is_lower)) --lo;
            }
        }
        while (hi + 1 < n && joins(toks[hi + 1].cls)) ++hi;
        // A log line runs on after its tag: "[debug] fooWidget took 0.53s (54 nodes)". It ends
        // at its last technical token (digits, identifiers, a closing parenthesis of a group
        // with digits) within a few words, before any plain sentence end.
        if (is_log_tag(tok_text(k))) {
            bool group = false;
            for (std::size_t j = k + 1; j < n && j <= k + 8; ++j) {
                const std::string_view t = tok_text(j);
                const bool digits = has_digit(t);
                group = group || (t.front() == '(' && digits);
                const bool technical = toks[j].cls != Cls::neutral || digits || (group && t.back() == ')');
                if (technical) hi = std::max(hi, j);
                if (ends_sentence(t) && !technical) break;
                if (group && t.back() == ')') break;  // "(30 nodes)" closes the line
            }
        }
        // Debris at the end of a block often trails leftovers of its own (words of the
        // document's script, numbers): a short sentence-less tail with another odd token goes too.
        if (hi + 1 < n && n - hi - 1 <= 6) {
            bool sentence = false, odd = false;
            for (std::size_t j = hi + 1; j < n; ++j) {
                sentence |= ends_sentence(tok_text(j));
                odd |= toks[j].cls != Cls::neutral;
            }
            if (!sentence && odd) hi = n - 1;
        }
        if (!runs.empty() && lo <= runs.back().second + 2)  // one odd-free token between debris ("{{ x }}")
            runs.back().second = std::max(runs.back().second, hi);
        else runs.emplace_back(lo, hi);
        k = hi;
    }
    // A sentence-less tail after the last sentence made mostly of odd tokens (debug lines).
    if (n >= 2) {
        std::size_t start = n;
        for (std::size_t j = n; j-- > 0;)
            if (ends_sentence(tok_text(j))) { start = j + 1; break; }
        if (start > 0 && start < n && n - start <= 12 && (runs.empty() || runs.back().second < start)) {
            std::size_t soft = 0, odd = 0;
            for (std::size_t j = start; j < n; ++j) {
                soft += toks[j].cls == Cls::soft;
                odd += toks[j].cls == Cls::soft || toks[j].cls == Cls::glue;
            }
            if (soft >= 2 && odd * 5 >= (n - start) * 2) runs.emplace_back(start, n - 1);
        }
    }

    return runs;
}

// Where a run's last token ends as debris: a script written without spaces (Han, kana, Thai...)
// glues its next sentence straight behind a closing bracket ("addr=0x3c]今では…。"), and that
// sentence is the text's, not the debris' tail; the token's end otherwise.
std::uint32_t glued_prose_end(std::string_view last, std::uint32_t at) {
    const std::size_t close = last.find_last_of(")]}>");
    if (close == std::string_view::npos || close + 1 >= last.size()) return at + static_cast<std::uint32_t>(last.size());
    const std::string_view tail = last.substr(close + 1);
    // Three-byte characters only (U+0800 and up: the scripts written without spaces), two at least.
    bool wide = tail.size() >= 6;
    for (std::size_t i = 0; wide && i < tail.size(); i += 3)
        wide = i + 3 <= tail.size() && (static_cast<unsigned char>(tail[i]) & 0xF0) == 0xE0;
    return at + static_cast<std::uint32_t>(wide ? close + 1 : last.size());
}

// A run of tokens as bytes: from where its debris starts in its first token (a sentence's own
// period kept), its brackets balanced.
std::vector<TextRange> runs_to_ranges(std::string_view text, const std::vector<Tok>& toks,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& runs,
                                      const std::vector<std::uint32_t>& lead) {
    std::vector<TextRange> out;
    auto tok_text = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (auto [lo, hi] : runs) {
        std::uint32_t begin = toks[lo].b + lead[lo];
        const Tok& first = toks[lo];
        if (first.cls == Cls::hard && first.cut > 0) {
            const std::string_view prefix = text.substr(first.b, first.cut);
            const bool punct_only = std::none_of(prefix.begin(), prefix.end(), [](char c) {
                return is_alpha(c) || is_dig(c) || static_cast<unsigned char>(c) >= 0x80;
            });
            begin = first.b + first.cut;
            if (punct_only) {
                // "word. .\"}x": the lone period belongs to the debris; "word .\"}x" keeps it
                // (it is the sentence end, separated by a cut link).
                if (lo > 0 && ends_sentence(tok_text(lo - 1))) begin = first.b;
            } else if (prefix.size() >= 2 && is_terminal(prefix.back()) && prefix.back() == prefix[prefix.size() - 2]) {
                --begin;  // "Company..\"]}": one period is the sentence's, one the debris'
            }
        }
        // Code runs are bracket balanced: an unmatched ')' pulls the start back to its '('.
        int open = 0;
        for (std::uint32_t p = begin; p < toks[hi].e; ++p) {
            if (text[p] == '(') ++open;
            else if (text[p] == ')') --open;
        }
        if (open < 0) {
            std::uint32_t p = begin;
            const std::uint32_t floor = lo > 0 ? toks[lo - 1].b : 0;
            while (p > floor && open < 0) {
                --p;
                if (text[p] == '(') ++open;
                else if (text[p] == ')') --open;
            }
            if (open == 0) begin = p;
        }
        out.push_back({begin, toks[hi].e});
    }
    return out;
}

void add_replacement_pairs(std::string_view text, std::vector<TextRange>& out) {
    // U+FFFD two or more in a row inside otherwise good words (a letter whose bytes broke): drop
    // just the characters. One alone stays: it marks an undecodable byte, which the reader
    // should see. (The runs are in text order: one cursor walks them along.)
    const std::size_t run_count = out.size();
    std::size_t run = 0;
    constexpr std::string_view kFffd = "\xEF\xBF\xBD";
    for (std::size_t p = text.find(kFffd); p != std::string_view::npos; p = text.find(kFffd, p + 3)) {
        const bool paired = text.substr(p + 3, 3) == kFffd || (p >= 3 && text.substr(p - 3, 3) == kFffd);
        if (!paired) continue;
        while (run < run_count && out[run].end <= p) ++run;
        if (run < run_count && out[run].begin <= p) continue;
        out.push_back({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 3)});
    }
}

// Machine runs found by statistics, their start moved into their first token where a detector
// found the debris glued behind a word there.
std::vector<TextRange> machine_runs(std::string_view original, int dominant, const KnownWord& known_word,
                                    const std::vector<TextRange>& out, machine::MachineBuffers& buffers) {
    // Machine runs by statistics take whole tokens; where a detector above found the debris
    // start inside the run's first token (after a word it is glued to), that start wins. A
    // mark alone before it, after a sentence already ended ("。!function(…){…}"), is the
    // code's own: the machine's start stands.
    std::vector<TextRange> machine;
    machine::find_machine_runs(original, dominant, known_word, machine, buffers);
    if (machine.empty()) return machine;
    // The detectors' starts in order: the first one past a machine run's start is the one that
    // may fall inside its first token (one search per run, not a scan of them all).
    std::vector<std::uint32_t> starts;
    starts.reserve(out.size());
    for (const TextRange& r : out) starts.push_back(r.begin);
    std::sort(starts.begin(), starts.end());
    for (TextRange& m : machine) {
        std::uint32_t first_end = m.begin;
        while (first_end < m.end && !is_space(original[first_end])) ++first_end;
        std::uint32_t start = first_end;
        if (const auto next = std::upper_bound(starts.begin(), starts.end(), m.begin); next != starts.end() && *next < start)
            start = *next;
        const std::string_view head = original.substr(m.begin, start < first_end ? start - m.begin : 0);
        // (A closing quote or bracket is the sentence's: "universe.\"=====".)
        const bool word = std::any_of(head.begin(), head.end(), [](char c) {
            return is_alpha(c) || is_dig(c) || static_cast<unsigned char>(c) >= 0x80 || c == '"' || c == '\'' || c == ')' || c == ']';
        });
        const std::string_view before = original.substr(0, m.begin);
        const bool ended = !before.empty() && (is_terminal(before.back()) || before.ends_with("\u3002") ||
                                               before.ends_with("\uFF01") || before.ends_with("\uFF1F"));
        if (start < first_end && (word || !ended)) m.begin = start;
    }
    return machine;
}

std::vector<TextRange> merge_ranges(std::string_view original, std::vector<TextRange>& out) {
    // Ranges from the different detectors may overlap: merge them, so each byte goes once.
    // Debris parted only by a separator ("{{author}} | {{date}}") goes as one run.
    auto separator_only = [&](std::uint32_t b, std::uint32_t e) {
        int marks = 0;
        for (std::uint32_t k = b; k < e; ++k) {
            if (is_space(original[k])) continue;
            if (std::string_view("|/-,;:").find(original[k]) == std::string_view::npos || ++marks > 2) return false;
        }
        return true;
    };
    for (TextRange& r : out) {
        r.begin = balanced_start(original, r.begin, r.end);
        // (Every detector takes whole tokens at the end: a sentence glued on behind a bracket stays.)
        std::uint32_t tb = r.end;
        while (tb > r.begin && !is_space(original[tb - 1])) --tb;
        if (tb > r.begin) r.end = std::max(tb, glued_prose_end(original.substr(tb, r.end - tb), tb));
    }
    std::sort(out.begin(), out.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    std::vector<TextRange> merged;
    for (const TextRange& r : out) {
        if (!merged.empty() && (r.begin <= merged.back().end || separator_only(merged.back().end, r.begin)))
            merged.back().end = std::max(merged.back().end, r.end);
        else merged.push_back(r);
    }
    return merged;
}

// Where debris glued behind a sentence's last word starts in a run's first token ("… sardinha
// assada.location ~ {"), or 0: five or more small letters after the stop end the token (a host's
// last label is shorter), and the token before ends no sentence (else: "div.marani > ul").
std::uint32_t sentence_word_glued(std::string_view original, std::uint32_t begin, std::uint32_t end) {
    std::uint32_t te = begin;
    while (te > 0 && is_space(original[te - 1])) --te;
    if (te == 0 || te == begin) return 0;
    std::uint32_t tb = te;
    while (tb > 0 && !is_space(original[tb - 1])) --tb;
    if (ends_sentence(original.substr(tb, te - tb))) return 0;
    const std::string_view t = original.substr(begin, end - begin);
    const std::size_t stop = t.find('.');
    if (stop < 3 || stop == std::string_view::npos || t.size() - stop - 1 < 5) return 0;
    const auto letter = [](char c) { return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80; };
    if (!std::all_of(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(stop), letter) ||
        !std::all_of(t.begin() + static_cast<std::ptrdiff_t>(stop) + 1, t.end(), is_lower))
        return 0;
    return static_cast<std::uint32_t>(stop + 1);
}

void split_glued_heads(std::string_view original, std::vector<TextRange>& merged) {
    // A run that starts a token may have its first piece glued to a word: in the token itself
    // ("Monday2031-04-09 …"), or in the word before it when that piece alone looked like a word
    // ("meeting2000-11-18 10:16:29 …"): the word's tail goes with the run, its head stays.
    for (std::size_t k = 0; k < merged.size(); ++k) {
        TextRange& r = merged[k];
        if (r.begin > 0 && !is_space(original[r.begin - 1])) continue;  // its start is inside a word already
        std::uint32_t first_end = r.begin;
        while (first_end < r.end && !is_space(original[first_end])) ++first_end;
        if (const std::uint32_t head = glued_word_end(original.substr(r.begin, first_end - r.begin), true); head > 0) {
            r.begin += head;  // "Monday2031-04-09 08:14 WARN …": the run's own first token had the word
            continue;
        }
        if (first_end < r.end)
            if (const std::uint32_t head = sentence_word_glued(original, r.begin, first_end); head > 0) {
                r.begin += head;
                continue;
            }
        std::uint32_t te = r.begin;
        while (te > 0 && is_space(original[te - 1])) --te;
        if (te == r.begin || te == 0 || (k > 0 && merged[k - 1].end >= te)) continue;
        std::uint32_t tb = te;
        while (tb > 0 && !is_space(original[tb - 1])) --tb;
        if (k > 0 && merged[k - 1].end > tb) continue;
        const std::uint32_t head = glued_word_end(original.substr(tb, te - tb), false);
        if (head > 0) r.begin = tb + head;
    }
}

// A run's edges take the tokens without letters between it and its segment's edge: the fields
// of a schedule before a command ("*/15 * * * * /usr/bin/…"), a redirection after it ("2>&1"),
// numbers and marks a detector had no shape for. Only when they reach a sentence's end (or the
// block's start) before the run, or the block's end after it: words of prose stop them.
void widen_over_letterless(std::string_view text, std::vector<TextRange>& runs) {
    auto letterless = [&](std::uint32_t b, std::uint32_t e) {
        if (e - b > 24) return false;
        for (std::uint32_t p = b; p < e; ++p) {
            const char c = text[p];
            if (is_alpha(c) || static_cast<unsigned char>(c) >= 0x80 || is_terminal(c) || c == '"' || c == '\'') return false;
        }
        return true;
    };
    for (std::size_t k = 0; k < runs.size(); ++k) {
        TextRange& r = runs[k];
        const std::uint32_t floor = k > 0 ? runs[k - 1].end : 0;
        std::uint32_t b = r.begin;
        bool bounded = false;
        for (int n = 0; n < 8; ++n) {
            std::uint32_t te = b;
            while (te > floor && is_space(text[te - 1])) --te;
            if (te == floor) { bounded = true; break; }  // the block's start or the run before
            if (te == b) break;  // glued behind a word: its own cut decided
            std::uint32_t tb = te;
            // (A token is read back no further than a letterless one may be long: a run glued
            // inside a megabyte word costs no more than a short one.)
            while (tb > floor && !is_space(text[tb - 1]) && te - tb <= 24) --tb;
            if (ends_sentence(text.substr(tb, te - tb))) { bounded = true; break; }  // (its end is read)
            if ((tb > floor && !is_space(text[tb - 1])) || !letterless(tb, te)) break;
            b = tb;
        }
        if (bounded && b < r.begin) r.begin = b;
        const std::uint32_t ceiling = k + 1 < runs.size() ? runs[k + 1].begin : static_cast<std::uint32_t>(text.size());
        std::uint32_t e = r.end;
        for (int n = 0; n < 8 && e < ceiling;) {
            std::uint32_t tb = e;
            while (tb < ceiling && is_space(text[tb])) ++tb;
            if (tb == ceiling) { e = tb; break; }
            if (tb == e) break;  // glued to the run: its own detectors decided
            std::uint32_t te = tb;
            while (te < ceiling && !is_space(text[te]) && te - tb <= 24) ++te;
            if (!letterless(tb, te) || (te < ceiling && !is_space(text[te]))) break;
            e = te;
            ++n;
        }
        std::uint32_t rest = e;
        while (rest < text.size() && is_space(text[rest])) ++rest;
        if (e > r.end && rest == text.size()) r.end = e;
    }
}

// The runs the token detectors and the machine statistics find in a block (text: shortcodes
// and enclosed debris blanked out), with the shortcodes' ranges, into out.
void token_runs(std::string_view text, std::string_view original, int dominant, const KnownWord& known_word,
                const std::vector<TextRange>& shortcodes, RunBuffers& buffers, std::vector<TextRange>& out) {
    std::vector<Tok>& toks = buffers.toks;
    const TokenCensus& census = buffers.census;
    // Each screen by the census names tokens its detector cannot mark without (off: all run).
    const bool all = buffers.machine.screens == machine::SpanScreens::off;
    if (read_garbage_tokens(text, dominant, known_word, toks, buffers.census, !all) && shortcodes.empty()) {
        // Plain words alone: no token goes hard, no token scores, no finder finds (prose_screen.cpp),
        // and there is no U+FFFD. The detectors and the machine reader pass the block.
        toks.clear();
        buffers.census = TokenCensus{};
        return;
    }
    spare_tag_mentions(text, toks);  // before the detectors, which may take them again
    mark_token_detectors(text, toks, all ? nullptr : &census);
    std::vector<std::uint32_t>& lead = buffers.lead;
    const auto runs = grow_hard_runs(text, toks, lead);
    out = runs_to_ranges(text, toks, runs, lead);
    add_replacement_pairs(text, out);
    out.insert(out.end(), shortcodes.begin(), shortcodes.end());
    const std::vector<TextRange> machine = machine_runs(original, dominant, known_word, out, buffers.machine);
    out.insert(out.end(), machine.begin(), machine.end());
}

}  // namespace

std::vector<TextRange> find_garbage_runs(std::string_view original, int dominant, const KnownWord& known_word, const MarkedLetters* page) {
    RunBuffers buffers;
    return find_garbage_runs(original, dominant, known_word, page, buffers);
}

std::vector<TextRange> find_garbage_runs(std::string_view original, int dominant, const KnownWord& known_word, const MarkedLetters* page,
                                         RunBuffers& buffers) {
    // Shortcodes and enclosed debris first; the other detectors see them blanked out, so a
    // word glued behind one ("…\"]The") is not taken for debris with it.
    std::vector<TextRange> shortcodes;
    find_shortcodes(original, shortcodes);
    find_enclosed_debris(original, shortcodes);
    find_quoted_rows(original, shortcodes);
    find_armor_blocks(original, shortcodes);
    std::sort(shortcodes.begin(), shortcodes.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    std::string masked;
    if (!shortcodes.empty()) {
        masked.assign(original);
        for (const TextRange& r : shortcodes) std::fill(masked.begin() + r.begin, masked.begin() + r.end, ' ');
    }
    const std::string_view text = shortcodes.empty() ? original : std::string_view(masked);
    std::vector<TextRange> out;
    // (A block of plain words alone, prose_screen.cpp, is read by the garbage tokenizer only:
    // token_runs stops after it.)
    token_runs(text, original, dominant, known_word, shortcodes, buffers, out);
    find_marked_runs(original, page, out);
    std::sort(out.begin(), out.end(), [](const TextRange& a, const TextRange& b) { return a.begin < b.begin; });
    std::vector<TextRange> merged = merge_ranges(original, out);
    split_glued_heads(original, merged);
    widen_over_letterless(original, merged);
    widen_over_latin_strands(original, dominant, merged);
    take_run_labels(original, merged);
    keep_address_heads(original, merged);
    keep_glued_clauses(original, dominant, merged);
    return merged;
}

}  // namespace winnow::detail
