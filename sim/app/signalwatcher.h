#pragma once

#include <QObject>

class QSocketNotifier;

namespace sim::app {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe): a POSIX signal
// handler may only write(2), so the quitting happens later, in ordinary code.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sim::app
