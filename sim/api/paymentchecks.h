#pragma once

#include "models/money.h"

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace sim::api {

// Server-side checks of payment input. The client checks the same things first; the server
// never trusts it to.
namespace paymentchecks {

// The digits of a card or bank number typed with spaces or dashes; nullopt if anything else.
std::optional<QString> digitsOf(QStringView text);
// ISO/IEC 7812 check digit (Luhn, mod 10).
bool luhnValid(QStringView digits);
// ABA routing number: 9 digits, 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) divisible by 10.
bool abaRoutingValid(QStringView digits);
// "VISA", "MASTERCARD", "AMEX", "DISCOVER" or "CARD".
QString cardBrand(QStringView digits);
// "MM/YY" or "MM/YYYY" not before the month of `today`.
bool expiryValid(QStringView expiry, QDate today);
// A decimal string with at most two decimals: "12", "12.5", "12.34". Never a JSON number, so
// no client or server turns money into binary floating point on the way.
std::optional<coopdesk::Money> parseAmount(QStringView text);
// A payment amount as a JSON value: a decimal string from "0.01" up to "100000.00" (beyond it a
// typo is likelier than a bill).
std::optional<coopdesk::Money> paymentAmount(const QJsonValue &value);
inline QString paymentAmountRule()
{
    return u"amount must be a decimal string between \"0.01\" and \"100000.00\""_qs;
}
// 8..128 characters of [A-Za-z0-9._:-] (a UUID fits).
bool idempotencyKeyValid(QStringView key);
// "****1111": all but the last four hidden.
QString masked(QStringView last4);

} // namespace paymentchecks
} // namespace sim::api
