// RFC 6238 codes: the RFC's SHA-1 test vectors, the secret forms members paste (grouped, lower
// case, padded, otpauth:// URIs), and what is refused.

#include "net/session/totp.h"

#include <QTest>

using coopdesk::net::Totp;

namespace {
// RFC 6238 Appendix B: the ASCII key "12345678901234567890", base32-encoded.
const QString kRfcSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
} // namespace

class TestNetSessionTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("eightDigits");
        QTest::addColumn<QString>("sixDigits");
        QTest::newRow("59") << qint64(59) << u"94287082"_qs << u"287082"_qs;
        QTest::newRow("1111111109") << qint64(1111111109) << u"07081804"_qs << u"081804"_qs;
        QTest::newRow("1111111111") << qint64(1111111111) << u"14050471"_qs << u"050471"_qs;
        QTest::newRow("1234567890") << qint64(1234567890) << u"89005924"_qs << u"005924"_qs;
        QTest::newRow("2000000000") << qint64(2000000000) << u"69279037"_qs << u"279037"_qs;
        QTest::newRow("20000000000") << qint64(20000000000) << u"65353130"_qs << u"353130"_qs;
    }
    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, eightDigits);
        QFETCH(QString, sixDigits);
        const auto totp = Totp::fromSecret(kRfcSecret);
        QVERIFY(totp);
        QCOMPARE(totp->codeAt(time, 8), eightDigits);
        QCOMPARE(totp->codeAt(time), sixDigits);
    }

    void sameStepSameCode()
    {
        const auto totp = Totp::fromSecret(kRfcSecret);
        QCOMPARE(totp->codeAt(1111111110), totp->codeAt(1111111139)); // one 30 s step
        QVERIFY(totp->codeAt(1111111139) != totp->codeAt(1111111140));
        QCOMPARE(totp->codeAt(59).size(), 6);
    }

    void secretForms_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("lower case") << u"gezdgnbvgy3tqojqgezdgnbvgy3tqojq"_qs;
        QTest::newRow("grouped") << u"GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"_qs;
        QTest::newRow("dashes and blanks around")
            << u"  GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ\n"_qs;
        QTest::newRow("otpauth")
            << u"otpauth://totp/Coop:ann%40x.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Coop&digits=6"_qs;
        QTest::newRow("otpauth, lower-case secret first")
            << u"OTPAUTH://totp/x?secret=gezdgnbvgy3tqojqgezdgnbvgy3tqojq"_qs;
    }
    void secretForms()
    {
        QFETCH(QString, secret);
        const auto totp = Totp::fromSecret(secret);
        QVERIFY(totp);
        QCOMPARE(totp->codeAt(59), u"287082"_qs);
    }

    void padding()
    {
        // "12345" is 5 bytes = 8 base32 letters, no padding; "1234" needs "====".
        QCOMPARE(Totp::fromSecret(u"GEZDGNA="_qs)->codeAt(0),
                 Totp::fromSecret(u"GEZDGNA"_qs)->codeAt(0));
        QCOMPARE(Totp::fromSecret(u"GEZDGNBV"_qs)->codeAt(0),
                 Totp::fromSecret(u"gezdgnbv"_qs)->codeAt(0));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_qs;
        QTest::newRow("only padding") << u"===="_qs;
        QTest::newRow("digits outside base32") << u"GEZD0189"_qs;
        QTest::newRow("punctuation") << u"GEZD!GNBV"_qs;
        QTest::newRow("otpauth without secret") << u"otpauth://totp/x?issuer=Coop"_qs;
        QTest::newRow("otpauth, bad secret") << u"otpauth://totp/x?secret=1111"_qs;
    }
    void refused()
    {
        QFETCH(QString, secret);
        QVERIFY(!Totp::fromSecret(secret));
    }

    void secondsLeft()
    {
        QCOMPARE(Totp::secondsLeft(0), 30);
        QCOMPARE(Totp::secondsLeft(59), 1);
        QCOMPARE(Totp::secondsLeft(60), 30);
    }
};

QTEST_GUILESS_MAIN(TestNetSessionTotp)
#include "tst_net_session_totp.moc"
