// Stage — emit (XML): the document as XML that always parses and validates against
// docs/winnow.rng. Text reaching pugixml has already been through the Unicode stage, but
// characters illegal in XML 1.0 are filtered here again: the guarantee belongs to the emitter.
#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include <winnow/winnow.hpp>

#include "xml_text.hpp"

namespace winnow {

namespace {

using detail::xml_safe;

void add_text_element(pugi::xml_node parent, const char* name, const std::string& value) {
    if (value.empty()) return;
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(xml_safe(value).c_str());
}

const char* span_element(Span::Kind k) {
    switch (k) {
        case Span::Kind::link: return "a";
        case Span::Kind::emphasis: return "em";
        case Span::Kind::strong: return "strong";
        case Span::Kind::code: return "code";
    }
    return "em";
}

// Writes text with its spans as mixed content. Spans may nest; crossing spans are cut at
// the outer span's end so the output stays well-formed.
void write_inline(pugi::xml_node parent, const Block& b) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans)
        if (s.begin < s.end && s.end <= b.text.size()) spans.push_back(&s);
    std::stable_sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) {
        return a->begin != c->begin ? a->begin < c->begin : a->end > c->end;
    });
    struct Open {
        pugi::xml_node node;
        std::uint32_t end;
    };
    std::vector<Open> stack{{parent, static_cast<std::uint32_t>(b.text.size())}};
    std::uint32_t pos = 0;
    auto emit_text = [&](std::uint32_t upto) {
        if (upto > pos) {
            stack.back().node.append_child(pugi::node_pcdata)
                .set_value(xml_safe(std::string_view(b.text).substr(pos, upto - pos)).c_str());
            pos = upto;
        }
    };
    for (const Span* s : spans) {
        while (stack.size() > 1 && stack.back().end <= s->begin) {
            emit_text(stack.back().end);
            stack.pop_back();
        }
        emit_text(s->begin);
        if (s->begin < pos) continue;  // overlaps text already written
        const std::uint32_t end = std::min(s->end, stack.back().end);
        pugi::xml_node el = stack.back().node.append_child(span_element(s->kind));
        if (s->kind == Span::Kind::link) el.append_attribute("href").set_value(xml_safe(s->target).c_str());
        stack.push_back({el, end});
    }
    while (stack.size() > 1) {
        emit_text(stack.back().end);
        stack.pop_back();
    }
    emit_text(static_cast<std::uint32_t>(b.text.size()));
}

void write_block(pugi::xml_node parent, const Block& b) {
    switch (b.kind) {
        case BlockKind::heading: {
            auto h = parent.append_child("h");
            h.append_attribute("level").set_value(b.level ? std::clamp<int>(b.level, 1, 6) : 2);
            write_inline(h, b);
            break;
        }
        case BlockKind::paragraph: write_inline(parent.append_child("p"), b); break;
        case BlockKind::list: {
            auto l = parent.append_child("list");
            l.append_attribute("type").set_value(b.ordered ? "ordered" : "unordered");
            for (const auto& item : b.children) write_block(l, item);
            break;
        }
        case BlockKind::item: {
            auto it = parent.append_child("item");
            write_inline(it, b);
            for (const auto& c : b.children)
                if (c.kind == BlockKind::list) write_block(it, c);
            break;
        }
        case BlockKind::quote: {
            auto q = parent.append_child("quote");
            if (!b.text.empty()) write_inline(q.append_child("p"), b);
            for (const auto& c : b.children) write_block(q, c);
            break;
        }
        case BlockKind::code:
            parent.append_child("pre").append_child(pugi::node_pcdata).set_value(xml_safe(b.text).c_str());
            break;
        case BlockKind::table: {
            auto t = parent.append_child("table");
            for (const auto& r : b.children) write_block(t, r);
            break;
        }
        case BlockKind::row: {
            auto r = parent.append_child("row");
            for (const auto& c : b.children) write_block(r, c);
            break;
        }
        case BlockKind::cell: {
            auto c = parent.append_child("cell");
            if (b.header) c.append_attribute("head").set_value("true");
            write_inline(c, b);
            break;
        }
        case BlockKind::figure: {
            auto f = parent.append_child("figure");
            if (!b.src.empty()) f.append_attribute("src").set_value(xml_safe(b.src).c_str());
            for (const auto& c : b.children) write_block(f, c);
            break;
        }
        case BlockKind::caption: write_inline(parent.append_child("caption"), b); break;
    }
}

const char* input_name(InputKind k) {
    switch (k) {
        case InputKind::html: return "html";
        case InputKind::text: return "text";
        default: return "auto";
    }
}

}  // namespace

std::string to_xml(const Document& doc, const EmitOptions& options) {
    pugi::xml_document x;
    auto decl = x.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    auto article = x.append_child("article");
    article.append_attribute("version").set_value("1");
    if (!doc.meta.language.empty()) article.append_attribute("lang").set_value(xml_safe(doc.meta.language).c_str());
    if (!doc.meta.url.empty()) article.append_attribute("url").set_value(xml_safe(doc.meta.url).c_str());
    if (!doc.source_charset.empty()) article.append_attribute("charset").set_value(doc.source_charset.c_str());
    if (doc.input == InputKind::html || doc.input == InputKind::text)
        article.append_attribute("input").set_value(input_name(doc.input));

    auto meta = article.append_child("meta");
    const Metadata& m = doc.meta;
    add_text_element(meta, "title", m.title);
    add_text_element(meta, "subtitle", m.subtitle);
    add_text_element(meta, "description", m.description);
    for (const auto& a : m.authors) {
        if (a.name.empty()) continue;
        auto el = meta.append_child("author");
        if (!a.role.empty()) el.append_attribute("role").set_value(xml_safe(a.role).c_str());
        el.append_child(pugi::node_pcdata).set_value(xml_safe(a.name).c_str());
    }
    add_text_element(meta, "published", m.published);
    add_text_element(meta, "modified", m.modified);
    add_text_element(meta, "site", m.site);
    add_text_element(meta, "url", m.url);
    add_text_element(meta, "canonical", m.canonical_url);
    add_text_element(meta, "language", m.language);
    for (const auto& t : m.tags) add_text_element(meta, "tag", t);

    auto body = article.append_child("body");
    for (const auto& b : doc.body) write_block(body, b);

    if (options.report && !doc.removed.empty()) {
        auto removed = article.append_child("removed");
        for (const auto& r : doc.removed) {
            auto el = removed.append_child(r.span ? "span" : "block");
            el.append_attribute("reason").set_value(std::string(to_string(r.reason)).c_str());
            if (r.source_line) el.append_attribute("line").set_value(r.source_line);
            char score[16];
            std::snprintf(score, sizeof score, "%.2f", std::clamp(r.score, 0.0, 1.0));
            el.append_attribute("score").set_value(score);
            el.append_child(pugi::node_pcdata).set_value(xml_safe(r.text).c_str());
        }
    }
    std::ostringstream out;
    const unsigned flags = options.pretty ? pugi::format_indent : pugi::format_raw;
    x.save(out, "  ", flags, pugi::encoding_utf8);
    std::string s = out.str();
    if (!options.pretty) s += '\n';
    return s;
}

}  // namespace winnow
