// An iconv conversion descriptor closed when it goes out of scope, and one character converted
// on its own: decoding transcodes whole inputs; the mojibake repairs that re-encode text
// (mojibake_sjis.cpp, mojibake_gbk.cpp) convert a character at a time.
#pragma once

#include <iconv.h>

#include <cstddef>
#include <string_view>

namespace winnow::detail {

class IconvHandle {
public:
    IconvHandle(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
    ~IconvHandle() {
        if (ok()) iconv_close(cd_);
    }
    IconvHandle(const IconvHandle&) = delete;
    IconvHandle& operator=(const IconvHandle&) = delete;
    bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
    iconv_t get() const { return cd_; }

private:
    iconv_t cd_;
};

// One character (its UTF-8 bytes) in the handle's target encoding: the bytes written to out
// (at most 4), or 0 when the encoding has no such character.
inline std::size_t convert_char(const IconvHandle& h, std::string_view utf8, unsigned char out[4]) {
    char* in = const_cast<char*>(utf8.data());  // iconv's API is not const-correct
    std::size_t in_left = utf8.size(), out_left = 4;
    char* o = reinterpret_cast<char*>(out);
    iconv(h.get(), nullptr, nullptr, nullptr, nullptr);
    if (iconv(h.get(), &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1)) return 0;
    return 4 - out_left;
}

}  // namespace winnow::detail
