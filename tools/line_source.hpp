// JSON Lines input for batch mode: lines from plain or gzip files or standard input.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <zlib.h>

namespace winnow::cli {

// Reads lines from plain or gzip files (or standard input), one after another. Reads use
// whatever a pipe has ready (one read() at a time, inflating gzip as it comes), so records
// are handed on as soon as their line is complete: it works inside interactive pipes.
class LineSource {
public:
    LineSource(std::vector<std::string> files, std::size_t max_line);
    ~LineSource() { close_current(); }

    // Next line without its newline (and without a trailing CR). oversize: the line decodes
    // to more than max_line bytes, or holds more than twice that even with its needless JSON
    // escapes rewritten (only its start is kept: memory stays bounded by the limit). cut: empty,
    // or why the input ends inside this line (its gzip data is truncated or corrupt, a read
    // failed, the file cannot be opened): the line is what came before the damage (possibly
    // nothing), so the records before it are kept and the damage is reported as a record of its
    // own; reading goes on with the next input. Returns false at the end, on an error (error()
    // says which) or when a read was interrupted by a signal.
    bool next(std::string& line, bool& oversize, std::string& cut);
    std::uint64_t line_no() const { return line_no_; }
    const std::string& error() const { return error_; }

private:
    bool open_next();

    // Appends the next bytes of the current input to data_ (dropping consumed ones).
    // Returns >0 when bytes were added, 0 at the end, -1 on error or interruption.
    int fill();

    int take_raw_plain();

    // Inflates one chunk (gzip members may follow each other). Returns 1 when output was
    // produced, else 0 (more input is needed, or the data is corrupt: damage_ says so).
    int inflate_some(const char* in, std::size_t n);

    void close_current();

    std::vector<std::string> files_;
    std::size_t max_line_;
    std::size_t index_ = 0;
    std::uint64_t line_no_ = 0;
    int fd_ = -1;
    bool first_ = true, gzip_ = false, zs_active_ = false;
    std::string damage_;        // why the current input ends early (empty: it does not)
    bool damage_told_ = false;  // the line ending at the damage was handed out
    std::int64_t damage_at_ = -1;  // the compressed byte where gzip damage shows (-1: not gzip damage)
    std::uint64_t fed_ = 0;        // compressed bytes of the current input inflated so far
    std::uint64_t first_line_ = 0; // line_no_ when the current input was opened
    z_stream zs_{};
    std::string data_, raw_;
    std::size_t pos_ = 0;
    std::string name_, error_;
};

}  // namespace winnow::cli
