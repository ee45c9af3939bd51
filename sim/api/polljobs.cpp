#include "polljobs.h"

#include <QCryptographicHash>

#include <limits>

namespace sim::api {

PollJobTracker::PollJobTracker(int pendingPolls, qint64 retainMs, qsizetype maxJobs)
    : m_pendingPolls(qMax(0, pendingPolls))
    , m_retainMs(retainMs)
    , m_maxJobs(qMax<qsizetype>(1, maxJobs))
{
}

QByteArray PollJobTracker::identity(const QString &user, const QByteArray &canonicalBody)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toLower().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(canonicalBody);
    return hash.result();
}

PollJobTracker::State PollJobTracker::poll(const QByteArray &identity, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= m_retainMs / 10 || m_jobs.size() >= m_maxJobs)
        forget(nowMs);
    Job &job = m_jobs[identity];
    job.lastSeenMs = nowMs;
    if (job.polls < m_pendingPolls) {
        ++job.polls;
        return State::Pending;
    }
    return State::Complete;
}

void PollJobTracker::forget(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    m_jobs.removeIf(
        [&](const auto &entry) { return nowMs - entry.value().lastSeenMs >= m_retainMs; });
    while (m_jobs.size() >= m_maxJobs) {
        QByteArray oldest;
        qint64 oldestSeenMs = std::numeric_limits<qint64>::max();
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
            if (it.value().lastSeenMs < oldestSeenMs) {
                oldestSeenMs = it.value().lastSeenMs;
                oldest = it.key();
            }
        }
        m_jobs.remove(oldest);
    }
}

} // namespace sim::api
