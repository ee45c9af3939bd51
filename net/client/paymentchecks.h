#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace coopdesk::net {

// Local checks of card and bank details before anything is sent (design.md: validated locally,
// sent only to the portal, never stored or logged). Pure functions.

// Digits of a card or account number typed with spaces or dashes; empty when anything else
// is in it.
QString digitsOnly(QStringView typed);
// 12 to 19 digits (spaces and dashes allowed) whose Luhn check digit is right.
bool luhnValid(QStringView cardNumber);
// 9 digits whose ABA checksum (3-7-1 weights) is right.
bool abaRoutingValid(QStringView routingNumber);
// "MM/YY" or "MM/YYYY", not before the month of `today`.
bool cardExpiryValid(QStringView expiry, QDate today);
// An idempotency key the portal accepts: 8-128 of [A-Za-z0-9._:-] (docs/api.md).
bool idempotencyKeyValid(QStringView key);
// A fresh key for one payment the member confirms (a UUID).
QString newIdempotencyKey();

} // namespace coopdesk::net
