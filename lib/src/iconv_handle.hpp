// An iconv conversion descriptor closed when it goes out of scope, one character converted on
// its own, and a run converted in one call as far as the encoding has its characters: decoding
// transcodes whole inputs; the mojibake repairs that re-encode text (mojibake_sjis.cpp,
// mojibake_gbk.cpp) need each character's bytes. An iconv call costs far more than a
// character's table look-up, so a run is converted at once and split after.
#pragma once

#include <iconv.h>

#include <cstddef>
#include <string_view>
#include <vector>

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

// A run's UTF-8 bytes in the handle's target encoding, appended to out, up to the first character
// the encoding lacks (or the end): the number of input bytes converted.
inline std::size_t convert_run(const IconvHandle& h, std::string_view utf8, std::vector<unsigned char>& out) {
    const std::size_t old = out.size();
    out.resize(old + utf8.size() + 8);  // a multi-byte code page takes no more bytes than UTF-8
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = utf8.size() + 8;
    char* o = reinterpret_cast<char*>(out.data() + old);
    iconv(h.get(), nullptr, nullptr, nullptr, nullptr);
    iconv(h.get(), &in, &in_left, &o, &out_left);  // stops at a character it cannot convert
    out.resize(out.size() - out_left);
    return utf8.size() - in_left;
}

}  // namespace winnow::detail
