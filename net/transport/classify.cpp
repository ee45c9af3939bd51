#include "classify.h"

#include "redactor.h"

#include <QLocale>
#include <QRegularExpression>

namespace coopdesk::net {

namespace {

constexpr qsizetype kSnippetChars = 160;

bool isHtml(const ReplyFacts &facts)
{
    return facts.contentType.toLower().contains("html");
}

// Errors of the connection itself (Qt numbers them below 100), as opposed to the ones Qt
// derives from an HTTP status.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ProxyConnectionRefusedError
        && error < QNetworkReply::ContentAccessDenied;
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    // Qt's transfer timeout aborts the reply: OperationCanceledError unless we cancelled.
    return error == QNetworkReply::TimeoutError || error == QNetworkReply::ProxyTimeoutError
        || error == QNetworkReply::OperationCanceledError;
}

// A short, redacted look at an error answer (never a whole page, never unredacted).
QString snippet(const ReplyFacts &facts)
{
    if (facts.body.isEmpty())
        return {};
    if (isHtml(facts))
        return u"; body: an HTML page"_qs;
    const QString text = QString::fromUtf8(facts.body.left(kSnippetChars * 2)).simplified();
    return u"; body: "_qs + Redactor::text(text.left(kSnippetChars));
}

// Qt's error text names the whole URL ("Error transferring https://...?lastName=... - server
// replied: ..."): its query goes, and for an HTTP status the text adds nothing anyway.
QString qtErrorText(const ReplyFacts &facts)
{
    static const QRegularExpression query(u"(\\b[a-z][a-z0-9+.-]*://[^\\s?#]*)[?#]\\S*"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    if (facts.errorString.isEmpty()
        || (facts.httpStatus > 0 && !isConnectionError(facts.networkError)))
        return {};
    QString text = facts.errorString;
    text.replace(query, u"\\1?..."_qs);
    return u" ("_qs + Redactor::text(text) + u')';
}

QString describe(const ReplyFacts &facts, const QString &what)
{
    const QString detail = facts.where.isEmpty() ? what : facts.where + u": "_qs + what;
    return detail + qtErrorText(facts);
}

PortalError fail(const ReplyFacts &facts, ErrorKind kind, const QString &what)
{
    return PortalError::make(kind, describe(facts, what), facts.httpStatus);
}

PortalError fromConnection(const ReplyFacts &facts)
{
    using E = QNetworkReply::NetworkError;
    switch (facts.networkError) {
    case E::TimeoutError:
    case E::ProxyTimeoutError:
    case E::OperationCanceledError:
        return fail(facts, ErrorKind::Timeout, u"no answer in time"_qs);
    case E::InsecureRedirectError:
        return fail(facts, ErrorKind::InsecurePortal, u"insecure redirect"_qs);
    case E::TooManyRedirectsError:
        return fail(facts, ErrorKind::UnexpectedAnswer, u"too many redirects"_qs);
    case E::ProtocolUnknownError:
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return fail(facts, ErrorKind::UnexpectedAnswer, u"not an HTTP answer"_qs);
    case E::NoError:
        return fail(facts, ErrorKind::UnexpectedAnswer, u"no HTTP status"_qs);
    default:
        // Refused, host not found, closed, proxy trouble, no network: the portal is out of reach.
        return fail(facts, ErrorKind::Offline,
                    u"connection failed, network error %1"_qs.arg(int(facts.networkError)));
    }
}

PortalError fromStatus(const ReplyFacts &facts, const QDateTime &now)
{
    const int status = facts.httpStatus;
    const QString what = u"HTTP %1"_qs.arg(status) + snippet(facts);
    switch (status) {
    case 400:
    case 405:
    case 422:
        return fail(facts, ErrorKind::Invalid, what);
    case 401:
        return fail(facts, facts.authenticated ? ErrorKind::SessionExpired
                                               : ErrorKind::BadCredentials,
                    what);
    case 403:
        return fail(facts, ErrorKind::Forbidden, what);
    case 404:
    case 410:
        return fail(facts, ErrorKind::NotFound, what);
    case 408:
        return fail(facts, ErrorKind::Timeout, what);
    case 409:
        return fail(facts, ErrorKind::Conflict, what);
    case 423:
        return fail(facts, ErrorKind::Locked, what);
    case 429: {
        PortalError error = fail(facts, ErrorKind::RateLimited, what);
        error.retryAfterSeconds = parseRetryAfter(facts.retryAfter, now);
        return error;
    }
    default:
        break;
    }
    if (status == 500 && !isHtml(facts)
        && facts.body.left(4096).toLower().contains("could not be verified"))
        // SmartHub's answer to a missing or stale TOTP code (smarthub-api.md 2.3): not transient.
        return fail(facts, ErrorKind::MfaRejected, what);
    if (status >= 500 && status < 600) {
        PortalError error = fail(facts, ErrorKind::PortalError, what);
        if (status == 503)
            error.retryAfterSeconds = parseRetryAfter(facts.retryAfter, now);
        return error;
    }
    if (status >= 400 && status < 500)
        return fail(facts, ErrorKind::Invalid, what);
    return fail(facts, ErrorKind::UnexpectedAnswer, what);
}

} // namespace

bool looksLikeJson(const QByteArray &body)
{
    for (char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[' || c == '"';
    }
    return false;
}

bool isTruncated(const ReplyFacts &facts)
{
    if (facts.httpStatus <= 0)
        return false;
    if (isConnectionError(facts.networkError) && !isTimeout(facts.networkError))
        return true;
    return facts.networkError == QNetworkReply::NoError && facts.contentLength >= 0
        && facts.body.size() < facts.contentLength;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    // An HTTP date, "Thu, 10 Sep 2026 18:00:45 GMT" (IMF-fixdate, always GMT).
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(u" GMT"_qs))
        date.chop(4);
    QDateTime when = QLocale::c().toDateTime(date, u"ddd, dd MMM yyyy HH:mm:ss"_qs);
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, now.secsTo(when), qint64(24) * 3600));
}

PortalError classify(const ReplyFacts &facts, const QDateTime &now)
{
    if (facts.cancelledByUs)
        return fail(facts, ErrorKind::Cancelled, u"cancelled"_qs);
    if (!facts.sslErrors.isEmpty() || facts.networkError == QNetworkReply::SslHandshakeFailedError) {
        QString what = u"TLS handshake failed"_qs;
        if (!facts.sslErrors.isEmpty())
            what += u": "_qs + Redactor::text(facts.sslErrors.join(u"; "_qs));
        return fail(facts, ErrorKind::Tls, what);
    }
    if (facts.httpStatus <= 0)
        return fromConnection(facts);
    if (isTimeout(facts.networkError))
        return fail(facts, ErrorKind::Timeout,
                    u"HTTP %1, then no more data in time"_qs.arg(facts.httpStatus));
    if (isTruncated(facts))
        return fail(facts, ErrorKind::UnexpectedAnswer,
                    u"HTTP %1, answer cut short after %2 of %3 bytes"_qs.arg(facts.httpStatus)
                        .arg(facts.body.size())
                        .arg(facts.contentLength));
    if (isProxyError(facts.networkError))
        return fromConnection(facts);
    if (facts.httpStatus >= 200 && facts.httpStatus < 300) {
        if (!facts.expectJson || facts.httpStatus == 204)
            return {};
        if (isHtml(facts))
            return fail(facts, ErrorKind::UnexpectedAnswer,
                        u"HTTP %1 with an HTML page instead of JSON"_qs.arg(facts.httpStatus));
        if (!looksLikeJson(facts.body))
            return fail(facts, ErrorKind::UnexpectedAnswer,
                        u"HTTP %1 with a body that is not JSON"_qs.arg(facts.httpStatus)
                            + snippet(facts));
        return {};
    }
    return fromStatus(facts, now);
}

} // namespace coopdesk::net
