#include "transportcall.h"

#include "netlogging.h"
#include "redactor.h"
#include "redirects.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <cstring>

namespace coopdesk::net {

namespace {

constexpr QByteArrayView kAuthorization = "Authorization";
constexpr QByteArrayView kUsername = "X-Nisc-Smarthub-Username";

bool isCredentialHeader(const QByteArray &name)
{
    return name.compare(kAuthorization, Qt::CaseInsensitive) == 0
        || name.compare(kUsername, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A request body Qt cannot rewind. Qt's HTTP layer quietly sends a request again when its
// connection closes before any answer; for a payment that second send must not happen: the
// call fails instead (ContentReSendError, classified Offline) and the caller looks the outcome
// up by its idempotency key.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_read) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return -1;
        std::memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

TransportCall::TransportCall(CallHost *host, PortalRequest request, QUrl url, QObject *parent)
    : PortalCall(parent)
    , m_host(host)
    , m_request(std::move(request))
    , m_firstUrl(std::move(url))
{
}

TransportCall::~TransportCall()
{
    dropReply();
}

void TransportCall::start()
{
    Q_ASSERT(m_state == State::Queued);
    m_state = State::InFlight;
    m_url = m_firstUrl;
    m_method = m_request.method;
    m_sendBody = true;
    m_redirects = 0;
    sendHop();
}

QString TransportCall::where() const
{
    const QString target = sameOrigin(m_url, m_host->config().baseUrl)
        ? Redactor::pathAndQuery(m_url)
        : Redactor::url(m_url);
    return QString::fromLatin1(PortalRequest::methodName(m_method)) + u' ' + target;
}

QNetworkRequest TransportCall::buildRequest() const
{
    const PortalConfig &config = m_host->config();
    QNetworkRequest request(m_url);
    // Redirects are followed by hand, by the rules of design.md; Qt's policy would not drop
    // the bearer off-host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Per attempt; Qt restarts the countdown whenever bytes move.
    request.setTransferTimeout(config.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, PortalTransport::userAgent());
    if (m_url.scheme().compare(u"https"_qs, Qt::CaseInsensitive) == 0) {
        // Extra trust only by explicit configuration; nothing is ever ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!config.extraCaCertificates.isEmpty())
            tls.addCaCertificates(config.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    const bool withinFirstOrigin = sameOrigin(m_url, m_firstUrl);
    if (!hasHeader(m_request.headers, "Accept"))
        request.setRawHeader("Accept", m_request.expectJson ? "application/json" : "*/*");
    for (const auto &[name, value] : m_request.headers) {
        if (!withinFirstOrigin && isCredentialHeader(name))
            continue;
        request.setRawHeader(name, value);
    }
    const bool hasBody = m_sendBody && m_method != PortalRequest::Method::Get;
    if (hasBody && !m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);

    // The bearer goes to the portal and nowhere else, asked for anew on every attempt so that a
    // replay after a renewal carries the new token.
    Authenticator *authenticator = m_host->authenticator();
    if (m_request.authenticated && authenticator && withinFirstOrigin
        && sameOrigin(m_url, config.baseUrl))
        authenticator->authorize(request);
    if (!withinFirstOrigin) {
        request.setRawHeader(kAuthorization.toByteArray(), {});
        request.setRawHeader(kUsername.toByteArray(), {});
    }
    return request;
}

void TransportCall::sendHop()
{
    QNetworkAccessManager *network = m_host->network();
    const QNetworkRequest request = buildRequest();
    const QByteArray body = m_sendBody ? m_request.body : QByteArray();
    m_sslErrors.clear();
    m_hopTimer.start();
    QNetworkReply *reply = nullptr;
    switch (m_method) {
    case PortalRequest::Method::Get:
        reply = network->get(request);
        break;
    case PortalRequest::Method::Post:
        if (!m_request.retryTransient && !body.isEmpty()) {
            QNetworkRequest once = request;
            once.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            once.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            auto *device = new OneShotBody(body, this);
            reply = network->post(once, device);
            device->setParent(reply);
        } else {
            reply = network->post(request, body);
        }
        break;
    case PortalRequest::Method::Delete:
        reply = body.isEmpty() ? network->deleteResource(request)
                               : network->sendCustomRequest(request, "DELETE", body);
        break;
    case PortalRequest::Method::Put:
        reply = network->put(request, body);
        break;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::sslErrors, this, &TransportCall::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this, &PortalCall::progress);
    if (reply->isFinished()) {
        // A network manager that answered on the spot (a cache): still from the event loop.
        QPointer<QNetworkReply> answered(reply);
        QMetaObject::invokeMethod(
            this, [this, answered] { onReplyFinished(answered); }, Qt::QueuedConnection);
    }
}

void TransportCall::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded for the detail; never ignored (no ignoreSslErrors(), with or without a list).
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
}

ReplyFacts TransportCall::factsOf(QNetworkReply *reply) const
{
    ReplyFacts facts;
    facts.networkError = reply->error();
    facts.errorString = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.contentType = reply->rawHeader("Content-Type");
    bool ok = false;
    const qint64 length = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    facts.contentLength = ok && reply->rawHeader("Content-Encoding").isEmpty() ? length : -1;
    facts.retryAfter = reply->rawHeader("Retry-After");
    facts.body = reply->isOpen() ? reply->readAll() : QByteArray();
    facts.sslErrors = m_sslErrors;
    facts.expectJson = m_request.expectJson;
    facts.authenticated = m_request.authenticated;
    facts.where = where();
    return facts;
}

void TransportCall::onReplyFinished(QNetworkReply *reply)
{
    if (!reply || reply != m_reply || m_state != State::InFlight)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const ReplyFacts facts = factsOf(reply);
    PortalResponse response;
    response.httpStatus = facts.httpStatus;
    response.headers = reply->rawHeaderPairs();
    response.body = facts.body;

    qCDebug(lcNet).noquote() << (m_request.label.isEmpty() ? u"call"_qs : m_request.label)
                             << facts.where << "->" << facts.httpStatus << "in"
                             << m_hopTimer.elapsed() << "ms, attempt" << m_attempt
                             << (facts.networkError == QNetworkReply::NoError
                                     ? QString()
                                     : u"(network error %1)"_qs.arg(int(facts.networkError)));

    const PortalConfig &config = m_host->config();
    if (isRedirectStatus(facts.httpStatus)) {
        const RedirectStep step = followRedirect(m_url, m_method, facts.httpStatus,
                                                 reply->rawHeader("Location"), m_redirects,
                                                 config.maxRedirects,
                                                 config.allowInsecureLoopback);
        if (step.error.isError()) {
            response.error = step.error;
            response.error.detail = facts.where + u": "_qs + step.error.detail;
            finish(response);
            return;
        }
        ++m_redirects;
        m_url = step.url;
        m_method = step.method;
        m_sendBody = m_sendBody && step.keepBody;
        sendHop();
        return;
    }

    response.error = classify(facts);
    if (!response.error.isError()) {
        finish(response);
        return;
    }
    if (facts.httpStatus == 401 && m_request.authenticated && m_host->authenticator()) {
        askForRenewal(response);
        return;
    }
    const bool worthRetrying = response.error.isTransient()
        || (isTruncated(facts) && m_request.method == PortalRequest::Method::Get);
    const bool waitable = response.error.retryAfterSeconds <= PortalTransport::kMaxRetryAfterSeconds;
    if (worthRetrying && waitable && m_request.retryTransient && m_attempt < config.maxAttempts) {
        retryLater(response.error);
        return;
    }
    finish(response);
}

void TransportCall::askForRenewal(const PortalResponse &response)
{
    if (m_replayed) {
        // The portal refused the renewed credentials too: no second renewal from here.
        PortalResponse expired = response;
        expired.error = PortalError::make(ErrorKind::SessionExpired,
                                          response.error.detail + u", again after renewal"_qs, 401);
        finish(expired);
        return;
    }
    m_replayed = true;
    m_state = State::AwaitingAuth;
    m_host->releaseSlot(this);
    qCDebug(lcNet).noquote() << where() << "unauthorized; waiting for renewed credentials";

    // Answered at most once, and only while this call still waits for it.
    auto answered = std::make_shared<bool>(false);
    QPointer<TransportCall> self(this);
    m_host->authenticator()->onUnauthorized([self, answered, response](bool renewed,
                                                                       PortalError error) {
        if (*answered || !self || self->m_state != State::AwaitingAuth)
            return;
        *answered = true;
        if (renewed) {
            self->m_state = State::Queued;
            self->m_host->requeue(self);
            return;
        }
        PortalResponse failed = response;
        failed.error = error.isError()
            ? error
            : PortalError::make(ErrorKind::SessionExpired, u"renewal refused"_qs, 401);
        self->finish(failed);
    });
}

void TransportCall::retryLater(const PortalError &error)
{
    const int next = m_attempt + 1;
    const int waitMs = m_host->backoffMs(next, error.retryAfterSeconds);
    qCInfo(lcNet).noquote() << error.detail << "- retrying, attempt" << next
                            << "of" << m_host->config().maxAttempts << "in" << waitMs << "ms";
    m_attempt = next;
    m_state = State::BackingOff;
    m_host->releaseSlot(this);
    QPointer<TransportCall> self(this);
    m_host->schedule(waitMs, this, [self] {
        if (!self || self->m_state != State::BackingOff)
            return;
        self->m_state = State::Queued;
        self->m_host->requeue(self);
    });
}

void TransportCall::cancel()
{
    if (m_state == State::Finished)
        return;
    dropReply();
    PortalResponse response;
    response.error = PortalError::make(ErrorKind::Cancelled, where() + u": cancelled"_qs);
    finish(response);
}

void TransportCall::fail(const PortalError &error)
{
    if (m_state == State::Finished)
        return;
    PortalResponse response;
    response.error = error;
    finish(response);
}

void TransportCall::finish(PortalResponse response)
{
    if (m_state == State::Finished)
        return;
    const State was = m_state;
    m_state = State::Finished;
    if (response.error.isError() && response.error.kind != ErrorKind::Cancelled)
        qCInfo(lcNet).noquote() << (m_request.label.isEmpty() ? u"call"_qs : m_request.label)
                                << "failed:" << response.error.detail;
    if (m_host) {
        if (was == State::InFlight)
            m_host->releaseSlot(this);
        m_host->forget(this);
    }
    // A receiver may delete the transport, and this call with it.
    QPointer<TransportCall> self(this);
    Q_EMIT finished(response);
    if (self)
        deleteLater();
}

void TransportCall::dropReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TransportCall::abandon()
{
    dropReply();
    m_state = State::Finished;
    m_host = nullptr;
}

} // namespace coopdesk::net
