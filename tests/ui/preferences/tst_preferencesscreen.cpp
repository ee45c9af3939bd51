// Settings: each choice is stored in QSettings at once and reaches the services where it acts.
#include "app/desktop/screens.h"
#include "tests/ui/support/demosession.h"
#include "ui/preferences/preferencesscreen.h"
#include "ui/shell/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;

namespace {
// Picks the entry holding `data` with the keyboard, as a member would (activated() follows).
bool choose(QComboBox *box, const QVariant &data)
{
    const int target = box->findData(data);
    if (target < 0)
        return false;
    box->setFocus();
    if (target == 0) {
        box->setCurrentIndex(1);
        QTest::keyClick(box, Qt::Key_Up);
    } else {
        box->setCurrentIndex(target - 1);
        QTest::keyClick(box, Qt::Key_Down);
    }
    return box->currentIndex() == target;
}
} // namespace

class TestPreferencesScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_session.start());
    }

    void choicesPersistAndReachTheServices()
    {
        ui::PreferencesScreen screen(m_session.context());
        QSettings &settings = m_session.settings();
        ui::MemberServices &services = m_session.services();

        QVERIFY(choose(screen.findChild<QComboBox *>(u"temperatureUnit"_qs), u"C"_qs));
        QCOMPARE(settings.value(u"display/temperatureUnit"_qs).toString(), u"C"_qs);
        QCOMPARE(m_session.preferences().temperatureUnit(), ui::TemperatureUnit::Celsius);

        QVERIFY(choose(screen.findChild<QComboBox *>(u"language"_qs), u"es"_qs));
        QCOMPARE(settings.value(u"display/language"_qs).toString(), u"es"_qs);
        QVERIFY(!screen.findChild<QLabel *>(u"languageNote"_qs)->text().isEmpty());

        QVERIFY(choose(screen.findChild<QComboBox *>(u"weatherSource"_qs), u"open-meteo"_qs));
        QCOMPARE(settings.value(u"weather/source"_qs).toString(), u"open-meteo"_qs);
        QCOMPARE(services.weatherSource(), ui::WeatherSourceKind::OpenMeteo);
        QVERIFY(choose(screen.findChild<QComboBox *>(u"weatherSource"_qs), u"portal"_qs));
        QCOMPARE(services.weatherSource(), ui::WeatherSourceKind::Portal);

        QVERIFY(choose(screen.findChild<QComboBox *>(u"theme"_qs), u"dark"_qs));
        QCOMPARE(settings.value(u"display/theme"_qs).toString(), u"dark"_qs);
        QVERIFY(choose(screen.findChild<QComboBox *>(u"theme"_qs), u"system"_qs));
        QCOMPARE(m_session.preferences().theme(), ui::ThemeChoice::System);
    }

    void timeZoneDefaultsAndOverrides()
    {
        ui::PreferencesScreen screen(m_session.context());
        auto *zone = screen.findChild<QComboBox *>(u"timeZone"_qs);
        QVERIFY(zone);
        const QTimeZone automatic = m_session.services().coopTimeZone();
        QVERIFY(automatic.isValid());
        QCOMPARE(zone->currentIndex(), 0);
        QCOMPARE(zone->itemText(0), u"Automatic (%1)"_qs.arg(QString::fromLatin1(automatic.id())));

        const QString chicago = u"America/Chicago"_qs;
        QVERIFY(chicago.toLatin1() != automatic.id());
        QSignalSpy changed(&m_session.services(), &ui::MemberServices::timeZoneChanged);
        QVERIFY(choose(zone, chicago));
        QCOMPARE(m_session.settings().value(u"coop/timeZone"_qs).toString(), chicago);
        QCOMPARE(m_session.services().coopTimeZone().id(), chicago.toLatin1());
        QVERIFY(!changed.isEmpty());

        QVERIFY(choose(zone, QString()));
        QVERIFY(m_session.preferences().timeZoneId().isEmpty());
        QCOMPARE(m_session.services().coopTimeZone().id(), automatic.id());
    }

    void storedChoicesAreShownAgain()
    {
        m_session.preferences().setTemperatureUnit(ui::TemperatureUnit::Celsius);
        m_session.preferences().setWeatherSource(ui::WeatherSourceKind::OpenMeteo);
        ui::PreferencesScreen screen(m_session.context());
        QCOMPARE(screen.findChild<QComboBox *>(u"temperatureUnit"_qs)->currentData().toString(), u"C"_qs);
        QCOMPARE(screen.findChild<QComboBox *>(u"weatherSource"_qs)->currentData().toString(),
                 u"open-meteo"_qs);
        m_session.preferences().setTemperatureUnit(ui::TemperatureUnit::Fahrenheit);
        m_session.preferences().setWeatherSource(ui::WeatherSourceKind::Portal);
    }

    void signOutButtonsAsk()
    {
        ui::PreferencesScreen screen(m_session.context());
        QSignalSpy signOut(&screen, &ui::PreferencesScreen::signOutRequested);
        QTest::mouseClick(screen.findChild<QPushButton *>(u"signOut"_qs), Qt::LeftButton);
        QTest::mouseClick(screen.findChild<QPushButton *>(u"signOutForget"_qs), Qt::LeftButton);
        QCOMPARE(signOut.size(), 2);
        QCOMPARE(signOut.at(0).first().toBool(), false);
        QCOMPARE(signOut.at(1).first().toBool(), true);
    }

    void screenshot()
    {
        m_session.preferences().setLanguage(QString());
        ui::MainWindow window(m_session.services(), m_session.preferences(), m_session.context());
        app::addScreens(window, m_session.context());
        window.resize(1280, 800);
        window.show();
        window.showScreen(u"preferences"_qs);
        QCOMPARE(window.currentScreen(), u"preferences"_qs);
        const QByteArray dir = qgetenv("COOPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u"/preferences.png"));
    }

private:
    uitest::DemoSession m_session;
};

QTEST_MAIN(TestPreferencesScreen)
#include "tst_preferencesscreen.moc"
