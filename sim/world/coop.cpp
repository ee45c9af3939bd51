#include "coop.h"

#include <utility>

namespace sim {

QString flowDirectionName(FlowDirection flow)
{
    switch (flow) {
    case FlowDirection::Forward:
        return QStringLiteral("FORWARD");
    case FlowDirection::Net:
        return QStringLiteral("NET");
    case FlowDirection::Return:
        return QStringLiteral("RETURN");
    case FlowDirection::Reverse:
        return QStringLiteral("REVERSE");
    case FlowDirection::Total:
        return QStringLiteral("TOTAL");
    }
    return QString();
}

const Member *Coop::member(const QString &email) const
{
    for (const Member &m : members) {
        if (m.email.compare(email, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

const Account *Coop::account(const QString &number) const
{
    for (const Account &a : accounts) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}

Member *Coop::member(const QString &email)
{
    return const_cast<Member *>(std::as_const(*this).member(email));
}

Account *Coop::account(const QString &number)
{
    return const_cast<Account *>(std::as_const(*this).account(number));
}

const ServiceLocation *Coop::location(const QString &number, const Account **owner) const
{
    for (const Account &a : accounts) {
        for (const ServiceLocation &l : a.locations) {
            if (l.number == number) {
                if (owner)
                    *owner = &a;
                return &l;
            }
        }
    }
    if (owner)
        *owner = nullptr;
    return nullptr;
}

QList<const Account *> Coop::accountsOf(const Member &m) const
{
    QList<const Account *> out;
    for (const QString &number : m.accountNumbers) {
        if (const Account *a = account(number))
            out.append(a);
    }
    return out;
}

QList<const Member *> Coop::owners(const Account &a) const
{
    QList<const Member *> out;
    for (const Member &m : members) {
        if (m.accountNumbers.contains(a.number))
            out.append(&m);
    }
    return out;
}

const Meter *Coop::meter(const QString &number, const ServiceLocation **at) const
{
    for (const Account &a : accounts) {
        for (const ServiceLocation &l : a.locations) {
            for (const Meter &m : l.meters) {
                if (m.number == number) {
                    if (at)
                        *at = &l;
                    return &m;
                }
            }
        }
    }
    if (at)
        *at = nullptr;
    return nullptr;
}

} // namespace sim
