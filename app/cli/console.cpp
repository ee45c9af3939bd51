#include "console.h"

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <string>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace coopdesk::cli {

namespace {

// State shared with the signal handler: only async-signal-safe types and calls.
int g_pipe[2] = { -1, -1 };
volatile std::sig_atomic_t g_signals = 0;
volatile std::sig_atomic_t g_promptActive = 0;
struct termios g_savedTerminal;

void restoreTerminalAndExit(int signalNumber)
{
    if (g_promptActive)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    [[maybe_unused]] const auto n = ::write(STDERR_FILENO, "\n", 1);
    ::_exit(128 + signalNumber);
}

void onSignal(int signalNumber)
{
    // A prompt is a blocking read on the main thread: the event loop cannot hear the pipe, so
    // stop here (nothing has been sent or stored yet). A second Ctrl-C means "now".
    if (g_promptActive || g_signals > 0 || g_pipe[1] < 0)
        restoreTerminalAndExit(signalNumber);
    g_signals = g_signals + 1;
    const char byte = char(signalNumber);
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}

void writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n <= 0)
            return; // a closed pipe: nothing more to say
        p += n;
        left -= n;
    }
}

} // namespace

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

void Console::out(const QByteArray &bytes)
{
    std::fflush(stdout);
    writeAll(STDOUT_FILENO, bytes);
}

void Console::message(const QString &line)
{
    endProgress();
    writeAll(STDERR_FILENO, (line + u'\n').toUtf8());
}

void Console::progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    // \r then clear to the end of the line: a shorter text leaves nothing behind.
    writeAll(STDERR_FILENO, "\r" + line.toUtf8() + "\x1b[K");
    m_progressShown = true;
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    m_progressShown = false;
    writeAll(STDERR_FILENO, "\r\x1b[K");
}

std::optional<QString> Console::readSecret(const QString &prompt)
{
    return read(prompt, false);
}

std::optional<QString> Console::readLine(const QString &prompt)
{
    return read(prompt, true);
}

std::optional<QString> Console::read(const QString &prompt, bool echo)
{
    endProgress();
    const bool terminal = stdinIsTerminal();
    bool echoOff = false;
    if (terminal) {
        writeAll(STDERR_FILENO, prompt.toUtf8());
        if (!echo && ::tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0) {
            struct termios quiet = g_savedTerminal;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            g_promptActive = 1;
            echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
            if (!echoOff)
                g_promptActive = 0;
        }
    }

    // Byte by byte, straight from the descriptor: stdio must not read ahead past this line (a
    // verification code may follow on the next one).
    std::string line;
    bool gotAny = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        gotAny = true;
        if (c == '\n')
            break;
        line.push_back(c);
    }
    if (echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_promptActive = 0;
    }
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (text.endsWith(u'\r'))
        text.chop(1);
    if (!gotAny)
        return std::nullopt;
    return text;
}

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readPipe);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void InterruptWatcher::readPipe()
{
    char byte = 0;
    if (::read(g_pipe[0], &byte, 1) == 1)
        Q_EMIT interrupted();
}

} // namespace coopdesk::cli
