// One sentence of Chinese, Japanese or Korean in UTF-16 without a byte order mark (25-45
// characters) is read as UTF-16: every code unit lies in one script's blocks in one byte order
// only, and the legacy double-byte charsets that decode those bytes without an error (Shift_JIS
// and GB18030 take nearly any byte pair) read control characters into it. Binary data and real
// legacy text stay as before.
#include <doctest/doctest.h>

#include <string>

#include "charset_evidence.hpp"
#include "decode.hpp"
#include <winnow/winnow.hpp>

#include "iconv_test_util.hpp"

using winnow::detail::decode_to_utf8;
using winnow::test::encode;

namespace {

const char* const kSentences[][2] = {
    {"ja", "昨日の夕方、駅前の小さな本屋で祖父が好きだった古い詩集を見つけました。"},
    {"ja", "週末は雨が降ったので、家族みんなで映画を見ながらのんびり過ごしました。"},
    {"zh", "昨天傍晚，我在车站旁边的小书店里找到了爷爷最喜欢的那本旧诗集。"},
    {"zh", "这个周末下雨了，全家人一起在家看电影，过得很轻松。"},
    {"ko", "어제 저녁 역 앞의 작은 서점에서 할아버지가 좋아하시던 오래된 시집을 찾았습니다."},
    {"ko", "주말에 비가 와서 가족과 함께 집에서 영화를 보며 쉬었습니다."},
};

}  // namespace

TEST_CASE("one sentence of BOM-less UTF-16 in Chinese, Japanese or Korean is read as UTF-16") {
    for (const auto& s : kSentences) {
        const std::string text = s[1];
        for (const char* order : {"UTF-16LE", "UTF-16BE"}) {
            const std::string name = std::string(s[0]) + " " + order;
            CAPTURE(name);
            CAPTURE(text);
            const std::string bytes = encode(text, order);
            const auto r = decode_to_utf8(bytes);
            CHECK(r.charset == (std::string(order) == "UTF-16LE" ? "utf-16le" : "utf-16be"));
            CHECK(r.text == text);
            const winnow::Result res = winnow::Cleaner(winnow::Options{}).clean(bytes);
            CHECK(res.ok());
        }
    }
}

TEST_CASE("short legacy-charset sentences keep their charset") {
    const char* legacy[][2] = {{"ja", "SHIFT_JIS"}, {"ja", "EUC-JP"}, {"zh", "GB18030"}, {"ko", "EUC-KR"}};
    for (const auto& s : kSentences) {
        for (const auto& l : legacy) {
            if (std::string(s[0]) != l[0]) continue;
            CAPTURE(l[1]);
            CAPTURE(s[1]);
            const auto r = decode_to_utf8(encode(s[1], l[1]));
            CHECK(r.charset.rfind("utf-16", 0) != 0);
            CHECK(r.text == s[1]);
        }
    }
}
