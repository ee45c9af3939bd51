#pragma once

// A QNetworkAccessManager that never touches a socket: every request is recorded and handed to
// a test's handler on the event loop, which answers it (respond()), or keeps it to answer later,
// or never (a hanging portal). abort() finishes it as Qt would.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace sessiontest {

class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
    }

    bool aborted = false;

    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        if (isFinished())
            return;
        m_body = body;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setRawHeader("Content-Type", contentType);
        setRawHeader("Content-Length", QByteArray::number(body.size()));
        const NetworkError error = errorFor(status);
        if (error != NoError)
            setError(error, QStringLiteral("HTTP %1").arg(status));
        Q_EMIT metaDataChanged();
        if (!body.isEmpty())
            Q_EMIT readyRead();
        setFinished(true);
        if (error != NoError)
            Q_EMIT errorOccurred(error);
        Q_EMIT finished();
    }

    void abort() override
    {
        if (isFinished())
            return;
        aborted = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    static NetworkError errorFor(int status)
    {
        switch (status) {
        case 401:
            return AuthenticationRequiredError;
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        case 500:
            return InternalServerError;
        case 502:
        case 503:
        case 504:
            return ServiceUnavailableError;
        default:
            return status >= 400 ? UnknownContentError : NoError;
        }
    }

    QByteArray m_body;
    qint64 m_offset = 0;
};

// One request as it reached the network.
struct Exchange
{
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;
    QString path() const { return request.url().path(); }
};

class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<void(FakeReply *reply, const Exchange &exchange)>;
    Handler handler;
    QList<Exchange> exchanges;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        Exchange exchange;
        exchange.method = operation == GetOperation ? QByteArrayLiteral("GET")
            : operation == PostOperation            ? QByteArrayLiteral("POST")
            : operation == DeleteOperation
            ? QByteArrayLiteral("DELETE")
            : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        exchange.request = request;
        exchange.body = outgoing ? outgoing->readAll() : QByteArray();
        exchanges.append(exchange);
        auto *reply = new FakeReply(operation, request, this);
        // Answered later, as a real network would.
        QTimer::singleShot(0, reply, [this, reply, exchange] {
            if (handler)
                handler(reply, exchange);
        });
        return reply;
    }
};

} // namespace sessiontest
