#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QSocketNotifier;

namespace coopdesk::cli {

// The process's standard streams and its terminal: data to stdout, messages and progress to
// stderr, secrets read without echo. Nothing here ever writes a secret anywhere.
class Console
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

    void out(const QByteArray &bytes);
    void out(const QString &text) { out(text.toUtf8()); }
    // One message line on stderr (a newline is added); ends a progress line first.
    void message(const QString &line);
    // A progress line that rewrites itself in place; only shown when stderr is a terminal.
    void progress(const QString &line);
    void endProgress();

    // A secret: a prompt on stderr and no echo when stdin is a terminal, else one line of
    // standard input without a prompt. nullopt at end of input.
    std::optional<QString> readSecret(const QString &prompt);
    // The same with echo (a verification code is not worth hiding).
    std::optional<QString> readLine(const QString &prompt);

private:
    std::optional<QString> read(const QString &prompt, bool echo);
    bool m_progressShown = false;
};

// Turns SIGINT and SIGTERM into interrupted() on the event loop (self-pipe), so a pull can be
// cancelled cleanly. A second signal, or one that arrives while a no-echo prompt is up, restores
// the terminal and ends the process at once with status 128 + signal.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    void readPipe();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace coopdesk::cli
