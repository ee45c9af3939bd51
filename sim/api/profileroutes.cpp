#include "profileroutes.h"

#include "memberchecks.h"
#include "portalroutes.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

namespace sim::api {

namespace {

const QStringList &phoneTypes()
{
    static const QStringList types { u"MOBILE"_qs, u"HOME"_qs, u"WORK"_qs };
    return types;
}

QJsonObject addressJson(const MailingAddress &a)
{
    return QJsonObject { { u"line1"_qs, a.line1 },
                         { u"line2"_qs, a.line2 },
                         { u"city"_qs, a.city },
                         { u"state"_qs, a.state },
                         { u"zip"_qs, a.zip } };
}

} // namespace

ProfileRoutes::ProfileRoutes(World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void ProfileRoutes::addTo(Router &router)
{
    const auto secured
        = [&](const QByteArray &method, const QString &path,
              http::Response (ProfileRoutes::*handler)(const Call &, const Member &)) {
              router.add(method, u"/services/secured/"_qs + path, m_guard.secured(this, handler));
          };
    secured("GET", u"profile"_qs, &ProfileRoutes::profile);
    secured("PUT", u"profile"_qs, &ProfileRoutes::setProfile);
    secured("POST", u"password"_qs, &ProfileRoutes::changePassword);
    // GET security-phrase is PaymentRoutes' (it predates this file).
    secured("PUT", u"security-phrase"_qs, &ProfileRoutes::setSecurityPhrase);
}

QJsonObject ProfileRoutes::profileJson(const Member &member)
{
    QJsonArray phones;
    for (const Phone &phone : member.phones)
        phones.append(QJsonObject { { u"type"_qs, phone.type }, { u"number"_qs, phone.number } });
    return QJsonObject { { u"userId"_qs, member.email },
                         { u"name"_qs, member.name },
                         { u"phones"_qs, phones },
                         { u"mailingAddress"_qs, addressJson(member.mailingAddress) } };
}

http::Response ProfileRoutes::profile(const Call &call, const Member &member)
{
    const QString userId = call.query(u"userId"_qs);
    if (userId.isEmpty())
        return missingParameter(call, u"userId"_qs);
    if (!SessionGuard::names(member, userId))
        return call.forbidden();
    return Call::json(profileJson(member));
}

http::Response ProfileRoutes::setProfile(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);

    // What the body leaves out stays as it was.
    QList<Phone> phones = member.phones;
    if (body->contains(u"phones"_qs)) {
        phones.clear();
        const QJsonArray list = body->value(u"phones"_qs).toArray();
        for (const QJsonValue &item : list) {
            const QJsonObject entry = item.toObject();
            const QString type = memberchecks::text(entry, u"type"_qs).toUpper();
            if (!phoneTypes().contains(type))
                return call.error(422, u"A phone's type must be MOBILE, HOME or WORK"_qs,
                                  u"PHONE_TYPE_INVALID"_qs);
            const auto number = memberchecks::normalizedPhone(entry.value(u"number"_qs).toString());
            if (!number)
                return call.error(422, u"A phone number must have 10 digits"_qs,
                                  u"PHONE_INVALID"_qs);
            phones.append({ type, *number });
        }
        if (phones.size() > 5)
            return call.error(422, u"At most 5 phone numbers"_qs, u"PHONE_INVALID"_qs);
    }

    MailingAddress address = member.mailingAddress;
    if (body->contains(u"mailingAddress"_qs)) {
        const QJsonObject a = body->value(u"mailingAddress"_qs).toObject();
        address = { memberchecks::text(a, u"line1"_qs), memberchecks::text(a, u"line2"_qs),
                    memberchecks::text(a, u"city"_qs), memberchecks::text(a, u"state"_qs).toUpper(),
                    memberchecks::text(a, u"zip"_qs) };
        const bool stateValid = address.state.size() == 2 && address.state.at(0).isLetter()
            && address.state.at(1).isLetter() && address.state.at(0).unicode() < 128
            && address.state.at(1).unicode() < 128;
        const bool fitting
            = address.line1.size() <= 80 && address.line2.size() <= 80 && address.city.size() <= 50;
        if (address.line1.isEmpty() || address.city.isEmpty() || !stateValid
            || !memberchecks::zipValid(address.zip) || !fitting)
            return call.error(422,
                              u"The mailing address needs line1, city, a two-letter state and a "
                              "5-digit ZIP code (or ZIP+4)"_qs,
                              u"ADDRESS_INVALID"_qs);
    }
    m_world.setProfile(member.email, phones, address);
    return Call::json(profileJson(*m_world.coop().member(member.email)));
}

http::Response ProfileRoutes::changePassword(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString current = body->value(u"currentPassword"_qs).toString();
    const QString wanted = body->value(u"newPassword"_qs).toString();
    if (current != member.password)
        return call.error(422, u"The current password is not correct"_qs, u"PASSWORD_WRONG"_qs);
    if (wanted == current)
        return call.error(422, u"The new password must differ from the current one"_qs,
                          u"PASSWORD_SAME"_qs);
    if (!memberchecks::passwordMeetsRules(wanted))
        return call.error(422, memberchecks::passwordRules(), u"PASSWORD_RULES"_qs);
    m_world.setPassword(member.email, wanted);
    return Call::json(QJsonObject { { u"changed"_qs, true } });
}

http::Response ProfileRoutes::setSecurityPhrase(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString phrase = memberchecks::text(*body, u"securityPhrase"_qs);
    if (phrase.size() < 5 || phrase.size() > 64)
        return call.error(422, u"The security phrase must be 5 to 64 characters"_qs,
                          u"PHRASE_INVALID"_qs);
    m_world.setSecurityPhrase(member.email, phrase);
    return Call::json(
        QJsonObject { { u"userId"_qs, member.email }, { u"securityPhrase"_qs, phrase } });
}

} // namespace sim::api
