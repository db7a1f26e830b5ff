// Enforcement of winnow::Limits that belongs to no single stage: the per-document time budget
// (checked by the pipeline between stages) and the cap on one block's text.
#pragma once
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Thrown by Budget::check when the document is over its time budget; cleaner.cpp turns it
// into an error or a warning depending on how far the pipeline got.
struct BudgetExceeded : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Budget {
public:
    explicit Budget(std::uint32_t max_millis)
        : limited_(max_millis > 0), max_millis_(max_millis),
          deadline_(std::chrono::steady_clock::now() + std::chrono::milliseconds(max_millis)) {}
    bool expired() const { return limited_ && std::chrono::steady_clock::now() > deadline_; }
    // Throws BudgetExceeded naming the stage that ran over.
    void check(const char* stage) const;
    std::string message(const char* stage) const;

private:
    bool limited_;
    std::uint32_t max_millis_;
    std::chrono::steady_clock::time_point deadline_;
};

// Cuts every block text longer than max_bytes at a UTF-8 character boundary (spans are
// clipped to it); returns how many texts were cut.
std::size_t cap_text_runs(std::vector<Block>& blocks, std::size_t max_bytes);
// Same for one string (metadata fields); true when it was cut.
bool cap_text_run(std::string& text, std::size_t max_bytes);

}  // namespace winnow::detail
