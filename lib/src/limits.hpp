// Enforcement of winnow::Limits that belongs to no single stage: the per-document time budget
// (checked by the pipeline between stages, and by the long loops inside them through a
// BudgetTicker) and the cap on one block's text.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
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
          deadline_(limited_ ? std::chrono::steady_clock::now() + std::chrono::milliseconds(max_millis)
                             : std::chrono::steady_clock::time_point{}) {}
    // No budget: what a stage called on its own (tests, tools) runs under.
    static const Budget& none();
    bool limited() const { return limited_; }
    bool expired() const { return limited_ && std::chrono::steady_clock::now() > deadline_; }
    // Throws BudgetExceeded naming the stage that ran over.
    void check(const char* stage) const;
    std::string message(const char* stage) const;

private:
    bool limited_;
    std::uint32_t max_millis_;
    std::chrono::steady_clock::time_point deadline_;
};

// A long loop's view of the budget: tick() once per iteration reads the clock only every
// `stride` calls (one decrement and a branch otherwise; never without a budget), so a stage
// that runs far past the budget on a hostile page stops within a stride of it. The stride is
// chosen per loop: a few microseconds of work between two reads of the clock at most.
class BudgetTicker {
public:
    BudgetTicker(const Budget& budget, const char* stage, std::uint32_t stride = 1024)
        : budget_(budget), stage_(stage), stride_(budget.limited() ? std::max<std::uint32_t>(stride, 1) : kNever),
          left_(stride_) {}
    // Throws BudgetExceeded ("... exceeded during STAGE") once the budget is spent.
    void tick() {
        if (--left_ == 0) [[unlikely]] {
            left_ = stride_;
            budget_.check(stage_);
        }
    }
    // The same test without throwing, for a loop that must leave its data whole before it
    // stops: true once the budget is spent (and from then on).
    bool over() {
        if (spent_) return true;
        if (--left_ == 0) [[unlikely]] {
            left_ = stride_;
            spent_ = budget_.expired();
        }
        return spent_;
    }
    bool spent() const { return spent_; }
    // Throws when over() said so.
    void rethrow() const {
        if (spent_) throw BudgetExceeded(budget_.message(stage_));
    }
    const char* stage() const { return stage_; }

private:
    static constexpr std::uint32_t kNever = std::numeric_limits<std::uint32_t>::max();
    const Budget& budget_;
    const char* stage_;
    std::uint32_t stride_;
    std::uint32_t left_;
    bool spent_ = false;
};

// Cuts every block text longer than max_bytes at a UTF-8 character boundary (spans are
// clipped to it); returns how many texts were cut.
std::size_t cap_text_runs(std::vector<Block>& blocks, std::size_t max_bytes);
// Same for one string (metadata fields); true when it was cut.
bool cap_text_run(std::string& text, std::size_t max_bytes);

}  // namespace winnow::detail
