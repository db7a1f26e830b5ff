// Dates stage, the runs of text: one run per block element, read for bylines and datelines
// near the title or in elements named for dates, and for dates in passing in running text.
#include <algorithm>
#include <chrono>

#include "date_collector.hpp"
#include "date_relative.hpp"
#include "date_text.hpp"

namespace winnow::detail::date_collect {

namespace {

// Whether a date read from a split line is written across the breaks between its runs, and opens
// its run or follows words and a comma in it ("Mittwoch, 20." | "November 2019"): a number that
// ends a run of other words ("Kapitel 1" | "März 2019") is no day.
bool across_breaks(std::string_view line, const TextDate& d, const std::vector<std::size_t>& breaks) {
    std::size_t run_start = 0;
    bool across = false;
    for (const std::size_t b : breaks) {
        if (b <= d.begin) run_start = b;
        else if (b < d.end) across = true;
    }
    if (!across) return false;
    std::string_view before = line.substr(run_start, d.begin - run_start);
    while (!before.empty() && (before.back() == ' ' || before.back() == '\n' || before.back() == '\t')) before.remove_suffix(1);
    return before.empty() ||
           (before.back() == ',' && std::none_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

}  // namespace

// Dates in running text, one run of text per block element. Near the title (or in an element
// named for dates or bylines) a date is a byline; elsewhere only text.
void Collector::text_pass(bool long_runs) {
    const auto& nodes = dom_.nodes;
    const std::uint32_t start = dom_.body == no_node ? 0 : dom_.body;
    std::string run;
    std::uint32_t run_block = no_node, run_first = 0;
    std::uint8_t run_flags = 0;
    std::size_t text_bytes = 0, title_at = std::string::npos, run_at = 0;
    auto near_title = [&](std::size_t at) { return this->near_title(at, title_at); };
    for (std::uint32_t n = start; n < nodes.size(); ++n) {
        ticker_.tick();
        if (n == ctx_.headline_node) title_at = text_bytes;
        const DomNode& node = nodes[n];
        if (node.type != NodeType::text || (flags_[n] & skip)) continue;
        if (block_of_[n] != run_block) {
            if (long_runs == (run.size() >= kShortRun)) flush_run(run, run_first, run_flags, near_title(run_at));
            run.clear();
            run_block = block_of_[n];
            run_first = n;
            run_flags = flags_[n];
            run_at = text_bytes;
        }
        run_flags |= flags_[n] & (dateish | updated);
        // The pass over lines need not copy running text past the length of a line.
        if (long_runs || run.size() < kShortRun) {
            run.append(node.text);
            run += ' ';
        }
        text_bytes += node.text.size();
    }
    if (long_runs == (run.size() >= kShortRun)) flush_run(run, run_first, run_flags, near_title(run_at));
}

void Collector::flush_run(std::string& run, std::uint32_t first_node, std::uint8_t run_flags, bool near_title) {
    if (run.empty() || run.size() > 20000) return;
    auto found = scan_dates(run, month_first_);
    // A short run that opens with the word "date" and a colon is named for dates by its own text.
    if (run.size() < kShortRun && opens_with_date_word(run)) run_flags |= dateish;
    // A dateline: a short run by the title or named for dates, outside weak places.
    const bool dateline = !(run_flags & weak) && run.size() < kShortRun && (near_title || (run_flags & dateish));
    // A dateline may write its year with two digits (30.10.23), and so may a short run named for
    // dates in a weak place (a forum post's time); running text not.
    if (found.empty() && run.size() < kShortRun && (dateline || (run_flags & dateish)))
        found = scan_dateline_dates(run, month_first_            ? DayOrder::month_first
                                         : ctx_.language.empty() ? DayOrder::unknown
                                                                 : DayOrder::day_first);
    if (found.empty() && dateline && reference_days_)
        if (const int back = relative_days_ago(run); back >= 0 && back <= 366) {
            // "vor 2 Tagen" by the title: a day counted back from the crawl date, weaker than any
            // dateline that names its day.
            const auto day = std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(reference_days_ - back)));
            const DateLabel said = label_in(run);
            if (said == DateLabel::joined) return;
            const DateLabel kind = said == DateLabel::modified ? DateLabel::modified : DateLabel::none;
            add_day(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                    static_cast<int>(static_cast<unsigned>(day.day())), Source::byline, kind, 4, first_node, false);
        }
    if (found.empty()) return;   // no date to label
    add_run_dates(run, found, {}, first_node, run_flags, near_title);
}

// A run at byte `at` of the page's text is near the title from 400 bytes before it to 1500 after;
// before the title is reached (or on a page without one), in the first 600 bytes.
bool Collector::near_title(std::size_t at, std::size_t title_at) const {
    if (title_at == std::string::npos) return at < 600;
    return at + 400 >= title_at && at <= title_at + 1500;
}

// The dates found in a run, weighed: a short run near the title or named for dates is a byline,
// else a date in passing. breaks (the offsets where the runs of a split line meet) keep only the
// dates written across them, each opening its run or after a word and a comma ("Mittwoch, 20.").
void Collector::add_run_dates(std::string_view run, const std::vector<TextDate>& found, const std::vector<std::size_t>& breaks,
                              std::uint32_t first_node, std::uint8_t run_flags, bool near_title) {
    // A short run that is mostly a date is a dateline; a date inside a long paragraph is a
    // date the story talks about.
    const bool is_weak = run_flags & weak;
    const bool short_run = run.size() < kShortRun;
    const std::vector<DateLabel> labels = date_labels(run, found);
    for (std::size_t i = 0; i < found.size(); ++i) {
        const TextDate& d = found[i];
        if (!breaks.empty() && !across_breaks(run, d, breaks)) continue;
        DateLabel kind = labels[i];
        if (kind == DateLabel::joined) continue;   // a member's join day dates the member
        if (kind == DateLabel::none && (run_flags & updated)) kind = DateLabel::modified;
        const bool byline = !is_weak && short_run && (near_title || (run_flags & dateish));
        // In a weak place, a short run named for dates still beats a date in passing.
        const int w = byline ? (kind == DateLabel::published ? 7 : 5) : is_weak ? (short_run && (run_flags & dateish) ? 1 : 0) : 2;
        add_day(d.year, d.month, d.day, byline ? Source::byline : Source::text, kind, w, first_node, is_weak);
    }
}

// Dates written across sibling blocks of one short line: "<div>20</div><div>Nov</div>
// <div>2019</div>", "<li>2019年</li><li>11月20日</li>". Each block is a run of its own, too short to
// hold the date, so the text pass reads none. Here the text of each outermost element of at most
// kSplitLine bytes is read as one line when it spans two runs or more.
void Collector::split_line_pass() {
    const auto& nodes = dom_.nodes;
    const std::uint32_t start = dom_.body == no_node ? 0 : dom_.body;
    // The bytes of text under each node (capped), children before parents: the DOM is in pre-order.
    std::vector<std::uint32_t> bytes(nodes.size(), 0);
    for (std::size_t n = nodes.size(); n-- > start + 1u;) {
        if (nodes[n].type == NodeType::text && !(flags_[n] & skip))
            bytes[n] = static_cast<std::uint32_t>(std::min<std::size_t>(nodes[n].text.size(), kSplitLine + 1));
        if (const std::uint32_t p = nodes[n].parent; p != no_node)
            bytes[p] = std::min<std::uint32_t>(bytes[p] + bytes[n], kSplitLine + 1);
    }
    std::size_t text_bytes = 0, title_at = std::string::npos;
    std::uint32_t line_end = 0;   // the end of the line being passed over
    for (std::uint32_t n = start; n < nodes.size(); ++n) {
        if (n == ctx_.headline_node) title_at = text_bytes;
        const DomNode& node = nodes[n];
        if (node.type == NodeType::text && !(flags_[n] & skip)) text_bytes += node.text.size();
        if (n < line_end || node.type != NodeType::element || bytes[n] == 0 || bytes[n] > kSplitLine) continue;
        const std::uint32_t e = dom_.next_in(n, 0, true);
        line_end = e == no_node ? static_cast<std::uint32_t>(nodes.size()) : e;
        read_split_line(n, line_end, near_title(text_bytes, title_at));
    }
}

// The text of nodes [line, end) as one line, a space after each text node; the dates that only
// the whole line holds.
void Collector::read_split_line(std::uint32_t line, std::uint32_t end, bool near_title) {
    auto is_text = [&](std::uint32_t n) { return dom_.nodes[n].type == NodeType::text && !(flags_[n] & skip); };
    // Most short elements are one run: they are passed over without a copy.
    std::uint32_t first = line;
    while (first < end && !is_text(first)) ++first;
    bool split = false;
    for (std::uint32_t n = first + 1; n < end && !split; ++n) split = is_text(n) && block_of_[n] != block_of_[first];
    if (!split) return;
    std::string text;
    std::vector<std::size_t> breaks;
    std::uint8_t line_flags = flags_[first];
    for (std::uint32_t n = first, block = block_of_[first]; n < end; ++n) {
        if (!is_text(n)) continue;
        if (block_of_[n] != block) breaks.push_back(text.size());
        block = block_of_[n];
        line_flags |= flags_[n] & (dateish | updated);
        text.append(dom_.nodes[n].text);
        text += ' ';
    }
    const auto found = scan_dates(text, month_first_);
    if (!found.empty()) add_run_dates(text, found, breaks, first, line_flags, near_title);
}

}  // namespace winnow::detail::date_collect
