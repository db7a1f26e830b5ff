#include "preclean.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "preclean_markup.hpp"

namespace winnow::detail {

namespace {

using namespace preclean_markup;

// LFs in [b, e): the blanked scripts and styles are most of a page's bytes. Counted in chunks of
// 255 into a byte, so the compiler keeps 16 counters to a vector register instead of widening
// each comparison to a 64-bit sum.
std::size_t count_newlines(const char* b, const char* e) {
    std::size_t total = 0;
    while (b < e) {
        const std::size_t chunk = std::min<std::size_t>(static_cast<std::size_t>(e - b), 255);
        std::uint8_t n = 0;
        for (std::size_t k = 0; k < chunk; ++k) n = static_cast<std::uint8_t>(n + (b[k] == '\n'));
        total += n;
        b += chunk;
    }
    return total;
}

// The name as the guard keys it: read and lower-cased here already, it is not folded twice.
FoldedName folded(const TagName& name) {
    FoldedName f;
    if (name.overflow) return f;
    std::memcpy(&f.lo, name.buf, 8);
    std::memcpy(&f.hi, name.buf + 8, 8);
    f.length = name.len;
    return f;
}

class Scanner : MarkupReader {
public:
    Scanner(std::string_view in, std::string& out, PrecleanStats& st, std::vector<StyleSheetText>* styles,
            TextRuns* runs, NestingCheck* nesting)
        : MarkupReader(in), out_(out), st_(st), styles_(styles), runs_(runs && runs->start(in) ? runs : nullptr),
          values_(runs_), nesting_(nesting) {}

    void run() {
        const std::size_t n = in_.size();
        while (pos_ < n) {
            const char* p = static_cast<const char*>(std::memchr(in_.data() + pos_, '<', n - pos_));
            if (!p) break;
            const std::size_t lt = static_cast<std::size_t>(p - in_.data());
            if (nesting_) nesting_->markup();
            const char c = at(lt + 1);
            const std::size_t pos = pos_;
            // Indentation between tags: a whitespace-only run before a tag or comment is
            // shortened to its line breaks (or one space). It stays a whitespace node; only
            // <pre>/<listing> keep theirs (blocks read their text verbatim). Inline <code> does
            // not: nothing reads it verbatim, and its visible text is the same collapsed.
            // (Its line breaks are counted in the same pass that finds it all whitespace.)
            if (std::size_t breaks = 0;
                lt - pos >= 2 && !keep_ws_ && open_pre_ + open_listing_ == 0 && (is_alpha(c) || c == '/' || c == '!') &&
                all_ws(pos, lt, breaks))
                write_breaks(pos, lt, breaks, true);
            // Text in the data state (every context the loop reaches between markup).
            if (runs_ && copied_ <= pos && lt - pos >= TextRuns::min_interior) {
                out_.append(in_.data() + copied_, pos - copied_);
                runs_->append_text(in_.substr(pos, lt - pos), out_);
                copied_ = lt;
            }
            if (c == '!') {
                if (at(lt + 2) == '-' && at(lt + 3) == '-') {
                    const std::size_t body = lt + 4;
                    const auto [close, after] = comment_end(body);
                    blank(body, close, false);
                    ++st_.comments;
                    pos_ = after;
                } else {
                    pos_ = past_gt(lt + 2);   // doctype or bogus comment: both end at the first '>'
                }
            } else if (c == '?') {
                pos_ = past_gt(lt + 2);
            } else if (c == '/') {
                const char c2 = at(lt + 2);
                if (is_alpha(c2)) {
                    Tag t = read_tag(lt + 2);
                    if (t.end == npos) break;
                    if (nesting_) nesting_->end_tag(in_.substr(lt + 2, t.name_end - lt - 2), folded(t.name));
                    if (t.name.is("select")) in_select_ = false;
                    if (t.name.is("pre") && open_pre_ > 0) --open_pre_;
                    if (t.name.is("listing") && open_listing_ > 0) --open_listing_;
                    pos_ = t.end;
                } else if (c2 == '>') {
                    pos_ = lt + 3;
                    after_empty_end_ = pos_;
                } else {
                    pos_ = past_gt(lt + 2);
                }
            } else if (is_alpha(c)) {
                const Step step = start_tag(lt);
                if (step == Step::stop) break;
                if (step == Step::bail) return bail();
            } else {
                pos_ = lt + 1;
            }
        }
        finish();
    }

private:
    enum class Step { next, stop, bail };

    // A start tag at lt: its attribute edits written, then what its element does to the
    // tokenizer (script data, RCDATA/RAWTEXT, foreign content) and to whitespace shortening.
    Step start_tag(std::size_t lt) {
        edits_.clear();
        // Gumbo emits nothing for "</>", and the tag right after it keeps the start of
        // its source text there: an unknown element's name is then read from all of it,
        // attributes included. Such a tag is copied as it is.
        Tag t = lt == after_empty_end_ ? read_tag(lt + 1) : read_tag<true>(lt + 1, &edits_, values_ != nullptr);
        if (t.end == npos) return Step::stop;   // the page ends inside the tag
        if (nesting_) nesting_->start_tag(in_.substr(lt + 1, t.name_end - lt - 1), t.self_closing, t.attributes, folded(t.name));
        // In page order, each range written once.
        for (const Edit& e : edits_) {
            if (e.kind == Edit::fold) {
                fold_value(e.from, e.to);
                continue;
            }
            blank(e.from, e.to, false);
            ++st_.attributes;
        }
        pos_ = t.end;
        const std::string_view name = t.name.view();
        // In a template, "<col>" makes the parser drop text but keep its whitespace.
        if (runs_ && name == "template") runs_ = nullptr;
        if (name == "script") {
            const std::size_t close = script_end(t.end);
            if (!t.keep_script) {
                blank(t.end, close, true);
                ++st_.scripts;
            } else if (nesting_ && in_.substr(t.end, close - t.end).find("</") != npos) {
                nesting_->unsure();   // the guard ends a script at its first "</script", not by escapes
            }
            pos_ = close;
        } else if (name == "style" || name == "xmp" || name == "iframe" || name == "noembed" ||
                   name == "noframes" || name == "title" || name == "textarea") {
            // Inside <select> these are ignored and their bodies are markup.
            if (in_select_) return Step::bail;
            const std::size_t close = raw_end(t.end, name);
            if (name == "style") {
                if (styles_) styles_->push_back({in_.substr(lt, t.end - lt), in_.substr(t.end, close - t.end)});
                blank(t.end, close, true);
                ++st_.styles;
            }
            pos_ = close;
        } else if (name == "plaintext" || name == "frameset") {
            return Step::bail;
        } else if (name == "svg" || name == "math") {
            if (in_select_) return Step::bail;
            if (t.self_closing) {
                if (nesting_) nesting_->unsure();   // the guard reads on in foreign content
                return Step::next;
            }
            const std::size_t close = foreign_end(t.end, name);
            if (close == npos) return Step::bail;
            blank(t.end, close, true);
            ++st_.foreign;
            pos_ = close;
        } else if (name == "select") {
            in_select_ = true;
            if (open_pre_ + open_listing_ > 0) keep_ws_ = true;   // "</pre>" is ignored in a select
        } else if (name == "pre" || name == "listing") {
            // Closed implicitly (by an outer end tag) it is never seen closing here, and
            // whitespace is left alone for the rest of the page: the safe side.
            ++(name == "pre" ? open_pre_ : open_listing_);
        } else if (open_pre_ + open_listing_ > 0 &&
                   (name == "table" || name == "td" || name == "th" || name == "caption" || name == "object" ||
                    name == "marquee" || name == "applet" || name == "template" || name == "button" ||
                    name == "select")) {
            // A scope boundary inside <pre>: its "</pre>" may be ignored by the parser, so
            // counting end tags is no longer trustworthy. Stop shortening for good.
            keep_ws_ = true;
        }
        return Step::next;
    }

    std::size_t pos_ = 0;                           // where the scan goes on
    bool in_select_ = false;
    std::size_t open_pre_ = 0, open_listing_ = 0;   // <pre>/<listing> seen open
    bool keep_ws_ = false;                          // whitespace shortening switched off
    std::size_t after_empty_end_ = npos;            // just past the last "</>"
    std::string& out_;
    PrecleanStats& st_;
    std::vector<StyleSheetText>* styles_;
    TextRuns* runs_;           // placeholders for long text runs; null when none are made
    TextRuns* values_;         // placeholders for long attribute values (not stopped by <template>)
    NestingCheck* nesting_;    // the nesting guard's model, told each tag read; null when none
    std::size_t copied_ = 0;   // in_[0, copied_) has been written to out_
    std::vector<Edit> edits_;

    void finish() {
        out_.append(in_.data() + copied_, in_.size() - copied_);
        copied_ = in_.size();
    }
    void bail() {
        st_.bailed = true;
        if (nesting_) nesting_->unsure();
        finish();
    }

    // Replaces in_[from, to) by its line breaks (CRLF, CR and LF each count one), or by one
    // space when it has none and keep_node is set, so the element keeps a text child.
    void blank(std::size_t from, std::size_t to, bool keep_node) {
        if (to <= from) return;
        const char* b = in_.data() + from;
        const char* e = in_.data() + to;
        std::size_t breaks = count_newlines(b, e);
        // A CR not followed by LF is a line break of its own (CRLF counts once, as its LF).
        for (const void* r; (r = std::memchr(b, '\r', static_cast<std::size_t>(e - b))) != nullptr;) {
            b = static_cast<const char*>(r) + 1;
            if (b == e || *b != '\n') ++breaks;
        }
        write_breaks(from, to, breaks, keep_node);
    }

    // Replaces in_[from, to) (not empty) by its `breaks` line breaks, as blank() counts them.
    void write_breaks(std::size_t from, std::size_t to, std::size_t breaks, bool keep_node) {
        out_.append(in_.data() + copied_, from - copied_);
        if (breaks) out_.append(breaks, '\n');
        else if (keep_node) out_ += ' ';
        st_.blanked_bytes += (to - from) - (breaks ? breaks : keep_node ? 1 : 0);
        copied_ = to;
    }

    // Writes in_[from, to), a quoted attribute value, as a placeholder when it qualifies.
    void fold_value(std::size_t from, std::size_t to) {
        out_.append(in_.data() + copied_, from - copied_);
        values_->append_value(in_.substr(from, to - from), out_);
        copied_ = to;
    }

    // Whether in_[from, to) is whitespace only; then `breaks` holds its line breaks as blank()
    // counts them (each LF, and each CR not followed by an LF inside the range).
    bool all_ws(std::size_t from, std::size_t to, std::size_t& breaks) const {
        std::size_t n = 0;
        for (std::size_t i = from; i < to; ++i) {
            const char c = in_[i];
            if (!is_ws(c)) return false;
            n += c == '\n' || (c == '\r' && (i + 1 == to || in_[i + 1] != '\n'));
        }
        breaks = n;
        return true;
    }
};

}  // namespace

void preclean_html(std::string_view html, std::string& out, PrecleanStats* stats, std::vector<StyleSheetText>* styles,
                   TextRuns* runs, NestingCheck* nesting) {
    PrecleanStats local;
    out.clear();
    out.reserve(html.size());
    Scanner(html, out, stats ? *stats : local, styles, runs, nesting).run();
}

std::string preclean_html(std::string_view html, PrecleanStats* stats) {
    std::string out;
    preclean_html(html, out, stats);
    return out;
}


}  // namespace winnow::detail