// libFuzzer target over the WARC reader (winnow/warc.hpp): any bytes, handed out in chunks of
// a size taken from the first byte, must be read to the end without a crash, with pages no
// larger than the limit and every issue at an offset inside the input.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <winnow/warc.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t step = 1 + data[0] * 37u;
    const char* p = reinterpret_cast<const char*>(data) + 1;
    std::size_t left = size - 1;
    const std::size_t total = left;
    winnow::WarcOptions options;
    options.max_record_bytes = 1 << 16;
    options.max_header_bytes = 1 << 12;
    winnow::WarcReader reader(
        [&](char* buf, std::size_t n, std::string*) -> std::ptrdiff_t {
            const std::size_t k = std::min({n, step, left});
            std::copy_n(p, k, buf);
            p += k;
            left -= k;
            return static_cast<std::ptrdiff_t>(k);
        },
        options);
    winnow::WarcPage page;
    std::size_t pages = 0;
    auto fail = [](const char* what) {
        std::fprintf(stderr, "fuzz_warc: %s\n", what);
        std::abort();
    };
    while (reader.next(page)) {
        ++pages;
        if (page.body.size() > options.max_record_bytes) fail("page over the size limit");
        if (page.offset > total) fail("page offset past the input");
        for (const auto& issue : reader.take_issues())
            if (issue.offset > total) fail("issue offset past the input");
    }
    for (const auto& issue : reader.take_issues())
        if (issue.offset > total) fail("issue offset past the input");
    if (pages != reader.counts().pages || pages > reader.counts().records) fail("counts disagree");
    return 0;
}
