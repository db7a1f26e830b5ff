// Reading inputs for the CLI: files (plain or gzip), stdin, with a size limit.
#pragma once
#include <cstddef>
#include <string>

namespace winnow::cli {

// Reads a whole file; ".gz" files (or gzip magic) are inflated. Returns false with a
// message in error ("cannot open ...: No such file or directory", "... is over the limit").
bool read_file(const std::string& path, std::size_t max_bytes, std::string& out, std::string& error);
bool read_stdin(std::size_t max_bytes, std::string& out, std::string& error);

// Inflates gzip data in place when it starts with the gzip magic bytes.
bool maybe_gunzip(std::string& data, std::size_t max_bytes, std::string& error);

}  // namespace winnow::cli
