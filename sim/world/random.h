#pragma once

#include <QStringView>
#include <QtGlobal>

#include <cmath>

// Stateless randomness for the synthetic world. Every draw is a hash of (seed, stream, index...),
// so a value never depends on which other values were drawn before it, nor on the order in which
// anyone asks. qHash is salted per process and must not be used for anything here.
namespace sim::detail {

// Streams keep unrelated draws apart even when their indices coincide.
enum class Stream : quint64 {
    Anomaly = 1,
    Cloud,
    HourlyTemperature,
    Microclimate,
    DewPoint,
    Wind,
    DailyNoise,
    IntervalNoise,
    Pump,
    SolarFlicker,
    PaymentDay,
};

// SplitMix64's finalizer: a fast bijective mixer with good avalanche.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

template<typename... Rest> constexpr quint64 hash(quint64 seed, Stream stream, Rest... rest)
{
    quint64 h = mix(seed ^ mix(quint64(stream)));
    ((h = mix(h ^ quint64(rest))), ...);
    return h;
}

// A stable key for a name (FNV-1a over UTF-16 code units).
inline quint64 keyOf(QStringView text)
{
    quint64 h = 0xCBF29CE484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001B3ULL;
    }
    return mix(h);
}

// Uniform in [0, 1).
inline double unit(quint64 h)
{
    return double(h >> 11) * 0x1.0p-53;
}

// Uniform in [-1, 1).
inline double symmetric(quint64 h)
{
    return 2.0 * unit(h) - 1.0;
}

// Standard normal (Box-Muller on two uniforms derived from the hash).
inline double normal(quint64 h)
{
    constexpr double twoPi = 6.283185307179586;
    const double u1 = (double(h >> 11) + 0.5) * 0x1.0p-53; // never 0
    const double u2 = unit(mix(h));
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(twoPi * u2);
}

// Roughly standard normal (Irwin-Hall sum of four uniforms, within +-3.5): for the many small
// noise terms where Box-Muller's transcendentals would dominate the cost.
inline double quickNormal(quint64 h)
{
    constexpr double scale = 1.7320508075688772 / 65536.0; // sqrt(12 / 4) per 16-bit uniform
    const double total = double(h & 0xFFFF) + double((h >> 16) & 0xFFFF)
        + double((h >> 32) & 0xFFFF) + double(h >> 48);
    return (total - 2 * 65535.0) * scale;
}

// Floor division for instants before the epoch as well.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 msPerHour = 3600LL * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

} // namespace sim::detail
