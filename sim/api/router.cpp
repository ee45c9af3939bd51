#include "router.h"

namespace sim::api {

namespace {
const QString kWildcard = u"{}"_qs;
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append({ method, pattern.split(u'/'), std::move(handler) });
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *captures)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want == kWildcard) {
            if (segments.at(i).isEmpty())
                return false;
            found.append(segments.at(i));
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    *captures = found;
    return true;
}

http::Response Router::dispatch(const http::Request &request, const QDateTime &now) const
{
    const QStringList segments = request.path.split(u'/');
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QStringList captures;
        if (!matches(route, segments, &captures))
            continue;
        if (route.method == request.method)
            return route.handler(Call { request, captures, now });
        if (!allowed.contains(route.method))
            allowed.append(route.method);
    }
    const Call call { request, {}, now };
    if (allowed.isEmpty())
        return call.error(404, u"No message available"_qs);
    http::Response response = call.error(
        405, u"Request method '"_qs + QString::fromLatin1(request.method) + u"' not supported"_qs);
    response.setHeader("Allow", allowed.join(", "));
    return response;
}

} // namespace sim::api
