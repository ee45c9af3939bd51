// smarthub-sim: a SmartHub-compatible HTTPS portal with a synthetic co-op, for tests and demos.
#include "commandline.h"
#include "signalwatcher.h"
#include "sim/api/simulator.h"

#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    // Atomic: whoever waits for the "Serving" line never reads half a certificate.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.commit();
}

} // namespace

int main(int argc, char **argv)
{
    // Bill PDFs need fonts, hence a QGuiApplication; a server has no screen to show them on.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"smarthub-sim"_qs);
    QGuiApplication::setApplicationVersion(u"" COOPDESK_VERSION ""_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A SmartHub-compatible member portal (HTTPS on loopback) with a synthetic co-op, "
        "for CoopDesk's tests and demos. Prints \"Serving <url>\" once it listens."_qs);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addVersionOption();
    sim::app::addOptions(parser);
    if (!parser.parse(QGuiApplication::arguments())) {
        printTo(stderr, parser.errorText() + u"\nTry --help.\n"_qs);
        return 2;
    }
    if (parser.isSet(help)) {
        printTo(stdout, sim::app::helpText(parser, parser.value(u"seed"_qs).toULongLong()));
        return 0;
    }
    if (parser.isSet(u"version"_qs)) {
        parser.showVersion();
    }

    QString error;
    const auto commandLine = sim::app::readCommandLine(parser, &error);
    if (!commandLine) {
        printTo(stderr, error + u'\n');
        return 2;
    }

    sim::Simulator simulator(commandLine->options);
    if (commandLine->verbose) {
        QObject::connect(&simulator, &sim::Simulator::requestHandled, &app,
                         [](const QByteArray &method, const QString &path, int status) {
                             printTo(stderr,
                                     QString::fromLatin1(method) + u' ' + path + u' '
                                         + QString::number(status) + u'\n');
                         });
    }
    if (!simulator.start(&error)) {
        printTo(stderr, error + u'\n');
        return 1;
    }
    if (!commandLine->caOut.isEmpty()) {
        if (simulator.caCertificatePem().isEmpty()) {
            printTo(stderr, u"--ca-out ignored: plain HTTP has no certificate\n"_qs);
        } else if (!writeFile(commandLine->caOut, simulator.caCertificatePem())) {
            printTo(stderr, u"Could not write "_qs + commandLine->caOut + u'\n');
            return 1;
        }
    }

    sim::app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &sim::app::SignalWatcher::stopRequested, &app,
                     &QCoreApplication::quit);
    printTo(stdout, u"Serving "_qs + simulator.baseUrl().toString() + u'\n');

    const int status = QGuiApplication::exec();
    simulator.stop();
    return status;
}
