#include "sandbox/faultinjector.h"

namespace desk {

namespace {

bool parseProbability(QString text, double *out)
{
    bool percent = false;
    if (text.endsWith(u'%')) {
        percent = true;
        text.chop(1);
    }
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        return false;
    if (percent)
        value /= 100.0;
    if (value < 0.0 || value > 1.0)
        return false;
    *out = value;
    return true;
}

bool parseLatencyMs(QString text, int *outMs)
{
    qint64 factor = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        text.chop(2);
    } else if (text.endsWith(u's')) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value * factor > 600000)
        return false;
    *outMs = static_cast<int>(value * factor);
    return true;
}

} // namespace

FaultSpecs FaultSpecs::parse(const QStringList &specs)
{
    FaultSpecs out;
    for (const QString &entry : specs) {
        const QStringList parts = entry.split(u',', Qt::SkipEmptyParts);
        for (const QString &rawPart : parts) {
            const QString part = rawPart.trimmed();
            const qsizetype colon = part.indexOf(u':');
            const QString kind = colon < 0 ? part : part.left(colon).trimmed().toLower();
            const QString value = colon < 0 ? QString() : part.mid(colon + 1).trimmed();
            bool ok = false;
            if (kind == QLatin1String("throttle"))
                ok = parseProbability(value, &out.throttle);
            else if (kind == QLatin1String("error500"))
                ok = parseProbability(value, &out.serverError);
            else if (kind == QLatin1String("drop"))
                ok = parseProbability(value, &out.drop);
            else if (kind == QLatin1String("latency"))
                ok = parseLatencyMs(value, &out.latencyMs);
            else {
                out.error = QStringLiteral("unknown fault kind '%1' in '%2' (use throttle:P, error500:P, drop:P, latency:Nms)")
                                .arg(kind, part);
                return out;
            }
            if (!ok) {
                out.error = kind == QLatin1String("latency")
                    ? QStringLiteral("bad fault spec '%1': latency takes a duration such as 200ms or 2s").arg(part)
                    : QStringLiteral("bad fault spec '%1': %2 takes a probability between 0 and 1 (or 0%-100%)")
                          .arg(part, kind);
                return out;
            }
        }
    }
    return out;
}

FaultInjector::FaultInjector(const FaultSpecs &specs, quint64 seed)
    : m_specs(specs)
    , m_seed(seed)
    , m_engine(seed)
{
}

FaultDecision FaultInjector::next()
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double dropDraw = uniform(m_engine);
    const double throttleDraw = uniform(m_engine);
    const double errorDraw = uniform(m_engine);

    FaultDecision decision;
    decision.latencyMs = m_specs.latencyMs;
    if (dropDraw < m_specs.drop)
        decision.drop = true;
    else if (throttleDraw < m_specs.throttle)
        decision.throttle = true;
    else if (errorDraw < m_specs.serverError)
        decision.serverError = true;
    return decision;
}

} // namespace desk
