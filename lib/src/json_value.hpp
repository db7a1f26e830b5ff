// A small tolerant JSON reader for JSON-LD blocks and JSON Lines records. Pages embed
// JSON-LD with trailing commas, comments and raw control characters, so parsing is lenient
// and never throws; depth is capped.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace winnow::detail {

struct JsonMember;

struct JsonValue {
    enum class Type { null, boolean, number, string, array, object };
    Type type = Type::null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<JsonMember> object;   // in document order

    const JsonValue* get(std::string_view key) const;   // object member or nullptr
    bool is_string() const { return type == Type::string; }
    bool is_object() const { return type == Type::object; }
    bool is_array() const { return type == Type::array; }
    // String value, or the "name"/"@value" member's string of an object, else empty.
    std::string_view text() const;
};

// One member of an object. A named struct rather than std::pair<std::string, JsonValue>:
// a pair cannot be instantiated while JsonValue is still incomplete, which clang rejects.
struct JsonMember {
    JsonMember(std::string key, JsonValue value) : first(std::move(key)), second(std::move(value)) {}
    std::string first;
    JsonValue second;
};

// Parses one JSON value; ok is false when nothing sensible could be read.
JsonValue parse_json(std::string_view input, bool& ok);

// Appends s to out as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace winnow::detail
