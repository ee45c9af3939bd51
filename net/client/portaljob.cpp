#include "portaljob.h"

#include "clientlog.h"

#include <QTimer>

namespace coopdesk::net {

PortalJob::PortalJob(PortalTransport *transport, QObject *context)
    : Job(nullptr)
    , m_transport(transport)
    , m_context(context)
    , m_hasContext(context != nullptr)
{
    if (context)
        connect(context, &QObject::destroyed, this, &PortalJob::contextGone);
    // Without its transport the job cannot go on, and its calls are gone with it.
    connect(transport, &QObject::destroyed, this, [this] {
        m_calls.clear();
        contextGone();
    });
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            start();
    });
}

PortalJob::~PortalJob()
{
    abortCalls();
}

void PortalJob::cancel()
{
    if (m_finished)
        return;
    abortCalls();
    fail(PortalError::make(ErrorKind::Cancelled, QStringLiteral("cancelled by the caller")));
}

void PortalJob::send(const PortalRequest &request,
                     std::function<void(const PortalResponse &)> onAnswer)
{
    if (m_finished)
        return;
    PortalCall *call = m_transport->send(request);
    m_calls.append(call);
    connect(call, &PortalCall::finished, this,
            [this, call, onAnswer = std::move(onAnswer)](const PortalResponse &response) {
                m_calls.removeAll(call);
                if (!m_finished)
                    onAnswer(response);
            });
}

void PortalJob::contextGone()
{
    // Nobody is left to tell: no signal (its receivers may be half destroyed), no callback.
    if (m_finished)
        return;
    m_finished = true;
    abortCalls();
    deleteLater();
}

int PortalJob::callsInFlight() const
{
    int n = 0;
    for (const QPointer<PortalCall> &call : m_calls)
        n += call ? 1 : 0;
    return n;
}

void PortalJob::abortCalls()
{
    const QList<QPointer<PortalCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<PortalCall> &call : calls) {
        if (!call)
            continue;
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
}

void PortalJob::succeed(const std::function<void()> &deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    abortCalls();
    if (!m_hasContext || m_context)
        deliver();
    finish();
}

void PortalJob::fail(const PortalError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    abortCalls();
    if (error.kind != ErrorKind::Cancelled)
        qCInfo(lcClient).noquote() << "failed:" << error.detail;
    Q_EMIT failed(error);
    finish();
}

void PortalJob::finish()
{
    Q_EMIT finished();
    deleteLater();
}

PortalRequest getRequest(const QString &path, const QUrlQuery &query, const QString &label)
{
    PortalRequest request;
    request.method = PortalRequest::Method::Get;
    request.path = path;
    request.query = query;
    request.label = label;
    return request;
}

PortalRequest postJsonRequest(const QString &path, const QByteArray &body, const QString &label)
{
    PortalRequest request;
    request.method = PortalRequest::Method::Post;
    request.path = path;
    request.body = body;
    request.contentType = "application/json";
    request.label = label;
    return request;
}

PortalRequest putJsonRequest(const QString &path, const QByteArray &body, const QString &label)
{
    PortalRequest request = postJsonRequest(path, body, label);
    request.method = PortalRequest::Method::Put;
    return request;
}

PortalRequest deleteRequest(const QString &path, const QUrlQuery &query, const QString &label)
{
    PortalRequest request = getRequest(path, query, label);
    request.method = PortalRequest::Method::Delete;
    return request;
}

PortalError withErrorCode(const PortalResponse &response)
{
    PortalError error = response.error;
    if (error.code.isEmpty()) {
        if (const auto body = parse::errorBody(response.body))
            error.code = body->code.left(64);
    }
    return error;
}

QString errorBodyDetail(const PortalResponse &response)
{
    QString detail = u"HTTP " + QString::number(response.httpStatus);
    if (const auto body = parse::errorBody(response.body); body && !body->code.isEmpty())
        detail += u' ' + body->code;
    return detail;
}

} // namespace coopdesk::net
