#include "clitest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

QStringList CliRun::outLines() const
{
    QStringList lines = outText().split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray CliRun::describe() const
{
    return "finished " + QByteArray(finished ? "yes" : "no") + ", exit "
        + QByteArray::number(exitCode) + "; stderr: " + err.left(2000)
        + "; stdout: " + out.left(600);
}

CliHarness::CliHarness(const sim::Simulator &simulator)
    : m_portal(simulator.baseUrl().toString())
{
    const QString root = m_dir.path();
    m_home = root + u"/home"_qs;
    QDir().mkpath(m_home);
    // The CA lives outside HOME: HOME is searched for leaked secrets, not certificates.
    m_caFile = root + u"/simulator-ca.pem"_qs;
    QFile ca(m_caFile);
    if (ca.open(QIODevice::WriteOnly))
        ca.write(simulator.caCertificatePem());
}

QProcessEnvironment CliHarness::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, m_home);
    env.insert(u"XDG_CONFIG_HOME"_qs, m_home + u"/.config"_qs);
    env.insert(u"XDG_DATA_HOME"_qs, m_home + u"/.local/share"_qs);
    env.insert(u"XDG_CACHE_HOME"_qs, m_home + u"/.cache"_qs);
    env.insert(u"LANG"_qs, u"C.UTF-8"_qs);
    env.insert(u"LC_ALL"_qs, u"C.UTF-8"_qs);
    env.remove(u"LANGUAGE"_qs);
    env.remove(u"COOPDESK_PORTAL"_qs);
    env.remove(u"COOPDESK_TOTP_SECRET"_qs);
    env.insert(u"COOPDESK_PASSWORD"_qs, cast::kDemoPassword);
    env.insert(u"QT_LOGGING_RULES"_qs, u"*.debug=false"_qs);
    return env;
}

QStringList CliHarness::globals(const QString &user) const
{
    QStringList arguments = { u"--portal"_qs, m_portal, u"--ca-file"_qs, m_caFile };
    if (!user.isEmpty())
        arguments << u"--user"_qs << user;
    return arguments;
}

CliRun CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment,
                       const QByteArray &input, int timeoutMs) const
{
    return run(
        arguments, environment,
        [&input](QProcess &process) {
            // Always close stdin: a prompt must see end of input, never wait forever.
            if (!input.isEmpty())
                process.write(input);
            process.closeWriteChannel();
        },
        timeoutMs);
}

CliRun CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment,
                       const std::function<void(QProcess &)> &whileRunning, int timeoutMs) const
{
    QProcess process;
    process.setProgram(QStringLiteral(COOPDESK_CLI_EXECUTABLE));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun result;
    if (!process.waitForStarted(10'000)) {
        result.err = "could not start: " + process.errorString().toUtf8();
        return result;
    }
    if (whileRunning)
        whileRunning(process);
    // The simulator lives in this process: it answers while the spy's event loop spins.
    result.finished = !finished.isEmpty() || finished.wait(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList CliHarness::filesContaining(const QByteArray &needle) const
{
    QStringList hits;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

QByteArray unrelatedCaPem()
{
    sim::Simulator other;
    QString error;
    if (!other.start(&error))
        return {};
    const QByteArray pem = other.caCertificatePem();
    other.stop();
    return pem;
}
