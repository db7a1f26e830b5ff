// WARC mode of the CLI (--warc): the HTML and text pages of web archives cleaned in parallel,
// out as JSON Lines in input order or as one file per record in a folder. Site profiles are
// learned in a first pass over all pages, as in the other batch modes; standard input is
// spooled to a temporary file during that pass so that it can be read twice.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <winnow/warc.hpp>

#include "batch.hpp"
#include "batch_shared.hpp"
#include "jsonl.hpp"
#include "ordered_pipeline.hpp"

namespace winnow::cli {

namespace {

struct PageItem {
    WarcPage page;
    std::string where;      // "FILE at byte N", for the error log
    std::string out_name;   // -o DIR: the output file name
};

// The WARC files of the command line, read one after the other, page by page.
class PageSource {
public:
    PageSource(std::vector<std::string> files, WarcOptions options) : files_(std::move(files)), options_(options) {
        if (files_.empty()) files_.emplace_back("-");
    }
    ~PageSource() {
        close_current();
        if (spool_fd_ >= 0) ::close(spool_fd_);
    }
    PageSource(const PageSource&) = delete;
    PageSource& operator=(const PageSource&) = delete;

    void spool_stdin() { spool_ = true; }
    void rewind() {
        close_current();
        index_ = 0;
        totals_ = WarcCounts{};
    }

    // Next page of any file; problems found on the way go to report(where, message). False
    // at the end of the last file (or when stopping).
    template <class Report>
    bool next(PageItem& item, Report report) {
        while (true) {
            if (!reader_) {
                if (index_ >= files_.size()) return false;
                std::string error;
                if (!open_next(error)) {
                    report(name_, error);
                    continue;
                }
            }
            const bool got = reader_->next(item.page);
            for (auto& issue : reader_->take_issues())
                if (!stop_requested()) report(name_ + " at byte " + std::to_string(issue.offset), issue.message);
            if (got) {
                item.where = name_ + " at byte " + std::to_string(item.page.offset);
                return true;
            }
            close_current();
            if (stop_requested()) return false;
        }
    }
    // Counts over the files read so far in this pass (the current one included).
    WarcCounts totals() const {
        WarcCounts t = totals_;
        if (reader_) add(t, reader_->counts());
        return t;
    }

private:
    bool open_next(std::string& error) {
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
            error = std::string("cannot open: ") + std::strerror(errno);
            return false;
        }
        reader_.emplace([this](char* buf, std::size_t n, std::string* err) { return read_some(buf, n, err); }, options_);
        return true;
    }

    std::ptrdiff_t read_some(char* buf, std::size_t n, std::string* err) {
        while (true) {
            const ssize_t r = ::read(fd_, buf, n);
            if (r < 0 && errno == EINTR) {
                if (stop_requested()) return 0;
                continue;
            }
            if (r < 0) {
                if (err) *err = std::strerror(errno);
                return -1;
            }
            if (r > 0 && spool_out_ >= 0) write_all(spool_out_, buf, static_cast<std::size_t>(r));
            return r;
        }
    }

    static void add(WarcCounts& t, const WarcCounts& c) {
        t.records += c.records;
        t.pages += c.pages;
        t.skipped += c.skipped;
        t.issues += c.issues;
        for (const auto& [why, n] : c.skipped_by_reason) t.skipped_by_reason[why] += n;
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
        if (reader_) {
            add(totals_, reader_->counts());
            reader_.reset();
        }
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }

    std::vector<std::string> files_;
    WarcOptions options_;
    std::size_t index_ = 0;
    int fd_ = -1;
    bool spool_ = false;
    int spool_fd_ = -1, spool_out_ = -1;
    std::string name_;
    std::optional<WarcReader> reader_;
    WarcCounts totals_;
};

// A file name from a record id ("<urn:uuid:1b4e...>" -> "1b4e....xml"): the id's own
// characters where they are safe in a file name, '_' for the others.
std::string name_from_id(std::string_view id, std::unordered_set<std::string>& taken, std::uint64_t seq,
                         const char* ext) {
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    if (id.starts_with("urn:uuid:")) id.remove_prefix(9);
    std::string stem;
    for (char c : id.substr(0, 120)) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '_' || (c == '.' && !stem.empty());
        stem += safe ? c : '_';
    }
    if (stem.empty()) stem = "record-" + std::to_string(seq);
    std::string name = stem + ext;
    for (int k = 2; !taken.insert(name).second; ++k) name = stem + "-" + std::to_string(k) + ext;
    return name;
}

void print_warc_summary(Progress& progress, const CliOptions& o, const WarcCounts& t) {
    if (o.quiet) return;
    std::string line = "winnow: warc: " + std::to_string(t.records) + " records: " + std::to_string(t.pages) +
                       " pages, " + std::to_string(t.skipped) + " skipped";
    if (!t.skipped_by_reason.empty()) {
        line += " (";
        bool first = true;
        for (const auto& [why, n] : t.skipped_by_reason) {
            line += (first ? "" : ", ") + why + ": " + std::to_string(n);
            first = false;
        }
        line += ")";
    }
    line += ", " + std::to_string(t.issues) + " damaged or unreadable";
    progress.message(line);
}

// Pass 1: cleans every page without a profile and learns one. Returns -1 to go on to pass 2,
// else the exit status.
int learn_profile(const CliOptions& o, PageSource& source, unsigned workers, Progress& progress, ErrorSink& errors,
                  std::shared_ptr<const SiteProfile>& profile) {
    BatchCounters c;
    Learner learner(workers);
    const Cleaners cleaners(o.clean, nullptr);
    progress.start("learning", 0, &c);
    // Problems are reported by pass 2, which meets them again (unless there is none).
    auto report = [&](const std::string& where, const std::string& why) {
        if (o.learn_only) errors.report(where, why);
        c.failed++;
    };
    ordered_pipeline<PageItem>(
        workers, [&](PageItem& item) { return source.next(item, report); },
        [&](PageItem& item, unsigned w) {
            c.bytes += item.page.body.size();
            const Result r =
                cleaners.pick(item.page.is_text).clean(item.page.body, Hints{item.page.target_uri, item.page.charset});
            if (r.ok()) learner.add(w, r.document);
            (r.ok() ? c.ok : c.failed)++;
            c.done++;
            return std::string();
        },
        [](const std::string&, bool) {});
    progress.stop();
    if (stop_requested()) {
        if (!o.quiet) progress.message("winnow: interrupted while learning the site profile; nothing was written");
        return 128 + stop_signal();
    }
    profile = learner.merged();
    std::string error;
    if (!o.save_profile.empty() && !save_profile(o.save_profile, profile.get(), error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 1;
    }
    if (o.learn_only) {
        print_summary(progress, o, "learned", c, progress.elapsed_seconds(), "");
        print_warc_summary(progress, o, source.totals());
        return c.failed ? 1 : 0;
    }
    return -1;
}

}  // namespace

int run_warc(const CliOptions& o) {
    ProfileMode pmode;
    std::string error;
    if (!choose_profile_mode(o, pmode, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    const bool to_dir = !o.output.empty() && o.output != "-";
    std::string out_root = o.output;
    while (out_root.size() > 1 && out_root.back() == '/') out_root.pop_back();
    if (to_dir && !make_dirs(out_root)) {
        std::fprintf(stderr, "winnow: cannot create output folder %s: %s\n", printable_path(out_root).c_str(),
                     std::strerror(errno));
        return 2;
    }
    Progress progress(Progress::choose(o.quiet), o.progress_interval);
    ErrorSink errors(progress);
    const std::string log_path = !o.error_log.empty() ? o.error_log : to_dir ? out_root + "/winnow-errors.log" : "";
    if (!log_path.empty() && !errors.open(log_path, error)) {
        std::fprintf(stderr, "winnow: %s\n", error.c_str());
        return 2;
    }
    install_stop_handlers();
    keep_memory_flat();
    const unsigned workers = worker_count(o);
    WarcOptions wo;
    wo.max_record_bytes = o.clean.limits.max_input_bytes;
    PageSource source(o.files, wo);

    std::shared_ptr<const SiteProfile> profile;
    if (pmode == ProfileMode::load) {
        if (!load_profile(o.load_profile, profile, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
    } else if (pmode == ProfileMode::learn) {
        source.spool_stdin();
        // -1: go on to pass 2; otherwise the exit status (interrupted, --learn-only, error).
        const int status = learn_profile(o, source, workers, progress, errors, profile);
        if (status >= 0) return status;
        source.rewind();
    }

    BatchCounters c;
    const Cleaners cleaners(o.clean, profile);
    EmitOptions emit = o.emit;
    if (o.format == OutputFormat::json && !to_dir) emit.pretty = false;  // embedded as one line
    const char* ext = format_ext(o.format);
    std::unordered_set<std::string> names;
    std::uint64_t seq = 0;
    bool write_failed = false;
    auto report = [&](const std::string& where, const std::string& why) {
        errors.report(where, why);
        c.failed++;
    };
    progress.start("cleaning", 0, &c);
    ordered_pipeline<PageItem>(
        workers,
        [&](PageItem& item) {
            if (!source.next(item, report)) return false;
            if (to_dir) item.out_name = name_from_id(item.page.record_id, names, ++seq, ext);
            return true;
        },
        [&](PageItem& item, unsigned) {
            const WarcPage& p = item.page;
            c.bytes += p.body.size();
            const Result r = cleaners.pick(p.is_text).clean(p.body, Hints{p.target_uri, p.charset});
            std::string rec;
            std::string why = r.error;  // stays empty on success (write_atomic sets it on failure)
            if (r.ok()) {
                if (!r.document.warnings.empty()) c.warnings++;
                if (to_dir) write_atomic(out_root + "/" + item.out_name, render(r.document, o.format, emit), why);
            }
            const bool ok = why.empty();
            if (!ok) errors.report(item.where + (p.target_uri.empty() ? "" : " (" + p.target_uri + ")"), why);
            (ok ? c.ok : c.failed)++;
            c.done++;
            if (to_dir) return rec;
            rec = "{\"url\":";
            append_json_string(rec, p.target_uri);
            rec += ",\"warc_record_id\":";
            append_json_string(rec, p.record_id);
            rec += ",\"warc_date\":";
            append_json_string(rec, p.date);
            if (!r.ok()) {
                rec += ",\"error\":";
                append_json_string(rec, why);
            } else {
                append_document_fields(rec, r.document, o.format, emit);
            }
            rec += "}\n";
            return rec;
        },
        [&](const std::string& rec, bool more) {
            if (rec.empty()) return;
            if (!write_failed && std::fwrite(rec.data(), 1, rec.size(), stdout) != rec.size()) write_failed = true;
            // Flush whenever the writer catches up, so a pipe sees records as they are done.
            if (!more && !write_failed && std::fflush(stdout) != 0) write_failed = true;
        });
    progress.stop();
    if (std::fflush(stdout) != 0) write_failed = true;
    if (write_failed) {
        std::fprintf(stderr, "winnow: cannot write output: %s\n", std::strerror(errno));
        return 1;
    }
    if (stop_requested() && !o.quiet)
        progress.message("winnow: interrupted: output ends after page " + std::to_string(c.done.load()));
    print_summary(progress, o, "cleaned", c, progress.elapsed_seconds(),
                  c.failed.load() && !log_path.empty() ? "; errors are listed in " + printable_path(log_path) : "");
    print_warc_summary(progress, o, source.totals());
    return final_status(c);
}

}  // namespace winnow::cli
