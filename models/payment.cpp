#include "payment.h"

namespace coopdesk {

namespace {
// Overwrites before clearing, so the digits do not linger in the freed buffer.
void wipeString(QString &s)
{
    s.fill(u'0');
    s.clear();
}
} // namespace

void GuestPayment::wipe()
{
    if (auto *card = std::get_if<CardDetails>(&method)) {
        wipeString(card->number);
        wipeString(card->expiry);
        wipeString(card->cvv);
        wipeString(card->postalCode);
    } else if (auto *bank = std::get_if<BankDetails>(&method)) {
        wipeString(bank->routingNumber);
        wipeString(bank->accountNumber);
    }
}

} // namespace coopdesk
