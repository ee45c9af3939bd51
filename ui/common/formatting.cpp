#include "formatting.h"

#include "preferences.h"

#include <QCoreApplication>

#include <cmath>

namespace coopdesk::ui {

QString formatMoney(Money amount, const QLocale &locale)
{
    return locale.toCurrencyString(amount.toDollars(), QStringLiteral("$"), 2);
}

QString formatDate(QDate date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString formatLongDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // "MMM d, yyyy" in English, "d MMM yyyy" in Spanish: QLocale's medium form.
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd, ")).remove(QStringLiteral("dddd ")).remove(QStringLiteral("dddd"));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(date, format.trimmed());
}

QString formatKwh(double kwh, const QLocale &locale)
{
    const int decimals = std::abs(kwh) >= 100 ? 0 : 1;
    return QCoreApplication::translate("Formatting", "%1 kWh").arg(locale.toString(kwh, 'f', decimals));
}

double toUnit(double fahrenheit, TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? (fahrenheit - 32.0) * 5.0 / 9.0 : fahrenheit;
}

QString temperatureUnitSymbol(TemperatureUnit unit)
{
    return unit == TemperatureUnit::Celsius ? QStringLiteral("°C") : QStringLiteral("°F");
}

QString formatTemperature(double fahrenheit, TemperatureUnit unit, const QLocale &locale)
{
    if (std::isnan(fahrenheit))
        return QStringLiteral("–");
    return locale.toString(toUnit(fahrenheit, unit), 'f', 0) + temperatureUnitSymbol(unit);
}

std::optional<Money> parseMoney(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    t.remove(u'$').remove(locale.currencySymbol());
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // The member's locale first ("1.234,56" in Spanish), then the plain form.
    bool ok = false;
    const double value = locale.toDouble(t, &ok);
    if (ok) {
        const double cents = value * 100.0;
        if (std::abs(cents - std::round(cents)) > 1e-6)
            return std::nullopt; // more than two decimals
        return Money::fromCents(qint64(std::llround(cents)));
    }
    return Money::parse(t);
}

} // namespace coopdesk::ui
