// The generated loopback PKI, read back through QSslCertificate: what the CA and the server
// certificate claim, and that the pair works for a TLS handshake.
#include "sim/http/certificates.h"

#include <QDateTime>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace sim::http;

class TestCertificates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caIsACa();
    void leafIsAServerCertificate();
    void subjectAltNames();
    void validityWindow();
    void serialsAreRandom();
    void keyIsEcAndMatchesLeaf();
    void customNames();
    void noNamesIsAnError();
    void usesEllipticCurveKeys();

private:
    static QVariant extension(const QSslCertificate &cert, const QString &name,
                              bool *critical = nullptr);
    std::optional<GeneratedPki> m_pki;
};

QVariant TestCertificates::extension(const QSslCertificate &cert, const QString &name,
                                     bool *critical)
{
    const auto extensions = cert.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == name) {
            if (critical)
                *critical = extension.isCritical();
            return extension.value();
        }
    }
    return {};
}

void TestCertificates::initTestCase()
{
    QString error;
    m_pki = generateLoopbackPki({ u"localhost"_qs, u"127.0.0.1"_qs, u"::1"_qs }, &error);
    QVERIFY2(m_pki, qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestCertificates::caIsACa()
{
    const QSslCertificate &ca = m_pki->ca;
    QVERIFY(!ca.isNull());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
             QStringList { u"smarthub-sim local CA"_qs });
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.version(), QByteArrayLiteral("3"));

    bool critical = false;
    const QVariantMap basic = extension(ca, u"basicConstraints"_qs, &critical).toMap();
    QVERIFY(critical);
    QCOMPARE(basic.value(u"ca"_qs).toBool(), true);

    const QStringList keyUsage = extension(ca, u"keyUsage"_qs, &critical).toStringList();
    QVERIFY(critical);
    QCOMPARE(keyUsage, (QStringList { u"Certificate Sign"_qs, u"CRL Sign"_qs }));

    QVERIFY(extension(ca, u"subjectKeyIdentifier"_qs).isValid());
    QVERIFY(ca.toPem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(m_pki->caPem(), ca.toPem());
}

void TestCertificates::leafIsAServerCertificate()
{
    const QSslCertificate &leaf = m_pki->leaf;
    QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName), QStringList { u"localhost"_qs });
    QCOMPARE(leaf.issuerDisplayName(), u"smarthub-sim local CA"_qs);
    QVERIFY(!leaf.isSelfSigned());

    const QVariantMap basic = extension(leaf, u"basicConstraints"_qs).toMap();
    QCOMPARE(basic.value(u"ca"_qs).toBool(), false);
    bool critical = false;
    QCOMPARE(extension(leaf, u"keyUsage"_qs, &critical).toStringList(),
             QStringList { u"Digital Signature"_qs });
    QVERIFY(critical);
    QCOMPARE(extension(leaf, u"extendedKeyUsage"_qs).toStringList(),
             QStringList { u"TLS Web Server Authentication"_qs });
    QVERIFY(extension(leaf, u"subjectKeyIdentifier"_qs).isValid());

    // The leaf's authority key identifier names the CA's subject key identifier. Qt shows the
    // one as "F3:83:..." and the other as "f383...".
    const QByteArray authorityKeyId
        = extension(leaf, u"authorityKeyIdentifier"_qs).toMap().value(u"keyid"_qs).toByteArray();
    const QByteArray caKeyId = extension(m_pki->ca, u"subjectKeyIdentifier"_qs)
                                   .toString()
                                   .remove(u':')
                                   .toLower()
                                   .toLatin1();
    QVERIFY(!caKeyId.isEmpty());
    QCOMPARE(authorityKeyId, caKeyId);

    // Signed with SHA-256 by the CA's key: OpenSSL's own text dump says so.
    const QByteArray text = leaf.toText().toLatin1();
    QVERIFY2(text.contains("ecdsa-with-SHA256"), text.constData());
}

void TestCertificates::subjectAltNames()
{
    const auto names = m_pki->leaf.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList { u"localhost"_qs });
    QStringList ips = names.values(QSsl::IpAddressEntry);
    ips.sort();
    QCOMPARE(ips, (QStringList { u"127.0.0.1"_qs, u"::1"_qs }));
}

void TestCertificates::validityWindow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &cert : { m_pki->ca, m_pki->leaf }) {
        const QDateTime from = cert.effectiveDate();
        const QDateTime until = cert.expiryDate();
        // A day back for clock skew, 397 days ahead (minus the minutes this test may take).
        QVERIFY(qAbs(from.secsTo(now.addDays(-1))) < 600);
        QVERIFY(qAbs(until.secsTo(now.addDays(397))) < 600);
    }
}

void TestCertificates::serialsAreRandom()
{
    const QByteArray caSerial = m_pki->ca.serialNumber();
    const QByteArray leafSerial = m_pki->leaf.serialNumber();
    QVERIFY(caSerial != leafSerial);
    // Qt prints serials as colon-separated hex: 16 bytes means 16 groups.
    QCOMPARE(caSerial.count(':') + 1, 16);
    QCOMPARE(leafSerial.count(':') + 1, 16);
    const auto again = generateLoopbackPki();
    QVERIFY(again);
    QVERIFY(again->leaf.serialNumber() != leafSerial);
}

void TestCertificates::keyIsEcAndMatchesLeaf()
{
    QCOMPARE(m_pki->leafKey.algorithm(), QSsl::Ec);
    QCOMPARE(m_pki->leafKey.type(), QSsl::PrivateKey);
    QCOMPARE(m_pki->leafKey.length(), 256);
    QCOMPARE(m_pki->leaf.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(m_pki->ca.publicKey().algorithm(), QSsl::Ec);
    // QSslConfiguration does not check the pair; a handshake would. Compare the public halves.
    QVERIFY(m_pki->leaf.publicKey() != m_pki->ca.publicKey());
}

void TestCertificates::customNames()
{
    QString error;
    const auto pki = generateLoopbackPki({ u"sim.coop.test"_qs, u"10.0.0.7"_qs }, &error);
    QVERIFY2(pki, qPrintable(error));
    const auto names = pki->leaf.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry), QStringList { u"sim.coop.test"_qs });
    QCOMPARE(names.values(QSsl::IpAddressEntry), QStringList { u"10.0.0.7"_qs });
}

void TestCertificates::noNamesIsAnError()
{
    QString error;
    QVERIFY(!generateLoopbackPki({}, &error));
    QVERIFY(!error.isEmpty());
}

void TestCertificates::usesEllipticCurveKeys()
{
    // P-256 keys keep start-up instant, even in a sanitizer build (RSA-2048 would not).
    QCOMPARE(m_pki->leafKey.algorithm(), QSsl::Ec);
    QCOMPARE(m_pki->leaf.publicKey().algorithm(), QSsl::Ec);
    QCOMPARE(m_pki->ca.publicKey().algorithm(), QSsl::Ec);
}

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
