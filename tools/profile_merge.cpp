// --merge-profiles OUT IN...: the reduce step of map/reduce profile learning.
#include "batch.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <climits>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

#include "batch_record.hpp"
#include "audit_index.hpp"
#include "file_walk.hpp"
#include "input_files.hpp"
#include "jsonl.hpp"
#include "page_store.hpp"
#include "progress.hpp"
#include "line_source.hpp"
#include "stop_signals.hpp"
#include "batch_shared.hpp"
#include "ordered_pipeline.hpp"


namespace winnow::cli {

int run_merge_profiles(const CliOptions& o) {
    if (o.files.empty()) {
        std::fprintf(stderr, "winnow: --merge-profiles OUT needs at least one input profile\n");
        return 2;
    }
    SiteProfile merged;
    for (const auto& f : o.files) {
        std::shared_ptr<const SiteProfile> p;
        std::string error;
        if (!load_profile(f, p, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 1;
        }
        merged.merge(*p);
    }
    std::string error;
    if (!save_profile(o.merge_profiles, &merged, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

}  // namespace winnow::cli
