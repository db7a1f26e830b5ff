// The tag names the nesting guard (nesting_guard.cpp) models the HTML tree builder with: the
// names its rules test, by fixed id, and which of them are void, raw text, headings, close an
// open <p> or bound the button scope.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace winnow::detail::nesting {

// Known names get fixed ids so the rules below can test them cheaply; common names no rule
// tests are here too, so that looking them up skips the map of other names. Sorted, to be read.
enum Known : std::uint32_t {
    k_a, k_abbr, k_address, k_applet, k_area, k_article, k_aside, k_b, k_base, k_basefont, k_bgsound,
    k_blockquote, k_body, k_br, k_button, k_caption, k_center, k_cite, k_code, k_col, k_colgroup, k_dd,
    k_details, k_dialog, k_dir, k_div, k_dl, k_dt, k_em, k_embed, k_fieldset, k_figcaption, k_figure,
    k_font, k_footer, k_form, k_frame, k_frameset, k_g, k_h1, k_h2, k_h3, k_h4, k_h5, k_h6, k_head,
    k_header, k_hgroup, k_hr, k_html, k_i, k_iframe, k_image, k_img, k_input, k_keygen, k_label, k_li,
    k_link, k_listing, k_main, k_marquee, k_math, k_menu, k_meta, k_nav, k_noembed, k_noframes,
    k_object, k_ol, k_optgroup, k_option, k_p, k_param, k_path, k_picture, k_plaintext, k_pre, k_s,
    k_script, k_section, k_select, k_small, k_source, k_span, k_strong, k_style, k_sub, k_summary,
    k_sup, k_svg, k_table, k_tbody, k_td, k_template, k_textarea, k_tfoot, k_th, k_thead, k_time,
    k_title, k_tr, k_track, k_u, k_ul, k_wbr, k_xmp, k_known_count
};

inline constexpr std::array<std::string_view, k_known_count> known_names = {
    "a", "abbr", "address", "applet", "area", "article", "aside", "b", "base", "basefont", "bgsound",
    "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
    "font", "footer", "form", "frame", "frameset", "g", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "keygen", "label", "li",
    "link", "listing", "main", "marquee", "math", "menu", "meta", "nav", "noembed", "noframes",
    "object", "ol", "optgroup", "option", "p", "param", "path", "picture", "plaintext", "pre", "s",
    "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "summary",
    "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "u", "ul", "wbr", "xmp"};
static_assert(std::is_sorted(known_names.begin(), known_names.end()));
static_assert(k_known_count < 0xFF);   // ids fit the byte slots of known_id's table
static_assert(std::all_of(known_names.begin(), known_names.end(), [](std::string_view s) { return !s.empty() && s.size() <= 16; }));

constexpr bool is_void(std::uint32_t id) {
    switch (id) {
        case k_area: case k_base: case k_basefont: case k_bgsound: case k_br: case k_col: case k_embed:
        case k_frame: case k_hr: case k_image: case k_img: case k_input: case k_keygen: case k_link:
        case k_meta: case k_param: case k_source: case k_track: case k_wbr:
            return true;
        default: return false;
    }
}

constexpr bool is_raw_text(std::uint32_t id) {
    switch (id) {
        case k_script: case k_style: case k_textarea: case k_title: case k_xmp: case k_iframe:
        case k_noembed: case k_noframes:
            return true;
        default: return false;
    }
}

constexpr bool is_heading(std::uint32_t id) { return id >= k_h1 && id <= k_h6; }

// Start tags that close an open <p> (HTML "close a p element" rule).
constexpr bool closes_p(std::uint32_t id) {
    switch (id) {
        case k_address: case k_article: case k_aside: case k_blockquote: case k_center: case k_details:
        case k_dialog: case k_dir: case k_div: case k_dl: case k_fieldset: case k_figcaption: case k_figure:
        case k_footer: case k_header: case k_hgroup: case k_main: case k_menu: case k_nav: case k_ol:
        case k_p: case k_section: case k_summary: case k_ul: case k_pre: case k_listing: case k_form:
        case k_plaintext: case k_table: case k_hr: case k_xmp: case k_li: case k_dd: case k_dt:
        case k_h1: case k_h2: case k_h3: case k_h4: case k_h5: case k_h6:
            return true;
        default: return false;
    }
}

// Elements that bound the "button scope" of the HTML tree builder.
constexpr bool is_scope_boundary(std::uint32_t id) {
    switch (id) {
        case k_applet: case k_caption: case k_html: case k_table: case k_td: case k_th: case k_marquee:
        case k_object: case k_template: case k_button: case k_svg: case k_math:
            return true;
        default: return false;
    }
}

}  // namespace winnow::detail::nesting
