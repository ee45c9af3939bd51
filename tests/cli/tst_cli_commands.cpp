// Every coopdesk-cli command, as a script runs it: the real executable over HTTPS against an
// in-process simulator, its CA passed with --ca-file, a fresh HOME per test.
#include "clitest.h"
#include "models/money.h"
#include "net/client/paymentsapi.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using coopdesk::Money;

namespace {

QJsonDocument json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()),
                 run.out.left(300).constData());
    return document;
}

Money money(const QJsonValue &value)
{
    return Money::parse(value.toString()).value_or(Money::fromCents(-999'999'99));
}

const QRegularExpression kMoneyText(u"^-?\\d+\\.\\d{2}$"_qs);
const QRegularExpression kDecimalText(u"^-?\\d+(\\.\\d+)?$"_qs);
const QRegularExpression
    kIsoOffset(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"_qs);

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<CliHarness> m_cli;

    CliRun cli(const QStringList &arguments) { return m_cli->run(m_cli->globals() + arguments); }

    // The home account's total due, as `bills --json` tells it.
    Money totalDue()
    {
        const CliRun run = cli({ u"--json"_qs, u"bills"_qs, u"--account"_qs, cast::kHome });
        return money(json(run).object().value(u"balance"_qs).toObject().value(u"totalDue"_qs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<sim::Simulator>();
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void init() { m_cli = std::make_unique<CliHarness>(*m_sim); } // a fresh HOME every time

    void accountsText()
    {
        const CliRun run = cli({ u"accounts"_qs });
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(u"1000123401  Alex Rivera  (active)"_qs));
        QVERIFY(run.outText().contains(u"1000123404  Alex Rivera  (closed)"_qs));
        QVERIFY(run.outText().contains(u"4180 Aspen Ridge Rd, Lyons, CO 80540"_qs));
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    }

    void accountsJson()
    {
        // --json after the command works as well as before it.
        const CliRun run = cli({ u"accounts"_qs, u"--json"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray accounts = json(run).array();
        QCOMPARE(accounts.size(), 4);
        QHash<QString, QJsonObject> byNumber;
        for (const QJsonValue &a : accounts)
            byNumber.insert(a.toObject().value(u"number"_qs).toString(), a.toObject());
        QCOMPARE(byNumber.value(cast::kHome).value(u"status"_qs).toString(), u"active"_qs);
        QCOMPARE(byNumber.value(cast::kClosed).value(u"status"_qs).toString(), u"closed"_qs);
        QCOMPARE(byNumber.value(cast::kHome).value(u"name"_qs).toString(), u"Alex Rivera"_qs);
        const QJsonObject home
            = byNumber.value(cast::kHome).value(u"locations"_qs).toArray().first().toObject();
        QCOMPARE(home.value(u"number"_qs).toString(), u"30001"_qs);
        QCOMPARE(home.value(u"address"_qs).toObject().value(u"city"_qs).toString(), u"Lyons"_qs);
        QCOMPARE(home.value(u"meters"_qs).toArray().first().toString(), cast::kHomeMeter);
        // The farm's odd service key is discovered.
        QCOMPARE(byNumber.value(cast::kFarm)
                     .value(u"locations"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"serviceKey"_qs)
                     .toString(),
                 u"1ELEC"_qs);
    }

    void bills()
    {
        const CliRun text = cli({ u"bills"_qs, u"--account"_qs, cast::kHome });
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY(text.outText().startsWith(u"Total due: $"_qs));
        QVERIFY(text.outText().contains(u"Date"_qs));

        const CliRun run = cli({ u"--json"_qs, u"bills"_qs, u"--account"_qs, cast::kHome });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject answer = json(run).object();
        QCOMPARE(answer.value(u"account"_qs).toString(), cast::kHome);
        const QJsonArray rows = answer.value(u"bills"_qs).toArray();
        QVERIFY(rows.size() >= 12);
        QDate previous;
        for (const QJsonValue &v : rows) {
            const QJsonObject bill = v.toObject();
            const QDate date = QDate::fromString(bill.value(u"date"_qs).toString(), Qt::ISODate);
            QVERIFY(date.isValid());
            QVERIFY(!previous.isValid() || date < previous); // newest first
            previous = date;
            QVERIFY2(kMoneyText.match(bill.value(u"amount"_qs).toString()).hasMatch(),
                     qPrintable(bill.value(u"amount"_qs).toString()));
            QVERIFY(bill.value(u"kwh"_qs).toDouble() > 0);
            QVERIFY(bill.value(u"periodMonth"_qs).toInt() >= 1);
        }
        QVERIFY(kMoneyText
                    .match(answer.value(u"balance"_qs).toObject().value(u"totalDue"_qs).toString())
                    .hasMatch());
    }

    void billPdf()
    {
        const CliRun list = cli({ u"--json"_qs, u"bills"_qs, u"--account"_qs, cast::kHome });
        const QString date = json(list)
                                 .object()
                                 .value(u"bills"_qs)
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(u"date"_qs)
                                 .toString();
        QVERIFY(!date.isEmpty());
        const QString path = m_cli->home() + u"/bill.pdf"_qs;
        const CliRun run = cli({ u"bill-pdf"_qs, u"--account"_qs, cast::kHome, u"--date"_qs, date,
                                 u"--output"_qs, path });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 1000);
        QVERIFY(run.outText().contains(path));

        const CliRun asJson = cli({ u"--json"_qs, u"bill-pdf"_qs, u"--account"_qs, cast::kHome,
                                    u"--date"_qs, date, u"--output"_qs, path });
        QVERIFY2(asJson.exitCode == 0, asJson.describe().constData());
        QCOMPARE(json(asJson).object().value(u"bytes"_qs).toInteger(), bytes.size());

        // No bill that day: the command line named something that is not there.
        const CliRun none = cli({ u"bill-pdf"_qs, u"--account"_qs, cast::kHome, u"--date"_qs,
                                  u"2026-01-01"_qs, u"--output"_qs, m_cli->home() + u"/x.pdf"_qs });
        QCOMPARE(none.exitCode, 2);
        QVERIFY(!QFile::exists(m_cli->home() + u"/x.pdf"_qs));
    }

    // The demo home's 15-minute meter on the day Denver falls back: 25 hours, 100 rows.
    void usageCsvFallBackDay()
    {
        const CliRun run
            = cli({ u"usage"_qs, u"--account"_qs, cast::kHome, u"--from"_qs, u"2025-11-02"_qs,
                    u"--to"_qs, u"2025-11-02"_qs, u"--interval"_qs, u"hourly"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList lines = run.outLines();
        QCOMPARE(lines.first(), u"start,end,meter,flow,kwh,cost_usd"_qs);
        const QStringList rows = lines.mid(1);
        QCOMPARE(rows.size(), 100);
        QCOMPARE(rows.first().section(u',', 0, 1),
                 u"2025-11-02T00:00:00-06:00,2025-11-02T00:15:00-06:00"_qs);
        QCOMPARE(rows.last().section(u',', 0, 1),
                 u"2025-11-02T23:45:00-07:00,2025-11-03T00:00:00-07:00"_qs);
        // The repeated hour is there twice, once per offset.
        QCOMPARE(rows.filter(QRegularExpression(u"^2025-11-02T01:00:00-06:00,"_qs)).size(), 1);
        QCOMPARE(rows.filter(QRegularExpression(u"^2025-11-02T01:00:00-07:00,"_qs)).size(), 1);
        QString previousEnd;
        for (const QString &row : rows) {
            const QStringList cells = row.split(u',');
            QCOMPARE(cells.size(), 6);
            QVERIFY2(kIsoOffset.match(cells[0]).hasMatch(), qPrintable(row));
            QCOMPARE(cells[2], cast::kHomeMeter);
            QCOMPARE(cells[3], u"FORWARD"_qs);
            QVERIFY(cells[4].toDouble() > 0);
            QVERIFY(!cells[5].isEmpty());
            QVERIFY(previousEnd.isEmpty() || previousEnd == cells[0]); // no gap, no overlap
            previousEnd = cells[1];
        }
    }

    void usageJson()
    {
        const CliRun run = cli({ u"usage"_qs, u"--account"_qs, cast::kHome, u"--from"_qs,
                                 u"2025-11-02"_qs, u"--to"_qs, u"2025-11-02"_qs, u"--interval"_qs,
                                 u"hourly"_qs, u"--format"_qs, u"json"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject answer = json(run).object();
        QCOMPARE(answer.value(u"account"_qs).toString(), cast::kHome);
        QCOMPARE(answer.value(u"location"_qs).toString(), u"30001"_qs);
        QCOMPARE(answer.value(u"interval"_qs).toString(), u"hourly"_qs);
        QCOMPARE(answer.value(u"timeZone"_qs).toString(), u"America/Denver"_qs);
        const QJsonArray rows = answer.value(u"rows"_qs).toArray();
        QCOMPARE(rows.size(), 100);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(u"kwh"_qs).isDouble());
            QVERIFY(row.value(u"cost_usd"_qs).isString()); // money as text
            QVERIFY(kDecimalText.match(row.value(u"cost_usd"_qs).toString()).hasMatch());
        }
        // --json alone makes usage JSON too.
        const CliRun global = cli({ u"--json"_qs, u"usage"_qs, u"--account"_qs, cast::kHome,
                                    u"--from"_qs, u"2025-11-02"_qs, u"--to"_qs, u"2025-11-02"_qs,
                                    u"--interval"_qs, u"hourly"_qs });
        QCOMPARE(json(global).object().value(u"rows"_qs).toArray().size(), 100);
    }

    void usageSpringForwardDay()
    {
        const CliRun run
            = cli({ u"usage"_qs, u"--account"_qs, cast::kHome, u"--from"_qs, u"2026-03-08"_qs,
                    u"--to"_qs, u"2026-03-08"_qs, u"--interval"_qs, u"hourly"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.outLines().size(), 1 + 92);
    }

    void usageDemandAndDaily()
    {
        // The farm: hourly meter with demand, no cost series (the co-op publishes none there).
        const CliRun farm
            = cli({ u"usage"_qs, u"--account"_qs, cast::kFarm, u"--from"_qs, u"2026-10-01"_qs,
                    u"--to"_qs, u"2026-10-01"_qs, u"--interval"_qs, u"hourly"_qs });
        QVERIFY2(farm.exitCode == 0, farm.describe().constData());
        QCOMPARE(farm.outLines().first(), u"start,end,meter,flow,kwh,demand_kw"_qs);
        QCOMPARE(farm.outLines().size(), 1 + 24);

        // The solar house, daily over a month: NET and RETURN meters, one row each per day.
        const CliRun solar
            = cli({ u"usage"_qs, u"--account"_qs, cast::kSolar, u"--from"_qs, u"2026-06-01"_qs,
                    u"--to"_qs, u"2026-06-30"_qs, u"--interval"_qs, u"daily"_qs });
        QVERIFY2(solar.exitCode == 0, solar.describe().constData());
        const QStringList rows = solar.outLines().mid(1);
        QCOMPARE(rows.size(), 60);
        QCOMPARE(rows.filter(u",NET,"_qs).size(), 30);
        QCOMPARE(rows.filter(u",RETURN,"_qs).size(), 30);
        QCOMPARE(rows.first().left(25), u"2026-06-01T00:00:00-06:00"_qs);
    }

    void usageOtherLocationAndFlows()
    {
        // A business with three locations; the cottage is metered TOTAL + REVERSE.
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, u"Rentals-Valley-2026"_qs);
        const CliRun run = m_cli->run(
            m_cli->globals(u"dana@whitfield-rentals.example"_qs)
                + QStringList { u"usage"_qs, u"--account"_qs, u"1000200401"_qs, u"--location"_qs,
                                u"30403"_qs, u"--from"_qs, u"2026-07-01"_qs, u"--to"_qs,
                                u"2026-07-02"_qs, u"--interval"_qs, u"daily"_qs },
            env);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList rows = run.outLines().mid(1);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.filter(u",TOTAL,"_qs).size(), 2);
        QCOMPARE(rows.filter(u",REVERSE,"_qs).size(), 2);
    }

    void usageLongRangeToFile()
    {
        // Ten weeks of 15-minute data across the fall-back day: several chunks, merged.
        const QString path = m_cli->home() + u"/usage.csv"_qs;
        const CliRun run = cli({ u"usage"_qs, u"--account"_qs, cast::kHome, u"--from"_qs,
                                 u"2025-09-15"_qs, u"--to"_qs, u"2025-11-23"_qs, u"--interval"_qs,
                                 u"hourly"_qs, u"--output"_qs, path });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 70 * 96 + 4);
        QVERIFY(run.outText().contains(QString::number(70 * 96 + 4)));
        QSet<QByteArray> starts;
        for (qsizetype i = 1; i < lines.size(); ++i)
            starts.insert(lines[i].left(25));
        QCOMPARE(starts.size(), lines.size() - 1); // no duplicates at chunk seams
    }

    void usageMonthly()
    {
        const CliRun run = cli({ u"--json"_qs, u"usage"_qs, u"--account"_qs, cast::kHome,
                                 u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2026-06-30"_qs,
                                 u"--interval"_qs, u"monthly"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray rows = json(run).object().value(u"rows"_qs).toArray();
        QVERIFY2(rows.size() >= 6 && rows.size() <= 8, qPrintable(QString::number(rows.size())));
    }

    void weatherFromThePortal()
    {
        const CliRun run = cli({ u"weather"_qs, u"--account"_qs, cast::kHome, u"--from"_qs,
                                 u"2026-01-10"_qs, u"--to"_qs, u"2026-01-12"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList lines = run.outLines();
        QCOMPARE(lines.first(), u"date,high_f,low_f,mean_f"_qs);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(u"2026-01-10,"_qs));
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            QVERIFY(cells[1].toDouble() >= cells[2].toDouble());
            QVERIFY(cells[1].toDouble() > -40 && cells[1].toDouble() < 110);
        }
    }

    void weatherFromOpenMeteo()
    {
        // The simulator also serves the Open-Meteo archive API at /v1/archive.
        const CliRun run = m_cli->run(
            m_cli->globals()
            + QStringList { u"--weather-url"_qs, m_cli->portal(), u"weather"_qs, u"--account"_qs,
                            cast::kHome, u"--from"_qs, u"2026-07-01"_qs, u"--to"_qs,
                            u"2026-07-02"_qs, u"--format"_qs, u"json"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject answer = json(run).object();
        const QJsonArray daily = answer.value(u"daily"_qs).toArray();
        QCOMPARE(daily.size(), 2);
        QCOMPARE(daily.at(0).toObject().value(u"date"_qs).toString(), u"2026-07-01"_qs);
        QVERIFY(daily.at(0).toObject().value(u"high_f"_qs).toDouble() > 60); // July in Colorado
        QCOMPARE(answer.value(u"hourly"_qs).toArray().size(), 48);
    }

    void payments()
    {
        const CliRun run = cli({ u"--json"_qs, u"payments"_qs, u"--account"_qs, cast::kHome });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray rows = json(run).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            const QJsonObject p = v.toObject();
            QVERIFY(kMoneyText.match(p.value(u"amount"_qs).toString()).hasMatch());
            QVERIFY(!p.value(u"confirmation"_qs).toString().isEmpty());
            QVERIFY(kIsoOffset.match(p.value(u"posted"_qs).toString()).hasMatch());
        }
        const CliRun text = cli({ u"payments"_qs, u"--account"_qs, cast::kHome });
        QVERIFY(text.outText().contains(u"VISA ending 4242"_qs));
    }

    // Paying takes the money once; the same idempotency key gives the same confirmation and
    // charges nothing more; the payment is in the history.
    void payOnce()
    {
        const Money before = totalDue();
        const QString key = u"cli-test-"_qs + QString::number(QDateTime::currentMSecsSinceEpoch());
        const QStringList pay = { u"--json"_qs,
                                  u"pay"_qs,
                                  u"--account"_qs,
                                  cast::kHome,
                                  u"--amount"_qs,
                                  u"12.34"_qs,
                                  u"--method"_qs,
                                  cast::kCard,
                                  u"--idempotency-key"_qs,
                                  key };
        const CliRun first = cli(pay);
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        const QJsonObject paid = json(first).object();
        const QString confirmation = paid.value(u"confirmation"_qs).toString();
        QVERIFY(confirmation.startsWith(u"P-"_qs));
        QCOMPARE(paid.value(u"amount"_qs).toString(), u"12.34"_qs);
        QCOMPARE(paid.value(u"status"_qs).toString(), u"POSTED"_qs);
        QCOMPARE(paid.value(u"replayed"_qs).toBool(), false);
        QCOMPARE(paid.value(u"idempotencyKey"_qs).toString(), key);
        QCOMPARE(totalDue(), before - Money::fromCents(1234));

        const CliRun again = cli(pay);
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QCOMPARE(json(again).object().value(u"confirmation"_qs).toString(), confirmation);
        QCOMPARE(json(again).object().value(u"replayed"_qs).toBool(), true);
        QCOMPARE(totalDue(), before - Money::fromCents(1234)); // still charged once

        const CliRun history = cli({ u"--json"_qs, u"payments"_qs, u"--account"_qs, cast::kHome });
        int seen = 0;
        for (const QJsonValue &v : json(history).array())
            seen += v.toObject().value(u"confirmation"_qs).toString() == confirmation;
        QCOMPARE(seen, 1);

        // The key with other data is refused, and charges nothing.
        const CliRun reused
            = cli({ u"pay"_qs, u"--account"_qs, cast::kHome, u"--amount"_qs, u"99.00"_qs,
                    u"--method"_qs, cast::kCard, u"--idempotency-key"_qs, key });
        QCOMPARE(reused.exitCode, 5);
        QCOMPARE(totalDue(), before - Money::fromCents(1234));
    }

    // The portal takes the payment but its answer is cut off: the CLI asks for the key's outcome
    // instead of paying again, and prints the confirmation. (A connection reset before any byte
    // of the answer is re-sent by QNetworkAccessManager itself; the key makes that harmless.)
    void payAnswerLost()
    {
        const Money before = totalDue();
        sim::api::FaultRule cut;
        cut.kind = sim::api::FaultKind::Truncate;
        cut.pathPrefix = u"/services/secured/payments"_qs;
        cut.remaining = 1;
        m_sim->faults().add(cut);
        const QString key = u"cli-lost-"_qs + QString::number(QDateTime::currentMSecsSinceEpoch());
        const CliRun run
            = cli({ u"--json"_qs, u"pay"_qs, u"--account"_qs, cast::kHome, u"--amount"_qs,
                    u"7.00"_qs, u"--method"_qs, cast::kCard, u"--idempotency-key"_qs, key });
        m_sim->faults().clear();
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.errText().contains(coopdesk::net::PaymentsApi::checkingMessage()), run.describe().constData());
        QVERIFY(json(run).object().value(u"confirmation"_qs).toString().startsWith(u"P-"_qs));
        QCOMPARE(totalDue(), before - Money::fromCents(700)); // taken once
    }

    // The portal never got it (a gateway error before processing): nothing charged, and the key
    // to retry with is printed; retrying with it pays once.
    void payNotReceived()
    {
        const Money before = totalDue();
        sim::api::FaultRule gateway;
        gateway.kind = sim::api::FaultKind::Status;
        gateway.status = 503;
        gateway.pathPrefix = u"/services/secured/payments"_qs;
        gateway.remaining = 1;
        m_sim->faults().add(gateway);
        const QStringList pay = { u"pay"_qs,  u"--account"_qs, cast::kHome, u"--amount"_qs,
                                  u"3.00"_qs, u"--method"_qs,  cast::kCard };
        const CliRun run = cli(pay);
        m_sim->faults().clear();
        QVERIFY2(run.exitCode != 0, run.describe().constData());
        QCOMPARE(totalDue(), before);
        const QRegularExpressionMatch hint
            = QRegularExpression(u"--idempotency-key (\\S+)\\."_qs).match(run.errText());
        QVERIFY2(hint.hasMatch(), run.describe().constData());

        const CliRun retry = cli(pay + QStringList { u"--idempotency-key"_qs, hint.captured(1) });
        QVERIFY2(retry.exitCode == 0, retry.describe().constData());
        QCOMPARE(totalDue(), before - Money::fromCents(300));
    }

    void payTextWithoutKey()
    {
        const CliRun run = cli({ u"pay"_qs, u"--account"_qs, cast::kHome, u"--amount"_qs,
                                 u"1.00"_qs, u"--method"_qs, cast::kCard });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(u"confirmation P-"_qs));
        QVERIFY(run.outText().contains(u"$1.00"_qs));
        QVERIFY(run.outText().contains(u"Idempotency key: "_qs)); // made up, and shown
    }

    void mfaMemberWithSecret()
    {
        QProcessEnvironment env = m_cli->environment();
        env.insert(u"COOPDESK_PASSWORD"_qs, cast::kMfaPassword);
        env.insert(u"COOPDESK_TOTP_SECRET"_qs, cast::kMfaSecret);
        const CliRun run
            = m_cli->run(m_cli->globals(cast::kMfa) + QStringList { u"accounts"_qs }, env);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(u"1000200101  Priya Shah"_qs));
    }

    // Without --remember nothing is kept: no settings, nothing with the password under HOME.
    void loginKeepsNothing()
    {
        const CliRun run = cli({ u"login"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(cast::kDemo));
        QVERIFY(m_cli->filesContaining(cast::kDemoPassword.toUtf8()).isEmpty());
        QSettings settings(m_cli->home() + u"/.config/CoopDesk/coopdesk-cli.conf"_qs,
                           QSettings::IniFormat);
        QVERIFY(settings.allKeys().isEmpty());

        const CliRun asJson = cli({ u"--json"_qs, u"login"_qs });
        QVERIFY2(asJson.exitCode == 0, asJson.describe().constData());
        QCOMPARE(json(asJson).object().value(u"remembered"_qs).toBool(), false);
        QCOMPARE(json(asJson).object().value(u"user"_qs).toString(), cast::kDemo);
    }

    void explicitTimeZone()
    {
        // The member's override wins over the zone of the service address.
        const CliRun run = cli({ u"--timezone"_qs, u"America/Chicago"_qs, u"--json"_qs, u"usage"_qs,
                                 u"--account"_qs, cast::kHome, u"--from"_qs, u"2026-09-01"_qs,
                                 u"--to"_qs, u"2026-09-01"_qs, u"--interval"_qs, u"daily"_qs });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject answer = json(run).object();
        QCOMPARE(answer.value(u"timeZone"_qs).toString(), u"America/Chicago"_qs);
        QCOMPARE(answer.value(u"from"_qs).toString(), u"2026-09-01T00:00:00-05:00"_qs);
    }
};

QTEST_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
