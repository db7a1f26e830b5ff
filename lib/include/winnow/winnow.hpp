// winnow — turns scraped web articles (HTML or plain text) into clean, structured documents.
//
//   #include <winnow/winnow.hpp>
//   winnow::Cleaner cleaner;                       // build once, share between threads
//   winnow::Result r = cleaner.clean(bytes);       // never throws for bad input
//   if (r.ok()) std::cout << winnow::to_xml(r.document);
//
// The public API is this header and <winnow/version.hpp>. Nothing here includes Gumbo,
// utf8proc or pugixml.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/version.hpp>

// Marks the public API of the shared library; everything else stays hidden.
#if defined(WINNOW_BUILDING)
#define WINNOW_API __attribute__((visibility("default")))
#else
#define WINNOW_API
#endif

namespace winnow {

// ---------------------------------------------------------------- options

enum class InputKind : std::uint8_t { automatic, html, text };

// Unicode stage switches; defaults give NFC text with invisible debris removed.
struct UnicodeOptions {
    bool nfkc = false;              // compatibility folding (full-width forms, superscripts) instead of NFC; Latin ligatures fold in every mode
    bool repair_mojibake = true;    // undo UTF-8 read through a single-byte code page, where clearly better
    bool fold_typography = false;   // curly quotes, dashes, ellipsis to ASCII
};

// Noise filter switches and thresholds (documented in docs/cli.md).
struct NoiseOptions {
    bool repeated_blocks = true;    // blocks recurring within one page (promo boxes, CTAs)
    bool promo = true;              // single call-to-action / newsletter blocks judged by shape
    bool garbage = true;            // stray debris runs glued into text
    bool link_residue = true;       // " ." where a link was cut, bare "(source)", orphan "[1]"
    bool site_boilerplate = true;   // blocks a loaded site profile says recur across a site
    double site_min_share = 0.3;    // share of a host's pages a block must appear on...
    unsigned site_min_pages = 3;    // ...and at least this many pages
};

// Hard limits; input past them is truncated or refused with a clear error. Whatever the
// input, clean() returns within about max_millis (plus the time of one stage that reads no
// clock inside: decoding, parsing, block building or Unicode normalization) and uses memory
// roughly linear in the input size.
struct Limits {
    std::size_t max_input_bytes = 64u << 20;   // refuse larger input
    std::size_t max_dom_depth = 512;           // deeper tag nesting is flattened into its ancestor (text kept);
                                               // keep it modest: Gumbo recurses this deep freeing its tree
                                               // (20,000 levels overflow a 256 KiB thread stack)
    std::size_t max_nodes = 500'000;           // the page is cut where it reaches this many nodes (with a warning)
    std::size_t max_attributes = 128;          // a tag keeps more attributes only while the page's long tags
                                               // cost Gumbo's quadratic duplicate check no more than tags
                                               // of this many would; past that, the rest are dropped
    std::size_t max_text_run = 1u << 20;       // bytes of one block's text; longer runs are cut (with a warning)
    std::uint32_t max_millis = 10'000;         // time budget per document, checked between stages
                                               // and inside the long loops of dates, extraction and
                                               // the noise filters; 0 = none. Over budget before the
                                               // body is built: an error naming the stage; after: the
                                               // filter running stops part-way and the rest are
                                               // skipped (with a warning)
};

struct Options {
    InputKind input = InputKind::automatic;
    NoiseOptions noise{};
    UnicodeOptions unicode{};
    Limits limits{};
    bool keep_links = true;         // inline <a> become link spans with their targets
    bool comments = false;          // reader comments into Document::comments (never into body)
    bool preclean = true;           // blank script/style/comment/svg bodies before parsing
                                    // (same result, ~2x faster); off only to compare
    bool text_runs = true;          // with preclean: long runs of text reach the parser as one
                                    // placeholder character each (same result); off only to compare
    std::string reference_date;     // YYYY-MM-DD (e.g. the crawl date): dates after it are not
                                    // plausible publication dates; empty: today
};

// Per-call facts the caller knows and the page may not say.
struct Hints {
    std::string_view url{};         // page URL: resolves relative links, names the site for profiles
    std::string_view charset{};     // transport charset (HTTP Content-Type), trusted over detection
    std::string_view reference_date{};  // YYYY-MM-DD for this page (a WARC record's date); overrides
                                        // Options::reference_date
};

// ---------------------------------------------------------------- document

struct Author {
    std::string name;
    std::string role;               // "editor", "AI Tools Researcher", ... ; empty when unknown
};

struct Metadata {
    std::string title;
    std::string subtitle;           // dek / standfirst shown under the title
    std::string description;        // meta description
    std::vector<Author> authors;
    std::string published;          // ISO 8601 (date or date-time)
    std::string modified;
    std::string published_source;   // where the dates were found ("json-ld", "meta", "url", "byline",
    std::string modified_source;    // ...; docs/xml-schema.md), shown with the report
    std::string site;
    std::string url;
    std::string canonical_url;
    std::string language;           // BCP 47 tag
    std::vector<std::string> tags;
};

// Inline markup over a block's text, as a half-open range of byte offsets into Block::text.
struct Span {
    enum class Kind : std::uint8_t { link, emphasis, strong, code };
    Kind kind = Kind::link;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::string target;             // link href (absolute when the URL is known)
};

enum class BlockKind : std::uint8_t {
    heading,    // level 1-6, text
    paragraph,  // text
    list,       // ordered flag, children are items
    item,       // text, may have a nested list child
    quote,      // children are paragraphs
    code,       // preformatted text, kept verbatim
    table,      // children are rows
    row,        // children are cells
    cell,       // text; header flag for <th>
    figure,     // src, children: an optional caption
    caption,    // text
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    std::uint8_t level = 0;         // heading level 1-6; 0: inferred from plain text, level unknown (shown as 2)
    bool ordered = false;           // list
    bool header = false;            // cell
    std::string text;
    std::vector<Span> spans;
    std::string src;                // figure image
    std::vector<Block> children;
    std::uint32_t source_line = 0;  // 1-based line in the input where the block starts (0: unknown)
    std::uint32_t order = 0;        // pre-order number in the document as built, before any filter
                                    // (1-based; 0: added later): places removals in audit views
};

enum class RemovalReason : std::uint8_t {
    boilerplate,        // page chrome found by extraction
    repeated_block,     // recurs within the page
    promo,              // call-to-action shaped block
    site_boilerplate,   // recurs across pages of the site (profile)
    garbage,            // debris run or block
    residue,            // link residue
    empty,              // blank or whitespace-only block
};

struct Removal {
    RemovalReason reason = RemovalReason::boilerplate;
    bool span = false;              // true: part of a block's text; false: whole block
    std::string text;               // what was removed
    std::uint32_t source_line = 0;  // where it was
    double score = 0.0;             // evidence strength, 0..1
    std::uint32_t block = 0;        // Block::order of the block it was, or was cut from (0: unknown)
    std::uint32_t offset = 0;       // span: byte offset in that block's text where it was cut
};

struct Document {
    Metadata meta;
    std::vector<Block> body;
    std::vector<Block> comments;        // reader comments, only with Options::comments
    std::vector<Removal> removed;
    std::vector<std::string> warnings;  // e.g. "no article content found"
    std::string source_charset;         // charset the input was decoded from
    InputKind input = InputKind::automatic;  // what the input was taken as
};

// Outcome of one clean() call. Bad input never throws: ok() is false and error says why.
struct Result {
    Document document;
    std::string error;
    // After Cleaner::clean_unprofiled(): the first noise filter the time budget skipped or
    // stopped part-way (empty: none); Cleaner::finish() then skips the site filter too.
    std::string skipped_filters_from;
    bool ok() const noexcept { return error.empty(); }
};

// ---------------------------------------------------------------- site profiles

// The host a document belongs to for site profiles: the host of its URL (the caller's URL
// hint, else the page's og:url), else of its canonical URL; lower case, empty when unknown.
WINNOW_API std::string site_host(const Document& doc);

// The fingerprints a SiteProfile counts a page by: one per block of Document::body in pre-order,
// for the blocks it counts (text of >= 3 words or >= 15 bytes, not code), then one per whole block
// the page's filters removed as a promo box, then the near-duplicate bands of the box-sized ones
// of both (6 to 40 words; these two parts are learned from, never matched by index: a box whose
// wording varies is matched by its own bands). A two-pass batch makes them once in pass one, to
// learn from and to hand to Cleaner::finish(), instead of twice.
struct PageFingerprints {
    std::vector<std::uint64_t> block;   // block i's fingerprint where counted[i], else 0
    std::vector<bool> counted;
};

// Learns which blocks recur across many pages of one site (batch mode, pass 1) so that
// a Cleaner can drop them (pass 2). Learning is order independent; merging adds counts.
class WINNOW_API SiteProfile {
public:
    SiteProfile();
    ~SiteProfile();
    SiteProfile(SiteProfile&&) noexcept;
    SiteProfile& operator=(SiteProfile&&) noexcept;
    SiteProfile(const SiteProfile&);
    SiteProfile& operator=(const SiteProfile&);

    // Records the blocks of one page of a host (each fingerprint counts once per page).
    void add_page(std::string_view host, const Document& page_before_site_filter);
    // The same from the page's fingerprints.
    void add_page(std::string_view host, const PageFingerprints& page);
    static PageFingerprints fingerprints(const Document& page_before_site_filter);
    void merge(const SiteProfile& other);
    // Pages of host on which the block with this text was seen.
    std::uint32_t pages_with(std::string_view host, std::string_view block_text) const;
    std::uint32_t pages_with_fingerprint(std::string_view host, std::uint64_t fingerprint) const;
    std::uint32_t pages_of(std::string_view host) const;

    std::string save() const;                               // small versioned text format
    static bool load(std::string_view data, SiteProfile& out, std::string& error);

    struct Impl;
private:
    std::unique_ptr<Impl> impl_;
    friend class Cleaner;
};

// ---------------------------------------------------------------- cleaning

class WINNOW_API Cleaner {
public:
    explicit Cleaner(Options options = {});
    Cleaner(Options options, std::shared_ptr<const SiteProfile> profile);
    ~Cleaner();
    Cleaner(Cleaner&&) noexcept;
    Cleaner& operator=(Cleaner&&) noexcept;

    // bytes: an HTML page or plain text in any common encoding. Thread-safe (const).
    Result clean(std::string_view bytes, const Hints& hints = {}) const;

    // Two-pass batches without cleaning a page twice. clean_unprofiled() runs every stage
    // before the site-profile filter; its document is what SiteProfile::add_page learns from.
    // finish() runs the rest with this Cleaner's profile (site boilerplate, empty blocks, the
    // closing warnings): finish(other.clean_unprofiled(p)) == clean(p) for Cleaners with the
    // same options. A failed result passes through finish() unchanged.
    Result clean_unprofiled(std::string_view bytes, const Hints& hints = {}) const;
    // The same, and SiteProfile::fingerprints(result.document) in fingerprints (empty when it
    // failed, or when its document names no host (site_host): no profile learns from or filters
    // such a page), made with the word folds the noise filters already read.
    Result clean_unprofiled(std::string_view bytes, const Hints& hints, PageFingerprints& fingerprints) const;
    Result finish(Result unprofiled) const;
    // The same with SiteProfile::fingerprints(unprofiled.document), made in pass one, so that
    // no block is fingerprinted again; fingerprints of another document are not used.
    Result finish(Result unprofiled, const PageFingerprints& fingerprints) const;

    const Options& options() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One-shot convenience: Cleaner(options).clean(bytes, hints).
WINNOW_API Result clean(std::string_view bytes, const Options& options = {}, const Hints& hints = {});

// ---------------------------------------------------------------- output

struct EmitOptions {
    bool report = false;    // include what was removed and why
    bool pretty = true;     // indented XML / JSON
    bool front_matter = false;  // Markdown: metadata as a YAML front-matter block
};

WINNOW_API std::string to_xml(const Document& doc, const EmitOptions& options = {});
WINNOW_API std::string to_text(const Document& doc);   // body as plain text, blocks separated by blank lines
WINNOW_API std::string to_json(const Document& doc, const EmitOptions& options = {});
// CommonMark with GitHub tables; --input text reads it back (with front matter: exactly).
WINNOW_API std::string to_markdown(const Document& doc, const EmitOptions& options = {});
// One self-contained HTML page (inline CSS, no script): the metadata, the kept article and
// every removed block and span in place, struck through and coloured by reason.
WINNOW_API std::string to_audit_html(const Document& doc);

// Names used in serialized output.
WINNOW_API std::string_view to_string(RemovalReason reason) noexcept;
WINNOW_API std::string_view to_string(BlockKind kind) noexcept;

}  // namespace winnow
