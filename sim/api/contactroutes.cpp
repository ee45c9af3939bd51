#include "contactroutes.h"

#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

namespace sim::api {

const QStringList &ContactRoutes::topics()
{
    static const QStringList list { u"BILLING"_qs, u"PAYMENTS"_qs, u"OUTAGE"_qs, u"SERVICE"_qs,
                                    u"OTHER"_qs };
    return list;
}

ContactRoutes::ContactRoutes(World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void ContactRoutes::addTo(Router &router)
{
    router.add("POST", u"/services/secured/messages"_qs,
               m_guard.secured(this, &ContactRoutes::sendMessage));
    router.add("GET", u"/services/exposed/offices"_qs,
               [this](const Call &c) { return offices(c); });
}

http::Response ContactRoutes::sendMessage(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString accountNumber = body->value(u"accountNumber"_qs).toString();
    if (!accountNumber.isEmpty()
        && (!m_world.coop().account(accountNumber) || !SessionGuard::owns(member, accountNumber)))
        return call.forbidden();
    const QString topic = body->value(u"topic"_qs).toString();
    if (!topics().contains(topic))
        return call.error(422, u"topic must be one of "_qs + topics().join(u", "_qs),
                          u"TOPIC_INVALID"_qs);
    const QString subject = body->value(u"subject"_qs).toString().trimmed();
    if (subject.isEmpty() || subject.size() > 120)
        return call.error(422, u"subject must be 1 to 120 characters"_qs, u"SUBJECT_INVALID"_qs);
    const QString text = body->value(u"body"_qs).toString().trimmed();
    if (text.isEmpty() || text.size() > 2000)
        return call.error(422, u"body must be 1 to 2000 characters"_qs, u"BODY_INVALID"_qs);

    const MemberMessage filed = m_world.settings().receive(
        { {}, member.email, accountNumber, topic, subject, text, call.nowMs() });
    return Call::json(QJsonObject { { u"ticket"_qs, filed.ticket },
                                    { u"receivedDateTime"_qs, filed.receivedMs } });
}

http::Response ContactRoutes::offices(const Call &) const
{
    QJsonArray list;
    for (const Office &office : m_world.coop().offices) {
        const MailingAddress &a = office.address;
        list.append(QJsonObject {
            { u"id"_qs, office.id },
            { u"kind"_qs, office.kind },
            { u"name"_qs, office.name },
            { u"address"_qs,
              QJsonObject { { u"line1"_qs, a.line1 },
                            { u"line2"_qs, a.line2 },
                            { u"city"_qs, a.city },
                            { u"state"_qs, a.state },
                            { u"zip"_qs, a.zip } } },
            { u"hours"_qs, office.hours },
            { u"phone"_qs, office.phone },
            { u"latitude"_qs, office.latitude },
            { u"longitude"_qs, office.longitude },
        });
    }
    return Call::json(list);
}

} // namespace sim::api
