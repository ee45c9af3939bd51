#include "models/money.h"

#include <QTest>

using coopdesk::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << u"12"_qs << true << qint64(1200);
        QTest::newRow("one decimal") << u"12.3"_qs << true << qint64(1230);
        QTest::newRow("two decimals") << u"12.34"_qs << true << qint64(1234);
        QTest::newRow("leading point") << u".5"_qs << true << qint64(50);
        QTest::newRow("negative") << u"-0.50"_qs << true << qint64(-50);
        QTest::newRow("dollar and commas") << u"$1,234.56"_qs << true << qint64(123456);
        QTest::newRow("spaces") << u"  7.00 "_qs << true << qint64(700);
        QTest::newRow("three decimals") << u"1.234"_qs << false << qint64(0);
        QTest::newRow("exponent") << u"1e3"_qs << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("just a point") << u"."_qs << false << qint64(0);
        QTest::newRow("letters") << u"12a"_qs << false << qint64(0);
        QTest::newRow("two points") << u"1.2.3"_qs << false << qint64(0);
        QTest::newRow("arabic digits") << u"\u0661\u0662"_qs << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto money = Money::parse(text);
        QCOMPARE(money.has_value(), valid);
        if (valid)
            QCOMPARE(money->cents(), cents);
    }

    void plainString()
    {
        QCOMPARE(Money::fromCents(123456).toPlainString(), u"1234.56"_qs);
        QCOMPARE(Money::fromCents(-5).toPlainString(), u"-0.05"_qs);
        QCOMPARE(Money::fromCents(0).toPlainString(), u"0.00"_qs);
    }

    void roundsHalfAwayFromZero()
    {
        QCOMPARE(Money::fromDollars(0.125).cents(), qint64(13));
        QCOMPARE(Money::fromDollars(-0.125).cents(), qint64(-13));
        QCOMPARE(Money::fromDollars(57.029999999999994).cents(), qint64(5703));
        // 412 kWh at $0.21500 = $88.58
        QCOMPARE(Money::fromMicroDollars(412.0 * 215000).cents(), qint64(8858));
    }

    void arithmetic()
    {
        Money a = Money::fromCents(1050);
        a += Money::fromCents(25);
        QCOMPARE(a, Money::fromCents(1075));
        QVERIFY(Money::fromCents(-1).isNegative());
        QVERIFY(Money::fromCents(1) > Money::fromCents(0));
        QCOMPARE((a - Money::fromCents(1075)).isZero(), true);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
