// Result <-> bytes: varint lengths and counts, strings as raw bytes, blocks in pre-order.
#include "document_codec.hpp"

#include <cstdint>
#include <cstring>
#include <limits>

namespace winnow::detail {

namespace {

constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kMaxDepth = 4096;   // blocks nest a few levels; deeper data is foreign

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}
    void u(std::uint64_t v) {
        while (v >= 0x80) {
            out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        out_.push_back(static_cast<char>(v));
    }
    void s(std::string_view v) {
        u(v.size());
        out_.append(v);
    }
    void strings(const std::vector<std::string>& v) {
        u(v.size());
        for (const auto& x : v) s(x);
    }

private:
    std::string& out_;
};

class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool u(std::uint64_t& v) {
        v = 0;
        for (unsigned shift = 0; shift < 64; shift += 7) {
            if (pos_ >= in_.size()) return false;
            const auto c = static_cast<std::uint8_t>(in_[pos_++]);
            v |= static_cast<std::uint64_t>(c & 0x7F) << shift;
            if (!(c & 0x80)) return true;
        }
        return false;
    }
    template <class T>
    bool num(T& v) {
        std::uint64_t x;
        if (!u(x) || x > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return false;
        v = static_cast<T>(x);
        return true;
    }
    bool s(std::string& v) {
        std::uint64_t n;
        if (!u(n) || n > in_.size() - pos_) return false;
        v.assign(in_.substr(pos_, n));
        pos_ += n;
        return true;
    }
    // A count of items each taking at least one byte: never more than the bytes left.
    bool count(std::size_t& n) {
        std::uint64_t x;
        if (!u(x) || x > in_.size() - pos_) return false;
        n = static_cast<std::size_t>(x);
        return true;
    }
    bool strings(std::vector<std::string>& v) {
        std::size_t n;
        if (!count(n)) return false;
        v.resize(n);
        for (auto& x : v)
            if (!s(x)) return false;
        return true;
    }
    bool at_end() const { return pos_ == in_.size(); }

private:
    std::string_view in_;
    std::size_t pos_ = 0;
};

void write_block(Writer& w, const Block& b) {
    w.u(static_cast<std::uint64_t>(b.kind));
    w.u(b.level);
    w.u((b.ordered ? 1u : 0u) | (b.header ? 2u : 0u));
    w.s(b.text);
    w.u(b.spans.size());
    for (const auto& sp : b.spans) {
        w.u(static_cast<std::uint64_t>(sp.kind));
        w.u(sp.begin);
        w.u(sp.end);
        w.s(sp.target);
    }
    w.s(b.src);
    w.u(b.source_line);
    w.u(b.order);
    w.u(b.children.size());
    for (const auto& c : b.children) write_block(w, c);
}

bool read_block(Reader& r, Block& b, std::size_t depth) {
    if (depth > kMaxDepth) return false;
    std::uint64_t kind, flags;
    if (!r.u(kind) || kind > static_cast<std::uint64_t>(BlockKind::caption)) return false;
    b.kind = static_cast<BlockKind>(kind);
    if (!r.num(b.level) || !r.u(flags) || !r.s(b.text)) return false;
    b.ordered = flags & 1u;
    b.header = flags & 2u;
    std::size_t n;
    if (!r.count(n)) return false;
    b.spans.resize(n);
    for (auto& sp : b.spans) {
        if (!r.u(kind) || kind > static_cast<std::uint64_t>(Span::Kind::code)) return false;
        sp.kind = static_cast<Span::Kind>(kind);
        if (!r.num(sp.begin) || !r.num(sp.end) || !r.s(sp.target)) return false;
    }
    if (!r.s(b.src) || !r.num(b.source_line) || !r.num(b.order) || !r.count(n)) return false;
    b.children.resize(n);
    for (auto& c : b.children)
        if (!read_block(r, c, depth + 1)) return false;
    return true;
}

}  // namespace

void encode_result(const Result& res, std::string& out) {
    Writer w(out);
    const Document& d = res.document;
    w.u(kVersion);
    w.s(res.error);
    w.s(res.skipped_filters_from);
    const Metadata& m = d.meta;
    for (const std::string* f : {&m.title, &m.subtitle, &m.description, &m.published, &m.modified, &m.site, &m.url,
                                 &m.canonical_url, &m.language})
        w.s(*f);
    w.u(m.authors.size());
    for (const auto& a : m.authors) {
        w.s(a.name);
        w.s(a.role);
    }
    w.strings(m.tags);
    w.u(d.body.size());
    for (const auto& b : d.body) write_block(w, b);
    w.u(d.removed.size());
    for (const auto& x : d.removed) {
        w.u(static_cast<std::uint64_t>(x.reason));
        w.u(x.span ? 1 : 0);
        w.s(x.text);
        w.u(x.source_line);
        w.u(x.block);
        w.u(x.offset);
        std::uint64_t bits;
        static_assert(sizeof bits == sizeof x.score);
        std::memcpy(&bits, &x.score, sizeof bits);
        w.u(bits);
    }
    w.strings(d.warnings);
    w.s(d.source_charset);
    w.u(static_cast<std::uint64_t>(d.input));
}

bool decode_result(std::string_view data, Result& res) {
    Reader r(data);
    res = Result{};
    Document& d = res.document;
    std::uint64_t version, v;
    if (!r.u(version) || version != kVersion || !r.s(res.error) || !r.s(res.skipped_filters_from)) return false;
    Metadata& m = d.meta;
    for (std::string* f : {&m.title, &m.subtitle, &m.description, &m.published, &m.modified, &m.site, &m.url,
                           &m.canonical_url, &m.language})
        if (!r.s(*f)) return false;
    std::size_t n;
    if (!r.count(n)) return false;
    m.authors.resize(n);
    for (auto& a : m.authors)
        if (!r.s(a.name) || !r.s(a.role)) return false;
    if (!r.strings(m.tags) || !r.count(n)) return false;
    d.body.resize(n);
    for (auto& b : d.body)
        if (!read_block(r, b, 0)) return false;
    if (!r.count(n)) return false;
    d.removed.resize(n);
    for (auto& x : d.removed) {
        if (!r.u(v) || v > static_cast<std::uint64_t>(RemovalReason::empty)) return false;
        x.reason = static_cast<RemovalReason>(v);
        if (!r.u(v)) return false;
        x.span = v != 0;
        std::uint64_t bits;
        if (!r.s(x.text) || !r.num(x.source_line) || !r.num(x.block) || !r.num(x.offset) || !r.u(bits)) return false;
        std::memcpy(&x.score, &bits, sizeof bits);
    }
    if (!r.strings(d.warnings) || !r.s(d.source_charset) || !r.u(v) || v > static_cast<std::uint64_t>(InputKind::text))
        return false;
    d.input = static_cast<InputKind>(v);
    return r.at_end();
}

}  // namespace winnow::detail
