#pragma once

#include "ui/services/memberservices.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QSettings;

namespace coopdesk::ui {

enum class TemperatureUnit { Fahrenheit, Celsius };
enum class ThemeChoice { System, Light, Dark };

// The member's choices that are not member data (design.md: QSettings only, never a secret).
// Every setter stores at once and emits changed().
class Preferences : public QObject
{
    Q_OBJECT
public:
    // `settings` outlives this object; tests pass one on a temporary file.
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);

    TemperatureUnit temperatureUnit() const;
    void setTemperatureUnit(TemperatureUnit unit);
    QString language() const;                 // "", "en", "es"; "" follows the system
    void setLanguage(const QString &language);
    QString timeZoneId() const;               // IANA id; "" = default from the service state
    void setTimeZoneId(const QString &id);
    WeatherSourceKind weatherSource() const;
    void setWeatherSource(WeatherSourceKind kind);
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    QStringList recentPortals() const;        // most recent first, at most 5
    void addRecentPortal(const QString &portal);
    QString lastUser(const QString &portal) const; // the e-mail last used there (not a secret)
    void setLastUser(const QString &portal, const QString &user);
    QString chosenAccount() const;
    void setChosenAccount(const QString &account);
    // Whether the member agreed to keep usage markers on this computer; nullopt: not asked yet.
    // Never true in the kiosk profile.
    std::optional<bool> markerConsent() const;
    void setMarkerConsent(bool keep);

    bool isKioskProfile() const { return m_kiosk; } // kiosk: nothing is written (issue 6)
    void setKioskProfile(bool kiosk) { m_kiosk = kiosk; }

Q_SIGNALS:
    void changed();

private:
    void store(const QString &key, const QVariant &value);
    QSettings &m_settings;
    bool m_kiosk = false;
};

} // namespace coopdesk::ui
