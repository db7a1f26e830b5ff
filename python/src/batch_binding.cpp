// winnow._winnow._Batch: the batch CLI's per-page work (tools/batch_record.cpp) over lists of
// JSON Lines records or tree files, for winnow.dask. Shared code, so that a page cleaned on a
// Dask worker comes out byte for byte as from `winnow --jsonl` or `winnow -i DIR -o OUT`.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <string>
#include <vector>

#include "batch_record.hpp"
#include "common.hpp"
#include "file_walk.hpp"
#include "jsonl.hpp"
#include "jsonl_compact.hpp"
#include "site_profile_binding.hpp"

namespace winnow::py {

namespace {

struct Counts {
    std::uint64_t pages = 0, ok = 0, failed = 0, warnings = 0, bytes = 0, without_host = 0;
    pyb::dict to_dict() const {
        pyb::dict d;
        d["pages"] = pages;
        d["ok"] = ok;
        d["failed"] = failed;
        d["warnings"] = warnings;
        d["bytes"] = bytes;
        d["without_host"] = without_host;
        return d;
    }
};

// Views of bytes objects, taken under the GIL; the objects stay referenced by `keep`.
struct ByteViews {
    std::vector<pyb::bytes> keep;
    std::vector<std::string_view> views;
    explicit ByteViews(const pyb::list& items) {
        keep.reserve(items.size());
        for (const auto& item : items) {
            if (!PyBytes_Check(item.ptr())) throw pyb::type_error("expected a list of bytes");
            keep.push_back(pyb::reinterpret_borrow<pyb::bytes>(item));
            views.emplace_back(keep.back());
        }
    }
};

class PyBatch {
public:
    PyBatch(const pyb::object& format_name, const pyb::object& profile, const pyb::kwargs& kw) {
        const std::string format = string_of(format_name, "format");
        options_ = options_from(kw, &emit_);
        // The CLI's --format names.
        if (format == "xml") format_ = cli::OutputFormat::xml;
        else if (format == "text" || format == "txt") format_ = cli::OutputFormat::text;
        else if (format == "json") format_ = cli::OutputFormat::json;
        else if (format == "markdown" || format == "md") format_ = cli::OutputFormat::markdown;
        else if (format == "audit") format_ = cli::OutputFormat::audit;
        else throw pyb::value_error("format must be \"xml\", \"text\", \"json\", \"markdown\" or \"audit\", not \"" + format + "\"");
        std::shared_ptr<const SiteProfile> p;
        if (!profile.is_none()) p = std::make_shared<const SiteProfile>(profile.cast<const PySiteProfile&>().profile);
        cleaners_ = std::make_unique<cli::Cleaners>(options_, p);
        learners_ = std::make_unique<cli::Cleaners>(options_, nullptr);
        max_line_ = cli::max_jsonl_page_line(options_.limits.max_input_bytes);
    }

    // cut: empty, or why the input ends inside the last line (the CLI's LineSource::next): that
    // line is an error record.
    pyb::tuple learn_lines(const pyb::list& lines, const std::string& cut) const {
        const ByteViews in(lines);
        PySiteProfile out;
        Counts c;
        {
            pyb::gil_scoped_release release;
            for (std::size_t i = 0; i < in.views.size(); ++i) {
                const std::string_view line = in.views[i];
                std::size_t bytes = 0;
                Result r;
                if (!cut.empty() && i + 1 == in.views.size()) r.error = cut;
                else r = cli::learn_jsonl_line(line, cli::jsonl_line_oversize(line, max_line_), *learners_, bytes);
                c.bytes += bytes;
                learn(r, out, c);
            }
        }
        return pyb::make_tuple(std::move(out), c.to_dict());
    }

    pyb::tuple clean_lines(const pyb::list& lines, std::uint64_t first_line_no, const std::string& cut) const {
        const ByteViews in(lines);
        std::string out;
        Counts c;
        {
            pyb::gil_scoped_release release;
            EmitOptions emit = emit_;
            if (format_ == cli::OutputFormat::json) emit.pretty = false;  // embedded as one line
            std::uint64_t line_no = first_line_no;
            for (std::size_t i = 0; i < in.views.size(); ++i) {
                const std::string_view line = in.views[i];
                cli::RecordOutcome outcome;
                if (!cut.empty() && i + 1 == in.views.size())
                    out += cli::cut_jsonl_line(line, cut, line_no++, format_, emit, outcome);
                else
                    out += cli::clean_jsonl_line(line, cli::jsonl_line_oversize(line, max_line_), line_no++, *cleaners_, format_, emit, outcome);
                c.bytes += outcome.bytes;
                count(outcome.ok, outcome.warnings, c);
            }
        }
        return pyb::make_tuple(pyb::bytes(out), c.to_dict());
    }

    pyb::tuple learn_files(const std::string& root, const pyb::list& rels) const {
        const ByteViews in(rels);
        PySiteProfile out;
        Counts c;
        {
            pyb::gil_scoped_release release;
            std::string bytes, reason;
            for (const std::string_view rel : in.views) {
                const std::string path = root + "/" + std::string(rel);
                Result r;
                if (cli::read_page(path, options_.limits.max_input_bytes, bytes, reason)) {
                    c.bytes += bytes.size();
                    r = learners_->pick(cli::is_text_name(rel)).clean(bytes, {});
                } else {
                    r.error = reason;
                }
                learn(r, out, c);
            }
        }
        return pyb::make_tuple(std::move(out), c.to_dict());
    }

    // One record per file: {"path": REL, "xml"|"text"|"markdown"|"audit"|"document": output} or
    // {"path", "error"}; the output is the file `winnow -i DIR -o OUT` writes for the page.
    pyb::tuple clean_files(const std::string& root, const pyb::list& rels) const {
        const ByteViews in(rels);
        std::string out;
        Counts c;
        {
            pyb::gil_scoped_release release;
            std::string bytes, reason;
            EmitOptions emit = emit_;
            if (format_ == cli::OutputFormat::json) emit.pretty = false;
            for (const std::string_view rel : in.views) {
                const std::string path = root + "/" + std::string(rel);
                Result r;
                if (cli::read_page(path, options_.limits.max_input_bytes, bytes, reason)) {
                    c.bytes += bytes.size();
                    r = cleaners_->pick(cli::is_text_name(rel)).clean(bytes, {});
                } else {
                    r.error = reason;
                }
                out += "{\"path\":";
                cli::append_json_string(out, rel);
                if (!r.ok()) {
                    out += ",\"error\":";
                    cli::append_json_string(out, r.error);
                } else if (format_ == cli::OutputFormat::json) {
                    out += ",\"document\":" + to_json(r.document, emit);
                    while (out.back() == '\n' || out.back() == ' ') out.pop_back();
                } else {
                    out += ",\"";
                    out += record_key(format_);
                    out += "\":";
                    cli::append_json_string(out, cli::render(r.document, format_, emit));
                }
                out += "}\n";
                count(r.ok(), r.ok() && !r.document.warnings.empty(), c);
            }
        }
        return pyb::make_tuple(pyb::bytes(out), c.to_dict());
    }

private:
    // The key of a page's output in a record, as in the records of `winnow --jsonl`.
    static const char* record_key(cli::OutputFormat f) {
        switch (f) {
            case cli::OutputFormat::text: return "text";
            case cli::OutputFormat::markdown: return "markdown";
            case cli::OutputFormat::audit: return "audit";
            default: return "xml";
        }
    }
    static void count(bool ok, bool warnings, Counts& c) {
        ++c.pages;
        (ok ? c.ok : c.failed)++;
        if (warnings) ++c.warnings;
    }
    static void learn(const Result& r, PySiteProfile& out, Counts& c) {
        count(r.ok(), false, c);
        if (!r.ok()) return;
        const std::string host = site_host(r.document);
        if (host.empty()) {
            ++c.without_host;
            ++out.without_host;
        } else {
            out.profile.add_page(host, r.document);
        }
    }

    Options options_;
    EmitOptions emit_;
    cli::OutputFormat format_ = cli::OutputFormat::xml;
    std::unique_ptr<cli::Cleaners> cleaners_;   // with the profile (pass 2)
    std::unique_ptr<cli::Cleaners> learners_;   // without (pass 1)
    std::size_t max_line_ = 0;
};

}  // namespace

void bind_batch(pyb::module_& m) {
    pyb::class_<PyBatch>(m, "_Batch", "Internal: the batch CLI's per-page work, for winnow.dask.")
        .def(pyb::init<const pyb::object&, const pyb::object&, const pyb::kwargs&>(), pyb::arg("format"),
             pyb::arg("profile"))
        .def("learn_lines", &PyBatch::learn_lines, pyb::arg("lines"), pyb::arg("cut") = "")
        .def("clean_lines", &PyBatch::clean_lines, pyb::arg("lines"), pyb::arg("first_line_no"), pyb::arg("cut") = "")
        .def("learn_files", &PyBatch::learn_files, pyb::arg("root"), pyb::arg("rels"))
        .def("clean_files", &PyBatch::clean_files, pyb::arg("root"), pyb::arg("rels"));
    m.def(
        "_walk",
        [](const std::string& root) {
            cli::WalkResult w;
            {
                pyb::gil_scoped_release release;
                w = cli::walk_tree(root, {});
            }
            pyb::list files, problems;
            for (const auto& f : w.files) files.append(pyb::bytes(f));
            for (const auto& p : w.problems) problems.append(pyb::make_tuple(pyb::bytes(p.path), p.reason, p.error));
            return pyb::make_tuple(files, problems);
        },
        pyb::arg("root"), "Internal: the page files of a tree, as winnow -i DIR lists them (paths relative to root).");
}

}  // namespace winnow::py
