// JSON Lines mode (--jsonl): records in, results out in input order; two passes with a site
// profile (pass 1 keeps each record for pass 2 in a PageStore, so the stream is read once).
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
#include "learn_pass.hpp"
#include "page_store.hpp"
#include "progress.hpp"
#include "line_source.hpp"
#include "stop_signals.hpp"
#include "batch_shared.hpp"
#include "ordered_pipeline.hpp"
#include "record_stream.hpp"


namespace winnow::cli {

namespace {

// The JSON Lines stream through ordered_pipeline: work(line_no, line, oversize, cut, worker).
template <class Work, class Sink>
bool line_pipeline(LineSource& source, unsigned workers, Work work, Sink sink, std::string& error) {
    struct Item {
        std::uint64_t line_no = 0;
        std::string line;
        bool oversize = false;
        std::string cut;  // why the input ends inside this line (LineSource::next)
    };
    bool ok = true;
    ordered_pipeline<Item>(
        workers,
        [&](Item& item) {
            if (source.next(item.line, item.oversize, item.cut)) {
                item.line_no = source.line_no();
                return true;
            }
            if (!source.error().empty() && !stop_requested()) {
                error = source.error();
                ok = false;
            }
            return false;
        },
        [&](Item& item, unsigned w) { return work(item.line_no, item.line, item.oversize, item.cut, w); }, sink);
    return ok;
}


}  // namespace

// Parses a line and cleans its record with clean(cleaner, body, hints); fills rec and returns
// the result (failed, with rec.why set, when the line is no record or the page fails).
template <class Clean>
Result clean_jsonl_record(std::uint64_t line_no, std::string& line, bool oversize, const std::string& cut,
                          JsonlOutcome& out, BatchCounters& c, Clean clean) {
    out.line_no = line_no;
    JsonlRecord rec;
    bool ok = true;
    if (!cut.empty()) {
        ok = false;
        out.why = cut_record_error(line, cut, rec);
    } else if (oversize) {
        ok = false;
        oversize_record_names(line, rec);
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
    r = clean(rec.is_text, std::string_view(rec.body), record_hints(rec));
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

namespace {

// One JSON Lines run: pass one (learning, keeping records) when the profile is learned, then
// the output pass, each a step of its own over the run's shared state.
class JsonlBatch {
public:
    explicit JsonlBatch(const CliOptions& o)
        : o_(o), progress_(Progress::choose(o.quiet), o.progress_interval), errors_(progress_),
          workers_(worker_count(o)), source_(o.files, max_jsonl_page_line(o.clean.limits.max_input_bytes)),
          to_file_(!o.output.empty() && o.output != "-"),
          kept_(0, o.keep_memory, spill_dir(to_file_ ? parent_of(o.output) : std::string())) {}

    int run() {
        ProfileMode pmode;
        std::string error;
        if (!choose_profile_mode(o_, pmode, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        if (!o_.error_log.empty() && !errors_.open(o_.error_log, error)) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 2;
        }
        return run_stream_passes(
            o_, pmode, [&](std::shared_ptr<const SiteProfile>& profile) { return learn(profile); },
            [&](bool learned, const std::shared_ptr<const SiteProfile>& profile) { return clean(learned, profile); });
    }

private:
    const CliOptions& o_;
    Progress progress_;
    ErrorSink errors_;
    const unsigned workers_;
    LineSource source_;
    const bool to_file_;
    PageStore kept_;

    // Line numbers count across all inputs.
    static std::string where(const JsonlOutcome& rec) {
        return "line " + std::to_string(rec.line_no) + (rec.url.empty() ? "" : " (" + rec.url + ")");
    }

    // Pass 1 (learning): every record cleaned up to the site filter and kept for pass 2. An exit
    // status, or -1 to go on.
    int learn(std::shared_ptr<const SiteProfile>& profile) {
        BatchCounters c;
        LearnPass pass(!o_.learn_only, kept_, c);
        const Cleaners cleaners(o_.clean, nullptr);
        std::string error;
        progress_.start("learning", 0, &c);
        const bool read_ok = line_pipeline(
            source_, workers_,
            [&](std::uint64_t line_no, std::string& line, bool oversize, const std::string& cut, unsigned) {
                JsonlOutcome rec;
                PageFingerprints fingerprints;
                const Result r = clean_jsonl_record(line_no, line, oversize, cut, rec, c, [&](bool text, std::string_view body, const Hints& h) {
                    return cleaners.pick(text).clean_unprofiled(body, h, fingerprints);
                });
                return pass.learn(r, fingerprints, outcome_tag(rec));
            },
            [&](const std::string& learned, bool) { pass.keep(learned); }, error);
        progress_.stop();
        if (!read_ok && !stop_requested()) {
            std::fprintf(stderr, "winnow: %s\n", error.c_str());
            return 1;
        }
        if (const int status = pass.finish(o_, progress_, profile); status >= 0) return status;
        if (o_.learn_only) {
            print_summary(progress_, o_, "learned", c, "");
            return 0;
        }
        return -1;
    }

    // The output pass: the kept records finished (nothing read or parsed again), or the stream
    // cleaned in one pass; to standard output, or to a temporary file renamed into place at the end.
    int clean(bool from_store, const std::shared_ptr<const SiteProfile>& profile) {
        int out_fd = STDOUT_FILENO;
        std::string tmp_out;
        std::optional<TempRegistration> tmp_registered;
        if (to_file_) {
            tmp_out = parent_of(o_.output) + "/.winnow-tmp-" + std::to_string(getpid()) + "-jsonl";
            tmp_registered.emplace(tmp_out);
            out_fd = ::open(tmp_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
            if (out_fd < 0) {
                std::fprintf(stderr, "winnow: cannot write %s: %s\n", printable_path(o_.output).c_str(), std::strerror(errno));
                return 2;
            }
        }
        BatchCounters c;
        const Cleaners cleaners(o_.clean, profile);
        EmitOptions emit = o_.emit;
        if (o_.format == OutputFormat::json) emit.pretty = false;  // embedded as one line
        RecordStream out(out_fd);
        // Counts, reports and renders one record's result.
        auto output_line = [&](const JsonlOutcome& rec, const Result& r) {
            if (!r.ok()) {
                errors_.report(where(rec), rec.why.empty() ? r.error : rec.why);
                c.failed++;
                c.done++;
                JsonlOutcome failed = rec;
                if (failed.why.empty()) failed.why = r.error;
                return jsonl_output_line(failed, nullptr, o_.format, emit);
            }
            if (!r.document.warnings.empty()) c.warnings++;
            c.ok++;
            c.done++;
            return jsonl_output_line(rec, &r.document, o_.format, emit);
        };
        auto write = [&](const std::string& rec, bool more) { out.write(rec, more); };
        progress_.start("cleaning", 0, &c);
        bool read_ok = true;
        std::string error;
        if (from_store) {
            read_ok = ordered_indices(kept_.size(), workers_, [&](std::size_t i) {
                Result r;
                PageFingerprints fingerprints;
                std::uint64_t unused = 0;
                std::string tag, why;
                if (!kept_.take(i, r, fingerprints, unused, tag, why)) r.error = why;
                JsonlOutcome rec = outcome_from_tag(tag);
                c.bytes += rec.bytes;
                if (!r.ok()) {
                    if (rec.why.empty()) rec.why = r.error;
                    return output_line(rec, r);
                }
                return output_line(rec, cleaners.pick(r.document.input == InputKind::text).finish(std::move(r), fingerprints));
            }, write);
        } else {
            read_ok = line_pipeline(
                source_, workers_,
                [&](std::uint64_t line_no, std::string& line, bool oversize, const std::string& cut, unsigned) {
                    JsonlOutcome rec;
                    const Result r = clean_jsonl_record(line_no, line, oversize, cut, rec, c, [&](bool text, std::string_view body, const Hints& h) {
                        return cleaners.pick(text).clean(body, h);
                    });
                    return output_line(rec, r);
                },
                write, error);
        }
        progress_.stop();
        int write_error = out.flush() ? 0 : out.error();
        if (!tmp_out.empty()) {
            if (::close(out_fd) != 0 && !write_error) write_error = errno;
            if (write_error || stop_requested() || std::rename(tmp_out.c_str(), o_.output.c_str()) != 0) {
                if (!write_error && !stop_requested()) write_error = errno;
                ::unlink(tmp_out.c_str());
            }
        }
        if (write_error) {
            std::fprintf(stderr, "winnow: cannot write output: %s\n", std::strerror(write_error));
            return 1;
        }
        if (!read_ok) {
            errors_.report("input", error);
            c.failed++;
        }
        if (stop_requested() && !o_.quiet)
            progress_.message("winnow: interrupted: output ends after record " + std::to_string(c.done.load()) +
                              (tmp_out.empty() ? "" : " (the output file was not written)"));
        print_summary(progress_, o_, "cleaned", c, "");
        return final_status(c);
    }
};

}  // namespace

int run_jsonl(const CliOptions& o) { return JsonlBatch(o).run(); }

}  // namespace winnow::cli
