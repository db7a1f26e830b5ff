// The parts the batch modes (tree_mode.cpp, jsonl_mode.cpp, warc_mode.cpp) share:
// the error log, atomic output files, site profile learning, the summary line. Stopping and
// worker threads are in stop_signals.hpp; the two cleaners and rendering in batch_record.hpp.
#pragma once
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "batch_record.hpp"
#include "cli_options.hpp"
#include "file_walk.hpp"
#include "progress.hpp"
#include "stop_signals.hpp"

namespace winnow::cli {

void keep_memory_flat();
// A worker frees a page's input as soon as the page is cleaned, and keeps no buffer for the
// next page: a buffer living from one page into the next sat inside the heap's free space
// while the next page allocated around it, and a long batch's heap grew with its pages
// (a gzip page's input is a new buffer each page anyway: inflated in one made to its size).
void release_input(std::string& buffer);
unsigned worker_count(const CliOptions& o);
// Exit status: 128 + the signal after a stop, 1 when a page failed or the disk was full, else 0.
int final_status(const BatchCounters& c);

class ErrorSink {
public:
    ErrorSink(Progress& progress) : progress_(progress) {}
    ~ErrorSink() {
        if (log_) std::fclose(log_);
    }
    bool open(const std::string& path, std::string& error) {
        log_ = std::fopen(path.c_str(), "w");
        if (!log_) {
            error = "cannot write the error log " + printable_path(path) + ": " + std::strerror(errno);
            return false;
        }
        return true;
    }
    // path: the input (file path, or "line N" in a stream); both are made printable.
    void report(std::string_view path, std::string_view reason) {
        const std::string p = printable_path(path), r = printable_path(reason);
        std::lock_guard lock(mutex_);
        if (log_) {
            std::fprintf(log_, "%s\t%s\n", p.c_str(), r.c_str());
            std::fflush(log_);
        }
        progress_.message("winnow: " + p + ": " + r);
    }

private:
    Progress& progress_;
    std::mutex mutex_;
    std::FILE* log_ = nullptr;
};

bool make_dirs(const std::string& path);
std::string parent_of(const std::string& path);
// Where pass one's spill file goes: beside the outputs when they go to a folder, else $TMPDIR
// (or /tmp) for a run that writes to standard output.
std::string spill_dir(const std::string& beside_outputs);
// The error that ends a batch whose spill file found its disk full (err: ENOSPC or EDQUOT) in
// pass one: nothing was written, the spill file is gone with the process, the rerun finishes.
std::string spill_full_message(int err);
// Writes data to a file made without a name (O_TMPFILE) and links it into place, or, when the
// target exists or the file system cannot, to a temporary name then renamed into place: a
// reader (or an interrupted run) never sees a half-written output.
bool write_atomic(const std::string& path, std::string_view data, std::string& reason);
bool read_whole_file(const std::string& path, std::string& out, std::string& error);

bool load_profile(const std::string& path, std::shared_ptr<const SiteProfile>& out, std::string& error);
bool save_profile(const std::string& path, const SiteProfile* profile, std::string& error);

// Pass-1 state: one profile for all workers, behind a lock (adding a page is a small part of
// cleaning it). One profile per worker held each host's fingerprints once per worker that met
// the host: a long batch, where every worker meets every host, peaked higher than a short one.
// Counts add, so the profile does not depend on the order pages were seen or on the number of
// threads.
class Learner {
public:
    std::atomic<std::uint64_t> without_host{0};
    // fingerprints: SiteProfile::fingerprints(doc), made once for pass two to reuse.
    void add(const Document& doc, const PageFingerprints& fingerprints) {
        const std::string host = site_host(doc);
        if (host.empty()) {
            ++without_host;
            return;
        }
        const std::lock_guard lock(mutex_);
        profile_.add_page(host, fingerprints);
    }
    // Once the workers are done.
    std::shared_ptr<const SiteProfile> merged() { return std::make_shared<const SiteProfile>(std::move(profile_)); }

private:
    std::mutex mutex_;
    SiteProfile profile_;
};

// How the run gets its profile: learned (two passes), loaded (one pass) or none.
enum class ProfileMode { none, learn, load };
bool choose_profile_mode(const CliOptions& o, ProfileMode& mode, std::string& error);

// "winnow: WHAT: N pages: ... cleaned, ... failed ..." on stderr (unless quiet). The time and
// rates are the whole run's (progress.run_seconds(): both passes), not the last pass's.
void print_summary(Progress& progress, const CliOptions& o, const char* what, const BatchCounters& c,
                   const std::string& log_note);

}  // namespace winnow::cli
