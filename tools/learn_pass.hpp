// Pass one of the streaming batch modes (--jsonl, --warc): every record cleaned up to the site
// filter is learned from on its worker and, unless the run only learns, kept in a PageStore in
// input order with a tag (what pass two needs to write it out), so that pass two neither reads
// nor parses anything again. The tree mode keeps pages by index instead (tree_mode.cpp).
#pragma once
#include <cstdio>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "batch_shared.hpp"
#include "page_store.hpp"
#include "stop_signals.hpp"

namespace winnow::cli {

class LearnPass {
public:
    // keep: store the records for pass two (false with --learn-only).
    LearnPass(bool keep, PageStore& kept, BatchCounters& counters)
        : keep_(keep), kept_(kept), c_(counters) {}

    // On a worker: counts r, learns from it by its fingerprints (as clean_unprofiled made them);
    // returns what keep() stores (empty when not keeping).
    std::string learn(const Result& r, const PageFingerprints& fingerprints, std::string_view tag);
    // The ordered pipeline's sink: stores what learn() returned, in input order.
    void keep(const std::string& learned);

    // The end of pass one: the stop message, a keeping error, the merged profile, --save-profile.
    // -1 to go on, else the exit status.
    int finish(const CliOptions& o, Progress& progress, std::shared_ptr<const SiteProfile>& profile);
    std::uint64_t without_host() const { return learner_.without_host.load(); }

private:
    Learner learner_;
    bool keep_;
    PageStore& kept_;
    BatchCounters& c_;
    std::string keep_error_;
};

// A tag of several strings (any bytes) and back: each is its length, ':' and its bytes.
std::string join_fields(std::initializer_list<std::string_view> fields);
std::vector<std::string> split_fields(std::string_view tag);

// A stream mode's run once its outputs are open: the stop handlers, a flat heap, the profile
// loaded (--load-profile) or learned by pass one, then the cleaning pass. learn(profile) gives
// an exit status, or -1 to go on; clean(learned, profile) the run's exit status.
template <class Learn, class Clean>
int run_stream_passes(const CliOptions& o, ProfileMode mode, Learn&& learn, Clean&& clean) {
    install_stop_handlers();
    keep_memory_flat();
    std::shared_ptr<const SiteProfile> profile;
    if (mode == ProfileMode::load) {
        std::string error;
        if (!load_profile(o.load_profile, profile, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
    } else if (mode == ProfileMode::learn) {
        if (const int status = learn(profile); status >= 0) return status;
    }
    return clean(mode == ProfileMode::learn, profile);
}

}  // namespace winnow::cli
