#pragma once

#include "httpserver.h"
#include "requestparser.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

#include <memory>

class QSslSocket;
class QTcpSocket;

namespace sim::http {

// What a server shares with its connections. They read it live, so a limit changed on the
// server applies to the next request of an already open keep-alive connection too.
struct ServerConfig
{
    Server::Handler handler;
    RequestParser::Limits limits;
    int idleTimeoutMs = 30'000;
};

// One accepted socket: reads requests, calls the handler, delivers each reply the way its
// Delivery says, then keeps the connection for the next request or closes it. Deletes itself
// once the socket is gone.
//
//   Reading --request--> Delaying --> Writing --delivered, keep-alive--> Reading
//                           |            '--delivered, close--> Lingering --> Closed
//                           '--reset--> Closed
//   any state --client gone, idle, server closed--> Closed
class Connection : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of the connected socket.
    Connection(QTcpSocket *socket, std::shared_ptr<const ServerConfig> config,
               QObject *parent = nullptr);
    ~Connection() override;

    // Starts serving; call once the signals below are connected.
    void start();

    // A request is partly received, or its reply is waiting out a delay or being written.
    bool isBusy() const { return m_busy; }
    // Closes the socket at once and emits nothing more: for a server that is going away.
    void abandon();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A reply was delivered to the socket, or its delivery ended early (reset, client gone).
    void requestHandled(const QByteArray &method, const QString &path, int status);
    // The socket is gone; the object deletes itself later.
    void closed();

private:
    enum class State { Reading, Delaying, Writing, Lingering, Closed };

    // The reply being delivered.
    struct Outgoing
    {
        QByteArray method;
        QString path;
        int status = 0;
        Delivery delivery;
        QByteArray body;
        qsizetype offset = 0; // body bytes written so far
        qsizetype end = 0; // body bytes to write in all (less when truncated)
        bool headRequest = false;
        bool keepAlive = true;
    };

    void onReadyRead();
    void onBytesWritten();
    void onEncryptedBytesWritten();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSocketGone();
    void onIdleTimeout();
    void processInput();
    void dispatch(RequestParser::Parsed parsed);
    void respondWithError(int status, const QByteArray &reason);
    void startDelivery(Reply reply, Outgoing request);
    void beginWriting();
    void writeNextChunk();
    void pump();
    void checkDelivered();
    void finishDelivery();
    void resetConnection();
    void startLingering();
    void teardown(bool notify);
    qint64 pendingOutput() const;
    void updateBusy();

    QTcpSocket *m_socket;
    QSslSocket *m_sslSocket; // the same object when the connection is TLS, else null
    std::shared_ptr<const ServerConfig> m_config;
    RequestParser m_parser;
    State m_state = State::Reading;
    bool m_busy = false;
    bool m_processing = false; // inside processInput(): do not recurse
    Outgoing m_out;
    QByteArray m_pendingHead; // status line and headers, written when the delay is over
    qint64 m_discarded = 0;
    QTimer m_idleTimer; // no traffic while waiting for a request, or a client that stopped reading
    QTimer m_delayTimer; // Delivery::delayMs
    QTimer m_chunkTimer; // Delivery::chunkIntervalMs
    QTimer m_lingerTimer;
};

} // namespace sim::http
