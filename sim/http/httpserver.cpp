#include "httpserver.h"

#include "connection.h"
#include "logging.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <algorithm>
#include <vector>

namespace sim::http {

class Server::Private
{
public:
    explicit Private(Server *server)
        : q(server)
    {
    }

    void acceptPending();
    void adopt(QTcpSocket *socket);
    void forget(Connection *connection);
    void dropConnections();

    Server *q;
    std::shared_ptr<ServerConfig> config = std::make_shared<ServerConfig>();
    std::unique_ptr<QTcpServer> listener;
    bool secure = false;
    QString errorString;
    std::vector<Connection *> connections;
    int busy = 0;
    int accepted = 0;
};

void Server::Private::acceptPending()
{
    while (listener && listener->hasPendingConnections()) {
        if (QTcpSocket *socket = listener->nextPendingConnection())
            adopt(socket);
    }
}

void Server::Private::adopt(QTcpSocket *socket)
{
    auto *connection = new Connection(socket, config, q);
    connections.push_back(connection);
    ++accepted;
    QObject::connect(connection, &Connection::busyChanged, q,
                     [this](bool nowBusy) { busy += nowBusy ? 1 : -1; });
    // Queued: a slot may delete the server, which must not happen inside a socket's signal.
    QObject::connect(connection, &Connection::requestHandled, q, &Server::requestHandled,
                     Qt::QueuedConnection);
    QObject::connect(connection, &Connection::closed, q,
                     [this, connection] { forget(connection); });
    connection->start();
}

void Server::Private::forget(Connection *connection)
{
    connections.erase(std::remove(connections.begin(), connections.end(), connection),
                      connections.end());
}

void Server::Private::dropConnections()
{
    // deleteLater, not delete: close() may be called by the handler, from inside a connection.
    for (Connection *connection : std::exchange(connections, {})) {
        connection->disconnect(q);
        connection->abandon();
        connection->deleteLater();
    }
    busy = 0;
}

Server::Server(Handler handler, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->config->handler = std::move(handler);
}

Server::~Server()
{
    close();
    // The connections are our children: ~QObject deletes them now rather than later.
}

bool Server::listen(const QHostAddress &address, quint16 port, std::optional<TlsIdentity> tls)
{
    if (d->listener) {
        d->errorString = tr("The server is already listening");
        return false;
    }
    std::unique_ptr<QTcpServer> listener;
    if (tls) {
        if (!QSslSocket::supportsSsl()) {
            d->errorString = tr("TLS is not available (no OpenSSL backend)");
            return false;
        }
        if (tls->certificate.isNull() || tls->key.isNull()) {
            d->errorString = tr("The TLS identity has no certificate or no key");
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(QList { tls->certificate } + tls->chain);
        configuration.setPrivateKey(tls->key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        // Only HTTP/1.1 is spoken: say so, so that clients do not try HTTP/2.
        configuration.setAllowedNextProtocols(
            { QByteArray(QSslConfiguration::NextProtocolHttp1_1) });
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(configuration);
        QObject::connect(sslServer.get(), &QSslServer::errorOccurred, this,
                         [](QSslSocket *socket, QAbstractSocket::SocketError error) {
                             qCDebug(lcSimHttp)
                                 << "TLS handshake failed" << error << socket->errorString();
                         });
        listener = std::move(sslServer);
    } else {
        listener = std::make_unique<QTcpServer>();
    }
    // QSslServer queues a socket only once its handshake is done, and then signals
    // pendingConnectionAvailable; newConnection may come earlier with nothing to take.
    QObject::connect(listener.get(), &QTcpServer::pendingConnectionAvailable, this,
                     [this] { d->acceptPending(); });
    QObject::connect(listener.get(), &QTcpServer::newConnection, this,
                     [this] { d->acceptPending(); });
    QObject::connect(listener.get(), &QTcpServer::acceptError, this,
                     [](QAbstractSocket::SocketError error) {
                         qCWarning(lcSimHttp) << "accept failed" << error;
                     });
    if (!listener->listen(address, port)) {
        d->errorString = listener->errorString();
        return false;
    }
    d->listener = std::move(listener);
    d->secure = tls.has_value();
    d->errorString.clear();
    d->accepted = 0;
    return true;
}

void Server::close()
{
    if (d->listener) {
        d->listener->close();
        d->listener.reset();
    }
    d->dropConnections();
}

quint16 Server::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

bool Server::isSecure() const
{
    return d->secure;
}

QUrl Server::baseUrl() const
{
    if (!d->listener)
        return {};
    QHostAddress host = d->listener->serverAddress();
    // A wildcard address is reachable on loopback.
    if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    else if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    host.setScopeId({});
    QUrl url;
    url.setScheme(d->secure ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString()); // QUrl adds the brackets around an IPv6 address
    url.setPort(port());
    return url;
}

QString Server::errorString() const
{
    return d->errorString;
}

int Server::openConnections() const
{
    return d->busy;
}

int Server::connectionCount() const
{
    return int(d->connections.size());
}

int Server::acceptedConnections() const
{
    return d->accepted;
}

void Server::setMaxBodyBytes(qsizetype bytes)
{
    d->config->limits.maxBodyBytes = bytes;
}

void Server::setIdleTimeout(int milliseconds)
{
    d->config->idleTimeoutMs = milliseconds;
}

} // namespace sim::http
