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


namespace winnow::cli {

namespace {

// glibc raises its mmap threshold after large blocks are freed, after which big per-page
// buffers come from the heap and fragment it: peak RSS then creeps up over a long batch.
// A fixed threshold keeps page-sized buffers in their own mappings, returned when freed.
void keep_memory_flat() {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

unsigned worker_count(const CliOptions& o) {
    if (o.jobs) return o.jobs;
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

// ---------------------------------------------------------------- errors

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

// ---------------------------------------------------------------- files

bool make_dirs(const std::string& path) {
    if (path.empty()) return true;
    struct stat st {};
    if (stat(path.c_str(), &st) == 0) return S_ISDIR(st.st_mode);
    const auto slash = path.find_last_of('/');
    if (slash != std::string::npos && slash > 0 && !make_dirs(path.substr(0, slash))) return false;
    return mkdir(path.c_str(), 0777) == 0 || errno == EEXIST;
}

std::string parent_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash ? slash : 1);
}

std::atomic<unsigned long> g_temp_seq{0};

// Writes data to a temporary name in the target's folder, then renames it into place, so a
// reader (or an interrupted run) never sees a half-written output.
bool write_atomic(const std::string& path, std::string_view data, std::string& reason) {
    const std::string dir = parent_of(path);
    const std::string tmp =
        dir + "/.winnow-tmp-" + std::to_string(getpid()) + "-" + std::to_string(g_temp_seq.fetch_add(1));
    const TempRegistration registered(tmp);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT && make_dirs(dir)) fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        reason = std::string("cannot write output: ") + std::strerror(errno);
        return false;
    }
    std::size_t off = 0;
    while (off < data.size()) {
        const ssize_t n = ::write(fd, data.data() + off, data.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            reason = std::string("cannot write output: ") + std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return false;
        }
        off += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        reason = std::string("cannot write output: ") + std::strerror(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        reason = std::string("cannot rename output into place: ") + std::strerror(errno);
        ::unlink(tmp.c_str());
        return false;
    }
    return true;
}


bool newer(const struct stat& a, const struct stat& b) {
    if (a.st_mtim.tv_sec != b.st_mtim.tv_sec) return a.st_mtim.tv_sec > b.st_mtim.tv_sec;
    return a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

[[maybe_unused]] bool read_whole_file(const std::string& path, std::string& out, std::string& error) {
    return read_file(path, std::size_t(1) << 34, out, error);
}

// ---------------------------------------------------------------- cleaning






bool load_profile(const std::string& path, std::shared_ptr<const SiteProfile>& out, std::string& error) {
    std::string data;
    if (!read_whole_file(path, data, error)) return false;
    auto p = std::make_shared<SiteProfile>();
    if (!SiteProfile::load(data, *p, error)) {
        error = "cannot load site profile " + printable_path(path) + ": " + error;
        return false;
    }
    out = std::move(p);
    return true;
}

bool save_profile(const std::string& path, const SiteProfile* profile, std::string& error) {
    std::string reason;
    if (!write_atomic(path, profile->save(), reason)) {
        error = "cannot save site profile " + printable_path(path) + ": " + reason;
        return false;
    }
    return true;
}

// Pass-1 state: one profile per worker, merged at the end (counts add, so the merged
// profile does not depend on the order pages were seen or on the number of threads).
struct Learner {
    std::vector<SiteProfile> per_worker;
    std::atomic<std::uint64_t> without_host{0};
    explicit Learner(unsigned workers) {
        per_worker.resize(workers);
    }
    void add(unsigned worker, const Document& doc) {
        const std::string host = site_host(doc);
        if (host.empty()) {
            ++without_host;
            return;
        }
        per_worker[worker].add_page(host, doc);
    }
    std::shared_ptr<const SiteProfile> merged() {
        auto p = std::make_shared<SiteProfile>();
        for (auto& w : per_worker) p->merge(w);
        per_worker.clear();
        return p;
    }
};

// How the run gets its profile: learned (two passes), loaded (one pass) or none.
enum class ProfileMode { none, learn, load };

bool choose_profile_mode(const CliOptions& o, ProfileMode& mode, std::string& error) {
    mode = ProfileMode::none;
    if (!o.load_profile.empty()) mode = ProfileMode::load;
    else if (o.site_profile && o.clean.noise.site_boilerplate) mode = ProfileMode::learn;
    if (o.learn_only && mode != ProfileMode::learn) {
        error = "--learn-only learns a profile: it does not go with --no-site-profile or --load-profile";
        return false;
    }
    if (!o.save_profile.empty() && mode == ProfileMode::none) {
        error = "--save-profile needs a learned profile (drop --no-site-profile)";
        return false;
    }
    return true;
}

void print_summary(Progress& progress, const CliOptions& o, const char* what, const BatchCounters& c,
                   double seconds, const std::string& log_note) {
    if (o.quiet) return;
    char line[512];
    const double pages = static_cast<double>(c.done.load() - c.skipped.load());
    std::snprintf(line, sizeof line,
                  "winnow: %s: %llu pages: %llu cleaned, %llu failed, %llu up to date (skipped), %llu with "
                  "warnings; %.2f MB in %.2f s (%.1f pages/s, %.2f MB/s)",
                  what, static_cast<unsigned long long>(c.done.load()), static_cast<unsigned long long>(c.ok.load()),
                  static_cast<unsigned long long>(c.failed.load()), static_cast<unsigned long long>(c.skipped.load()),
                  static_cast<unsigned long long>(c.warnings.load()), static_cast<double>(c.bytes.load()) / 1e6,
                  seconds, seconds > 0 ? pages / seconds : 0.0,
                  seconds > 0 ? static_cast<double>(c.bytes.load()) / 1e6 / seconds : 0.0);
    progress.message(line + log_note);
}

int final_status(const BatchCounters& c) {
    if (stop_requested()) return 128 + stop_signal();
    return c.failed.load() ? 1 : 0;
}

}  // namespace

// ---------------------------------------------------------------- tree mode

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

    // Walk, then plan every output name (collisions get the whole input name as stem).
    WalkOptions wo;
    wo.follow_symlinks = o.follow_symlinks;
    wo.exclude_dir = out_root;
    WalkResult walk = walk_tree(in_root, wo);
    std::uint64_t walk_failures = 0;
    for (const auto& p : walk.problems) {
        if (p.error) ++walk_failures;
        errors.report(p.path, p.error ? p.reason : "note: " + p.reason);
    }
    // Per page only the input path and two flags are kept (the output name is derived again
    // when needed), so a run over millions of pages stays small.
    struct Job {
        std::string in;
        bool text;
        bool whole_name;   // output name keeps the whole input name (collision)
    };
    const char* ext = format_ext(o.format);
    auto out_rel = [&](const Job& j) { return j.whole_name ? j.in + ext : output_name(j.in, ext); };
    std::vector<Job> jobs;
    jobs.reserve(walk.files.size());
    {
        std::unordered_set<std::size_t> taken;  // hashes of output names; a false hit only renames
        const std::hash<std::string> hash;
        for (auto& rel : walk.files) {
            bool whole = false;
            if (!taken.insert(hash(output_name(rel, ext))).second) {
                whole = true;
                if (!taken.insert(hash(rel + ext)).second) {
                    errors.report(in_root + "/" + rel, "output name collides with another input's output");
                    ++walk_failures;
                    continue;
                }
            }
            const bool text = is_text_name(rel);
            jobs.push_back({std::move(rel), text, whole});
        }
        walk.files.clear();
        walk.files.shrink_to_fit();
    }
    jobs.shrink_to_fit();
    const unsigned workers = std::max(1u, std::min<unsigned>(worker_count(o), static_cast<unsigned>(std::max<std::size_t>(jobs.size(), 1))));
    const std::size_t limit = o.clean.limits.max_input_bytes;
    const std::string log_note = "; errors are listed in " + printable_path(log_path);

    auto up_to_date = [&](const Job& job) {
        struct stat in_st {}, out_st {};
        return !o.force && stat((in_root + "/" + job.in).c_str(), &in_st) == 0 &&
               stat((out_root + "/" + out_rel(job)).c_str(), &out_st) == 0 && S_ISREG(out_st.st_mode) &&
               newer(out_st, in_st);
    };
    // A re-run with nothing left to do need not learn the profile again.
    auto all_up_to_date = [&] { return std::all_of(jobs.begin(), jobs.end(), up_to_date); };

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
        Learner learner(workers);
        Options po = o.clean;
        const Cleaners cleaners(po, nullptr);
        std::atomic<std::size_t> next{0};
        progress.start("learning", jobs.size(), &c);
        auto threads = start_threads(workers, [&](unsigned w) {
            std::string bytes, reason;
            Hints hints;
            hints.charset = o.charset;
            while (!stop_requested()) {
                const std::size_t i = next.fetch_add(1);
                if (i >= jobs.size()) break;
                const std::string path = in_root + "/" + jobs[i].in;
                bool ok = read_page(path, limit, bytes, reason);
                if (ok) {
                    c.bytes += bytes.size();
                    const Result r = cleaners.pick(jobs[i].text).clean_unprofiled(bytes, hints);
                    ok = r.ok();
                    if (ok) learner.add(w, r.document);
                    else reason = r.error;
                    // A page pass 2 cannot take from the store is read and cleaned there again.
                    std::string why;
                    if (!o.learn_only && !up_to_date(jobs[i])) (void)kept.put(i, r, bytes.size(), why);
                }
                // Failures are reported by pass 2 (which meets them again), except when
                // there is no pass 2.
                if (!ok && o.learn_only) errors.report(path, reason);
                (ok ? c.ok : c.failed)++;
                c.done++;
            }
        });
        join_all(threads);
        progress.stop();
        if (stop_requested()) {
            if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
            return 128 + stop_signal();
        }
        profile = learner.merged();
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
    std::atomic<std::size_t> next{0};
    std::mutex audit_mutex;              // --format audit: the index page's rows
    std::vector<AuditEntry> audit_rows;
    progress.start("cleaning", jobs.size(), &c);
    auto threads = start_threads(workers, [&](unsigned) {
        std::string bytes, reason;
        Hints hints;
        hints.charset = o.charset;
        EmitOptions emit = o.emit;
        while (!stop_requested()) {
            const std::size_t i = next.fetch_add(1);
            if (i >= jobs.size()) break;
            const std::string in_path = in_root + "/" + jobs[i].in;
            const std::string out_path = out_root + "/" + out_rel(jobs[i]);
            Result kept_result;
            std::uint64_t kept_bytes = 0;
            const bool from_store = kept.has(i) && kept.take(i, kept_result, kept_bytes, reason);
            if (!from_store && up_to_date(jobs[i])) {
                if (o.format == OutputFormat::audit) {
                    const std::lock_guard lock(audit_mutex);
                    audit_rows.push_back({out_rel(jobs[i]), {}, false, {}});
                }
                c.skipped++;
                c.done++;
                continue;
            }
            bool ok = from_store || read_page(in_path, limit, bytes, reason);
            if (ok) {
                c.bytes += from_store ? kept_bytes : bytes.size();
                const Cleaner& cleaner = cleaners.pick(jobs[i].text);
                const Result r = from_store ? cleaner.finish(std::move(kept_result)) : cleaner.clean(bytes, hints);
                bytes.clear();
                if (!r.ok()) {
                    ok = false;
                    reason = r.error;
                } else {
                    if (!r.document.warnings.empty()) c.warnings++;
                    ok = write_atomic(out_path, render(r.document, o.format, emit), reason);
                    if (ok && o.format == OutputFormat::audit) {
                        const std::lock_guard lock(audit_mutex);
                        audit_rows.push_back(audit_entry(out_rel(jobs[i]), r.document));
                    }
                }
            }
            if (!ok) errors.report(in_path, reason);
            (ok ? c.ok : c.failed)++;
            c.done++;
        }
    });
    join_all(threads);
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
    return final_status(c);
}

// ---------------------------------------------------------------- JSON Lines

namespace {

// Runs work(seq, line, worker) on `workers` threads over the lines of source, and hands the
// results to sink(result, more_ready) in input order. At most `window` lines are in flight, so memory
// does not grow with the stream. On a stop request, reading ends and the lines already read
// are finished, so the output is an exact prefix of the input.
template <class Work, class Sink>
bool ordered_pipeline(LineSource& source, unsigned workers, Work work, Sink sink, std::string& error) {
    struct Item {
        std::uint64_t seq;
        std::uint64_t line_no;
        std::string line;
        bool oversize;
    };
    std::mutex m;
    std::condition_variable cv_work, cv_space, cv_done;
    std::deque<Item> queue;
    std::map<std::uint64_t, std::string> ready;
    std::uint64_t next_seq = 0, next_out = 0;
    bool input_done = false;
    const std::uint64_t window = 2ull * workers + 2;

    auto threads = start_threads(workers + 1, [&](unsigned w) {
        if (w == workers) {  // the writer
            std::unique_lock lock(m);
            while (true) {
                cv_done.wait(lock, [&] { return ready.count(next_out) || (input_done && next_out == next_seq); });
                if (!ready.count(next_out)) break;
                auto node = ready.extract(next_out);
                const bool more = ready.count(next_out + 1) != 0;
                lock.unlock();
                sink(node.mapped(), more);
                lock.lock();
                ++next_out;
                cv_space.notify_all();
            }
            return;
        }
        std::unique_lock lock(m);
        while (true) {
            cv_work.wait(lock, [&] { return !queue.empty() || input_done; });
            if (queue.empty()) break;
            Item item = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            std::string out = work(item.line_no, item.line, item.oversize, w);
            item.line.clear();
            item.line.shrink_to_fit();
            lock.lock();
            ready.emplace(item.seq, std::move(out));
            cv_done.notify_all();
        }
    });

    bool ok = true;
    std::string line;
    bool oversize = false;
    while (!stop_requested()) {
        {
            std::unique_lock lock(m);
            cv_space.wait(lock, [&] { return next_seq - next_out < window; });
        }
        if (stop_requested()) break;
        if (!source.next(line, oversize)) {
            if (!source.error().empty() && !stop_requested()) {
                error = source.error();
                ok = false;
            }
            break;
        }
        std::lock_guard lock(m);
        queue.push_back({next_seq++, source.line_no(), std::move(line), oversize});
        line = std::string();
        cv_work.notify_one();
    }
    {
        std::lock_guard lock(m);
        input_done = true;
    }
    cv_work.notify_all();
    cv_done.notify_all();
    join_all(threads);
    return ok;
}

}  // namespace

// Runs work(i) for i in [0, n) on `workers` threads and hands the results to sink(result,
// more_ready) in index order, a window at a time, so memory does not grow with n. On a stop
// request no new window starts: the output is an exact prefix.
template <class Work, class Sink>
bool ordered_indices(std::size_t n, unsigned workers, Work work, Sink sink) {
    const std::size_t window = 64 * static_cast<std::size_t>(workers);
    std::vector<std::string> results;
    for (std::size_t from = 0; from < n && !stop_requested(); from += window) {
        const std::size_t to = std::min(n, from + window);
        results.assign(to - from, std::string());
        std::atomic<std::size_t> next{from};
        auto threads = start_threads(workers, [&](unsigned) {
            for (std::size_t i; (i = next.fetch_add(1)) < to;) results[i - from] = work(i);
        });
        join_all(threads);
        for (std::size_t i = from; i < to; ++i) sink(results[i - from], i + 1 < to);
    }
    return true;
}

// Parses a line and cleans its record with clean(cleaner, body, hints); fills rec and returns
// the result (failed, with rec.why set, when the line is no record or the page fails).
template <class Clean>
Result clean_jsonl_record(std::uint64_t line_no, std::string& line, bool oversize, JsonlOutcome& out,
                        BatchCounters& c, Clean clean) {
    out.line_no = line_no;
    JsonlRecord rec;
    bool ok = true;
    if (oversize) {
        ok = false;
        out.why = "record is over the size limit (--max-size)";
    } else {
        ok = parse_jsonl_record(line, rec, out.why);
    }
    line.clear();
    line.shrink_to_fit();
    out.id_json = std::move(rec.id_json);
    out.url = rec.url;
    Result r;
    if (!ok) {
        r.error = out.why;
        return r;
    }
    c.bytes += rec.body.size();
    out.bytes = rec.body.size();
    Hints hints;
    hints.url = rec.url;
    hints.charset = "utf-8";  // JSON text is Unicode: the page was decoded already
    r = clean(rec.is_text, std::string_view(rec.body), hints);
    if (!r.ok()) out.why = r.error;
    return r;
}

// The pass-one note kept beside a stored record: line number, id and url.
std::string outcome_tag(const JsonlOutcome& rec) {
    return std::to_string(rec.line_no) + ' ' + std::to_string(rec.bytes) + ' ' + std::to_string(rec.id_json.size()) +
           ' ' + rec.id_json + rec.url;
}

JsonlOutcome outcome_from_tag(const std::string& tag) {
    JsonlOutcome rec;
    const char* p = tag.data();
    const char* end = p + tag.size();
    std::size_t id_size = 0;
    p = std::from_chars(p, end, rec.line_no).ptr + 1;
    p = std::from_chars(p, end, rec.bytes).ptr + 1;
    p = std::from_chars(p, end, id_size).ptr + 1;
    rec.id_json.assign(p, id_size);
    rec.url.assign(p + id_size, end);
    return rec;
}

int run_jsonl(const CliOptions& o) {
    ProfileMode pmode;
    std::string error;
    if (!choose_profile_mode(o, pmode, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    Progress progress(Progress::choose(o.quiet), o.progress_interval);
    ErrorSink errors(progress);
    if (!o.error_log.empty() && !errors.open(o.error_log, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    install_stop_handlers();
    keep_memory_flat();
    const unsigned workers = worker_count(o);
    const std::size_t limit = o.clean.limits.max_input_bytes;
    LineSource source(o.files, max_jsonl_line(limit));
    // Line numbers count across all inputs.
    auto where = [](const JsonlOutcome& rec) {
        return "line " + std::to_string(rec.line_no) + (rec.url.empty() ? "" : " (" + rec.url + ")");
    };
    const bool to_file = !o.output.empty() && o.output != "-";
    const char* tmpdir = std::getenv("TMPDIR");
    PageStore kept(0, o.keep_memory, to_file ? parent_of(o.output) : tmpdir && *tmpdir ? tmpdir : "/tmp");

    // Pass 1 (learning): every record cleaned up to the site filter and kept for pass 2.
    std::shared_ptr<const SiteProfile> profile;
    if (pmode == ProfileMode::load) {
        if (!load_profile(o.load_profile, profile, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
    } else if (pmode == ProfileMode::learn) {
        BatchCounters c;
        Learner learner(workers);
        const Cleaners cleaners(o.clean, nullptr);
        std::string keep_error;
        progress.start("learning", 0, &c);
        const bool read_ok = ordered_pipeline(
            source, workers,
            [&](std::uint64_t line_no, std::string& line, bool oversize, unsigned w) {
                JsonlOutcome rec;
                const Result r = clean_jsonl_record(line_no, line, oversize, rec, c, [&](bool text, std::string_view body, const Hints& h) {
                    return cleaners.pick(text).clean_unprofiled(body, h);
                });
                if (r.ok()) learner.add(w, r.document);
                (r.ok() ? c.ok : c.failed)++;
                c.done++;
                if (o.learn_only) return std::string();
                return outcome_tag(rec) + '\n' + PageStore::encode(r);
            },
            [&](const std::string& kept_record, bool) {
                if (o.learn_only || !keep_error.empty()) return;
                const std::size_t nl = kept_record.find('\n');
                const std::string tag = kept_record.substr(0, nl);
                (void)kept.append(kept_record.substr(nl + 1), 0, tag, keep_error);
            },
            error);
        progress.stop();
        if (stop_requested()) {
            if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
            return 128 + stop_signal();
        }
        if (!read_ok) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 1;
        }
        if (!keep_error.empty()) {
            std::fprintf(stderr, "winnow: %s\n", keep_error.c_str());
            return 1;
        }
        profile = learner.merged();
        if (!o.save_profile.empty() && !save_profile(o.save_profile, profile.get(), error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 1;
        }
        if (o.learn_only) {
            print_summary(progress, o, "learned", c, progress.elapsed_seconds(), "");
            return 0;
        }
    }

    // Output: standard output, or a temporary file renamed into place at the end.
    std::FILE* out = stdout;
    std::string tmp_out;
    std::optional<TempRegistration> tmp_registered;
    if (to_file) {
        tmp_out = parent_of(o.output) + "/.winnow-tmp-" + std::to_string(getpid()) + "-jsonl";
        tmp_registered.emplace(tmp_out);
        out = std::fopen(tmp_out.c_str(), "wb");
        if (!out) {
            std::fprintf(stderr, "winnow: cannot write %s: %s\n", printable_path(o.output).c_str(), std::strerror(errno));
            return 2;
        }
    }

    BatchCounters c;
    const Cleaners cleaners(o.clean, profile);
    EmitOptions emit = o.emit;
    if (o.format == OutputFormat::json) emit.pretty = false;  // embedded as one line
    bool write_failed = false;
    // Counts, reports and renders one record's result.
    auto output_line = [&](const JsonlOutcome& rec, const Result& r) {
        if (!r.ok()) {
            errors.report(where(rec), rec.why.empty() ? r.error : rec.why);
            c.failed++;
            c.done++;
            JsonlOutcome failed = rec;
            if (failed.why.empty()) failed.why = r.error;
            return jsonl_output_line(failed, nullptr, o.format, emit);
        }
        if (!r.document.warnings.empty()) c.warnings++;
        c.ok++;
        c.done++;
        return jsonl_output_line(rec, &r.document, o.format, emit);
    };
    auto write = [&](const std::string& rec, bool more) {
        if (!write_failed && std::fwrite(rec.data(), 1, rec.size(), out) != rec.size()) write_failed = true;
        // Flush whenever the writer catches up, so a pipe sees records as they are done.
        if (!more && !write_failed && std::fflush(out) != 0) write_failed = true;
    };
    progress.start("cleaning", 0, &c);
    bool read_ok = true;
    if (pmode == ProfileMode::learn) {
        // Pass 2 finishes the kept records: nothing is read or parsed again.
        read_ok = ordered_indices(kept.size(), workers, [&](std::size_t i) {
            JsonlOutcome rec = outcome_from_tag(kept.tag(i));
            c.bytes += rec.bytes;
            Result r;
            std::uint64_t unused = 0;
            std::string why;
            if (!kept.take(i, r, unused, why)) r.error = why;
            if (!r.ok()) {
                if (rec.why.empty()) rec.why = r.error;
                return output_line(rec, r);
            }
            return output_line(rec, cleaners.pick(r.document.input == InputKind::text).finish(std::move(r)));
        }, write);
    } else {
        read_ok = ordered_pipeline(
            source, workers,
            [&](std::uint64_t line_no, std::string& line, bool oversize, unsigned) {
                JsonlOutcome rec;
                const Result r = clean_jsonl_record(line_no, line, oversize, rec, c, [&](bool text, std::string_view body, const Hints& h) {
                    return cleaners.pick(text).clean(body, h);
                });
                return output_line(rec, r);
            },
            write, error);
    }
    progress.stop();
    if (std::fflush(out) != 0) write_failed = true;
    if (!tmp_out.empty()) {
        if (std::fclose(out) != 0) write_failed = true;
        if (write_failed || stop_requested() || std::rename(tmp_out.c_str(), o.output.c_str()) != 0) {
            if (!write_failed && !stop_requested()) write_failed = true;
            ::unlink(tmp_out.c_str());
        }
    }
    if (write_failed) {
        std::fprintf(stderr, "winnow: cannot write output: %s\n", std::strerror(errno));
        return 1;
    }
    if (!read_ok) {
        errors.report("input", error);
        c.failed++;
    }
    if (stop_requested() && !o.quiet)
        progress.message("winnow: interrupted: output ends after record " + std::to_string(c.done.load()) +
                         (tmp_out.empty() ? "" : " (the output file was not written)"));
    print_summary(progress, o, "cleaned", c, progress.elapsed_seconds(), "");
    return final_status(c);
}

// ---------------------------------------------------------------- merge

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
