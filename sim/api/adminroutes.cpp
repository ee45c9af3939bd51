#include "adminroutes.h"

#include "faults.h"
#include "loginservice.h"

namespace sim::api {

namespace {
QJsonArray rulesJson(const FaultPlan &faults)
{
    QJsonArray rules;
    for (const FaultRule &rule : faults.rules())
        rules.append(faultToJson(rule));
    return rules;
}
} // namespace

AdminRoutes::AdminRoutes(Hooks hooks)
    : m_hooks(std::move(hooks))
{
    const QString base = kPrefix.toString();
    m_router.add("GET", base + u"faults"_qs, [this](const Call &c) { return listFaults(c); });
    m_router.add("POST", base + u"faults"_qs, [this](const Call &c) { return addFaults(c); });
    m_router.add("DELETE", base + u"faults"_qs, [this](const Call &c) { return clearFaults(c); });
    m_router.add("POST", base + u"unlock"_qs, [this](const Call &c) { return unlock(c); });
    m_router.add("GET", base + u"state"_qs, [this](const Call &c) { return state(c); });
}

bool AdminRoutes::allows(const QHostAddress &peer)
{
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:127.0.0.1.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).isLoopback();
    return peer.isLoopback();
}

http::Response AdminRoutes::handle(const http::Request &request, const QDateTime &now) const
{
    if (!allows(request.peer))
        return Call { request, {}, now }.error(403,
                                               u"The admin interface answers loopback only"_qs);
    return m_router.dispatch(request, now);
}

http::Response AdminRoutes::listFaults(const Call &) const
{
    return Call::json(QJsonObject { { u"rules"_qs, rulesJson(m_hooks.faults) } });
}

http::Response AdminRoutes::addFaults(const Call &call) const
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return call.error(400, u"The body must be JSON: "_qs + parseError.errorString());
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().contains(u"rules"_qs))
        items = document.object().value(u"rules"_qs).toArray();
    else
        items.append(document.object());

    // All or nothing: a bad rule adds none of them.
    QList<FaultRule> rules;
    for (const QJsonValue &item : std::as_const(items)) {
        QString reason;
        const auto rule = item.isString() ? parseFaultSpec(item.toString(), &reason)
                                          : faultFromJson(item.toObject(), &reason);
        if (!rule)
            return call.error(400, reason);
        rules.append(*rule);
    }
    for (const FaultRule &rule : std::as_const(rules))
        m_hooks.faults.add(rule);
    return listFaults(call);
}

http::Response AdminRoutes::clearFaults(const Call &call) const
{
    m_hooks.faults.clear(call.query(u"all"_qs) == u"true"_qs);
    return listFaults(call);
}

http::Response AdminRoutes::unlock(const Call &call) const
{
    const QString user = call.query(u"user"_qs);
    QJsonArray unlocked;
    if (user.isEmpty()) {
        for (const QString &name : m_hooks.logins.lockedUsers())
            unlocked.append(name);
        m_hooks.logins.unlockAll();
        if (m_hooks.resetRateLimits)
            m_hooks.resetRateLimits();
    } else if (m_hooks.logins.unlock(user)) {
        unlocked.append(user.trimmed().toLower());
    }
    return Call::json(QJsonObject { { u"unlocked"_qs, unlocked } });
}

http::Response AdminRoutes::state(const Call &call) const
{
    QJsonObject state = m_hooks.state ? m_hooks.state() : QJsonObject();
    state.insert(u"now"_qs, call.nowMs());
    state.insert(u"faults"_qs, rulesJson(m_hooks.faults));
    state.insert(u"lockedUsers"_qs, QJsonArray::fromStringList(m_hooks.logins.lockedUsers()));
    return Call::json(state);
}

} // namespace sim::api
