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


namespace winnow::cli {

namespace {

bool newer(const struct stat& a, const struct stat& b) {
    if (a.st_mtim.tv_sec != b.st_mtim.tv_sec) return a.st_mtim.tv_sec > b.st_mtim.tv_sec;
    return a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

}  // namespace

int run_tree(const CliOptions& o) {
    if (o.output.empty()) {
        std::fprintf(stderr, "winnow: -i needs an output folder: -o OUT_DIR\n");
        return 2;
    }
    if (!o.files.empty()) {
        std::fprintf(stderr, "winnow: -i IN_DIR takes no FILE arguments\n");
        return 2;
    }
    ProfileMode pmode;
    std::string error;
    if (!choose_profile_mode(o, pmode, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    std::string in_root = o.input_dir, out_root = o.output;
    while (in_root.size() > 1 && in_root.back() == '/') in_root.pop_back();
    while (out_root.size() > 1 && out_root.back() == '/') out_root.pop_back();
    struct stat st {};
    if (stat(in_root.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        std::fprintf(stderr, "winnow: %s: not a readable folder\n", printable_path(in_root).c_str());
        return 2;
    }
    if (!make_dirs(out_root)) {
        std::fprintf(stderr, "winnow: cannot create output folder %s: %s\n", printable_path(out_root).c_str(),
                     std::strerror(errno));
        return 2;
    }
    {
        char a[PATH_MAX], b[PATH_MAX];
        if (realpath(in_root.c_str(), a) && realpath(out_root.c_str(), b)) {
            const std::string in_real = a, out_real = b;
            if (in_real == out_real || (in_real.starts_with(out_real) &&
                                        (out_real == "/" || in_real[out_real.size()] == '/'))) {
                std::fprintf(stderr, "winnow: the output folder must not be the input folder or contain it\n");
                return 2;
            }
        }
    }

    Progress progress(Progress::choose(o.quiet), o.progress_interval);
    ErrorSink errors(progress);
    const std::string log_path = o.error_log.empty() ? out_root + "/winnow-errors.log" : o.error_log;
    if (!errors.open(log_path, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    install_stop_handlers();
    keep_memory_flat();
    PhaseTrace trace;
    trace.mark("start");

    // Walk, planning every output name as pages are found (collisions get the whole input
    // name as stem). The page list itself goes to a file in the output folder (PathIndex):
    // memory keeps a few bytes a page, so a run over millions of pages stays small.
    WalkOptions wo;
    wo.follow_symlinks = o.follow_symlinks;
    wo.exclude_dir = out_root;
    const char* ext = format_ext(o.format);
    PathIndex jobs(out_root);
    WalkResult walk;
    std::uint64_t walk_failures = 0;
    {
        std::unordered_set<std::size_t> taken;  // hashes of output names; a false hit only renames
        const std::hash<std::string> hash;
        walk_tree(in_root, wo, walk, [&](std::string rel, std::uint64_t size) {
            bool whole = false;
            if (!taken.insert(hash(output_name(rel, ext))).second) {
                whole = true;
                if (!taken.insert(hash(rel + ext)).second) {
                    errors.report(in_root + "/" + rel, "output name collides with another input's output");
                    ++walk_failures;
                    return;
                }
            }
            // A gzip'd page inflates to several times its size (HTML, 3-7x): its work is counted at 4x.
            jobs.add(rel, is_text_name(rel), whole, is_gzip_name(rel) ? size * 4 : size);
        });
    }
    // Both passes take the pages largest first (longest processing time first). In file order,
    // the peak memory of a run was the chance meeting of its biggest pages on all workers at
    // once, likelier the more pages a run has; and a pass waited at its end for whatever big
    // page came last. Largest first, the peak comes at the start for a batch of any length and
    // the workers run out of pages together. Outputs do not depend on the order.
    jobs.largest_first();
#ifdef __GLIBC__
    // The walk's table of output names (tens of bytes a page) is freed: give its pages back,
    // or they stay resident under everything after (the heap is trimmed only past 32 MiB) and
    // the peak of a batch grows with its number of pages.
    malloc_trim(0);
#endif
    for (const auto& p : walk.problems) {
        if (p.error) ++walk_failures;
        errors.report(p.path, p.error ? p.reason : "note: " + p.reason);
    }
    trace.mark("walk");
    using Job = PathIndex::Page;
    auto out_rel = [&](const Job& j) { return j.whole_name ? j.rel + ext : output_name(j.rel, ext); };
    const unsigned workers = std::max(1u, std::min<unsigned>(worker_count(o), static_cast<unsigned>(std::max<std::size_t>(jobs.size(), 1))));
    const std::size_t limit = o.clean.limits.max_input_bytes;
    const std::string log_note = "; errors are listed in " + printable_path(log_path);

    auto up_to_date = [&](const Job& job) {
        struct stat in_st {}, out_st {};
        return !o.force && stat((in_root + "/" + job.rel).c_str(), &in_st) == 0 &&
               stat((out_root + "/" + out_rel(job)).c_str(), &out_st) == 0 && S_ISREG(out_st.st_mode) &&
               newer(out_st, in_st);
    };
    // A re-run with nothing left to do need not learn the profile again.
    auto all_up_to_date = [&] {
        Job job;
        std::string why;
        for (std::size_t i = 0; i < jobs.size(); ++i)
            if (!jobs.get(i, job, why) || !up_to_date(job)) return false;
        return true;
    };

    // Pass 1: learn the site profile, keeping each page that pass 2 will write (so pass 2
    // neither reads nor parses it again).
    std::shared_ptr<const SiteProfile> profile;
    PageStore kept(pmode == ProfileMode::learn && !o.learn_only ? jobs.size() : 0, o.keep_memory, out_root);
    if (pmode == ProfileMode::load) {
        if (!load_profile(o.load_profile, profile, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
    } else if (pmode == ProfileMode::learn && (o.learn_only || o.force || !all_up_to_date())) {
        BatchCounters c;
        Learner learner;
        Options po = o.clean;
        const Cleaners cleaners(po, nullptr);
        std::atomic<std::size_t> next{0};
        progress.start("learning", jobs.size(), &c);
        trace.begin_pass(workers);
        auto threads = start_threads(workers, [&](unsigned w) {
            std::string bytes, reason;
            Hints hints;
            hints.charset = o.charset;
            Job job;
            while (!stop_requested()) {
                const std::size_t i = next.fetch_add(1);
                if (i >= jobs.size()) break;
                PhaseTrace::Stamp t = trace.now();
                bool ok = jobs.get(i, job, reason);
                const std::string path = ok ? in_root + "/" + job.rel : out_root;
                ok = ok && read_page(path, limit, bytes, reason);
                trace.add(w, PhaseTrace::read, t);
                if (ok) {
                    const std::size_t input_size = bytes.size();
                    c.bytes += input_size;
                    t = trace.now();
                    const Result r = cleaners.pick(job.text).clean_unprofiled(bytes, hints);
                    release_input(bytes);
                    trace.add(w, PhaseTrace::clean, t);
                    t = trace.now();
                    ok = r.ok();
                    PageFingerprints fingerprints;   // made once: pass two's site filter reuses them
                    if (ok) {
                        fingerprints = SiteProfile::fingerprints(r.document);
                        learner.add(r.document, fingerprints);
                    } else {
                        reason = r.error;
                    }
                    trace.add(w, PhaseTrace::learn, t);
                    // A page pass 2 cannot take from the store is read and cleaned there again.
                    t = trace.now();
                    std::string why;
                    if (!o.learn_only && !up_to_date(job)) (void)kept.put(i, r, fingerprints, input_size, why);
                    trace.add(w, PhaseTrace::keep, t);
                }
                release_input(bytes);
                // Failures are reported by pass 2 (which meets them again), except when
                // there is no pass 2.
                if (!ok && o.learn_only) errors.report(path, reason);
                (ok ? c.ok : c.failed)++;
                c.done++;
            }
            trace.worker_done(w);
        });
        join_all(threads);
        trace.end_pass("pass one");
        progress.stop();
        if (stop_requested()) {
            if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
            return 128 + stop_signal();
        }
        profile = learner.merged();
        trace.mark("profile merge");
        if (!o.quiet && learner.without_host.load())
            progress.message("winnow: " + std::to_string(learner.without_host.load()) +
                             " pages name no host (no canonical or og:url); they were not learned from");
        if (o.learn_only) {
            c.failed += walk_failures;
            print_summary(progress, o, "learned", c, progress.elapsed_seconds(), c.failed ? log_note : "");
        }
    }
    if (!o.save_profile.empty() && profile && !save_profile(o.save_profile, profile.get(), error)) {
        errors.report(o.save_profile, error);
        return 1;
    }
    if (o.learn_only) return walk_failures ? 1 : 0;

    // Pass 2: clean.
    BatchCounters c;
    c.failed += walk_failures;
    const Cleaners cleaners(o.clean, profile);
    trace.mark("profile setup");
    std::atomic<std::size_t> next{0};
    std::mutex audit_mutex;              // --format audit: the index page's rows
    std::vector<AuditEntry> audit_rows;
    progress.start("cleaning", jobs.size(), &c);
    trace.begin_pass(workers);
    auto threads = start_threads(workers, [&](unsigned w) {
        std::string bytes, reason;
        Hints hints;
        hints.charset = o.charset;
        EmitOptions emit = o.emit;
        Job job;
        while (!stop_requested()) {
            const std::size_t i = next.fetch_add(1);
            if (i >= jobs.size()) break;
            if (!jobs.get(i, job, reason)) {
                errors.report(out_root, reason);
                c.failed++;
                c.done++;
                continue;
            }
            const std::string in_path = in_root + "/" + job.rel;
            const std::string out_path = out_root + "/" + out_rel(job);
            Result kept_result;
            PageFingerprints kept_fingerprints;
            std::uint64_t kept_bytes = 0;
            std::string unused_tag;
            PhaseTrace::Stamp t = trace.now();
            const bool from_store = kept.has(i) && kept.take(i, kept_result, kept_fingerprints, kept_bytes, unused_tag, reason);
            trace.add(w, PhaseTrace::take, t);
            if (!from_store && up_to_date(job)) {
                if (o.format == OutputFormat::audit) {
                    const std::lock_guard lock(audit_mutex);
                    audit_rows.push_back({out_rel(job), {}, false, {}});
                }
                c.skipped++;
                c.done++;
                continue;
            }
            t = trace.now();
            bool ok = from_store || read_page(in_path, limit, bytes, reason);
            trace.add(w, PhaseTrace::read, t);
            if (ok) {
                c.bytes += from_store ? kept_bytes : bytes.size();
                const Cleaner& cleaner = cleaners.pick(job.text);
                t = trace.now();
                const Result r = from_store ? cleaner.finish(std::move(kept_result), kept_fingerprints)
                                        : cleaner.clean(bytes, hints);
                release_input(bytes);
                trace.add(w, PhaseTrace::finish, t);
                if (!r.ok()) {
                    ok = false;
                    reason = r.error;
                } else {
                    if (!r.document.warnings.empty()) c.warnings++;
                    t = trace.now();
                    const std::string rendered = render(r.document, o.format, emit);
                    trace.add(w, PhaseTrace::render, t);
                    t = trace.now();
                    ok = write_atomic(out_path, rendered, reason);
                    trace.add(w, PhaseTrace::write, t);
                    if (ok && o.format == OutputFormat::audit) {
                        const std::lock_guard lock(audit_mutex);
                        audit_rows.push_back(audit_entry(out_rel(job), r.document));
                    }
                }
            }
            release_input(bytes);
            if (!ok) errors.report(in_path, reason);
            (ok ? c.ok : c.failed)++;
            c.done++;
        }
        trace.worker_done(w);
    });
    join_all(threads);
    trace.end_pass("pass two");
    progress.stop();
    if (o.format == OutputFormat::audit && !stop_requested()) {
        std::string why;
        if (!write_atomic(out_root + "/index.html", audit_index_page(std::move(audit_rows)), why)) {
            errors.report(out_root + "/index.html", why);
            c.failed++;
        }
    }
    const double seconds = progress.elapsed_seconds();
    if (stop_requested() && !o.quiet) {
        const std::uint64_t left = jobs.size() - std::min<std::uint64_t>(jobs.size(), c.done.load());
        progress.message("winnow: interrupted: " + std::to_string(left) +
                         " pages not done; run the same command again to finish (done pages are skipped)");
    }
    print_summary(progress, o, "cleaned", c, seconds, c.failed.load() ? log_note : "");
    trace.mark("end");
    return final_status(c);
}

}  // namespace winnow::cli
