#pragma once

#include "portalerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>

namespace coopdesk::net {

// What one finished exchange looked like, taken off the QNetworkReply (or made up by a test).
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;            // Qt's text; redacted before it is kept
    int httpStatus = 0;             // 0: no HTTP answer arrived
    QByteArray contentType;
    qint64 contentLength = -1;      // the header; -1 when absent
    QByteArray retryAfter;          // the header, raw
    QByteArray body;
    QStringList sslErrors;          // QSslError::errorString() of each reported problem
    bool expectJson = true;
    bool authenticated = false;     // a 401 means "token refused", not "wrong password"
    bool cancelledByUs = false;     // we aborted it (cancel), as opposed to Qt's transfer timeout
    QString where;                  // "GET /services/..." already redacted, for the detail
};

// The one place a network failure or HTTP status becomes an ErrorKind (design.md, style.md 7).
// Kind None for a usable answer. The detail is redacted.
PortalError classify(const ReplyFacts &facts, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The answer ended before its Content-Length, or the connection dropped after the status line:
// the portal probably did the work and the answer was lost.
bool isTruncated(const ReplyFacts &facts);

// Retry-After as seconds: delta-seconds or an HTTP date; -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// The first non-blank byte opens a JSON document ('{', '[' or a JSON string).
bool looksLikeJson(const QByteArray &body);

} // namespace coopdesk::net
