#include "call.h"

#include <QUrl>

namespace sim::api {

QString Call::query(const QString &name) const
{
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

http::Response Call::json(const QJsonObject &object, int status)
{
    return http::Response::json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

http::Response Call::json(const QJsonArray &array, int status)
{
    return http::Response::json(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

http::Response Call::error(int status, const QString &message, const QString &code) const
{
    QJsonObject body {
        { u"timestamp"_qs, now.toUTC().toString(Qt::ISODateWithMs) },
        { u"status"_qs, status },
        { u"error"_qs, reasonPhrase(status) },
        { u"message"_qs, message },
        { u"path"_qs, request.path },
    };
    if (!code.isEmpty())
        body.insert(u"code"_qs, code);
    return json(body, status);
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_qs;
    case 201:
        return u"Created"_qs;
    case 400:
        return u"Bad Request"_qs;
    case 401:
        return u"Unauthorized"_qs;
    case 403:
        return u"Forbidden"_qs;
    case 404:
        return u"Not Found"_qs;
    case 405:
        return u"Method Not Allowed"_qs;
    case 409:
        return u"Conflict"_qs;
    case 413:
        return u"Payload Too Large"_qs;
    case 422:
        return u"Unprocessable Entity"_qs;
    case 429:
        return u"Too Many Requests"_qs;
    case 500:
        return u"Internal Server Error"_qs;
    case 502:
        return u"Bad Gateway"_qs;
    case 503:
        return u"Service Unavailable"_qs;
    case 504:
        return u"Gateway Timeout"_qs;
    default:
        return u"Error"_qs;
    }
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace sim::api
