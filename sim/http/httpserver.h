#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;

namespace sim::http {

// A small HTTP/1.1 server (keep-alive, Content-Length bodies, optional TLS) that hands every
// complete request to one handler and delivers its reply as the reply's Delivery says.
// Written for the simulator: it must be able to misbehave on purpose (delays, slow or truncated
// bodies, connection resets), which a general-purpose server does not let one do.
class Server : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Reply(const Request &)>;

    struct TlsIdentity
    {
        QSslCertificate certificate;
        QList<QSslCertificate> chain; // intermediates/CA sent after the leaf (may be empty)
        QSslKey key;
    };

    explicit Server(Handler handler, QObject *parent = nullptr);
    ~Server() override;

    // Listens on address:port (0 picks a free port). TLS when an identity is given.
    // Returns false and sets errorString() on failure.
    bool listen(const QHostAddress &address, quint16 port, std::optional<TlsIdentity> tls);
    void close();

    quint16 port() const;
    bool isSecure() const;
    // "https://127.0.0.1:PORT" (or http://), no trailing slash.
    QUrl baseUrl() const;
    QString errorString() const;

    // Requests currently being delivered or waiting: tests use it to wait for quiet.
    int openConnections() const;

    // Largest request body accepted (413 beyond). Default 8 MiB.
    void setMaxBodyBytes(qsizetype bytes);

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sim::http
