#pragma once

#include "models/account.h"
#include "models/payment.h"

#include <QString>
#include <QUuid>

namespace coopdesk::ui {

// "VISA •••• 4242 (expires 09/28)": a stored method as the member recognises it, masked.
QString storedMethodText(const StoredPaymentMethod &method);
// "1000123401 · Home": an account as the member recognises it; "(closed)" for closed ones.
QString accountLabel(const Account &account);
// "Convenience fee: $2.95 per payment" / "No convenience fee".
QString convenienceFeeText(Money fee);

// A fresh idempotency key for one confirmed payment (fits the portal's 8..128 [A-Za-z0-9-]).
inline QString makeIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace coopdesk::ui
