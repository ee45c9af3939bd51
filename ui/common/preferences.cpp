#include "preferences.h"

#include <QSettings>

namespace coopdesk::ui {

namespace {
constexpr int kRecentPortals = 5;

QString portalKey(const QString &portal)
{
    // QSettings treats '/' as a group separator and ':' is awkward in INI files.
    QString key = portal.toLower();
    key.replace(u'/', u'_').replace(u':', u'_');
    return u"portals/" + key + u"/lastUser";
}
} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void Preferences::store(const QString &key, const QVariant &value)
{
    if (m_kiosk)
        return; // the kiosk writes nothing (design.md)
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    Q_EMIT changed();
}

TemperatureUnit Preferences::temperatureUnit() const
{
    return m_settings.value(QStringLiteral("display/temperatureUnit")).toString() == u"C"
        ? TemperatureUnit::Celsius
        : TemperatureUnit::Fahrenheit;
}

void Preferences::setTemperatureUnit(TemperatureUnit unit)
{
    store(QStringLiteral("display/temperatureUnit"),
          unit == TemperatureUnit::Celsius ? QStringLiteral("C") : QStringLiteral("F"));
}

QString Preferences::language() const
{
    return m_settings.value(QStringLiteral("display/language")).toString();
}

void Preferences::setLanguage(const QString &language)
{
    store(QStringLiteral("display/language"), language);
}

QString Preferences::timeZoneId() const
{
    return m_settings.value(QStringLiteral("coop/timeZone")).toString();
}

void Preferences::setTimeZoneId(const QString &id)
{
    store(QStringLiteral("coop/timeZone"), id);
}

WeatherSourceKind Preferences::weatherSource() const
{
    return m_settings.value(QStringLiteral("weather/source")).toString() == u"open-meteo"
        ? WeatherSourceKind::OpenMeteo
        : WeatherSourceKind::Portal;
}

void Preferences::setWeatherSource(WeatherSourceKind kind)
{
    store(QStringLiteral("weather/source"),
          kind == WeatherSourceKind::OpenMeteo ? QStringLiteral("open-meteo")
                                               : QStringLiteral("portal"));
}

ThemeChoice Preferences::theme() const
{
    const QString theme = m_settings.value(QStringLiteral("display/theme")).toString();
    if (theme == u"light")
        return ThemeChoice::Light;
    if (theme == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void Preferences::setTheme(ThemeChoice theme)
{
    store(QStringLiteral("display/theme"),
          theme == ThemeChoice::Light  ? QStringLiteral("light")
          : theme == ThemeChoice::Dark ? QStringLiteral("dark")
                                       : QStringLiteral("system"));
}

QStringList Preferences::recentPortals() const
{
    return m_settings.value(QStringLiteral("portals/recent")).toStringList();
}

void Preferences::addRecentPortal(const QString &portal)
{
    QStringList recent = recentPortals();
    recent.removeAll(portal);
    recent.prepend(portal);
    while (recent.size() > kRecentPortals)
        recent.removeLast();
    store(QStringLiteral("portals/recent"), recent);
}

QString Preferences::lastUser(const QString &portal) const
{
    return m_settings.value(portalKey(portal)).toString();
}

void Preferences::setLastUser(const QString &portal, const QString &user)
{
    store(portalKey(portal), user);
}

QString Preferences::chosenAccount() const
{
    return m_settings.value(QStringLiteral("accounts/chosen")).toString();
}

void Preferences::setChosenAccount(const QString &account)
{
    store(QStringLiteral("accounts/chosen"), account);
}

std::optional<bool> Preferences::markerConsent() const
{
    if (m_kiosk)
        return false;
    const QVariant value = m_settings.value(QStringLiteral("markers/keepOnDisk"));
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void Preferences::setMarkerConsent(bool keep)
{
    store(QStringLiteral("markers/keepOnDisk"), keep);
}

} // namespace coopdesk::ui
