#pragma once

#include "call.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace sim::api {

// Maps a method and a path to a handler. Patterns are literal paths whose segments may be "{}",
// which matches one non-empty segment and is handed to the handler in Call::captures.
// A path that matches with another method answers 405 with an Allow header (SmartHub answers
// 405 to a POST on user-data); no match at all answers 404. Paths match exactly: the real portal
// treats a trailing slash as another path.
class Router
{
public:
    using Handler = std::function<http::Response(const Call &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);
    bool isEmpty() const { return m_routes.isEmpty(); }

    http::Response dispatch(const http::Request &request, const QDateTime &now) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *captures);

    QList<Route> m_routes;
};

} // namespace sim::api
