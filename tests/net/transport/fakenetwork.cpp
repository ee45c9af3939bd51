#include "fakenetwork.h"

#include <QSslCertificate>
#include <QTimer>

namespace {

// How Qt's HTTP backend turns a status into a NetworkError.
QNetworkReply::NetworkError errorForStatus(int status)
{
    using E = QNetworkReply::NetworkError;
    switch (status) {
    case 400: return E::ProtocolInvalidOperationError;
    case 401: return E::AuthenticationRequiredError;
    case 403: return E::ContentAccessDenied;
    case 404: return E::ContentNotFoundError;
    case 405: return E::ContentOperationNotPermittedError;
    case 407: return E::ProxyAuthenticationRequiredError;
    case 409: return E::ContentConflictError;
    case 410: return E::ContentGoneError;
    case 418: return E::ProtocolInvalidOperationError;
    case 500: return E::InternalServerError;
    case 501: return E::OperationNotImplementedError;
    case 503: return E::ServiceUnavailableError;
    default:
        if (status >= 400 && status < 500)
            return E::UnknownContentError;
        if (status >= 500 && status < 600)
            return E::UnknownServerError;
        return E::NoError;
    }
}

} // namespace

FakeAnswer FakeAnswer::json(const QByteArray &body, int status)
{
    return text(body, "application/json", status);
}

FakeAnswer FakeAnswer::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    FakeAnswer answer;
    answer.httpStatus = status;
    answer.body = body;
    answer.headers = { { "Content-Type", contentType } };
    return answer;
}

FakeAnswer FakeAnswer::html(int status)
{
    return text("<!DOCTYPE html><html><head><title>Sign in</title></head><body>Log in</body></html>",
                "text/html; charset=utf-8", status);
}

FakeAnswer FakeAnswer::status(int status, const RawHeaderList &headers)
{
    FakeAnswer answer = json(R"({"status":)" + QByteArray::number(status) + "}", status);
    answer.headers.append(headers);
    return answer;
}

FakeAnswer FakeAnswer::redirect(int status, const QByteArray &location)
{
    FakeAnswer answer;
    answer.httpStatus = status;
    answer.headers = { { "Location", location } };
    return answer;
}

FakeAnswer FakeAnswer::hang()
{
    FakeAnswer answer;
    answer.kind = Kind::Hang;
    return answer;
}

FakeAnswer FakeAnswer::fail(QNetworkReply::NetworkError error)
{
    FakeAnswer answer;
    answer.kind = Kind::Fail;
    answer.error = error;
    return answer;
}

FakeAnswer FakeAnswer::transferTimeout()
{
    FakeAnswer answer;
    answer.kind = Kind::TransferTimeout;
    return answer;
}

FakeAnswer FakeAnswer::tlsFailure()
{
    FakeAnswer answer;
    answer.kind = Kind::TlsFailure;
    answer.sslErrors = { QSslError(QSslError::SelfSignedCertificate),
                         QSslError(QSslError::HostNameMismatch) };
    return answer;
}

FakeAnswer FakeAnswer::truncated(const QByteArray &fullBody, qsizetype sent)
{
    FakeAnswer answer = json(fullBody.left(sent));
    answer.contentLength = fullBody.size();
    answer.error = QNetworkReply::RemoteHostClosedError;
    return answer;
}

FakeReply::FakeReply(const SeenRequest &seen, FakeAnswer answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(std::move(answer))
{
    setRequest(seen.request);
    setUrl(seen.url);
    setOperation(seen.operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (m_answer.atOnce)
        deliver();
    else if (m_answer.kind != FakeAnswer::Kind::Hang)
        QTimer::singleShot(0, this, &FakeReply::deliver);
}

FakeReply::~FakeReply()
{
    if (m_open) {
        m_open = false;
        Q_EMIT closed();
    }
}

void FakeReply::release(const FakeAnswer &answer)
{
    if (isFinished())
        return;
    m_answer = answer;
    QTimer::singleShot(0, this, &FakeReply::deliver);
}

void FakeReply::deliver()
{
    if (isFinished())
        return;
    switch (m_answer.kind) {
    case FakeAnswer::Kind::Hang:
        return;
    case FakeAnswer::Kind::Fail:
        finishWith(m_answer.error, u"Fake network error %1"_qs.arg(int(m_answer.error)));
        return;
    case FakeAnswer::Kind::TransferTimeout:
        // Qt aborts a reply whose transfer timeout ran out.
        finishWith(QNetworkReply::OperationCanceledError, u"Operation canceled"_qs);
        return;
    case FakeAnswer::Kind::TlsFailure:
        Q_EMIT sslErrors(m_answer.sslErrors);
        if (isFinished())
            return;
        finishWith(QNetworkReply::SslHandshakeFailedError, u"SSL handshake failed"_qs);
        return;
    case FakeAnswer::Kind::Respond:
        break;
    }

    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.httpStatus);
    bool hasLength = false;
    for (const auto &[name, value] : std::as_const(m_answer.headers)) {
        setRawHeader(name, value);
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength) {
        const qint64 length = m_answer.contentLength >= 0 ? m_answer.contentLength
                                                          : m_answer.body.size();
        setRawHeader("Content-Length", QByteArray::number(length));
    }
    m_data = m_answer.body;
    Q_EMIT metaDataChanged();
    if (!m_data.isEmpty()) {
        Q_EMIT readyRead();
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
    }
    QNetworkReply::NetworkError error = m_answer.error;
    if (error == QNetworkReply::NoError)
        error = errorForStatus(m_answer.httpStatus);
    if (error != QNetworkReply::NoError)
        finishWith(error, u"Fake error for HTTP %1"_qs.arg(m_answer.httpStatus));
    else
        finishWith(QNetworkReply::NoError, {});
}

void FakeReply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        Q_EMIT errorOccurred(error);
    }
    setFinished(true);
    if (m_open) {
        m_open = false;
        Q_EMIT closed();
    }
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    finishWith(QNetworkReply::OperationCanceledError, u"Operation canceled"_qs);
}

qint64 FakeReply::bytesAvailable() const
{
    return m_data.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_data.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

void FakeReply::ignoreSslErrors()
{
    if (auto *network = qobject_cast<FakeNetwork *>(parent()))
        ++network->m_blanketIgnores;
}

void FakeReply::ignoreSslErrorsImplementation(const QList<QSslError> &)
{
    if (auto *network = qobject_cast<FakeNetwork *>(parent()))
        ++network->m_listedIgnores;
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QList<FakeReply *> FakeNetwork::hangingReplies() const
{
    QList<FakeReply *> out;
    for (const QPointer<FakeReply> &reply : m_hanging) {
        if (reply && !reply->isFinished())
            out.append(reply);
    }
    return out;
}

void FakeNetwork::resetCounters()
{
    m_requests.clear();
    m_maxOpen = m_open;
    m_aborted = 0;
    m_blanketIgnores = 0;
    m_listedIgnores = 0;
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    SeenRequest seen;
    seen.operation = op;
    seen.url = request.url();
    seen.request = request;
    if (outgoingData)
        seen.body = outgoingData->readAll();
    switch (op) {
    case GetOperation: seen.verb = "GET"; break;
    case PostOperation: seen.verb = "POST"; break;
    case PutOperation: seen.verb = "PUT"; break;
    case DeleteOperation: seen.verb = "DELETE"; break;
    case HeadOperation: seen.verb = "HEAD"; break;
    default:
        seen.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    m_requests.append(seen);

    FakeAnswer answer;
    if (!m_script.empty()) {
        answer = m_script.front();
        m_script.pop_front();
    } else if (m_responder) {
        answer = m_responder(seen);
    } else {
        answer = FakeAnswer::status(404);
    }

    auto *reply = new FakeReply(seen, answer, this);
    ++m_open;
    m_maxOpen = qMax(m_maxOpen, m_open);
    connect(reply, &FakeReply::closed, this, [this, reply] {
        --m_open;
        if (reply->wasAborted())
            ++m_aborted;
    });
    if (answer.kind == FakeAnswer::Kind::Hang)
        m_hanging.append(reply);
    return reply;
}
