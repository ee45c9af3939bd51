#include "ratecatalog.h"

namespace sim::rates {

namespace {
constexpr int coloradoSalesTaxBasisPoints = 290; // 2.90 %
} // namespace

RateSchedule residentialTimeOfUse()
{
    RateSchedule rate;
    rate.id = QStringLiteral("RTOU");
    rate.name = QStringLiteral("Residential Time of Use");
    rate.customerCharge = Money::fromCents(2450);
    // Order matters: the first matching period wins and the last one catches everything else.
    rate.touPeriods = {
        { QStringLiteral("On Peak"), 16, 20, true, 235000 },
        { QStringLiteral("Super Off Pk"), 0, 6, false, 68000 },
        { QStringLiteral("Off Peak"), 0, 24, false, 104000 },
    };
    rate.taxBasisPoints = coloradoSalesTaxBasisPoints;
    return rate;
}

RateSchedule residential()
{
    RateSchedule rate;
    rate.id = QStringLiteral("RES01");
    rate.name = QStringLiteral("Residential Service");
    rate.customerCharge = Money::fromCents(2200);
    rate.energyMicroDollarsPerKwh = 118500;
    rate.taxBasisPoints = coloradoSalesTaxBasisPoints;
    return rate;
}

RateSchedule smallGeneralServiceDemand()
{
    RateSchedule rate;
    rate.id = QStringLiteral("SGSD");
    rate.name = QStringLiteral("Small General Service - Demand");
    rate.customerCharge = Money::fromCents(3850);
    rate.energyMicroDollarsPerKwh = 89000;
    rate.demandMicroDollarsPerKw = 11250000;
    rate.taxBasisPoints = coloradoSalesTaxBasisPoints;
    // Like some real co-ops, no COST series for commercial rates in the usage poll.
    rate.publishesCost = false;
    return rate;
}

RateSchedule residentialNetMetering()
{
    RateSchedule rate;
    rate.id = QStringLiteral("RNM");
    rate.name = QStringLiteral("Residential Net Metering");
    rate.customerCharge = Money::fromCents(2400);
    rate.energyMicroDollarsPerKwh = 118500;
    rate.netExportCreditMicroDollarsPerKwh = 46500;
    rate.taxBasisPoints = coloradoSalesTaxBasisPoints;
    return rate;
}

} // namespace sim::rates
