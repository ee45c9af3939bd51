#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <memory>
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
    // Stops listening and drops every connection at once (replies in delivery are cut off
    // without requestHandled). Safe to call from the handler; deleting the server there is not.
    void close();

    quint16 port() const;
    bool isSecure() const;
    // "https://127.0.0.1:PORT" (or http://), no trailing slash.
    QUrl baseUrl() const;
    QString errorString() const;

    // Requests currently being delivered or waiting: tests use it to wait for quiet.
    // Counts connections with a request partly received, delayed or being written; idle
    // keep-alive connections do not count.
    int openConnections() const;
    // Open sockets, idle keep-alive ones included.
    int connectionCount() const;
    // Connections accepted since listen(): tells whether a client reused its connection.
    int acceptedConnections() const;

    // Largest request body accepted (413 beyond). Default 8 MiB.
    void setMaxBodyBytes(qsizetype bytes);
    // A connection with no traffic for this long is closed (408 if a request is half-sent);
    // so is one whose client stops reading a reply. Default 30 s.
    void setIdleTimeout(int milliseconds);

Q_SIGNALS:
    // Once a reply has been handed to the socket in full, or its delivery ended early
    // (reset fault, client gone). Also for requests rejected by the parser (400, 413, 431...).
    // Emitted from the event loop, so a slot may delete the server.
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sim::http
