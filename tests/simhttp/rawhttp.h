#pragma once

// Test-side tools that talk HTTP on raw sockets, for what QNetworkAccessManager hides:
// pipelining, garbage, limits, and telling a reset from an orderly close.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

class QTcpSocket;

namespace rawhttp {

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
};

// Takes one complete response off the front of buffer (a HEAD response has no body even if it
// announces a length); nullopt while incomplete.
std::optional<Response> takeResponse(QByteArray &buffer, bool headResponse = false);

// Reads responses off a socket, running the event loop while waiting.
class Reader
{
public:
    explicit Reader(QTcpSocket &socket)
        : m_socket(socket)
    {
    }
    std::optional<Response> next(bool headResponse = false, int timeoutMs = 10'000);
    // Waits for the server to close the connection; true if it did.
    bool waitForClose(int timeoutMs = 10'000);
    QByteArray &pending() { return m_pending; }

private:
    QTcpSocket &m_socket;
    QByteArray m_pending;
};

// What a plain POSIX socket saw: the bytes, and how the server ended the connection.
struct NativeExchange
{
    QByteArray received;
    bool ended = false;
    int endErrno = 0; // 0: orderly close (FIN); ECONNRESET: reset
};

// Sends request to 127.0.0.1:port and reads until the server ends the connection. QTcpSocket
// reports a FIN and a RST alike (RemoteHostClosedError), so this uses the socket API directly.
NativeExchange nativeExchange(quint16 port, const QByteArray &request, int timeoutMs = 10'000);

} // namespace rawhttp
