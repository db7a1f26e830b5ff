#include "batch.hpp"
#include "batch_shared.hpp"

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

#include "file_walk.hpp"
#include "input_files.hpp"
#include "jsonl.hpp"
#include "ordered_pipeline.hpp"
#include "progress.hpp"


namespace winnow::cli {

// ---------------------------------------------------------------- stopping

namespace {

std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

// Temporary outputs being written, so that a second Ctrl-C, which exits at once, can remove
// them: unlink() is async-signal-safe, and a slot's path is complete before it is marked ready.
struct TempSlot {
    std::atomic<bool> taken{false};
    std::atomic<bool> ready{false};
    char path[4096] = {};
};
std::array<TempSlot, 64> g_temp_slots;
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_stop_signal(int sig) {
    if (g_signal.load() != 0) {  // a second Ctrl-C stops at once
        for (TempSlot& slot : g_temp_slots)
            if (slot.ready.load()) ::unlink(slot.path);
        _exit(128 + sig);
    }
    g_signal.store(sig);
}

// Registers a temporary path for its lifetime (no slot free, e.g. with -j over 64: not
// registered, as before).
class TempRegistration {
public:
    explicit TempRegistration(const std::string& path) {
        if (path.size() >= sizeof(TempSlot::path)) return;
        for (TempSlot& slot : g_temp_slots) {
            bool expected = false;
            if (!slot.taken.compare_exchange_strong(expected, true)) continue;
            std::memcpy(slot.path, path.c_str(), path.size() + 1);
            slot.ready.store(true);
            slot_ = &slot;
            return;
        }
    }
    ~TempRegistration() {
        if (!slot_) return;
        slot_->ready.store(false);
        slot_->taken.store(false);
    }
    TempRegistration(const TempRegistration&) = delete;
    TempRegistration& operator=(const TempRegistration&) = delete;

private:
    TempSlot* slot_ = nullptr;
};

}  // namespace

void install_stop_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a read blocked on stdin returns EINTR
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool stop_requested() { return g_signal.load(std::memory_order_relaxed) != 0; }
int stop_signal() { return g_signal.load(); }

namespace {

// While alive, SIGINT/SIGTERM are blocked in this thread, so threads started meanwhile
// never see them: only the main thread is interrupted (and only its reads get EINTR).
struct BlockStopSignals {
    sigset_t old{};
    BlockStopSignals() {
        sigset_t s;
        sigemptyset(&s);
        sigaddset(&s, SIGINT);
        sigaddset(&s, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &s, &old);
    }
    ~BlockStopSignals() { pthread_sigmask(SIG_SETMASK, &old, nullptr); }
};

}  // namespace

std::vector<std::thread> start_threads(unsigned n, const std::function<void(unsigned)>& f) {
    BlockStopSignals block;
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < n; ++i) threads.emplace_back(f, i);
    return threads;
}

void join_all(std::vector<std::thread>& threads) {
    for (auto& t : threads) t.join();
    threads.clear();
}

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

namespace {
std::atomic<unsigned long> g_temp_seq{0};
}  // namespace

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

namespace {

// Reads one page: refuses non-regular files and files over the limit before reading them.
bool read_page(const std::string& path, std::size_t max_bytes, std::string& out, std::string& reason) {
    out.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        reason = std::string("cannot open: ") + std::strerror(errno);
        return false;
    }
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        reason = "not a regular file";
        ::close(fd);
        return false;
    }
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        reason = "file is " + std::to_string(st.st_size) + " bytes, over the size limit of " +
                 std::to_string(max_bytes) + " bytes (--max-size)";
        ::close(fd);
        return false;
    }
    out.resize(static_cast<std::size_t>(st.st_size));
    std::size_t off = 0;
    while (true) {
        if (off == out.size()) out.resize(off + 65536);  // the file grew while we read it
        const ssize_t n = ::read(fd, out.data() + off, out.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            reason = std::string("cannot read: ") + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        off += static_cast<std::size_t>(n);
        if (off > max_bytes) {
            reason = "file is over the size limit of " + std::to_string(max_bytes) + " bytes (--max-size)";
            ::close(fd);
            return false;
        }
    }
    ::close(fd);
    out.resize(off);
    return maybe_gunzip(out, max_bytes, reason);
}

bool newer(const struct stat& a, const struct stat& b) {
    if (a.st_mtim.tv_sec != b.st_mtim.tv_sec) return a.st_mtim.tv_sec > b.st_mtim.tv_sec;
    return a.st_mtim.tv_nsec > b.st_mtim.tv_nsec;
}

[[maybe_unused]] bool read_whole_file(const std::string& path, std::string& out, std::string& error) {
    return read_file(path, std::size_t(1) << 34, out, error);
}

}  // namespace

// ---------------------------------------------------------------- cleaning


std::string render(const Document& doc, const CliOptions& o, const EmitOptions& emit) {
    switch (o.format) {
        case OutputFormat::text: return to_text(doc);
        case OutputFormat::json: return to_json(doc, emit);
        default: return to_xml(doc, emit);
    }
}

const char* format_ext(OutputFormat f) {
    switch (f) {
        case OutputFormat::text: return ".txt";
        case OutputFormat::json: return ".json";
        default: return ".xml";
    }
}



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
    if (stop_requested()) return 128 + g_signal.load();
    return c.failed.load() ? 1 : 0;
}

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

    // Pass 1: learn the site profile.
    std::shared_ptr<const SiteProfile> profile;
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
                    const Result r = cleaners.pick(jobs[i].text).clean(bytes, hints);
                    ok = r.ok();
                    if (ok) learner.add(w, r.document);
                    else reason = r.error;
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
            return 128 + g_signal.load();
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
            if (up_to_date(jobs[i])) {
                c.skipped++;
                c.done++;
                continue;
            }
            bool ok = read_page(in_path, limit, bytes, reason);
            if (ok) {
                c.bytes += bytes.size();
                const Result r = cleaners.pick(jobs[i].text).clean(bytes, hints);
                bytes.clear();
                if (!r.ok()) {
                    ok = false;
                    reason = r.error;
                } else {
                    if (!r.document.warnings.empty()) c.warnings++;
                    ok = write_atomic(out_path, render(r.document, o, emit), reason);
                }
            }
            if (!ok) errors.report(in_path, reason);
            (ok ? c.ok : c.failed)++;
            c.done++;
        }
    });
    join_all(threads);
    progress.stop();
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

// Reads lines from plain or gzip files (or standard input), one after another. Reads use
// whatever a pipe has ready (one read() at a time, inflating gzip as it comes), so records
// are handed on as soon as their line is complete: it works inside interactive pipes.
class LineSource {
public:
    LineSource(std::vector<std::string> files, std::size_t max_line) : files_(std::move(files)), max_line_(max_line) {
        if (files_.empty()) files_.emplace_back("-");
    }
    ~LineSource() { close_current(); }

    // Restarts from the first file (pass 2). Standard input is spooled to a temporary file
    // during the first pass (spool_stdin) so that it can be read again.
    void rewind() {
        close_current();
        index_ = 0;
        line_no_ = 0;
    }
    void spool_stdin() { spool_ = true; }

    // Next line without its newline (and without a trailing CR). oversize: the line was
    // longer than the limit (its text is cut). Returns false at the end or on an error
    // (error() says which) or when a read was interrupted by a signal.
    bool next(std::string& line, bool& oversize) {
        line.clear();
        oversize = false;
        while (true) {
            if (fd_ < 0 && !open_next()) return false;
            bool got = false;
            while (true) {
                const std::size_t nl = data_.find('\n', pos_);
                const std::size_t end = nl == std::string::npos ? data_.size() : nl;
                if (end > pos_) got = true;
                if (line.size() + (end - pos_) > max_line_) oversize = true;
                else line.append(data_, pos_, end - pos_);
                if (nl != std::string::npos) {
                    pos_ = nl + 1;
                    got = true;
                    break;
                }
                pos_ = data_.size();
                const int r = fill();
                if (r < 0) return false;
                if (r == 0) break;  // end of this input
            }
            if (got) {
                ++line_no_;
                if (!line.empty() && line.back() == '\r') line.pop_back();
                return true;
            }
            close_current();
        }
    }
    std::uint64_t line_no() const { return line_no_; }
    const std::string& error() const { return error_; }

private:
    bool open_next() {
        if (index_ >= files_.size()) return false;
        const std::string& f = files_[index_++];
        name_ = f == "-" ? "standard input" : printable_path(f);
        spool_out_ = -1;
        if (f == "-") {
            if (spool_fd_ >= 0) {
                fd_ = dup(spool_fd_);
                if (fd_ >= 0) lseek(fd_, 0, SEEK_SET);
            } else {
                fd_ = dup(STDIN_FILENO);
                if (spool_) {
                    std::FILE* t = std::tmpfile();  // removed when the process ends
                    spool_fd_ = t ? dup(fileno(t)) : -1;
                    if (t) std::fclose(t);
                    spool_out_ = spool_fd_;
                }
            }
        } else {
            fd_ = ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
        }
        if (fd_ < 0) {
            error_ = name_ + ": cannot open: " + std::strerror(errno);
            return false;
        }
        data_.clear();
        pos_ = 0;
        first_ = true;
        gzip_ = false;
        return true;
    }

    // Appends the next bytes of the current input to data_ (dropping consumed ones).
    // Returns >0 when bytes were added, 0 at the end, -1 on error or interruption.
    int fill() {
        if (pos_ > 0) {
            data_.erase(0, pos_);
            pos_ = 0;
        }
        while (true) {
            char buf[1 << 16];
            const ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n < 0) {
                if (errno == EINTR && !stop_requested()) continue;
                if (errno != EINTR) error_ = name_ + ": cannot read: " + std::strerror(errno);
                return -1;
            }
            if (spool_out_ >= 0 && n > 0 && !gzip_ && !first_) write_all(spool_out_, buf, static_cast<std::size_t>(n));
            if (n == 0) {
                if (first_ && !raw_.empty()) return take_raw_plain();
                if (gzip_ && zs_active_ && zs_.total_in > 0) {
                    error_ = name_ + ": truncated gzip data";
                    return -1;
                }
                return 0;
            }
            if (first_) {
                raw_.append(buf, static_cast<std::size_t>(n));
                if (raw_.size() < 2) continue;
                first_ = false;
                gzip_ = static_cast<unsigned char>(raw_[0]) == 0x1F && static_cast<unsigned char>(raw_[1]) == 0x8B;
                if (!gzip_) return take_raw_plain();
                std::string r = std::move(raw_);
                raw_.clear();
                const int k = inflate_some(r.data(), r.size());
                if (k != 0) return k;
                continue;
            }
            if (!gzip_) {
                data_.append(buf, static_cast<std::size_t>(n));
                return 1;
            }
            const int k = inflate_some(buf, static_cast<std::size_t>(n));
            if (k != 0) return k;
        }
    }

    int take_raw_plain() {
        first_ = false;
        if (spool_out_ >= 0) write_all(spool_out_, raw_.data(), raw_.size());
        data_ += raw_;
        raw_.clear();
        return 1;
    }

    // Inflates one chunk (gzip members may follow each other). Returns 1 when output was
    // produced, 0 when more input is needed, -1 on corrupt data.
    int inflate_some(const char* in, std::size_t n) {
        const std::size_t before = data_.size();
        if (!zs_active_) {
            zs_ = z_stream{};
            if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) {
                error_ = name_ + ": cannot start gzip decompression";
                return -1;
            }
            zs_active_ = true;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
        zs_.avail_in = static_cast<uInt>(n);
        char out[1 << 16];
        while (zs_.avail_in > 0) {
            zs_.next_out = reinterpret_cast<Bytef*>(out);
            zs_.avail_out = sizeof out;
            const int rc = inflate(&zs_, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
                error_ = name_ + ": corrupt gzip data";
                return -1;
            }
            const std::size_t produced = sizeof out - zs_.avail_out;
            data_.append(out, produced);
            if (spool_out_ >= 0) write_all(spool_out_, out, produced);
            if (rc == Z_STREAM_END) {
                inflateReset(&zs_);
                zs_.total_in = 0;
            } else if (rc == Z_BUF_ERROR && produced == 0) {
                break;
            }
        }
        return data_.size() > before ? 1 : 0;
    }

    static void write_all(int fd, const char* p, std::size_t n) {
        while (n > 0) {
            const ssize_t w = ::write(fd, p, n);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return;
            p += w;
            n -= static_cast<std::size_t>(w);
        }
    }

    void close_current() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
        if (zs_active_) inflateEnd(&zs_);
        zs_active_ = false;
        spool_out_ = -1;
        data_.clear();
        raw_.clear();
        pos_ = 0;
    }

    std::vector<std::string> files_;
    std::size_t max_line_;
    std::size_t index_ = 0;
    std::uint64_t line_no_ = 0;
    int fd_ = -1;
    bool spool_ = false;
    int spool_fd_ = -1;     // spooled standard input (pass 1), read again in pass 2
    int spool_out_ = -1;    // spool_fd_ while the first pass reads standard input
    bool first_ = true, gzip_ = false, zs_active_ = false;
    z_stream zs_{};
    std::string data_, raw_;
    std::size_t pos_ = 0;
    std::string name_, error_;
};

// The JSON Lines stream through ordered_pipeline: work(line_no, line, oversize, worker).
template <class Work, class Sink>
bool line_pipeline(LineSource& source, unsigned workers, Work work, Sink sink, std::string& error) {
    struct Item {
        std::uint64_t line_no = 0;
        std::string line;
        bool oversize = false;
    };
    bool ok = true;
    ordered_pipeline<Item>(
        workers,
        [&](Item& item) {
            if (source.next(item.line, item.oversize)) {
                item.line_no = source.line_no();
                return true;
            }
            if (!source.error().empty() && !stop_requested()) {
                error = source.error();
                ok = false;
            }
            return false;
        },
        [&](Item& item, unsigned w) { return work(item.line_no, item.line, item.oversize, w); }, sink);
    return ok;
}

}  // namespace

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
    // A JSON-escaped page is at most 6 times its size (\u00XX); cut lines beyond that.
    LineSource source(o.files, limit > (SIZE_MAX / 8) ? SIZE_MAX / 2 : limit * 6 + 4096);
    // Line numbers count across all inputs.
    auto where = [](std::uint64_t line_no) { return "line " + std::to_string(line_no); };

    std::shared_ptr<const SiteProfile> profile;
    if (pmode == ProfileMode::load) {
        if (!load_profile(o.load_profile, profile, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
    } else if (pmode == ProfileMode::learn) {
        source.spool_stdin();
        BatchCounters c;
        Learner learner(workers);
        const Cleaners cleaners(o.clean, nullptr);
        progress.start("learning", 0, &c);
        const bool read_ok = line_pipeline(
            source, workers,
            [&](std::uint64_t, std::string& line, bool oversize, unsigned w) {
                JsonlRecord rec;
                std::string why;
                bool ok = !oversize && parse_jsonl_record(line, rec, why);
                if (ok) {
                    line.clear();
                    line.shrink_to_fit();
                    c.bytes += rec.body.size();
                    Hints hints;
                    hints.url = rec.url;
                    hints.charset = "utf-8";
                    const Result r = cleaners.pick(rec.is_text).clean(rec.body, hints);
                    ok = r.ok();
                    if (ok) learner.add(w, r.document);
                }
                (ok ? c.ok : c.failed)++;
                c.done++;
                return std::string();
            },
            [](const std::string&, bool) {}, error);
        progress.stop();
        if (stop_requested()) {
            if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
            return 128 + g_signal.load();
        }
        if (!read_ok) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
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
        source.rewind();
    }

    // Output: standard output, or a temporary file renamed into place at the end.
    std::FILE* out = stdout;
    std::string tmp_out;
    std::optional<TempRegistration> tmp_registered;
    if (!o.output.empty() && o.output != "-") {
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
    progress.start("cleaning", 0, &c);
    const bool read_ok = line_pipeline(
        source, workers,
        [&](std::uint64_t line_no, std::string& line, bool oversize, unsigned) {
            JsonlRecord rec;
            std::string why;
            std::string rec_out;
            bool ok = true;
            if (oversize) {
                ok = false;
                why = "record is over the size limit (--max-size)";
            } else {
                ok = parse_jsonl_record(line, rec, why);
            }
            line.clear();
            line.shrink_to_fit();
            Result r;
            if (ok) {
                c.bytes += rec.body.size();
                Hints hints;
                hints.url = rec.url;
                hints.charset = "utf-8";  // JSON text is Unicode: the page was decoded already
                r = cleaners.pick(rec.is_text).clean(rec.body, hints);
                rec.body.clear();
                rec.body.shrink_to_fit();
                if (!r.ok()) {
                    ok = false;
                    why = r.error;
                }
            }
            rec_out = "{";
            if (!rec.id_json.empty()) rec_out += "\"id\":" + rec.id_json + ",";
            if (!ok) {
                rec_out += "\"line\":" + std::to_string(line_no) + ",";
                if (!rec.url.empty()) {
                    rec_out += "\"url\":";
                    append_json_string(rec_out, rec.url);
                    rec_out += ",";
                }
                rec_out += "\"error\":";
                append_json_string(rec_out, why);
                rec_out += "}\n";
                errors.report(where(line_no) + (rec.url.empty() ? "" : " (" + rec.url + ")"), why);
                c.failed++;
                c.done++;
                return rec_out;
            }
            const Document& doc = r.document;
            const std::string& url = !rec.url.empty() ? rec.url : !doc.meta.url.empty() ? doc.meta.url : doc.meta.canonical_url;
            rec_out += "\"url\":";
            append_json_string(rec_out, url);
            if (!doc.warnings.empty()) c.warnings++;
            append_document_fields(rec_out, doc, o.format, emit);
            rec_out += "}\n";
            c.ok++;
            c.done++;
            return rec_out;
        },
        [&](const std::string& rec, bool more) {
            if (!write_failed && std::fwrite(rec.data(), 1, rec.size(), out) != rec.size()) write_failed = true;
            // Flush whenever the writer catches up, so a pipe sees records as they are done.
            if (!more && !write_failed && std::fflush(out) != 0) write_failed = true;
        },
        error);
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
