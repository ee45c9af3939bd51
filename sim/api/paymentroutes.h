#pragma once

#include "call.h"

namespace sim {
class World;
struct Member;
struct Payment;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// Project-defined member payment endpoints (docs/api.md; no public capture shows SmartHub's):
//   GET  /services/secured/payments/history?accountNumber=
//   GET  /services/secured/payments/methods?userId=          stored methods, masked
//   GET  /services/secured/security-phrase?userId=
//   POST /services/secured/payments                          idempotencyKey required
//   GET  /services/secured/payments/status?idempotencyKey=   outcome of a key, after a timeout
// Amounts travel as decimal strings ("12.34"), instants as epoch milliseconds.
class PaymentRoutes
{
public:
    PaymentRoutes(World &world, SessionGuard &guard);
    void addTo(Router &router);

private:
    http::Response history(const Call &call, const Member &member);
    http::Response methods(const Call &call, const Member &member);
    http::Response securityPhrase(const Call &call, const Member &member);
    http::Response submit(const Call &call, const Member &member);
    http::Response status(const Call &call, const Member &member);

    QJsonObject paymentJson(const Payment &payment) const;

    World &m_world;
    SessionGuard &m_guard;
};

} // namespace sim::api
