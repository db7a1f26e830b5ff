// Tree mode (-i IN_DIR -o OUT_DIR): every page of a folder tree, in parallel, resumable; two passes
// with a site profile (pass 1 keeps each page for pass 2 in a PageStore).
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
#include "phase_trace.hpp"
#include "path_index.hpp"
#include "progress.hpp"
#include "line_source.hpp"
#include "stop_signals.hpp"
#include "batch_shared.hpp"
#include "ordered_pipeline.hpp"
#include "output_writer.hpp"
#include "read_ahead.hpp"


namespace winnow::cli {

namespace {

// Pages read ahead of the workers: at most 2 per worker and 16 more, none begun while those
// ready hold 1 MiB (the reading thread is woken once half are taken: with 4 at -j 1, a run over
// 697 pages on a busy machine sat 0.4-0.7 s waiting for its turn after those wakes, with 18
// 0.1-0.15 s; with 8 MiB, the pages taken largest first raised dragnet-dev's peak RSS by 4 MiB).
// Outputs waiting for the writing thread: at most 64 and 4 MiB; a worker finding the queue full
// waits, so the queue is long enough for a writing thread that a busy machine leaves
// unscheduled for a while.
std::size_t read_ahead_items(unsigned workers) { return 2 * std::size_t{workers} + 16; }
constexpr std::size_t kReadAheadBytes = std::size_t{1} << 20;
constexpr std::size_t kWriteBehindItems = 64;
constexpr std::size_t kWriteBehindBytes = std::size_t{4} << 20;

bool newer(const struct stat& a, const struct stat& b) {
    if (a.st_mtim.tv_sec != b.st_mtim.tv_sec) return a.st_mtim.tv_sec > b.st_mtim.tv_sec;
    return a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

// One tree run: the checks, the walk, pass one (learning, keeping pages), pass two (cleaning,
// writing), each a step of its own over the run's shared state.
class TreeBatch {
public:
    explicit TreeBatch(const CliOptions& o)
        : o_(o), ext_(format_ext(o.format)), limit_(o.clean.limits.max_input_bytes),
          progress_(Progress::choose(o.quiet), o.progress_interval), errors_(progress_) {}

    int run() {
        if (const int status = check_folders(); status) return status;
        log_path_ = o_.error_log.empty() ? out_root_ + "/winnow-errors.log" : o_.error_log;
        std::string error;
        if (!errors_.open(log_path_, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        install_stop_handlers();
        keep_memory_flat();
        trace_.mark("start");
        plan();
        trace_.mark("walk");
        workers_ = std::max(1u, std::min<unsigned>(worker_count(o_), static_cast<unsigned>(std::max<std::size_t>(jobs_->size(), 1))));
        log_note_ = "; errors are listed in " + printable_path(log_path_);

        std::shared_ptr<const SiteProfile> profile;
        PageStore kept(pmode_ == ProfileMode::learn && !o_.learn_only ? jobs_->size() : 0, o_.keep_memory, out_root_);
        if (pmode_ == ProfileMode::load) {
            if (!load_profile(o_.load_profile, profile, error)) {
                std::fprintf(stderr, "winnow: %s\n", error.c_str());
                return 2;
            }
        } else if (pmode_ == ProfileMode::learn && (o_.learn_only || o_.force || !all_up_to_date())) {
            if (const int status = learn(kept, profile); status >= 0) return status;
        }
        if (!o_.save_profile.empty() && profile && !save_profile(o_.save_profile, profile.get(), error)) {
            errors_.report(o_.save_profile, error);
            return 1;
        }
        if (o_.learn_only) return walk_failures_ ? 1 : 0;
        return clean(kept, profile);
    }

private:
    using Job = PathIndex::Page;

    const CliOptions& o_;
    const char* ext_;
    const std::size_t limit_;
    Progress progress_;
    ErrorSink errors_;
    PhaseTrace trace_;
    ProfileMode pmode_ = ProfileMode::none;
    std::string in_root_, out_root_, log_path_, log_note_;
    std::optional<PathIndex> jobs_;
    std::uint64_t walk_failures_ = 0;
    unsigned workers_ = 1;

    // Arguments and folders: exit status 2 with a message, or 0.
    int check_folders() {
        if (o_.output.empty()) {
            std::fprintf(stderr, "winnow: -i needs an output folder: -o OUT_DIR\n");
            return 2;
        }
        if (!o_.files.empty()) {
            std::fprintf(stderr, "winnow: -i IN_DIR takes no FILE arguments\n");
            return 2;
        }
        std::string error;
        if (!choose_profile_mode(o_, pmode_, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        in_root_ = o_.input_dir;
        out_root_ = o_.output;
        while (in_root_.size() > 1 && in_root_.back() == '/') in_root_.pop_back();
        while (out_root_.size() > 1 && out_root_.back() == '/') out_root_.pop_back();
        struct stat st {};
        if (stat(in_root_.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            std::fprintf(stderr, "winnow: %s: not a readable folder\n", printable_path(in_root_).c_str());
            return 2;
        }
        if (!make_dirs(out_root_)) {
            std::fprintf(stderr, "winnow: cannot create output folder %s: %s\n", printable_path(out_root_).c_str(),
                         std::strerror(errno));
            return 2;
        }
        char a[PATH_MAX], b[PATH_MAX];
        if (realpath(in_root_.c_str(), a) && realpath(out_root_.c_str(), b)) {
            const std::string in_real = a, out_real = b;
            if (in_real == out_real ||
                (in_real.starts_with(out_real) && (out_real == "/" || in_real[out_real.size()] == '/'))) {
                std::fprintf(stderr, "winnow: the output folder must not be the input folder or contain it\n");
                return 2;
            }
        }
        return 0;
    }

    // Walk, planning every output name as pages are found (collisions get the whole input
    // name as stem). The page list itself goes to a file in the output folder (PathIndex):
    // memory keeps a few bytes a page, so a run over millions of pages stays small.
    void plan() {
        WalkOptions wo;
        wo.follow_symlinks = o_.follow_symlinks;
        wo.exclude_dir = out_root_;
        jobs_.emplace(out_root_);
        WalkResult walk;
        {
            std::unordered_set<std::size_t> taken;  // hashes of output names; a false hit only renames
            const std::hash<std::string> hash;
            walk_tree(in_root_, wo, walk, [&](std::string rel, std::uint64_t size) {
                bool whole = false;
                if (!taken.insert(hash(output_name(rel, ext_))).second) {
                    whole = true;
                    if (!taken.insert(hash(rel + ext_)).second) {
                        errors_.report(in_root_ + "/" + rel, "output name collides with another input's output");
                        ++walk_failures_;
                        return;
                    }
                }
                // A gzip'd page inflates to several times its size (HTML, 3-7x): its work is counted at 4x.
                jobs_->add(rel, is_text_name(rel), whole, is_gzip_name(rel) ? size * 4 : size);
            });
        }
        // Both passes take the pages largest first (longest processing time first). In file order,
        // the peak memory of a run was the chance meeting of its biggest pages on all workers at
        // once, likelier the more pages a run has; and a pass waited at its end for whatever big
        // page came last. Largest first, the peak comes at the start for a batch of any length and
        // the workers run out of pages together. Outputs do not depend on the order.
        jobs_->largest_first();
#ifdef __GLIBC__
        // The walk's table of output names (tens of bytes a page) is freed: give its pages back,
        // or they stay resident under everything after (the heap is trimmed only past 32 MiB) and
        // the peak of a batch grows with its number of pages.
        malloc_trim(0);
#endif
        for (const auto& p : walk.problems) {
            if (p.error) ++walk_failures_;
            errors_.report(p.path, p.error ? p.reason : "note: " + p.reason);
        }
    }

    std::string out_rel(const Job& j) const { return j.whole_name ? j.rel + ext_ : output_name(j.rel, ext_); }

    bool up_to_date(const Job& job) const {
        struct stat in_st {}, out_st {};
        return !o_.force && stat((in_root_ + "/" + job.rel).c_str(), &in_st) == 0 &&
               stat((out_root_ + "/" + out_rel(job)).c_str(), &out_st) == 0 && S_ISREG(out_st.st_mode) &&
               newer(out_st, in_st);
    }
    // A re-run with nothing left to do need not learn the profile again.
    bool all_up_to_date() const {
        Job job;
        std::string why;
        for (std::size_t i = 0; i < jobs_->size(); ++i)
            if (!jobs_->get(i, job, why) || !up_to_date(job)) return false;
        return true;
    }

    // A page as the reading thread hands it to a worker (read_ahead.hpp).
    struct ReadPage {
        Job job;
        bool listed = false;   // its path read back from the page list
        bool ok = false;       // listed, and read unless pass two need not read it
        bool keep = false;     // pass one: keep it for pass two (its output is not up to date)
        bool stored = false;   // pass two: pass one kept it
        bool skip = false;     // pass two: its output is up to date, nothing to do
        std::string bytes, reason;
    };
    // What a pass-two worker hands the writing thread (output_writer.hpp): an output to write
    // (path set), or a page that failed before it (error) or was up to date (skipped); every
    // outcome goes through the writer, so with -j 1 the error log keeps the pages' order.
    struct Output {
        std::string path, data;
        std::string source;                  // the input, as the error log names it
        std::string error;
        bool skipped = false;
        std::optional<AuditEntry> audit;     // --format audit: the index page's row
    };

    unsigned reader_row() const { return workers_; }      // the reading and writing threads'
    unsigned writer_row() const { return workers_ + 1; }  // rows in the phase trace

    // Pass 1 on one page as the reading thread handed it: cleaned up to the site filter,
    // learned from, kept for pass 2.
    void learn_page(std::size_t i, ReadPage& p, const Cleaners& cleaners, const Hints& hints, Learner& learner,
                    PageStore& kept, unsigned w, BatchCounters& c) {
        bool ok = p.ok;
        if (ok) {
            const std::size_t input_size = p.bytes.size();
            c.bytes += input_size;
            PhaseTrace::Stamp t = trace_.now();
            PageFingerprints fingerprints;   // made once (with the cleaning): pass two's site filter reuses them
            const Result r = cleaners.pick(p.job.text).clean_unprofiled(p.bytes, hints, fingerprints);
            release_input(p.bytes);
            trace_.add(w, PhaseTrace::clean, t);
            t = trace_.now();
            ok = r.ok();
            if (ok) {
                learner.add(r.document, fingerprints);
            } else {
                p.reason = r.error;
            }
            trace_.add(w, PhaseTrace::learn, t);
            t = trace_.now();
            std::string why;
            // A full disk under the spill file stops pass one as it stops pass two's writes:
            // every later page would spill and fail alike.
            if (p.keep && !kept.put(i, r, fingerprints, input_size, why))
                if (const int err = kept.spill_error(); err == ENOSPC || err == EDQUOT) stop_for_full_disk(err);
            trace_.add(w, PhaseTrace::keep, t);
        }
        release_input(p.bytes);
        // Failures are reported by pass 2 (which meets them again), except when there is no
        // pass 2.
        if (!ok && o_.learn_only) errors_.report(p.listed ? in_root_ + "/" + p.job.rel : out_root_, p.reason);
        (ok ? c.ok : c.failed)++;
        c.done++;
    }

    // Pass 1: learn the site profile, keeping each page that pass 2 will write (so pass 2
    // neither reads nor parses it again). An exit status, or -1 to go on.
    int learn(PageStore& kept, std::shared_ptr<const SiteProfile>& profile) {
        BatchCounters c;
        Learner learner;
        const Cleaners cleaners(o_.clean, nullptr);
        progress_.start("learning", jobs_->size(), &c);
        trace_.begin_pass(workers_, true);
        {
            ReadAhead<ReadPage> ahead(jobs_->size(), read_ahead_items(workers_), kReadAheadBytes, reader_row(), [&](std::size_t i, ReadPage& p, unsigned who) {
                const PhaseTrace::Stamp t = trace_.now();
                p.listed = jobs_->get(i, p.job, p.reason);
                p.ok = p.listed && read_page(in_root_ + "/" + p.job.rel, limit_, p.bytes, p.reason);
                // A page pass 2 cannot take from the store is read and cleaned there again.
                p.keep = p.ok && !o_.learn_only && !up_to_date(p.job);
                trace_.add(who, PhaseTrace::read, t);
                if (who == reader_row()) trace_.worker_done(who);
                return p.bytes.size();
            });
            auto threads = start_threads(workers_, [&](unsigned w) {
                Hints hints;
                hints.charset = o_.charset;
                ReadPage p;
                std::size_t i = 0;
                while (true) {
                    const PhaseTrace::Stamp t = trace_.now();
                    if (!ahead.next(i, p, w)) break;
                    trace_.add(w, PhaseTrace::wait, t);
                    learn_page(i, p, cleaners, hints, learner, kept, w, c);
                }
                trace_.worker_done(w);
            });
            join_all(threads);
        }
        trace_.end_pass("pass one");
        progress_.stop();
        if (stop_requested()) {
            if (const int err = full_disk_error(); err && !stop_signal()) {
                progress_.message(spill_full_message(err));
                return 1;
            }
            if (!o_.quiet) progress_.message("winnow: interrupted while learning the site profile; nothing was written");
            return 128 + stop_signal();
        }
        profile = learner.merged();
        trace_.mark("profile merge");
        if (!o_.quiet && learner.without_host.load())
            progress_.message("winnow: " + std::to_string(learner.without_host.load()) +
                              " pages name no host (no canonical or og:url); they were not learned from");
        if (o_.learn_only) {
            c.failed += walk_failures_;
            c.done += walk_failures_;  // the summary's count of pages includes the failures it lists
            print_summary(progress_, o_, "learned", c, c.failed ? log_note_ : "");
        }
        return -1;
    }

    // Pass 2 on one page as the reading thread handed it: taken from the store and finished, or
    // read and cleaned, then rendered; what the writer does with it.
    Output finish_page(PageStore& kept, const Cleaners& cleaners, const Hints& hints, const EmitOptions& emit,
                       std::size_t i, ReadPage& p, unsigned w, BatchCounters& c) {
        Output out;
        if (!p.listed) {
            out.source = out_root_;
            out.error = std::move(p.reason);
            return out;
        }
        out.source = in_root_ + "/" + p.job.rel;
        Result kept_result;
        PageFingerprints kept_fingerprints;
        std::uint64_t kept_bytes = 0;
        std::string unused_tag;
        PhaseTrace::Stamp t = trace_.now();
        const bool from_store = p.stored && kept.take(i, kept_result, kept_fingerprints, kept_bytes, unused_tag, p.reason);
        trace_.add(w, PhaseTrace::take, t);
        // A page the store could not give back is met as if pass one had not kept it.
        if (p.stored && !from_store) {
            p.skip = up_to_date(p.job);
            p.ok = p.skip || read_page(out.source, limit_, p.bytes, p.reason);
        }
        if (!from_store && p.skip) {
            out.skipped = true;
            if (o_.format == OutputFormat::audit) out.audit = AuditEntry{out_rel(p.job), {}, false, {}};
            return out;
        }
        if (!p.ok) {
            out.error = std::move(p.reason);
            return out;
        }
        c.bytes += from_store ? kept_bytes : p.bytes.size();
        const Cleaner& cleaner = cleaners.pick(p.job.text);
        t = trace_.now();
        const Result r = from_store ? cleaner.finish(std::move(kept_result), kept_fingerprints) : cleaner.clean(p.bytes, hints);
        release_input(p.bytes);
        trace_.add(w, PhaseTrace::finish, t);
        if (!r.ok()) {
            out.error = r.error;
            return out;
        }
        if (!r.document.warnings.empty()) c.warnings++;
        t = trace_.now();
        out.data = render(r.document, o_.format, emit);
        if (o_.format == OutputFormat::audit) out.audit = audit_entry(out_rel(p.job), r.document);
        trace_.add(w, PhaseTrace::render, t);
        out.path = out_root_ + "/" + out_rel(p.job);
        return out;
    }

    // On the writing thread: writes a page's output, or logs why it has none; counts the
    // outcome; collects the audit index's rows (only this thread touches them).
    void write_output(Output& out, BatchCounters& c, std::vector<AuditEntry>& audit_rows) {
        bool listed = out.skipped;   // the audit index lists pages skipped or written
        if (out.skipped) {
            c.skipped++;
        } else if (full_disk_error()) {
            return;  // the output disk is full: the pages cleaned meanwhile are not attempted (not done)
        } else {
            std::string why = std::move(out.error);
            const bool ok = !out.path.empty() && write_atomic(out.path, out.data, why);
            if (!ok) errors_.report(out.source, why);
            (ok ? c.ok : c.failed)++;
            listed = ok;
        }
        if (listed && out.audit) audit_rows.push_back(std::move(*out.audit));
        c.done++;
    }

    // Pass 2: clean every page not up to date (from the store when pass 1 kept it) and write it.
    int clean(PageStore& kept, const std::shared_ptr<const SiteProfile>& profile) {
        BatchCounters c;
        c.failed += walk_failures_;
        const Cleaners cleaners(o_.clean, profile);
        trace_.mark("profile setup");
        std::vector<AuditEntry> audit_rows;  // --format audit: the index page's rows
        progress_.start("cleaning", jobs_->size(), &c);
        trace_.begin_pass(workers_, true);
        {
            ReadAhead<ReadPage> ahead(jobs_->size(), read_ahead_items(workers_), kReadAheadBytes, reader_row(), [&](std::size_t i, ReadPage& p, unsigned who) {
                const PhaseTrace::Stamp t = trace_.now();
                p.listed = jobs_->get(i, p.job, p.reason);
                p.stored = p.listed && kept.has(i);
                p.skip = p.listed && !p.stored && up_to_date(p.job);
                p.ok = p.listed && (p.stored || p.skip || read_page(in_root_ + "/" + p.job.rel, limit_, p.bytes, p.reason));
                trace_.add(who, PhaseTrace::read, t);
                if (who == reader_row()) trace_.worker_done(who);
                return p.bytes.size();
            });
            // Only the writing thread counts outcomes and collects the index rows.
            OutputWriter<Output> writer(kWriteBehindItems, kWriteBehindBytes, [&](Output& out) {
                const PhaseTrace::Stamp t = trace_.now();
                write_output(out, c, audit_rows);
                trace_.add(writer_row(), PhaseTrace::write, t);
                trace_.worker_done(writer_row());
            });
            auto threads = start_threads(workers_, [&](unsigned w) {
                Hints hints;
                hints.charset = o_.charset;
                EmitOptions emit = o_.emit;
                ReadPage p;
                std::size_t i = 0;
                while (true) {
                    PhaseTrace::Stamp t = trace_.now();
                    if (!ahead.next(i, p, w)) break;
                    trace_.add(w, PhaseTrace::wait, t);
                    t = trace_.now();
                    writer.write(finish_page(kept, cleaners, hints, emit, i, p, w, c));
                    trace_.add(w, PhaseTrace::hand, t);
                }
                trace_.worker_done(w);
            });
            join_all(threads);
            writer.finish();
        }
        trace_.end_pass("pass two");
        progress_.stop();
        if (o_.format == OutputFormat::audit && !stop_requested()) {
            std::string why;
            if (!write_atomic(out_root_ + "/index.html", audit_index_page(std::move(audit_rows)), why)) {
                errors_.report(out_root_ + "/index.html", why);
                c.failed++;
            }
        }
        if (stop_requested() && !o_.quiet) {
            const std::uint64_t left = jobs_->size() - std::min<std::uint64_t>(jobs_->size(), c.done.load());
            if (const int err = full_disk_error())
                progress_.message("winnow: stopped: the output disk is full (" + std::string(std::strerror(err)) + "): " +
                                  std::to_string(left) + " pages not written; free space and run the same command again "
                                  "(written pages are skipped)");
            else
                progress_.message("winnow: interrupted: " + std::to_string(left) +
                                  " pages not done; run the same command again to finish (done pages are skipped)");
        }
        c.done += walk_failures_;  // counted as failed from the start; pages too, once the bar is gone
        print_summary(progress_, o_, "cleaned", c, c.failed.load() ? log_note_ : "");
        trace_.mark("end");
        return final_status(c);
    }
};

}  // namespace

int run_tree(const CliOptions& o) { return TreeBatch(o).run(); }

}  // namespace winnow::cli
