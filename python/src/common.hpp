// Shared by the bindings of the Python module: options from keyword arguments, input bytes
// from bytes or str, the winnow.Error exception.
#pragma once
#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::py {

namespace pyb = pybind11;

// Raises winnow.Error(message).
[[noreturn]] void raise_error(const std::string& message);
void register_error(pyb::module_& m);

// Options from keyword arguments (names as in docs/python.md: nfkc, comments, reference_date,
// max_millis, ...; options_binding.cpp): an unknown name or a value of the wrong type raises
// TypeError, a value the option does not take (a negative limit, "2024-02-30") ValueError.
// emit may be null (then no report/pretty/front_matter is accepted).
Options options_from(const pyb::kwargs& kw, EmitOptions* emit);
InputKind input_from(std::string_view name);
// A day as YYYY-MM-DD from a str of that form or a datetime.date; None gives "" (none).
// name (the argument's) is in the error.
std::string day_from(const pyb::handle& v, std::string_view name);
// A str argument (as UTF-8, lone surrogates as U+FFFD: utf8_of); TypeError naming the argument otherwise.
std::string string_of(const pyb::handle& v, std::string_view name);

// The UTF-8 of a str, which may hold lone surrogates (no UTF-8 does): with bytes_back, U+DC80..U+DCFF
// become the bytes 0x80..0xFF they stand for (what bytes.decode(errors="surrogateescape") made of
// bytes it could not decode) and *escaped is set; every other lone surrogate becomes U+FFFD.
std::string utf8_of(const pyb::handle& s, bool bytes_back = false, bool* escaped = nullptr);

// Page bytes: bytes and bytearray as they are; str as UTF-8 (then is_str is set: the text is
// decoded already, so the charset hint defaults to UTF-8), or, when it holds surrogate escapes,
// as the bytes it was decoded from (is_str not set: its charset is detected, as for bytes).
struct PageData {
    std::string owned;
    std::string_view view;
    bool is_str = false;
};
void page_from(const pyb::handle& data, PageData& out);

// UTF-8 to str (invalid bytes, which the library never emits, would become U+FFFD).
pyb::str to_str(std::string_view s);

// Hints with the charset defaulted for str input; strings kept alive by the caller.
// reference_date: this page's (None: the options').
struct HintStore {
    std::string url, charset, reference_date;
    Hints hints() const { return Hints{url, charset, reference_date}; }
};
HintStore hints_from(const pyb::object& url, const pyb::object& charset, bool is_str,
                     const pyb::object& reference_date = pyb::none());

void bind_site_profile(pyb::module_& m);
void bind_batch(pyb::module_& m);

}  // namespace winnow::py
