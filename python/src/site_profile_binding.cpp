#include "site_profile_binding.hpp"

#include <pybind11/pybind11.h>

#include <fstream>
#include <sstream>

#include "common.hpp"

namespace winnow::py {

namespace {

PySiteProfile loads(std::string_view text) {
    PySiteProfile p;
    std::string error;
    if (!SiteProfile::load(text, p.profile, error)) raise_error("cannot load site profile: " + error);
    return p;
}

}  // namespace

void bind_site_profile(pyb::module_& m) {
    pyb::class_<PySiteProfile>(m, "SiteProfile", R"(SiteProfile()

Which blocks recur across many pages of each site (headers, footers, newsletter boxes), as
learned from pages; a Cleaner(profile=...) then drops them. Learning is order independent
and merging adds counts, so profiles learned on separate machines merge into the one a
single machine would learn. Picklable (as its saved text).)")
        .def(pyb::init<>())
        .def(
            "learn",
            [](PySiteProfile& self, const pyb::object& data, const pyb::object& url, const pyb::object& charset,
               const pyb::object& input, const pyb::kwargs& kw) -> pyb::object {
                Options o = options_from(kw, nullptr);
                o.input = input_from(string_of(input, "input"));
                PageData page;
                page_from(data, page);
                const HintStore h = hints_from(url, charset, page.is_str);
                Result r;
                {
                    pyb::gil_scoped_release release;
                    r = Cleaner(o).clean(page.view, h.hints());
                }
                if (!r.ok()) raise_error(r.error);
                const std::string host = site_host(r.document);
                if (host.empty()) {
                    ++self.without_host;
                    return pyb::none();
                }
                self.profile.add_page(host, r.document);  // under the GIL: learn() calls never overlap
                return to_str(host);
            },
            pyb::arg("data"), pyb::kw_only(), pyb::arg("url") = pyb::none(), pyb::arg("charset") = pyb::none(),
            pyb::arg("input") = "auto",
            R"(learn(data, *, url=None, charset=None, input="auto", **options) -> str | None

Cleans one page (as Cleaner(**options) would, without a profile) and records its blocks
under its site: the host of url, else of the page's og:url or canonical link. Returns the
host, or None when the page names none (it is then not learned from). Raises winnow.Error
when the page cannot be cleaned.)")
        .def(
            "merge", [](PySiteProfile& self, const PySiteProfile& other) {
                self.profile.merge(other.profile);
                self.without_host += other.without_host;
            },
            pyb::arg("other"), "merge(other): adds the counts of other (as winnow --merge-profiles does).")
        .def(
            "pages_of",
            [](const PySiteProfile& self, const pyb::object& host) { return self.profile.pages_of(string_of(host, "host")); },
            pyb::arg("host"), "pages_of(host) -> int: pages of this host learned from.")
        .def(
            "pages_with",
            [](const PySiteProfile& self, const pyb::object& host, const pyb::object& text) {
                return self.profile.pages_with(string_of(host, "host"), string_of(text, "text"));
            },
            pyb::arg("host"), pyb::arg("text"), "pages_with(host, text) -> int: pages of host with a block of this text.")
        .def_readonly("without_host", &PySiteProfile::without_host,
                      "Pages given to learn() (or merged in) that named no host.")
        .def(
            "dumps", [](const PySiteProfile& self) { return to_str(self.profile.save()); },
            "dumps() -> str: the profile in the small versioned text format of winnow --save-profile.")
        .def(
            "save",
            [](const PySiteProfile& self, const pyb::object& path) {
                const std::string text = self.profile.save();
                // Written to a temporary name and renamed, like the CLI's profiles.
                pyb::module_::import("winnow._files").attr("write_atomic")(path, pyb::bytes(text));
            },
            pyb::arg("path"), "save(path): writes the profile file (as winnow --save-profile), atomically.")
        .def_static(
            "loads", [](const pyb::object& text) { return loads(string_of(text, "text")); }, pyb::arg("text"),
            "loads(text) -> SiteProfile: a profile from dumps() text; raises winnow.Error when it is not one.")
        .def_static(
            "load",
            [](const pyb::object& path) {
                const pyb::bytes data = pyb::module_::import("winnow._files").attr("read_bytes")(path);
                return loads(std::string_view(data));
            },
            pyb::arg("path"), "load(path) -> SiteProfile: a profile file (winnow --save-profile); raises winnow.Error.")
        .def("__eq__", [](const PySiteProfile& a, const PySiteProfile& b) { return a.profile.save() == b.profile.save(); })
        .def(pyb::pickle([](const PySiteProfile& self) { return pyb::make_tuple(pyb::bytes(self.profile.save()), self.without_host); },
                         [](const pyb::tuple& t) {
                             PySiteProfile p = loads(std::string_view(t[0].cast<pyb::bytes>()));
                             p.without_host = t[1].cast<std::uint64_t>();
                             return p;
                         }));
}

}  // namespace winnow::py
