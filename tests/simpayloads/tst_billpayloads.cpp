// Billing history rows against World::bills, the bill file name, and the bill PDF read back
// with pdftotext (poppler-utils).
#include "payloadtesting.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace payloadtesting;
using namespace sim;
namespace payloads = sim::payloads;

class TestBillPayloads : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<World> world = makeWorld();

    static QString dollars(coopdesk::Money m)
    {
        const qint64 c = std::abs(m.cents());
        return QString(m.isNegative() ? QStringLiteral("-$") : QStringLiteral("$"))
            + QLocale(QLocale::English, QLocale::UnitedStates).toString(c / 100) + u'.'
            + QString::number(c % 100).rightJustified(2, u'0');
    }

    QString pdfText(const QByteArray &pdf)
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return {};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bill.pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        file.close();
        QProcess process;
        process.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void historyRowsMatchBills()
    {
        const Account &home = account(*world, "1000123401");
        const QList<Bill> bills = world->bills(home);
        QVERIFY(bills.size() > 12);
        const QJsonArray rows = parse(payloads::billingHistory(*world, home)).array();
        QCOMPARE(rows.size(), bills.size());
        for (int i = 0; i < rows.size(); ++i) {
            const Bill &bill = bills.at(bills.size() - 1 - i); // newest first
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.value(u"acctNbr").toString(), home.number);
            QCOMPARE(row.value(u"custNbr").toString(), home.customerNumber);
            QCOMPARE(row.value(u"custName").toString(), home.customerName);
            QCOMPARE(row.value(u"billingDateTimestamp").toInteger(), bill.billingDateTimestampMs);
            QCOMPARE(row.value(u"billProcessUuid").toString(), bill.uuid);
            QCOMPARE(coopdesk::Money::fromDollars(row.value(u"adjustedBillAmount").toDouble()),
                     bill.total);
            QCOMPARE(row.value(u"totalAdjustments").toDouble(), 0.0);
            QVERIFY(std::abs(row.value(u"totalUsage").toDouble() - bill.kwh) < 0.0051);
            QCOMPARE(row.value(u"billPeriod").toObject().value(u"year").toInt(),
                     bill.billDate.year());
            QCOMPARE(row.value(u"billPeriod").toObject().value(u"month").toInt(),
                     bill.billDate.month());
            QCOMPARE(row.value(u"systemOfRecord").toString(), QStringLiteral("UTILITY"));
            QVERIFY(row.value(u"showViewBillLink").toBool());
            const QJsonObject loc = row.value(u"servLocs").toArray().first().toObject();
            QCOMPARE(loc.value(u"id").toObject().value(u"srvLocNbr").toInteger(), 30001);
            QCOMPARE(loc.value(u"address").toObject().value(u"zip").toString(),
                     QStringLiteral("80540"));
            QCOMPARE(loc.value(u"lastBillPresReadDtTm").toInteger(),
                     world->wallClock().startOfDay(bill.periodEnd.addDays(1)));
        }
        // The net exporter's bills show its net usage, signed as the World has it.
        const Account &solar = account(*world, "1000123403");
        const QJsonArray solarRows = parse(payloads::billingHistory(*world, solar)).array();
        QCOMPARE(solarRows.size(), world->bills(solar).size());
        // No bills yet: an empty list.
        QCOMPARE(payloads::billingHistory(*world, account(*world, "1000200501")), QByteArray("[]"));
    }

    void pdfNameIsLocalBillDateZeroPadded()
    {
        const Account &home = account(*world, "1000123401");
        const QList<Bill> bills = world->bills(home);
        for (const Bill &bill : bills) {
            const QString name = payloads::billPdfName(*world, bill);
            QCOMPARE(name, bill.billDate.toString(u"yyyy_MM_dd") + u'_' + home.number + u".pdf");
        }
        Bill early;
        early.accountNumber = QStringLiteral("1000123401");
        early.billDate = QDate(2026, 3, 5);
        // 00:00 local on Mar 5 is 07:00Z: the name uses the local date, never the UTC one.
        early.billingDateTimestampMs = world->wallClock().startOfDay(early.billDate);
        QCOMPARE(payloads::billPdfName(*world, early), QStringLiteral("2026_03_05_1000123401.pdf"));
        early.billingDateTimestampMs += 23 * 3600000LL + 30 * 60000; // 23:30 local, 06:30Z next day
        QCOMPARE(payloads::billPdfName(*world, early), QStringLiteral("2026_03_05_1000123401.pdf"));
    }

    void pdfIsARealBill()
    {
        const Account &home = account(*world, "1000123401");
        const QList<Bill> bills = world->bills(home);
        const Bill &bill = bills.last();
        const QByteArray pdf = payloads::billPdf(*world, home, bill);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 1024, "GAR rejects bill PDFs under 1 KB");
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));

        const QString text = pdfText(pdf);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not available");
        QVERIFY2(text.contains(home.number), qPrintable(text));
        QVERIFY2(text.contains(dollars(bill.amountDue)),
                 qPrintable(dollars(bill.amountDue) + u'\n' + text));
        QVERIFY(text.contains(dollars(bill.total)));
        const QString period = bill.periodStart.toString(u"MM/dd/yyyy") + u" - "
            + bill.periodEnd.toString(u"MM/dd/yyyy");
        QVERIFY2(text.contains(period), qPrintable(period));
        QVERIFY(text.contains(bill.dueDate.toString(u"MM/dd/yyyy")));
        QVERIFY(text.contains(home.customerName));
        QVERIFY(text.contains(world->coop().name));
        QVERIFY(text.contains(QStringLiteral("4180 Aspen Ridge Rd")));
        for (const BillLine &line : bill.lines)
            QVERIFY2(text.contains(line.description), qPrintable(line.description));
        // The 12-period chart labels its months.
        QVERIFY(text.contains(QLocale::c().toString(bills.at(bills.size() - 2).billDate, u"MMM")));
    }

    void pdfForEveryAccountKind()
    {
        // Demand farm, net-metered solar, closed apartment: each renders.
        for (const char *number : { "1000123402", "1000123403", "1000123404" }) {
            const Account &a = account(*world, number);
            const QList<Bill> bills = world->bills(a);
            QVERIFY2(!bills.isEmpty(), number);
            const QByteArray pdf = payloads::billPdf(*world, a, bills.first());
            QVERIFY(pdf.startsWith("%PDF-"));
            const QString text = pdfText(pdf);
            if (!text.isEmpty())
                QVERIFY2(text.contains(a.number), number);
        }
    }
};

QTEST_MAIN(TestBillPayloads)
#include "tst_billpayloads.moc"
