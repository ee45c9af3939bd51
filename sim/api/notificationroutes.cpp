#include "notificationroutes.h"

#include "memberchecks.h"
#include "portalroutes.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/world/world.h"

namespace sim::api {

namespace {

const QString kEmail = u"EMAIL"_qs;
const QString kText = u"TEXT"_qs;
const QString kThresholdEvent = u"USAGE_THRESHOLD"_qs;

http::Response unknownContact(const Call &call)
{
    return call.error(404, u"No such notification contact"_qs, u"CONTACT_UNKNOWN"_qs);
}

// The form two addresses are compared in: a phone's digits, an e-mail in lower case.
QString comparable(const NotificationContact &contact)
{
    if (contact.kind == kText)
        return memberchecks::normalizedPhone(contact.address).value_or(contact.address);
    return contact.address.toLower();
}

} // namespace

NotificationRoutes::NotificationRoutes(World &world, SessionGuard &guard)
    : m_world(world)
    , m_guard(guard)
{
}

void NotificationRoutes::addTo(Router &router)
{
    const auto secured
        = [&](const QByteArray &method, const QString &path,
              http::Response (NotificationRoutes::*handler)(const Call &, const Member &)) {
              router.add(method, u"/services/secured/notifications"_qs + path,
                         m_guard.secured(this, handler));
          };
    secured("GET", QString(), &NotificationRoutes::preferences);
    secured("PUT", QString(), &NotificationRoutes::setPreferences);
    secured("GET", u"/contacts"_qs, &NotificationRoutes::contacts);
    secured("POST", u"/contacts"_qs, &NotificationRoutes::addContact);
    secured("POST", u"/contacts/{}/verify"_qs, &NotificationRoutes::verifyContact);
    secured("DELETE", u"/contacts/{}"_qs, &NotificationRoutes::removeContact);
}

QJsonObject NotificationRoutes::settingsJson(const QString &accountNumber,
                                             const NotificationSettings &settings)
{
    QJsonArray preferences;
    for (const NotificationChoice &choice : settings.choices)
        preferences.append(QJsonObject { { u"event"_qs, choice.event },
                                         { u"email"_qs, choice.email },
                                         { u"text"_qs, choice.text } });
    return QJsonObject {
        { u"accountNumber"_qs, accountNumber },
        { u"preferences"_qs, preferences },
        { u"usageThresholdKwhPerDay"_qs,
          settings.usageThresholdKwhPerDay ? QJsonValue(*settings.usageThresholdKwhPerDay)
                                           : QJsonValue() },
    };
}

QJsonObject NotificationRoutes::contactJson(const NotificationContact &contact)
{
    return QJsonObject { { u"id"_qs, contact.id },
                         { u"kind"_qs, contact.kind },
                         { u"address"_qs, contact.address },
                         { u"verified"_qs, contact.verified } };
}

bool NotificationRoutes::hasVerified(const Member &member, const QString &kind) const
{
    const QList<NotificationContact> list = m_world.settings().contacts(member);
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const NotificationContact &c) { return c.kind == kind && c.verified; });
}

bool NotificationRoutes::kindInUse(const Member &member, const QString &kind) const
{
    for (const QString &account : member.accountNumbers) {
        const NotificationSettings settings = m_world.settings().notifications(account);
        for (const NotificationChoice &choice : settings.choices) {
            if (kind == kEmail ? choice.email : choice.text)
                return true;
        }
    }
    return false;
}

http::Response NotificationRoutes::preferences(const Call &call, const Member &member)
{
    const QString accountNumber = call.query(u"accountNumber"_qs);
    if (accountNumber.isEmpty())
        return missingParameter(call, u"accountNumber"_qs);
    if (!m_world.coop().account(accountNumber) || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();
    return Call::json(settingsJson(accountNumber, m_world.settings().notifications(accountNumber)));
}

http::Response NotificationRoutes::setPreferences(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString accountNumber = body->value(u"accountNumber"_qs).toString();
    if (!m_world.coop().account(accountNumber) || !SessionGuard::owns(member, accountNumber))
        return call.forbidden();

    // The events the body names change; the others keep what was stored.
    NotificationSettings settings = m_world.settings().notifications(accountNumber);
    const QJsonArray preferences = body->value(u"preferences"_qs).toArray();
    for (const QJsonValue &item : preferences) {
        const QJsonObject preference = item.toObject();
        const QString event = preference.value(u"event"_qs).toString();
        const auto choice
            = std::find_if(settings.choices.begin(), settings.choices.end(),
                           [&](const NotificationChoice &c) { return c.event == event; });
        if (choice == settings.choices.end())
            return call.error(422,
                              u"event must be one of "_qs
                                  + MemberSettings::notificationEvents().join(u", "_qs),
                              u"EVENT_UNKNOWN"_qs);
        choice->email = preference.value(u"email"_qs).toBool();
        choice->text = preference.value(u"text"_qs).toBool();
    }
    if (body->contains(u"usageThresholdKwhPerDay"_qs)) {
        const QJsonValue threshold = body->value(u"usageThresholdKwhPerDay"_qs);
        settings.usageThresholdKwhPerDay.reset();
        if (threshold.isDouble())
            settings.usageThresholdKwhPerDay = threshold.toDouble();
    }

    const auto &choices = settings.choices;
    const bool thresholdOn = std::any_of(choices.cbegin(), choices.cend(), [](const auto &c) {
        return c.event == kThresholdEvent && (c.email || c.text);
    });
    const auto &threshold = settings.usageThresholdKwhPerDay;
    const bool thresholdInRange = threshold && *threshold >= 1 && *threshold <= 1000;
    if (thresholdOn && !thresholdInRange)
        return call.error(422, u"usageThresholdKwhPerDay must be 1 to 1000 kWh a day"_qs,
                          u"THRESHOLD_INVALID"_qs);
    if (!thresholdInRange)
        settings.usageThresholdKwhPerDay.reset();

    const bool wantsEmail
        = std::any_of(choices.cbegin(), choices.cend(), [](const auto &c) { return c.email; });
    const bool wantsText
        = std::any_of(choices.cbegin(), choices.cend(), [](const auto &c) { return c.text; });
    if ((wantsEmail && !hasVerified(member, kEmail)) || (wantsText && !hasVerified(member, kText)))
        return call.error(
            422, u"Verify an e-mail address or phone number before choosing that channel"_qs,
            u"CONTACT_NOT_VERIFIED"_qs);

    m_world.settings().setNotifications(accountNumber, settings);
    return Call::json(settingsJson(accountNumber, settings));
}

http::Response NotificationRoutes::contacts(const Call &, const Member &member)
{
    QJsonArray list;
    for (const NotificationContact &contact : m_world.settings().contacts(member))
        list.append(contactJson(contact));
    return Call::json(list);
}

http::Response NotificationRoutes::addContact(const Call &call, const Member &member)
{
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    const QString kind = body->value(u"kind"_qs).toString();
    const QString address = memberchecks::text(*body, u"address"_qs);
    NotificationContact wanted { {}, kind, address, false };
    if (kind == kEmail) {
        if (!memberchecks::emailValid(address))
            return call.error(422, u"address is not an e-mail address"_qs, u"ADDRESS_INVALID"_qs);
    } else if (kind == kText) {
        const auto phone = memberchecks::normalizedPhone(address);
        if (!phone)
            return call.error(422, u"address must be a 10-digit phone number"_qs,
                              u"ADDRESS_INVALID"_qs);
        wanted.address = *phone;
    } else {
        return call.error(422, u"kind must be EMAIL or TEXT"_qs, u"KIND_INVALID"_qs);
    }
    for (const NotificationContact &contact : m_world.settings().contacts(member)) {
        if (contact.kind == kind && comparable(contact) == comparable(wanted))
            return call.error(409, u"This contact is already on file"_qs, u"CONTACT_EXISTS"_qs);
    }
    // The code is "sent" here: every contact's code is MemberSettings::verificationCode().
    return Call::json(contactJson(m_world.settings().addContact(member, kind, wanted.address)));
}

http::Response NotificationRoutes::verifyContact(const Call &call, const Member &member)
{
    const QString id = call.captures.value(0);
    if (!m_world.settings().contact(member, id))
        return unknownContact(call);
    const auto body = parseObject(call.request.body);
    if (!body)
        return call.error(400, u"The request body must be a JSON object"_qs, u"BAD_REQUEST"_qs);
    if (memberchecks::text(*body, u"code"_qs) != MemberSettings::verificationCode())
        return call.error(422, u"The verification code is not correct"_qs, u"CODE_INVALID"_qs);
    m_world.settings().verifyContact(member, id);
    return Call::json(contactJson(*m_world.settings().contact(member, id)));
}

http::Response NotificationRoutes::removeContact(const Call &call, const Member &member)
{
    const QString id = call.captures.value(0);
    const auto contact = m_world.settings().contact(member, id);
    if (!contact)
        return unknownContact(call);
    if (contact->verified) {
        const QList<NotificationContact> list = m_world.settings().contacts(member);
        const auto others = std::count_if(list.cbegin(), list.cend(), [&](const auto &c) {
            return c.kind == contact->kind && c.verified && c.id != id;
        });
        if (others == 0 && kindInUse(member, contact->kind))
            return call.error(409, u"Notifications still use this contact: turn them off first"_qs,
                              u"CONTACT_IN_USE"_qs);
    }
    m_world.settings().removeContact(member, id);
    return Call::json(QJsonObject { { u"id"_qs, id } });
}

} // namespace sim::api
