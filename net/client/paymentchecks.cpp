#include "paymentchecks.h"

#include <QUuid>

namespace coopdesk::net {

QString digitsOnly(QStringView typed)
{
    QString digits;
    digits.reserve(typed.size());
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

bool luhnValid(QStringView cardNumber)
{
    const QString digits = digitsOnly(cardNumber);
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool abaRoutingValid(QStringView routingNumber)
{
    const QString digits = digitsOnly(routingNumber);
    if (digits.size() != 9 || digits != routingNumber.trimmed())
        return false;
    static constexpr int weights[] = { 3, 7, 1, 3, 7, 1, 3, 7, 1 };
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * (digits.at(i).unicode() - u'0');
    return sum % 10 == 0 && digits != u"000000000";
}

bool cardExpiryValid(QStringView expiry, QDate today)
{
    const qsizetype slash = expiry.indexOf(u'/');
    if (slash != 2)
        return false;
    bool okMonth = false;
    bool okYear = false;
    const int month = expiry.left(2).toInt(&okMonth);
    const QStringView yearText = expiry.mid(3);
    int year = yearText.toInt(&okYear);
    if (!okMonth || !okYear || month < 1 || month > 12
        || (yearText.size() != 2 && yearText.size() != 4))
        return false;
    if (yearText.size() == 2)
        year += 2000;
    return year > today.year() || (year == today.year() && month >= today.month());
}

bool idempotencyKeyValid(QStringView key)
{
    if (key.size() < 8 || key.size() > 128)
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u':' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace coopdesk::net
