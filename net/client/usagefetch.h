#pragma once

#include "net/client/portaljob.h"
#include "net/client/usagechunks.h"

#include <optional>
#include <vector>

namespace coopdesk::net {

// One usage pull over any range: planned into chunks, each polled until the portal has it,
// at most maxInFlight chunks at once, merged into one UsageData.
//
//   per chunk:  queued --slot free--> polling --COMPLETE--> done
//                                      |   ^
//                               PENDING|   |re-post the identical body after
//                                      v   |2 s, 3 s, 5 s, then every 5 s
//                                    waiting --(60 s waited)--> Timeout: the whole job fails
//
// Any chunk's failure (a PortalError from the transport, FAILED, an unreadable answer) fails the
// job and cancels the other chunks. progress(done, total) counts completed chunks.
class UsageFetch : public PortalJob
{
    Q_OBJECT
public:
    using Scheduler = PortalTransport::Scheduler;

    struct Options
    {
        QString userId; // the session's username (poll userId)
        int maxInFlight = 4;
        int pendingBudgetMs = 60'000; // total wait for PENDING before giving up
        Scheduler scheduler; // empty: QTimer
    };

    UsageFetch(PortalTransport *transport, const WallClock &clock, const UsageRequest &request,
               Options options, QObject *context, std::function<void(const UsageData &)> done);
    ~UsageFetch() override;

    const QList<UsageChunk> &chunks() const { return m_chunks; }

    // The wait before re-posting after the n-th PENDING (0-based): 2 s, 3 s, 5 s, 5 s, ...
    static int pendingDelayMs(int pendingCount);
    // The poll body as the SmartHub web app sends it.
    static QByteArray pollBody(const UsageRequest &request, const QString &userId,
                               const UsageChunk &chunk);

protected:
    void start() override;

private:
    struct ChunkState
    {
        QByteArray body;
        int pendings = 0;
        int waitedMs = 0;
        std::optional<UsageData> data;
    };

    void startMore();
    void post(int index);
    void answered(int index, const PortalResponse &response);
    void schedule(int ms, std::function<void()> task);

    WallClock m_clock;
    UsageRequest m_request;
    Options m_options;
    std::function<void(const UsageData &)> m_done;
    QList<UsageChunk> m_chunks;
    std::vector<ChunkState> m_state;
    int m_next = 0; // the next chunk to start
    int m_active = 0; // chunks polling or waiting
    int m_completed = 0;
};

} // namespace coopdesk::net
