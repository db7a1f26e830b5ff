// The token shapes error traces and program messages are read by (trace_tokens.cpp): each is
// ordinary enough alone; error_traces.cpp and program_messages.cpp mark them in sequences.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string_view>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens::trace {

// A call statement's opening token ("track('page',"): the identifier's offset in it, or npos.
std::size_t call_opening(std::string_view t);
// The token closing a call statement with a string argument ("'UA-123');").
bool closes_call(std::string_view t);
// A constant's name in capitals joined by underscores ("E_WARNING").
bool upper_snake(std::string_view t);
// A logger's date or date-time in one token (with_time: the latter).
bool log_date(std::string_view t, bool& with_time);
// A time with seconds ("10:00:00,118").
bool log_time(std::string_view t);
// A logger's name before its message ("worker.poll:").
bool logger_name(std::string_view t);
// "key=value".
bool key_value(std::string_view t);
// A function's name (letters, digits, '_', '.', "<>").
bool is_name(std::string_view t);
// A serializer's empty value ("NaN", "null", "undefined", "[object Object]").
bool nullish(std::string_view t);
// An exception's type before its message ("ReferenceError:", "java.lang.IllegalStateException:").
bool exception_type(std::string_view t);
// A label in capitals a server prints before its message ("ERROR:", "ORA-00942:").
bool capital_label(std::string_view t);
// A label with an error code ("SQLSTATE[HY000]:", "ORA-00904:").
bool coded_label(std::string_view t);
// A .NET frame's qualified call without a source file ("System.Linq.Enumerable.First[TSource](").
bool qualified_call(std::string_view t);

// A capitalized word of letters alone ("File", "Datei").
inline bool intro_word(std::string_view t) {
    return t.size() >= 2 && t.size() <= 12 && is_upper(t.front()) && std::all_of(t.begin() + 1, t.end(), is_lower);
}
inline bool all_caps(std::string_view t) { return t.size() >= 2 && t.size() <= 6 && std::all_of(t.begin(), t.end(), is_upper); }
inline bool short_word(std::string_view t) { return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), is_lower); }
inline bool all_digits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return is_dig(c) || c == '.' || c == ','; }) && is_dig(t.front());
}

}  // namespace winnow::detail::garbage_tokens::trace
