// Stage — emit (JSON): metadata, the block tree and (with report) the removals, as one
// JSON object. Also the record format of JSON Lines output.
#include <winnow/winnow.hpp>

#include <cstdio>

#include "json_value.hpp"
#include "xml_text.hpp"

namespace winnow {

namespace {

using detail::append_json_string;

struct Writer {
    std::string out;
    bool pretty;
    int depth = 0;

    void newline() {
        if (!pretty) return;
        out += '\n';
        out.append(static_cast<std::size_t>(depth) * 2, ' ');
    }
    void key(std::string_view k, bool& first) {
        if (!first) out += ',';
        first = false;
        newline();
        append_json_string(out, k);
        out += pretty ? ": " : ":";
    }
    void str(std::string_view s) { append_json_string(out, detail::xml_safe(s)); }
    void field(std::string_view k, std::string_view v, bool& first) {
        if (v.empty()) return;
        key(k, first);
        str(v);
    }
};

void write_block(Writer& w, const Block& b) {
    w.out += '{';
    ++w.depth;
    bool first = true;
    w.key("type", first);
    w.str(to_string(b.kind));
    if (b.kind == BlockKind::heading) {
        w.key("level", first);
        w.out += std::to_string(b.level ? std::min<int>(b.level, 6) : 2);  // 0: inferred, shown as 2
    }
    if (b.kind == BlockKind::list) {
        w.key("ordered", first);
        w.out += b.ordered ? "true" : "false";
    }
    if (b.header) {
        w.key("head", first);
        w.out += "true";
    }
    w.field("text", b.text, first);
    w.field("src", b.src, first);
    if (!b.spans.empty()) {
        w.key("spans", first);
        w.out += '[';
        bool f2 = true;
        for (const auto& s : b.spans) {
            if (!f2) w.out += ',';
            f2 = false;
            w.out += "{\"kind\":";
            static constexpr const char* kinds[] = {"\"link\"", "\"emphasis\"", "\"strong\"", "\"code\""};
            w.out += kinds[static_cast<int>(s.kind)];
            w.out += ",\"begin\":" + std::to_string(s.begin) + ",\"end\":" + std::to_string(s.end);
            if (!s.target.empty()) {
                w.out += ",\"href\":";
                w.str(s.target);
            }
            w.out += '}';
        }
        w.out += ']';
    }
    if (!b.children.empty()) {
        w.key("children", first);
        w.out += '[';
        ++w.depth;
        bool f2 = true;
        for (const auto& c : b.children) {
            if (!f2) w.out += ',';
            f2 = false;
            w.newline();
            write_block(w, c);
        }
        --w.depth;
        w.newline();
        w.out += ']';
    }
    --w.depth;
    w.newline();
    w.out += '}';
}

void write_authors(Writer& w, const std::vector<Author>& authors, bool& first) {
    if (authors.empty()) return;
    w.key("authors", first);
    w.out += '[';
    bool af = true;
    for (const auto& a : authors) {
        if (!af) w.out += ',';
        af = false;
        w.out += "{\"name\":";
        w.str(a.name);
        if (!a.role.empty()) {
            w.out += ",\"role\":";
            w.str(a.role);
        }
        w.out += '}';
    }
    w.out += ']';
}

// A list of strings, when there are any.
void write_strings(Writer& w, const char* name, const std::vector<std::string>& items, bool& first) {
    if (items.empty()) return;
    w.key(name, first);
    w.out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) w.out += ',';
        w.str(items[i]);
    }
    w.out += ']';
}

void write_meta(Writer& w, const Metadata& m, const EmitOptions& options) {
    w.out += '{';
    ++w.depth;
    bool mf = true;
    w.field("title", m.title, mf);
    w.field("subtitle", m.subtitle, mf);
    w.field("description", m.description, mf);
    write_authors(w, m.authors, mf);
    w.field("published", m.published, mf);
    w.field("modified", m.modified, mf);
    if (options.report) {
        w.field("published_source", m.published_source, mf);
        w.field("modified_source", m.modified_source, mf);
    }
    w.field("site", m.site, mf);
    w.field("url", m.url, mf);
    w.field("canonical", m.canonical_url, mf);
    w.field("language", m.language, mf);
    write_strings(w, "tags", m.tags, mf);
    --w.depth;
    w.newline();
    w.out += '}';
}

// A list of blocks, one per line when pretty.
void write_blocks(Writer& w, const std::vector<Block>& blocks) {
    w.out += '[';
    ++w.depth;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (i) w.out += ',';
        w.newline();
        write_block(w, blocks[i]);
    }
    --w.depth;
    w.newline();
    w.out += ']';
}

void write_removals(Writer& w, const std::vector<Removal>& removed) {
    w.out += '[';
    for (std::size_t i = 0; i < removed.size(); ++i) {
        const Removal& r = removed[i];
        if (i) w.out += ',';
        w.out += "{\"reason\":";
        w.str(to_string(r.reason));
        w.out += r.span ? ",\"span\":true" : ",\"span\":false";
        w.out += ",\"line\":" + std::to_string(r.source_line);
        char score[24];
        std::snprintf(score, sizeof score, ",\"score\":%.2f", r.score);
        w.out += score;
        w.out += ",\"text\":";
        w.str(r.text);
        w.out += '}';
    }
    w.out += ']';
}

}  // namespace

std::string to_json(const Document& doc, const EmitOptions& options) {
    Writer w{{}, options.pretty};
    w.out += '{';
    ++w.depth;
    bool first = true;
    w.key("meta", first);
    write_meta(w, doc.meta, options);
    w.key("body", first);
    write_blocks(w, doc.body);
    if (!doc.comments.empty()) {
        w.key("comments", first);
        write_blocks(w, doc.comments);
    }
    w.key("text", first);
    w.str(to_text(doc));
    if (options.report) {
        w.key("removed", first);
        write_removals(w, doc.removed);
    }
    write_strings(w, "warnings", doc.warnings, first);
    --w.depth;
    w.newline();
    w.out += "}\n";
    return w.out;
}

std::string_view to_string(RemovalReason reason) noexcept {
    switch (reason) {
        case RemovalReason::boilerplate: return "boilerplate";
        case RemovalReason::repeated_block: return "repeated-block";
        case RemovalReason::promo: return "promo";
        case RemovalReason::site_boilerplate: return "site-boilerplate";
        case RemovalReason::garbage: return "garbage";
        case RemovalReason::residue: return "residue";
        case RemovalReason::empty: return "empty";
    }
    return "boilerplate";
}

std::string_view to_string(BlockKind kind) noexcept {
    switch (kind) {
        case BlockKind::heading: return "heading";
        case BlockKind::paragraph: return "paragraph";
        case BlockKind::list: return "list";
        case BlockKind::item: return "item";
        case BlockKind::quote: return "quote";
        case BlockKind::code: return "code";
        case BlockKind::table: return "table";
        case BlockKind::row: return "row";
        case BlockKind::cell: return "cell";
        case BlockKind::figure: return "figure";
        case BlockKind::caption: return "caption";
    }
    return "paragraph";
}

}  // namespace winnow
