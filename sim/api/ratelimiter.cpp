#include "ratelimiter.h"

namespace sim::api {

RateLimiter::RateLimiter(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{
}

QList<qint64> RateLimiter::recent(const QString &key, qint64 nowMs) const
{
    QList<qint64> events = m_events.value(key);
    events.removeIf([&](qint64 at) { return at <= nowMs - m_windowMs || at > nowMs; });
    return events;
}

bool RateLimiter::isBlocked(const QString &key, qint64 nowMs) const
{
    return recent(key, nowMs).size() >= m_limit;
}

qint64 RateLimiter::retryAfterMs(const QString &key, qint64 nowMs) const
{
    const QList<qint64> events = recent(key, nowMs);
    if (events.size() < m_limit)
        return 0;
    // The window frees a slot when the oldest event that keeps it full falls out.
    return events.at(events.size() - m_limit) + m_windowMs - nowMs;
}

void RateLimiter::record(const QString &key, qint64 nowMs)
{
    QList<qint64> events = recent(key, nowMs);
    events.append(nowMs);
    m_events.insert(key, events);
    // Keys whose events have all aged out are dropped now and then, keeping memory bounded.
    if (m_events.size() > 1024) {
        m_events.removeIf([&](const auto &entry) {
            return entry.value().isEmpty() || entry.value().last() <= nowMs - m_windowMs;
        });
    }
}

} // namespace sim::api
