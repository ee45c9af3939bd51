#pragma once

#include "call.h"

namespace sim {
class World;
struct Member;
struct NotificationContact;
struct NotificationSettings;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// Project-defined notification settings (docs/api.md):
//   GET    /services/secured/notifications?accountNumber=     every event's channels
//   PUT    /services/secured/notifications                    the same body: stores it
//   GET    /services/secured/notifications/contacts           the login's e-mails and phones
//   POST   /services/secured/notifications/contacts           {kind, address}: unverified
//   POST   /services/secured/notifications/contacts/{id}/verify   {code}: the code is 246810
//   DELETE /services/secured/notifications/contacts/{id}
// A channel may be chosen only while the login has a verified contact of that kind.
class NotificationRoutes
{
public:
    NotificationRoutes(World &world, SessionGuard &guard);
    void addTo(Router &router);

private:
    http::Response preferences(const Call &call, const Member &member);
    http::Response setPreferences(const Call &call, const Member &member);
    http::Response contacts(const Call &call, const Member &member);
    http::Response addContact(const Call &call, const Member &member);
    http::Response verifyContact(const Call &call, const Member &member);
    http::Response removeContact(const Call &call, const Member &member);

    bool hasVerified(const Member &member, const QString &kind) const;
    bool kindInUse(const Member &member, const QString &kind) const;
    static QJsonObject settingsJson(const QString &accountNumber,
                                    const NotificationSettings &settings);
    static QJsonObject contactJson(const NotificationContact &contact);

    World &m_world;
    SessionGuard &m_guard;
};

} // namespace sim::api
