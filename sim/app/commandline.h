#pragma once

#include "sim/api/simulator.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace sim::app {

// What smarthub-sim was asked to do.
struct CommandLine
{
    Simulator::Options options;
    QString caOut; // where to write the CA certificate (PEM); empty: nowhere
    bool verbose = false; // one stderr line per request
};

// The options smarthub-sim understands, registered on a parser.
void addOptions(QCommandLineParser &parser);
// Reads a processed parser into a CommandLine; nullopt with a reason for bad values.
std::optional<CommandLine> readCommandLine(const QCommandLineParser &parser, QString *error);

// "127.0.0.1:8443", "[::1]:0", "localhost:0" -> address and port.
std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
// A clock that starts at `start` and advances at real speed.
Simulator::Clock clockStartingAt(const QDateTime &start);

// --help: the options, the demo members of the seed's co-op with their logins, the fault syntax.
QString helpText(const QCommandLineParser &parser, quint64 seed);

} // namespace sim::app
