// Keyword arguments to winnow::Options / EmitOptions: one table row per option, with the type
// it takes (TypeError for another type) and the values it takes (ValueError for others).
#include <cstdio>
#include <limits>
#include <string>
#include <string_view>

#include "common.hpp"

namespace winnow::py {

namespace {

std::string quoted(const pyb::handle& v) { return pyb::repr(v).cast<std::string>(); }

bool as_bool(const pyb::handle& v, std::string_view name) {
    if (!pyb::isinstance<pyb::bool_>(v)) throw pyb::type_error("option " + std::string(name) + " takes True or False, not " + quoted(v));
    return v.cast<bool>();
}

// A whole number from lo to hi (bool is no number here: promo=1 is a slip for another option).
template <class T>
T as_whole(const pyb::handle& v, std::string_view name, unsigned long long lo = 0,
           unsigned long long hi = std::numeric_limits<T>::max()) {
    if (pyb::isinstance<pyb::bool_>(v) || !pyb::isinstance<pyb::int_>(v))
        throw pyb::type_error("option " + std::string(name) + " takes a whole number, not " + quoted(v));
    int overflow = 0;  // past the range of long long: past every limit's too
    const long long n = PyLong_AsLongLongAndOverflow(v.ptr(), &overflow);
    if (overflow != 0 || n < 0 || static_cast<unsigned long long>(n) < lo || static_cast<unsigned long long>(n) > hi)
        throw pyb::value_error("option " + std::string(name) + " takes a whole number from " + std::to_string(lo) +
                               " to " + std::to_string(hi) + ", not " + quoted(v));
    return static_cast<T>(n);
}

double as_share(const pyb::handle& v, std::string_view name) {
    if (pyb::isinstance<pyb::bool_>(v) || !(pyb::isinstance<pyb::float_>(v) || pyb::isinstance<pyb::int_>(v)))
        throw pyb::type_error("option " + std::string(name) + " takes a number, not " + quoted(v));
    const double d = v.cast<double>();
    if (!(d >= 0.0 && d <= 1.0)) throw pyb::value_error("option " + std::string(name) + " takes a share from 0 to 1, not " + quoted(v));
    return d;
}

// What a row sets; name is the option's own, for messages.
using Setter = void (*)(const pyb::handle& value, std::string_view name, Options& o, EmitOptions& e);

struct OptionRow {
    const char* name;
    Setter set;
    bool emit = false;  // an output option: not taken where nothing is written (SiteProfile.learn)
};

// The names are the CLI's where it has the option (--comments, --reference-date, --front-matter)
// and winnow::Options' field names otherwise; docs/python.md lists them with their defaults.
constexpr OptionRow kOptions[] = {
    {"input", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.input = input_from(string_of(v, n)); }},
    {"keep_links", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.keep_links = as_bool(v, n); }},
    {"comments", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.comments = as_bool(v, n); }},
    {"reference_date",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.reference_date = day_from(v, n); }},
    {"preclean", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.preclean = as_bool(v, n); }},
    {"text_runs", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.text_runs = as_bool(v, n); }},
    {"nfkc", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.unicode.nfkc = as_bool(v, n); }},
    {"repair_mojibake",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.unicode.repair_mojibake = as_bool(v, n); }},
    {"fold_typography",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.unicode.fold_typography = as_bool(v, n); }},
    {"repeated_blocks",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.repeated_blocks = as_bool(v, n); }},
    {"promo", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.promo = as_bool(v, n); }},
    {"garbage", [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.garbage = as_bool(v, n); }},
    {"link_residue",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.link_residue = as_bool(v, n); }},
    {"site_boilerplate",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.site_boilerplate = as_bool(v, n); }},
    {"site_min_share",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.site_min_share = as_share(v, n); }},
    {"site_min_pages",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.noise.site_min_pages = as_whole<unsigned>(v, n); }},
    // As --max-size: a positive number of bytes.
    {"max_input_bytes",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) {
         o.limits.max_input_bytes = as_whole<std::size_t>(v, n, 1);
     }},
    {"max_dom_depth",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.limits.max_dom_depth = as_whole<std::size_t>(v, n); }},
    {"max_nodes",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.limits.max_nodes = as_whole<std::size_t>(v, n); }},
    {"max_attributes",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.limits.max_attributes = as_whole<std::size_t>(v, n); }},
    {"max_text_run",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.limits.max_text_run = as_whole<std::size_t>(v, n); }},
    {"max_millis",
     [](const pyb::handle& v, std::string_view n, Options& o, EmitOptions&) { o.limits.max_millis = as_whole<std::uint32_t>(v, n); }},
    {"report", [](const pyb::handle& v, std::string_view n, Options&, EmitOptions& e) { e.report = as_bool(v, n); }, true},
    {"pretty", [](const pyb::handle& v, std::string_view n, Options&, EmitOptions& e) { e.pretty = as_bool(v, n); }, true},
    {"front_matter",
     [](const pyb::handle& v, std::string_view n, Options&, EmitOptions& e) { e.front_matter = as_bool(v, n); }, true},
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// YYYY-MM-DD naming a day of the calendar (a stricter check than the CLI's, which takes any
// day 01-31 of any month).
bool is_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int year = std::stoi(std::string(s.substr(0, 4)));
    const int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    return day <= kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

}  // namespace

std::string string_of(const pyb::handle& v, std::string_view name) {
    if (!pyb::isinstance<pyb::str>(v)) throw pyb::type_error(std::string(name) + " takes a str, not " + quoted(v));
    return utf8_of(v);
}

std::string utf8_of(const pyb::handle& s, bool bytes_back, bool* escaped) {
    Py_ssize_t n = 0;
    if (const char* p = PyUnicode_AsUTF8AndSize(s.ptr(), &n)) return std::string(p, static_cast<std::size_t>(n));
    PyErr_Clear();  // lone surrogates: encoded one code point at a time
    std::string out;
    const Py_ssize_t len = PyUnicode_GetLength(s.ptr());
    const int kind = PyUnicode_KIND(s.ptr());
    const void* data = PyUnicode_DATA(s.ptr());
    out.reserve(static_cast<std::size_t>(len) + 16);
    for (Py_ssize_t i = 0; i < len; ++i) {
        const Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 0xDC80 && c <= 0xDCFF && bytes_back) {
            out += static_cast<char>(c - 0xDC00);
            if (escaped) *escaped = true;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            out += "\xEF\xBF\xBD";
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string day_from(const pyb::handle& v, std::string_view name) {
    if (v.is_none()) return {};
    const pyb::object date_type = pyb::module_::import("datetime").attr("date");
    if (pyb::isinstance(v, date_type)) {  // datetime.date or datetime.datetime: its day
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v.attr("year").cast<int>(), v.attr("month").cast<int>(),
                      v.attr("day").cast<int>());
        return buf;
    }
    if (!pyb::isinstance<pyb::str>(v))
        throw pyb::type_error(std::string(name) + " takes a date as a str 'YYYY-MM-DD' or a datetime.date, not " + quoted(v));
    std::string s = utf8_of(v);
    if (!is_day(s)) throw pyb::value_error(std::string(name) + " needs a date as YYYY-MM-DD, not " + quoted(v));
    return s;
}

InputKind input_from(std::string_view name) {
    if (name == "auto") return InputKind::automatic;
    if (name == "html") return InputKind::html;
    if (name == "text") return InputKind::text;
    throw pyb::value_error("input must be \"auto\", \"html\" or \"text\", not \"" + std::string(name) + "\"");
}

Options options_from(const pyb::kwargs& kw, EmitOptions* emit) {
    Options o;
    EmitOptions unused;
    for (const auto& item : kw) {
        const std::string name = utf8_of(item.first);
        const OptionRow* row = nullptr;
        for (const OptionRow& r : kOptions)
            if (name == r.name && (emit || !r.emit)) row = &r;
        if (!row) throw pyb::type_error("unknown option '" + name + "'");
        row->set(item.second, name, o, emit ? *emit : unused);
    }
    return o;
}

}  // namespace winnow::py
