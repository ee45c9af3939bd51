#include "portaltransport.h"

#include "netlogging.h"
#include "redactor.h"
#include "redirects.h"
#include "transportcall.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <deque>

namespace coopdesk::net {

namespace {

constexpr int kFirstBackoffMs = 500;
constexpr int kMaxBackoffMs = 8000;

// "a=1&b=x%2By": every key and value percent-encoded, '+' included (QUrlQuery leaves a '+' as
// is, which servers read as a space: "jo+coop@example.org" would not be found).
QString encodeQuery(const QUrlQuery &query)
{
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

QUrl targetUrl(const PortalRequest &request, const PortalConfig &config)
{
    QUrl url;
    if (!request.absoluteUrl.isEmpty()) {
        url = request.absoluteUrl;
        if (!request.query.isEmpty()) {
            const QString extra = encodeQuery(request.query);
            const QString existing = url.query(QUrl::FullyEncoded);
            url.setQuery(existing.isEmpty() ? extra : existing + u'&' + extra);
        }
        return url;
    }
    if (config.baseUrl.isEmpty())
        return {};
    url = config.baseUrl;
    url.setPath(request.path.startsWith(u'/') ? request.path : u'/' + request.path);
    if (!request.query.isEmpty())
        url.setQuery(encodeQuery(request.query));
    return url;
}

} // namespace

QByteArray PortalRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Delete:
        return "DELETE";
    case Method::Put:
        return "PUT";
    }
    return "GET";
}

QByteArray PortalResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The queue and the slots; the calls do the rest.
class PortalTransport::Private final : public CallHost
{
public:
    Private(PortalTransport *owner, PortalConfig config, QNetworkAccessManager *network)
        : q(owner)
        , m_config(std::move(config))
        , m_network(network)
        , m_random(QRandomGenerator::global()->generate())
    {
        m_config.maxConcurrent = qMax(1, m_config.maxConcurrent);
        m_config.maxAttempts = qMax(1, m_config.maxAttempts);
        m_config.maxRedirects = qMax(0, m_config.maxRedirects);
        m_scheduler = [](int ms, QObject *context, std::function<void()> task) {
            QTimer::singleShot(ms, context, std::move(task));
        };
    }

    const PortalConfig &config() const override { return m_config; }
    QNetworkAccessManager *network() const override { return m_network; }
    Authenticator *authenticator() const override { return m_authenticator; }

    void schedule(int ms, QObject *context, std::function<void()> task) override
    {
        m_scheduler(ms, context, std::move(task));
    }

    int backoffMs(int attempt, int retryAfterSeconds) const override
    {
        if (retryAfterSeconds >= 0)
            return retryAfterSeconds * 1000;
        if (attempt <= 1)
            return 0;
        const int doublings = qMin(attempt - 2, 5);
        const int cap = qMin(kMaxBackoffMs, kFirstBackoffMs << doublings);
        return int(m_random.bounded(quint32(cap) + 1));
    }

    void enqueue(TransportCall *call, bool front)
    {
        if (front)
            m_front.push_back(call);
        else
            m_back.push_back(call);
        pump();
    }

    void requeue(TransportCall *call) override { enqueue(call, true); }

    void releaseSlot(TransportCall *call) override
    {
        if (m_inFlight.removeOne(call))
            pump();
    }

    void forget(TransportCall *call) override
    {
        m_inFlight.removeOne(call);
        std::erase(m_front, call);
        std::erase(m_back, call);
        m_live.removeOne(call);
        pump();
    }

    // Starts queued calls while slots are free; re-entered from a call that finishes at once.
    void pump()
    {
        if (m_pumping) {
            m_pumpAgain = true;
            return;
        }
        m_pumping = true;
        do {
            m_pumpAgain = false;
            while (m_inFlight.size() < m_config.maxConcurrent && !(m_front.empty() && m_back.empty())) {
                std::deque<TransportCall *> &queue = m_front.empty() ? m_back : m_front;
                TransportCall *call = queue.front();
                queue.pop_front();
                m_inFlight.append(call);
                call->start();
            }
        } while (m_pumpAgain);
        m_pumping = false;
    }

    PortalTransport *q;
    PortalConfig m_config;
    QNetworkAccessManager *m_network;
    Authenticator *m_authenticator = nullptr;
    Scheduler m_scheduler;
    mutable QRandomGenerator m_random;

    std::deque<TransportCall *> m_front; // retries, replays, priority calls
    std::deque<TransportCall *> m_back;  // new calls, FIFO
    QList<TransportCall *> m_inFlight;
    QList<TransportCall *> m_live;       // every call not finished yet
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

PortalTransport::PortalTransport(PortalConfig config, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(config), network))
{
}

PortalTransport::~PortalTransport()
{
    // Whoever owns the transport is going away too: drop the calls without signals.
    const QList<TransportCall *> live = d->m_live;
    for (TransportCall *call : live)
        call->abandon();
}

const PortalConfig &PortalTransport::config() const
{
    return d->m_config;
}

void PortalTransport::setAuthenticator(Authenticator *authenticator)
{
    d->m_authenticator = authenticator;
}

void PortalTransport::setScheduler(Scheduler scheduler)
{
    if (scheduler)
        d->m_scheduler = std::move(scheduler);
}

void PortalTransport::setRandomSeed(quint32 seed)
{
    d->m_random.seed(seed);
}

PortalCall *PortalTransport::send(const PortalRequest &request)
{
    const QUrl url = targetUrl(request, d->m_config);
    auto *call = new TransportCall(d.get(), request, url, this);
    d->m_live.append(call);

    PortalError refused = url.isEmpty()
        ? PortalError::make(ErrorKind::Invalid, u"no portal address configured"_qs)
        : checkUrlAllowed(url, d->m_config.allowInsecureLoopback);
    if (refused.isError()) {
        // Finished from the event loop, so the caller can connect to the call first.
        QMetaObject::invokeMethod(
            call, [call, refused] { call->fail(refused); }, Qt::QueuedConnection);
        return call;
    }
    d->enqueue(call, request.priority);
    return call;
}

int PortalTransport::inFlight() const
{
    return int(d->m_inFlight.size());
}

int PortalTransport::queued() const
{
    return int(d->m_front.size() + d->m_back.size());
}

void PortalTransport::cancelAll()
{
    // Queued calls first, so that cancelling one in flight does not start one of them.
    QList<TransportCall *> order(d->m_back.begin(), d->m_back.end());
    order.append(QList<TransportCall *>(d->m_front.begin(), d->m_front.end()));
    for (TransportCall *call : std::as_const(d->m_live)) {
        if (!order.contains(call))
            order.append(call);
    }
    QList<QPointer<TransportCall>> guarded;
    for (TransportCall *call : order)
        guarded.append(call);
    for (const QPointer<TransportCall> &call : guarded) {
        if (call)
            call->cancel();
    }
}

int PortalTransport::backoffMs(int attempt, int retryAfterSeconds) const
{
    return d->backoffMs(attempt, retryAfterSeconds);
}

QByteArray PortalTransport::userAgent()
{
    return QByteArrayLiteral("CoopDesk/" COOPDESK_VERSION);
}

} // namespace coopdesk::net
