// The Spanish catalogue (translations/coopdesk_es.ts): every member-facing string of net/ and
// app/ translated (nothing unfinished or empty, the same %1 placeholders), and the compiled .qm
// embedded in coopdesk_cli really translating the engine's sentences once installed.
#include "app/cli/arguments.h"
#include "net/transport/portalerror.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using coopdesk::net::ErrorKind;
using coopdesk::net::PortalError;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message { context, {}, {}, {} };
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(u"type"_qs).toString();
            // A plain translation is text; a numerus one holds <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression arg(u"%(\\d+|n)"_qs);
    QSet<QString> found;
    for (auto it = arg.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT
private:
    QList<Message> m_messages;

    QString catalogueTranslation(const QString &context, const QString &source) const
    {
        for (const Message &m : m_messages) {
            if (m.context == context && m.source == source)
                return m.translations.value(0);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_messages = readCatalogue(QStringLiteral(COOPDESK_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyStringIsTranslated()
    {
        // The catalogue covers the engine and the CLI, not a stub.
        QVERIFY2(m_messages.size() > 100, qPrintable(QString::number(m_messages.size())));
        QStringList problems;
        for (const Message &m : m_messages) {
            if (m.type == u"vanished" || m.type == u"obsolete")
                continue;
            const QString where = m.context + u": " + m.source;
            if (m.type == u"unfinished")
                problems << u"unfinished: "_qs + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << u"empty: "_qs + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ: "_qs + where + u" -> "_qs + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theEngineSpeaksSpanish()
    {
        const QString english = PortalError::make(ErrorKind::Offline).message();
        const QString expected = catalogueTranslation(u"PortalError"_qs, english);
        QVERIFY2(!expected.isEmpty(), "PortalError's Offline sentence is not in the catalogue");
        QVERIFY(expected != english);

        QTranslator spanish;
        QVERIFY(spanish.load(QLocale(QLocale::Spanish, QLocale::Mexico), u"coopdesk"_qs, u"_"_qs,
                             u":/i18n"_qs));
        QCoreApplication::installTranslator(&spanish);
        const QString offline = PortalError::make(ErrorKind::Offline).message();
        const QString noCommand
            = coopdesk::cli::ArgumentParser::parse({ u"coopdesk-cli"_qs }, QProcessEnvironment())
                  .text;
        QCoreApplication::removeTranslator(&spanish);

        QCOMPARE(offline, expected);
        QCOMPARE(noCommand, catalogueTranslation(u"ArgumentParser"_qs, u"No command given."_qs));
        QVERIFY(noCommand != u"No command given."_qs);
        // And back to English once removed.
        QCOMPARE(PortalError::make(ErrorKind::Offline).message(), english);
    }

    void englishCarriesPluralFormsOnly()
    {
        // English is the source language; its catalogue (coopdesk_en.ts, lupdate -pluralonly)
        // only turns "%n account(s)" into "1 account" / "2 accounts".
        QTranslator english;
        QVERIFY(english.load(QLocale(QLocale::English, QLocale::UnitedStates), u"coopdesk"_qs,
                             u"_"_qs, u":/i18n"_qs));
        const char *context = "coopdesk::ui::OverviewScreen";
        const char *source = "Pay the %n account(s) that owe something.";
        QCOMPARE(english.translate(context, source, nullptr, 1),
                 u"Pay the %n account that owes something."_qs);
        QCOMPARE(english.translate(context, source, nullptr, 3),
                 u"Pay the %n accounts that owe something."_qs);
        QVERIFY(english.translate("PortalError", "No command given.").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
