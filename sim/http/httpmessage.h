#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace sim::http {

// One parsed HTTP/1.1 request, body complete.
struct Request
{
    QByteArray method;                               // "GET", "POST", ...
    QByteArray target;                               // raw request target: "/a/b?x=1"
    QString path;                                    // percent-decoded path without the query
    QUrlQuery query;                                 // decoded query
    QList<QPair<QByteArray, QByteArray>> headers;    // as received, names in original case
    QByteArray body;
    QHostAddress peer;
    bool secure = false;                             // arrived over TLS

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The body read as application/x-www-form-urlencoded ('+' is a space).
    QUrlQuery formBody() const;
};

// One HTTP response. Content-Length and Connection are added by the server.
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static Response json(QByteArray body, int status = 200);
    static Response text(QByteArray body, int status, QByteArray contentType = "text/plain; charset=utf-8");
    static Response empty(int status);
};

// How the server delivers a response: the transport-level faults of the simulator.
struct Delivery
{
    int delayMs = 0;              // wait this long before the first byte
    int chunkBytes = 0;           // > 0: write the body in pieces of this size ...
    int chunkIntervalMs = 0;      // ... this far apart (a slow body)
    bool resetConnection = false; // answer nothing: reset the connection (RST) instead
    qsizetype truncateAt = -1;    // >= 0: announce the full length, send this many body bytes, close
};

struct Reply
{
    Response response;
    Delivery delivery;
};

} // namespace sim::http
