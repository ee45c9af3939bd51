#include "usagefetch.h"

#include "clientlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace coopdesk::net {

namespace {

QString timeFrameName(UsageInterval interval)
{
    switch (interval) {
    case UsageInterval::Native:
        return QStringLiteral("HOURLY");
    case UsageInterval::Daily:
        return QStringLiteral("DAILY");
    case UsageInterval::Monthly:
        return QStringLiteral("MONTHLY");
    }
    return QStringLiteral("DAILY");
}

} // namespace

UsageFetch::UsageFetch(PortalTransport *transport, const WallClock &clock,
                       const UsageRequest &request, Options options, QObject *context,
                       std::function<void(const UsageData &)> done)
    : PortalJob(transport, context)
    , m_clock(clock)
    , m_request(request)
    , m_options(std::move(options))
    , m_done(std::move(done))
    , m_chunks(planUsageChunks(clock, request.interval, request.from, request.to))
{
    m_state.resize(size_t(m_chunks.size()));
    for (qsizetype i = 0; i < m_chunks.size(); ++i)
        m_state[size_t(i)].body = pollBody(m_request, m_options.userId, m_chunks.at(i));
}

UsageFetch::~UsageFetch() = default;

int UsageFetch::pendingDelayMs(int pendingCount)
{
    static constexpr int firstDelays[] = { 2000, 3000, 5000 };
    return pendingCount < 3 ? firstDelays[pendingCount] : 5000;
}

QByteArray UsageFetch::pollBody(const UsageRequest &request, const QString &userId,
                                const UsageChunk &chunk)
{
    QJsonObject body;
    body.insert(u"timeFrame", timeFrameName(request.interval));
    body.insert(u"userId", userId);
    body.insert(u"screen", QStringLiteral("USAGE_EXPLORER"));
    body.insert(u"includeDemand", request.includeDemand);
    body.insert(u"serviceLocationNumber", request.locationNumber);
    body.insert(u"accountNumber", request.accountNumber);
    body.insert(u"industries", QJsonArray { QStringLiteral("ELECTRIC") });
    body.insert(u"startDateTime", double(chunk.fromMs)); // exact: < 2^53
    body.insert(u"endDateTime", double(chunk.toMs));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void UsageFetch::start()
{
    if (m_chunks.isEmpty()) {
        fail(PortalError::make(ErrorKind::Invalid,
                               QStringLiteral("usage: the date range is empty or invalid")));
        return;
    }
    qCDebug(lcClient).noquote() << "usage" << Redactor::accountNumber(m_request.accountNumber)
                                << timeFrameName(m_request.interval)
                                << m_request.from.toString(Qt::ISODate) << ".."
                                << m_request.to.toString(Qt::ISODate) << "in" << m_chunks.size()
                                << "chunks";
    Q_EMIT progress(0, int(m_chunks.size()));
    startMore();
}

void UsageFetch::startMore()
{
    while (!isFinished() && m_active < qMax(1, m_options.maxInFlight) && m_next < m_chunks.size()) {
        ++m_active;
        post(m_next++);
    }
}

void UsageFetch::post(int index)
{
    PortalRequest request = postJsonRequest(QStringLiteral("/services/secured/utility-usage/poll"),
                                            m_state[size_t(index)].body, QStringLiteral("poll"));
    send(request, [this, index](const PortalResponse &response) { answered(index, response); });
}

void UsageFetch::answered(int index, const PortalResponse &response)
{
    if (response.error.isError()) {
        fail(response.error);
        return;
    }
    const UsageChunk &chunk = m_chunks.at(index);
    ChunkState &state = m_state[size_t(index)];
    auto parsed = parse::poll(response.body, m_clock, m_request.interval, chunk.fromMs, chunk.toMs);
    if (!parsed.ok()) {
        fail(PortalError::make(ErrorKind::UnexpectedAnswer, u"poll: " + parsed.error,
                               response.httpStatus));
        return;
    }
    parse::PollAnswer &answer = *parsed.value;
    switch (answer.status) {
    case parse::PollStatus::Pending: {
        if (state.waitedMs >= m_options.pendingBudgetMs) {
            fail(PortalError::make(ErrorKind::Timeout,
                                   u"poll: the portal was still preparing usage after "
                                       + QString::number(state.waitedMs / 1000) + u" s"));
            return;
        }
        const int delay
            = qMin(pendingDelayMs(state.pendings), m_options.pendingBudgetMs - state.waitedMs);
        ++state.pendings;
        state.waitedMs += delay;
        schedule(delay, [this, index] { post(index); });
        return;
    }
    case parse::PollStatus::Failed:
        fail(PortalError::make(
            ErrorKind::UnexpectedAnswer,
            QStringLiteral("poll: the portal could not provide usage for that range"),
            response.httpStatus));
        return;
    case parse::PollStatus::Other:
        fail(PortalError::make(ErrorKind::UnexpectedAnswer,
                               u"poll: unexpected status \"" + answer.rawStatus.left(40) + u'"',
                               response.httpStatus));
        return;
    case parse::PollStatus::Complete:
        break;
    }

    UsageData data = std::move(answer.data);
    data.accountNumber = m_request.accountNumber;
    data.locationNumber = m_request.locationNumber;
    data.interval = m_request.interval;
    data.fromMs = chunk.fromMs;
    data.toMs = chunk.toMs;
    state.data = std::move(data);
    --m_active;
    ++m_completed;
    Q_EMIT progress(m_completed, int(m_chunks.size()));
    if (isFinished())
        return; // a progress receiver cancelled us
    if (m_completed < m_chunks.size()) {
        startMore();
        return;
    }

    QList<UsageData> parts;
    parts.reserve(m_chunks.size());
    for (ChunkState &s : m_state)
        parts.append(std::move(*s.data));
    m_state.clear();
    const UsageData merged = mergeUsageChunks(parts);
    succeed([this, &merged] {
        if (m_done)
            m_done(merged);
    });
}

void UsageFetch::schedule(int ms, std::function<void()> task)
{
    // The job may be gone, or finished, by the time the wait is over.
    auto guarded = [self = QPointer<UsageFetch>(this), task = std::move(task)] {
        if (self && !self->isFinished())
            task();
    };
    if (m_options.scheduler)
        m_options.scheduler(ms, this, std::move(guarded));
    else
        QTimer::singleShot(ms, this, std::move(guarded));
}

} // namespace coopdesk::net
