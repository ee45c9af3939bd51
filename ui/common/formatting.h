#pragma once

#include "models/money.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace coopdesk::ui {

enum class TemperatureUnit;

// Numbers, money, dates and temperatures for people, always through QLocale (the app's
// default locale follows the chosen language).
QString formatMoney(Money amount, const QLocale &locale = QLocale());
QString formatDate(QDate date, const QLocale &locale = QLocale());      // short: 9/10/26 / 10/9/26
QString formatLongDate(QDate date, const QLocale &locale = QLocale());  // Sep 10, 2026
QString formatKwh(double kwh, const QLocale &locale = QLocale());       // "1,234.5 kWh"
double toUnit(double fahrenheit, TemperatureUnit unit);
QString formatTemperature(double fahrenheit, TemperatureUnit unit, const QLocale &locale = QLocale());
QString temperatureUnitSymbol(TemperatureUnit unit); // "°F" / "°C"
// Money typed by a member in their locale ("1.234,56" in Spanish too): nullopt when not an amount.
std::optional<Money> parseMoney(const QString &text, const QLocale &locale = QLocale());

} // namespace coopdesk::ui
