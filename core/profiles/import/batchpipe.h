// BatchPipe hands batches from one producer thread to one consumer thread in order. At most `depth` batches
// exist at once and consumed ones are recycled, so memory stays constant whatever the size of the input and
// a warm pipe allocates nothing. Either side can stop it early: the consumer closes it (an error, a cancel)
// and the producer's next acquire() or push() fails; the producer finishes it at the end of its input.
#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace tailor {

template<typename Batch> class BatchPipe
{
public:
    explicit BatchPipe(int depth)
        : m_depth(depth)
    {}

    // Producer: an empty batch to fill (recycled when possible); nullptr once the consumer closed the pipe.
    std::unique_ptr<Batch> acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_free.empty() || m_allocated < m_depth; });
        if (m_closed)
            return nullptr;
        if (!m_free.empty()) {
            std::unique_ptr<Batch> batch = std::move(m_free.back());
            m_free.pop_back();
            return batch;
        }
        ++m_allocated;
        return std::make_unique<Batch>();
    }

    // Producer: hands a filled batch over; false once the consumer closed the pipe.
    bool push(std::unique_ptr<Batch> batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_closed)
                return false;
            m_ready.push_back(std::move(batch));
        }
        m_changed.notify_all();
        return true;
    }

    // Producer: there will be no more batches.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    // Consumer: the next batch in order, or nullptr after the last one.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished || m_closed; });
        if (m_ready.empty())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(m_ready.front());
        m_ready.pop_front();
        return batch;
    }

    // Consumer: gives a consumed batch back for the producer to fill again.
    void recycle(std::unique_ptr<Batch> batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(batch));
        }
        m_changed.notify_all();
    }

    // Consumer: no more batches are wanted; wakes a producer waiting for room.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }

private:
    const int m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_ready;
    std::vector<std::unique_ptr<Batch>> m_free;
    int m_allocated = 0;
    bool m_finished = false;
    bool m_closed = false;
};

} // namespace tailor
