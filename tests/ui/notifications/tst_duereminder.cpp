#include "app/services/desktopservices.h"
#include "net/session/secretstore.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"
#include "ui/notifications/duereminder.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coopdesk;
using coopdesk::ui::DueReminder;

// DueReminder with member data set directly and a clock the test moves; no portal is needed.
class TestDueReminder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void notifiesOnceWithinThreeDays();
    void forgetsOnClear();

private:
    struct Note
    {
        QString title;
        QString message;
    };
    static QDateTime at(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODate); }
    void setMemberData(QDate due);

    QDateTime m_now;
    QTemporaryDir m_dir;
    net::MemorySecretStore m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::DesktopServices> m_services;
    std::unique_ptr<ui::Preferences> m_preferences;
    std::unique_ptr<ui::MemberContext> m_context;
    std::unique_ptr<DueReminder> m_reminder;
    QList<Note> m_notes;
};

void TestDueReminder::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_now = at(u"2026-09-01T18:00:00Z"_s);
    m_notes.clear();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"t.ini"_s), QSettings::IniFormat);
    app::ServicesOptions options;
    options.secretStore = &m_store;
    options.clock = [this] { return m_now; };
    m_services = std::make_unique<app::DesktopServices>(options);
    m_services->setCoopTimeZone(QTimeZone("America/Denver"));
    m_preferences = std::make_unique<ui::Preferences>(*m_settings);
    m_context = std::make_unique<ui::MemberContext>(*m_services, *m_preferences);
    m_reminder = std::make_unique<DueReminder>(
        *m_context, [this](const QString &title, const QString &message) {
            m_notes.append({title, message});
        });
}

void TestDueReminder::cleanup()
{
    m_reminder.reset();
    m_context.reset();
    m_preferences.reset();
    m_services.reset();
    m_settings.reset();
}

// Home (owes), farm (owes, Auto Pay), solar (owes nothing), all due on `due`.
void TestDueReminder::setMemberData(QDate due)
{
    QList<Account> accounts(3);
    accounts[0].number = u"1000123401"_s;
    accounts[1].number = u"1000123402"_s;
    accounts[1].autoPay = true;
    accounts[2].number = u"1000123403"_s;
    m_context->setAccounts(accounts);
    const qint64 owed[] = {12345, 5000, 0};
    AccountStatuses statuses;
    for (int i = 0; i < 3; ++i) {
        BillingFacts facts;
        facts.accountNumber = accounts.at(i).number;
        facts.totalDue = Money::fromCents(owed[i]);
        m_context->setFacts(facts);
        AccountStatus status;
        status.accountNumber = accounts.at(i).number;
        status.dueDate = due;
        status.autoPay = accounts.at(i).autoPay;
        statuses.accounts.append(status);
    }
    m_context->setStatuses(statuses);
}

void TestDueReminder::notifiesOnceWithinThreeDays()
{
    QCOMPARE(m_reminder->timer().interval(), 3600 * 1000);
    QVERIFY(m_reminder->timer().isActive());

    const QDate due(2026, 9, 14);
    setMemberData(due);
    QCOMPARE(m_notes.size(), 0); // 13 days ahead

    // Four days before (Denver): still quiet.
    m_now = at(u"2026-09-10T18:00:00Z"_s);
    m_reminder->check();
    QCOMPARE(m_notes.size(), 0);

    // Three days before: the hourly re-check finds it (the timer sped up for the test).
    m_now = at(u"2026-09-11T15:00:00Z"_s);
    m_reminder->timer().setInterval(5);
    QTRY_COMPARE(m_notes.size(), 1);
    QVERIFY(m_notes.first().message.contains(u"1000123401"_s));
    QVERIFY(m_notes.first().message.contains(u"$123.45"_s));
    QVERIFY(!m_notes.first().title.isEmpty());
    QTest::qWait(30); // several more timer turns
    QCOMPARE(m_notes.size(), 1);
    m_reminder->timer().setInterval(3600 * 1000);

    // Once per (account, due date): new statuses, new facts, a later hour change nothing.
    m_now = at(u"2026-09-13T15:00:00Z"_s);
    setMemberData(due);
    m_reminder->check();
    QCOMPARE(m_notes.size(), 1);
    for (const Note &note : std::as_const(m_notes)) {
        QVERIFY(!note.message.contains(u"1000123402"_s)); // Auto Pay draws it by itself
        QVERIFY(!note.message.contains(u"1000123403"_s)); // nothing owed
    }

    // Past the due date: not "due soon" any more.
    m_now = at(u"2026-09-15T15:00:00Z"_s);
    setMemberData(due);
    QCOMPARE(m_notes.size(), 1);

    // The next bill's due date is a new reminder.
    m_now = at(u"2026-10-12T15:00:00Z"_s);
    setMemberData(QDate(2026, 10, 14));
    QCOMPARE(m_notes.size(), 2);
    QVERIFY(m_notes.last().message.contains(u"1000123401"_s));
}

void TestDueReminder::forgetsOnClear()
{
    m_now = at(u"2026-09-13T15:00:00Z"_s);
    setMemberData(QDate(2026, 9, 14));
    QCOMPARE(m_notes.size(), 1);
    m_context->clear();
    QCOMPARE(m_notes.size(), 1); // nothing left to remind of
    setMemberData(QDate(2026, 9, 14));
    QCOMPARE(m_notes.size(), 2);
}

QTEST_MAIN(TestDueReminder)
#include "tst_duereminder.moc"
