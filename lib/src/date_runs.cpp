// Dates stage, the runs of text: one run per block element, read for bylines and datelines
// near the title or in elements named for dates, and for dates in passing in running text.
#include <chrono>

#include "date_collector.hpp"
#include "date_relative.hpp"
#include "date_text.hpp"

namespace winnow::detail::date_collect {

// Dates in running text, one run of text per block element. Near the title (or in an element
// named for dates or bylines) a date is a byline; elsewhere only text.
void Collector::text_pass(bool long_runs) {
    const auto& nodes = dom_.nodes;
    const std::uint32_t start = dom_.body == no_node ? 0 : dom_.body;
    std::string run;
    std::uint32_t run_block = no_node, run_first = 0;
    std::uint8_t run_flags = 0;
    std::size_t text_bytes = 0, title_at = std::string::npos, run_at = 0;
    auto near_title = [&](std::size_t at) {
        if (title_at == std::string::npos) return at < 600;
        return at + 400 >= title_at && at <= title_at + 1500;
    };
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
    const auto found = scan_dates(run, month_first_);
    const bool is_weak = run_flags & weak;
    if (found.empty() && !is_weak && run.size() < kShortRun && (near_title || (run_flags & dateish)) && reference_days_)
        if (const int back = relative_days_ago(run); back >= 0 && back <= 366) {
            // "vor 2 Tagen" by the title: a day counted back from the crawl date, weaker than any
            // dateline that names its day.
            const auto day = std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(reference_days_ - back)));
            const DateLabel kind = label_in(run) == DateLabel::modified ? DateLabel::modified : DateLabel::none;
            add_day(static_cast<int>(day.year()), static_cast<int>(static_cast<unsigned>(day.month())),
                    static_cast<int>(static_cast<unsigned>(day.day())), Source::byline, kind, 4, first_node, false);
        }
    if (found.empty()) return;   // no date to label
    // A short run that is mostly a date is a dateline; a date inside a long paragraph is a
    // date the story talks about.
    const bool short_run = run.size() < kShortRun;
    const std::vector<DateLabel> labels = date_labels(run, found);
    for (std::size_t i = 0; i < found.size(); ++i) {
        const TextDate& d = found[i];
        DateLabel kind = labels[i];
        if (kind == DateLabel::none && (run_flags & updated)) kind = DateLabel::modified;
        const bool byline = !is_weak && short_run && (near_title || (run_flags & dateish));
        // In a weak place, a short run named for dates still beats a date in passing.
        const int w = byline ? (kind == DateLabel::published ? 7 : 5) : is_weak ? (short_run && (run_flags & dateish) ? 1 : 0) : 2;
        add_day(d.year, d.month, d.day, byline ? Source::byline : Source::text, kind, w, first_node, is_weak);
    }
}

}  // namespace winnow::detail::date_collect
