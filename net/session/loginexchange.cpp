#include "loginexchange.h"

#include "net/transport/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>

namespace coopdesk::net::loginexchange {

namespace {

// SmartHub's answer (HTTP 500, plain text) when MFA is on and the code is missing or wrong.
constexpr QByteArrayView kMfaMarker = "could not be verified";

// Epoch seconds from a JSON number or numeric string; 0 when absent. A value that can only be
// milliseconds (some clients got this wrong, smarthub-api.md 2.2) is taken as milliseconds.
qint64 epochSeconds(const QJsonValue &value)
{
    qint64 seconds = 0;
    if (value.isDouble())
        seconds = qint64(value.toDouble());
    else if (value.isString())
        seconds = value.toString().trimmed().toLongLong();
    if (seconds > 100'000'000'000LL)
        seconds /= 1000;
    return seconds > 0 ? seconds : 0;
}

} // namespace

qint64 jwtExpiry(const QString &token)
{
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3)
        return 0;
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return 0;
    return epochSeconds(QJsonDocument::fromJson(*payload).object().value(u"exp"_qs));
}

namespace {

bool isTrue(const QJsonValue &value)
{
    return value.isBool() ? value.toBool()
                          : value.toString().compare(u"true"_qs, Qt::CaseInsensitive) == 0;
}

PortalError failure(ErrorKind kind, const QString &detail, const PortalResponse &response)
{
    return PortalError::make(kind, detail, response.httpStatus);
}

} // namespace

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

PortalRequest loginRequest(const QString &user, const QString &password, const QString &code)
{
    QList<QPair<QString, QString>> fields { { u"userId"_qs, user }, { u"password"_qs, password } };
    if (!code.isEmpty())
        fields.append({ u"twoFactorCode"_qs, code });
    PortalRequest request;
    request.method = PortalRequest::Method::Post;
    request.path = kLoginPath.toString();
    request.body = formBody(fields);
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    // Transient failures (no connection, gateway down) may be retried; an answer never is.
    request.retryTransient = true;
    // The MFA answer is plain text with HTTP 500: read every answer here, not in the transport.
    request.expectJson = false;
    request.label = u"login"_qs;
    // Every request waiting for a renewal depends on this one: ahead of the queue.
    request.priority = true;
    return request;
}

PortalRequest refreshRequest(const QString &token)
{
    PortalRequest request = loginRequest({}, {}, {});
    request.path = kRefreshPath.toString();
    request.body = formBody({ { u"token"_qs, token } });
    request.label = u"refresh"_qs;
    return request;
}

Answer readAnswer(const PortalResponse &response, bool codeSent, const QString &fallbackUser)
{
    Answer answer;
    if (response.httpStatus == 500 && response.body.left(4096).toLower().contains(kMfaMarker)) {
        answer.error = failure(codeSent ? ErrorKind::MfaRejected : ErrorKind::MfaRequired,
                               codeSent ? u"HTTP 500: the verification code was refused"_qs
                                        : u"HTTP 500: the portal wants a verification code"_qs,
                               response);
        return answer;
    }
    if (response.httpStatus == 401) {
        answer.error
            = failure(ErrorKind::BadCredentials,
                      u"HTTP %1 to a login or refresh"_qs.arg(response.httpStatus), response);
        return answer;
    }
    if (response.error.isError()) {
        answer.error = response.error;
        return answer;
    }
    if (response.httpStatus < 200 || response.httpStatus >= 300) {
        answer.error
            = failure(ErrorKind::UnexpectedAnswer,
                      u"HTTP %1 to a login or refresh"_qs.arg(response.httpStatus), response);
        return answer;
    }

    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const bool html = response.header("Content-Type").toLower().contains("html")
            || response.body.trimmed().startsWith('<');
        answer.error = failure(ErrorKind::UnexpectedAnswer,
                               html ? u"login answered an HTML page instead of JSON"_qs
                                    : u"login answer is not a JSON object"_qs,
                               response);
        return answer;
    }
    const QJsonObject object = document.object();
    const QString status = object.value(u"status"_qs).toString();
    if (status.compare(u"LOCKED"_qs, Qt::CaseInsensitive) == 0) {
        answer.error = failure(ErrorKind::Locked, u"login answered status LOCKED"_qs, response);
        return answer;
    }
    const QString token = object.value(u"authorizationToken"_qs).toString();
    if (status != u"SUCCESS"_qs || token.isEmpty()) {
        // FAILURE is the real portal's word; anything else without a token is a refusal too.
        const QString shown = status.isEmpty() ? u"(none)"_qs : Redactor::text(status.left(40));
        answer.error
            = failure(ErrorKind::BadCredentials,
                      token.isEmpty() ? u"login answered status %1 without a token"_qs.arg(shown)
                                      : u"login answered status %1"_qs.arg(shown),
                      response);
        return answer;
    }

    const qint64 expiresIn = qint64(object.value(u"expiresIn"_qs).toDouble(-1));
    answer.lifetimeSeconds = expiresIn > 0 ? expiresIn : -1;
    qint64 expiration = epochSeconds(object.value(u"expiration"_qs));
    if (expiration == 0)
        expiration = jwtExpiry(token);
    if (expiration == 0 && answer.lifetimeSeconds < 0) {
        answer.error = failure(ErrorKind::UnexpectedAnswer,
                               u"login answer says nothing of when the token expires"_qs, response);
        return answer;
    }

    LoginInfo info;
    info.token = token;
    info.username = object.value(u"username"_qs).toString().trimmed();
    if (info.username.isEmpty())
        info.username = fallbackUser.trimmed();
    info.primaryUsername = object.value(u"primaryUsername"_qs).toString().trimmed();
    if (info.primaryUsername.isEmpty())
        info.primaryUsername = info.username;
    info.expiresAtMs = expiration * 1000; // 0 when only expiresIn is known: the Session fills it
    info.secondaryRegistration = isTrue(object.value(u"isSecondaryRegistration"_qs));
    info.businessUser = isTrue(object.value(u"isBusinessUser"_qs));
    answer.info = std::move(info);
    return answer;
}

} // namespace coopdesk::net::loginexchange
