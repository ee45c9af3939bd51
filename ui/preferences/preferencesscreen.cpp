#include "preferencesscreen.h"

#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace coopdesk::ui {

namespace {
void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QComboBox *combo(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

PreferencesScreen::PreferencesScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_units(combo(QStringLiteral("temperatureUnit"), tr("Temperature units"), this))
    , m_language(combo(QStringLiteral("language"), tr("Language"), this))
    , m_timeZone(combo(QStringLiteral("timeZone"), tr("The co-op's time zone"), this))
    , m_weather(combo(QStringLiteral("weatherSource"), tr("Weather source"), this))
    , m_theme(combo(QStringLiteral("theme"), tr("Theme"), this))
    , m_languageNote(new QLabel(this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_signOutForget(new QPushButton(tr("Sign out and forget this device's login"), this))
{
    setObjectName(QStringLiteral("preferencesScreen"));

    auto *title = new QLabel(tr("Settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_units->addItem(tr("Fahrenheit (°F)"), QStringLiteral("F"));
    m_units->addItem(tr("Celsius (°C)"), QStringLiteral("C"));

    //: The language choice that follows the operating system's language.
    m_language->addItem(tr("Same as the system"), QString());
    // Language names in their own language, as language menus do.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setText(tr("A new language applies the next time CoopDesk starts."));
    m_languageNote->setWordWrap(true);

    m_timeZone->addItem(QString(), QString()); // "Automatic (...)": see updateAutomaticZone()
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones) {
        // Region/City ids only: the legacy aliases ("US/Mountain", "MST7MDT") add noise.
        if (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/"))
            continue;
        const QString zone = QString::fromLatin1(id);
        m_timeZone->addItem(zone, zone);
    }
    m_timeZone->setMaxVisibleItems(20);
    m_timeZone->setToolTip(tr("Usage times are the co-op's local time. The default comes from "
                              "the state of your service address."));

    m_weather->addItem(tr("The co-op's portal"), QStringLiteral("portal"));
    m_weather->addItem(QStringLiteral("Open-Meteo"), QStringLiteral("open-meteo"));

    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));

    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOutForget->setObjectName(QStringLiteral("signOutForget"));
    m_signOutForget->setAccessibleName(tr("Sign out and forget this device's login"));
    m_signOutForget->setToolTip(tr("Also removes the login this device remembers, so the "
                                   "password is needed next time."));

    auto *display = new QGroupBox(tr("Display"), this);
    auto *displayForm = new QFormLayout(display);
    displayForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    displayForm->addRow(tr("Temperature units"), m_units);
    displayForm->addRow(tr("Language"), m_language);
    displayForm->addRow(QString(), m_languageNote);
    displayForm->addRow(tr("Theme"), m_theme);

    auto *coopData = new QGroupBox(tr("Your co-op's data"), this);
    auto *dataForm = new QFormLayout(coopData);
    dataForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dataForm->addRow(tr("Time zone"), m_timeZone);
    dataForm->addRow(tr("Weather source"), m_weather);

    auto *account = new QGroupBox(tr("Signing out"), this);
    auto *accountRow = new QHBoxLayout(account);
    accountRow->addWidget(m_signOut);
    accountRow->addWidget(m_signOutForget);
    accountRow->addStretch(1);

    // A readable column rather than combo boxes stretched across a wide window.
    for (QGroupBox *group : {display, coopData, account})
        group->setMaximumWidth(720);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(display);
    layout->addWidget(coopData);
    layout->addWidget(account);
    layout->addStretch(1);

    load();

    Preferences &preferences = m_context.preferences();
    MemberServices &services = m_context.services();
    connect(m_units, &QComboBox::activated, this, [this, &preferences] {
        preferences.setTemperatureUnit(m_units->currentData().toString() == u"C"
                                           ? TemperatureUnit::Celsius
                                           : TemperatureUnit::Fahrenheit);
    });
    connect(m_language, &QComboBox::activated, this, [this, &preferences] {
        preferences.setLanguage(m_language->currentData().toString());
    });
    connect(m_timeZone, &QComboBox::activated, this, [this, &preferences, &services] {
        const QString id = m_timeZone->currentData().toString();
        preferences.setTimeZoneId(id);
        services.setCoopTimeZone(id.isEmpty() ? QTimeZone() : QTimeZone(id.toLatin1()));
        updateAutomaticZone();
    });
    connect(m_weather, &QComboBox::activated, this, [this, &preferences, &services] {
        const WeatherSourceKind kind = m_weather->currentData().toString() == u"open-meteo"
            ? WeatherSourceKind::OpenMeteo
            : WeatherSourceKind::Portal;
        preferences.setWeatherSource(kind);
        services.setWeatherSource(kind);
    });
    connect(m_theme, &QComboBox::activated, this, [this, &preferences] {
        const QString theme = m_theme->currentData().toString();
        preferences.setTheme(theme == u"light"  ? ThemeChoice::Light
                             : theme == u"dark" ? ThemeChoice::Dark
                                                : ThemeChoice::System);
    });
    connect(m_signOut, &QPushButton::clicked, this, [this] { Q_EMIT signOutRequested(false); });
    connect(m_signOutForget, &QPushButton::clicked, this, [this] { Q_EMIT signOutRequested(true); });
    connect(&services, &MemberServices::timeZoneChanged, this, &PreferencesScreen::updateAutomaticZone);
    connect(&m_context, &MemberContext::accountsChanged, this, &PreferencesScreen::updateAutomaticZone);
}

void PreferencesScreen::load()
{
    const Preferences &preferences = m_context.preferences();
    selectData(m_units, preferences.temperatureUnit() == TemperatureUnit::Celsius
                            ? QStringLiteral("C")
                            : QStringLiteral("F"));
    selectData(m_language, preferences.language());
    selectData(m_timeZone, preferences.timeZoneId());
    selectData(m_weather, preferences.weatherSource() == WeatherSourceKind::OpenMeteo
                              ? QStringLiteral("open-meteo")
                              : QStringLiteral("portal"));
    const ThemeChoice theme = preferences.theme();
    selectData(m_theme, theme == ThemeChoice::Light ? QStringLiteral("light")
                        : theme == ThemeChoice::Dark ? QStringLiteral("dark")
                                                     : QStringLiteral("system"));
    updateAutomaticZone();
}

void PreferencesScreen::updateAutomaticZone()
{
    // With no choice made the services' zone is the default one, so it can be named.
    const bool automatic = m_context.preferences().timeZoneId().isEmpty();
    const QTimeZone zone = m_context.services().coopTimeZone();
    //: The default time zone choice; %1 is the zone found from the service address, e.g. America/Denver.
    m_timeZone->setItemText(0, automatic && zone.isValid()
                                   ? tr("Automatic (%1)").arg(QString::fromLatin1(zone.id()))
                                   : tr("Automatic"));
}

} // namespace coopdesk::ui
