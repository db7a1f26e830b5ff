// WARC mode of the CLI (--warc): the HTML and text pages of web archives cleaned in parallel,
// out as JSON Lines in input order or as one file per record in a folder. Site profiles are
// learned in a first pass over all pages, as in the other batch modes; that pass keeps each
// page for the second (learn_pass.hpp), so the archives are read once, standard input too.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <winnow/warc.hpp>

#include "batch.hpp"
#include "batch_shared.hpp"
#include "calendar_day.hpp"
#include "jsonl.hpp"
#include "learn_pass.hpp"
#include "ordered_pipeline.hpp"
#include "record_stream.hpp"

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
    ~PageSource() { close_current(); }
    PageSource(const PageSource&) = delete;
    PageSource& operator=(const PageSource&) = delete;

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
        fd_ = f == "-" ? dup(STDIN_FILENO) : ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) {
            error = std::string("cannot open: ") + std::strerror(errno);
            return false;
        }
        WarcOptions options = options_;
        struct stat st {};
        if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode) && ::lseek(fd_, 0, SEEK_CUR) == 0)
            options.input_bytes = static_cast<std::uint64_t>(st.st_size);
        reader_.emplace([this](char* buf, std::size_t n, std::string* err) { return read_some(buf, n, err); }, options);
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

// What pass two needs of a record besides its document.
struct RecordInfo {
    std::string where, url, record_id, date, out_name;
    bool is_text = false;
    std::uint64_t bytes = 0;

    std::string tag() const {
        return join_fields({where, url, record_id, date, out_name, is_text ? "t" : "h", std::to_string(bytes)});
    }
    static RecordInfo from_tag(std::string_view tag) {
        RecordInfo info;
        std::vector<std::string> f = split_fields(tag);
        if (f.size() != 7) return info;
        info.where = std::move(f[0]);
        info.url = std::move(f[1]);
        info.record_id = std::move(f[2]);
        info.date = std::move(f[3]);
        info.out_name = std::move(f[4]);
        info.is_text = f[5] == "t";
        info.bytes = std::strtoull(f[6].c_str(), nullptr, 10);
        return info;
    }
};

RecordInfo info_of(PageItem& item) {
    WarcPage& p = item.page;
    return {std::move(item.where), std::move(p.target_uri), std::move(p.record_id), std::move(p.date),
            std::move(item.out_name), p.is_text, p.body.size()};
}

// Pass two's work on one record: writes its file (-o DIR) or returns its JSON Lines record.
class RecordWriter {
public:
    RecordWriter(const CliOptions& o, const std::string& out_root, bool to_dir, BatchCounters& c, ErrorSink& errors)
        : o_(o), out_root_(out_root), to_dir_(to_dir), c_(c), errors_(errors), emit_(o.emit) {
        if (o.format == OutputFormat::json && !to_dir) emit_.pretty = false;  // embedded as one line
    }
    std::string operator()(const RecordInfo& info, const Result& r) {
        c_.bytes += info.bytes;
        std::string why = r.error;  // stays empty on success (write_atomic sets it on failure)
        if (to_dir_ && full_disk_error()) return {};  // the output disk is full: not attempted
        if (r.ok()) {
            if (!r.document.warnings.empty()) c_.warnings++;
            if (to_dir_) write_atomic(out_root_ + "/" + info.out_name, render(r.document, o_.format, emit_), why);
        }
        const bool ok = why.empty();
        if (!ok) errors_.report(info.where + (info.url.empty() ? "" : " (" + info.url + ")"), why);
        (ok ? c_.ok : c_.failed)++;
        c_.done++;
        if (to_dir_) return {};
        std::string rec = "{\"url\":";
        append_json_string(rec, info.url);
        rec += ",\"warc_record_id\":";
        append_json_string(rec, info.record_id);
        rec += ",\"warc_date\":";
        append_json_string(rec, info.date);
        if (!r.ok()) {
            rec += ",\"error\":";
            append_json_string(rec, why);
        } else {
            append_document_fields(rec, r.document, o_.format, emit_);
        }
        rec += "}\n";
        return rec;
    }

private:
    const CliOptions& o_;
    const std::string& out_root_;
    bool to_dir_;
    BatchCounters& c_;
    ErrorSink& errors_;
    EmitOptions emit_;
};

// One WARC run: the output folder and error log, pass one (learning, keeping pages) when the
// profile is learned, then the output pass, each a step of its own over the run's shared state.
class WarcBatch {
public:
    explicit WarcBatch(const CliOptions& o)
        : o_(o), to_dir_(!o.output.empty() && o.output != "-"), out_root_(trimmed(o.output)), ext_(format_ext(o.format)),
          progress_(Progress::choose(o.quiet), o.progress_interval), errors_(progress_), workers_(worker_count(o)),
          source_(o.files, warc_options(o)), kept_(0, o.keep_memory, spill_dir(to_dir_ ? out_root_ : std::string())) {}

    int run() {
        ProfileMode pmode;
        std::string error;
        if (!choose_profile_mode(o_, pmode, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        if (to_dir_ && !make_dirs(out_root_)) {
            std::fprintf(stderr, "winnow: cannot create output folder %s: %s\n", printable_path(out_root_).c_str(),
                         std::strerror(errno));
            return 2;
        }
        log_path_ = !o_.error_log.empty() ? o_.error_log : to_dir_ ? out_root_ + "/winnow-errors.log" : "";
        if (!log_path_.empty() && !errors_.open(log_path_, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        return run_stream_passes(
            o_, pmode, [&](std::shared_ptr<const SiteProfile>& profile) { return learn(profile); },
            [&](bool learned, const std::shared_ptr<const SiteProfile>& profile) { return clean(learned, profile); });
    }

private:
    const CliOptions& o_;
    const bool to_dir_;
    const std::string out_root_;
    const char* ext_;
    Progress progress_;
    ErrorSink errors_;
    const unsigned workers_;
    PageSource source_;
    PageStore kept_;
    std::string log_path_;
    std::unordered_set<std::string> names_;
    std::uint64_t seq_ = 0;
    std::uint64_t damaged_ = 0;   // reading problems found by pass one, failures of the run

    // A page cannot have been published after it was captured: the record's day (WARC-Date is UTC,
    // "2021-05-03T08:15:00Z") bounds its dates, unless the user named a reference date for the run.
    Hints hints_of(const WarcPage& p) const {
        Hints h{p.target_uri, p.charset};
        if (o_.clean.reference_date.empty() && p.date.size() >= 10) {
            const std::string_view day = std::string_view(p.date).substr(0, 10);
            if (is_calendar_day(day)) h.reference_date = day;
        }
        return h;
    }
    static std::string trimmed(std::string root) {
        while (root.size() > 1 && root.back() == '/') root.pop_back();
        return root;
    }
    static WarcOptions warc_options(const CliOptions& o) {
        WarcOptions wo;
        wo.max_record_bytes = o.clean.limits.max_input_bytes;
        return wo;
    }

    // Reads the next page and names its output file (in input order, so names do not depend on
    // the thread count).
    template <class Report>
    bool next_page(PageItem& item, Report report) {
        if (!source_.next(item, report)) return false;
        if (to_dir_) item.out_name = name_from_id(item.page.record_id, names_, ++seq_, ext_);
        return true;
    }

    // Pass one: every page cleaned up to the site filter, learned from and kept. An exit status,
    // or -1 to go on.
    int learn(std::shared_ptr<const SiteProfile>& profile) {
        BatchCounters lc;
        LearnPass pass(!o_.learn_only, kept_, lc);
        const Cleaners cleaners(o_.clean, nullptr);
        progress_.start("learning", 0, &lc);
        ordered_pipeline<PageItem>(
            workers_,
            [&](PageItem& item) {
                return next_page(item, [&](const std::string& where, const std::string& why) {
                    errors_.report(where, why);
                    lc.failed++;
                    ++damaged_;
                });
            },
            [&](PageItem& item, unsigned) {
                lc.bytes += item.page.body.size();
                PageFingerprints fingerprints;
                const Result r = cleaners.pick(item.page.is_text)
                                     .clean_unprofiled(item.page.body, hints_of(item.page), fingerprints);
                return pass.learn(r, fingerprints, info_of(item).tag());
            },
            [&](const std::string& learned, bool) { pass.keep(learned); });
        progress_.stop();
        if (const int status = pass.finish(o_, progress_, profile); status >= 0) return status;
        if (o_.learn_only) {
            print_summary(progress_, o_, "learned", lc, "");
            print_warc_summary(progress_, o_, source_.totals());
            return lc.failed ? 1 : 0;
        }
        return -1;
    }

    // The output pass: the kept pages finished (nothing read or parsed again), or the archives
    // read and cleaned in one pass.
    int clean(bool from_store, const std::shared_ptr<const SiteProfile>& profile) {
        BatchCounters c;
        auto report = [&](const std::string& where, const std::string& why) {
            errors_.report(where, why);
            c.failed++;
        };
        const Cleaners cleaners(o_.clean, profile);
        RecordWriter write_record(o_, out_root_, to_dir_, c, errors_);
        RecordStream out(STDOUT_FILENO);
        auto write_out = [&](const std::string& rec, bool more) { out.write(rec, more); };
        progress_.start("cleaning", 0, &c);
        if (from_store) {
            c.failed += damaged_;
            ordered_indices(kept_.size(), workers_, [&](std::size_t i) {
                Result r;
                PageFingerprints fingerprints;
                std::uint64_t unused = 0;
                std::string tag, why;
                if (!kept_.take(i, r, fingerprints, unused, tag, why)) r.error = why;
                const RecordInfo info = RecordInfo::from_tag(tag);
                if (!r.ok()) return write_record(info, r);
                return write_record(info, cleaners.pick(info.is_text).finish(std::move(r), fingerprints));
            }, write_out);
        } else {
            ordered_pipeline<PageItem>(
                workers_, [&](PageItem& item) { return next_page(item, report); },
                [&](PageItem& item, unsigned) {
                    const WarcPage& p = item.page;
                    const Result r = cleaners.pick(p.is_text).clean(p.body, hints_of(p));
                    return write_record(info_of(item), r);
                },
                write_out);
        }
        progress_.stop();
        if (!out.flush()) {
            std::fprintf(stderr, "winnow: cannot write output: %s\n", std::strerror(out.error()));
            return 1;
        }
        if (stop_requested() && !o_.quiet)
            progress_.message("winnow: interrupted: output ends after page " + std::to_string(c.done.load()));
        print_summary(progress_, o_, "cleaned", c,
                      c.failed.load() && !log_path_.empty() ? "; errors are listed in " + printable_path(log_path_) : "");
        print_warc_summary(progress_, o_, source_.totals());
        return final_status(c);
    }
};

}  // namespace

int run_warc(const CliOptions& o) { return WarcBatch(o).run(); }

}  // namespace winnow::cli
