#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace sim::api {

// Counts events per key in a sliding window: at most `limit` events per `windowMs`. The PayNow
// guest routes count failed lookups per peer with it, so account numbers cannot be enumerated.
class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowMs);

    bool isBlocked(const QString &key, qint64 nowMs) const;
    // Milliseconds until the key may try again (0 when not blocked).
    qint64 retryAfterMs(const QString &key, qint64 nowMs) const;
    void record(const QString &key, qint64 nowMs);
    void clear() { m_events.clear(); }

private:
    QList<qint64> recent(const QString &key, qint64 nowMs) const;

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_events;
};

} // namespace sim::api
