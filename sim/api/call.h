#pragma once

#include "sim/http/httpmessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim::api {

// The text SmartHub sends with a 403 (gagata/ha-smarthub-energy-sensor#27).
inline QString noAccessMessage()
{
    return u"The current user does not have access to make this service call"_qs;
}

// One request being answered: the request, the path segments a route captured, and the instant
// (from the simulator's clock) it is answered at. Also builds the answers, so every route writes
// JSON and errors the same way a Spring Boot server (which SmartHub is) does.
struct Call
{
    const http::Request &request;
    QStringList captures;
    QDateTime now;

    qint64 nowMs() const { return now.toMSecsSinceEpoch(); }
    QString path() const { return request.path; }

    // A query parameter, fully decoded; empty when absent.
    QString query(const QString &name) const;

    static http::Response json(const QJsonObject &object, int status = 200);
    static http::Response json(const QJsonArray &array, int status = 200);

    // Spring Boot's error body: {"timestamp","status","error","message","path"}, plus a
    // machine-readable "code" on the project-defined endpoints.
    http::Response error(int status, const QString &message, const QString &code = {}) const;
    http::Response forbidden() const { return error(403, noAccessMessage()); }
};

// "Unauthorized", "Not Found", ...: the reason phrase of a status code.
QString reasonPhrase(int status);

// A JSON body parsed as an object; nullopt when it is not one.
std::optional<QJsonObject> parseObject(const QByteArray &body);

} // namespace sim::api
