#pragma once

#include "call.h"
#include "ratelimiter.h"

#include <QHash>

namespace sim {
class World;
struct Account;
} // namespace sim

namespace sim::api {

class Router;

// Project-defined guest "Pay Now" (the kiosk's walk-up payment), no login:
//   POST /services/paynow/lookup            {accountNumber, name} -> amount due and due date only
//   POST /services/paynow/payments          card or bank details, idempotencyKey required
//   POST /services/paynow/payments/status   {idempotencyKey, accountNumber, name}
// `name` is the account holder's last name or the business name. A wrong pair is a neutral 404;
// a peer with too many wrong pairs in the window gets 429 with Retry-After, so account numbers
// cannot be enumerated. Card and bank numbers are checked (Luhn, ABA), never stored or echoed:
// only the brand and last four digits are kept.
class PayNowRoutes
{
public:
    static constexpr int kFailureLimit = 5;
    static constexpr qint64 kFailureWindowMs = 15 * 60 * 1000;

    explicit PayNowRoutes(World &world);
    void addTo(Router &router);
    void resetRateLimits() { m_failures.clear(); }

private:
    http::Response lookup(const Call &call);
    http::Response pay(const Call &call);
    http::Response status(const Call &call);

    // The account for a number + name pair, or the 404/429 to answer; counts failures.
    const Account *identify(const Call &call, const QJsonObject &body,
                            std::optional<http::Response> *refusal);
    std::optional<http::Response> rateLimited(const Call &call) const;

    World &m_world;
    RateLimiter m_failures;
    QHash<QString, QJsonObject> m_methodSummaries; // idempotency key -> {kind, brand, last4}
};

} // namespace sim::api
