#pragma once

#include "sim/api/simulator.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// What one run of the real coopdesk-cli executable did.
struct CliRun
{
    bool finished = false; // false: it hung past the timeout (and was killed)
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const;
    // For QVERIFY2: "exit 3; stderr: ...".
    QByteArray describe() const;
};

// The demo cast of the simulator (docs/simulator.md).
namespace cast {
inline const QString kDemo = QStringLiteral("demo@mountainvalley.coop");
inline const QString kDemoPassword = QStringLiteral("Demo-Valley-2026");
inline const QString kHome = QStringLiteral("1000123401");
inline const QString kFarm = QStringLiteral("1000123402");
inline const QString kSolar = QStringLiteral("1000123403");
inline const QString kClosed = QStringLiteral("1000123404");
inline const QString kHomeMeter = QStringLiteral("MV15A00417");
inline const QString kCard = QStringLiteral("pm-1001");
inline const QString kMfa = QStringLiteral("priya.shah@example.com");
inline const QString kMfaPassword = QStringLiteral("Mfa-Valley-2026");
inline const QString kMfaSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
} // namespace cast

// Runs coopdesk-cli (COOPDESK_CLI_EXECUTABLE) against an in-process simulator over HTTPS: the
// simulator's CA written to a file for --ca-file, and a fresh HOME with its own XDG directories
// for every harness, so QSettings and anything else the CLI might write land in a temp dir.
// The child runs while this process's event loop serves it (QSignalSpy::wait, never a blocking
// wait).
class CliHarness
{
public:
    explicit CliHarness(const sim::Simulator &simulator);

    const QString &home() const { return m_home; }
    const QString &caFile() const { return m_caFile; }
    QString portal() const { return m_portal; }

    // The child's environment: this one's (D-Bus session, keyring) with the fresh HOME and XDG
    // directories, an English locale, and COOPDESK_PASSWORD for the demo member.
    QProcessEnvironment environment() const;
    // --portal <sim> --ca-file <ca> --user <user>
    QStringList globals(const QString &user = cast::kDemo) const;

    CliRun run(const QStringList &arguments) const { return run(arguments, environment()); }
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
               const QByteArray &input = {}, int timeoutMs = 60'000) const;
    // Starts the run and calls `whileRunning(process)` once it has started (e.g. to interrupt it).
    CliRun run(const QStringList &arguments, const QProcessEnvironment &environment,
               const std::function<void(QProcess &)> &whileRunning, int timeoutMs = 60'000) const;

    // Every regular file under HOME whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const;

private:
    QTemporaryDir m_dir;
    QString m_home;
    QString m_caFile;
    QString m_portal;
};

// The CA of a second, unrelated simulator: a certificate the first one's chain does not lead to.
QByteArray unrelatedCaPem();
