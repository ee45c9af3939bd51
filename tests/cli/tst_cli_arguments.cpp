// The command line of coopdesk-cli: the interface scripts depend on, and every mistake a
// script can make coming back as one sentence (exit status 2, checked end to end elsewhere).
#include "app/cli/arguments.h"
#include "app/cli/exitcode.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::cli;

namespace {

const QString kPortal = u"https://coop.smarthub.coop"_qs;

ParseOutcome parse(const QStringList &arguments, const QProcessEnvironment &env = {})
{
    return ArgumentParser::parse(QStringList { u"coopdesk-cli"_qs } + arguments, env);
}

QStringList withPortal(const QStringList &arguments)
{
    return QStringList { u"--portal"_qs, kPortal } + arguments;
}

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void globalOptionsBeforeCommand()
    {
        const ParseOutcome o = parse(
            { u"--portal"_qs, kPortal, u"--user"_qs, u"ann@x.org"_qs, u"--ca-file"_qs,
              u"/tmp/ca.pem"_qs, u"--timezone"_qs, u"America/Denver"_qs, u"--weather-url"_qs,
              u"https://w.example"_qs, u"--no-keychain"_qs, u"--json"_qs, u"accounts"_qs });
        QCOMPARE(o.kind, ParseOutcome::Kind::Run);
        const Invocation &inv = o.invocation;
        QCOMPARE(inv.command, Command::Accounts);
        QCOMPARE(inv.portal, kPortal);
        QCOMPARE(inv.user, u"ann@x.org"_qs);
        QCOMPARE(inv.caFile, u"/tmp/ca.pem"_qs);
        QCOMPARE(inv.timeZone, u"America/Denver"_qs);
        QCOMPARE(inv.weatherUrl, u"https://w.example"_qs);
        QVERIFY(inv.noKeychain);
        QVERIFY(inv.json);
        QVERIFY(!inv.verbose);
    }

    void globalOptionsAfterCommand()
    {
        const ParseOutcome o
            = parse({ u"accounts"_qs, u"--portal"_qs, kPortal, u"--json"_qs, u"--verbose"_qs });
        QCOMPARE(o.kind, ParseOutcome::Kind::Run);
        QVERIFY(o.invocation.json);
        QVERIFY(o.invocation.verbose);
        QCOMPARE(o.invocation.portal, kPortal);
    }

    void portalFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"COOPDESK_PORTAL"_qs, u"coop.smarthub.coop"_qs);
        const ParseOutcome fromEnv = parse({ u"accounts"_qs }, env);
        QCOMPARE(fromEnv.kind, ParseOutcome::Kind::Run);
        QCOMPARE(fromEnv.invocation.portal, u"coop.smarthub.coop"_qs);

        // The option wins over the environment.
        const ParseOutcome both = parse(withPortal({ u"accounts"_qs }), env);
        QCOMPARE(both.invocation.portal, kPortal);

        const ParseOutcome neither = parse({ u"accounts"_qs });
        QCOMPARE(neither.kind, ParseOutcome::Kind::Error);
        QVERIFY(neither.text.contains(u"COOPDESK_PORTAL"_qs));
    }

    void everyCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("command");
        QTest::newRow("login") << QStringList { u"login"_qs } << int(Command::Login);
        QTest::newRow("login --remember")
            << QStringList { u"login"_qs, u"--remember"_qs } << int(Command::Login);
        QTest::newRow("logout") << QStringList { u"logout"_qs } << int(Command::Logout);
        QTest::newRow("accounts") << QStringList { u"accounts"_qs } << int(Command::Accounts);
        QTest::newRow("bills") << QStringList { u"bills"_qs, u"--account"_qs, u"1"_qs }
                               << int(Command::Bills);
        QTest::newRow("bill-pdf") << QStringList { u"bill-pdf"_qs, u"--account"_qs,  u"1"_qs,
                                                   u"--date"_qs,   u"2026-09-21"_qs, u"--output"_qs,
                                                   u"b.pdf"_qs }
                                  << int(Command::BillPdf);
        QTest::newRow("usage") << QStringList {
            u"usage"_qs,  u"--account"_qs,  u"1"_qs,    u"--location"_qs, u"30001"_qs,
            u"--from"_qs, u"2026-09-01"_qs, u"--to"_qs, u"2026-09-30"_qs, u"--interval"_qs,
            u"hourly"_qs, u"--format"_qs,   u"json"_qs, u"--output"_qs,   u"u.json"_qs
        } << int(Command::Usage);
        QTest::newRow("weather") << QStringList { u"weather"_qs,   u"--account"_qs,  u"1"_qs,
                                                  u"--from"_qs,    u"2026-09-01"_qs, u"--to"_qs,
                                                  u"2026-09-30"_qs }
                                 << int(Command::Weather);
        QTest::newRow("payments") << QStringList { u"payments"_qs, u"--account"_qs, u"1"_qs }
                                  << int(Command::Payments);
        QTest::newRow("pay") << QStringList {
            u"pay"_qs,          u"--account"_qs, u"1"_qs,    u"--amount"_qs,
            u"12.34"_qs,        u"--method"_qs,  u"pm-1"_qs, u"--idempotency-key"_qs,
            u"key-0001-abcd"_qs
        } << int(Command::Pay);
    }

    void everyCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, command);
        const ParseOutcome o = parse(withPortal(arguments));
        QVERIFY2(o.kind == ParseOutcome::Kind::Run, qPrintable(o.text));
        QCOMPARE(int(o.invocation.command), command);
    }

    void commandValues()
    {
        const ParseOutcome usage = parse(withPortal(
            { u"usage"_qs, u"--account"_qs, u" 1000123401 "_qs, u"--from"_qs, u"2025-11-02"_qs,
              u"--to"_qs, u"2025-11-03"_qs, u"--interval"_qs, u"monthly"_qs }));
        QCOMPARE(usage.kind, ParseOutcome::Kind::Run);
        QCOMPARE(usage.invocation.account, u"1000123401"_qs);
        QCOMPARE(usage.invocation.from, QDate(2025, 11, 2));
        QCOMPARE(usage.invocation.to, QDate(2025, 11, 3));
        QCOMPARE(usage.invocation.interval, UsageInterval::Monthly);
        QVERIFY(usage.invocation.location.isEmpty());
        QCOMPARE(usage.invocation.dataFormat(), DataFormat::Csv);

        const ParseOutcome pay
            = parse(withPortal({ u"pay"_qs, u"--account"_qs, u"1"_qs, u"--amount"_qs, u"12.3"_qs,
                                 u"--method"_qs, u"pm-1001"_qs }));
        QCOMPARE(pay.kind, ParseOutcome::Kind::Run);
        QCOMPARE(pay.invocation.amount, Money::fromCents(1230));
        QCOMPARE(pay.invocation.methodId, u"pm-1001"_qs);
        QVERIFY(pay.invocation.idempotencyKey.isEmpty());
    }

    void jsonAndFormat()
    {
        const QStringList usage
            = { u"usage"_qs, u"--account"_qs,  u"1"_qs,          u"--from"_qs, u"2026-01-01"_qs,
                u"--to"_qs,  u"2026-01-02"_qs, u"--interval"_qs, u"daily"_qs };
        QCOMPARE(parse(withPortal(usage + QStringList { u"--json"_qs })).invocation.dataFormat(),
                 DataFormat::Json);
        // An explicit --format wins over --json.
        QCOMPARE(parse(withPortal(usage + QStringList { u"--json"_qs, u"--format"_qs, u"csv"_qs }))
                     .invocation.dataFormat(),
                 DataFormat::Csv);
        QCOMPARE(parse(withPortal(usage + QStringList { u"--format"_qs, u"JSON"_qs }))
                     .invocation.dataFormat(),
                 DataFormat::Json);
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QStringList usage
            = { u"usage"_qs, u"--account"_qs, u"1"_qs, u"--interval"_qs, u"daily"_qs };
        QTest::newRow("no command") << QStringList {} << u"No command"_qs;
        QTest::newRow("unknown command") << QStringList { u"balance"_qs } << u"balance"_qs;
        QTest::newRow("unknown option")
            << QStringList { u"accounts"_qs, u"--nope"_qs } << u"nope"_qs;
        QTest::newRow("option of another command")
            << QStringList { u"accounts"_qs, u"--from"_qs, u"2026-01-01"_qs } << u"from"_qs;
        QTest::newRow("command option before command")
            << QStringList { u"--account"_qs, u"1"_qs, u"bills"_qs } << u"account"_qs;
        QTest::newRow("stray argument")
            << QStringList { u"accounts"_qs, u"extra"_qs } << u"extra"_qs;
        QTest::newRow("missing account") << QStringList { u"bills"_qs } << u"--account"_qs;
        QTest::newRow("missing output") << QStringList { u"bill-pdf"_qs, u"--account"_qs, u"1"_qs,
                                                         u"--date"_qs, u"2026-01-01"_qs }
                                        << u"--output"_qs;
        QTest::newRow("missing from")
            << (usage + QStringList { u"--to"_qs, u"2026-01-01"_qs }) << u"--from"_qs;
        QTest::newRow("missing interval")
            << QStringList { u"usage"_qs,      u"--account"_qs, u"1"_qs,         u"--from"_qs,
                             u"2026-01-01"_qs, u"--to"_qs,      u"2026-01-01"_qs }
            << u"--interval"_qs;
        QTest::newRow("bad date")
            << (usage + QStringList { u"--from"_qs, u"2026-9-1"_qs, u"--to"_qs, u"2026-09-02"_qs })
            << u"2026-9-1"_qs;
        QTest::newRow("impossible date")
            << (usage
                + QStringList { u"--from"_qs, u"2026-02-30"_qs, u"--to"_qs, u"2026-03-02"_qs })
            << u"2026-02-30"_qs;
        QTest::newRow("from after to")
            << (usage
                + QStringList { u"--from"_qs, u"2026-03-02"_qs, u"--to"_qs, u"2026-03-01"_qs })
            << u"--from"_qs;
        QTest::newRow("bad interval")
            << QStringList { u"usage"_qs,      u"--account"_qs,  u"1"_qs,
                             u"--from"_qs,     u"2026-01-01"_qs, u"--to"_qs,
                             u"2026-01-01"_qs, u"--interval"_qs, u"weekly"_qs }
            << u"--interval"_qs;
        QTest::newRow("bad format")
            << (usage
                + QStringList { u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-01-01"_qs,
                                u"--format"_qs, u"xml"_qs })
            << u"--format"_qs;
        QTest::newRow("bad amount")
            << QStringList { u"pay"_qs,    u"--account"_qs, u"1"_qs, u"--amount"_qs,
                             u"12.345"_qs, u"--method"_qs,  u"pm"_qs }
            << u"12.345"_qs;
        QTest::newRow("float amount")
            << QStringList { u"pay"_qs, u"--account"_qs, u"1"_qs, u"--amount"_qs,
                             u"1e3"_qs, u"--method"_qs,  u"pm"_qs }
            << u"1e3"_qs;
        QTest::newRow("zero amount")
            << QStringList { u"pay"_qs,  u"--account"_qs, u"1"_qs, u"--amount"_qs,
                             u"0.00"_qs, u"--method"_qs,  u"pm"_qs }
            << u"more than zero"_qs;
        QTest::newRow("bad idempotency key")
            << QStringList { u"pay"_qs,  u"--account"_qs, u"1"_qs,  u"--amount"_qs,
                             u"1.00"_qs, u"--method"_qs,  u"pm"_qs, u"--idempotency-key"_qs,
                             u"short"_qs }
            << u"idempotency key"_qs;
        QTest::newRow("bad time zone")
            << QStringList { u"--timezone"_qs, u"Mountain/Nowhere"_qs, u"accounts"_qs }
            << u"Mountain/Nowhere"_qs;
        QTest::newRow("password as an option")
            << QStringList { u"--password"_qs, u"secret"_qs, u"accounts"_qs } << u"password"_qs;
    }

    void mistakes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ParseOutcome o = parse(withPortal(arguments));
        QCOMPARE(o.kind, ParseOutcome::Kind::Error);
        QVERIFY2(o.text.contains(mentions), qPrintable(o.text));
        QVERIFY(!o.text.contains(u'\n')); // one sentence
    }

    void helpAndVersion()
    {
        for (const QStringList &arguments :
             { QStringList { u"--help"_qs }, QStringList { u"-h"_qs },
               QStringList { u"--portal"_qs, kPortal, u"usage"_qs, u"--help"_qs } }) {
            const ParseOutcome o = parse(arguments);
            QCOMPARE(o.kind, ParseOutcome::Kind::Help);
            // The synopsis is the interface itself.
            QVERIFY(o.text.contains(u"bill-pdf --account A --date YYYY-MM-DD --output FILE"_qs));
            QVERIFY(o.text.contains(u"COOPDESK_PASSWORD"_qs));
        }
        QCOMPARE(parse({ u"--version"_qs }).kind, ParseOutcome::Kind::Version);
    }

    void exitCodes()
    {
        using net::ErrorKind;
        QCOMPARE(exitCodeFor(ErrorKind::None), ExitCode::Success);
        QCOMPARE(exitCodeFor(ErrorKind::BadCredentials), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::MfaRequired), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::MfaRejected), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::Locked), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::SessionExpired), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::KeychainUnavailable), ExitCode::Authentication);
        QCOMPARE(exitCodeFor(ErrorKind::Offline), ExitCode::Network);
        QCOMPARE(exitCodeFor(ErrorKind::Timeout), ExitCode::Network);
        QCOMPARE(exitCodeFor(ErrorKind::Tls), ExitCode::Network);
        QCOMPARE(exitCodeFor(ErrorKind::PortalError), ExitCode::PortalOrData);
        QCOMPARE(exitCodeFor(ErrorKind::UnexpectedAnswer), ExitCode::PortalOrData);
        QCOMPARE(exitCodeFor(ErrorKind::Forbidden), ExitCode::PortalOrData);
        QCOMPARE(exitCodeFor(ErrorKind::Conflict), ExitCode::PortalOrData);
        QCOMPARE(exitCodeFor(ErrorKind::Cancelled), ExitCode::Interrupted);
        QCOMPARE(toInt(ExitCode::BadUsage), 2);
        QCOMPARE(toInt(ExitCode::Interrupted), 130);
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
