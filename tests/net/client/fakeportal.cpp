#include "fakeportal.h"

#include <QTimer>

namespace {

QNetworkReply::NetworkError errorFor(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError
                             : QNetworkReply::UnknownContentError;
    }
}

} // namespace

CannedReply::CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                         CannedAnswer answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_answer.hang)
        QTimer::singleShot(0, this, &CannedReply::deliver);
}

void CannedReply::deliver()
{
    if (m_done)
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
    setRawHeader("Content-Type", m_answer.contentType);
    setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
    Q_EMIT metaDataChanged();
    if (m_answer.status >= 400) {
        const auto error = errorFor(m_answer.status);
        setError(error, QStringLiteral("server replied: %1").arg(m_answer.status));
        Q_EMIT errorOccurred(error);
    }
    Q_EMIT readyRead();
    m_done = true;
    setFinished(true);
    Q_EMIT finished();
}

void CannedReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_aborted = true;
    m_answer.body.clear();
    Q_EMIT aborted();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 CannedReply::bytesAvailable() const
{
    return (m_done ? m_answer.body.size() - m_offset : 0) + QIODevice::bytesAvailable();
}

qint64 CannedReply::readData(char *data, qint64 maxSize)
{
    if (!m_done || m_offset >= m_answer.body.size())
        return m_done ? -1 : 0;
    const qint64 n = qMin<qint64>(maxSize, m_answer.body.size() - m_offset);
    memcpy(data, m_answer.body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

FakePortal::FakePortal(Responder responder, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_responder(std::move(responder))
{
}

int FakePortal::callsTo(const QString &path) const
{
    int n = 0;
    for (const SeenCall &call : m_calls)
        n += call.path == path ? 1 : 0;
    return n;
}

QNetworkReply *FakePortal::createRequest(Operation op, const QNetworkRequest &request,
                                         QIODevice *outgoingData)
{
    SeenCall call;
    call.verb = op == GetOperation ? QByteArray("GET")
        : op == PostOperation      ? QByteArray("POST")
        : op == CustomOperation
        ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : QByteArray("OTHER");
    call.url = request.url();
    call.path = request.url().path();
    if (outgoingData)
        call.body = outgoingData->readAll();
    m_calls.append(call);
    auto *reply = new CannedReply(op, request, m_responder(call), this);
    connect(reply, &CannedReply::aborted, this, [this] { ++m_aborted; });
    return reply;
}
