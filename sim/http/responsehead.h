#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QDateTime>

namespace sim::http {

// The standard reason phrase of a status code ("Not Found"); "Unknown" for codes without one.
QByteArray reasonPhrase(int status);

// An IMF-fixdate for the Date header: "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &time);

// 1xx, 204 and 304 responses never carry a body (RFC 9110 6.4.1).
bool statusAllowsBody(int status);

// The status line and header block of a response, ready for the wire. The server owns the
// framing: the handler's Content-Length, Transfer-Encoding and Connection headers are dropped
// and replaced; Date and Server are added unless the handler set them.
// contentLength < 0 leaves Content-Length out (for 1xx and 204).
QByteArray formatResponseHead(const Response &response, qint64 contentLength, bool keepAlive,
                              const QDateTime &now);

} // namespace sim::http
