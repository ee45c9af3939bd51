#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sim::api {

// The usage poll's server-side jobs. SmartHub returns no job id: a client re-sends the identical
// request until it completes, so a job is named by who asked and what they asked for.
//
//   first request --> [PENDING n=1] --same request--> ... [PENDING n=pendingPolls]
//                                                               |
//                                                  same request |
//                                                               v
//          forgotten after retainMs unseen (or when full) <-- [COMPLETE] --same request--> COMPLETE
//
// pendingPolls = 0 completes at once. A job not seen for retainMs (complete or abandoned) is
// forgotten, and at most maxJobs are kept (the least recently seen goes first).
class PollJobTracker
{
public:
    enum class State { Pending, Complete };

    explicit PollJobTracker(int pendingPolls, qint64 retainMs = 10 * 60 * 1000,
                            qsizetype maxJobs = 4096);

    // Identity of a job: the user (case-insensitive) and the request body in canonical form.
    static QByteArray identity(const QString &user, const QByteArray &canonicalBody);

    State poll(const QByteArray &identity, qint64 nowMs);
    qsizetype size() const { return m_jobs.size(); }

private:
    struct Job
    {
        int polls = 0;
        qint64 lastSeenMs = 0;
    };
    void forget(qint64 nowMs);

    int m_pendingPolls;
    qint64 m_retainMs;
    qsizetype m_maxJobs;
    qint64 m_lastSweepMs = 0;
    QHash<QByteArray, Job> m_jobs;
};

} // namespace sim::api
