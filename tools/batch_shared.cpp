// The parts of batch mode that the tree, JSON Lines and WARC modes share (batch_shared.hpp).
#include "batch_shared.hpp"
#include "record_stream.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

#include "input_files.hpp"
#include "stop_signals.hpp"

namespace winnow::cli {

// glibc raises its mmap threshold after large blocks are freed, after which big per-page
// buffers come from the heap and fragment it: peak RSS then creeps up over a long batch. A
// fixed threshold stops that. At 1 MiB (trimming past 32 MiB free) most per-page buffers
// (Gumbo's arena chunks, the DOM's arrays, the decoded and precleaned copies of a common page)
// are reused from one page to the next; at 128 KiB they were mapped, faulted in page by page
// and unmapped for every page, a quarter of a batch's CPU time. A higher threshold saves few
// more faults and lets the peak creep again (measured over 1,521 and 6,000-10,000 pages).
void keep_memory_flat() {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
}

void release_input(std::string& buffer) {
    std::string().swap(buffer);
}

unsigned worker_count(const CliOptions& o) {
    if (o.jobs) return o.jobs;
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

// ---------------------------------------------------------------- errors


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
std::atomic<unsigned long> g_temp_seq{0};  // temporary names unique within the process
// Set once a target existed (--force over earlier outputs): the writes after it take the
// named-temporary way at once instead of failing a link first.
std::atomic<bool> g_targets_exist{false};

// Why an output was not written; a full disk or quota also stops the batch (stop_for_full_disk).
std::string write_failure(const char* what, int err) {
    if (err == ENOSPC || err == EDQUOT) stop_for_full_disk(err);
    return std::string(what) + std::strerror(err);
}

std::string temp_name(const std::string& dir) {
    return dir + "/.winnow-tmp-" + std::to_string(getpid()) + "-" + std::to_string(g_temp_seq.fetch_add(1));
}

// The classic way: data written under a temporary name in the target's folder, then renamed
// into place (two operations on the folder: the create and the rename).
bool write_renamed(const std::string& path, const std::string& dir, std::string_view data, std::string& reason) {
    const std::string tmp = temp_name(dir);
    const TempRegistration registered(tmp);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT && make_dirs(dir)) fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        reason = write_failure("cannot write output: ", errno);
        return false;
    }
    if (const int err = write_all(fd, data)) {
        reason = write_failure("cannot write output: ", err);
        ::close(fd);
        ::unlink(tmp.c_str());
        return false;
    }
    if (::close(fd) != 0) {
        reason = write_failure("cannot write output: ", errno);
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

// The file of fd, made with O_TMPFILE and written, given the name `name` (fails with EEXIST
// when the name exists: a link never replaces).
int link_unnamed(int fd, const std::string& name) {
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    return ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
}
}  // namespace

// The file is made without a name (O_TMPFILE: its inode is allocated outside the folder's
// lock), written, then named by one link: one operation on the folder instead of a create
// and a rename, and a run killed meanwhile leaves nothing behind. A link does not replace,
// so a target that exists is linked under a temporary name and renamed over it; a file
// system without O_TMPFILE (or no /proc to link through) takes the classic way.
bool write_atomic(const std::string& path, std::string_view data, std::string& reason) {
    const std::string dir = parent_of(path);
    if (g_targets_exist.load(std::memory_order_relaxed)) return write_renamed(path, dir, data, reason);
#ifdef O_TMPFILE
    int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0 && errno == ENOENT && make_dirs(dir)) fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) return write_renamed(path, dir, data, reason);
    if (const int err = write_all(fd, data)) {
        reason = write_failure("cannot write output: ", err);
        ::close(fd);
        return false;
    }
    int err = link_unnamed(fd, path);
    if (err == EEXIST) {
        g_targets_exist.store(true, std::memory_order_relaxed);
        const std::string tmp = temp_name(dir);
        const TempRegistration registered(tmp);
        err = link_unnamed(fd, tmp);
        if (!err && ::rename(tmp.c_str(), path.c_str()) != 0) {
            reason = std::string("cannot rename output into place: ") + std::strerror(errno);
            ::unlink(tmp.c_str());
            ::close(fd);
            return false;
        }
    }
    if (err) {   // no link through /proc: written again the classic way
        ::close(fd);
        return write_renamed(path, dir, data, reason);
    }
    if (::close(fd) != 0) {
        reason = write_failure("cannot write output: ", errno);
        ::unlink(path.c_str());
        return false;
    }
    return true;
#else
    return write_renamed(path, dir, data, reason);
#endif
}



bool read_whole_file(const std::string& path, std::string& out, std::string& error) {
    return read_file(path, std::size_t(1) << 34, out, error);
}

// ---------------------------------------------------------------- cleaning






std::string spill_dir(const std::string& beside_outputs) {
    if (!beside_outputs.empty()) return beside_outputs;
    const char* tmpdir = std::getenv("TMPDIR");
    return tmpdir && *tmpdir ? tmpdir : "/tmp";
}

std::string spill_full_message(int err) {
    return "winnow: stopped: the disk is full (" + std::string(std::strerror(err)) +
           ") under the spill file that keeps pass one's pages for pass two (beside the output; --keep-memory sets how "
           "much stays in memory instead): nothing was written; free space and run the same command again";
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
                   const std::string& log_note) {
    if (o.quiet) return;
    const double seconds = progress.run_seconds();
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
    if (stop_signal()) return 128 + stop_signal();
    if (full_disk_error()) return 1;
    return c.failed.load() ? 1 : 0;
}

}  // namespace winnow::cli
