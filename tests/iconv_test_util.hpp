// Text in a legacy charset for decode tests: UTF-8 fixtures written by hand, encoded by iconv.
#pragma once

#include <doctest/doctest.h>
#include <iconv.h>

#include <string>

namespace winnow::test {

// utf8 in charset (an iconv name); fails the test when iconv cannot encode it.
inline std::string encode(const std::string& utf8, const char* charset) {
    iconv_t cd = iconv_open(charset, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(utf8.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size();
    char* o = out.data();
    std::size_t o_left = out.size();
    const std::size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
    iconv(cd, nullptr, nullptr, &o, &o_left);  // a stateful charset's closing shift (ISO-2022-JP's ESC ( B)
    iconv_close(cd);
    REQUIRE(rc != static_cast<std::size_t>(-1));
    out.resize(out.size() - o_left);
    return out;
}

}  // namespace winnow::test
