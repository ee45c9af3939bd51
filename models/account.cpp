#include "account.h"

namespace coopdesk {

const ServiceLocation *Account::location(const QString &locationNumber) const
{
    for (const ServiceLocation &l : locations) {
        if (l.number == locationNumber)
            return &l;
    }
    return nullptr;
}

} // namespace coopdesk
