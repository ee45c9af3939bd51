#include "paymentchecks.h"

#include <algorithm>

namespace sim::api::paymentchecks {

namespace {
bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() && c.unicode() < 128;
    });
}
} // namespace

std::optional<QString> digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        digits.append(c);
    }
    return digits;
}

bool luhnValid(QStringView digits)
{
    if (digits.size() < 12 || digits.size() > 19 || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool abaRoutingValid(QStringView digits)
{
    if (digits.size() != 9 || !allDigits(digits))
        return false;
    static constexpr int kWeights[] = { 3, 7, 1, 3, 7, 1, 3, 7, 1 };
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += kWeights[i] * (digits.at(i).unicode() - u'0');
    // An all-zero number passes the checksum but is no bank.
    return sum % 10 == 0 && sum != 0;
}

QString cardBrand(QStringView digits)
{
    const auto prefix = [&](int n) {
        return digits.first(qMin<qsizetype>(n, digits.size())).toInt();
    };
    if (digits.startsWith(u'4'))
        return u"VISA"_qs;
    const int two = prefix(2);
    const int four = prefix(4);
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return u"MASTERCARD"_qs;
    if (two == 34 || two == 37)
        return u"AMEX"_qs;
    if (four == 6011 || two == 65)
        return u"DISCOVER"_qs;
    return u"CARD"_qs;
}

bool expiryValid(QStringView expiry, QDate today)
{
    const qsizetype slash = expiry.indexOf(u'/');
    if (slash <= 0)
        return false;
    const QStringView monthText = expiry.first(slash).trimmed();
    const QStringView yearText = expiry.sliced(slash + 1).trimmed();
    if (!allDigits(monthText) || !allDigits(yearText)
        || (yearText.size() != 2 && yearText.size() != 4))
        return false;
    const int month = monthText.toInt();
    int year = yearText.toInt();
    if (yearText.size() == 2)
        year += 2000;
    if (month < 1 || month > 12)
        return false;
    return year * 12 + month >= today.year() * 12 + today.month() && year <= today.year() + 20;
}

std::optional<coopdesk::Money> parseAmount(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot >= 0 ? text.first(dot) : text;
    const QStringView fraction = dot >= 0 ? text.sliced(dot + 1) : QStringView();
    if (!allDigits(whole) || whole.size() > 9
        || (dot >= 0 && (fraction.isEmpty() || fraction.size() > 2 || !allDigits(fraction))))
        return std::nullopt;
    return coopdesk::Money::parse(text);
}

std::optional<coopdesk::Money> paymentAmount(const QJsonValue &value)
{
    static const coopdesk::Money kMax = coopdesk::Money::fromCents(10'000'000);
    const auto amount = value.isString() ? parseAmount(value.toString()) : std::nullopt;
    if (!amount || amount->cents() <= 0 || *amount > kMax)
        return std::nullopt;
    return amount;
}

bool idempotencyKeyValid(QStringView key)
{
    if (key.size() < 8 || key.size() > 128)
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'_' || c == u':'
            || c == u'-';
    });
}

QString masked(QStringView last4)
{
    return u"****"_qs + last4;
}

} // namespace sim::api::paymentchecks
