// winnow._winnow: the Python bindings (pybind11). The public names are re-exported by
// python/winnow/__init__.py; docs/python.md is the manual.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>

#include "common.hpp"
#include "site_profile_binding.hpp"

namespace winnow::py {

namespace {

PyObject* g_error = nullptr;  // winnow.Error; created once at import, never changed after

enum class Format { xml, text, json, dict, markdown, audit };

// The CLI's --format names (with its aliases txt and md), and dict: the JSON as a dict.
Format format_from(std::string_view name) {
    if (name == "xml") return Format::xml;
    if (name == "text" || name == "txt") return Format::text;
    if (name == "json") return Format::json;
    if (name == "dict") return Format::dict;
    if (name == "markdown" || name == "md") return Format::markdown;
    if (name == "audit") return Format::audit;
    throw pyb::value_error("format must be \"xml\", \"text\", \"json\", \"dict\", \"markdown\" or \"audit\", not \"" +
                           std::string(name) + "\"");
}

// A Cleaner for each input kind, so that clean(..., input=...) can choose per call.
class PyCleaner {
public:
    PyCleaner(const Options& options, const EmitOptions& emit, std::shared_ptr<const SiteProfile> profile)
        : emit_(emit) {
        for (const InputKind k : {InputKind::automatic, InputKind::html, InputKind::text}) {
            Options o = options;
            o.input = k;
            cleaners_[static_cast<int>(k)] = std::make_unique<Cleaner>(o, profile);
        }
        default_input_ = options.input;
    }

    static std::unique_ptr<PyCleaner> make(const pyb::object& profile, const pyb::kwargs& kw) {
        EmitOptions emit;
        const Options options = options_from(kw, &emit);
        std::shared_ptr<const SiteProfile> p;
        // A copy: learning into the profile afterwards does not change this cleaner.
        if (!profile.is_none()) p = std::make_shared<const SiteProfile>(profile.cast<const PySiteProfile&>().profile);
        return std::make_unique<PyCleaner>(options, emit, std::move(p));
    }

    pyb::object clean(const pyb::object& data, const pyb::object& url, const pyb::object& charset,
                      const pyb::object& input, const pyb::object& format, const pyb::object& reference_date) const {
        const Format f = format_from(string_of(format, "format"));
        const InputKind kind = input.is_none() ? default_input_ : input_from(string_of(input, "input"));
        PageData page;
        page_from(data, page);
        const HintStore h = hints_from(url, charset, page.is_str, reference_date);
        std::string out, error;
        {
            // The cleaner is immutable and the page bytes are ours (or an immutable bytes
            // object the caller holds): other Python threads run meanwhile.
            pyb::gil_scoped_release release;
            Result r = cleaners_[static_cast<int>(kind)]->clean(page.view, h.hints());
            if (!r.ok()) {
                error = std::move(r.error);
            } else {
                EmitOptions e = emit_;
                if (f == Format::dict) e.pretty = false;
                switch (f) {
                    case Format::text: out = to_text(r.document); break;
                    case Format::xml: out = to_xml(r.document, e); break;
                    case Format::markdown: out = to_markdown(r.document, e); break;
                    case Format::audit: out = to_audit_html(r.document); break;
                    default: out = to_json(r.document, e);
                }
            }
        }
        if (!error.empty()) raise_error(error);
        if (f == Format::dict) return pyb::module_::import("json").attr("loads")(to_str(out));
        return to_str(out);
    }

private:
    std::unique_ptr<Cleaner> cleaners_[3];
    InputKind default_input_ = InputKind::automatic;
    EmitOptions emit_;
};

}  // namespace

void raise_error(const std::string& message) {
    PyErr_SetObject(g_error, to_str(message).ptr());
    throw pyb::error_already_set();
}

void register_error(pyb::module_& m) {
    g_error = PyErr_NewExceptionWithDoc("winnow.Error",
                                        "A page could not be cleaned (input too large, over the time budget, not a "
                                        "page, ...); the message says why.",
                                        PyExc_ValueError, nullptr);
    if (!g_error) throw pyb::error_already_set();
    m.add_object("Error", pyb::handle(g_error));
}

void page_from(const pyb::handle& data, PageData& out) {
    if (PyBytes_Check(data.ptr())) {
        char* p = nullptr;
        Py_ssize_t n = 0;
        PyBytes_AsStringAndSize(data.ptr(), &p, &n);
        out.view = std::string_view(p, static_cast<std::size_t>(n));
    } else if (PyUnicode_Check(data.ptr())) {
        bool escaped = false;
        out.owned = utf8_of(data, true, &escaped);
        out.view = out.owned;
        out.is_str = !escaped;
    } else if (PyObject_CheckBuffer(data.ptr())) {  // bytearray, memoryview: copied (they can change)
        const pyb::buffer_info b = pyb::reinterpret_borrow<pyb::buffer>(data).request();
        if (b.ndim != 1 || b.itemsize != 1) throw pyb::type_error("data must be bytes or str");
        // A sliced memoryview (view[::2], view[::-1]) has a stride other than 1, and a negative
        // one points ptr at its last byte: read element by element, never size bytes from ptr.
        const auto n = static_cast<std::size_t>(b.size);
        const auto* p = static_cast<const char*>(b.ptr);
        const pyb::ssize_t stride = b.strides.empty() ? 1 : b.strides[0];
        if (stride == 1) {
            out.owned.assign(p, n);
        } else {
            out.owned.resize(n);
            for (std::size_t i = 0; i < n; ++i) out.owned[i] = p[static_cast<pyb::ssize_t>(i) * stride];
        }
        out.view = out.owned;
    } else {
        throw pyb::type_error("data must be bytes or str, not " + std::string(Py_TYPE(data.ptr())->tp_name));
    }
}

pyb::str to_str(std::string_view s) {
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (!o) throw pyb::error_already_set();
    return pyb::reinterpret_steal<pyb::str>(o);
}

HintStore hints_from(const pyb::object& url, const pyb::object& charset, bool is_str, const pyb::object& reference_date) {
    HintStore h;
    if (!url.is_none()) h.url = string_of(url, "url");
    if (!charset.is_none()) h.charset = string_of(charset, "charset");
    else if (is_str) h.charset = "utf-8";
    h.reference_date = day_from(reference_date, "reference_date");
    return h;
}

}  // namespace winnow::py

PYBIND11_MODULE(_winnow, m) {
    namespace pyb = pybind11;
    using namespace winnow::py;
    m.doc() = "winnow: clean structured XML, text or JSON from scraped web pages (the C++ library's bindings).";
    m.attr("__version__") = WINNOW_VERSION_STRING;
    register_error(m);
    bind_site_profile(m);

    pyb::class_<PyCleaner>(m, "Cleaner", R"(Cleaner(*, profile=None, **options)

A reusable cleaner: options are read once; clean() may be called from many threads at once
(the GIL is released while a page is cleaned). profile: a SiteProfile whose recurring blocks
are dropped (copied: learning into it later does not change this cleaner).
Options (docs/python.md; defaults as the CLI's): input ("auto", "html", "text"), keep_links,
comments (reader comment threads kept apart: <comments> in XML, "comments" in JSON; default
False), reference_date ("YYYY-MM-DD" or a datetime.date: the crawl date; later dates are no
publication dates, ages such as "2 days ago" count back from it; default None: today),
preclean, text_runs, nfkc, repair_mojibake, fold_typography, repeated_blocks, promo, garbage,
link_residue, site_boilerplate, site_min_share, site_min_pages, max_input_bytes,
max_dom_depth, max_nodes, max_attributes, max_text_run, max_millis; for the output report
(XML/JSON: what was removed and why), pretty, front_matter (markdown: a YAML front-matter
block). A wrong type raises TypeError, a value the option does not take ValueError.)")
        .def(pyb::init([](const pyb::object& profile, const pyb::kwargs& kw) { return PyCleaner::make(profile, kw); }),
             pyb::kw_only(), pyb::arg("profile") = pyb::none())
        .def("clean", &PyCleaner::clean, pyb::arg("data"), pyb::kw_only(), pyb::arg("url") = pyb::none(),
             pyb::arg("charset") = pyb::none(), pyb::arg("input") = pyb::none(), pyb::arg("format") = "xml",
             pyb::arg("reference_date") = pyb::none(),
             R"(clean(data, *, url=None, charset=None, input=None, format="xml", reference_date=None)

data: the page as bytes (any common charset) or str. url: the page's URL (resolves
links, names the site for profiles). charset: the transport charset (HTTP Content-Type),
trusted over detection; str input is taken as UTF-8, but a str holding surrogate escapes
(bytes.decode(errors="surrogateescape")) is cleaned as the bytes it was decoded from, and any
other lone surrogate (in data or any str argument) is read as U+FFFD. input: "auto", "html" or "text"
(default: the cleaner's). format: "xml", "text", "json", "markdown", "audit" (a str; the
CLI's --format names, "txt" and "md" too) or "dict" (the JSON as a dict). reference_date:
this page's crawl date (as the option; default: the cleaner's). Raises winnow.Error when the
page cannot be cleaned.)");

    m.def(
        "clean",
        [](const pyb::object& data, const pyb::object& url, const pyb::object& charset, const pyb::object& input,
           const pyb::object& format, const pyb::kwargs& kw) {
            const auto c = PyCleaner::make(pyb::none(), kw);
            return c->clean(data, url, charset, input, format, pyb::none());
        },
        pyb::arg("data"), pyb::kw_only(), pyb::arg("url") = pyb::none(), pyb::arg("charset") = pyb::none(),
        pyb::arg("input") = "auto", pyb::arg("format") = "xml",
        R"(clean(data, *, url=None, charset=None, input="auto", format="xml", **options)

One page, one call: Cleaner(**options).clean(data, ...). See Cleaner for the options.
Returns a str ("xml", "text", "json", "markdown", "audit") or a dict ("dict"); raises
winnow.Error.)");

    bind_batch(m);
}
